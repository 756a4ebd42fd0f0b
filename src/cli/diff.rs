//! `dsx diff OLD NEW [--json] [--all]`, or `dsx diff --db FILE.sqlite ITEM`: compare two
//! records, two datasheets, or the last two revisions of a product in a database.
//! Exit 0 when the same, 1 when they differ, 2 on error, like diff(1).

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};

use crate::diff;
use crate::pipeline::FileOutcome;
use crate::record::Record;

#[derive(clap::Args, Debug)]
pub struct DiffArgs {
    /// OLD and NEW: datasheets (.pdf .md …) or records (.json from `dsx extract`).
    /// With --db: one item number.
    #[arg(num_args = 1..=2, required = true)]
    pub inputs: Vec<String>,
    /// Print {"patch": [RFC 6902 ops], "changes": [...]} instead of the human form.
    #[arg(long)]
    pub json: bool,
    /// Show cosmetic changes too (spelling of the same value, reworded labels, moved rows).
    #[arg(long)]
    pub all: bool,
    /// Compare the last two revisions of ITEM stored in this database (see `dsx load`).
    #[arg(long, value_name = "FILE.sqlite")]
    pub db: Option<PathBuf>,
    #[command(flatten)]
    pub limits: super::LimitArgs,
}

/// Read a record from a `.json` file written by `dsx extract`, or extract a datasheet in a
/// worker process (a datasheet that crashes the reader is an error, not an abort).
pub fn load_input(path: &Path, converter: &super::Converter) -> Result<Record> {
    let is_json = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("json") || e.eq_ignore_ascii_case("jsonl"));
    if is_json {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        return serde_json::from_str(text.trim()).with_context(|| {
            format!(
                "{}: expected a record written by `dsx extract`",
                path.display()
            )
        });
    }
    match converter.convert(path) {
        FileOutcome::Ok(r) => Ok(*r),
        FileOutcome::Err(e) => bail!("{}: {} ({})", e.path, e.message, e.kind),
    }
}

pub fn run(args: DiffArgs) -> Result<ExitCode> {
    let (old, new) = match &args.db {
        Some(db) => {
            let [item] = args.inputs.as_slice() else {
                bail!("with --db, give one item number");
            };
            crate::sink::sqlite::last_two_revisions(db, item)?
        }
        None => {
            let [a, b] = args.inputs.as_slice() else {
                bail!("give two inputs: OLD NEW");
            };
            let converter = args.limits.converter()?;
            (
                load_input(Path::new(a), &converter)?,
                load_input(Path::new(b), &converter)?,
            )
        }
    };
    let d = diff::diff(&old, &new);
    let shown = d.shown(args.all);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    if args.json {
        let patch = diff::patch(&old, &new);
        serde_json::to_writer_pretty(
            &mut out,
            &serde_json::json!({"patch": patch, "changes": shown}),
        )?;
        writeln!(out)?;
    } else {
        out.write_all(diff::render(&shown, io::stdout().is_terminal()).as_bytes())?;
    }
    out.flush()?;
    Ok(if shown.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
