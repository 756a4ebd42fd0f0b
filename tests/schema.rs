//! Every fixture's record validates against `dsx schema`.

use std::path::Path;

use dsx::pipeline::convert_bytes;
use dsx::source::SourceOptions;

#[test]
fn every_fixture_record_validates() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let validator =
        jsonschema::validator_for(&dsx::schema::record_schema()).expect("schema compiles");
    let (mut checked, mut unreadable) = (0, 0);
    for folder in ["markdown", "pdf", "revisions"] {
        let (files, errors) = dsx::pipeline::collect_inputs(&[root.join(folder)]);
        assert!(errors.is_empty(), "{errors:?}");
        for path in files {
            let bytes = std::fs::read(&path).expect("readable");
            // unreadable fixtures (no text layer, scrambled fonts) have no record to check
            let Ok(record) = convert_bytes(&path, &bytes, &SourceOptions::default()) else {
                unreadable += 1;
                continue;
            };
            let json = serde_json::to_value(&record).expect("serialise");
            let problems: Vec<String> = validator
                .iter_errors(&json)
                .map(|e| format!("{e} at {}", e.instance_path()))
                .collect();
            assert!(problems.is_empty(), "{}: {problems:?}", path.display());
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} fixtures checked");
    assert!(unreadable <= 4, "{unreadable} fixtures did not convert");
}

#[test]
fn cli_prints_the_schema() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dsx"))
        .arg("schema")
        .output()
        .expect("dsx runs");
    assert_eq!(out.status.code(), Some(0));
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(printed, dsx::schema::record_schema());
    assert_eq!(printed["properties"]["schema_version"]["const"], 1);
}
