//! `dsx text FILE`: the text of the `Document` as dsx read it, for debugging a record and
//! for comparing the PDF reader with `pdftotext -layout` (`scripts/pdf_words.py`).
//!
//! One output line per `Line` of the document, in reading order; the cells of a line are
//! separated by [`CELL_SEP`] (a cell itself never holds two spaces in a row, so the
//! boundaries stay visible); a blank line separates blocks. Source diagnostics go to
//! stderr.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};

use crate::document::Document;
use crate::source::{self, SourceOptions};

/// What separates two cells of a line: a "wide gap".
pub const CELL_SEP: &str = "   ";

#[derive(clap::Args, Debug)]
pub struct TextArgs {
    /// A datasheet (.pdf .md .markdown .txt).
    pub file: PathBuf,
    /// Time budget for a PDF, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0)]
    pub timeout: f64,
    /// Keep the page furniture (text a PDF repeats at the top or bottom of its pages),
    /// which `dsx extract` drops: all the text the reader read.
    #[arg(long)]
    pub keep_furniture: bool,
}

pub fn run(args: TextArgs) -> Result<ExitCode> {
    let bytes = std::fs::read(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let opts = SourceOptions {
        timeout: std::time::Duration::from_secs_f64(args.timeout.max(0.001)),
        keep_furniture: args.keep_furniture,
    };
    let doc = match source::read(&args.file, &bytes, &opts) {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("dsx: {}: {} ({})", args.file.display(), e, e.kind());
            return Ok(ExitCode::from(2));
        }
    };
    for d in &doc.diagnostics {
        eprintln!("dsx: {}: {}: {}", args.file.display(), d.code, d.message);
    }
    let mut stdout = io::stdout().lock();
    stdout.write_all(render(&doc).as_bytes())?;
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The document's text: lines with cells split by [`CELL_SEP`], blocks by a blank line.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    for (i, block) in doc.blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for line in &block.lines {
            line.write_cells(&mut out, CELL_SEP);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Block, BlockKind, Line, SourceFormat};

    #[test]
    fn cells_split_by_wide_gaps_blocks_by_blank_lines() {
        let line = Line::of;
        let doc = Document {
            format: SourceFormat::Pdf,
            blocks: vec![
                Block {
                    kind: BlockKind::Heading { level: 1 },
                    lines: vec![line(&["Technical data"])],
                },
                Block {
                    kind: BlockKind::Text,
                    lines: vec![line(&["Rated current", "", "12 A"]), line(&["Note"])],
                },
            ],
            pages: Some(1),
            diagnostics: Vec::new(),
        };
        assert_eq!(
            render(&doc),
            "Technical data\n\nRated current   12 A\nNote\n"
        );
    }
}
