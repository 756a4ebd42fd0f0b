//! Worker processes: untrusted documents are parsed where their failure cannot reach the
//! batch.
//!
//! `catch_unwind` turns a reader's panic into that file's error, but a stack overflow, an
//! abort, an allocation that never ends or a loop takes the whole process with it. So the
//! CLI parses each file in a long-lived worker process (the same binary re-executed with
//! the hidden `__worker` subcommand), the way browsers run PDF and image decoders. A
//! worker has its own stack, an address-space limit (`RLIMIT_AS`, `--max-memory`) and a
//! CPU limit per file (`RLIMIT_CPU`); it reads the file itself, so a read that blocks is
//! under the deadline too. A worker that dies is that file's error (`crashed`,
//! `memory_limit`, `timeout` for the CPU limit), one that does not answer by the deadline
//! is killed (`timeout`), and a fresh worker takes its place on the next file.
//!
//! Protocol, over the worker's stdin and stdout; every frame is a u32 little-endian length
//! and that many bytes. Worker → parent: one empty frame when ready, then per request a
//! flags byte (`RETIRING`: the worker ends after this reply) and a JSON `Reply`.
//! Parent → worker: a file's raw path bytes.

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, FromRawFd};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStderr, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::{display_path, process_file_limited, FileError, FileOutcome};
use crate::record::Record;
use crate::source::SourceOptions;

/// The hidden subcommand that runs a worker.
pub const SUBCOMMAND: &str = "__worker";

/// A worker that has not answered this long after the file's time budget is killed. The
/// worker enforces the budget itself on PDFs (and answers `timeout`); the grace covers a
/// reader that does not give the CPU back and a loaded machine.
const GRACE: Duration = Duration::from_secs(2);

/// How long a new worker may take to start (exec, loading) before the file fails.
const START_DEADLINE: Duration = Duration::from_secs(60);

/// The largest reply accepted from a worker (a record as JSON).
const MAX_REPLY: usize = 1 << 30;

/// The stderr a worker wrote while reading the current file, kept for the message when it
/// dies (the last few lines name the cause: "has overflowed its stack", "memory
/// allocation of … failed").
const STDERR_TAIL: usize = 4096;

/// Per-file limits for untrusted input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Wall-clock budget for one file (the worker also gets as much CPU time).
    pub timeout: Duration,
    /// Address space of a worker process, in bytes (`RLIMIT_AS`): reading, parsing and
    /// converting one file must fit in it.
    pub max_memory: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            timeout: Duration::from_secs(60),
            max_memory: 2 << 30,
        }
    }
}

/// What a worker sends back for one file.
#[derive(Serialize, Deserialize)]
enum Reply {
    Ok(Box<Record>),
    Err(FileError),
}

/// A set of worker processes shared by the threads of a batch: each conversion takes an
/// idle worker (or starts one) and gives it back when it is healthy, so there are never
/// more workers than threads converting at once.
pub struct WorkerPool {
    command: Box<dyn Fn() -> Command + Send + Sync>,
    limits: Limits,
    idle: Mutex<Vec<Worker>>,
}

impl WorkerPool {
    /// Workers that run `exe __worker` (`exe` is normally `std::env::current_exe()`).
    pub fn new(exe: PathBuf, limits: Limits) -> Self {
        let parent = std::process::id();
        Self::with_command(
            move || {
                let mut c = Command::new(&exe);
                // mimalloc reserves 1 GiB of address space up front by default, which
                // would count against `RLIMIT_AS` before the file is even read; in
                // 64 MiB steps the limit measures what the worker really uses.
                c.env("MIMALLOC_ARENA_RESERVE", "64MiB");
                // no backtraces: the reader panics on purpose on some files, and a worker's
                // stderr only serves to name why it died
                c.env_remove("RUST_BACKTRACE")
                    .env_remove("RUST_LIB_BACKTRACE");
                c.arg(SUBCOMMAND)
                    .arg("--timeout")
                    .arg(limits.timeout.as_secs_f64().to_string())
                    .arg("--max-memory")
                    .arg(limits.max_memory.to_string())
                    .arg("--parent")
                    .arg(parent.to_string());
                c
            },
            limits,
        )
    }

