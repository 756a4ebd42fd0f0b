//! Hostile input, as users' folders and attackers supply it: each case runs in one batch
//! next to a good file. The good file's record always comes out, the hostile one gets a
//! clear error kind, the process exits 2 (or 0 where nothing is wrong with the input), and
//! the peak memory of dsx and its workers stays under the `--max-memory` the test sets.
//!
//! Every hostile file is generated here. No assertion depends on timing: the deadlines
//! only keep a regression (a hang) from stalling the suite.

use std::io::{Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const GOOD: &str = "fixtures/markdown/wago__770-1242_076-000.md";
const GOOD_ITEM: &str = "770-1242/076-000";
/// The `--max-memory` of these tests.
const MAX_MEMORY: &str = "256M";
const MAX_MEMORY_BYTES: u64 = 256 << 20;
/// Far above any run time here; only stops a hang.
const HANG: Duration = Duration::from_secs(600);

struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
    /// Peak resident memory of dsx and of its largest worker, in bytes.
    peak_rss: u64,
}

/// Run the dsx binary from the repository root; the peak RSS comes from `wait4`.
#[allow(
    clippy::zombie_processes,
    reason = "reaped by wait4, which also gives the peak RSS"
)]
fn run(args: &[&std::ffi::OsStr], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dsx"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dsx starts");
    if let (Some(input), Some(mut pipe)) = (stdin, child.stdin.take()) {
        pipe.write_all(input).expect("stdin");
    }
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out.read_to_end(&mut b);
        b
    });
    let err = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err.read_to_end(&mut b);
        b
    });
    let pid = child.id() as libc::pid_t;
    let started = Instant::now();
    let mut status = 0;
    // SAFETY: rusage is plain data, written by wait4.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: wait4 on our own child, with valid out-pointers.
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if r == pid {
            break;
        }
        assert!(r == 0, "wait4: {}", std::io::Error::last_os_error());
        if started.elapsed() > HANG {
            let _ = child.kill();
            panic!("dsx {args:?} did not end (a hang)");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let code = if libc::WIFEXITED(status) {
        Some(libc::WEXITSTATUS(status))
    } else {
        None
    };
    Run {
        code,
        stdout: out.join().expect("stdout thread"),
        stderr: String::from_utf8_lossy(&err.join().expect("stderr thread")).into_owned(),
        peak_rss: usage.ru_maxrss as u64 * 1024,
    }
}

fn os(args: &[&str]) -> Vec<std::ffi::OsString> {
    args.iter().map(|a| a.into()).collect()
}

fn lines(r: &Run) -> Vec<serde_json::Value> {
    String::from_utf8(r.stdout.clone())
        .expect("utf-8 stdout")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each stdout line is JSON"))
        .collect()
}

fn path_of(v: &serde_json::Value) -> &str {
    v.pointer("/source/path")
        .or_else(|| v.pointer("/error/path"))
        .and_then(|p| p.as_str())
        .expect("a path")
}

/// A folder holding the good fixture.
fn folder_with_good() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(GOOD, dir.path().join("good.md")).expect("copy");
    dir
}

/// `dsx extract` over `dir` (good file plus `hostile`): exit 2, the good record, one error
/// line for `hostile` with a kind in `kinds`, and memory under the limit.
fn assert_contained(dir: &Path, hostile: &str, kinds: &[&str]) -> serde_json::Value {
    let r = run(
        &[
            "extract".as_ref(),
            "-q".as_ref(),
            "-j".as_ref(),
            "2".as_ref(),
            "--max-memory".as_ref(),
            MAX_MEMORY.as_ref(),
            dir.as_os_str(),
        ],
        None,
    );
    assert_eq!(r.code, Some(2), "{hostile}: stderr {}", r.stderr);
    let lines = lines(&r);
    assert_eq!(lines.len(), 2, "{hostile}: one line per input: {lines:?}");
    let good = lines
        .iter()
        .find(|l| path_of(l).ends_with("good.md"))
        .expect("the good file's line");
    assert_eq!(good["product"]["item_number"], GOOD_ITEM, "{hostile}");
    let bad = lines
        .iter()
        .find(|l| path_of(l).ends_with(hostile))
        .expect("the hostile file's line");
    let kind = bad["error"]["kind"].as_str().unwrap_or("(a record)");
    assert!(
        kinds.contains(&kind),
        "{hostile}: kind {kind}, expected one of {kinds:?}: {bad}"
    );
    assert!(
        r.peak_rss < MAX_MEMORY_BYTES,
        "{hostile}: peak RSS {} MB over --max-memory {MAX_MEMORY}",
        r.peak_rss >> 20
    );
    bad["error"].clone()
}

