//! Snapshot tests over real documents: each fixture's whole record (or its error).
//!
//! A snapshot is a claim that the output is right; read it against the source before
//! accepting it (`cargo insta review`).

use std::path::Path;

use dsx::pipeline::convert_bytes;
use dsx::source::SourceOptions;

fn fixtures() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"))
}

/// The record of a fixture, with its path relative to `fixtures/` so snapshots do not
/// depend on where the checkout lives.
fn outcome(path: &Path) -> serde_json::Value {
    let rel = path.strip_prefix(fixtures()).expect("inside fixtures");
    let bytes = std::fs::read(path).expect("readable fixture");
    match convert_bytes(rel, &bytes, &SourceOptions::default()) {
        Ok(record) => serde_json::to_value(record).expect("serialisable"),
        Err(e) => serde_json::json!({"error": {"kind": e.kind(), "message": e.to_string()}}),
    }
}

#[test]
fn markdown_records() {
    insta::glob!("../fixtures", "markdown/*.md", |path| {
        insta::assert_json_snapshot!(outcome(path));
    });
}

#[test]
fn invalid_inputs() {
    insta::glob!("../fixtures", "invalid/*.md", |path| {
        insta::assert_json_snapshot!(outcome(path));
    });
}

/// Real PDF datasheets (`fixtures/pdf`): each fixture's whole record, or its error for the
/// files the reader refuses (no text layer, scrambled encoding, …). Each was read against
/// `pdftotext -layout` of its PDF before it was accepted.
#[test]
fn pdf_records() {
    insta::glob!("../fixtures", "pdf/*.pdf", |path| {
        insta::assert_json_snapshot!(outcome(path));
    });
}
