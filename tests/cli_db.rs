//! `dsx diff`, `dsx extract --format csv` and `dsx load` as a user runs them.

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::dsx;

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).to_string()
}

const OLD: &str = "fixtures/revisions/wago_rating/old.md";
const NEW: &str = "fixtures/revisions/wago_rating/new.md";

#[test]
fn diff_exit_codes_and_human_output() {
    let o = dsx(&["diff", OLD, NEW]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    assert_eq!(
        text(&o.stdout),
        "## IEC Approvals\n~ Rated current: 25 A → 24 A\n"
    );
    let same = dsx(&["diff", OLD, OLD]);
    assert_eq!(same.status.code(), Some(0));
    assert_eq!(text(&same.stdout), "");
    let missing = dsx(&["diff", OLD, "fixtures/nope.md"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("nope.md"));
}

#[test]
fn diff_cosmetic_only_with_all() {
    let (a, b) = (
        "fixtures/revisions/wago_decimal_swap/old.md",
        "fixtures/revisions/wago_decimal_swap/new.md",
    );
    assert_eq!(dsx(&["diff", a, b]).status.code(), Some(0));
    let all = dsx(&["diff", "--all", a, b]);
    assert_eq!(all.status.code(), Some(1));
    assert!(text(&all.stdout).contains("= Fire load: 0.024 MJ → 0,024 MJ"));
}

#[test]
fn diff_json_of_a_record_and_a_datasheet() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().to_str().expect("utf-8 path");
    let o = dsx(&["extract", OLD, "-o", out, "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let record = dir.path().join("old.md.json");
    let o = dsx(&["diff", "--json", record.to_str().expect("utf-8"), NEW]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let changes = v["changes"].as_array().expect("changes");
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0]["kind"], "changed");
    assert_eq!(changes[0]["section"], "IEC Approvals");
    assert_eq!(changes[0]["label"], "Rated current");
    assert_eq!(changes[0]["path"], "/sections/1/properties/3");
    assert!(changes[0]["old"].is_object() && changes[0]["new"].is_object());
    // the patch turns the old record into the new one
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&record).expect("record")).expect("JSON");
    let patch: json_patch::Patch = serde_json::from_value(v["patch"].clone()).expect("patch");
    json_patch::patch(&mut doc, &patch).expect("applies");
    let new = dsx(&["extract", NEW, "--format", "json", "-q"]);
    let new: serde_json::Value = serde_json::from_slice(&new.stdout).expect("JSON");
    assert_eq!(doc, new);
}