/// A PDF of `objects` (1 is the catalog), with a correct cross-reference table.
fn pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(o);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut s = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    s.extend_from_slice(data);
    s.extend_from_slice(b"\nendstream");
    s
}

/// One page (object 3) whose content is object 4 and font /F1 object 5; `extra` objects
/// follow from 6 on. The pages carry no real text, so a reader that guards against the
/// construct reports an error too, never a record.
fn one_page(content: Vec<u8>, font: &str, resources: &str, extra: Vec<Vec<u8>>) -> Vec<u8> {
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] \
             /Resources << /Font << /F1 5 0 R >> {resources} >> /Contents 4 0 R >>"
        )
        .into_bytes(),
        content,
        font.as_bytes().to_vec(),
    ];
    objects.extend(extra);
    pdf(&objects)
}

const HELVETICA: &str = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
const NO_TEXT: &[u8] = b"BT /F1 12 Tf 72 700 Td () Tj ET";

fn zlib(data_len: usize, byte: u8) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    let chunk = vec![byte; 1 << 20];
    let mut left = data_len;
    while left > 0 {
        let n = left.min(chunk.len());
        z.write_all(&chunk[..n]).expect("compress");
        left -= n;
    }
    z.finish().expect("compress")
}

#[test]
fn objects_nested_40000_deep() {
    let dir = folder_with_good();
    let n = 40_000;
    let mut deep = b"/Deep ".to_vec();
    deep.extend(std::iter::repeat_n(b'[', n));
    deep.extend(std::iter::repeat_n(b']', n));
    let content = stream(&String::from_utf8(deep).expect("ascii"), NO_TEXT);
    let file = one_page(content, HELVETICA, "", vec![]);
    assert!(file.len() < 100_000);
    std::fs::write(dir.path().join("deep.pdf"), file).expect("write");
    // The reader's own guard answers before the worker's stack is at risk.
    assert_contained(dir.path(), "deep.pdf", &["limit_exceeded"]);
}

#[test]
fn a_form_xobject_that_draws_itself() {
    let dir = folder_with_good();
    let x1 = stream(
        "/Type /XObject /Subtype /Form /BBox [0 0 612 792] \
         /Resources << /XObject << /X1 6 0 R >> >>",
        b"/X1 Do",
    );
    let file = one_page(
        stream("", b"/X1 Do"),
        HELVETICA,
        "/XObject << /X1 6 0 R >>",
        vec![x1],
    );
    assert!(file.len() < 1024);
    std::fs::write(dir.path().join("self.pdf"), file).expect("write");
    assert_contained(dir.path(), "self.pdf", &["bad_pdf"]);
}

#[test]
fn flate_bombs() {
    let dir = folder_with_good();
    // one layer: 1 GiB of zeros in about 1 MB
    let one = zlib(1 << 30, b'0');
    let file = one_page(stream("/Filter /FlateDecode", &one), HELVETICA, "", vec![]);
    std::fs::write(dir.path().join("bomb.pdf"), file).expect("write");
    // The reader stops at 32 MiB per stream; in a worker at the 256M minimum the
    // address-space limit can still answer first (a debug build maps more, and a 32 MiB
    // buffer grows to 64). `guard_flate_bombs` checks the guard itself, in-process.
    assert_contained(dir.path(), "bomb.pdf", &["limit_exceeded", "memory_limit"]);
    std::fs::remove_file(dir.path().join("bomb.pdf")).expect("rm");
    // two layers: a few KB
    let inner = zlib(1 << 30, b' ');
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(&inner).expect("compress");
    let outer = z.finish().expect("compress");
    assert!(outer.len() < 64_000, "{}", outer.len());
    let file = one_page(
        stream("/Filter [/FlateDecode /FlateDecode]", &outer),
        HELVETICA,
        "",
        vec![],
    );
    std::fs::write(dir.path().join("bomb2.pdf"), file).expect("write");
    assert_contained(dir.path(), "bomb2.pdf", &["limit_exceeded", "memory_limit"]);
}