    /// Workers started by `command` (tests use stand-ins that crash or hang).
    pub fn with_command(
        command: impl Fn() -> Command + Send + Sync + 'static,
        limits: Limits,
    ) -> Self {
        WorkerPool {
            command: Box::new(command),
            limits,
            idle: Mutex::new(Vec::new()),
        }
    }

    /// Convert one file in a worker. Whatever happens to the worker, the answer is an
    /// outcome for this file.
    pub fn convert(&self, path: &Path) -> FileOutcome {
        let deadline = self.limits.timeout.saturating_add(GRACE);
        // An idle worker may have died since its last file (killed from outside): then a
        // fresh one gets the file, once.
        let reused = self
            .idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        let mut worker = match reused {
            Some(w) => w,
            None => match self.spawn() {
                Ok(w) => w,
                Err(failure) => return failure.into_outcome(path, &self.limits),
            },
        };
        let mut result = worker.request(path, deadline);
        if matches!(result, Err(Failure::Send(_))) {
            worker = match self.spawn() {
                Ok(w) => w,
                Err(failure) => return failure.into_outcome(path, &self.limits),
            };
            result = worker.request(path, deadline);
        }
        match result {
            Ok((reply, retiring)) => {
                // a retiring worker ends after this reply (see `serve`): a fresh one takes
                // the next file
                if !retiring {
                    self.give_back(worker);
                }
                match reply {
                    Reply::Ok(record) => FileOutcome::Ok(record),
                    Reply::Err(e) => FileOutcome::Err(e),
                }
            }
            Err(failure) => failure.into_outcome(path, &self.limits),
        }
    }

    fn give_back(&self, worker: Worker) {
        self.idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(worker);
    }

    fn spawn(&self) -> Result<Worker, Failure> {
        let mut child = (self.command)()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(Failure::Start)?;
        let (Some(stdin), Some(stdout), Some(stderr)) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take())
        else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(Failure::Start(io::Error::other("no pipes to the worker")));
        };
        let mut w = Worker {
            child,
            stdin,
            stdout,
            stderr,
            stderr_tail: Vec::new(),
            out_of_memory: false,
        };
        match w.read_frame(Instant::now() + START_DEADLINE) {
            Ok(frame) if frame.is_empty() => Ok(w),
            Ok(_) => Err(w.died_with(Failure::Protocol("no ready frame".into()))),
            Err(failure) => Err(failure),
        }
    }
}

/// One worker process and its pipes. Dropped, it is killed and reaped.
struct Worker {
    child: Child,
    stdin: ChildStdin,
    stdout: ChildStdout,
    stderr: ChildStderr,
    stderr_tail: Vec<u8>,
    /// The worker said [`OOM_MARK`] while on the current file.
    out_of_memory: bool,
}

/// What Rust prints when an allocation fails (then it aborts).
const OOM_MARK: &str = "memory allocation of";

/// Why a worker gave no reply.
#[derive(Debug)]
enum Failure {
    /// The worker could not be started.
    Start(io::Error),
    /// The request could not be sent (the worker had died while idle).
    Send(io::Error),
    /// No reply by the deadline; the worker was killed.
    Timeout,
    /// The worker died: its exit status and the end of its stderr.
    Died(std::process::ExitStatus, String),
    /// The worker answered something that is not a reply.
    Protocol(String),
}

impl Failure {
    fn into_outcome(self, path: &Path, limits: &Limits) -> FileOutcome {
        let (kind, message) = match self {
            Failure::Start(e) => ("crashed", format!("cannot start a worker process: {e}")),
            Failure::Send(e) => ("crashed", format!("cannot reach the worker process: {e}")),
            Failure::Timeout => (
                "timeout",
                format!(
                    "no result within --timeout {} s (and {} s grace); the worker was stopped",
                    limits.timeout.as_secs_f64(),
                    GRACE.as_secs()
                ),
            ),
            Failure::Protocol(what) => ("crashed", format!("the worker process failed: {what}")),
            Failure::Died(status, stderr) => died_kind(status, &stderr, limits),
        };
        FileOutcome::Err(FileError {
            path: display_path(path),
            kind: kind.into(),
            message,
        })
    }
}

