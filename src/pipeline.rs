//! The batch: paths → one outcome per file, in parallel with rayon.
//!
//! Each file is read, structured and normalised inside `catch_unwind`, so a panic in a
//! dependency becomes that file's error and the batch goes on. What `catch_unwind` cannot
//! catch (a stack overflow, an abort, an allocation or a loop that never ends) needs a
//! process boundary: [`worker`] runs each file in a worker process with its own limits.
//! Outcomes come back sorted by path whatever the number of threads.

pub mod worker;

use std::hash::Hasher;
use std::io::Read;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::record::{Record, Source};
use crate::source::{self, SourceError, SourceOptions};

/// A file that could not be converted: which, what kind of failure, and the message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileError {
    pub path: String,
    pub kind: String,
    pub message: String,
}

impl FileError {
    fn new(path: &Path, kind: &str, message: String) -> Self {
        FileError {
            path: display_path(path),
            kind: kind.into(),
            message,
        }
    }
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

/// A path as records and error lines print it: UTF-8 as it is, a backslash doubled, and
/// each byte that is not UTF-8 as `\xHH`, so two names that differ only in such bytes stay
/// apart and [`path_from_display`] maps the text back to the raw path.
pub fn display_path(path: &Path) -> String {
    use std::fmt::Write;
    let bytes = path_bytes(path);
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        if valid.contains('\\') {
            out.push_str(&valid.replace('\\', "\\\\"));
        } else {
            out.push_str(valid);
        }
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02X}");
        }
    }
    out
}

/// The raw path a [`display_path`] text stands for (`None` if it is not such a text).
pub fn path_from_display(text: &str) -> Option<PathBuf> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        if b != b'\\' {
            bytes.push(b);
            rest = tail;
            continue;
        }
        match tail {
            [b'\\', more @ ..] => {
                bytes.push(b'\\');
                rest = more;
            }
            [b'x', h, l, more @ ..] => {
                let hex = std::str::from_utf8(&[*h, *l]).ok()?.to_owned();
                bytes.push(u8::from_str_radix(&hex, 16).ok()?);
                rest = more;
            }
            _ => return None,
        }
    }
    Some(path_from_bytes(bytes))
}

#[cfg(unix)]
fn path_bytes(path: &Path) -> &[u8] {
    use std::os::unix::ffi::OsStrExt;
    path.as_os_str().as_bytes()
}

#[cfg(not(unix))]
fn path_bytes(path: &Path) -> &[u8] {
    path.as_os_str().as_encoded_bytes()
}

/// A path from raw bytes (a `--files-from` line).
#[cfg(unix)]
pub fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    PathBuf::from(std::ffi::OsString::from_vec(bytes))
}

/// A path from raw bytes (a `--files-from` line).
#[cfg(not(unix))]
pub fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
}

/// Collect the input files: files as given, folders walked recursively for the formats
/// dsx reads. Only regular files are taken (a FIFO or a device would block or never end);
/// symbolic links are followed, but a folder reached twice (a link loop, a link back up
/// the tree) is walked once. The result is sorted and free of duplicates.
pub fn collect_inputs(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<FileError>) {
    let (inputs, errors) = collect_named_inputs(paths);
    (inputs.into_iter().map(|i| i.path).collect(), errors)
}

/// An input file and its name relative to the argument it was found under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub path: PathBuf,
    /// `pdf/x.pdf` for `fixtures/pdf/x.pdf` found under the argument `fixtures/`; the file
    /// name for a file named directly (`x.pdf` for the argument `fixtures/pdf/x.pdf`).
    pub relative: PathBuf,
}

/// [`collect_inputs`], with each file's name relative to the argument it was found under
/// (the first such argument when two reach the same file), and the same for the paths of
/// the errors, so that `-o DIR` can name and clean an output from the input path alone.
pub fn collect_named_inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<FileError>) {
    let mut walk = Walk::default();
    for p in paths {
        walk.visit(p, p, true);
    }
    // stable: of two arguments reaching one file, the first one's name stays
    walk.files.sort_by(|a, b| a.path.cmp(&b.path));
    walk.files.dedup_by(|a, b| a.path == b.path);
    (walk.files, walk.errors)
}