#[test]
fn a_tounicode_range_over_all_codes() {
    let dir = folder_with_good();
    let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap \
        /CMapName /X def 1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange \
        1 beginbfrange <00000000> <FFFFFFFF> <0000> endbfrange endcmap \
        CMapName currentdict /CMap defineresource pop end end";
    let font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>";
    let file = one_page(stream("", NO_TEXT), font, "", vec![stream("", cmap)]);
    std::fs::write(dir.path().join("bfrange.pdf"), file).expect("write");
    // clamped, not refused: the page has no text (an empty string)
    assert_contained(dir.path(), "bfrange.pdf", &["no_text_layer"]);
}

#[test]
fn a_predictor_with_two_billion_columns() {
    let dir = folder_with_good();
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(NO_TEXT).expect("compress");
    let data = z.finish().expect("compress");
    let file = one_page(
        stream(
            "/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 2147483647 >>",
            &data,
        ),
        HELVETICA,
        "",
        vec![],
    );
    assert!(file.len() < 1024);
    std::fs::write(dir.path().join("predictor.pdf"), file).expect("write");
    assert_contained(dir.path(), "predictor.pdf", &["limit_exceeded"]);
}

#[test]
fn a_fifo_and_a_link_to_dev_zero_are_not_read() {
    let dir = folder_with_good();
    let fifo =
        std::ffi::CString::new(dir.path().join("pipe.pdf").as_os_str().as_bytes()).expect("path");
    // SAFETY: mkfifo reads the NUL-terminated path only.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    let e = assert_contained(dir.path(), "pipe.pdf", &["not_a_file"]);
    assert!(
        e["message"].as_str().is_some_and(|m| m.contains("FIFO")),
        "{e}"
    );
    std::fs::remove_file(dir.path().join("pipe.pdf")).expect("rm");
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.md")).expect("symlink");
    assert_contained(dir.path(), "zero.md", &["not_a_file"]);
    // named explicitly, the same
    let r = run(
        &[
            "extract".as_ref(),
            "-q".as_ref(),
            dir.path().join("zero.md").as_os_str(),
            GOOD.as_ref(),
        ],
        None,
    );
    assert_eq!(r.code, Some(2));
    assert_eq!(lines(&r).len(), 2);
}

#[test]
fn symlink_loops_give_each_file_once() {
    let dir = folder_with_good();
    let d = dir.path();
    std::fs::create_dir(d.join("a")).expect("mkdir");
    std::fs::create_dir(d.join("b")).expect("mkdir");
    std::os::unix::fs::symlink(".", d.join("self")).expect("symlink");
    std::os::unix::fs::symlink("../b", d.join("a/to_b")).expect("symlink");
    std::os::unix::fs::symlink("../a", d.join("b/to_a")).expect("symlink");
    let r = run(&["extract".as_ref(), "-q".as_ref(), d.as_os_str()], None);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(lines(&r).len(), 1);
}

/// Several hostile files in front of good ones, on two threads: each good record comes
/// out, each hostile file is its own error, and a dead worker is replaced.
#[test]
fn many_crashes_in_one_batch() {
    let dir = tempfile::tempdir().expect("tempdir");
    let deep = {
        let mut d = b"/Deep ".to_vec();
        d.extend(std::iter::repeat_n(b'[', 40_000));
        d.extend(std::iter::repeat_n(b']', 40_000));
        one_page(
            stream(&String::from_utf8(d).expect("ascii"), NO_TEXT),
            HELVETICA,
            "",
            vec![],
        )
    };
    for i in 0..6 {
        std::fs::write(dir.path().join(format!("a{i}.pdf")), &deep).expect("write");
        std::fs::copy(GOOD, dir.path().join(format!("b{i}.md"))).expect("copy");
    }
    let r = run(
        &[
            "extract".as_ref(),
            "-q".as_ref(),
            "-j".as_ref(),
            "2".as_ref(),
            "--max-memory".as_ref(),
            MAX_MEMORY.as_ref(),
            dir.path().as_os_str(),
        ],
        None,
    );
    assert_eq!(r.code, Some(2));
    let lines = lines(&r);
    assert_eq!(lines.len(), 12);
    let records = lines.iter().filter(|l| l.get("source").is_some()).count();
    assert_eq!(records, 6);
    assert!(r.peak_rss < MAX_MEMORY_BYTES);
}

