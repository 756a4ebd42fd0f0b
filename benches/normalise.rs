//! Throughput of `dsx::normalise::parse` over the corpus value strings.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dsx::normalise::{parse, samples::CORPUS_VALUES};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("normalise");
    g.throughput(Throughput::Elements(CORPUS_VALUES.len() as u64));
    g.bench_function("parse_corpus_values", |b| {
        b.iter(|| {
            for &(raw, label) in CORPUS_VALUES {
                black_box(parse(black_box(raw), black_box(label)));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
