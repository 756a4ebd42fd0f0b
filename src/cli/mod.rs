//! Command line: clap derive arguments, the printer (stdout data only, stderr messages and
//! progress: [`progress`]), exit codes (0 ok, 1 differences, 2 errors).

use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

pub mod diff;
pub mod load;
pub mod progress;
pub mod text;
pub mod value;

use crate::pipeline::worker::{human_bytes, Limits, WorkerPool};
use crate::pipeline::{self, FileOutcome};
use crate::sink::csv::CsvMode;
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
    /// Print the text dsx read from one file (lines; cells split by wide gaps).
    Text(text::TextArgs),
    /// Internal: a worker process that converts the paths it is sent (see pipeline::worker).
    #[command(name = "__worker", hide = true)]
    Worker {
        #[arg(long, value_parser = parse_timeout)]
        timeout: Duration,
        #[arg(long, value_parser = parse_memory)]
        max_memory: u64,
        #[arg(long)]
        parent: Option<u32>,
    },
}

/// Per-file limits for untrusted input, shared by `extract` and `load`.
#[derive(clap::Args, Debug, Clone)]
pub struct LimitArgs {
    /// Time budget per file, in seconds (a file past it is a `timeout` error).
    #[arg(long, value_name = "SECONDS", default_value = "60", value_parser = parse_timeout)]
    pub timeout: Duration,
    /// Memory per file: the address space of the worker process that reads it, e.g. 512M,
    /// 2G (binary units); a file past it is a `memory_limit` error.
    #[arg(long, value_name = "SIZE", default_value = DEFAULT_MAX_MEMORY, value_parser = parse_memory)]
    pub max_memory: u64,
    /// Which files are read in worker processes, where a crash, a runaway allocation or a
    /// loop is that file's error: pdf (the default: the PDF reader recurses and decodes
    /// streams), all (Markdown too), none (everything in this process: for trusted input
    /// and debugging; a crashing file then takes the whole batch with it).
    #[arg(long, value_enum, value_name = "WHICH", default_value_t = Isolate::Pdf)]
    pub isolate: Isolate,
}

/// `--isolate`: which files go to worker processes.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Isolate {
    Pdf,
    All,
    None,
}

/// The default of `--max-memory`.
pub const DEFAULT_MAX_MEMORY: &str = "2G";

/// The smallest `--max-memory`: what a worker needs before it reads a file (the program,
/// its stacks, the allocator's first arena).
const MIN_MEMORY: u64 = 256 << 20;

impl LimitArgs {
    pub fn limits(&self) -> Limits {
        Limits {
            timeout: self.timeout,
            max_memory: self.max_memory,
        }
    }

    /// Where each file is converted, as `--isolate` says.
    pub fn converter(&self) -> Result<Converter> {
        let limits = self.limits();
        let workers = match self.isolate {
            Isolate::None => None,
            Isolate::Pdf | Isolate::All => {
                // the running binary itself, even if its file was replaced or deleted since
                // (a rebuild during a long batch)
                let proc_exe = Path::new("/proc/self/exe");
                let exe = if proc_exe.exists() {
                    proc_exe.to_path_buf()
                } else {
                    std::env::current_exe()
                        .context("cannot find the dsx executable to start worker processes")?
                };
                Some(WorkerPool::new(exe, limits))
            }
        };
        Ok(Converter {
            workers,
            all: self.isolate == Isolate::All,
            limits,
        })
    }
}

/// Where a batch converts each file: in a worker process, or in this one.
pub struct Converter {
    workers: Option<WorkerPool>,
    /// Every file goes to a worker, not only PDFs.
    all: bool,
    limits: Limits,
}

impl Converter {
    pub fn convert(&self, path: &Path) -> FileOutcome {
        match self.worker_pool_for(path) {
            Some(pool) => pool.convert(path),
            None => pipeline::process_file_limited(path, &self.options(), self.limits.max_memory),
        }
    }