#[test]
fn csv_formula_cells_are_neutralised() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = std::fs::read_to_string(GOOD)
        .expect("fixture")
        .replace(
            "Rated current\t25 A",
            "Rated current\t=HYPERLINK(\"http://x.example/\",\"25 A\")",
        )
        .replace(
            "Rated current UL 1977\t23 A",
            "Rated current UL 1977\t=cmd|\"/c calc\"!A1 23 A",
        );
    assert!(text.contains("HYPERLINK") && text.contains("calc"));
    std::fs::write(dir.path().join("formula.md"), text).expect("write");
    let csv_of = |extra: &[&str]| {
        let mut args = os(&["extract", "-q", "--format", "csv"]);
        args.extend(extra.iter().map(|a| a.into()));
        args.push(dir.path().join("formula.md").into());
        let refs: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
        let r = run(&refs, None);
        assert_eq!(r.code, Some(0), "{}", r.stderr);
        r.stdout
    };
    let safe = csv_of(&[]);
    assert!(!safe.contains(&0), "no NUL byte in CSV");
    // the text columns (the number columns hold numbers dsx wrote, `-5` among them)
    let text_columns = [0, 1, 2, 3, 4, 5, 6, 10, 14];
    let mut cells = Vec::new();
    for row in csv::Reader::from_reader(&safe[..]).records() {
        let row = row.expect("row");
        cells.extend(text_columns.iter().map(|&i| row[i].to_string()));
    }
    assert!(
        cells.iter().any(|c| c.starts_with("'=HYPERLINK(")),
        "{cells:?}"
    );
    assert!(cells.iter().any(|c| c.starts_with("'=cmd|")), "{cells:?}");
    for c in &cells {
        assert!(
            !c.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "a formula-leading cell: {c:?}"
        );
    }
    let raw = csv_of(&["--csv-raw"]);
    let raw = String::from_utf8_lossy(&raw);
    assert!(
        raw.contains(",\"=HYPERLINK(\"\"http://x.example/\"\",\"\"25 A\"\")\","),
        "{raw}"
    );
}

