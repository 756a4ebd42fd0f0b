//! The batch: paths → one outcome per file, in parallel with rayon.
//!
//! Each file is read, structured and normalised inside `catch_unwind`, so a panic in a
//! dependency becomes that file's error and the batch goes on. Outcomes come back sorted
//! by path whatever the number of threads.

use std::hash::{Hash, Hasher};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

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

/// Convert files on `pool` and hand each outcome to `emit` in path order, as soon as it and
/// every file before it are done.
///
/// At most `window` files are being converted or waiting ahead of the next one to emit, so
/// memory stays bounded however large the batch. Within that window each free thread takes
/// the largest file not yet started, so a large file does not run alone at the end while
/// the other threads idle, and there is no barrier between windows: the window slides as
/// files are emitted. `emit` runs on the calling thread while the pool works. An error from
/// `emit` stops the batch once the files in progress are done.
pub fn run_streaming(
    pool: &rayon::ThreadPool,
    files: &[PathBuf],
    opts: &SourceOptions,
    window: usize,
    on_done: &(dyn Fn(&FileOutcome) + Sync),
    emit: &mut dyn FnMut(FileOutcome) -> std::io::Result<()>,
) -> std::io::Result<()> {
    use std::sync::{mpsc, Condvar, Mutex, PoisonError};

    let window = window.max(1);
    let sizes: Vec<u64> = files
        .iter()
        .map(|p| std::fs::metadata(p).map_or(0, |m| m.len()))
        .collect();
    let sched = Mutex::new(Schedule {
        started: vec![false; files.len()],
        first_unstarted: 0,
        next_emit: 0,
        stop: false,
    });
    let wake = Condvar::new();
    // The next file for a worker: the largest unstarted one in the window, waiting while
    // the window is all started; `None` when every file is taken or the batch stopped.
    let claim = || -> Option<usize> {
        let mut s = sched.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if s.stop || s.first_unstarted >= files.len() {
                return None;
            }
            let end = (s.next_emit + window).min(files.len());
            let pick = (s.first_unstarted..end)
                .filter(|&i| !s.started[i])
                .max_by(|&a, &b| sizes[a].cmp(&sizes[b]).then(b.cmp(&a)));
            if let Some(i) = pick {
                s.started[i] = true;
                while s.first_unstarted < files.len() && s.started[s.first_unstarted] {
                    s.first_unstarted += 1;
                }
                return Some(i);
            }
            s = wake.wait(s).unwrap_or_else(PoisonError::into_inner);
        }
    };
    // On unwinding (a panic in `on_done` or in `emit`), stop the batch and wake every
    // waiting worker, so the workers drop their senders, the scope ends and re-raises.
    struct StopOnPanic<'a>(&'a Mutex<Schedule>, &'a Condvar);
    impl Drop for StopOnPanic<'_> {
        fn drop(&mut self) {
            if std::thread::panicking() {
                self.0.lock().unwrap_or_else(PoisonError::into_inner).stop = true;
                self.1.notify_all();
            }
        }
    }
    let (sched, wake) = (&sched, &wake);
    let (tx, rx) = mpsc::channel::<(usize, FileOutcome)>();
    std::thread::scope(|scope| {
        let _stop = StopOnPanic(sched, wake);
        scope.spawn(move || {
            pool.broadcast(|_| {
                let tx = tx.clone();
                let _stop = StopOnPanic(sched, wake);
                while let Some(i) = claim() {
                    let o = process_file(&files[i], opts);
                    on_done(&o);
                    if tx.send((i, o)).is_err() {
                        break;
                    }
                }
            });
            // `tx` drops here: once every worker is done, `rx` reports the end.
        });
        let mut pending: std::collections::BTreeMap<usize, FileOutcome> = Default::default();
        let mut next = 0;
        for (i, o) in rx.iter() {
            pending.insert(i, o);
            while let Some(o) = pending.remove(&next) {
                let result = emit(o);
                next += 1;
                // the window moves on only once the outcome is out
                let mut s = sched.lock().unwrap_or_else(PoisonError::into_inner);
                s.next_emit = next;
                s.stop |= result.is_err();
                drop(s);
                wake.notify_all();
                result?;
            }
        }
        Ok(())
    })
}

