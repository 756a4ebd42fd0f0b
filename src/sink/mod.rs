//! Sinks: where records go. JSON Lines on a stream, or one JSON file per input in a folder,
//! each written whole or not at all (temp file + rename).

pub mod csv;
pub mod sqlite;
pub mod stream;

use std::ffi::{OsStr, OsString};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::pipeline::{FileError, FileOutcome};

/// The JSON Lines form of a failed file: `{"error": {"path", "kind", "message"}}`.
#[derive(Serialize)]
struct ErrorLine<'a> {
    error: &'a FileError,
}

/// Write one outcome as a JSON line.
pub fn write_jsonl(out: &mut impl Write, outcome: &FileOutcome) -> io::Result<()> {
    match outcome {
        FileOutcome::Ok(r) => serde_json::to_writer(&mut *out, r)?,
        FileOutcome::Err(e) => serde_json::to_writer(&mut *out, &ErrorLine { error: e })?,
    }
    out.write_all(b"\n")
}

/// An output error that names the file it was about.
pub fn named(path: &Path, e: io::Error) -> io::Error {
    io::Error::new(
        e.kind(),
        format!("cannot write {}: {e}", crate::pipeline::display_path(path)),
    )
}

/// The temporary name `path` is written under before the rename: hidden, beside it, with
/// this process's id (see [`remove_stale_temps`]).
pub fn temp_path(path: &Path) -> PathBuf {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut name = OsString::from(".");
    name.push(path.file_name().unwrap_or(OsStr::new("output")));
    name.push(format!(".{}.tmp", std::process::id()));
    dir.join(name)
}

/// Write `bytes` to `path` atomically: a temporary file in the same folder, then rename.
/// An error names `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = temp_path(path);
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(|e| named(path, e))
}

/// Remove the temporary files ([`temp_path`]) that a killed dsx left in `dir`: those whose
/// process is gone. A run still going keeps its own.
pub fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(inner) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
            continue;
        };
        let Some(pid) = inner
            .rsplit_once('.')
            .and_then(|(_, pid)| pid.parse::<i32>().ok())
        else {
            continue;
        };
        if pid > 0 && !process_alive(pid) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

fn process_alive(pid: i32) -> bool {
    if pid == std::process::id() as i32 {
        return true;
    }
    // SAFETY: kill with signal 0 only checks whether the process exists.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

/// The output file of an input under `-o DIR`: its name relative to the argument it was
/// found under ([`crate::pipeline::Input::relative`]) with `.json` added, the source's
/// extension kept (`pdf/x.pdf` → `pdf/x.pdf.json`), so `x.md` and `x.pdf` never share a
/// file. It depends on nothing else, so any batch, shard or rerun writes the same file for
/// the same input. Names are made from the raw bytes, so names that are not UTF-8 stay apart.
pub fn output_name(relative: &Path) -> PathBuf {
    let mut name = relative.as_os_str().to_os_string();
    name.push(".json");
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_names_keep_the_relative_path_and_the_extension() {
        for (relative, want) in [
            ("x.md", "x.md.json"),
            ("x.pdf", "x.pdf.json"),
            ("pdf/x.pdf", "pdf/x.pdf.json"),
            ("a/b/c.markdown", "a/b/c.markdown.json"),
        ] {
            assert_eq!(output_name(Path::new(relative)), Path::new(want));
        }
        // names that differ only in bytes that are not UTF-8 stay apart
        let odd = crate::pipeline::path_from_bytes(b"a\xff.md".to_vec());
        assert_eq!(
            output_name(&odd).as_os_str().as_encoded_bytes(),
            b"a\xff.md.json"
        );
    }

    #[test]
    fn atomic_write_replaces_whole_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("r.json");
        write_atomic(&p, b"old").expect("write");
        write_atomic(&p, b"new content").expect("write");
        assert_eq!(std::fs::read(&p).expect("read"), b"new content");
        let leftovers = std::fs::read_dir(dir.path()).expect("dir").count();
        assert_eq!(leftovers, 1, "no temp file left behind");
    }

    #[test]
    fn temp_files_of_dead_runs_are_removed() {
        let dir = tempfile::tempdir().expect("tempdir");
        // a pid far above any pid_max is never a live process
        let dead = dir.path().join(".records.jsonl.2147483600.tmp");
        let ours = temp_path(&dir.path().join("records.jsonl"));
        let other = dir.path().join(".notes.tmp");
        for p in [&dead, &ours, &other] {
            std::fs::write(p, b"x").expect("write");
        }
        remove_stale_temps(dir.path());
        assert!(!dead.exists());
        assert!(ours.exists(), "this run's own temp file stays");
        assert!(other.exists(), "a file dsx did not name stays");
    }

    #[test]
    fn output_errors_name_the_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("missing-folder").join("x.json");
        let e = write_atomic(&target, b"{}").expect_err("no such folder");
        assert!(e.to_string().contains("missing-folder/x.json"), "{e}");
        assert_eq!(e.kind(), io::ErrorKind::NotFound);
    }
}