#[test]
fn names_that_are_not_utf8_stay_apart_and_map_back() {
    use std::os::unix::ffi::OsStringExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let name = |b: &[u8]| {
        let mut n = b"x".to_vec();
        n.extend_from_slice(b);
        n.extend_from_slice(b".md");
        dir.path().join(std::ffi::OsString::from_vec(n))
    };
    let (a, b) = (name(b"\xff"), name(b"\xfe"));
    std::fs::copy(GOOD, &a).expect("copy");
    std::fs::copy(GOOD, &b).expect("copy");
    // JSON Lines: two records, two printed paths that map back to the files (the raw
    // path bytes go to a worker and back)
    let r = run(
        &[
            "extract".as_ref(),
            "-q".as_ref(),
            "--isolate".as_ref(),
            "all".as_ref(),
            dir.path().as_os_str(),
        ],
        None,
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let ls = lines(&r);
    let paths: Vec<&str> = ls.iter().map(path_of).collect();
    assert_eq!(paths.len(), 2);
    assert_ne!(paths[0], paths[1]);
    let back: Vec<PathBuf> = paths
        .iter()
        .map(|p| dsx::pipeline::path_from_display(p).expect("an escaped path"))
        .collect();
    assert!(back.contains(&a) && back.contains(&b), "{paths:?}");
    // -o: two files
    let out = dir.path().join("out");
    let r = run(
        &[
            "extract".as_ref(),
            "-q".as_ref(),
            a.as_os_str(),
            b.as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
        ],
        None,
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(std::fs::read_dir(&out).expect("out").count(), 2);
    // --files-from with a line that is not UTF-8
    let mut list = a.as_os_str().as_bytes().to_vec();
    list.extend_from_slice(b"\n");
    list.extend_from_slice(GOOD.as_bytes());
    list.extend_from_slice(b"\r\n");
    let r = run(
        &os(&["extract", "-q", "--files-from", "-"])
            .iter()
            .map(|a| a.as_os_str())
            .collect::<Vec<_>>(),
        Some(&list),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(lines(&r).len(), 2);
}

#[test]
fn nonsense_limits_are_refused_with_a_message() {
    for (flag, value, says) in [
        ("--timeout", "inf", "positive number of seconds"),
        ("--timeout", "0", "positive number of seconds"),
        ("--timeout", "NaN", "positive number of seconds"),
        ("--timeout=-5", "", "positive number of seconds"),
        ("--max-memory", "0", "too little"),
        ("--max-memory", "NaN", "expected a size"),
        ("--max-memory", "inf", "expected a size"),
        ("--max-memory", "12Q", "unknown unit"),
    ] {
        let args: Vec<&str> = ["extract", flag, value, GOOD]
            .into_iter()
            .filter(|a| !a.is_empty())
            .collect();
        let r = run(
            &os(&args).iter().map(|a| a.as_os_str()).collect::<Vec<_>>(),
            None,
        );
        assert_eq!(r.code, Some(2), "{flag} {value}");
        assert!(r.stderr.contains(says), "{flag} {value}: {}", r.stderr);
        assert!(r.stdout.is_empty());
    }
}

#[test]
fn a_failed_input_leaves_no_stale_output_and_no_temp_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("x.md");
    let out = dir.path().join("out");
    std::fs::copy(GOOD, &input).expect("copy");
    let extract = |extra: &[&str]| {
        let mut args = os(&["extract", "-q", "-o"]);
        args.push(out.clone().into());
        args.extend(extra.iter().map(|a| a.into()));
        args.push(input.clone().into());
        let refs: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
        run(&refs, None)
    };
    assert_eq!(extract(&[]).code, Some(0));
    assert!(out.join("x.md.json").exists());
    // the input goes bad: its old record must not pass for the current one
    std::fs::write(&input, b"\x89PNG\r\n\x1a\n\0\0\0binary").expect("write");
    let r = extract(&[]);
    assert_eq!(r.code, Some(2));
    assert!(!out.join("x.md.json").exists(), "stale output removed");
    // a temp file a killed run left is removed; none is left by this one
    let left = out.join(".records.jsonl.2147483600.tmp");
    std::fs::write(&left, b"half").expect("write");
    assert_eq!(extract(&["--format", "jsonl"]).code, Some(2));
    let names: Vec<String> = std::fs::read_dir(&out)
        .expect("out")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["records.jsonl"]);
}

#[test]
fn an_output_error_names_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    // the record's place is taken by a folder: the rename fails
    std::fs::create_dir_all(out.join("wago__770-1242_076-000.md.json").join("x")).expect("mkdir");
    let r = run(
        &[
            "extract".as_ref(),
            "-q".as_ref(),
            GOOD.as_ref(),
            "-o".as_ref(),
            out.as_os_str(),
        ],
        None,
    );
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.contains("out/wago__770-1242_076-000.md.json"),
        "{}",
        r.stderr
    );
}

#[test]
fn load_waits_for_a_busy_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("p.sqlite");
    let first = run(
        &[
            "load".as_ref(),
            "--db".as_ref(),
            db.as_os_str(),
            GOOD.as_ref(),
        ],
        None,
    );
    assert_eq!(first.code, Some(0), "{}", first.stderr);
    // another writer holds the database while a second load starts
    let conn = rusqlite::Connection::open(&db).expect("open");
    conn.execute_batch("BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS busy (x);")
        .expect("lock");
    let db2 = db.clone();
    let second = std::thread::spawn(move || {
        run(
            &[
                "load".as_ref(),
                "--db".as_ref(),
                db2.as_os_str(),
                "fixtures/markdown".as_ref(),
            ],
            None,
        )
    });
    // whether the load starts before or after this commit, it must not fail
    std::thread::sleep(Duration::from_millis(500));
    conn.execute_batch("COMMIT").expect("commit");
    let second = second.join().expect("load thread");
    assert_eq!(second.code, Some(0), "{}", second.stderr);
    let n: i64 = conn
        .query_row("SELECT count(*) FROM revisions", [], |r| r.get(0))
        .expect("count");
    assert!(n >= 2, "{n}");
}

