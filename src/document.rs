//! The one intermediate form every source produces.
//!
//! Markdown (pulldown-cmark events) and PDF (positioned glyphs) both end here, so the
//! structure stage and everything after it never ask where the text came from. A
//! `Document` is a flat list of blocks in reading order; a block is a heading, a run of
//! text lines, or a table. A line keeps the cells its source could see (a tab, a pipe, a
//! wide gap between glyphs), plus where it came from (`line` for Markdown, `page` for PDF).

use serde::Serialize;

/// Which reader produced a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    Markdown,
    Pdf,
}

/// Where a piece of text came from in its source file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Loc {
    /// 1-based line in the source file (Markdown).
    pub line: Option<usize>,
    /// 1-based page (PDF, or Markdown whose converter marked pages).
    pub page: Option<u32>,
}

/// A hyperlink seen in a line: the text shown and where it points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    pub text: String,
    pub url: String,
}

/// One line of text as the source laid it out, split into the cells the source could see.
///
/// A line with one cell is plain text; with two or more it is a row (`label`, `value`, …).
/// Cells are already cleaned of markup (`mm <sup>2</sup>` → `mm²`, `\_` → `_`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Line {
    pub cells: Vec<String>,
    pub links: Vec<Link>,
    pub loc: Loc,
    /// The whole line was set in bold (an emphasised title such as `**Item no. 770-131**`).
    pub strong: bool,
}

impl Line {
    pub fn new(cells: Vec<String>, loc: Loc) -> Self {
        Line {
            cells,
            links: Vec::new(),
            loc,
            strong: false,
        }
    }

    /// The cells joined by single spaces, empty cells skipped.
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.write_text(&mut out);
        out
    }

    /// Append [`Line::text`] to `out` (no allocation of its own).
    pub fn write_text(&self, out: &mut String) {
        self.write_cells(out, " ");
    }

    /// Append the filled cells, trimmed, with `sep` between them.
    pub fn write_cells(&self, out: &mut String, sep: &str) {
        let mut first = true;
        for c in self
            .cells
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
        {
            if !first {
                out.push_str(sep);
            }
            first = false;
            out.push_str(c);
        }
    }

    /// Cell `i`, trimmed; empty where the line has no such cell.
    pub fn cell(&self, i: usize) -> &str {
        self.cells.get(i).map_or("", |c| c.trim())
    }

    /// A line of the given cells at no location (tests build documents by hand).
    #[cfg(test)]
    pub(crate) fn of(cells: &[&str]) -> Self {
        Line::new(
            cells.iter().map(|c| c.to_string()).collect(),
            Loc::default(),
        )
    }

    /// Number of cells that hold text.
    pub fn filled(&self) -> usize {
        self.cells.iter().filter(|c| has_text(c)).count()
    }
}

/// `c` holds something other than whitespace: most cells start with a letter or digit,
/// told from their first byte without trimming.
pub(crate) fn has_text(c: &str) -> bool {
    match c.as_bytes().first() {
        None => false,
        Some(&b) if b.is_ascii() => {
            !matches!(b, b' ' | b'\t'..=b'\r') || !c.trim_start().is_empty()
        }
        Some(_) => !c.trim_start().is_empty(),
    }
}

/// What a block is.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum BlockKind {
    /// A heading; `level` as the source gave it (often unreliable in converted files).
    Heading { level: u8 },
    /// Consecutive lines of running text or tab/space separated rows.
    Text,
    /// Raw text the converter kept verbatim (a fenced ```text block of PDF text).
    Preformatted,
    /// A ruled or pipe table; `header` says whether the first line is a header row.
    Table { header: bool },
    /// Text drawn turned on a PDF page (the vertical labels and dimensions of a drawing,
    /// a chart's axis titles): part of the text layer (`dsx text`), never rows of
    /// properties.
    Figure,
}

impl BlockKind {
    /// A short tag for dumps of a document (`H2`, `T`, `P`, `F`, `TH`, `TB`).
    pub fn tag(&self) -> String {
        match self {
            BlockKind::Heading { level } => format!("H{level}"),
            BlockKind::Text => "T".into(),
            BlockKind::Preformatted => "P".into(),
            BlockKind::Figure => "F".into(),
            BlockKind::Table { header: true } => "TH".into(),
            BlockKind::Table { header: false } => "TB".into(),
        }
    }
}

/// A block of lines in reading order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    pub lines: Vec<Line>,
}

impl Block {
    pub fn loc(&self) -> Loc {
        self.lines.first().map(|l| l.loc).unwrap_or_default()
    }

    /// All the block's text, lines joined by newlines.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for (i, l) in self.lines.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            l.write_text(&mut out);
        }
        out
    }
}

/// A source file read into blocks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    pub format: SourceFormat,
    pub blocks: Vec<Block>,
    /// Page count where the source knows it (PDF).
    pub pages: Option<u32>,
    /// Non-fatal findings of the source stage (lossy UTF-8 decoding, …).
    pub diagnostics: Vec<crate::diagnostic::Diagnostic>,
}

/// The parts of a specification's clause number (`2.3.1` → 2, 3, 1; `4.0.` → 4, 0): two
/// to four parts of one or two digits each. Both stages meet it: the PDF source sets a
/// numbered heading apart, the structure stage drops a number before a `label: value`.
pub fn clause_number(text: &str) -> Option<Vec<u32>> {
    let text = text.trim().trim_end_matches('.');
    let parts: Vec<&str> = text.split('.').collect();
    let numeric = parts
        .iter()
        .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    if !numeric || !(2..=4).contains(&parts.len()) {
        return None;
    }
    parts.iter().map(|p| p.parse().ok()).collect()
}
