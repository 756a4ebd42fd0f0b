//! The batch: paths → one outcome per file, in parallel with rayon.
//!
//! Each file is read, structured and normalised inside `catch_unwind`, so a panic in a
//! dependency becomes that file's error and the batch goes on. Outcomes come back sorted
//! by path whatever the number of threads.

use std::hash::{Hash, Hasher};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::record::{Record, Source};
use crate::source::{self, SourceError, SourceOptions};

/// A file that could not be converted: which, what kind of failure, and the message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileError {
    pub path: String,
    pub kind: String,
    pub message: String,
}

/// What came of one input file.
#[derive(Debug, Clone)]
pub enum FileOutcome {
    Ok(Box<Record>),
    Err(FileError),
}

impl FileOutcome {
    pub fn path(&self) -> &str {
        match self {
            FileOutcome::Ok(r) => &r.source.path,
            FileOutcome::Err(e) => &e.path,
        }
    }
}

/// Collect the input files: files as given, folders walked recursively for the formats
/// dsx reads. The result is sorted and free of duplicates.
pub fn collect_inputs(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<FileError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        walk(p, true, &mut files, &mut errors);
    }
    files.sort();
    files.dedup();
    (files, errors)
}

fn walk(p: &Path, explicit: bool, files: &mut Vec<PathBuf>, errors: &mut Vec<FileError>) {
    match std::fs::metadata(p) {
        Ok(m) if m.is_dir() => match std::fs::read_dir(p) {
            Ok(rd) => {
                let mut entries: Vec<PathBuf> =
                    rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
                entries.sort();
                for e in entries {
                    walk(&e, false, files, errors);
                }
            }
            Err(e) => errors.push(FileError {
                path: p.display().to_string(),
                kind: "io".into(),
                message: format!("cannot read folder: {e}"),
            }),
        },
        Ok(_) => {
            if explicit || source::format_of(p).is_some() {
                files.push(p.to_path_buf());
            }
        }
        Err(e) => errors.push(FileError {
            path: p.display().to_string(),
            kind: "io".into(),
            message: format!("cannot read: {e}"),
        }),
    }
}

/// Shard `k` of `n` (1-based) keeps the paths whose hash falls in it. The hash is FNV-1a of
/// the path bytes, stable across runs and machines.
pub fn in_shard(path: &Path, k: u32, n: u32) -> bool {
    struct Fnv(u64);
    impl Hasher for Fnv {
        fn finish(&self) -> u64 {
            self.0
        }
        fn write(&mut self, bytes: &[u8]) {
            for b in bytes {
                self.0 ^= u64::from(*b);
                self.0 = self.0.wrapping_mul(0x100000001b3);
            }
        }
    }
    let mut h = Fnv(0xcbf29ce484222325);
    path.to_string_lossy().as_bytes().hash(&mut h);
    (h.finish() % u64::from(n)) as u32 == k - 1
}

/// Convert one file. Never panics: a panic inside becomes a `panic` error.
pub fn process_file(path: &Path, opts: &SourceOptions) -> FileOutcome {
    match std::fs::read(path) {
        Ok(bytes) => process_bytes(path, &bytes, opts),
        Err(e) => {
            let e = SourceError::from(e);
            FileOutcome::Err(FileError {
                path: path.display().to_string(),
                kind: e.kind().to_string(),
                message: e.to_string(),
            })
        }
    }
}

/// Convert bytes already read. Never panics: a panic inside becomes a `panic` error.
pub fn process_bytes(path: &Path, bytes: &[u8], opts: &SourceOptions) -> FileOutcome {
    let shown = path.display().to_string();
    let result = catch_unwind(AssertUnwindSafe(|| convert_bytes(path, bytes, opts)));
    match result {
        Ok(Ok(record)) => FileOutcome::Ok(Box::new(record)),
        Ok(Err(e)) => FileOutcome::Err(FileError {
            path: shown,
            kind: e.kind().to_string(),
            message: e.to_string(),
        }),
        Err(panic) => FileOutcome::Err(FileError {
            path: shown,
            kind: "panic".into(),
            message: format!("internal error while converting: {}", panic_message(&panic)),
        }),
    }
}