#[test]
fn diff_of_a_crashing_datasheet_is_an_error_not_an_abort() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut d = b"/Deep ".to_vec();
    d.extend(std::iter::repeat_n(b'[', 40_000));
    d.extend(std::iter::repeat_n(b']', 40_000));
    let file = one_page(
        stream(&String::from_utf8(d).expect("ascii"), NO_TEXT),
        HELVETICA,
        "",
        vec![],
    );
    let bad = dir.path().join("deep.pdf");
    std::fs::write(&bad, file).expect("write");
    let r = run(&["diff".as_ref(), GOOD.as_ref(), bad.as_os_str()], None);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("deep.pdf"), "{}", r.stderr);
}

// ---------------------------------------------------------------------------------------
// The reader's own guards: the same constructs read in the dsx process (`--isolate none`),
// so the answer comes from the guard, not from a worker's limits or its kill.

/// One line of text in Helvetica: a page that reads when the guard lets it.
const TEXT: &[u8] = b"BT /F1 12 Tf 72 700 Td (Rated current 25 A at 40 degrees) Tj ET";

/// `dsx extract --isolate none` over `dir` (the good file plus `hostile`): the good
/// record, and the line of `hostile`.
fn run_in_process(dir: &Path, hostile: &str, code: i32) -> serde_json::Value {
    let r = run(
        &[
            "extract".as_ref(),
            "-q".as_ref(),
            "--isolate".as_ref(),
            "none".as_ref(),
            dir.as_os_str(),
        ],
        None,
    );
    assert_eq!(r.code, Some(code), "{hostile}: stderr {}", r.stderr);
    let lines = lines(&r);
    assert_eq!(lines.len(), 2, "{hostile}: one line per input: {lines:?}");
    let good = lines
        .iter()
        .find(|l| path_of(l).ends_with("good.md"))
        .expect("the good file's line");
    assert_eq!(good["product"]["item_number"], GOOD_ITEM, "{hostile}");
    assert!(
        r.peak_rss < MAX_MEMORY_BYTES,
        "{hostile}: peak RSS {} MB",
        r.peak_rss >> 20
    );
    lines
        .into_iter()
        .find(|l| path_of(l).ends_with(hostile))
        .expect("the hostile file's line")
}

/// `hostile` (written into a folder next to the good file) is an error of `kind` whose
/// message contains `says`, read in-process.
fn assert_guarded(hostile: &str, file: &[u8], kind: &str, says: &str) {
    let dir = folder_with_good();
    std::fs::write(dir.path().join(hostile), file).expect("write");
    let line = run_in_process(dir.path(), hostile, 2);
    let error = &line["error"];
    assert_eq!(error["kind"], kind, "{hostile}: {line}");
    let message = error["message"].as_str().expect("a message");
    assert!(message.contains(says), "{hostile}: {message}");
}

/// A Form XObject (object `id`) drawing `content`, naming `xobjects` in its resources.
fn form(xobjects: &str, content: &[u8]) -> Vec<u8> {
    stream(
        &format!(
            "/Type /XObject /Subtype /Form /BBox [0 0 612 792] \
             /Resources << /Font << /F1 5 0 R >> /XObject << {xobjects} >> >>"
        ),
        content,
    )
}

fn deflate(data: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(data).expect("compress");
    z.finish().expect("compress")
}

#[test]
fn guard_objects_nested_deeper_than_the_limit() {
    for (name, open, close) in [("arrays.pdf", "[", "]"), ("dicts.pdf", "<</K ", ">>")] {
        let deep = format!("/Deep {} {}", open.repeat(40_000), close.repeat(40_000));
        let file = one_page(stream(&deep, TEXT), HELVETICA, "", vec![]);
        assert_guarded(
            name,
            &file,
            "limit_exceeded",
            "object nesting deeper than 64 at byte",
        );
    }
    // 20 levels are read
    let dir = folder_with_good();
    let fine = format!("/Deep {} {}", "[".repeat(20), "]".repeat(20));
    let file = one_page(stream(&fine, TEXT), HELVETICA, "", vec![]);
    std::fs::write(dir.path().join("fine.pdf"), file).expect("write");
    let line = run_in_process(dir.path(), "fine.pdf", 0);
    assert!(line.to_string().contains("Rated current"), "{line}");
}

