//! Baseline for the Markdown benchmark: read every file given (folders recursed) and run
//! a bare pulldown-cmark pass over it, consuming every event, with no dsx stage after it.
//! `scripts/bench_markdown.sh` compares `dsx extract` against this.

use std::path::PathBuf;

fn main() {
    let args: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let (files, _) = dsx::pipeline::collect_inputs(&args);
    let mut events = 0usize;
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "md"))
    {
        let bytes = std::fs::read(f).expect("readable");
        let text = String::from_utf8_lossy(&bytes);
        let opts = dsx::source::markdown::PARSER_OPTIONS;
        events += pulldown_cmark::Parser::new_ext(&text, opts)
            .into_offset_iter()
            .count();
    }
    println!("{} files, {events} events", files.len());
}
