//! The `dsx` binary as a user runs it: exit codes, ordering, sharding, bad input, output
//! files.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

mod common;
use common::dsx;

fn stdout_lines(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(o.stdout.clone())
        .expect("utf-8 stdout")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each stdout line is JSON"))
        .collect()
}

fn path_of(v: &serde_json::Value) -> String {
    v.pointer("/source/path")
        .or_else(|| v.pointer("/error/path"))
        .and_then(|p| p.as_str())
        .expect("a path")
        .to_string()
}

#[test]
fn extract_folder_is_jsonl_sorted_and_exit_0() {
    let o = dsx(&["extract", "fixtures/markdown", "-q"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let lines = stdout_lines(&o);
    let n = std::fs::read_dir("fixtures/markdown").expect("dir").count();
    assert_eq!(lines.len(), n);
    let paths: Vec<String> = lines.iter().map(path_of).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    assert!(o.stderr.is_empty(), "--quiet keeps stderr empty on success");
}

#[test]
fn output_is_the_same_whatever_the_jobs() {
    let one = dsx(&["extract", "fixtures", "-j", "1", "-q"]);
    let two = dsx(&["extract", "fixtures", "-j", "2", "-q"]);
    let four = dsx(&["extract", "fixtures", "-j", "4", "-q"]);
    assert!(!one.stdout.is_empty());
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stdout, four.stdout);
}

#[test]
fn shards_together_equal_the_whole_run() {
    let whole: BTreeSet<String> = String::from_utf8(dsx(&["extract", "fixtures", "-q"]).stdout)
        .expect("utf-8")
        .lines()
        .map(str::to_string)
        .collect();
    let mut union = BTreeSet::new();
    let mut total = 0;
    for k in 1..=3 {
        let shard = format!("{k}/3");
        let out = String::from_utf8(dsx(&["extract", "fixtures", "-q", "--shard", &shard]).stdout)
            .expect("utf-8");
        for l in out.lines() {
            total += 1;
            union.insert(l.to_string());
        }
    }
    assert_eq!(total, whole.len(), "no input lands in two shards");
    assert_eq!(union, whole);
    assert_eq!(
        dsx(&["extract", "fixtures", "--shard", "4/3"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn bad_input_is_reported_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dangling = dir.path().join("gone.md");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).expect("symlink");
    let o = dsx(&[
        "extract",
        "--verbose",
        "fixtures/invalid",
        "fixtures/markdown/wago__770-1242_076-000.md",
        dangling.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let lines = stdout_lines(&o);
    let mut errors: Vec<(String, String)> = lines
        .iter()
        .filter_map(|l| l.get("error"))
        .map(|e| {
            let name = Path::new(e["path"].as_str().expect("path"))
                .file_name()
                .expect("name")
                .to_string_lossy()
                .to_string();
            (name, e["kind"].as_str().expect("kind").to_string())
        })
        .collect();
    errors.sort();
    assert_eq!(
        errors,
        [
            ("binary-junk.md".to_string(), "binary".to_string()),
            ("empty.md".to_string(), "empty".to_string()),
            ("empty.pdf".to_string(), "empty".to_string()),
            ("gone.md".to_string(), "io".to_string()),
            ("html.pdf".to_string(), "not_pdf".to_string()),
            ("truncated.pdf".to_string(), "bad_pdf".to_string()),
        ]
    );
    // The good files are still converted: the sample, the Latin-1 file, the prose file.
    let records: Vec<String> = lines
        .iter()
        .filter(|l| l.get("source").is_some())
        .map(path_of)
        .collect();
    assert_eq!(records.len(), 3, "{records:?}");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("empty.md") && stderr.contains("binary-junk.md"),
        "{stderr}"
    );
    assert!(
        stderr.contains("invalid UTF-8"),
        "lossy decode is warned: {stderr}"
    );
    assert!(stderr.contains("no property rows"), "{stderr}");
    assert!(stderr.contains("6 errors"), "one-line summary: {stderr}");
}

#[test]
fn out_dir_gets_one_json_per_input_and_no_temp_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out: PathBuf = dir.path().join("out");
    let o = dsx(&[
        "extract",
        "fixtures/markdown",
        "-q",
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        o.stdout.is_empty(),
        "records go to files, stdout stays empty"
    );
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .expect("out dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    let mut want: Vec<String> = std::fs::read_dir("fixtures/markdown")
        .expect("dir")
        .map(|e| {
            let p = e.expect("entry").path();
            format!("{}.json", p.file_name().expect("name").to_string_lossy())
        })
        .collect();
    want.sort();
    assert_eq!(names, want);
    let rec: serde_json::Value = serde_json::from_slice(
        &std::fs::read(out.join("wago__770-1242_076-000.md.json")).expect("file"),
    )
    .expect("json");
    assert_eq!(rec["product"]["item_number"], "770-1242/076-000");
}

/// Every file under `dir`, by its path relative to `dir`, with its bytes.
fn tree(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).expect("dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                todo.push(p);
            } else {
                let rel = p.strip_prefix(dir).expect("under dir").to_path_buf();
                out.insert(rel, std::fs::read(&p).expect("read"));
            }
        }
    }
    out
}

#[test]
fn out_dir_names_mirror_the_folders_and_shards_merge_into_the_whole_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    let whole = dir.path().join("whole");
    let shards = dir.path().join("shards");
    let run = |out: &Path, extra: &[&str]| {
        let mut args = vec![
            "extract",
            "fixtures",
            "-q",
            "-o",
            out.to_str().expect("utf-8"),
        ];
        args.extend_from_slice(extra);
        let o = dsx(&args);
        assert_eq!(o.status.code(), Some(2), "fixtures/invalid fails");
    };
    run(&whole, &[]);
    run(&shards, &["--shard", "1/2"]);
    let first = tree(&shards).len();
    run(&shards, &["--shard", "2/2"]);
    let whole_tree = tree(&whole);
    let merged = tree(&shards);
    assert!(0 < first && first < merged.len(), "both shards wrote files");
    assert_eq!(
        merged.keys().collect::<Vec<_>>(),
        whole_tree.keys().collect::<Vec<_>>()
    );
    assert!(merged == whole_tree, "same bytes, file for file");
    // the folder structure is mirrored and the source extension kept: the Markdown and
    // the PDF of one datasheet never share a file
    for name in [
        "markdown/meanwell__RS-15-SPEC.md.json",
        "pdf/meanwell__RS-15-SPEC.pdf.json",
        "revisions/wago_rating/old.md.json",
        "revisions/wago_rating/new.md.json",
        "invalid/latin1.md.json",
    ] {
        assert!(whole_tree.contains_key(Path::new(name)), "{name}");
    }
    assert!(!whole_tree.contains_key(Path::new("invalid/empty.md.json")));

    // the same file, reached from another argument, is named by its path under that one
    let single = dir.path().join("single");
    let o = dsx(&[
        "extract",
        "fixtures/markdown/wago__770-1242_076-000.md",
        "fixtures/revisions",
        "-q",
        "-o",
        single.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let names = tree(&single);
    assert!(names.contains_key(Path::new("wago__770-1242_076-000.md.json")));
    assert!(names.contains_key(Path::new("wago_rating/old.md.json")));
}

#[test]
fn out_dir_refuses_two_inputs_with_one_name_and_removes_stale_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    let out_s = out.to_str().expect("utf-8");
    let o = dsx(&[
        "extract",
        "fixtures/revisions/wago_rating/old.md",
        "fixtures/revisions/wago_reworded/old.md",
        "-o",
        out_s,
    ]);
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("would both be written to old.md.json"),
        "{stderr}"
    );
    assert!(!out.join("old.md.json").exists(), "nothing written");

    // an input that fails now has its output of an earlier run removed
    let src = dir.path().join("in");
    std::fs::create_dir_all(src.join("sub")).expect("mkdir");
    std::fs::copy(
        "fixtures/markdown/wago__770-1242_076-000.md",
        src.join("sub/x.md"),
    )
    .expect("copy");
    let src_s = src.to_str().expect("utf-8");
    assert_eq!(
        dsx(&["extract", src_s, "-q", "-o", out_s]).status.code(),
        Some(0)
    );
    assert!(out.join("sub/x.md.json").exists());
    std::fs::write(src.join("sub/x.md"), b"").expect("empty it");
    assert_eq!(
        dsx(&["extract", src_s, "-q", "-o", out_s]).status.code(),
        Some(2)
    );
    assert!(!out.join("sub/x.md.json").exists(), "stale output removed");
}

#[test]
fn folder_walks_skip_readme_license_and_changelog_but_named_files_are_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let sample = "fixtures/markdown/wago__770-1242_076-000.md";
    for name in [
        "README.md",
        "readme.txt",
        "LICENSE.md",
        "CHANGELOG.md",
        "datasheet.md",
    ] {
        std::fs::copy(sample, d.join(name)).expect("copy");
    }
    let o = dsx(&["extract", d.to_str().expect("utf-8"), "-q"]);
    assert_eq!(o.status.code(), Some(0));
    let names: Vec<String> = stdout_lines(&o)
        .iter()
        .map(|l| path_of(l).rsplit('/').next().unwrap_or("").to_string())
        .collect();
    assert_eq!(names, ["datasheet.md"]);
    let readme = d.join("README.md");
    let o = dsx(&["extract", readme.to_str().expect("utf-8"), "-q"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout_lines(&o).len(), 1, "a name given explicitly is read");
}

#[test]
fn progress_is_plain_lines_on_a_pipe_and_warnings_are_counted() {
    let n = std::fs::read_dir("fixtures/markdown").expect("dir").count();
    let last = format!("dsx: {n}/{n} files, ");
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.sqlite");
    for args in [
        vec!["extract", "fixtures/markdown", "--progress"],
        vec![
            "load",
            "--db",
            db.to_str().expect("utf-8"),
            "fixtures/markdown",
            "--progress",
        ],
    ] {
        let o = dsx(&args);
        assert_eq!(o.status.code(), Some(0));
        let stderr = String::from_utf8(o.stderr).expect("utf-8");
        assert!(
            stderr
                .lines()
                .any(|l| l.starts_with(&last) && l.ends_with(" s")),
            "{args:?}: the last progress line: {stderr}"
        );
        assert!(
            !stderr.contains(['\r', '\x1b']),
            "plain lines, no terminal control: {stderr:?}"
        );
    }
    // without --progress, a pipe gets the summary only
    let o = dsx(&["extract", "fixtures/markdown"]);
    let stderr = String::from_utf8(o.stderr).expect("utf-8");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");

    // per-file warnings: counted, listed one short line each with --verbose
    let o = dsx(&["extract", "fixtures/invalid/no-properties.md"]);
    let stderr = String::from_utf8(o.stderr).expect("utf-8");
    assert!(!stderr.contains("no property rows"), "{stderr}");
    assert!(
        stderr.contains("1 warnings (--verbose lists them)"),
        "{stderr}"
    );
    let o = dsx(&["extract", "--verbose", "fixtures/invalid/no-properties.md"]);
    let stderr = String::from_utf8(o.stderr).expect("utf-8");
    assert!(
        stderr.starts_with(
            "dsx: fixtures/invalid/no-properties.md: warning: no property rows found\n"
        ),
        "{stderr}"
    );
}

#[test]
fn files_from_stdin() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dsx"))
        .args(["extract", "--files-from", "-", "-q"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"fixtures/markdown/wago__770-1242_076-000.md\n\nfixtures/markdown/phoenixconta__1757019.md\n")
        .expect("write");
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(0));
    let paths: Vec<String> = stdout_lines(&o).iter().map(path_of).collect();
    assert_eq!(
        paths,
        [
            "fixtures/markdown/phoenixconta__1757019.md",
            "fixtures/markdown/wago__770-1242_076-000.md"
        ]
    );
}

