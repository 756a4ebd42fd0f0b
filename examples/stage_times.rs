//! Steady-state time per stage over Markdown files (folders recursed), repeated in one
//! process: where the pipeline spends its CPU once start-up is paid.
//! Usage: cargo run --release --example stage_times -- DIR... [--reps N]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let reps = match args.iter().position(|a| a == "--reps") {
        Some(i) => {
            let n = args[i + 1].parse().expect("--reps N");
            args.drain(i..i + 2);
            n
        }
        None => 20,
    };
    let paths: Vec<PathBuf> = args.iter().map(PathBuf::from).collect();
    let (files, _) = dsx::pipeline::collect_inputs(&paths);
    let inputs: Vec<(PathBuf, Vec<u8>)> = files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "md"))
        .map(|f| (f.clone(), std::fs::read(f).expect("readable")))
        .filter(|(_, b)| !b.is_empty())
        .collect();
    let opts = dsx::source::SourceOptions::default();
    let mut t = [Duration::ZERO; 5];
    let mut per_file = vec![[Duration::ZERO; 5]; inputs.len()];
    for _ in 0..reps {
        for (fi, (path, bytes)) in inputs.iter().enumerate() {
            let before = t;
            let s = Instant::now();
            let text = String::from_utf8_lossy(bytes);
            let o = dsx::source::markdown::PARSER_OPTIONS;
            let n = pulldown_cmark::Parser::new_ext(&text, o)
                .into_offset_iter()
                .count();
            std::hint::black_box(n);
            t[0] += s.elapsed();
            let s = Instant::now();
            let Ok(doc) = dsx::source::read(Path::new(path), bytes, &opts) else {
                continue;
            };
            t[1] += s.elapsed();
            let s = Instant::now();
            let st = dsx::structure::build(&doc);
            t[2] += s.elapsed();
            let s = Instant::now();
            let source = dsx::record::Source {
                path: path.display().to_string(),
                format: "markdown".into(),
                sha256: dsx::pipeline::sha256_hex(bytes),
                bytes: bytes.len() as u64,
                pages: None,
            };
            let r = dsx::record::Record::build(source, doc.diagnostics, st);
            t[3] += s.elapsed();
            let s = Instant::now();
            let j = serde_json::to_vec(&r).expect("json");
            std::hint::black_box(j.len());
            t[4] += s.elapsed();
            for k in 0..5 {
                per_file[fi][k] += t[k] - before[k];
            }
        }
    }
    if std::env::var_os("PER_FILE").is_some() {
        let mut rows: Vec<_> = inputs.iter().zip(&per_file).collect();
        rows.sort_by_key(|(_, d)| std::cmp::Reverse(d[1] + d[2] + d[3] + d[4]));
        for ((p, b), d) in rows.iter().take(15) {
            let ms = |x: Duration| x.as_secs_f64() * 1e3 / reps as f64;
            println!(
                "{:7} B bare {:.2} src {:.2} struct {:.2} rec {:.2} json {:.2}  {}",
                b.len(),
                ms(d[0]),
                ms(d[1]),
                ms(d[2]),
                ms(d[3]),
                ms(d[4]),
                p.display()
            );
        }
    }
    let base = t[0].as_secs_f64();
    for (name, d) in ["bare parse", "source", "structure", "record", "json"]
        .iter()
        .zip(t)
    {
        println!(
            "{name:>10}: {:8.2} ms/pass  {:5.2}x bare",
            d.as_secs_f64() * 1e3 / reps as f64,
            d.as_secs_f64() / base
        );
    }
}
