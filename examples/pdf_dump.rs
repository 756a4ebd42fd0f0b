//! Read PDFs given on the command line and print what the PDF source made of them.
//!
//! `cargo run --release --example pdf_dump -- [--dump] FILE.pdf...`: one summary line per
//! file (pages, blocks, lines, rows, or the error kind); with `--dump`, every block and
//! line as well (cells separated by ` | `); with `--plain`, pdf-extract's plain text instead.

use std::time::{Duration, Instant};

use dsx::source::pdf;

/// Same allocator as the `dsx` binary, so timings compare.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut dump = false;
    let mut quiet = false;
    let mut plain = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--dump" => dump = true,
            "--quiet" => quiet = true,
            "--plain" => plain = true,
            path => {
                let bytes = match std::fs::read(path) {
                    Ok(b) => b,
                    Err(e) => {
                        eprintln!("{path}: {e}");
                        continue;
                    }
                };
                if plain {
                    // pdf-extract's own plain text, for comparison.
                    match pdf_extract::extract_text_from_mem(&bytes) {
                        Ok(t) => println!("{t}"),
                        Err(e) => println!("{path}: {e}"),
                    }
                    continue;
                }
                let t = Instant::now();
                let result = pdf::read_guarded(&bytes, Duration::from_secs(60));
                let ms = t.elapsed().as_millis();
                match result {
                    Ok(doc) => {
                        let lines: usize = doc.blocks.iter().map(|b| b.lines.len()).sum();
                        let rows: usize = doc
                            .blocks
                            .iter()
                            .flat_map(|b| &b.lines)
                            .filter(|l| l.filled() >= 2)
                            .count();
                        if !quiet {
                            println!(
                                "{path}: ok pages={} blocks={} lines={lines} rows={rows} diagnostics={} {ms}ms",
                                doc.pages.unwrap_or(0),
                                doc.blocks.len(),
                                doc.diagnostics.len()
                            );
                        }
                        if dump {
                            for d in &doc.diagnostics {
                                println!("  ! {}", d.message);
                            }
                            for b in &doc.blocks {
                                let tag = b.kind.tag();
                                for l in &b.lines {
                                    println!(
                                        "{tag:>3} p{:<3} {}",
                                        l.loc.page.unwrap_or(0),
                                        l.cells.join(" | ")
                                    );
                                }
                            }
                        }
                    }
                    Err(e) => {
                        if !quiet {
                            println!("{path}: error {} ({e}) {ms}ms", e.kind());
                        }
                    }
                }
            }
        }
    }
}