    /// [`Converter::convert`] for a batch: a file read in this process comes back with
    /// its record's `sha256` still to be computed (see [`pipeline::Converted`]). `read`
    /// is the file's bytes if [`Converter::read_ahead`] read them.
    pub fn convert_unhashed(
        &self,
        path: &Path,
        read: Option<pipeline::ReadAhead>,
    ) -> pipeline::Converted {
        match self.worker_pool_for(path) {
            Some(pool) => pool.convert(path).into(),
            None => {
                let read =
                    read.unwrap_or_else(|| pipeline::read_input(path, self.limits.max_memory));
                pipeline::process_read_unhashed(path, read, &self.options())
            }
        }
    }

    /// A file's bytes, read ahead of its conversion: `None` for a file a worker process
    /// reads.
    pub fn read_ahead(&self, path: &Path) -> Option<pipeline::ReadAhead> {
        match self.worker_pool_for(path) {
            Some(_) => None,
            None => Some(pipeline::read_input(path, self.limits.max_memory)),
        }
    }

    /// The worker processes `path` goes to, if it goes to them.
    fn worker_pool_for(&self, path: &Path) -> Option<&WorkerPool> {
        let pool = self.workers.as_ref()?;
        let pdf = crate::source::format_of(path) == Some(crate::document::SourceFormat::Pdf);
        (self.all || pdf).then_some(pool)
    }

    /// How a file is read in this process.
    fn options(&self) -> SourceOptions {
        SourceOptions {
            timeout: self.limits.timeout,
            ..SourceOptions::default()
        }
    }
}

/// `--timeout`: a positive, finite number of seconds.
fn parse_timeout(s: &str) -> std::result::Result<Duration, String> {
    let expected = "expected a positive number of seconds, e.g. 60 or 0.5";
    let x: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("{expected}; got {s:?}"))?;
    if !x.is_finite() || x <= 0.0 {
        return Err(format!("{expected}; got {s:?}"));
    }
    if x < 0.001 {
        return Err(format!(
            "{s} s is below the resolution of the deadline (0.001 s)"
        ));
    }
    if x > 7.0 * 86_400.0 {
        return Err(format!("{s} s is more than a week; {expected}"));
    }
    Ok(Duration::from_secs_f64(x))
}

