//! Read Markdown files given on the command line and print what the Markdown source made
//! of them: every block and line, cells separated by ` | ` (the Markdown twin of
//! `pdf_dump --dump`).
//!
//! `cargo run --release --example md_dump -- FILE.md...`

use dsx::source::markdown;

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let doc = match markdown::read(&bytes) {
            Ok(doc) => doc,
            Err(e) => {
                println!("{path}: {e}");
                continue;
            }
        };
        println!("{path}: blocks={}", doc.blocks.len());
        for b in &doc.blocks {
            let tag = b.kind.tag();
            for l in &b.lines {
                println!(
                    "{tag:>3} l{:<5} {}",
                    l.loc.line.unwrap_or(0),
                    l.cells.join(" | ")
                );
            }
        }
    }
}