/// Which files of a streaming batch are taken, and how far output has got.
struct Schedule {
    started: Vec<bool>,
    /// Every file before this one is started.
    first_unstarted: usize,
    /// The next file to hand to `emit`.
    next_emit: usize,
    /// `emit` failed: start no more files.
    stop: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture_files() -> Vec<PathBuf> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let (files, _) = collect_inputs(&[dir.join("markdown"), dir.join("invalid")]);
        files
    }

    #[test]
    fn streaming_never_gets_more_than_a_window_ahead_of_output() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let files = fixture_files();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .expect("pool");
        let window = 2;
        let done = AtomicUsize::new(0);
        let mut emitted = 0;
        let mut most_ahead = 0;
        run_streaming(
            &pool,
            &files,
            &SourceOptions::default(),
            window,
            &|_| {
                done.fetch_add(1, Ordering::SeqCst);
            },
            &mut |_| {
                // finished but not yet emitted, this one included
                most_ahead = most_ahead.max(done.load(Ordering::SeqCst) - emitted);
                emitted += 1;
                Ok(())
            },
        )
        .expect("runs");
        assert_eq!(emitted, files.len());
        assert!(
            (1..=window).contains(&most_ahead),
            "{most_ahead} files done ahead of output with a window of {window}"
        );
    }

    #[test]
    fn an_output_error_stops_the_batch() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let files = fixture_files();
        assert!(files.len() > 6);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .expect("pool");
        let done = AtomicUsize::new(0);
        let mut emitted = 0;
        let err = run_streaming(
            &pool,
            &files,
            &SourceOptions::default(),
            2,
            &|_| {
                done.fetch_add(1, Ordering::SeqCst);
            },
            &mut |_| {
                emitted += 1;
                Err(std::io::Error::other("disk full"))
            },
        )
        .expect_err("the output error comes back");
        assert_eq!(err.to_string(), "disk full");
        assert_eq!(emitted, 1, "nothing is emitted after the error");
        // the files in progress finish; no new one starts
        assert!(done.load(Ordering::SeqCst) <= 1 + 2, "{done:?}");
    }

    /// Run `f` on its own thread: `None` if it never returns (a deadlock; the limit is far
    /// above any run time, it only keeps a hang from stalling the suite), else whether it
    /// panicked.
    fn finishes<F: FnOnce() + Send + 'static>(f: F) -> Option<std::thread::Result<()>> {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(std::panic::catch_unwind(AssertUnwindSafe(f)));
        });
        rx.recv_timeout(std::time::Duration::from_secs(120)).ok()
    }

    #[test]
    fn a_panic_in_progress_or_output_reaches_the_caller() {
        let on_done_panics = finishes(|| {
            let files = fixture_files();
            let first = files[0].display().to_string();
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(2)
                .build()
                .expect("pool");
            let on_done = |o: &FileOutcome| assert_ne!(o.path(), first, "progress failed");
            let _ = run_streaming(
                &pool,
                &files,
                &SourceOptions::default(),
                2,
                &on_done,
                &mut |_| Ok(()),
            );
        });
        assert!(matches!(on_done_panics, Some(Err(_))), "{on_done_panics:?}");
        let emit_panics = finishes(|| {
            let files = fixture_files();
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(2)
                .build()
                .expect("pool");
            let _ = run_streaming(
                &pool,
                &files,
                &SourceOptions::default(),
                2,
                &|_| {},
                &mut |_| panic!("stderr closed"),
            );
        });
        assert!(matches!(emit_panics, Some(Err(_))), "{emit_panics:?}");
    }

    #[test]
    fn streaming_keeps_every_file_in_path_order() {
        // (threads, window, files): small windows, one-file windows, more threads than
        // files, no files
        for (threads, window, n) in [
            (2, 3, usize::MAX),
            (1, 1, usize::MAX),
            (4, 1, usize::MAX),
            (8, 3, 2),
            (3, 5, 0),
            (2, 0, usize::MAX),
        ] {
            let files: Vec<PathBuf> = fixture_files().into_iter().take(n).collect();
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .expect("pool");
            let mut seen = Vec::new();
            run_streaming(
                &pool,
                &files,
                &SourceOptions::default(),
                window,
                &|_| {},
                &mut |o| {
                    seen.push(o.path().to_string());
                    Ok(())
                },
            )
            .expect("runs");
            let want: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
            assert_eq!(seen, want, "{threads} threads, window {window}");
        }
    }
}
