//! PDF → Document: positioned glyphs from pdf-extract, laid out into rows and cells.
//!
//! pdf-extract's plain-text output joins a label and its value with one space and loses
//! tables, so this reader implements its [`pdf_extract::OutputDev`] instead (`collect.rs`),
//! keeps every glyph's position and size, and rebuilds the page: baselines → lines, wide or
//! ruled gaps → cells, aligned gaps → key/value and multi-column tables, larger type →
//! headings (`layout.rs`). Text repeated at the top or bottom of every page is dropped as
//! page furniture, and labels that wrap (also across a page break) are joined
//! (`blocks.rs`).
//!
//! Real datasheets are hostile: pdf-extract panics on purpose on constructs it does not
//! support, some files recurse or loop, some have no text layer or a scrambled font
//! encoding. [`read_guarded`] runs the reader on a worker thread with a large stack and a
//! deadline, catches panics per page, and sorts every failure into a [`SourceError`] kind.
//! Cheap limits come first, so that the common hostile file never needs the worker
//! process's kill: object nesting is checked on the bytes before lopdf parses them
//! ([`MAX_NESTING`]), and the fork's `guard` bounds decoded streams, predictor rows,
//! CMap ranges and Form XObject recursion ([`SourceError::LimitExceeded`]).

mod blocks;
mod collect;
mod garble;
mod layout;
mod ruled;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{mpsc, Once};
use std::time::Duration;

use pdf_extract::guard::{MAX_NESTING, MAX_STREAM_DECODED};
use pdf_extract::{Document as PdfDocument, LoadOptions, Object, OutputError};

use super::SourceError;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, SourceFormat};

use collect::{Collector, PageGlyphs};

/// Stack of the worker thread: pdf-extract recurses into form XObjects and lopdf into
/// nested objects; 64 MB keeps deep but finite nesting from overflowing (which would abort
/// the process, not unwind).
const WORKER_STACK: usize = 64 * 1024 * 1024;

/// Name prefix of worker threads; the panic hook stays quiet for them (their panics are
/// caught and reported as data).
const WORKER_NAME: &str = "dsx-pdf-worker";

/// Read a PDF with a time and stack budget.
///
/// The reader runs on its own thread (64 MB stack). If it does not answer within
/// `timeout`, the result is [`SourceError::Timeout`] and the thread is *abandoned*: Rust
/// cannot kill a thread, so it keeps its CPU and memory until it finishes or the process
/// exits. A batch therefore survives a looping PDF, at the cost of one busy core.
pub fn read_guarded(bytes: &[u8], timeout: Duration) -> Result<Document, SourceError> {
    read_guarded_with(bytes, timeout, false)
}

/// [`read_guarded`], keeping the page furniture if `keep_furniture` (see [`read_with`]).
pub fn read_guarded_with(
    bytes: &[u8],
    timeout: Duration,
    keep_furniture: bool,
) -> Result<Document, SourceError> {
    preflight(bytes)?;
    quiet_worker_panics();
    let owned = bytes.to_vec();
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name(WORKER_NAME.to_string())
        .stack_size(WORKER_STACK)
        .spawn(move || {
            let result = catch_unwind(AssertUnwindSafe(|| read_with(&owned, keep_furniture)))
                .unwrap_or_else(|payload| Err(SourceError::Panic(panic_message(&*payload))));
            let _ = tx.send(result);
        });
    if let Err(e) = spawned {
        // Under `RLIMIT_AS` the stack's mapping is what fails: the file was never read.
        return Err(SourceError::MemoryLimit(format!(
            "the PDF reader's thread could not start with its {} MiB stack: {e}",
            WORKER_STACK >> 20
        )));
    }
    match rx.recv_timeout(timeout) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => Err(SourceError::Timeout(timeout)),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(SourceError::Panic(
            "PDF reader thread ended without a result".into(),
        )),
    }
}

/// Read a PDF on the current thread (no deadline, no stack guard; panics inside
/// pdf-extract are still caught per page).
pub fn read(bytes: &[u8]) -> Result<Document, SourceError> {
    read_with(bytes, false)
}

