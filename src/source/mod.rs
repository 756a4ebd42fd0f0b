//! Sources: bytes of one file → [`Document`].
//!
//! Each reader turns its format into the same `Document` (see `document.rs`), so the
//! stages after it never ask where the text came from. Failures are sorted into kinds a
//! user understands ([`SourceError`]); the batch reports them per file and goes on.

mod cut_words;
pub mod markdown;
pub mod pdf;
mod symbol_font;

use std::path::Path;
use std::time::Duration;

use crate::document::{Document, SourceFormat};

/// Why a file could not be read into a `Document`.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("cannot read file: {0}")]
    Io(#[from] std::io::Error),
    #[error("file is empty (0 bytes)")]
    Empty,
    #[error("not a text document: {0}")]
    Binary(String),
    #[error("not a PDF: {0}")]
    NotPdf(String),
    #[error("PDF is damaged or truncated: {0}")]
    BadPdf(String),
    #[error("PDF is encrypted and cannot be read: {0}")]
    Encrypted(String),
    #[error("PDF has no text layer (scanned or outlined pages): {0}")]
    NoTextLayer(String),
    #[error("PDF text is unreadable (scrambled font encoding): {0}")]
    GarbledText(String),
    /// Past one of the reader's limits against hostile input (nesting, decompressed
    /// size, predictor row, Form XObject depth): the file is refused, not read in part.
    #[error("PDF exceeds a reader limit: {0}")]
    LimitExceeded(String),
    /// The process had no room left to read the file (under `--max-memory`, a worker's
    /// reader thread could not get its stack).
    #[error("{0}")]
    MemoryLimit(String),
    #[error("reader panicked: {0}")]
    Panic(String),
    #[error("gave up after {0:?}")]
    Timeout(Duration),
    #[error("unsupported file type: {0}")]
    Unsupported(String),
}

impl SourceError {
    /// A stable snake_case kind for the error line (`{"error": {"kind": …}}`).
    pub fn kind(&self) -> &'static str {
        match self {
            SourceError::Io(_) => "io",
            SourceError::Empty => "empty",
            SourceError::Binary(_) => "binary",
            SourceError::NotPdf(_) => "not_pdf",
            SourceError::BadPdf(_) => "bad_pdf",
            SourceError::Encrypted(_) => "encrypted",
            SourceError::NoTextLayer(_) => "no_text_layer",
            SourceError::GarbledText(_) => "garbled_text",
            SourceError::LimitExceeded(_) => "limit_exceeded",
            SourceError::MemoryLimit(_) => "memory_limit",
            SourceError::Panic(_) => "panic",
            SourceError::Timeout(_) => "timeout",
            SourceError::Unsupported(_) => "unsupported",
        }
    }
}

/// Options of the source stage.
#[derive(Debug, Clone)]
pub struct SourceOptions {
    /// Wall-clock budget for one PDF.
    pub timeout: Duration,
    /// Keep the page furniture (running headers and footers) a PDF repeats on every
    /// page: `dsx text --keep-furniture`, to compare everything the reader read.
    pub keep_furniture: bool,
}

impl Default for SourceOptions {
    fn default() -> Self {
        SourceOptions {
            timeout: Duration::from_secs(60),
            keep_furniture: false,
        }
    }
}

/// The format a path is read as, from its extension.
pub fn format_of(path: &Path) -> Option<SourceFormat> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "md" | "markdown" | "txt" => Some(SourceFormat::Markdown),
        "pdf" => Some(SourceFormat::Pdf),
        _ => None,
    }
}

/// Read one file's bytes into a `Document`.
pub fn read(path: &Path, bytes: &[u8], opts: &SourceOptions) -> Result<Document, SourceError> {
    match format_of(path) {
        Some(SourceFormat::Markdown) => markdown::read(bytes),
        Some(SourceFormat::Pdf) => pdf::read_guarded_with(bytes, opts.timeout, opts.keep_furniture),
        None => Err(SourceError::Unsupported(path.display().to_string())),
    }
}

/// The superscript form of a digit or sign (`2` → `²`, `-` → `⁻`), as sources print
/// exponents and footnote markers.
pub fn superscript(c: char) -> Option<char> {
    Some(match c {
        '0' => '⁰',
        '1' => '¹',
        '2' => '²',
        '3' => '³',
        '4' => '⁴',
        '5' => '⁵',
        '6' => '⁶',
        '7' => '⁷',
        '8' => '⁸',
        '9' => '⁹',
        '-' | '−' => '⁻',
        '+' => '⁺',
        _ => return None,
    })
}
