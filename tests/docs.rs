//! The console examples of README.md and docs/*.md are run and their output compared, so
//! the docs cannot drift from what the commands print.
//!
//! In a ```` ```console ```` block the `$ COMMAND` lines are run in one `sh` (pipes, `;`,
//! `echo $?` work as typed), stdout and stderr into one pipe, `dsx` on `PATH` (the binary under
//! test), in a fresh folder per document where `fixtures` is the repository's fixtures, so
//! printed paths read `fixtures/…` and files a command writes (`out/`, `fx.sqlite`) do not
//! touch the repository. The lines up to the next `$` are the expected output. A
//! ```` ```sql ```` block followed by a plain ```` ``` ```` block is run on the document's
//! `fx.sqlite` and printed as `sqlite3 -header -column` prints it; an `EXPLAIN QUERY PLAN`
//! prints its plan's lines.
//!
//! Compared with snapbox: `[..]` in an expected line matches any text within the line,
//! `...` on a line of its own any lines. Before comparing, both sides have times
//! (`0.01 s`) and run-dependent rates replaced, so an example may show real figures.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Blocks not run, by document and first command, and why.
const NOT_RUN: &[(&str, &str, &str)] = &[(
    "README.md",
    "dsx extract -q --max-memory 256M DIR > out.jsonl; echo $?",
    "DIR holds the hostile files tests/hostile.rs builds (a FIFO, a link to /dev/zero, \
     PDFs built to overflow the reader); tests/hostile.rs checks these outcomes",
)];

#[derive(Debug)]
enum Block {
    /// `$ command` lines with the output expected after each.
    Console(Vec<(String, String)>),
    /// A query and its expected table.
    Sql(String, String),
}

/// The checked blocks of a Markdown document, with the line each starts on.
fn blocks(text: &str) -> Vec<(usize, Block)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    // the body of the fenced block opening at line `at`, and the line after it
    let fenced = |at: usize| -> (Vec<&str>, usize) {
        let mut j = at + 1;
        let mut body = Vec::new();
        while j < lines.len() && lines[j].trim_end() != "```" {
            body.push(lines[j]);
            j += 1;
        }
        (body, j + 1)
    };
    while i < lines.len() {
        let fence = lines[i].trim_end();
        if fence == "```console" {
            let (body, next) = fenced(i);
            let mut cmds: Vec<(String, String)> = Vec::new();
            for l in body {
                match l.strip_prefix("$ ") {
                    Some(cmd) => cmds.push((cmd.to_string(), String::new())),
                    None => {
                        let (_, expected) = cmds.last_mut().expect("a block starts with `$ `");
                        expected.push_str(l);
                        expected.push('\n');
                    }
                }
            }
            out.push((i + 1, Block::Console(cmds)));
            i = next;
        } else if fence == "```sql" {
            let (query, next) = fenced(i);
            if lines.get(next).map(|l| l.trim_end()) == Some("```") {
                let (table, after) = fenced(next);
                let mut expected = table.join("\n");
                expected.push('\n');
                out.push((i + 1, Block::Sql(query.join("\n"), expected)));
                i = after;
            } else {
                i = next;
            }
        } else if fence.starts_with("```") {
            i = fenced(i).1;
        } else {
            i += 1;
        }
    }
    out
}

/// What varies from run to run: elapsed times and rates.
fn redact(text: &str) -> String {
    let secs = regex::Regex::new(r"\b\d+(\.\d+)? s\b").expect("regex");
    let text = secs.replace_all(text, "[TIME] s");
    let rate = regex::Regex::new(r"\b\d+(\.\d+)?x\b").expect("regex");
    rate.replace_all(&text, "[RATE]x").into_owned()
}