/// [`read`]; with `keep_furniture`, text repeated in the top and bottom bands of the pages
/// (running headers, footers) is kept where it stands instead of dropped, so that
/// `dsx text --keep-furniture` shows everything the reader read.
pub fn read_with(bytes: &[u8], keep_furniture: bool) -> Result<Document, SourceError> {
    preflight(bytes)?;
    // lopdf's parser stops at 100 levels and then drops the object without a word (the
    // page it held came out as "no text layer"); say so instead.
    if let Some(at) = pdf_extract::guard::nesting_beyond(bytes, MAX_NESTING) {
        return Err(SourceError::LimitExceeded(format!(
            "object nesting deeper than {MAX_NESTING} at byte {at}"
        )));
    }
    let mut pdf = load(bytes)?;
    let images = blank_images(&mut pdf);
    let page_count = pdf.get_pages().len();
    if page_count == 0 {
        return Err(SourceError::BadPdf("the page tree holds no pages".into()));
    }
    let mut diagnostics = Vec::new();
    let pages = collect_pages(&pdf, &mut diagnostics)?;
    let glyphs: usize = pages.iter().map(PageGlyphs::glyph_count).sum();
    if glyphs == 0 {
        // No text because a content stream did not decode is a damaged file, not a scan.
        if let Some(d) = diagnostics.iter().find(|d| d.code == UNDECODABLE) {
            return Err(SourceError::BadPdf(d.message.clone()));
        }
        let what = if images > 0 {
            format!("{page_count} page(s), {images} image(s), no text")
        } else {
            format!("{page_count} page(s) without text (outlined glyphs?)")
        };
        return Err(SourceError::NoTextLayer(what));
    }
    let blank: usize = pages.iter().map(|p| p.blank).sum();
    if let Some(why) = garble::mostly_unmapped(glyphs, blank) {
        return Err(SourceError::GarbledText(why));
    }
    let laid_out: Vec<layout::PageLines> = pages.iter().map(layout::lay_out).collect();
    let texts = laid_out
        .iter()
        .flat_map(|p| &p.lines)
        .flat_map(|l| &l.cells)
        .map(|c| c.text.as_str());
    // Text that decodes through a standard encoding only is what the page shows.
    let standard: usize = pages.iter().map(|p| p.standard).sum();
    if let Some(why) = garble::garbled(texts, standard == glyphs) {
        return Err(SourceError::GarbledText(why));
    }
    let blocks = blocks::build(laid_out, keep_furniture);
    Ok(Document {
        format: SourceFormat::Pdf,
        blocks,
        pages: Some(page_count as u32),
        diagnostics,
    })
}

/// Cheap checks before parsing: empty, not a PDF at all (HTML saved as `.pdf`, …).
fn preflight(bytes: &[u8]) -> Result<(), SourceError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(SourceError::Empty);
    }
    // The header may follow some junk (the spec allows it within the first 1024 bytes).
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Ok(());
    }
    Err(SourceError::NotPdf(format!(
        "expected a `%PDF-` header, found {}",
        describe(bytes)
    )))
}

fn describe(bytes: &[u8]) -> String {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
    let trimmed = head.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with("<!doctype html")
        || trimmed.starts_with("<html")
        || head.contains("<html")
    {
        return "an HTML page".into();
    }
    if trimmed.starts_with("<?xml") || trimmed.starts_with('<') {
        return "XML/markup text".into();
    }
    let magic: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"PK\x03\x04", "a ZIP archive (or Office document)"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"\x7fELF", "an executable"),
    ];
    if let Some((_, what)) = magic.iter().find(|(m, _)| bytes.starts_with(m)) {
        return (*what).into();
    }
    if head.chars().all(|c| !c.is_control() || c.is_whitespace()) {
        let first: String = trimmed.chars().take(40).collect();
        return format!("text starting {first:?}");
    }
    "binary data".into()
}

/// Parse with lopdf. Encrypted files open with the empty user password (permission-only
/// encryption, common on datasheets): lopdf decrypts them while loading, AES-256 included.
fn load(bytes: &[u8]) -> Result<PdfDocument, SourceError> {
    // Object streams are decoded while loading: the same cap per stream as the reader's.
    let options = LoadOptions::with_max_decompressed_size(MAX_STREAM_DECODED);
    let doc = PdfDocument::load_mem_with_options(bytes, options)
        .map_err(|e| classify_load_error(bytes, e))?;
    if doc.is_encrypted() {
        return Err(SourceError::Encrypted(
            "the empty user password does not open it".into(),
        ));
    }
    Ok(doc)
}