/// The name of `p` relative to the argument `root` it was found under.
fn relative_name(root: &Path, p: &Path) -> PathBuf {
    match p.strip_prefix(root) {
        Ok(rel) if rel.file_name().is_some() => rel.to_path_buf(),
        _ => PathBuf::from(p.file_name().unwrap_or(std::ffi::OsStr::new("record"))),
    }
}

/// Files a folder walk passes over: a folder's own notes, not datasheets. A file named
/// directly is still read.
fn is_folder_note(p: &Path) -> bool {
    let Some(name) = p.file_name() else {
        return false;
    };
    let name = path_bytes(Path::new(name));
    ["readme", "license", "licence", "changelog"]
        .iter()
        .any(|w| name.len() >= w.len() && name[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
}

#[derive(Default)]
struct Walk {
    files: Vec<Input>,
    errors: Vec<FileError>,
    /// Folders walked so far, by device and inode.
    seen_dirs: std::collections::HashSet<(u64, u64)>,
}

impl Walk {
    fn visit(&mut self, root: &Path, p: &Path, explicit: bool) {
        let m = match std::fs::metadata(p) {
            Ok(m) => m,
            Err(e) => {
                // a dangling link met in a folder is not an input
                let dangling = !explicit
                    && std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink());
                if !dangling {
                    self.errors
                        .push(FileError::new(p, "io", format!("cannot read: {e}")));
                }
                return;
            }
        };
        if m.is_dir() {
            if !self.seen_dirs.insert(dir_id(&m)) {
                return;
            }
            match std::fs::read_dir(p) {
                Ok(rd) => {
                    // (whether the folder's listing says an entry is a plain file: then it
                    // needs no metadata call of its own, one system call per file fewer)
                    let mut entries: Vec<(PathBuf, bool)> = rd
                        .filter_map(|e| {
                            let e = e.ok()?;
                            let file = e.file_type().is_ok_and(|t| t.is_file());
                            Some((e.path(), file))
                        })
                        .collect();
                    entries.sort();
                    for (e, file) in entries {
                        if file {
                            self.found_file(root, &e, false);
                        } else {
                            self.visit(root, &e, false);
                        }
                    }
                }
                Err(e) => {
                    self.errors
                        .push(FileError::new(p, "io", format!("cannot read folder: {e}")))
                }
            }
            return;
        }
        if m.is_file() {
            self.found_file(root, p, explicit);
        } else if explicit || (source::format_of(p).is_some() && !is_folder_note(p)) {
            self.errors.push(not_a_file(p, &m));
        }
    }

    /// A regular file: an input if it was named or has a datasheet's extension.
    fn found_file(&mut self, root: &Path, p: &Path, explicit: bool) {
        if explicit || (source::format_of(p).is_some() && !is_folder_note(p)) {
            self.files.push(Input {
                path: p.to_path_buf(),
                relative: relative_name(root, p),
            });
        }
    }
}

#[cfg(unix)]
fn dir_id(m: &std::fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (m.dev(), m.ino())
}

#[cfg(not(unix))]
fn dir_id(_: &std::fs::Metadata) -> (u64, u64) {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    (0, NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
}

fn not_a_file(p: &Path, m: &std::fs::Metadata) -> FileError {
    #[cfg(unix)]
    let what = {
        use std::os::unix::fs::FileTypeExt;
        let t = m.file_type();
        if t.is_fifo() {
            "a FIFO (named pipe)"
        } else if t.is_char_device() {
            "a character device"
        } else if t.is_block_device() {
            "a block device"
        } else if t.is_socket() {
            "a socket"
        } else {
            "not a regular file"
        }
    };
    #[cfg(not(unix))]
    let what = {
        let _ = m;
        "not a regular file"
    };
    FileError::new(
        p,
        "not_a_file",
        format!("expected a regular file, found {what}: not read"),
    )
}

/// Shard `k` of `n` (1-based) keeps the paths whose hash falls in it. The hash is FNV-1a of
/// the raw path bytes, stable across runs and machines.
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
    // the same hash as before for UTF-8 paths (`Hash` of the byte slice)
    std::hash::Hash::hash(path_bytes(path), &mut h);
    (h.finish() % u64::from(n)) as u32 == k - 1
}

/// Read an input file's bytes, refusing what is not a regular file (opened without
/// blocking, checked on the open handle) and files larger than `max_bytes`.
pub fn read_input(path: &Path, max_bytes: u64) -> Result<Vec<u8>, FileError> {
    let io_error = |e: std::io::Error| {
        let e = SourceError::from(e);
        FileError::new(path, e.kind(), e.to_string())
    };
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // a FIFO would block in open() until a writer comes
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(io_error)?;
    let m = file.metadata().map_err(io_error)?;
    if !m.is_file() {
        return Err(not_a_file(path, &m));
    }
    if m.len() > max_bytes {
        return Err(FileError::new(
            path,
            "memory_limit",
            format!(
                "the file is {} bytes, more than the memory allowed for one file ({} bytes)",
                m.len(),
                max_bytes
            ),
        ));
    }
    let mut bytes = Vec::with_capacity(m.len() as usize);
    // the file may grow while it is read: never past the limit
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > max_bytes {
        return Err(FileError::new(
            path,
            "memory_limit",
            format!("the file grew past the memory allowed for one file ({max_bytes} bytes) while it was read"),
        ));
    }
    Ok(bytes)
}

/// A file's outcome as a batch worker hands it over: the record may still lack its
/// `sha256`, which [`Converted::finish`] computes from the bytes kept for it. The hash
/// changes nothing in the conversion, so the thread that emits the records computes it,
/// not the one that converts them: with one converting thread that thread is the batch's
/// critical path, and the emitting one mostly waits.
pub struct Converted {
    outcome: FileOutcome,
    /// The bytes the record was converted from, while its `sha256` is still to be filled
    /// in.
    unhashed: Option<Vec<u8>>,
}

impl Converted {
    /// The outcome so far (a record's `sha256` may still be empty).
    pub fn outcome(&self) -> &FileOutcome {
        &self.outcome
    }

    /// The finished outcome: a record's `sha256` is that of its file's bytes.
    pub fn finish(self) -> FileOutcome {
        match (self.outcome, self.unhashed) {
            (FileOutcome::Ok(mut r), Some(bytes)) => {
                r.source.sha256 = sha256_hex(&bytes);
                FileOutcome::Ok(r)
            }
            (outcome, _) => outcome,
        }
    }
}

impl From<FileOutcome> for Converted {
    fn from(outcome: FileOutcome) -> Self {
        Converted {
            outcome,
            unhashed: None,
        }
    }
}

/// [`process_file_limited`], leaving the record's `sha256` to [`Converted::finish`].
pub fn process_file_unhashed(path: &Path, opts: &SourceOptions, max_bytes: u64) -> Converted {
    process_read_unhashed(path, read_input(path, max_bytes), opts)
}

/// [`process_file_unhashed`] of a file already read (the result of [`read_input`]).
pub fn process_read_unhashed(path: &Path, read: ReadAhead, opts: &SourceOptions) -> Converted {
    let bytes = match read {
        Ok(bytes) => bytes,
        Err(e) => return FileOutcome::Err(e).into(),
    };
    let outcome = process_unhashed(path, &bytes, opts);
    let unhashed = matches!(outcome, FileOutcome::Ok(_)).then_some(bytes);
    Converted { outcome, unhashed }
}

/// Convert one file. Never panics: a panic inside becomes a `panic` error.
pub fn process_file(path: &Path, opts: &SourceOptions) -> FileOutcome {
    process_file_limited(path, opts, u64::MAX)
}

/// Convert one file of at most `max_bytes`. Never panics: a panic inside becomes a `panic`
/// error.
pub fn process_file_limited(path: &Path, opts: &SourceOptions, max_bytes: u64) -> FileOutcome {
    match read_input(path, max_bytes) {
        Ok(bytes) => process_bytes(path, &bytes, opts),
        Err(e) => FileOutcome::Err(e),
    }
}

/// Convert bytes already read. Never panics: a panic inside becomes a `panic` error.
pub fn process_bytes(path: &Path, bytes: &[u8], opts: &SourceOptions) -> FileOutcome {
    let mut outcome = process_unhashed(path, bytes, opts);
    if let FileOutcome::Ok(r) = &mut outcome {
        r.source.sha256 = sha256_hex(bytes);
    }
    outcome
}

/// [`process_bytes`] with the record's `sha256` left empty.
fn process_unhashed(path: &Path, bytes: &[u8], opts: &SourceOptions) -> FileOutcome {
    let shown = display_path(path);
    let result = catch_unwind(AssertUnwindSafe(|| convert_unhashed(path, bytes, opts)));
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
    let mut record = convert_unhashed(path, bytes, opts)?;
    record.source.sha256 = sha256_hex(bytes);
    Ok(record)
}

/// [`convert_bytes`] with the record's `sha256` left empty.
fn convert_unhashed(
    path: &Path,
    bytes: &[u8],
    opts: &SourceOptions,
) -> Result<Record, SourceError> {
    let doc = source::read(path, bytes, opts)?;
    let mut structured = crate::structure::build(&doc);
    crate::structure::name_item(path, &doc, &mut structured);
    let source = Source {
        path: display_path(path),
        format: match doc.format {
            crate::document::SourceFormat::Markdown => "markdown".into(),
            crate::document::SourceFormat::Pdf => "pdf".into(),
        },
        sha256: String::new(),
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
/// files are emitted. A pool of one thread takes the files in path order instead: there is
/// no other thread to idle, and each outcome can go out while the next file is converted
/// (largest first would hold finished records back until the smaller files before them
/// are done, and leave their output to the end). `emit` runs on the calling thread while
/// the pool works. An error from `emit` stops the batch once the files in progress are
/// done. `convert` may return a [`Converted`] whose record's `sha256` is still to be
/// computed: that is done here on the calling thread, before `emit`; `on_done` sees the
/// outcome before it.
///
/// With one converting thread, the calling thread also reads files ahead of it with
/// `read_ahead` (see [`ReadFile`]) between its turns at emitting; `convert` gets a file's
/// bytes so read, or `None` to read the file itself.
pub fn run_streaming<C: Into<Converted>>(
    pool: &rayon::ThreadPool,
    files: &[PathBuf],
    read_ahead: Option<&ReadFile<'_>>,
    convert: &(dyn Fn(&Path, Option<ReadAhead>) -> C + Sync),
    window: usize,
    on_done: &(dyn Fn(&FileOutcome) + Sync),
    emit: &mut dyn FnMut(FileOutcome) -> std::io::Result<()>,
) -> std::io::Result<()> {
    use std::sync::{Condvar, Mutex, PoisonError};

    let window = window.max(1);
    let largest_first = pool.current_num_threads() > 1;
    // (only a pool of several threads orders by size)
    let sizes: Vec<u64> = if largest_first {
        files
            .iter()
            .map(|p| std::fs::metadata(p).map_or(0, |m| m.len()))
            .collect()
    } else {
        Vec::new()
    };
    let sched = Mutex::new(Schedule {
        started: vec![false; files.len()],
        first_unstarted: 0,
        next_emit: 0,
        stop: false,
        waiting: 0,
        ahead: Default::default(),
    });
    let wake = Condvar::new();
    // The next file for a worker: the largest unstarted one in the window, waiting while
    // the window is all started, whether it was the last file to start, and its bytes if
    // they were read ahead; `None` when every file is taken or the batch stopped.
    // `before_wait` runs (unlocked) before the worker first waits.
    let claim = |before_wait: &dyn Fn()| -> Option<(usize, bool, Option<ReadAhead>)> {
        let mut s = sched.lock().unwrap_or_else(PoisonError::into_inner);
        let mut warned = false;
        loop {
            if s.stop || s.first_unstarted >= files.len() {
                return None;
            }
            let end = (s.next_emit + window).min(files.len());
            let pick = if largest_first {
                (s.first_unstarted..end)
                    .filter(|&i| !s.started[i])
                    .max_by(|&a, &b| sizes[a].cmp(&sizes[b]).then(b.cmp(&a)))
            } else {
                Some(s.first_unstarted).filter(|&i| i < end)
            };
            if let Some(i) = pick {
                s.started[i] = true;
                while s.first_unstarted < files.len() && s.started[s.first_unstarted] {
                    s.first_unstarted += 1;
                }
                // (a file still being read ahead is read by the worker, and the bytes
                // read ahead are dropped)
                let read = s.ahead.remove(&i).flatten();
                return Some((i, s.first_unstarted >= files.len(), read));
            }
            if !warned {
                warned = true;
                drop(s);
                before_wait();
                s = sched.lock().unwrap_or_else(PoisonError::into_inner);
                continue;
            }
            s.waiting += 1;
            s = wake.wait(s).unwrap_or_else(PoisonError::into_inner);
            s.waiting -= 1;
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
    // Finished outcomes wait here for the calling thread. A worker wakes it only once
    // several are waiting, some time has passed, or the worker is about to wait or stop:
    // waking a sleeping thread costs a system call and, on another CPU, an interrupt, and
    // a wake per file was about 4 % of a batch of small Markdown files.
    let done = Mutex::new(Done::default());
    let ready = Condvar::new();
    let (done, ready) = (&done, &ready);
    let hand_over = |force: bool| {
        let mut d = done.lock().unwrap_or_else(PoisonError::into_inner);
        if d.waiting && (force || d.due()) {
            d.waiting = false;
            d.last_wake = std::time::Instant::now();
            drop(d);
            ready.notify_one();
        }
    };
    // The calling thread emits while the pool's threads convert: no thread of its own is
    // started to wait for the pool (a thread costs its stack and the allocator's memory for
    // it, and in a short batch that is felt).
    pool.in_place_scope(|scope| {
        let _stop = StopOnPanic(sched, wake);
        done.lock().unwrap_or_else(PoisonError::into_inner).workers = pool.current_num_threads();
        scope.spawn_broadcast(move |_, _| {
            // (also on unwinding: the calling thread must not wait for this worker)
            let _end = WorkerEnd(done, ready);
            let _stop = StopOnPanic(sched, wake);
            // (about to wait for the window: what is finished goes out first)
            while let Some((i, last, read)) = claim(&|| hand_over(true)) {
                if last {
                    // what is finished goes out while the last files convert, not after
                    hand_over(true);
                }
                let o: Converted = convert(&files[i], read).into();
                on_done(o.outcome());
                done.lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .outcomes
                    .push((i, o));
                hand_over(false);
            }
        });
        // Until the first file is converted this thread has nothing to emit: it builds the
        // shared tables meanwhile, so the first file does not wait for all of them (a table
        // a worker reaches first is built there). With no file there is nothing to build
        // them for.
        if !files.is_empty() {
            crate::warm_up();
        }
        let read_ahead = read_ahead.filter(|_| !largest_first);
        let read_next = || {
            if let Some(read) = read_ahead {
                read_next(sched, files, window, read);
            }
        };
        read_next();
        let mut pending: std::collections::BTreeMap<usize, Converted> = Default::default();
        let mut taken = Vec::new();
        let mut next = 0;
        loop {
            let finished = {
                let mut d = done.lock().unwrap_or_else(PoisonError::into_inner);
                while d.outcomes.is_empty() && d.workers > 0 {
                    d.waiting = true;
                    d = ready.wait(d).unwrap_or_else(PoisonError::into_inner);
                }
                d.waiting = false;
                std::mem::swap(&mut d.outcomes, &mut taken);
                d.workers == 0
            };
            for (i, o) in taken.drain(..) {
                pending.insert(i, o);
            }
            // (before emitting: the worker has just taken its next file)
            read_next();
            while let Some(o) = pending.remove(&next) {
                let result = emit(o.finish());
                next += 1;
                // the window moves on only once the outcome is out
                let mut s = sched.lock().unwrap_or_else(PoisonError::into_inner);
                s.next_emit = next;
                s.stop |= result.is_err();
                let waiters = s.waiting > 0;
                drop(s);
                if waiters {
                    wake.notify_all();
                }
                result?;
            }
            // (no worker left: nothing more can arrive)
            if finished {
                break;
            }
        }
        Ok(())
    })
}

/// A file's bytes as [`read_input`] gave them, read ahead of the converting thread.
pub type ReadAhead = Result<Vec<u8>, FileError>;

/// Reads a file ahead of its conversion, or `None` for a file the converter reads itself.
pub type ReadFile<'a> = dyn Fn(&Path) -> Option<ReadAhead> + 'a;

/// How many files the emitting thread reads ahead of a single converting thread: the
/// files it converts until the next group of outcomes wakes the emitting thread.
const READ_AHEAD_FILES: usize = 2 * HAND_OVER_GROUP;
/// ...and no more once the bytes read ahead and not yet taken are this many.
const READ_AHEAD_BYTES: usize = 8 << 20;

/// Read ahead of a single converting thread: the files after the one it is about to take,
/// within the window, that are neither started nor read ahead yet. Each is marked as being
/// read first; a file the worker takes meanwhile is read by the worker, and what was read
/// here is dropped.
fn read_next(
    sched: &std::sync::Mutex<Schedule>,
    files: &[PathBuf],
    window: usize,
    read: &ReadFile<'_>,
) {
    use std::sync::PoisonError;
    let lock = || sched.lock().unwrap_or_else(PoisonError::into_inner);
    let (from, end) = {
        let s = lock();
        let from = s.first_unstarted + 1;
        (
            from,
            (s.next_emit + window)
                .min(from + READ_AHEAD_FILES)
                .min(files.len()),
        )
    };
    for (i, path) in files.iter().enumerate().take(end).skip(from) {
        {
            let mut s = lock();
            if s.stop || s.started[i] || s.ahead.contains_key(&i) {
                continue;
            }
            let held: usize = s
                .ahead
                .values()
                .flatten()
                .map(|r| r.as_ref().map_or(0, Vec::len))
                .sum();
            if held >= READ_AHEAD_BYTES {
                return;
            }
            s.ahead.insert(i, None);
        }
        let bytes = read(path);
        let mut s = lock();
        if s.started[i] {
            continue;
        }
        match bytes {
            Some(bytes) => s.ahead.insert(i, Some(bytes)),
            None => s.ahead.remove(&i),
        };
    }
}

/// Quick outcomes go to the emitting thread this many at a time...
const HAND_OVER_GROUP: usize = 8;
/// ...or once this long has passed since it was last woken, so that output from slow files
/// is not held back.
const HAND_OVER_AFTER: std::time::Duration = std::time::Duration::from_millis(5);

/// Outcomes finished by the workers and not yet taken by the emitting thread.
struct Done {
    outcomes: Vec<(usize, Converted)>,
    /// Workers still running.
    workers: usize,
    /// The emitting thread sleeps until woken.
    waiting: bool,
    last_wake: std::time::Instant,
}

impl Default for Done {
    fn default() -> Self {
        Done {
            outcomes: Vec::new(),
            workers: 0,
            waiting: false,
            last_wake: std::time::Instant::now(),
        }
    }
}

impl Done {
    /// Outcomes to hand over without a worker having to wait or stop: several are waiting,
    /// or the emitting thread was last woken long enough ago for a reader of the output to
    /// notice.
    fn due(&self) -> bool {
        self.outcomes.len() >= HAND_OVER_GROUP || self.last_wake.elapsed() >= HAND_OVER_AFTER
    }
}

/// A worker leaving (done, stopped or unwinding): the emitting thread is woken, so it
/// does not wait for outcomes that will not come.
struct WorkerEnd<'a>(&'a std::sync::Mutex<Done>, &'a std::sync::Condvar);
impl Drop for WorkerEnd<'_> {
    fn drop(&mut self) {
        let mut d = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        d.workers = d.workers.saturating_sub(1);
        drop(d);
        self.1.notify_one();
    }
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
    /// Workers waiting for the window to move.
    waiting: usize,
    /// Files read ahead of a single converting thread, by index; `None` while being read.
    ahead: std::collections::BTreeMap<usize, Option<ReadAhead>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printed_paths_keep_raw_bytes_apart_and_map_back() {
        for (raw, shown) in [
            (&b"a/b.md"[..], "a/b.md"),
            (b"caf\xc3\xa9.md", "café.md"),
            (b"x\xff.pdf", "x\\xFF.pdf"),
            (b"x\xfe.pdf", "x\\xFE.pdf"),
            (b"back\\slash\\xFF.md", "back\\\\slash\\\\xFF.md"),
            (b"\xc3(", "\\xC3("),
        ] {
            let path = path_from_bytes(raw.to_vec());
            assert_eq!(display_path(&path), shown, "{raw:?}");
            assert_eq!(path_from_display(shown), Some(path), "{shown}");
        }
        assert_eq!(path_from_display("trailing\\"), None);
        assert_eq!(path_from_display("bad\\xZZ"), None);
    }

    #[test]
    fn the_walk_takes_regular_files_once_and_ends() {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        std::fs::write(d.join("a.md"), "# A\n").expect("write");
        std::fs::create_dir(d.join("sub")).expect("mkdir");
        std::fs::write(d.join("sub/b.md"), "# B\n").expect("write");
        // a loop to itself, a loop between two folders, a link to a device, a dangling link
        std::os::unix::fs::symlink(".", d.join("self")).expect("symlink");
        std::os::unix::fs::symlink("..", d.join("sub/up")).expect("symlink");
        std::os::unix::fs::symlink("/dev/zero", d.join("zero.md")).expect("symlink");
        std::os::unix::fs::symlink("nowhere.md", d.join("dangling.md")).expect("symlink");
        let fifo = std::ffi::CString::new(d.join("pipe.pdf").as_os_str().as_encoded_bytes())
            .expect("path");
        // SAFETY: mkfifo reads the NUL-terminated path only.
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
        let (files, errors) = collect_inputs(&[d.to_path_buf()]);
        assert_eq!(files, [d.join("a.md"), d.join("sub/b.md")]);
        let kinds: Vec<(String, String)> = errors
            .iter()
            .map(|e| {
                (
                    e.path.rsplit('/').next().unwrap_or("").to_string(),
                    e.kind.clone(),
                )
            })
            .collect();
        assert_eq!(
            kinds,
            [
                ("pipe.pdf".to_string(), "not_a_file".to_string()),
                ("zero.md".to_string(), "not_a_file".to_string())
            ]
        );
        // named explicitly, a FIFO is refused without blocking, in the walk and when read
        let (files, errors) = collect_inputs(&[d.join("pipe.pdf")]);
        assert!(files.is_empty());
        assert_eq!(errors[0].kind, "not_a_file");
        let read = read_input(&d.join("pipe.pdf"), u64::MAX).expect_err("not a file");
        assert_eq!(read.kind, "not_a_file");
        let big = read_input(&d.join("a.md"), 2).expect_err("too large");
        assert_eq!(big.kind, "memory_limit");
    }

    #[test]
    fn names_are_relative_to_the_argument_a_file_was_found_under() {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        std::fs::create_dir_all(d.join("pdf")).expect("mkdir");
        for f in ["pdf/x.pdf", "x.md"] {
            std::fs::write(d.join(f), b"x").expect("write");
        }
        let (named, _) = collect_named_inputs(&[d.to_path_buf(), d.join("pdf/x.pdf")]);
        let names: Vec<(PathBuf, PathBuf)> =
            named.into_iter().map(|i| (i.path, i.relative)).collect();
        assert_eq!(
            names,
            [
                (d.join("pdf/x.pdf"), PathBuf::from("pdf/x.pdf")),
                (d.join("x.md"), PathBuf::from("x.md")),
            ],
            "found first under the folder, named from there"
        );
        let (named, _) = collect_named_inputs(&[d.join("pdf/x.pdf")]);
        assert_eq!(named[0].relative, Path::new("x.pdf"), "named directly");
    }

    fn fixture_files() -> Vec<PathBuf> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let (files, _) = collect_inputs(&[dir.join("markdown"), dir.join("invalid")]);
        files
    }

    /// Streams the fixtures with `threads` workers, a window of `window` and `convert`;
    /// returns how many outcomes were emitted and the most that were finished but not yet
    /// emitted (the one being emitted included) at any one time.
    fn stream_ahead(
        threads: usize,
        window: usize,
        convert: &(dyn Fn(&Path) -> FileOutcome + Sync),
    ) -> (usize, usize) {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        let done = AtomicUsize::new(0);
        let mut emitted = 0;
        let mut most_ahead = 0;
        run_streaming(
            &pool,
            &fixture_files(),
            None,
            &|p: &Path, _| convert(p),
            window,
            &|_| {
                done.fetch_add(1, Ordering::SeqCst);
            },
            &mut |_| {
                most_ahead = most_ahead.max(done.load(Ordering::SeqCst) - emitted);
                emitted += 1;
                Ok(())
            },
        )
        .expect("runs");
        (emitted, most_ahead)
    }

    #[test]
    fn streaming_never_gets_more_than_a_window_ahead_of_output() {
        let window = 2;
        let (emitted, most_ahead) = stream_ahead(3, window, &|p: &Path| {
            process_file(p, &SourceOptions::default())
        });
        assert_eq!(emitted, fixture_files().len());
        assert!(
            (1..=window).contains(&most_ahead),
            "{most_ahead} files done ahead of output with a window of {window}"
        );
    }

    #[test]
    fn slow_files_go_out_as_each_is_done() {
        // Outcomes are handed to the emitting thread in groups only while files are quick:
        // a file that takes a while is not held back until the next ones are done.
        let (emitted, most_ahead) = stream_ahead(1, 32, &|p: &Path| {
            std::thread::sleep(std::time::Duration::from_millis(20));
            process_file(p, &SourceOptions::default())
        });
        let files = fixture_files().len();
        assert_eq!(emitted, files);
        // (quick files go over in groups; a slow one is not held for a group)
        assert!(files > HAND_OVER_GROUP);
        assert!(
            most_ahead < HAND_OVER_GROUP,
            "{most_ahead} slow files were done before the first of them went out"
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
            None,
            &|p: &Path, _| process_file(p, &SourceOptions::default()),
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
            let first = display_path(&files[0]);
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(2)
                .build()
                .expect("pool");
            let on_done = |o: &FileOutcome| assert_ne!(o.path(), first, "progress failed");
            let _ = run_streaming(
                &pool,
                &files,
                None,
                &|p: &Path, _| process_file(p, &SourceOptions::default()),
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
                None,
                &|p: &Path, _| process_file(p, &SourceOptions::default()),
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
                None,
                &|p: &Path, _| process_file(p, &SourceOptions::default()),
                window,
                &|_| {},
                &mut |o| {
                    seen.push(o.path().to_string());
                    Ok(())
                },
            )
            .expect("runs");
            let want: Vec<String> = files.iter().map(|p| display_path(p)).collect();
            assert_eq!(seen, want, "{threads} threads, window {window}");
        }
    }

    #[test]
    fn a_hash_left_to_the_emitting_thread_is_the_files_own() {
        let opts = SourceOptions::default();
        for p in fixture_files() {
            let whole = process_file(&p, &opts);
            let deferred = process_file_unhashed(&p, &opts, u64::MAX);
            if let FileOutcome::Ok(r) = deferred.outcome() {
                assert!(r.source.sha256.is_empty(), "{}", p.display());
            }
            match (whole, deferred.finish()) {
                (FileOutcome::Ok(a), FileOutcome::Ok(b)) => {
                    assert_eq!(a.source.sha256.len(), 64);
                    assert_eq!(a, b, "{}", p.display());
                }
                (FileOutcome::Err(a), FileOutcome::Err(b)) => assert_eq!(a, b),
                (a, b) => panic!("{}: {a:?} but {b:?}", p.display()),
            }
        }
    }

    #[test]
    fn files_read_ahead_come_out_as_files_read_by_the_worker() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let files = fixture_files();
        let opts = SourceOptions::default();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("pool");
        // (a limit some fixtures are over: a refused read is that file's error either way)
        for max_bytes in [u64::MAX, 300] {
            let read_ahead = AtomicUsize::new(0);
            let mut seen = Vec::new();
            run_streaming(
                &pool,
                &files,
                Some(&|p: &Path| Some(read_input(p, max_bytes))),
                &|p: &Path, read: Option<ReadAhead>| {
                    // (slow enough for the emitting thread to get ahead)
                    std::thread::sleep(std::time::Duration::from_millis(2));
                    if read.is_some() {
                        read_ahead.fetch_add(1, Ordering::SeqCst);
                    }
                    let read = read.unwrap_or_else(|| read_input(p, max_bytes));
                    process_read_unhashed(p, read, &opts)
                },
                4,
                &|_| {},
                &mut |o| {
                    seen.push(o);
                    Ok(())
                },
            )
            .expect("runs");
            assert!(read_ahead.into_inner() > 0, "nothing was read ahead");
            assert_eq!(seen.len(), files.len());
            for (p, o) in files.iter().zip(seen) {
                match (process_file_limited(p, &opts, max_bytes), o) {
                    (FileOutcome::Ok(a), FileOutcome::Ok(b)) => assert_eq!(a, b),
                    (FileOutcome::Err(a), FileOutcome::Err(b)) => assert_eq!(a, b),
                    (a, b) => panic!("{}: {a:?} but {b:?}", p.display()),
                }
            }
        }
    }

    #[test]
    fn one_thread_converts_in_path_order() {
        let files = fixture_files();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("pool");
        let started = std::sync::Mutex::new(Vec::new());
        run_streaming(
            &pool,
            &files,
            None,
            &|p: &Path, _| {
                started.lock().expect("lock").push(p.to_path_buf());
                process_file(p, &SourceOptions::default())
            },
            4,
            &|_| {},
            &mut |_| Ok(()),
        )
        .expect("runs");
        assert_eq!(started.into_inner().expect("lock"), files);
    }
}
