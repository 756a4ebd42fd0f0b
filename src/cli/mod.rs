//! Command line: clap derive arguments, the printer (stdout data only, stderr messages and
//! a progress bar when stderr is a terminal), exit codes (0 ok, 1 differences, 2 errors).

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

pub mod diff;
pub mod load;
pub mod value;

use crate::pipeline::{self, FileOutcome};
use crate::sink::stream::{
    AtomicFile, Csv, CsvFile, JsonDir, JsonLines, JsonLinesFile, JsonPretty, Sink,
};
use crate::source::SourceOptions;

#[derive(Parser, Debug)]
#[command(
    name = "dsx",
    version,
    about = "Vendor datasheets (PDF, Markdown) to structured, unit-normalised JSON records"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Convert datasheets (files and/or folders, recursed) to records.
    Extract(ExtractArgs),
    /// Normalise one value string and print its JSON.
    Value {
        /// The value text as printed, e.g. "0.5 ... 4 mm² / 20 ... 12 AWG" (may start with `-`).
        #[arg(allow_hyphen_values = true)]
        text: String,
        /// The row's label, which can carry meaning ("Conductor cross section AWG").
        #[arg(long)]
        label: Option<String>,
        /// The unit printed in a separate cell of the row ("V" for `±4.096`).
        #[arg(long)]
        unit: Option<String>,
    },
    /// Compare two datasheets or records (exit 0 same, 1 differ, 2 error).
    Diff(diff::DiffArgs),
    /// Extract datasheets into a SQLite product database.
    Load(load::LoadArgs),
    /// Print the JSON Schema of a record.
    Schema,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Json,
    Jsonl,
    /// One row per property (file, vendor, item_number, section, label, raw, kind, value …).
    Csv,
}

#[derive(clap::Args, Debug)]
pub struct ExtractArgs {
    /// Files and folders (.pdf .md .markdown .txt).
    pub paths: Vec<PathBuf>,
    /// Write one `<stem>.json` per input into DIR (atomic). Default: JSON Lines on stdout.
    #[arg(short, long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Output format: json (pretty, one document per record), jsonl or csv (one row per property).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Worker threads (default: all cores).
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Read newline-separated input paths from FILE (or - for stdin).
    #[arg(long, value_name = "FILE")]
    pub files_from: Option<PathBuf>,
    /// Process only the inputs whose path hash falls in shard K of N (1-based), e.g. 2/4.
    #[arg(long, value_name = "K/N", value_parser = parse_shard)]
    pub shard: Option<(u32, u32)>,
    /// Time budget per PDF, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0)]
    pub timeout: f64,
    /// Silence stderr except errors.
    #[arg(short, long)]
    pub quiet: bool,
    /// Show a progress bar even when stderr is not a terminal.
    #[arg(long)]
    pub progress: bool,
}

