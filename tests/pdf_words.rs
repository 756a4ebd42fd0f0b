//! The PDF text layer against poppler, word by word, over the corpus PDFs
//! (`../shared/corpus/pdf`): `scripts/pdf_words.py` compares `dsx text --keep-furniture`
//! with `pdftotext -layout` and fails below the floors set here (the figures and the method
//! are in the README, "`dsx text`").
//!
//! pdftotext comes from Debian's `poppler-utils` (`.ci/run` installs it). Outside CI a
//! machine without it (or without the corpus) skips this test with a message; in CI
//! (`CI=true`) both must be there.

use std::path::Path;
use std::process::Command;

/// Mean word precision over the files poppler reads (issue 11's goal: 0.99).
const MIN_MEAN_PRECISION: f64 = 0.99;
/// No file below this precision (issue 11's goal; lowest reached: 0.973, two WAGO drawings).
const MIN_PRECISION: f64 = 0.97;
/// Mean word recall (issue 11's goal: 0.95; reached: 0.974).
const MIN_MEAN_RECALL: f64 = 0.95;

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// Whether `program` runs (`program -v`).
fn runs(program: &str) -> bool {
    Command::new(program)
        .arg("-v")
        .output()
        .is_ok_and(|o| o.status.success() || !o.stderr.is_empty())
}

#[test]
fn words_match_pdftotext_over_the_corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("../shared/corpus/pdf");
    let missing = if !runs("pdftotext") {
        Some("pdftotext (Debian package poppler-utils) is not installed".to_string())
    } else if !corpus.is_dir() {
        Some(format!("no corpus at {}", corpus.display()))
    } else {
        None
    };
    if let Some(why) = missing {
        assert!(!in_ci(), "CI must run the word comparison: {why}");
        eprintln!("skipped: {why}");
        return;
    }
    let out = Command::new("python3")
        .arg(root.join("scripts/pdf_words.py"))
        .args(["--dsx", env!("CARGO_BIN_EXE_dsx"), "--jobs", "2"])
        .arg(format!("--min-mean-precision={MIN_MEAN_PRECISION}"))
        .arg(format!("--min-precision={MIN_PRECISION}"))
        .arg(format!("--min-mean-recall={MIN_MEAN_RECALL}"))
        .arg(&corpus)
        .output()
        .expect("python3 runs");
    let report = String::from_utf8_lossy(&out.stdout);
    eprintln!("{report}{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        out.status.success(),
        "word comparison below its floors (see the report above)"
    );
    assert!(report.contains("mean precision"), "no summary printed");
}
