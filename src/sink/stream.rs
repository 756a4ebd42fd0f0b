//! Streaming sinks: outcomes are written as they arrive (in path order), so a batch of any
//! size runs in bounded memory. Output files are still whole or absent: a file sink writes
//! to a temporary file beside its target and renames it in `finish`.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::csv::CsvMode;
use super::{named, output_name, remove_stale_temps, temp_path, write_atomic, write_jsonl};
use crate::pipeline::{display_path, FileOutcome, Input};

/// Where a batch's outcomes go, one at a time.
pub trait Sink {
    fn write(&mut self, outcome: &FileOutcome) -> io::Result<()>;
    /// Flush, and for file sinks move the finished file into place.
    fn finish(self: Box<Self>) -> io::Result<()>;
}

/// A file written through a temporary file in the same folder, renamed on `commit`; dropped
/// uncommitted (an error mid-way), the temporary file is removed and the target untouched.
pub struct AtomicFile {
    tmp: PathBuf,
    target: PathBuf,
    out: Option<BufWriter<File>>,
}

impl AtomicFile {
    /// Start writing `target`. Temporary files that killed runs left beside it go.
    pub fn create(target: &Path) -> io::Result<Self> {
        remove_stale_temps(target.parent().unwrap_or(Path::new(".")));
        let tmp = temp_path(target);
        let out = Some(BufWriter::new(
            File::create(&tmp).map_err(|e| named(target, e))?,
        ));
        Ok(AtomicFile {
            tmp,
            target: target.to_path_buf(),
            out,
        })
    }