#[test]
fn no_input_is_an_error() {
    let o = dsx(&["extract"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
}

#[test]
fn value_prints_json() {
    let o = dsx(&["value", "Yes"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["raw"], "Yes");
    assert_eq!(v["value"]["kind"], "boolean");
    // one line, keys in schema order, as extract prints a value
    assert_eq!(
        String::from_utf8(o.stdout).expect("utf-8"),
        "{\"raw\":\"Yes\",\"value\":{\"kind\":\"boolean\",\"value\":true},\"diagnostics\":[]}\n"
    );
}

#[test]
fn value_may_start_with_a_minus() {
    let o = dsx(&["value", "-35 ... +85 °C"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["value"]["kind"], "range");
    assert_eq!(v["value"]["min"], -35.0);
}

#[test]
fn a_pdf_past_its_time_budget_is_a_timeout_and_the_batch_goes_on() {
    let o = dsx(&[
        "extract",
        "--timeout",
        "0.001",
        "fixtures/pdf/onsemi__2N7002_onsemi.pdf",
        "fixtures/markdown/wago__770-1242_076-000.md",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let lines = stdout_lines(&o);
    assert_eq!(lines.len(), 2);
    let err = lines
        .iter()
        .find_map(|l| l.get("error"))
        .expect("an error line");
    assert_eq!(err["kind"], "timeout");
    assert!(lines.iter().any(|l| l
        .pointer("/product/item_number")
        .is_some_and(|v| v == "770-1242/076-000")));
}

#[test]
fn value_accepts_the_markup_extract_cleans() {
    for raw in ["4,00 mm<sup>2</sup>", "4 mm ²"] {
        let o = dsx(&["value", raw]);
        assert_eq!(o.status.code(), Some(0));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
        assert_eq!(v["raw"], raw, "raw stays as given");
        assert_eq!(v["value"]["kind"], "cross_section", "{raw}");
        assert_eq!(v["value"]["mm2"]["min"], 4.0, "{raw}");
    }
}

#[test]
fn value_takes_a_separate_unit_cell() {
    let o = dsx(&["value", "±4.096", "--unit", "V"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["value"]["kind"], "range");
    assert_eq!(v["value"]["si"]["min"], -4.096);
    assert_eq!(v["value"]["si"]["unit"], "V");
}