#[test]
fn csv_rows_per_property() {
    let o = dsx(&[
        "extract",
        "fixtures/markdown/wago__770-1242_076-000.md",
        "--format",
        "csv",
        "-q",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let mut rd = csv::Reader::from_reader(o.stdout.as_slice());
    assert_eq!(
        rd.headers().expect("header").iter().collect::<Vec<_>>(),
        [
            "file",
            "vendor",
            "item_number",
            "section",
            "label",
            "raw",
            "kind",
            "value",
            "min",
            "max",
            "unit",
            "si_value",
            "si_min",
            "si_max",
            "si_unit",
            "qualifier",
            "condition",
            "typ",
            "symbol",
            "variant"
        ]
    );
    let rows: Vec<csv::StringRecord> = rd.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 57);
    let rated = rows
        .iter()
        .find(|r| &r[4] == "Rated current")
        .expect("rated current row");
    assert_eq!(&rated[1], "WAGO");
    assert_eq!(&rated[2], "770-1242/076-000");
    assert_eq!(&rated[3], "IEC Approvals");
    assert_eq!(&rated[5], "25 A");
    // what qualifies a value is kept: `approx. 20 ... 70 N (depending on pole number)`
    // is not a bare 20 ... 70
    let mating = rows
        .iter()
        .find(|r| &r[4] == "Mating force of a plug-in connection")
        .expect("mating force row");
    assert_eq!(&mating[8], "20");
    assert_eq!(&mating[15], "approx");
    assert_eq!(&mating[16], "depending on pole number");

    // a table with one column per product variant: the variant column says which
    let o = dsx(&[
        "extract",
        "fixtures/markdown/panasonic__AQY212EH_Panasonic.md",
        "--format",
        "csv",
        "-q",
    ]);
    let mut rd = csv::Reader::from_reader(o.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = rd.records().map(|r| r.expect("row")).collect();
    assert!(
        rows.iter().any(|r| &r[19] == "AQY210EH"),
        "a row of the AQY210EH column (printed `AQY210EH(A)`)"
    );
    assert!(rows.iter().all(|r| r.len() == 20));
}

#[test]
fn csv_into_a_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let o = dsx(&[
        "extract",
        "fixtures/markdown",
        "--format",
        "csv",
        "-q",
        "-o",
        dir.path().to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
    let mut rd = csv::Reader::from_path(dir.path().join("properties.csv")).expect("csv file");
    let files: std::collections::BTreeSet<String> = rd
        .records()
        .map(|r| r.expect("row")[0].to_string())
        .collect();
    assert_eq!(files.len(), markdown_fixtures(), "{files:?}");
}

/// How many Markdown fixtures there are (one record, one revision each).
fn markdown_fixtures() -> usize {
    std::fs::read_dir("fixtures/markdown")
        .expect("fixtures/markdown")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "md"))
        })
        .count()
}

fn db_count(db: &Path, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(db).expect("open");
    conn.query_row(sql, [], |r| r.get(0)).expect("query")
}