/// Run a block's commands in one shell, as a user types them (so `echo $?` sees the
/// command before it), and split the output by command.
fn run_console(dir: &Path, cmds: &[String]) -> Vec<String> {
    let dsx = Path::new(env!("CARGO_BIN_EXE_dsx"));
    let path = format!(
        "{}:{}",
        dsx.parent().expect("bin dir").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    // a record separator before each command's output; `$?` carried over it
    let mut script = String::from("exec 2>&1\nstatus=0\n");
    for cmd in cmds {
        script.push_str("printf '\\036\\n'\n(exit $status)\n");
        script.push_str(cmd);
        script.push_str("\nstatus=$?\n");
    }
    let out = Command::new("sh")
        .arg("-c")
        .arg(script)
        .current_dir(dir)
        .env("PATH", path)
        .stdin(Stdio::null())
        .output()
        .expect("sh runs");
    let text = String::from_utf8_lossy(&out.stdout);
    text.split("\u{1e}\n").skip(1).map(str::to_string).collect()
}

/// A query's result as `sqlite3 -header -column` prints it (an `EXPLAIN QUERY PLAN`: the
/// plan's lines).
fn run_sql(db: &Path, query: &str) -> String {
    let conn = rusqlite::Connection::open(db).expect("open the document's database");
    let mut st = conn.prepare(query).expect("the query compiles");
    let names: Vec<String> = st.column_names().map(str::to_string).collect();
    let n = names.len();
    let rows: Vec<Vec<String>> = st
        .query_map([], |r| {
            (0..n)
                .map(|i| {
                    Ok(match r.get_ref(i)? {
                        rusqlite::types::ValueRef::Null => String::new(),
                        rusqlite::types::ValueRef::Integer(x) => x.to_string(),
                        rusqlite::types::ValueRef::Real(x) => x.to_string(),
                        rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into(),
                        rusqlite::types::ValueRef::Blob(_) => "<blob>".into(),
                    })
                })
                .collect()
        })
        .expect("the query runs")
        .map(|r| r.expect("a row"))
        .collect();
    if query.trim_start().starts_with("EXPLAIN QUERY PLAN") {
        let detail = names.iter().position(|c| c == "detail").expect("detail");
        return rows.iter().map(|r| format!("{}\n", r[detail])).collect();
    }
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([names[i].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..n).map(width).collect();
    let line = |cells: Vec<String>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        format!("{}\n", padded.join("  ").trim_end())
    };
    let mut out = line(names.clone());
    out.push_str(&line(widths.iter().map(|w| "-".repeat(*w)).collect()));
    for r in rows {
        out.push_str(&line(r));
    }
    out
}

fn check(doc: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join(doc)).expect("the document");
    let dir = tempfile::tempdir().expect("tempdir");
    std::os::unix::fs::symlink(root.join("fixtures"), dir.path().join("fixtures"))
        .expect("fixtures link");
    let assert = snapbox::Assert::new().normalize_paths(false);
    let mut failures = Vec::new();
    let mut checked = 0;
    for (line, block) in blocks(&text) {
        match block {
            Block::Console(cmds) => {
                if let Some(&(_, _, why)) = NOT_RUN
                    .iter()
                    .find(|(d, first, _)| *d == doc && cmds.first().is_some_and(|c| c.0 == *first))
                {
                    eprintln!("{doc}:{line}: not run: {why}");
                    continue;
                }
                let commands: Vec<String> = cmds.iter().map(|c| c.0.clone()).collect();
                let outputs = run_console(dir.path(), &commands);
                assert_eq!(outputs.len(), cmds.len(), "{doc}:{line}: every command ran");
                for ((cmd, expected), actual) in cmds.into_iter().zip(outputs) {
                    checked += 1;
                    if let Err(e) = assert.try_eq(
                        Some(&format!("{doc}:{line}: $ {cmd}")),
                        redact(&actual).into(),
                        redact(&expected).into(),
                    ) {
                        failures.push(format!(
                            "{doc}:{line}: $ {cmd}\n{e}\n--- actual output ---\n{actual}"
                        ));
                    }
                }
            }
            Block::Sql(query, expected) => {
                let actual = run_sql(&dir.path().join("fx.sqlite"), &query);
                checked += 1;
                if let Err(e) = assert.try_eq(
                    Some(&format!("{doc}:{line}: query")),
                    actual.clone().into(),
                    expected.into(),
                ) {
                    failures.push(format!(
                        "{doc}:{line}: query\n{e}\n--- actual output ---\n{actual}"
                    ));
                }
            }
        }
    }
    assert!(checked > 0, "{doc} has no checked examples");
    assert!(
        failures.is_empty(),
        "{} example(s) in {doc} differ from what the commands print:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn readme_examples_are_what_the_commands_print() {
    check("README.md");
}

#[test]
fn docs_examples_are_what_the_commands_print() {
    let mut docs: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs"))
            .expect("docs/")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
    docs.sort();
    let mut checked = 0;
    for d in docs {
        let text = std::fs::read_to_string(&d).expect("doc");
        if !blocks(&text).is_empty() {
            let name = format!("docs/{}", d.file_name().expect("name").to_string_lossy());
            check(&name);
            checked += 1;
        }
    }
    assert!(checked >= 2, "docs/db.md and docs/diff.md have examples");
}