/// `--max-memory`: a size in bytes with an optional binary unit (K, M, G, T; `KiB`,
/// `MB` … are read as the same), at least [`MIN_MEMORY`].
fn parse_memory(s: &str) -> std::result::Result<u64, String> {
    let expected = "expected a size such as 512M, 2G or 1.5GiB";
    let t = s.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let x: f64 = num.parse().map_err(|_| format!("{expected}; got {s:?}"))?;
    let unit = unit.trim().to_ascii_lowercase();
    let unit = unit
        .strip_suffix("ib")
        .or_else(|| unit.strip_suffix('b'))
        .unwrap_or(&unit);
    let scale: u64 = match unit {
        "" => 1,
        "k" => 1 << 10,
        "m" => 1 << 20,
        "g" => 1 << 30,
        "t" => 1 << 40,
        _ => return Err(format!("{expected}; unknown unit in {s:?}")),
    };
    let bytes = x * scale as f64;
    if !bytes.is_finite() || bytes >= u64::MAX as f64 {
        return Err(format!("{expected}; got {s:?}"));
    }
    let bytes = bytes as u64;
    if bytes < MIN_MEMORY {
        return Err(format!(
            "{s} is too little: a worker needs at least {} to start",
            human_bytes(MIN_MEMORY)
        ));
    }
    Ok(bytes)
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
    /// Write into DIR (atomic): with json, one DIR/<path>.json per input, its path relative to
    /// the argument it was found under (DIR/pdf/x.pdf.json); with jsonl DIR/records.jsonl;
    /// with csv DIR/properties.csv. Default: JSON Lines on stdout.
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
    #[command(flatten)]
    pub limits: LimitArgs,
    /// CSV: write cells as they are. By default a text cell that begins with `=`, `+`, `-`,
    /// `@`, tab or CR gets a leading `'` so a spreadsheet does not run it as a formula,
    /// and NUL bytes become U+FFFD.
    #[arg(long)]
    pub csv_raw: bool,
    /// Silence stderr except errors.
    #[arg(short, long)]
    pub quiet: bool,
    /// Show progress when stderr is not a terminal (a log, a pipe): plain lines, at most
    /// one a second, and the last one. On a terminal a bar is drawn anyway.
    #[arg(long)]
    pub progress: bool,
    /// List each file's warnings (text decoded lossily, no property found), one line each;
    /// without it they are counted in the summary.
    #[arg(short, long)]
    pub verbose: bool,
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
    if matches!(cli.command, Command::Worker { .. }) {
        pipeline::worker::one_malloc_arena();
    }
    if matches!(
        cli.command,
        Command::Diff(_) | Command::Load(_) | Command::Worker { .. }
    ) {
        // The commands that convert files build their tables beside the first file's
        // conversion, not inside it (`extract` does so on its emitting thread, see
        // `pipeline::run_streaming`). A thread that cannot start changes nothing: each
        // table is then built on first use.
        let _ = std::thread::Builder::new()
            .name("warm-up".into())
            .spawn(crate::warm_up);
    }
    match cli.command {
        Command::Extract(args) => extract(args),
        Command::Diff(args) => diff::run(args),
        Command::Load(args) => load::run(args),
        Command::Text(args) => text::run(args),
        Command::Worker {
            timeout,
            max_memory,
            parent,
        } => {
            let limits = Limits {
                timeout,
                max_memory,
            };
            pipeline::worker::serve(limits, parent).context("worker process")?;
            Ok(ExitCode::SUCCESS)
        }
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

/// The paths of a `--files-from` list, one a line. Lines are raw bytes (a name that is not
/// UTF-8 is a name like any other); spaces and tabs around a line, a CR before its newline
/// and empty lines are dropped.
fn read_list(path: &Path) -> Result<Vec<PathBuf>> {
    let shown = pipeline::display_path(path);
    let mut reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(io::stdin().lock())
    } else {
        Box::new(io::BufReader::new(
            std::fs::File::open(path).with_context(|| format!("cannot open {shown}"))?,
        ))
    };
    let mut out = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = reader
            .read_until(b'\n', &mut line)
            .with_context(|| format!("cannot read {shown}"))?;
        if n == 0 {
            break;
        }
        let t = line.trim_ascii();
        if !t.is_empty() {
            out.push(pipeline::path_from_bytes(t.to_vec()));
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
    // (started before the folders are walked: a new thread spends a while setting up,
    // its allocator's first memory above all, and it does that while this one walks)
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let (mut named, walk_errors) = pipeline::collect_named_inputs(&inputs);
    let format = args.format.unwrap_or(if args.out.is_some() {
        Format::Json
    } else {
        Format::Jsonl
    });
    if args.out.is_some() && format == Format::Json {
        // checked over the whole batch before sharding, so every shard refuses alike
        if let Some((a, b, name)) = crate::sink::stream::name_clashes(&named).first() {
            bail!(
                "{a} and {b} would both be written to {}: -o names a file by its path under \
                 the argument it was found under; give their common folder instead",
                pipeline::display_path(name)
            );
        }
    }
    if let Some((k, n)) = args.shard {
        named.retain(|i| pipeline::in_shard(&i.path, k, n));
    }
    let files: Vec<PathBuf> = named.iter().map(|i| i.path.clone()).collect();
    let converter = args.limits.converter()?;
    let progress = progress::Progress::new(files.len(), args.quiet, args.progress);
    let tick = |_: &FileOutcome| progress.inc();

    let csv_mode = if args.csv_raw {
        CsvMode::Raw
    } else {
        CsvMode::Neutralised
    };
    let mut sink: Box<dyn Sink> = match (&args.out, format) {
        (Some(dir), Format::Json) => Box::new(
            JsonDir::create(dir, &named)
                .with_context(|| format!("cannot create {}", pipeline::display_path(dir)))?,
        ),
        (Some(dir), Format::Jsonl) => {
            create_dir(dir)?;
            Box::new(JsonLinesFile(AtomicFile::create(
                &dir.join("records.jsonl"),
            )?))
        }
        (Some(dir), Format::Csv) => {
            create_dir(dir)?;
            Box::new(CsvFile::create(&dir.join("properties.csv"), csv_mode)?)
        }
        (None, Format::Jsonl) => Box::new(JsonLines(io::BufWriter::new(io::stdout().lock()))),
        (None, Format::Json) => Box::new(JsonPretty(io::BufWriter::new(io::stdout().lock()))),
        (None, Format::Csv) => Box::new(
            Csv::new(io::BufWriter::new(io::stdout().lock()), csv_mode)
                .context("cannot write to stdout")?,
        ),
    };

    // Outcomes stream out in path order; folder-walk errors are merged in by path.
    let mut walk_errors = walk_errors.into_iter().peekable();
    let mut errors: Vec<pipeline::FileError> = Vec::new();
    let mut count = 0usize;
    let mut props = 0usize;
    let quiet = args.quiet;
    let mut warnings = 0usize;
    let mut take = |o: FileOutcome, sink: &mut Box<dyn Sink>| -> io::Result<()> {
        count += 1;
        match &o {
            FileOutcome::Ok(r) => {
                props += r.property_count();
                for d in r
                    .diagnostics
                    .iter()
                    .filter(|d| FILE_WARNINGS.contains(&d.code.as_str()))
                {
                    warnings += 1;
                    if args.verbose && !quiet {
                        progress.println(&format!(
                            "dsx: {}: warning: {}",
                            r.source.path,
                            short_message(&d.message)
                        ));
                    }
                }
            }
            FileOutcome::Err(e) => errors.push(e.clone()),
        }
        sink.write(&o)
    };
    let window = 32 * pool.current_num_threads().max(1);
    let read_ahead = |p: &Path| converter.read_ahead(p);
    let convert = |p: &Path, read| converter.convert_unhashed(p, read);
    let output_context = if args.out.is_some() {
        "output failed"
    } else {
        "cannot write to stdout"
    };
    pipeline::run_streaming(
        &pool,
        &files,
        Some(&read_ahead),
        &convert,
        window,
        &tick,
        &mut |o| {
            while let Some(e) = walk_errors.next_if(|e| e.path.as_str() < o.path()) {
                take(FileOutcome::Err(e), &mut sink)?;
            }
            take(o, &mut sink)
        },
    )
    .context(output_context)?;
    for e in walk_errors {
        take(FileOutcome::Err(e), &mut sink).context(output_context)?;
    }
    sink.finish().context(output_context)?;
    progress.finish();

    let warned = match (warnings, args.verbose) {
        (0, _) => String::new(),
        (n, true) => format!(", {n} warnings"),
        (n, false) => format!(", {n} warnings (--verbose lists them)"),
    };
    let summary = format!(
        "{} files, {} properties, {} errors{warned}, {:.2} s",
        count,
        props,
        errors.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(finish_batch(&errors, args.quiet, &summary))
}

/// Diagnostics about a whole file (its text was decoded lossily, no property was found),
/// counted in the summary and listed with `--verbose`.
const FILE_WARNINGS: [&str; 2] = ["lossy_utf8", "no_properties"];

/// A diagnostic's message without its explanation in parentheses, for a one-line warning.
fn short_message(message: &str) -> &str {
    message.split(" (").next().unwrap_or(message)
}

fn create_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create {}", pipeline::display_path(dir)))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_parse_or_say_why_not() {
        assert_eq!(parse_timeout("60"), Ok(Duration::from_secs(60)));
        assert_eq!(parse_timeout("0.5"), Ok(Duration::from_millis(500)));
        for bad in [
            "0", "-1", "NaN", "inf", "infinity", "", "1e300", "5s", "0.0001",
        ] {
            let e = parse_timeout(bad).expect_err(bad);
            assert!(
                e.contains(bad.trim()) || e.contains("seconds"),
                "{bad}: {e}"
            );
        }
        assert_eq!(parse_memory("512M"), Ok(512 << 20));
        assert_eq!(parse_memory("2G"), Ok(2 << 30));
        assert_eq!(parse_memory("1.5GiB"), Ok(3 << 29));
        assert_eq!(parse_memory("2 gb"), Ok(2 << 30));
        assert_eq!(parse_memory("1073741824"), Ok(1 << 30));
        for bad in ["0", "NaN", "inf", "-1G", "", "1X", "16M", "1e30G", "G"] {
            assert!(parse_memory(bad).is_err(), "{bad}");
        }
        assert!(parse_memory("16M")
            .unwrap_err()
            .contains("at least 256 MiB"));
    }
}