    pub fn commit(mut self) -> io::Result<()> {
        let out = self.out.take().expect("not yet committed");
        let result = out
            .into_inner()
            .map_err(|e| e.into_error())
            .and_then(|file| file.sync_all())
            .and_then(|()| std::fs::rename(&self.tmp, &self.target));
        if result.is_err() {
            let _ = std::fs::remove_file(&self.tmp);
        }
        result.map_err(|e| named(&self.target, e))
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let out = self.out.as_mut().expect("open");
        out.write(buf).map_err(|e| named(&self.target, e))
    }
    fn flush(&mut self) -> io::Result<()> {
        let out = self.out.as_mut().expect("open");
        out.flush().map_err(|e| named(&self.target, e))
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.out.is_some() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// JSON Lines (one record or error line per outcome).
pub struct JsonLines<W: Write>(pub W);

impl<W: Write> Sink for JsonLines<W> {
    fn write(&mut self, o: &FileOutcome) -> io::Result<()> {
        write_jsonl(&mut self.0, o)
    }
    fn finish(mut self: Box<Self>) -> io::Result<()> {
        self.0.flush()
    }
}

/// JSON Lines into a file that appears whole when the batch is done.
pub struct JsonLinesFile(pub AtomicFile);

impl Sink for JsonLinesFile {
    fn write(&mut self, o: &FileOutcome) -> io::Result<()> {
        write_jsonl(&mut self.0, o)
    }
    fn finish(self: Box<Self>) -> io::Result<()> {
        self.0.commit()
    }
}

/// Pretty JSON documents, one after another.
pub struct JsonPretty<W: Write>(pub W);

impl<W: Write> Sink for JsonPretty<W> {
    fn write(&mut self, o: &FileOutcome) -> io::Result<()> {
        match o {
            FileOutcome::Ok(r) => serde_json::to_writer_pretty(&mut self.0, r)?,
            FileOutcome::Err(e) => {
                serde_json::to_writer_pretty(&mut self.0, &serde_json::json!({ "error": e }))?
            }
        }
        self.0.write_all(b"\n")
    }
    fn finish(mut self: Box<Self>) -> io::Result<()> {
        self.0.flush()
    }
}

/// CSV, one row per property, header first.
pub struct Csv<W: Write>(csv::Writer<W>, CsvMode);

impl<W: Write> Csv<W> {
    pub fn new(out: W, mode: CsvMode) -> io::Result<Self> {
        let mut w = super::csv::writer(out);
        super::csv::write_header(&mut w)?;
        Ok(Csv(w, mode))
    }
}

impl<W: Write> Sink for Csv<W> {
    fn write(&mut self, o: &FileOutcome) -> io::Result<()> {
        if let FileOutcome::Ok(r) = o {
            super::csv::write_record(&mut self.0, r, self.1)?;
        }
        Ok(())
    }
    fn finish(mut self: Box<Self>) -> io::Result<()> {
        self.0.flush()
    }
}

/// CSV into a file that appears whole when the batch is done.
pub struct CsvFile(csv::Writer<AtomicFile>, CsvMode);

impl CsvFile {
    pub fn create(target: &Path, mode: CsvMode) -> io::Result<Self> {
        let mut w = super::csv::writer(AtomicFile::create(target)?);
        super::csv::write_header(&mut w)?;
        Ok(CsvFile(w, mode))
    }
}

impl Sink for CsvFile {
    fn write(&mut self, o: &FileOutcome) -> io::Result<()> {
        if let FileOutcome::Ok(r) = o {
            super::csv::write_record(&mut self.0, r, self.1)?;
        }
        Ok(())
    }
    fn finish(self: Box<Self>) -> io::Result<()> {
        let file = self.0.into_inner().map_err(|e| e.into_error())?;
        file.commit()
    }
}

/// One pretty JSON file per successful input in a folder, named by [`output_name`]
/// (`DIR/pdf/x.pdf.json`, subfolders made as needed), each written atomically. An input
/// that fails has no file: a file left from an earlier run, when the input still converted,
/// is removed so that it cannot pass for the current result.
pub struct JsonDir {
    dir: PathBuf,
    /// Output name by the input's printed path (which keeps raw bytes apart).
    names: HashMap<String, PathBuf>,
    /// Subfolders made (and cleaned of dead runs' temp files) so far.
    made: HashSet<PathBuf>,
}

impl JsonDir {
    /// `inputs` are the batch's inputs with their names relative to their arguments.
    pub fn create(dir: &Path, inputs: &[Input]) -> io::Result<Self> {
        std::fs::create_dir_all(dir)?;
        remove_stale_temps(dir);
        let names = inputs
            .iter()
            .map(|i| (display_path(&i.path), output_name(&i.relative)))
            .collect();
        Ok(JsonDir {
            dir: dir.to_path_buf(),
            names,
            made: HashSet::from([dir.to_path_buf()]),
        })
    }
}

/// Two inputs of one batch that would write the same output file (two arguments holding
/// the same relative name: `a/x.md` and `b/x.md` named directly, or two folders with an
/// `x.md` each), as printed paths with the shared name.
pub fn name_clashes(inputs: &[Input]) -> Vec<(String, String, PathBuf)> {
    let mut first: HashMap<PathBuf, &Input> = HashMap::new();
    let mut clashes = Vec::new();
    for i in inputs {
        let name = output_name(&i.relative);
        match first.get(&name) {
            Some(other) => clashes.push((display_path(&other.path), display_path(&i.path), name)),
            None => {
                first.insert(name, i);
            }
        }
    }
    clashes
}

impl Sink for JsonDir {
    fn write(&mut self, o: &FileOutcome) -> io::Result<()> {
        let Some(name) = self.names.get(o.path()) else {
            // not an input of this batch (a folder that could not be read)
            return Ok(());
        };
        let target = self.dir.join(name);
        match o {
            FileOutcome::Ok(r) => {
                let mut bytes = serde_json::to_vec_pretty(r)?;
                bytes.push(b'\n');
                let folder = target.parent().unwrap_or(&self.dir);
                if !self.made.contains(folder) {
                    std::fs::create_dir_all(folder).map_err(|e| named(folder, e))?;
                    remove_stale_temps(folder);
                    self.made.insert(folder.to_path_buf());
                }
                write_atomic(&target, &bytes)
            }
            FileOutcome::Err(_) => match std::fs::remove_file(&target) {
                Err(e)
                    if !matches!(
                        e.kind(),
                        io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                    ) =>
                {
                    Err(io::Error::new(
                        e.kind(),
                        format!(
                            "cannot remove {}, the output of an earlier run: {e}",
                            display_path(&target)
                        ),
                    ))
                }
                _ => Ok(()),
            },
        }
    }
    fn finish(self: Box<Self>) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_file_appears_only_on_commit() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("out.jsonl");
        let mut f = AtomicFile::create(&target).expect("create");
        f.write_all(b"line\n").expect("write");
        assert!(!target.exists(), "nothing at the target before commit");
        f.commit().expect("commit");
        assert_eq!(std::fs::read(&target).expect("read"), b"line\n");

        let mut g = AtomicFile::create(&target).expect("create");
        g.write_all(b"half").expect("write");
        drop(g); // an error mid-way: the old file stays, no temp file is left
        assert_eq!(std::fs::read(&target).expect("read"), b"line\n");
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1);
    }
}