#[test]
fn load_is_idempotent_and_keeps_revisions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.sqlite");
    let dbs = db.to_str().expect("utf-8");
    let o = dsx(&["load", "--db", dbs, "fixtures/markdown", "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let props = db_count(&db, "SELECT count(*) FROM properties");
    let revs = db_count(&db, "SELECT count(*) FROM revisions");
    assert_eq!(revs, markdown_fixtures() as i64);
    assert!(props > 100);
    // the same files again add nothing
    let o = dsx(&["load", "--db", dbs, "fixtures/markdown"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        text(&o.stderr).contains("0 new revisions"),
        "{}",
        text(&o.stderr)
    );
    assert_eq!(db_count(&db, "SELECT count(*) FROM revisions"), revs);
    assert_eq!(db_count(&db, "SELECT count(*) FROM properties"), props);
    // a new revision of a known product adds a revision and keeps the old one
    let o = dsx(&["load", "--db", dbs, NEW]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(db_count(&db, "SELECT count(*) FROM revisions"), revs + 1);
    assert_eq!(
        db_count(&db, "SELECT count(*) FROM products"),
        markdown_fixtures() as i64
    );
    let d = dsx(&["diff", "--db", dbs, "770-1242/076-000"]);
    assert_eq!(d.status.code(), Some(1), "{}", text(&d.stderr));
    assert_eq!(
        text(&d.stdout),
        "## IEC Approvals\n~ Rated current: 25 A → 24 A\n"
    );
}

#[test]
fn load_reports_bad_files_and_writes_no_rows_for_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.sqlite");
    let o = dsx(&[
        "load",
        "--db",
        db.to_str().expect("utf-8"),
        "fixtures/invalid/truncated.pdf",
        "fixtures/invalid/empty.pdf",
        "fixtures/markdown/wago__770-1242_076-000.md",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(
        err.contains("truncated.pdf") && err.contains("2 errors"),
        "{err}"
    );
    assert_eq!(db_count(&db, "SELECT count(*) FROM revisions"), 1);
    assert_eq!(
        db_count(
            &db,
            "SELECT count(*) FROM revisions WHERE source_path LIKE '%invalid%'"
        ),
        0
    );
}

#[test]
fn failures_are_recorded_and_cleared_when_the_file_later_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.sqlite");
    let dbs = db.to_str().expect("utf-8");
    let input = dir.path().join("in");
    std::fs::create_dir(&input).expect("mkdir");
    let x = input.join("x.md");
    std::fs::write(&x, b"").expect("write");
    let o = dsx(&[
        "load",
        "--db",
        dbs,
        "-q",
        input.to_str().expect("utf-8"),
        "fixtures/invalid/truncated.pdf",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let conn = rusqlite::Connection::open(&db).expect("open");
    let failures = |conn: &rusqlite::Connection| -> Vec<(String, String, bool)> {
        let mut st = conn
            .prepare("SELECT path, kind, sha256 IS NOT NULL FROM failures ORDER BY path")
            .expect("query");
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .expect("rows")
            .map(|r| r.expect("row"))
            .collect()
    };
    let shown = x.to_str().expect("utf-8").to_string();
    let mut want = vec![
        (
            "fixtures/invalid/truncated.pdf".to_string(),
            "bad_pdf".to_string(),
            true,
        ),
        (shown.clone(), "empty".to_string(), true),
    ];
    want.sort();
    assert_eq!(failures(&conn), want);
    // the file is fixed: the next load reads it and forgets the failure
    std::fs::copy("fixtures/markdown/wago__770-1242_076-000.md", &x).expect("copy");
    let o = dsx(&["load", "--db", dbs, "-q", input.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert_eq!(
        failures(&conn),
        [(
            "fixtures/invalid/truncated.pdf".to_string(),
            "bad_pdf".to_string(),
            true
        )]
    );
    assert_eq!(
        db_count(
            &db,
            "SELECT count(*) FROM revisions WHERE source_path LIKE '%x.md'"
        ),
        1
    );
}

/// kill -9 in the middle of a load leaves a consistent database: whole revisions only.
#[test]
fn interrupted_load_leaves_whole_revisions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in");
    std::fs::create_dir(&input).expect("mkdir");
    let sample = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/markdown/wago__770-1242_076-000.md"),
    )
    .expect("sample");
    for i in 0..3000 {
        let text = sample.replace("770-1242/076-000", &format!("770-{i}/076-000"));
        std::fs::write(input.join(format!("s{i:05}.md")), text).expect("write");
    }
    let db: PathBuf = dir.path().join("p.sqlite");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dsx"))
        .args([
            "load",
            "--db",
            db.to_str().expect("utf-8"),
            "--batch",
            "50",
            "-q",
        ])
        .arg(&input)
        .spawn()
        .expect("spawn");
    // wait until some batches are committed, then kill it mid-way
    let mut committed = 0;
    while committed < 100 {
        if let Some(status) = child.try_wait().expect("wait") {
            panic!("load finished before it could be interrupted: {status}");
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
        if db.exists() {
            committed = rusqlite::Connection::open(&db)
                .and_then(|c| c.query_row("SELECT count(*) FROM revisions", [], |r| r.get(0)))
                .unwrap_or(0);
        }
    }
    child.kill().expect("kill -9");
    child.wait().expect("reaped");

    let conn = rusqlite::Connection::open(&db).expect("open after kill");
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check");
    assert_eq!(check, "ok");
    let revs: i64 = conn
        .query_row("SELECT count(*) FROM revisions", [], |r| r.get(0))
        .expect("count");
    assert!((100..3000).contains(&revs), "{revs} revisions");
    assert_eq!(revs % 50, 0, "whole batches only");
    // every revision has all its properties: as many rows as its stored record has
    let mut st = conn
        .prepare(
            "SELECT r.record, (SELECT count(*) FROM properties p WHERE p.revision_id = r.id)
             FROM revisions r",
        )
        .expect("prepare");
    let rows: Vec<(String, i64)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    for (json, n) in rows {
        let r: dsx::record::Record = serde_json::from_str(&json).expect("record");
        assert_eq!(r.property_count() as i64, n);
        assert!(n > 0);
    }
}