fn classify_load_error(bytes: &[u8], e: pdf_extract::Error) -> SourceError {
    use pdf_extract::Error as E;
    let msg = e.to_string();
    match e {
        E::Decryption(_) | E::UnsupportedSecurityHandler(_) | E::AlreadyEncrypted => {
            SourceError::Encrypted(msg)
        }
        E::Decompress(pdf_extract::DecompressError::MemoryLimitExceeded { .. }) => {
            SourceError::LimitExceeded(format!(
                "an object stream decompresses to more than {} MiB",
                MAX_STREAM_DECODED >> 20
            ))
        }
        _ if !bytes.windows(5).any(|w| w == b"%%EOF") => {
            SourceError::BadPdf(format!("{msg} (no %%EOF marker: the file looks truncated)"))
        }
        _ => SourceError::BadPdf(msg),
    }
}

/// Empty the data of image XObjects. pdf-extract's `Do` runs every XObject as a content
/// stream, images included, which is slow on large pictures; text never lives there.
/// Returns how many images there were (to tell a scan from a page of outlined text).
fn blank_images(pdf: &mut PdfDocument) -> usize {
    let mut n = 0;
    for obj in pdf.objects.values_mut() {
        if let Object::Stream(stream) = obj {
            let is_image = stream
                .dict
                .get(b"Subtype")
                .and_then(Object::as_name)
                .is_ok_and(|s| s == b"Image");
            if is_image {
                n += 1;
                stream.dict.remove(b"Filter");
                stream.dict.remove(b"DecodeParms");
                stream.set_content(Vec::new());
            }
        }
    }
    n
}

/// The diagnostic code of a content stream that did not decode (the fork's note).
const UNDECODABLE: &str = "content_undecodable";

/// Why a page could not be read.
enum Problem {
    /// Past a limit of the fork's `guard`.
    Limit(String),
    /// A construct no reader can follow (a Form XObject that draws itself).
    Malformed(String),
    Panic(String),
    Other(String),
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Limit(m) | Problem::Malformed(m) | Problem::Other(m) => f.write_str(m),
            Problem::Panic(m) => write!(f, "panic: {m}"),
        }
    }
}

/// Run pdf-extract page by page; a page that fails is skipped with a diagnostic, and only
/// a document where every page fails is an error (of the first page's kind). What the
/// reader skipped or clamped (the fork's notes) become warnings of their page.
fn collect_pages(
    pdf: &PdfDocument,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Vec<PageGlyphs>, SourceError> {
    let mut processor = pdf_extract::PageProcessor::new(pdf);
    let numbers = processor.page_numbers();
    let mut collector = Collector::default();
    let mut first_problem = None;
    let mut failed = 0;
    for &n in &numbers {
        let before = collector.pages.len();
        let run = catch_unwind(AssertUnwindSafe(|| {
            processor.output_page(&mut collector, n)
        }));
        let problem = match run {
            Ok(Ok(())) => None,
            Ok(Err(OutputError::LimitExceeded(m))) => Some(Problem::Limit(m)),
            Ok(Err(OutputError::Malformed(m))) => Some(Problem::Malformed(m)),
            Ok(Err(e)) => Some(Problem::Other(format!("{e:?}"))),
            Err(payload) => Some(match processor.take_tripped() {
                Some(limit) => Problem::Limit(limit),
                None => Problem::Panic(panic_message(&*payload)),
            }),
        };
        for note in processor.take_notes() {
            let mut d = Diagnostic::warning(note.code, note.message);
            d.page = Some(n);
            diagnostics.push(d);
        }
        if let Some(problem) = problem {
            failed += 1;
            collector.pages.truncate(before);
            let mut d = Diagnostic::warning(
                "pdf_page_unreadable",
                format!("page {n} could not be read and is skipped: {problem}"),
            );
            d.page = Some(n);
            diagnostics.push(d);
            first_problem.get_or_insert((n, problem));
        }
    }
    if failed == numbers.len() {
        let Some((n, problem)) = first_problem else {
            return Ok(collector.pages);
        };
        return Err(match problem {
            Problem::Limit(m) => SourceError::LimitExceeded(format!("{m} (page {n})")),
            Problem::Malformed(m) => SourceError::BadPdf(format!("{m} (page {n})")),
            Problem::Panic(m) => {
                SourceError::Panic(format!("pdf-extract failed on every page ({failed}): {m}"))
            }
            Problem::Other(m) => {
                SourceError::BadPdf(format!("no page could be read ({failed}): {m}"))
            }
        });
    }
    Ok(collector.pages)
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic payload".into()
    }
}

/// Keep the default panic message off stderr for our worker threads: their panics are
/// expected (pdf-extract panics on purpose) and reported as data. Other threads keep the
/// previous hook.
fn quiet_worker_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let ours = std::thread::current()
                .name()
                .is_some_and(|n| n.starts_with(WORKER_NAME));
            if !ours {
                previous(info);
            }
        }));
    });
}