#[test]
fn guard_a_form_xobject_that_draws_itself() {
    let file = one_page(
        stream("", &[TEXT, b" /X1 Do"].concat()),
        HELVETICA,
        "/XObject << /X1 6 0 R >>",
        vec![form("/X1 6 0 R", b"/X1 Do")],
    );
    assert_guarded(
        "self.pdf",
        &file,
        "bad_pdf",
        "Form XObject /X1 draws itself (page 1)",
    );
}

#[test]
fn guard_form_xobjects_that_draw_each_other() {
    let file = one_page(
        stream("", &[TEXT, b" /X1 Do"].concat()),
        HELVETICA,
        "/XObject << /X1 6 0 R >>",
        vec![form("/X2 7 0 R", b"/X2 Do"), form("/X1 6 0 R", b"/X1 Do")],
    );
    assert_guarded(
        "mutual.pdf",
        &file,
        "bad_pdf",
        "Form XObjects draw each other in a cycle: /X1 → /X2 → /X1",
    );
}

/// A chain of `n` Form XObjects (objects 6…), the last one drawing text.
fn xobject_chain(n: usize) -> Vec<u8> {
    let mut forms: Vec<Vec<u8>> = (0..n - 1)
        .map(|i| form(&format!("/X {} 0 R", 7 + i), b"/X Do"))
        .collect();
    forms.push(form(
        "",
        b"BT /F1 12 Tf 72 600 Td (Drawn at the end of the chain) Tj ET",
    ));
    one_page(
        stream("", b"/X Do"),
        HELVETICA,
        "/XObject << /X 6 0 R >>",
        forms,
    )
}

#[test]
fn guard_a_deep_chain_of_form_xobjects() {
    assert_guarded(
        "chain.pdf",
        &xobject_chain(200),
        "limit_exceeded",
        "Form XObjects nested deeper than 32 (page 1)",
    );
    // a chain within the limit is read to its end
    let dir = folder_with_good();
    std::fs::write(dir.path().join("chain8.pdf"), xobject_chain(8)).expect("write");
    let line = run_in_process(dir.path(), "chain8.pdf", 0);
    assert!(line.to_string().contains("end of the chain"), "{line}");
}

#[test]
fn guard_flate_bombs() {
    let says = "a stream decompresses to more than 32 MiB (page 1)";
    // a content stream: one layer, 1 GiB in about 1 MB
    let one = zlib(1 << 30, b'0');
    let file = one_page(stream("/Filter /FlateDecode", &one), HELVETICA, "", vec![]);
    assert_guarded("bomb.pdf", &file, "limit_exceeded", says);
    // two layers, a few KB
    let two = deflate(&zlib(1 << 30, b' '));
    assert!(two.len() < 64_000, "{}", two.len());
    let file = one_page(
        stream("/Filter [/FlateDecode /FlateDecode]", &two),
        HELVETICA,
        "",
        vec![],
    );
    assert_guarded("bomb2.pdf", &file, "limit_exceeded", says);
    // a Form XObject
    let file = one_page(
        stream("", &[TEXT, b" /X1 Do"].concat()),
        HELVETICA,
        "/XObject << /X1 6 0 R >>",
        vec![stream(
            "/Type /XObject /Subtype /Form /BBox [0 0 612 792] \
             /Filter [/FlateDecode /FlateDecode]",
            &two,
        )],
    );
    assert_guarded("bomb_xobject.pdf", &file, "limit_exceeded", says);
    // a ToUnicode CMap
    let font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>";
    let file = one_page(
        stream("", TEXT),
        font,
        "",
        vec![stream("/Filter [/FlateDecode /FlateDecode]", &two)],
    );
    assert_guarded("bomb_cmap.pdf", &file, "limit_exceeded", says);
    // an object stream, decoded while the file loads
    let file = one_page(
        stream("", TEXT),
        HELVETICA,
        "",
        vec![stream(
            "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode",
            &one,
        )],
    );
    assert_guarded(
        "bomb_objstm.pdf",
        &file,
        "limit_exceeded",
        "an object stream decompresses to more than 32 MiB",
    );
}

