//! Sinks: where records go. JSON Lines on a stream, or one JSON file per input in a folder,
//! each written whole or not at all (temp file + rename).

pub mod csv;
pub mod sqlite;
pub mod stream;

use std::io::{self, Write};
use std::path::Path;

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

/// Write `bytes` to `path` atomically: a temporary file in the same folder, then rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Output file names for a batch: `<stem>.json`, made unique when two inputs share a stem
/// (`a/x.md`, `b/x.pdf` → `x.json`, `x.pdf.json`, then a numbered suffix).
pub fn output_names(inputs: &[&str]) -> Vec<String> {
    let mut used = std::collections::HashSet::new();
    inputs
        .iter()
        .map(|p| {
            let path = Path::new(p);
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_else(|| "record".into());
            let full = path
                .file_name()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_else(|| "record".into());
            let mut candidates = vec![format!("{stem}.json"), format!("{full}.json")];
            candidates.extend((2..).take(10_000).map(|i| format!("{stem}-{i}.json")));
            let name = candidates
                .into_iter()
                .find(|c| !used.contains(c))
                .expect("a free name");
            used.insert(name.clone());
            name
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_output_names() {
        assert_eq!(
            output_names(&["a/x.md", "b/x.pdf", "c/x.md", "y.md"]),
            ["x.json", "x.pdf.json", "x.md.json", "y.json"]
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
}