/// The error kind and message of a worker that died.
fn died_kind(
    status: std::process::ExitStatus,
    stderr: &str,
    limits: &Limits,
) -> (&'static str, String) {
    let said = last_lines(stderr);
    let said = if said.is_empty() {
        String::new()
    } else {
        format!(": {said}")
    };
    let memory = || {
        format!(
            "needed more than --max-memory {} while reading this file; the worker was stopped",
            human_bytes(limits.max_memory)
        )
    };
    if stderr.contains(OOM_MARK) {
        return ("memory_limit", memory());
    }
    match status.signal() {
        Some(libc::SIGXCPU) => (
            "timeout",
            format!(
                "used more than its CPU time budget ({} s, --timeout); the worker was stopped",
                limits.timeout.as_secs_f64().ceil() + 1.0
            ),
        ),
        Some(libc::SIGKILL) => (
            "crashed",
            format!("the worker was killed (SIGKILL: out of memory on the machine?){said}"),
        ),
        Some(sig) => (
            "crashed",
            format!("the reader crashed ({}){said}", signal_name(sig)),
        ),
        None => (
            "crashed",
            format!(
                "the worker process ended with exit code {}{said}",
                status.code().unwrap_or(-1)
            ),
        ),
    }
}

/// The last two non-empty lines of a worker's stderr, joined, without "note:" hints and
/// without thread ids (`thread 'x' (1234) has overflowed` → `thread 'x' has overflowed`),
/// so the same file gives the same message every run.
fn last_lines(stderr: &str) -> String {
    let lines: Vec<&str> = stderr
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("note:"))
        .collect();
    let text = lines[lines.len().saturating_sub(2)..].join("; ");
    let ids = regex::Regex::new(r"(thread '[^']*') \(\d+\)").expect("a valid pattern");
    ids.replace_all(&text, "$1").into_owned()
}

fn signal_name(sig: i32) -> String {
    let name = match sig {
        libc::SIGABRT => "SIGABRT",
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGBUS => "SIGBUS",
        libc::SIGILL => "SIGILL",
        libc::SIGFPE => "SIGFPE",
        libc::SIGTERM => "SIGTERM",
        libc::SIGINT => "SIGINT",
        _ => return format!("signal {sig}"),
    };
    format!("signal {sig}, {name}")
}

/// `1073741824` → `1 GiB`, `536870912` → `512 MiB`.
pub fn human_bytes(n: u64) -> String {
    const UNITS: [(&str, u64); 4] = [
        ("TiB", 1 << 40),
        ("GiB", 1 << 30),
        ("MiB", 1 << 20),
        ("KiB", 1 << 10),
    ];
    for (unit, size) in UNITS {
        if n >= size {
            let x = n as f64 / size as f64;
            return if n.is_multiple_of(size) {
                format!("{} {unit}", n / size)
            } else {
                format!("{x:.1} {unit}")
            };
        }
    }
    format!("{n} B")
}

impl Worker {
    /// Send one path; the reply, and whether the worker retires after it.
    fn request(&mut self, path: &Path, budget: Duration) -> Result<(Reply, bool), Failure> {
        self.stderr_tail.clear();
        self.out_of_memory = false;
        let bytes = path.as_os_str().as_bytes();
        let sent = write_frame(&mut self.stdin, bytes).and_then(|()| self.stdin.flush());
        if let Err(e) = sent {
            return Err(Failure::Send(e));
        }
        let frame = self.read_frame(Instant::now() + budget)?;
        let Some((&flags, json)) = frame.split_first() else {
            return Err(self.died_with(Failure::Protocol("an empty reply".into())));
        };
        match serde_json::from_slice(json) {
            Ok(reply) => Ok((reply, flags & RETIRING != 0)),
            Err(e) => {
                let failure = Failure::Protocol(format!("unreadable reply: {e}"));
                Err(self.died_with(failure))
            }
        }
    }

    /// Kill and reap the worker; the failure to report (its exit status when it had
    /// already died on its own).
    fn died_with(&mut self, failure: Failure) -> Failure {
        let _ = self.child.kill();
        match (self.child.wait(), failure) {
            (Ok(status), Failure::Died(..)) => Failure::Died(status, self.stderr_text()),
            (_, failure) => failure,
        }
    }

    fn stderr_text(&self) -> String {
        let text = String::from_utf8_lossy(&self.stderr_tail);
        if self.out_of_memory && !text.contains(OOM_MARK) {
            format!("{OOM_MARK} …\n{text}")
        } else {
            text.into_owned()
        }
    }

