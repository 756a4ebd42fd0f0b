//! `dsx load --db FILE.sqlite PATH...`: extract datasheets and add them to a SQLite product
//! database. Files already loaded (same sha256) are skipped before extraction; each batch
//! of files is written in one transaction; a file that fails is reported, never half-written,
//! and kept in the `failures` table until a later load reads it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use rayon::prelude::*;

use crate::pipeline::{self, FileError, FileOutcome};
use crate::sink::sqlite::{self, Inserted};

#[derive(clap::Args, Debug)]
pub struct LoadArgs {
    /// The SQLite database (created when missing).
    #[arg(long, value_name = "FILE.sqlite")]
    pub db: PathBuf,
    /// Files and folders (.pdf .md .markdown .txt).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Files per transaction.
    #[arg(long, value_name = "N", default_value_t = 256)]
    pub batch: usize,
    #[command(flatten)]
    pub limits: super::LimitArgs,
    /// Silence stderr except errors.
    #[arg(short, long)]
    pub quiet: bool,
    /// Show progress when stderr is not a terminal (a log, a pipe): plain lines, at most
    /// one a second, and the last one. On a terminal a bar is drawn anyway.
    #[arg(long)]
    pub progress: bool,
}

enum Loaded {
    Known,
    /// The outcome, and the sha256 of the file's bytes when they could be read.
    Outcome(FileOutcome, Option<String>),
}

/// Skip a file whose bytes are loaded already (hashed here, read with the same checks a
/// worker makes), else convert it.
fn prepare(
    path: &Path,
    known: &HashSet<String>,
    converter: &super::Converter,
    max_bytes: u64,
) -> Loaded {
    let bytes = match pipeline::read_input(path, max_bytes) {
        Ok(b) => b,
        Err(e) => return Loaded::Outcome(FileOutcome::Err(e), None),
    };
    let sha = pipeline::sha256_hex(&bytes);
    if known.contains(&sha) {
        return Loaded::Known;
    }
    drop(bytes);
    Loaded::Outcome(converter.convert(path), Some(sha))
}

pub fn run(args: LoadArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let (files, walk_errors) = pipeline::collect_inputs(&args.paths);
    let mut conn = sqlite::open(&args.db)
        .with_context(|| format!("cannot open database {}", args.db.display()))?;
    if args.batch == 0 {
        bail!("--batch must be at least 1");
    }
    let known: HashSet<String> = {
        let mut st = conn.prepare("SELECT DISTINCT sha256 FROM revisions")?;
        let rows = st.query_map([], |r| r.get::<_, String>(0))?;
        rows.collect::<Result<_, _>>()?
    };
    let converter = args.limits.converter()?;
    let max_bytes = args.limits.max_memory;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;

    // files the walk could not take (a FIFO, a dangling name) are failures too
    if !walk_errors.is_empty() {
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .with_context(|| format!("database {} is busy", pipeline::display_path(&args.db)))?;
        for e in &walk_errors {
            sqlite::record_failure(&tx, e, None)
                .with_context(|| format!("{}: cannot write to the database", e.path))?;
        }
        tx.commit().context("cannot commit to the database")?;
    }
    let mut errors: Vec<FileError> = walk_errors;
    let progress = super::progress::Progress::new(files.len(), args.quiet, args.progress);
    let (mut revisions, mut products, mut skipped, mut props) = (0usize, 0usize, 0usize, 0usize);
    for chunk in files.chunks(args.batch) {
        let loaded: Vec<Loaded> = pool.install(|| {
            chunk
                .par_iter()
                .map(|p| {
                    let l = prepare(p, &known, &converter, max_bytes);
                    progress.inc();
                    l
                })
                .collect()
        });
        // IMMEDIATE: take the write lock up front (waiting up to the busy timeout while
        // another load holds it) instead of failing at the first write of a read
        // transaction that another writer got ahead of.
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .with_context(|| format!("database {} is busy", pipeline::display_path(&args.db)))?;
        for (path, l) in chunk.iter().zip(loaded) {
            let shown = pipeline::display_path(path);
            let written =
                |e| anyhow::Error::new(e).context(format!("{shown}: cannot write to the database"));
            match l {
                Loaded::Known => {
                    skipped += 1;
                    sqlite::clear_failure(&tx, &shown).map_err(written)?;
                }
                Loaded::Outcome(FileOutcome::Err(e), sha) => {
                    sqlite::record_failure(&tx, &e, sha.as_deref()).map_err(written)?;
                    errors.push(e);
                }
                Loaded::Outcome(FileOutcome::Ok(r), _) => {
                    match sqlite::insert(&tx, &r).map_err(written)? {
                        Inserted::Known => skipped += 1,
                        Inserted::Revision { new_product } => {
                            revisions += 1;
                            products += usize::from(new_product);
                            props += r.property_count();
                        }
                    }
                    sqlite::clear_failure(&tx, &r.source.path).map_err(written)?;
                }
            }
        }
        tx.commit().with_context(|| {
            format!(
                "cannot commit to the database {}",
                pipeline::display_path(&args.db)
            )
        })?;
    }
    progress.finish();
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    let summary = format!(
        "{} files: {} new revisions ({} new products, {} properties), {} already loaded, {} errors, {:.2} s",
        files.len(),
        revisions,
        products,
        props,
        skipped,
        errors.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(super::finish_batch(&errors, args.quiet, &summary))
}
