//! The Markdown path, stage by stage, over the fixtures: a bare pulldown-cmark pass (the
//! baseline), the source stage (Document), and the whole pipeline to JSON.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dsx::source::SourceOptions;

fn fixtures() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/markdown");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("fixtures")
        .map(|e| {
            let p = e.expect("entry").path();
            (p.display().to_string(), std::fs::read(&p).expect("read"))
        })
        .collect();
    out.sort();
    out
}

fn markdown(c: &mut Criterion) {
    let files = fixtures();
    let bytes: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
    let opts = SourceOptions::default();
    let mut g = c.benchmark_group("markdown");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("bare_pulldown_cmark", |b| {
        b.iter(|| {
            files
                .iter()
                .map(|(_, bytes)| {
                    let text = std::str::from_utf8(bytes).expect("utf-8");
                    let o = dsx::source::markdown::PARSER_OPTIONS;
                    pulldown_cmark::Parser::new_ext(text, o)
                        .into_offset_iter()
                        .count()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("source_document", |b| {
        b.iter(|| {
            files
                .iter()
                .map(|(_, bytes)| {
                    dsx::source::markdown::read(bytes)
                        .expect("reads")
                        .blocks
                        .len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("pipeline_to_json", |b| {
        b.iter(|| {
            files
                .iter()
                .map(|(path, bytes)| {
                    let r = dsx::pipeline::convert_bytes(Path::new(path), bytes, &opts)
                        .expect("converts");
                    serde_json::to_vec(&r).expect("json").len()
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, markdown);
criterion_main!(benches);