    /// Keep the end of what the worker wrote on stderr, and whether it ran out of memory
    /// (Rust's allocation-failure message may scroll out of the kept end).
    fn said(&mut self, bytes: &[u8]) {
        self.stderr_tail.extend_from_slice(bytes);
        if !self.out_of_memory {
            let from = self
                .stderr_tail
                .len()
                .saturating_sub(bytes.len() + OOM_MARK.len());
            self.out_of_memory = self.stderr_tail[from..]
                .windows(OOM_MARK.len())
                .any(|w| w == OOM_MARK.as_bytes());
        }
        let excess = self.stderr_tail.len().saturating_sub(STDERR_TAIL);
        self.stderr_tail.drain(..excess);
    }

    /// Read one frame from the worker's stdout, collecting its stderr meanwhile, until
    /// `deadline`.
    fn read_frame(&mut self, deadline: Instant) -> Result<Vec<u8>, Failure> {
        let mut buf = Vec::new();
        let mut want: Option<usize> = None;
        let mut stderr_open = true;
        let mut chunk = vec![0u8; 64 * 1024];
        loop {
            if let Some(n) = want {
                if buf.len() >= 4 + n {
                    buf.drain(..4);
                    return Ok(buf);
                }
            } else if buf.len() >= 4 {
                let n = u32::from_le_bytes([buf[0], buf[1], buf[2], buf[3]]) as usize;
                if n > MAX_REPLY {
                    let f = Failure::Protocol(format!("a reply of {n} bytes"));
                    return Err(self.died_with(f));
                }
                want = Some(n);
                continue;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                let _ = self.child.kill();
                let _ = self.child.wait();
                return Err(Failure::Timeout);
            }
            let mut fds = [
                libc::pollfd {
                    fd: self.stdout.as_raw_fd(),
                    events: libc::POLLIN,
                    revents: 0,
                },
                libc::pollfd {
                    fd: if stderr_open {
                        self.stderr.as_raw_fd()
                    } else {
                        -1
                    },
                    events: libc::POLLIN,
                    revents: 0,
                },
            ];
            let ms = left.as_millis().clamp(1, i32::MAX as u128) as i32;
            // SAFETY: `fds` is a valid array of two pollfd for the duration of the call.
            let ready = unsafe { libc::poll(fds.as_mut_ptr(), 2, ms) };
            if ready < 0 {
                let e = io::Error::last_os_error();
                if e.kind() == io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(self.died_with(Failure::Protocol(format!("poll: {e}"))));
            }
            if fds[1].revents != 0 {
                match self.stderr.read(&mut chunk) {
                    Ok(0) | Err(_) => stderr_open = false,
                    Ok(n) => self.said(&chunk[..n]),
                }
            }
            if fds[0].revents != 0 {
                match self.stdout.read(&mut chunk) {
                    Ok(0) | Err(_) => {
                        // the worker is gone: drain what it said on stderr, then reap it
                        if stderr_open {
                            let mut rest = Vec::new();
                            let _ = (&mut self.stderr).take(1 << 20).read_to_end(&mut rest);
                            self.said(&rest);
                        }
                        let status = match self.child.wait() {
                            Ok(s) => s,
                            Err(e) => return Err(Failure::Protocol(format!("wait: {e}"))),
                        };
                        return Err(Failure::Died(status, self.stderr_text()));
                    }
                    Ok(n) => buf.extend_from_slice(&chunk[..n]),
                }
            }
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // An idle worker ends on its own when its stdin closes; one that is still busy
        // (a panic mid-batch) is killed.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn write_frame(out: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
    let n = u32::try_from(bytes.len()).map_err(|_| io::Error::other("frame too large"))?;
    out.write_all(&n.to_le_bytes())?;
    out.write_all(bytes)
}

/// One frame, or `None` at a clean end of input.
fn read_frame(input: &mut impl Read) -> io::Result<Option<Vec<u8>>> {
    let mut len = [0u8; 4];
    match input.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let mut buf = vec![0u8; u32::from_le_bytes(len) as usize];
    input.read_exact(&mut buf)?;
    Ok(Some(buf))
}

/// Keep the C library's allocator to one arena in this process. Rust code allocates with
/// mimalloc, but glibc's own malloc still serves libc (a thread's list of thread-local
/// destructors), and glibc gives each new thread an arena of its own with 64 MiB of
/// address space reserved. Under `RLIMIT_AS` that is a quarter of the smallest
/// `--max-memory` per thread, and it raced the PDF reader's stack for the last of it.
/// Call before the process starts any thread.
pub fn one_malloc_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a tuning parameter of glibc's allocator; no thread runs yet.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// The worker's side: set the limits, announce readiness, then convert each path read
/// from stdin and answer on stdout until stdin closes. `parent` is the batch's process
/// id: the worker dies with it.
pub fn serve(limits: Limits, parent: Option<u32>) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl with PR_SET_PDEATHSIG takes a signal number and changes no memory.
    unsafe {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
    }
    if parent.is_some_and(|p| p != std::os::unix::process::parent_id()) {
        return Ok(()); // the batch ended before this worker started
    }
    // Replies go to a private copy of stdout; fd 1 becomes stderr, so a stray print in a
    // dependency cannot corrupt the reply stream.
    // SAFETY: dup/dup2 on the process's own standard descriptors; the duplicate is owned
    // by `replies` alone.
    let mut replies = unsafe {
        let fd = libc::dup(1);
        if fd < 0 || libc::dup2(2, 1) < 0 {
            return Err(io::Error::last_os_error());
        }
        File::from_raw_fd(fd)
    };
    set_limit(libc::RLIMIT_AS, limits.max_memory)?;
    let opts = SourceOptions {
        timeout: limits.timeout,
        ..SourceOptions::default()
    };
    write_frame(&mut replies, b"")?;
    let mut input = io::stdin().lock();
    while let Some(path) = read_frame(&mut input)? {
        let path = PathBuf::from(OsString::from_vec(path));
        set_cpu_budget(limits.timeout)?;
        let outcome = process_file_limited(&path, &opts, limits.max_memory);
        // Retire after a timeout (the abandoned reader thread ends with the process) or
        // when the file left the address space more than half full: memory the allocator
        // keeps reserved would otherwise count against the next file's limit.
        let timed_out = matches!(&outcome, FileOutcome::Err(e) if e.kind == "timeout");
        let retire = timed_out || address_space().is_some_and(|n| n > limits.max_memory / 2);
        let reply = match outcome {
            FileOutcome::Ok(r) => Reply::Ok(r),
            FileOutcome::Err(e) => Reply::Err(e),
        };
        let mut frame = vec![if retire { RETIRING } else { 0 }];
        serde_json::to_writer(&mut frame, &reply)?;
        write_frame(&mut replies, &frame)?;
        replies.flush()?;
        if retire {
            return Ok(());
        }
    }
    Ok(())
}

/// The first byte of a reply frame: flags. This one says the worker ends after the reply.
const RETIRING: u8 = 1;

/// The worker's address space in bytes (what `RLIMIT_AS` counts), from /proc.
fn address_space() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().next()?.parse().ok()?;
    // SAFETY: sysconf only reads a system constant.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    Some(pages * u64::try_from(page).ok()?)
}