#[test]
fn guard_a_tounicode_range_over_all_codes_is_clamped() {
    let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap \
        /CMapName /X def 1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange \
        1 beginbfrange <00000000> <FFFFFFFF> <0000> endbfrange endcmap \
        CMapName currentdict /CMap defineresource pop end end";
    let font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>";
    let file = one_page(stream("", TEXT), font, "", vec![stream("", cmap)]);
    let dir = folder_with_good();
    std::fs::write(dir.path().join("bfrange.pdf"), file).expect("write");
    // the first 65536 codes are read (single-byte codes map to themselves): a record
    let line = run_in_process(dir.path(), "bfrange.pdf", 0);
    assert!(line.to_string().contains("Rated current"), "{line}");
    let clamped = line["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == "cmap_range_clamped")
        .unwrap_or_else(|| panic!("a cmap_range_clamped warning: {line}"));
    assert_eq!(
        clamped["message"],
        "a ToUnicode bfrange <00000000>..<FFFFFFFF> maps 4294967296 codes; \
         only the first 65536 are read"
    );
}

#[test]
fn guard_a_predictor_with_two_billion_columns() {
    let file = one_page(
        stream(
            "/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 2147483647 >>",
            &deflate(TEXT),
        ),
        HELVETICA,
        "",
        vec![],
    );
    assert_guarded(
        "predictor.pdf",
        &file,
        "limit_exceeded",
        "a predictor row of 2147483647 bytes (/Columns 2147483647) is longer than 1 MiB",
    );
}

#[test]
fn an_undecodable_content_stream_is_named_not_a_missing_text_layer() {
    let file = one_page(
        stream("/Filter /FlateDecode", b"x\x9c this is not Flate data"),
        HELVETICA,
        "",
        vec![],
    );
    assert_guarded(
        "corrupt.pdf",
        &file,
        "bad_pdf",
        "content stream of page 1 could not be decoded: /FlateDecode: corrupt deflate stream",
    );
}

#[test]
fn a_page_of_part_numbers_in_helvetica_is_text() {
    let parts = [
        "LM317T",
        "TPS7A4701RGWR",
        "SN74LVC1G08DBVR",
        "XC7Z020-1CLG400C",
        "ATMEGA328P-AU",
        "STM32F103C8T6",
        "BSS138LT1G",
        "MMBT3904LT1G",
        "NCP1117ST33T3G",
        "W25Q128JVSIQ",
        "CY7C68013A-56PVXC",
        "PIC16F877A-I/P",
    ];
    let mut content = b"BT /F1 9 Tf".to_vec();
    for row in 0..60 {
        let line: Vec<&str> = (0..4).map(|k| parts[(row * 3 + k) % parts.len()]).collect();
        content
            .extend(format!("\n1 0 0 1 50 {} Tm ({}) Tj", 760 - 12 * row, line.join(" ")).bytes());
    }
    content.extend(b"\nET");
    let helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica \
                     /Encoding /WinAnsiEncoding >>";
    let dir = folder_with_good();
    std::fs::write(
        dir.path().join("parts.pdf"),
        one_page(stream("", &content), helvetica, "", vec![]),
    )
    .expect("write");
    let line = run_in_process(dir.path(), "parts.pdf", 0);
    assert!(line.get("error").is_none(), "{line}");
    assert!(line.to_string().contains("SN74LVC1G08DBVR"), "{line}");
}

#[test]
fn guard_graphics_states_saved_without_end() {
    // two million `q` (4 MB, 4 KB compressed): each saved state was a clone
    let mut content = b"q ".repeat(2_000_000);
    content.extend_from_slice(TEXT);
    let file = one_page(
        stream("/Filter /FlateDecode", &deflate(&content)),
        HELVETICA,
        "",
        vec![],
    );
    let dir = folder_with_good();
    std::fs::write(dir.path().join("saves.pdf"), file).expect("write");
    let line = run_in_process(dir.path(), "saves.pdf", 0);
    assert!(line.to_string().contains("Rated current"), "{line}");
    assert!(
        line["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .any(|d| d["code"] == "graphics_states_clamped"),
        "{line}"
    );
}
