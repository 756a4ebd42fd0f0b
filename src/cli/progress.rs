//! Progress on stderr for the batch commands (`extract`, `load`): an indicatif bar when
//! stderr is a terminal; with `--progress` and any other stderr (a log file, a pipe, CI),
//! plain lines such as `dsx: 40/176 files, 2.1 s`, at most one a second and always the
//! last one, so a log shows how far a batch got without being flooded.

use std::io::{self, IsTerminal};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The least time between two plain progress lines.
const LINE_EVERY: Duration = Duration::from_secs(1);

pub struct Progress {
    draw: Draw,
    total: u64,
    done: AtomicU64,
    started: Instant,
}

enum Draw {
    Off,
    Bar(indicatif::ProgressBar),
    /// Plain lines; when the last one was printed.
    Lines(Mutex<Option<Instant>>),
}

impl Progress {
    /// Progress over `total` files: a bar on a terminal, plain lines elsewhere when
    /// `forced` (`--progress`), nothing when `quiet`.
    pub fn new(total: usize, quiet: bool, forced: bool) -> Self {
        let draw = if quiet {
            Draw::Off
        } else if io::stderr().is_terminal() {
            let b = indicatif::ProgressBar::new(total as u64);
            b.set_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            Draw::Bar(b)
        } else if forced {
            Draw::Lines(Mutex::new(None))
        } else {
            Draw::Off
        };
        Progress {
            draw,
            total: total as u64,
            done: AtomicU64::new(0),
            started: Instant::now(),
        }
    }

    /// One more file done (from any thread).
    pub fn inc(&self) {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        match &self.draw {
            Draw::Off => {}
            Draw::Bar(b) => b.inc(1),
            Draw::Lines(last) => {
                let now = Instant::now();
                let mut last = last.lock().unwrap_or_else(|e| e.into_inner());
                let due = last.is_none_or(|t| now.duration_since(t) >= LINE_EVERY);
                // the last file's line is printed by `finish`
                if due && done < self.total {
                    *last = Some(now);
                    self.line(done);
                }
            }
        }
    }

    fn line(&self, done: u64) {
        eprintln!(
            "dsx: {done}/{} files, {:.1} s",
            self.total,
            self.started.elapsed().as_secs_f64()
        );
    }

    /// Print a message line without tearing the bar.
    pub fn println(&self, msg: &str) {
        match &self.draw {
            Draw::Bar(b) => b.suspend(|| eprintln!("{msg}")),
            _ => eprintln!("{msg}"),
        }
    }

    /// The batch is over: clear the bar, or print the last line.
    pub fn finish(&self) {
        match &self.draw {
            Draw::Off => {}
            Draw::Bar(b) => b.finish_and_clear(),
            Draw::Lines(_) => self.line(self.done.load(Ordering::Relaxed)),
        }
    }
}