#[cfg(target_os = "linux")]
type Resource = libc::__rlimit_resource_t;
#[cfg(not(target_os = "linux"))]
type Resource = libc::c_int;

/// Lower the soft limit of `resource` to `value` (never above the hard limit).
fn set_limit(resource: Resource, value: u64) -> io::Result<()> {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit read and write the one struct passed.
    unsafe {
        if libc::getrlimit(resource, &mut lim) != 0 {
            return Err(io::Error::last_os_error());
        }
        lim.rlim_cur = value.min(lim.rlim_max);
        if libc::setrlimit(resource, &lim) != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Allow the next file as many CPU seconds as its wall-clock budget (plus one): the soft
/// `RLIMIT_CPU` counts the whole life of the worker, so it is moved up before each file.
fn set_cpu_budget(timeout: Duration) -> io::Result<()> {
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage writes the one struct passed.
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } != 0 {
        return Err(io::Error::last_os_error());
    }
    let used = usage.ru_utime.tv_sec as u64 + usage.ru_stime.tv_sec as u64 + 1;
    let budget = timeout.as_secs_f64().ceil() as u64 + 1;
    set_limit(libc::RLIMIT_CPU, used.saturating_add(budget))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> Limits {
        Limits {
            timeout: Duration::from_secs(1),
            max_memory: 1 << 30,
        }
    }

    /// A pool whose workers are `sh -c SCRIPT`.
    fn sh_pool(script: &'static str) -> WorkerPool {
        WorkerPool::with_command(
            move || {
                let mut c = Command::new("sh");
                c.arg("-c").arg(script);
                c
            },
            limits(),
        )
    }

    fn error_of(o: FileOutcome) -> FileError {
        match o {
            FileOutcome::Err(e) => e,
            FileOutcome::Ok(r) => panic!("expected an error, got the record of {}", r.source.path),
        }
    }

    #[test]
    fn a_worker_that_dies_is_that_files_error() {
        // ready, then abort on the first request
        let pool = sh_pool(
            "printf '\\000\\000\\000\\000'; head -c 4 >/dev/null; \
             echo \"thread 'r' (42) has overflowed its stack\" >&2; kill -ABRT $$",
        );
        let e = error_of(pool.convert(Path::new("x.pdf")));
        assert_eq!(e.kind, "crashed");
        // the thread id is left out: the same file gives the same message every run
        assert_eq!(
            e.message,
            "the reader crashed (signal 6, SIGABRT): thread 'r' has overflowed its stack"
        );
        assert_eq!(e.path, "x.pdf");
    }

    #[test]
    fn an_allocation_failure_is_a_memory_limit() {
        let pool = sh_pool("printf '\\000\\000\\000\\000'; head -c 4 >/dev/null; echo 'memory allocation of 4294967296 bytes failed' >&2; kill -ABRT $$");
        let e = error_of(pool.convert(Path::new("x.pdf")));
        assert_eq!(e.kind, "memory_limit", "{}", e.message);
        assert!(e.message.contains("1 GiB"), "{}", e.message);
    }

    #[test]
    fn a_worker_that_never_answers_is_killed_at_the_deadline() {
        // the deadline is the budget plus the grace period; nothing here measures it
        let pool = sh_pool("printf '\\000\\000\\000\\000'; exec sleep 1000");
        let e = error_of(pool.convert(Path::new("x.pdf")));
        assert_eq!(e.kind, "timeout", "{}", e.message);
    }

    #[test]
    fn a_worker_that_never_starts_is_that_files_error() {
        let pool = sh_pool("exit 3");
        let e = error_of(pool.convert(Path::new("x.pdf")));
        assert_eq!(e.kind, "crashed");
        assert!(e.message.contains("exit code 3"), "{}", e.message);
        let missing =
            WorkerPool::with_command(|| Command::new("/nonexistent/dsx-worker"), limits());
        assert_eq!(
            error_of(missing.convert(Path::new("x.pdf"))).kind,
            "crashed"
        );
    }

    #[test]
    fn a_retiring_worker_is_replaced_for_the_next_file() {
        // each worker answers one file, says it retires, and ends: the next file must get
        // a fresh worker, not the error of a dead one
        let json = br#"{"Err":{"path":"x.pdf","kind":"bad_pdf","message":"m"}}"#;
        let mut frame = (json.len() as u32 + 1).to_le_bytes().to_vec();
        frame.push(RETIRING);
        frame.extend_from_slice(json);
        let octal: String = frame.iter().map(|b| format!("\\{b:03o}")).collect();
        let script = format!(
            "printf '\\000\\000\\000\\000'; head -c 9 >/dev/null; printf '{octal}'; exit 0"
        );
        let pool = WorkerPool::with_command(
            move || {
                let mut c = Command::new("sh");
                c.arg("-c").arg(&script);
                c
            },
            limits(),
        );
        for _ in 0..3 {
            let e = error_of(pool.convert(Path::new("x.pdf")));
            assert_eq!((e.kind.as_str(), e.message.as_str()), ("bad_pdf", "m"));
        }
    }

    #[test]
    fn frames_round_trip() {
        let mut buf = Vec::new();
        write_frame(&mut buf, b"a\xffb").expect("write");
        write_frame(&mut buf, b"").expect("write");
        let mut r = &buf[..];
        assert_eq!(read_frame(&mut r).expect("read"), Some(b"a\xffb".to_vec()));
        assert_eq!(read_frame(&mut r).expect("read"), Some(Vec::new()));
        assert_eq!(read_frame(&mut r).expect("read"), None);
    }

    #[test]
    fn human_sizes() {
        assert_eq!(human_bytes(1 << 30), "1 GiB");
        assert_eq!(human_bytes(512 << 20), "512 MiB");
        assert_eq!(human_bytes(1536 << 20), "1.5 GiB");
        assert_eq!(human_bytes(100), "100 B");
    }
}