/// The text of a caught panic payload.
pub fn panic_message(p: &Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// Convert bytes already in memory (used by `process_file`, tests and benches).
pub fn convert_bytes(
    path: &Path,
    bytes: &[u8],
    opts: &SourceOptions,
) -> Result<Record, SourceError> {
    let doc = source::read(path, bytes, opts)?;
    let structured = crate::structure::build(&doc);
    let source = Source {
        path: path.display().to_string(),
        format: match doc.format {
            crate::document::SourceFormat::Markdown => "markdown".into(),
            crate::document::SourceFormat::Pdf => "pdf".into(),
        },
        sha256: sha256_hex(bytes),
        bytes: bytes.len() as u64,
        pages: doc.pages,
    };
    Ok(Record::build(source, doc.diagnostics, structured))
}

/// The sha256 of `bytes` in lower-case hex, as records and the database store it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// Convert files in parallel; `on_done` is called once per finished file (progress).
/// The outcomes are sorted by path.
///
/// Work is handed out largest file first, one file at a time (`par_bridge` pulls from a
/// shared queue), so a big PDF near the end of the alphabet does not run alone while the
/// other threads idle.
pub fn run(
    files: &[PathBuf],
    opts: &SourceOptions,
    on_done: &(dyn Fn(&FileOutcome) + Sync),
) -> Vec<FileOutcome> {
    let mut order: Vec<(u64, usize)> = files
        .iter()
        .enumerate()
        .map(|(i, p)| (std::fs::metadata(p).map_or(0, |m| m.len()), i))
        .collect();
    order.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut out: Vec<(usize, FileOutcome)> = order
        .into_iter()
        .par_bridge()
        .map(|(_, i)| {
            let o = process_file(&files[i], opts);
            on_done(&o);
            (i, o)
        })
        .collect();
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, o)| o).collect()
}

/// Convert files in windows of `window` inputs, each window in parallel, and hand every
/// outcome to `emit` in path order as soon as its window is done. While the calling thread
/// emits one window, the pool already converts the next, so writing output never leaves
/// the pool idle. Memory is bounded by two windows, not by the size of the batch.
pub fn run_streaming(
    pool: &rayon::ThreadPool,
    files: &[PathBuf],
    opts: &SourceOptions,
    window: usize,
    on_done: &(dyn Fn(&FileOutcome) + Sync),
    emit: &mut dyn FnMut(FileOutcome) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut chunks = files.chunks(window.max(1));
    let Some(first) = chunks.next() else {
        return Ok(());
    };
    let mut ready = pool.install(|| run(first, opts, on_done));
    for chunk in chunks {
        // An error from `emit` ends the batch once the window in flight is done.
        let (next, emitted) = std::thread::scope(|s| {
            let next = s.spawn(|| pool.install(|| run(chunk, opts, on_done)));
            let emitted = std::mem::take(&mut ready)
                .into_iter()
                .try_for_each(&mut *emit);
            (next.join(), emitted)
        });
        emitted?;
        ready = match next {
            Ok(outcomes) => outcomes,
            Err(panic) => std::panic::resume_unwind(panic),
        };
    }
    ready.into_iter().try_for_each(emit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streaming_in_small_windows_keeps_path_order() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let (files, errors) = collect_inputs(&[dir.join("markdown"), dir.join("invalid")]);
        assert!(errors.is_empty());
        assert!(files.len() > 6);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .expect("pool");
        let mut seen = Vec::new();
        run_streaming(
            &pool,
            &files,
            &SourceOptions::default(),
            3,
            &|_| {},
            &mut |o| {
                seen.push(o.path().to_string());
                Ok(())
            },
        )
        .expect("runs");
        let want: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
        assert_eq!(seen, want);
    }
}