fn parse_shard(s: &str) -> std::result::Result<(u32, u32), String> {
    let (k, n) = s.split_once('/').ok_or("expected K/N, e.g. 1/4")?;
    let k: u32 = k
        .trim()
        .parse()
        .map_err(|_| format!("bad shard number {k:?}"))?;
    let n: u32 = n
        .trim()
        .parse()
        .map_err(|_| format!("bad shard count {n:?}"))?;
    if n == 0 || k == 0 || k > n {
        return Err(format!("shard {k}/{n}: need 1 <= K <= N"));
    }
    Ok((k, n))
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("dsx: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract(args),
        Command::Diff(args) => diff::run(args),
        Command::Load(args) => load::run(args),
        Command::Schema => {
            let mut stdout = io::stdout().lock();
            stdout.write_all(crate::schema::RECORD_SCHEMA.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Value { text, label, unit } => {
            value::run(&text, label.as_deref(), unit.as_deref())
        }
    }
}

fn read_list(path: &PathBuf) -> Result<Vec<PathBuf>> {
    let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(io::stdin().lock())
    } else {
        Box::new(io::BufReader::new(
            std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?,
        ))
    };
    let mut out = Vec::new();
    for line in reader.lines() {
        let line = line?;
        let t = line.trim();
        if !t.is_empty() {
            out.push(PathBuf::from(t));
        }
    }
    Ok(out)
}

fn extract(args: ExtractArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let mut inputs = args.paths.clone();
    if let Some(list) = &args.files_from {
        inputs.extend(read_list(list)?);
    }
    if inputs.is_empty() {
        bail!("no input: give files or folders, or --files-from FILE");
    }
    let (mut files, walk_errors) = pipeline::collect_inputs(&inputs);
    if let Some((k, n)) = args.shard {
        files.retain(|p| pipeline::in_shard(p, k, n));
    }
    let opts = SourceOptions {
        timeout: Duration::from_secs_f64(args.timeout.max(0.001)),
    };
    let show_bar = !args.quiet && (args.progress || io::stderr().is_terminal());
    let bar = if show_bar {
        let b = indicatif::ProgressBar::new(files.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(b)
    } else {
        None
    };
    let tick = |_: &FileOutcome| {
        if let Some(b) = &bar {
            b.inc(1);
        }
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;

    let format = args.format.unwrap_or(if args.out.is_some() {
        Format::Json
    } else {
        Format::Jsonl
    });
    let mut sink: Box<dyn Sink> = match (&args.out, format) {
        (Some(dir), Format::Json) => {
            let paths: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
            Box::new(
                JsonDir::create(dir, &paths)
                    .with_context(|| format!("cannot create {}", dir.display()))?,
            )
        }
        (Some(dir), Format::Jsonl) => {
            std::fs::create_dir_all(dir)?;
            Box::new(JsonLinesFile(AtomicFile::create(
                &dir.join("records.jsonl"),
            )?))
        }
        (Some(dir), Format::Csv) => {
            std::fs::create_dir_all(dir)?;
            Box::new(CsvFile::create(&dir.join("properties.csv"))?)
        }
        (None, Format::Jsonl) => Box::new(JsonLines(io::BufWriter::new(io::stdout().lock()))),
        (None, Format::Json) => Box::new(JsonPretty(io::BufWriter::new(io::stdout().lock()))),
        (None, Format::Csv) => Box::new(Csv::new(io::BufWriter::new(io::stdout().lock()))?),
    };

    // Outcomes stream out in path order; folder-walk errors are merged in by path.
    let mut walk_errors = walk_errors.into_iter().peekable();
    let mut errors: Vec<pipeline::FileError> = Vec::new();
    let mut count = 0usize;
    let mut props = 0usize;
    let quiet = args.quiet;
    let mut take = |o: FileOutcome, sink: &mut Box<dyn Sink>| -> io::Result<()> {
        count += 1;
        match &o {
            FileOutcome::Ok(r) => {
                props += r.property_count();
                if !quiet {
                    for d in r
                        .diagnostics
                        .iter()
                        .filter(|d| d.code == "lossy_utf8" || d.code == "no_properties")
                    {
                        if let Some(b) = &bar {
                            b.suspend(|| {
                                eprintln!("dsx: {}: warning: {}", r.source.path, d.message)
                            });
                        } else {
                            eprintln!("dsx: {}: warning: {}", r.source.path, d.message);
                        }
                    }
                }
            }
            FileOutcome::Err(e) => errors.push(e.clone()),
        }
        sink.write(&o)
    };
    let window = 32 * pool.current_num_threads().max(1);
    pipeline::run_streaming(&pool, &files, &opts, window, &tick, &mut |o| {
        while let Some(e) = walk_errors.next_if(|e| e.path.as_str() < o.path()) {
            take(FileOutcome::Err(e), &mut sink)?;
        }
        take(o, &mut sink)
    })?;
    for e in walk_errors {
        take(FileOutcome::Err(e), &mut sink)?;
    }
    sink.finish()?;
    if let Some(b) = &bar {
        b.finish_and_clear();
    }

    let summary = format!(
        "{} files, {} properties, {} errors, {:.2} s",
        count,
        props,
        errors.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(finish_batch(&errors, args.quiet, &summary))
}

/// The end of a batch command: every failed file on stderr, the one-line summary unless
/// `quiet`, and the exit code (2 when any file failed).
pub(crate) fn finish_batch(errors: &[pipeline::FileError], quiet: bool, summary: &str) -> ExitCode {
    for e in errors {
        eprintln!("dsx: {}: {} ({})", e.path, e.message, e.kind);
    }
    if !quiet {
        eprintln!("dsx: {summary}");
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}
