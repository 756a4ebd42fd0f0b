//! Markdown → Document, from pulldown-cmark events with byte offsets.
//!
//! Converters write datasheets in a few shapes, all handled here without re-parsing the
//! Markdown by hand: `label<TAB>value` lines (a row underlined by `----<TAB>--` becomes a
//! setext heading in CommonMark; a heading holding a tab is turned back into a row), pipe
//! tables, and fenced ```text blocks of raw PDF text whose columns are two or more spaces
//! apart. Inline markup is cleaned as it is read (`mm <sup>2</sup>` → `mm²`, `<b>`,
//! `<a href>`, `$\triangleq$` → `≙`); links are kept beside the line they were on.

use std::sync::LazyLock;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd};
use regex::Regex;

use super::SourceError;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{has_text, Block, BlockKind, Document, Line, Link, Loc, SourceFormat};

/// Read Markdown bytes. Invalid UTF-8 is decoded lossily with a warning; empty files and
/// binary junk are errors.
pub fn read(bytes: &[u8]) -> Result<Document, SourceError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(SourceError::Empty);
    }
    if looks_binary(bytes) {
        return Err(SourceError::Binary(describe_binary(bytes)));
    }
    let mut diagnostics = Vec::new();
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(e) => {
            diagnostics.push(Diagnostic::new(
                Severity::Warning,
                "lossy_utf8",
                format!(
                    "invalid UTF-8 at byte {}; decoded with replacement characters",
                    e.valid_up_to()
                ),
            ));
            String::from_utf8_lossy(bytes)
        }
    };
    let mut doc = parse_str(&text);
    doc.diagnostics.extend(diagnostics);
    Ok(doc)
}

/// A file is binary when it holds NUL bytes or mostly control characters.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    // counted in byte lanes, a block at a time (a block's count fits a byte): a count
    // into a machine word per byte does not vectorise as well
    let control: usize = head
        .chunks(128)
        .map(|block| {
            let n: u8 = block
                .iter()
                .map(|&b| u8::from(b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)))
                .sum();
            usize::from(n)
        })
        .sum();
    control * 10 > head.len()
}

fn describe_binary(bytes: &[u8]) -> String {
    let magic: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF"),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"PK\x03\x04", "a ZIP archive (or Office document)"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"\x7fELF", "an executable"),
    ];
    let found = magic
        .iter()
        .find(|(m, _)| bytes.starts_with(m))
        .map(|(_, what)| *what)
        .unwrap_or("binary data (NUL or control bytes)");
    format!("expected Markdown text, found {found}")
}

/// The pulldown-cmark extensions dsx reads Markdown with (the speed baselines parse with
/// the same ones).
pub const PARSER_OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_MATH)
    .union(Options::ENABLE_STRIKETHROUGH);

/// Parse Markdown text into a Document.
pub fn parse_str(text: &str) -> Document {
    let text = super::symbol_font::map_symbols(text);
    let text = text.as_ref();
    let mut b = Builder::new(text);
    for (event, range) in Parser::new_ext(text, PARSER_OPTIONS).into_offset_iter() {
        b.event(event, range);
    }
    b.finish()
}

/// The text of a parser string, most of which borrow from the source. (`CowStr`'s
/// `Deref` is a call into pulldown-cmark, one per event; the borrowed case matched here
/// is not.)
fn text_of<'c>(s: &'c CowStr<'_>) -> &'c str {
    match s {
        CowStr::Borrowed(t) => t,
        other => other,
    }
}

/// Where the builder is inside the block structure.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    None,
    Heading(u8),
    Text,
    Table,
    Code,
    Html,
}

struct Builder<'a> {
    src: &'a str,
    line_starts: Vec<usize>,
    /// Index in `line_starts` of the line the last [`Builder::line_of`] found.
    last_line: std::cell::Cell<usize>,
    blocks: Vec<Block>,
    mode: Mode,
    /// Lines of the block being built.
    lines: Vec<Line>,
    /// Cells of the line being built; the last one receives text.
    cells: Vec<String>,
    links: Vec<Link>,
    line_start: Option<usize>,
    /// Inline state.
    link_stack: Vec<(String, usize)>,
    sup: Option<String>,
    image_depth: usize,
    strong_depth: usize,
    /// Text seen on the current line inside / outside bold markup.
    strong_text: bool,
    plain_text: bool,
    table_header: bool,
    list_depth: usize,
    /// The code block being read is indented, not fenced.
    indented_code: bool,
    /// The text may hold a tab: one in the source, or an entity the parser decodes to one
    /// (`&#9;`, `&Tab;`). Most documents have none: neither their text nor the indentation
    /// of their lines is searched for one.
    tabs: bool,
}

impl<'a> Builder<'a> {
    fn new(src: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', src.as_bytes()).map(|i| i + 1));
        let b = src.as_bytes();
        // one pass for both bytes (an `&` is rare): not one for the tab and one per entity
        let tabs = memchr::memchr2_iter(b'\t', b'&', b).any(|i| {
            b[i] == b'\t' || b[i + 1..].starts_with(b"#") || b[i + 1..].starts_with(b"Tab;")
        });
        Builder {
            src,
            line_starts,
            last_line: std::cell::Cell::new(0),
            blocks: Vec::new(),
            mode: Mode::None,
            lines: Vec::new(),
            cells: vec![String::new()],
            links: Vec::new(),
            line_start: None,
            link_stack: Vec::new(),
            sup: None,
            image_depth: 0,
            strong_depth: 0,
            strong_text: false,
            plain_text: false,
            indented_code: false,
            table_header: false,
            list_depth: 0,
            tabs,
        }
    }

    /// The 1-based line holding `offset`.
    fn line_of(&self, offset: usize) -> usize {
        // Lookups come in source order: the line of the last one, or one of the two after
        // it, nearly always holds the offset (tried before a search over every line start).
        let starts = &self.line_starts;
        let holds = |i: usize| {
            starts.get(i).is_some_and(|&s| s <= offset)
                && starts.get(i + 1).is_none_or(|&next| offset < next)
        };
        let last = self.last_line.get();
        let i = if holds(last) {
            last
        } else if holds(last + 1) {
            last + 1
        } else if holds(last + 2) {
            // past a blank line
            last + 2
        } else {
            starts.partition_point(|&s| s <= offset) - 1
        };
        self.last_line.set(i);
        i + 1
    }

    /// The bytes from `offset` to the end of its source line.
    fn rest_of_line(&self, offset: usize) -> usize {
        let next = self
            .line_starts
            .get(self.line_of(offset))
            .copied()
            .unwrap_or(self.src.len());
        next.saturating_sub(offset)
    }

    fn loc(&self) -> Loc {
        Loc {
            line: self.line_start.map(|o| self.line_of(o)),
            page: None,
        }
    }

    /// Append inline text to the current cell (or the open `<sup>`).
    fn push_text(&mut self, t: &str, offset: usize) {
        if self.image_depth > 0 {
            return;
        }
        if self.line_start.is_none() {
            self.line_start = Some(offset);
        }
        if let Some(sup) = self.sup.as_mut() {
            sup.push_str(t);
            return;
        }
        // Whether the line is all bold: only whether text was seen inside and outside
        // `<b>`/`**` matters, not how much.
        let known = if self.strong_depth > 0 {
            self.strong_text
        } else {
            self.plain_text
        };
        if !known && !is_blank(t) {
            if self.strong_depth > 0 {
                self.strong_text = true;
            } else {
                self.plain_text = true;
            }
        }
        if !self.tabs || memchr::memchr(b'\t', t.as_bytes()).is_none() {
            // a line's text comes in pieces (text, tags, entities): room for the rest of
            // its source line at the first, not a regrowth per piece
            let room = if self.cells.last().is_some_and(|c| c.capacity() == 0) {
                self.rest_of_line(offset).max(t.len())
            } else {
                t.len()
            };
            let cell = self.cells.last_mut().expect("a cell");
            cell.reserve(room);
            cell.push_str(t);
            return;
        }
        for (i, part) in t.split('\t').enumerate() {
            if i > 0 && matches!(self.mode, Mode::Text | Mode::Heading(_)) {
                self.cells.push(String::new());
            } else if i > 0 {
                self.cells.last_mut().expect("a cell").push(' ');
            }
            self.cells.last_mut().expect("a cell").push_str(part);
        }
    }

    /// Close the current line into the block being built.
    fn end_line(&mut self) {
        let strong = self.strong_text && !self.plain_text;
        self.strong_text = false;
        self.plain_text = false;
        // A line without text (blank once cleaned) is dropped, unless it is a table's row:
        // the next line reuses its vector of cells (text ends many lines that hold none).
        if self.mode != Mode::Table && !self.cells.iter().any(|c| has_text(c)) {
            self.cells.clear();
            self.cells.push(String::new());
            self.links.clear();
            self.line_start = None;
            return;
        }
        // the next line likely has as many cells (a table's rows): no regrowing
        let next = Vec::with_capacity(self.cells.len());
        let mut cells: Vec<String> = std::mem::replace(&mut self.cells, next);
        self.cells.push(String::new());
        for c in cells.iter_mut() {
            if needs_cleaning(c) {
                clean_cell_in_place(c);
            }
        }
        let loc = self.loc();
        self.line_start = None;
        let mut line = Line::new(cells, loc);
        line.links = std::mem::take(&mut self.links);
        line.strong = strong;
        self.lines.push(line);
    }

    fn end_block(&mut self, kind: BlockKind) {
        if !self.lines.is_empty() {
            // moved out into a vector of their number: the builder's keeps its room for
            // the next block, which is not grown again line by line
            let lines = self.lines.drain(..).collect();
            self.blocks.push(Block { kind, lines });
        }
    }

    /// Leading tabs of the source line holding `offset`: continuation lines of a paragraph
    /// lose their indentation in CommonMark, but a leading tab is an empty first cell.
    fn leading_tabs(&self, offset: usize) -> usize {
        let line = self.line_of(offset);
        let start = self.line_starts[line - 1];
        self.src[start..offset.min(self.src.len())]
            .chars()
            .take_while(|c| c.is_whitespace())
            .filter(|&c| c == '\t')
            .count()
    }

    fn event(&mut self, event: Event<'a>, range: std::ops::Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => {
                self.end(tag);
                forget_end(event);
            }
            Event::Text(t) => {
                let t = text_of(&t);
                if self.mode == Mode::Code {
                    self.code_text(t, range.start);
                } else {
                    if self.mode == Mode::None {
                        self.mode = Mode::Text;
                    }
                    if self.tabs && self.line_start.is_none() && self.mode == Mode::Text {
                        for _ in 0..self.leading_tabs(range.start) {
                            self.cells.push(String::new());
                        }
                    }
                    self.push_text(t, range.start);
                }
            }
            Event::Code(t) => self.push_text(text_of(&t), range.start),
            Event::InlineMath(t) | Event::DisplayMath(t) => {
                let s = latex_symbol(&t);
                self.push_text(&s, range.start);
            }
            Event::InlineHtml(h) => self.inline_html(text_of(&h), range.start),
            Event::Html(h) => {
                if self.mode != Mode::Html {
                    self.flush_open();
                    self.mode = Mode::Html;
                }
                self.inline_html(text_of(&h), range.start);
            }
            Event::SoftBreak | Event::HardBreak => {
                if self.mode == Mode::Table {
                    self.push_text(" ", range.start);
                } else {
                    self.end_line();
                }
            }
            Event::Rule => {
                self.flush_open();
            }
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
        }
    }

    /// Close whatever block is open (used when a new block starts without an explicit end).
    fn flush_open(&mut self) {
        match self.mode {
            Mode::Html | Mode::Text => {
                self.end_line();
                self.end_block(BlockKind::Text);
            }
            _ => {}
        }
        self.mode = Mode::None;
    }

    fn start(&mut self, tag: Tag<'a>, range: std::ops::Range<usize>) {
        match tag {
            Tag::Heading { level, .. } => {
                self.flush_open();
                self.mode = Mode::Heading(level as u8);
                self.line_start = Some(range.start);
            }
            Tag::Paragraph => {
                if self.list_depth == 0 {
                    self.flush_open();
                } else if self.mode == Mode::Text {
                    self.end_line();
                }
                self.mode = Mode::Text;
                forget_plain(tag);
            }
            Tag::Item => {
                if self.mode == Mode::Text {
                    self.end_line();
                }
                self.mode = Mode::Text;
                self.line_start = Some(range.start);
                forget_plain(tag);
            }
            Tag::List(_) => {
                if self.list_depth == 0 {
                    self.flush_open();
                    self.mode = Mode::Text;
                } else {
                    self.end_line();
                }
                self.list_depth += 1;
                forget_plain(tag);
            }
            Tag::Table(_) => {
                self.flush_open();
                self.mode = Mode::Table;
            }
            Tag::TableHead => {
                self.table_header = true;
                forget_plain(tag);
            }
            Tag::TableRow => forget_plain(tag),
            Tag::TableCell => {
                if self.line_start.is_none() {
                    self.line_start = Some(range.start);
                    self.cells.clear();
                }
                // sized to the cell's source text (which its text is rarely longer than):
                // one allocation, not one per piece pushed as it grows
                self.cells.push(String::with_capacity(range.len()));
                forget_plain(tag);
            }
            Tag::CodeBlock(kind) => {
                self.flush_open();
                self.mode = Mode::Code;
                self.indented_code = matches!(kind, CodeBlockKind::Indented);
                // The first content line is the one after the fence line.
                let first = match kind {
                    CodeBlockKind::Fenced(_) => self.line_of(range.start) + 1,
                    CodeBlockKind::Indented => self.line_of(range.start),
                };
                self.line_start = self.line_starts.get(first - 1).copied();
            }
            Tag::Link { dest_url, .. } => {
                let at = self.cells.last().map_or(0, String::len);
                self.link_stack.push((dest_url.into_string(), at));
            }
            Tag::Image { .. } => self.image_depth += 1,
            Tag::Strong => {
                self.strong_depth += 1;
                forget_plain(tag);
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                let level = match self.mode {
                    Mode::Heading(l) => l,
                    _ => 1,
                };
                if self.cells.len() > 1 {
                    // `label<TAB>value` underlined by `----<TAB>--`: a row, not a heading.
                    self.mode = Mode::Text;
                    self.end_line();
                    self.end_block(BlockKind::Text);
                } else {
                    self.end_line();
                    self.end_block(BlockKind::Heading { level });
                }
                self.mode = Mode::None;
            }
            TagEnd::Paragraph => {
                if self.list_depth == 0 {
                    self.end_line();
                    if let Some(rows) = rejected_table(&self.lines) {
                        self.lines = rows;
                        self.end_block(BlockKind::Table { header: true });
                    } else {
                        self.end_block(BlockKind::Text);
                    }
                    self.mode = Mode::None;
                } else {
                    self.end_line();
                }
            }
            TagEnd::Item => self.end_line(),
            TagEnd::List(_) => {
                self.list_depth = self.list_depth.saturating_sub(1);
                if self.list_depth == 0 {
                    self.end_line();
                    self.end_block(BlockKind::Text);
                    self.mode = Mode::None;
                }
            }
            TagEnd::TableHead => {
                self.end_line();
                self.table_header = false;
            }
            TagEnd::TableRow => self.end_line(),
            TagEnd::Table => {
                self.end_block(BlockKind::Table { header: true });
                self.mode = Mode::None;
            }
            TagEnd::CodeBlock => {
                // A fenced block is text the converter kept verbatim; an indented one is
                // the converter's running text that happened to start four spaces in.
                let kind = if self.indented_code {
                    BlockKind::Text
                } else {
                    BlockKind::Preformatted
                };
                self.end_block(kind);
                self.cells = vec![String::new()];
                self.line_start = None;
                self.mode = Mode::None;
            }
            TagEnd::HtmlBlock => {
                self.end_line();
                self.end_block(BlockKind::Text);
                self.mode = Mode::None;
            }
            TagEnd::Link => self.close_link(),
            TagEnd::Image => self.image_depth = self.image_depth.saturating_sub(1),
            TagEnd::Strong => self.strong_depth = self.strong_depth.saturating_sub(1),
            _ => {}
        }
    }

    fn close_link(&mut self) {
        if let Some((url, at)) = self.link_stack.pop() {
            let cell = self.cells.last().map(String::as_str).unwrap_or("");
            let text = cell.get(at..).unwrap_or("").trim().to_string();
            if !url.is_empty() {
                self.links.push(Link { text, url });
            }
        }
    }

    /// Raw text of a fenced block: one Line per source line, cells two or more spaces apart.
    /// A converter's text indented four spaces becomes a code block whose `<br>` tags are
    /// left as text: each one ends a line, as it would outside the block.
    fn code_text(&mut self, t: &str, offset: usize) {
        // the lines of `t` as `split_inclusive('\n')` gives them, each found by memchr (the
        // parser hands over a line at a time: the searcher of `split_inclusive` costs more
        // than the search)
        let mut rest = t;
        let lines = std::iter::from_fn(|| {
            let end = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |i| i + 1);
            let (line, after) = rest.split_at(end);
            rest = after;
            (!line.is_empty()).then_some(line)
        });
        for (line_no, source_line) in (self.line_of(offset)..).zip(lines) {
            let source_line = source_line.trim_end_matches(['\n', '\r']);
            // (most lines hold no tag: no substring searcher is set up for them)
            if memchr::memchr(b'<', source_line.as_bytes()).is_none() {
                self.code_line(source_line, line_no);
                continue;
            }
            for raw in source_line.split("<br>") {
                self.code_line(raw, line_no);
            }
        }
    }

    fn code_line(&mut self, raw: &str, line_no: usize) {
        // the cells go straight into the line's own vector: no list of pieces first
        // (room for the few cells most lines have: `split_wide` hands over one at least)
        let mut cells: Vec<String> = Vec::with_capacity(4);
        // A table row a converter printed into raw text with ` | ` between its cells
        // (`Contact resistance (initial value) | 100 mOhm max.`): its cells are those.
        // (a bar between spaces, found by a byte search: a substring searcher costs more
        // to set up than most raw lines take to scan)
        let b = raw.as_bytes();
        let bar = memchr::memchr_iter(b'|', b)
            .any(|i| i > 0 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' '));
        if bar {
            let t = raw.trim();
            let t = t.strip_prefix('|').unwrap_or(t);
            let t = t.strip_suffix('|').unwrap_or(t);
            for c in t.split('|') {
                let c = c.trim();
                cells.push(if needs_cleaning(c) {
                    clean_cell(c)
                } else {
                    c.to_string()
                });
            }
        } else {
            split_wide(raw, |c, plain| {
                cells.push(if !plain && needs_cleaning(c) {
                    clean_cell(c)
                } else {
                    c.to_string()
                });
            });
        }
        if cells.iter().any(|c| !c.is_empty()) {
            let loc = Loc {
                line: Some(line_no),
                page: None,
            };
            self.lines.push(Line::new(cells, loc));
        }
    }

    fn inline_html(&mut self, h: &str, offset: usize) {
        // Comments (`<!-- Start of picture text -->`) are the converter's, not the document's.
        // Most inline HTML is one bare tag (`<br>`, `<sup>`, `</b>`): no regex needed.
        if let Some(name) = h
            .strip_prefix('<')
            .and_then(|r| r.strip_suffix('>'))
            .filter(|r| r.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'/'))
        {
            let (closing, name) = match name.strip_prefix('/') {
                Some(n) => (true, n),
                None => (false, name.trim_end_matches('/')),
            };
            let mut buf = [0; TAG_BUF];
            self.tag(lower_tag(name, &mut buf), closing, "", offset);
            return;
        }
        for piece in html_pieces(h) {
            match piece {
                HtmlPiece::Text(text) => {
                    let t = decode_entities(text);
                    if self.mode == Mode::Html {
                        for (i, part) in t.split('\n').enumerate() {
                            if i > 0 {
                                self.end_line();
                            }
                            if !part.trim().is_empty() || self.line_start.is_some() {
                                self.push_text(part, offset);
                            }
                        }
                    } else {
                        self.push_text(&t, offset);
                    }
                }
                HtmlPiece::Tag {
                    closing,
                    name,
                    attrs,
                } => {
                    let mut buf = [0; TAG_BUF];
                    self.tag(lower_tag(name, &mut buf), closing, attrs, offset)
                }
            }
        }
    }

    /// One HTML tag: `<sup>`, `<br>`, `<b>`, `<a href=…>` and their ends.
    fn tag(&mut self, name: &[u8], closing: bool, attrs: &str, offset: usize) {
        static HREF: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r#"(?i)href\s*=\s*["']([^"']*)["']"#).expect("valid"));
        {
            match (name, closing) {
                (b"sup", false) => self.sup = Some(String::new()),
                (b"sup", true) => {
                    if let Some(s) = self.sup.take() {
                        self.append_superscript(&s, offset);
                    }
                }
                (b"br", _) => match self.mode {
                    Mode::Html => self.end_line(),
                    // A line break inside a table cell: kept, so sub-rows can be told apart.
                    Mode::Table => self.push_text("\n", offset),
                    // A hard break in running text starts a new line (a converter's
                    // "picture text" puts each line of a figure or text box on its own).
                    Mode::Text => self.end_line(),
                    _ => self.push_text(" ", offset),
                },
                (b"b" | b"strong", false) => self.strong_depth += 1,
                (b"b" | b"strong", true) => self.strong_depth = self.strong_depth.saturating_sub(1),
                (b"a", false) => {
                    let url = HREF
                        .captures(attrs)
                        .map(|c| c[1].to_string())
                        .unwrap_or_default();
                    let at = self.cells.last().map_or(0, String::len);
                    self.link_stack.push((url, at));
                }
                (b"a", true) => self.close_link(),
                (b"p" | b"div" | b"tr" | b"li", _) if self.mode == Mode::Html => self.end_line(),
                _ => {}
            }
        }
    }

    /// `mm <sup>2</sup>` → `mm²`; `WINSTA <sup>®</sup>` → `WINSTA®`; other text kept.
    fn append_superscript(&mut self, s: &str, offset: usize) {
        let s = s.trim();
        let mapped: Option<String> = s.chars().map(super::superscript).collect();
        let glued = match &mapped {
            Some(m) if !m.is_empty() => Some(m.clone()),
            _ if matches!(s, "®" | "™" | "©" | "TM") => Some(s.replace("TM", "™")),
            _ => None,
        };
        match glued {
            Some(g) => {
                if let Some(cell) = self.cells.last_mut() {
                    let trimmed = cell.trim_end().len();
                    cell.truncate(trimmed);
                }
                self.push_text(&g, offset);
            }
            None => self.push_text(s, offset),
        }
    }

    fn finish(mut self) -> Document {
        match self.mode {
            Mode::Code => self.end_block(BlockKind::Preformatted),
            Mode::Table => self.end_block(BlockKind::Table { header: true }),
            _ => {
                self.end_line();
                self.end_block(BlockKind::Text);
            }
        }
        super::cut_words::repair(&mut self.blocks, self.src);
        Document {
            format: SourceFormat::Markdown,
            blocks: self.blocks,
            pages: None,
            diagnostics: Vec::new(),
        }
    }
}

/// Lets go of the end of an element, which holds nothing to drop, without a call to the
/// drop glue of every kind of event (one was made for each end, the most frequent event).
fn forget_end(event: Event<'_>) {
    debug_assert!(matches!(event, Event::End(_)));
    std::mem::forget(event);
}

/// Lets go of a tag that holds nothing to drop (a paragraph, a table cell, …), without a
/// call to the drop glue of every kind of tag (one was made for each start of the most
/// frequent elements).
fn forget_plain(tag: Tag<'_>) {
    debug_assert!(matches!(
        tag,
        Tag::Paragraph
            | Tag::Item
            | Tag::List(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::TableCell
            | Tag::Strong
    ));
    std::mem::forget(tag);
}

/// Room for the lower-cased name of any tag [`Builder::tag`] knows (the longest,
/// `strong`, has six letters).
const TAG_BUF: usize = 8;

/// A tag's name lower-cased on the stack (there is one tag per `<br>`, `<sup>`, `<b>`:
/// no allocation each), as bytes: the names it is matched against are ASCII. A name too
/// long for `buf` is no tag `Builder::tag` knows and is returned as it is, to match none.
fn lower_tag<'b>(name: &'b str, buf: &'b mut [u8; TAG_BUF]) -> &'b [u8] {
    let Some(b) = buf.get_mut(..name.len()) else {
        return name.as_bytes();
    };
    // byte by byte: a copy of the name first is a call to `memcpy` per tag
    for (d, &s) in b.iter_mut().zip(name.as_bytes()) {
        *d = s.to_ascii_lowercase();
    }
    b
}

/// A piece of inline HTML: text, or a tag with its name and attributes.
#[derive(Debug, PartialEq)]
enum HtmlPiece<'a> {
    Text(&'a str),
    Tag {
        closing: bool,
        name: &'a str,
        attrs: &'a str,
    },
}

/// Split inline HTML into text and tags; comments (`<!-- … -->`, to the end when
/// unclosed) are dropped, and a `<` that opens no tag (`<2 mA`) stays text.
fn html_pieces(h: &str) -> Vec<HtmlPiece<'_>> {
    let mut out = Vec::new();
    let mut rest = h;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            out.push(HtmlPiece::Text(rest));
            break;
        };
        if lt > 0 {
            out.push(HtmlPiece::Text(&rest[..lt]));
        }
        let at = &rest[lt..];
        if let Some(body) = at.strip_prefix("<!--") {
            rest = body.find("-->").map_or("", |e| &body[e + 3..]);
            continue;
        }
        let inner = at[1..].strip_prefix('/');
        let (closing, after) = match inner {
            Some(a) => (true, a),
            None => (false, &at[1..]),
        };
        let name_len = after
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let starts_name = after
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic());
        match after.find('>') {
            Some(gt) if starts_name && gt >= name_len => {
                out.push(HtmlPiece::Tag {
                    closing,
                    name: &after[..name_len],
                    attrs: &after[name_len..gt],
                });
                rest = &after[gt + 1..];
            }
            _ => {
                out.push(HtmlPiece::Text("<"));
                rest = &at[1..];
            }
        }
    }
    out
}

/// Split a raw text line at runs of two or more spaces (or tabs). A two-space gap between
/// a number and a word (`40  mA`) stays inside its cell; the cells still hold their inner
/// whitespace, which `clean_cell` folds. Each cell is handed to `cell`, in order, with
/// whether it is known to need no cleaning (`plain`).
fn split_wide<'r>(raw: &'r str, mut cell: impl FnMut(&'r str, bool)) {
    let t = raw.trim();
    let b = t.as_bytes();
    // Most lines (nine in ten of a converter's raw text) have no gap: one cell, told by one
    // pass over the byte pairs that does not stop early, so it vectorises. (The last byte,
    // trimmed, is no tab.) The same pass looks for what else `needs_cleaning` looks for: a
    // line without a gap (so without two whitespace bytes in a row), trimmed and without
    // a line break, needs no cleaning unless it holds a vertical tab, a form feed or a
    // carriage return, or a byte that is not ASCII (which may be a Unicode space).
    let (gap, odd) = b.iter().zip(b.get(1..).unwrap_or_default()).fold(
        (false, false),
        |(gap, odd), (&x, &y)| {
            (
                gap | (x == b'\t') | ((x == b' ') & (y == b' ')),
                odd | (x >= 0x80) | matches!(x, 0x0B..=0x0D),
            )
        },
    );
    if !gap {
        cell(t, !odd);
        return;
    }
    let (mut cell_start, mut i) = (0, 0);
    while i < b.len() {
        let x = b[i];
        if x != b'\t' && !(x == b' ' && b.get(i + 1) == Some(&b' ')) {
            i += 1;
            continue;
        }
        // a gap: a run of tabs, or a run of two or more spaces
        let gap_end = i + b[i..].iter().take_while(|&&y| y == x).count();
        let number_then_word = x == b' '
            && gap_end - i == 2
            && t[..i].ends_with(|c: char| c.is_ascii_digit())
            && t[gap_end..].starts_with(|c: char| c.is_alphabetic());
        if !number_then_word {
            cell(&t[cell_start..i], false);
            cell_start = gap_end;
        }
        i = gap_end;
    }
    cell(&t[cell_start..], false);
}

/// Whether a cell has whitespace to fold (most cells do not: skip the copy): whitespace
/// at either end, whitespace other than a space or a line break, or two in a row. (A
/// line break between words, from a `<br>` in a table cell, is kept as it is.)
///
/// Inlined into the loops over a line's cells: most cells are short, and a call per cell
/// (which saves registers and sets up the masks again) cost about as much as the test.
#[inline(always)]
fn needs_cleaning(c: &str) -> bool {
    let b = c.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return false;
    };
    if is_ascii_space(first) || is_ascii_space(last) {
        return true;
    }
    // One pass, eight bytes at a time, for two whitespace bytes in a row, a byte below a
    // space other than a line break, and a byte that is not ASCII. (Cells are short: a
    // byte loop, even one that vectorises, spends most of its time on the last bytes.)
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // the top bit of each byte set where a test holds; `prev`: whether the byte before
    // the eight is whitespace, in the top bit of the first byte
    let (mut pairs, mut odd, mut high, mut prev) = (0, 0, 0, 0);
    let (chunks, rest) = b.as_chunks::<8>();
    for chunk in chunks {
        let x = u64::from_le_bytes(*chunk);
        eight_bytes(x, u64::MAX, &mut pairs, &mut odd, &mut prev);
        high |= x;
    }
    if !rest.is_empty() {
        // the last bytes, in the low bytes of `x`: in a cell of eight bytes or more, its
        // last eight with those already seen shifted out (one load, not one per byte); the
        // bytes above them are no cell's, and left out of the tests
        let x = match b.last_chunk::<8>() {
            Some(last) if !chunks.is_empty() => u64::from_le_bytes(*last) >> (8 * (8 - rest.len())),
            _ => rest.iter().rev().fold(0, |x, &y| (x << 8) | u64::from(y)),
        };
        let valid = u64::MAX >> (8 * (8 - rest.len()));
        eight_bytes(x, valid, &mut pairs, &mut odd, &mut prev);
        high |= x;
    }
    if odd & HIGH != 0 {
        // a tab, a carriage return, or a control byte that is no whitespace: rare, told
        // by the definition
        return needs_cleaning_by_chars(c);
    }
    // only spaces and line breaks are whitespace bytes here: two in a row need cleaning
    if pairs & HIGH != 0 {
        return true;
    }
    // a Unicode space needs cleaning wherever it is (it is no space or line break)
    high & HIGH != 0 && !ascii_spaces_only(b)
}

/// [`needs_cleaning`] by its definition, a character at a time: whitespace other than a
/// space or a line break, two in a row, or at either end.
fn needs_cleaning_by_chars(c: &str) -> bool {
    let mut prev_ws = true; // leading whitespace needs trimming
    for ch in c.chars() {
        let ws = ch.is_whitespace();
        if ws && (prev_ws || !matches!(ch, ' ' | '\n')) {
            return true;
        }
        prev_ws = ws;
    }
    prev_ws && !c.is_empty() // trailing whitespace
}

/// One step of [`needs_cleaning`] over the eight bytes `x`, of which the bytes `valid`
/// covers are the cell's. (A function, not a closure: the step after the loop was called
/// out of line, a call per cell.)
#[inline(always)]
fn eight_bytes(x: u64, valid: u64, pairs: &mut u64, odd: &mut u64, prev: &mut u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // Each byte with its top bit set first: the subtractions below cannot borrow from the
    // next byte, and leave the top bit clear where the byte's low seven bits are below
    // the number subtracted. Only ASCII bytes count.
    let set = x | HIGH;
    let ascii = !x & HIGH & valid;
    // a space or a byte below it (whitespace bytes among them), and a byte below a space
    let space_or_below = !set.wrapping_sub(ONES * 0x21) & ascii;
    let below = !set.wrapping_sub(ONES * 0x20) & ascii;
    // a line break: the byte equal to `\n` is zero once `\n` is taken out of it
    let line_break = !((x ^ (ONES * u64::from(b'\n'))) | HIGH).wrapping_sub(ONES) & ascii;
    *odd |= below & !line_break;
    *pairs |= space_or_below & ((space_or_below << 8) | *prev);
    *prev = space_or_below >> 56;
}

/// Whether every whitespace character in `b` (UTF-8) is ASCII, so byte-level tests are
/// exact. True for most text, also most non-ASCII text (`°`, `µ`, `–`, `’`, `•`); false
/// where it holds a Unicode space (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
/// U+2029, U+202F, U+205F, U+3000), found by its UTF-8 bytes.
fn ascii_spaces_only(b: &[u8]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A cell holds few non-ASCII characters: the ASCII bytes are skipped eight at a time,
    // and only each non-ASCII character (found from a character boundary, so its first
    // byte) is compared with the spaces' bytes. (A pass over every byte triple costs ten
    // times as much on a typical cell.)
    let mut i = 0;
    while i < b.len() {
        let x = match b.get(i..i + 8) {
            Some(eight) => u64::from_le_bytes(eight.try_into().expect("eight bytes")) & HIGH,
            None => u64::from(b[i] & 0x80),
        };
        if x == 0 {
            i += if b.len() - i >= 8 { 8 } else { 1 };
            continue;
        }
        // the first non-ASCII byte, where a character starts (the bytes before it are ASCII)
        i += x.trailing_zeros() as usize / 8;
        let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
        let space = match b[i] {
            0xC2 => matches!(at(1), 0x85 | 0xA0),
            0xE1 => at(1) == 0x9A && at(2) == 0x80,
            0xE2 => match at(1) {
                0x80 => matches!(at(2), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF),
                0x81 => at(2) == 0x9F,
                _ => false,
            },
            0xE3 => at(1) == 0x80 && at(2) == 0x80,
            _ => false,
        };
        if space {
            return false;
        }
        // on to the next character: the lead byte tells its length
        i += match b[i] {
            0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
    }
    true
}

/// `t` is empty or all whitespace; told from the first byte for most text.
fn is_blank(t: &str) -> bool {
    match t.as_bytes().first() {
        None => true,
        Some(&b) if b.is_ascii() && !is_ascii_space(b) => false,
        Some(_) => t.trim().is_empty(),
    }
}

/// `char::is_whitespace` for an ASCII byte (unlike `u8::is_ascii_whitespace`, it counts
/// the vertical tab).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// Collapse whitespace runs and trim; keep line breaks (`<br>` in table cells) and
/// everything else as printed.
fn clean_cell(c: &str) -> String {
    // one line's words, joined by single spaces, after a line break if `out` has text
    fn push_line<'a>(out: &mut String, mut words: impl Iterator<Item = &'a str>) {
        let Some(first) = words.next() else {
            return;
        };
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(first);
        for w in words {
            out.push(' ');
            out.push_str(w);
        }
    }
    let mut out = String::with_capacity(c.len());
    let ascii = ascii_spaces_only(c.as_bytes());
    for line in c.split('\n') {
        if ascii {
            let words = line.split(|ch: char| matches!(ch, ' ' | '\t'..='\r'));
            push_line(&mut out, words.filter(|w| !w.is_empty()));
        } else {
            push_line(&mut out, line.split_whitespace());
        }
    }
    out
}

/// [`clean_cell`] without a copy: when all whitespace is ASCII, the bytes are moved down
/// over the whitespace they lose (the text only gets shorter).
fn clean_cell_in_place(c: &mut String) {
    if !ascii_spaces_only(c.as_bytes()) {
        *c = clean_cell(c);
        return;
    }
    let mut b = std::mem::take(c).into_bytes();
    let mut w = 0;
    // inside a word; a word seen on the current line
    let (mut in_word, mut line_started) = (false, false);
    for r in 0..b.len() {
        let x = b[r];
        if x == b'\n' {
            (in_word, line_started) = (false, false);
            continue;
        }
        if is_ascii_space(x) {
            in_word = false;
            continue;
        }
        if !in_word {
            // a word after a gap (one byte at least was skipped: `w < r` stays true):
            // one space on its line, a line break before the first word of a later line
            if line_started {
                b[w] = b' ';
                w += 1;
            } else if w > 0 {
                b[w] = b'\n';
                w += 1;
            }
            (in_word, line_started) = (true, true);
        }
        b[w] = x;
        w += 1;
    }
    b.truncate(w);
    // only ASCII bytes were dropped or written: still UTF-8
    *c = String::from_utf8(b).expect("UTF-8 with ASCII whitespace folded");
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The few LaTeX symbols converters emit for characters a PDF font had (`$\triangleq$`).
fn latex_symbol(t: &str) -> String {
    const MAP: &[(&str, &str)] = &[
        ("\\triangleq", "≙"),
        ("\\leq", "≤"),
        ("\\geq", "≥"),
        ("\\le", "≤"),
        ("\\ge", "≥"),
        ("\\pm", "±"),
        ("\\times", "×"),
        ("\\approx", "≈"),
        ("\\cdot", "·"),
        ("\\circ", "°"),
        ("\\degree", "°"),
        ("\\mu", "µ"),
        ("\\Omega", "Ω"),
        ("\\infty", "∞"),
        ("\\rightarrow", "→"),
        ("\\neq", "≠"),
    ];
    let mut s = t.trim().to_string();
    for (k, v) in MAP {
        s = s.replace(k, v);
    }
    s.replace(['{', '}'], "").replace("^", "")
}

/// A pipe table the parser did not take because its header row has more cells than its
/// delimiter row (`|Thermal test | Test group C||` over `|---|---|`, as a converter writes
/// a header with an empty last cell): a paragraph whose lines all start and end with `|`,
/// one of them a delimiter row. Its rows split at the pipes, the delimiter row left out.
fn rejected_table(lines: &[Line]) -> Option<Vec<Line>> {
    fn piped(l: &Line) -> Option<&str> {
        let t = l.cells.first().map_or("", |c| c.trim());
        (l.cells.len() == 1 && t.len() >= 2 && t.starts_with('|') && t.ends_with('|')).then_some(t)
    }
    let delimiter = |t: &str| {
        t.trim_matches('|').split('|').all(|c| {
            let c = c.trim();
            !c.is_empty() && c.trim_matches(':').bytes().all(|b| b == b'-')
        })
    };
    if lines.len() < 3 || !lines.iter().all(|l| piped(l).is_some()) {
        return None;
    }
    if !lines.iter().filter_map(piped).any(delimiter) {
        return None;
    }
    let rows = lines
        .iter()
        .filter_map(|l| {
            let t = piped(l)?;
            if delimiter(t) {
                return None;
            }
            let inner = &t[1..t.len() - 1];
            let cells = inner.split('|').map(|c| c.trim().to_string()).collect();
            let mut row = Line::new(cells, l.loc);
            row.links = l.links.clone();
            Some(row)
        })
        .collect();
    Some(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    type Row = (String, Vec<String>);

    fn lines(md: &str) -> Vec<Row> {
        parse_str(md)
            .blocks
            .iter()
            .flat_map(|b| {
                let k = match b.kind {
                    BlockKind::Heading { .. } => "h",
                    BlockKind::Text => "t",
                    BlockKind::Preformatted => "pre",
                    BlockKind::Table { .. } => "table",
                    BlockKind::Figure => "figure",
                };
                b.lines
                    .iter()
                    .map(move |l| (k.to_string(), l.cells.clone()))
            })
            .collect()
    }

    fn row(k: &str, cells: &[&str]) -> Row {
        (k.to_string(), cells.iter().map(|c| c.to_string()).collect())
    }

    #[test]
    fn row_shapes() {
        let cases: &[(&str, Vec<Row>)] = &[
            // tab rows in one paragraph
            (
                "Rated current\t25 A\nWeight\t6.6 g\n",
                vec![
                    row("t", &["Rated current", "25 A"]),
                    row("t", &["Weight", "6.6 g"]),
                ],
            ),
            // a row underlined by ----<TAB>-- is a setext heading in CommonMark: still a row
            (
                "Weight\t6.6 g\n--------\t-------\n",
                vec![row("t", &["Weight", "6.6 g"])],
            ),
            // a real setext heading stays a heading
            ("Data\n----\n", vec![row("h", &["Data"])]),
            // <sup> glued to the unit; the space before it dropped
            (
                "Nominal cross-section\t4 mm <sup>2</sup>\n",
                vec![row("t", &["Nominal cross-section", "4 mm²"])],
            ),
            // LaTeX symbol and escapes
            (
                "Legend\t(III / 3) $\\triangleq$ Overvoltage\nName\ta\\_b\n",
                vec![
                    row("t", &["Legend", "(III / 3) ≙ Overvoltage"]),
                    row("t", &["Name", "a_b"]),
                ],
            ),
            // pipe table, <br> inside a cell, empty value
            (
                "|Item number|1757019|\n|---|---|\n|Label<br>wrapped|2 A|\n|Group||\n",
                vec![
                    row("table", &["Item number", "1757019"]),
                    row("table", &["Label\nwrapped", "2 A"]),
                    row("table", &["Group", ""]),
                ],
            ),
            // a header with one cell more than its delimiter row: the parser takes no
            // table (phoenixconta__1757019, pymupdf4llm), the rows are still a table's
            (
                "|Thermal test | Test group C||\n|---|---|\n|Tested number of positions|12|\n",
                vec![
                    row("table", &["Thermal test", "Test group C", ""]),
                    row("table", &["Tested number of positions", "12"]),
                ],
            ),
            // lines between pipes without a delimiter row are text
            ("|a|b|\n|c|d|\n|e|f|\n", vec![row("t", &["|a|b|"]), row("t", &["|c|d|"]), row("t", &["|e|f|"])]),
            // fenced raw text: columns two or more spaces apart
            (
                "```text\nRated voltage     250 V\nsingle spaced words\nReset Temperature 40  degC min.\n```\n",
                vec![
                    row("pre", &["Rated voltage", "250 V"]),
                    row("pre", &["single spaced words"]),
                    row("pre", &["Reset Temperature 40 degC min."]),
                ],
            ),
            // fenced raw text: tab gaps, a space then a tab, three spaces after a number,
            // a vertical tab and a no-break space inside a cell folded to one space
            (
                "```text\nA\tB \tC\nSize 40   mm\nx\u{b} y  z\u{a0} w\n```\n",
                vec![
                    row("pre", &["A", "B", "C"]),
                    row("pre", &["Size 40", "mm"]),
                    row("pre", &["x y", "z w"]),
                ],
            ),
            // non-ASCII text: a thin space and an ideographic space fold, `°`, `–` and `Ġ`
            // (U+0120, whose low byte is a space's) do not
            (
                "Range\t\u{2009}-40 °C \u{3000}– 85 °C\nNameĠx\t2\n",
                vec![
                    row("t", &["Range", "-40 °C – 85 °C"]),
                    row("t", &["NameĠx", "2"]),
                ],
            ),
            // a continuation line's leading tab is an empty first cell
            (
                "Logo\tApproval\tCert\n\t<b>DNV GL</b> Det Norske\tTAE\n",
                vec![
                    row("t", &["Logo", "Approval", "Cert"]),
                    row("t", &["", "DNV GL Det Norske", "TAE"]),
                ],
            ),
        ];
        for (md, expected) in cases {
            assert_eq!(&lines(md), expected, "input: {md:?}");
        }
    }

    #[test]
    fn needs_cleaning_as_char_by_char() {
        // the definition: whitespace at either end, other than a space or a line break,
        // or two in a row
        let by_chars = |c: &str| {
            let mut prev_ws = true;
            for ch in c.chars() {
                let ws = ch.is_whitespace();
                if ws && (prev_ws || !matches!(ch, ' ' | '\n')) {
                    return true;
                }
                prev_ws = ws;
            }
            prev_ws && !c.is_empty()
        };
        for c in [
            "",
            " ",
            "a",
            "ab",
            "Operating Temperature",
            "Max.  Rating",
            "-40 ~ +85 °C",
            "±0.5 %",
            "Rated Current\n(A)",
            "25 °C ",
            "\tx",
            "x\u{b}y",
            "µA",
            "ºC",
            "x\u{a0}y",
            "x\u{2009}y",
            "x\u{3000}",
            "10 µA  max",
            "– 85",
            "10–20 ‰ “x” • y…",
            "x\u{85}y",
            "x\u{1680}y",
            "x\u{200a}y",
            "x\u{200b}y",
            "x\u{2028}y",
            "x\u{2029}",
            "x\u{202f}y",
            "\u{205f}y",
            "x – \u{2009}y",
            "x\u{3001}y",
            "Label\nwrapped",
            "a\n\nb",
            "a \nb",
            "a\n b",
            "a\n",
            "\na",
            "a\r\nb",
            "x\n\u{a0}y",
            "x °C\n– 85",
            // whitespace pairs across eight-byte steps
            "1234567  9",
            "1234567\n 9",
            "12345678\u{b}x",
            "1234567\n9abcdef\nx",
            "123456789012345 \u{a0}x",
            "Rated voltage 250 V\nRated current 16 A",
            // control bytes that are no whitespace, and the byte below a space's
            "a\u{1}b",
            "a\u{1} b",
            "a \u{1f}",
            "x\u{7f} y",
            "1234567\u{0}\n9",
            "a\rb",
            "Label\nwrapped\n line",
            "12345678 \n",
            "1234567 \nx",
        ] {
            assert_eq!(needs_cleaning(c), by_chars(c), "{c:?}");
            // a cell left as it is is one cleaning would not change
            if !needs_cleaning(c) {
                assert_eq!(clean_cell(c), c, "{c:?}");
            }
        }
    }

    #[test]
    fn ascii_spaces_only_as_char_by_char() {
        // every non-ASCII whitespace character, and characters that share bytes with them
        let odd: Vec<char> = ('\u{80}'..='\u{3001}')
            .filter(|c| c.is_whitespace() || matches!(c, '°' | 'µ' | '–' | '’' | '…' | '\u{1680}'..='\u{1681}' | '\u{200b}'..='\u{2030}' | '\u{2060}'))
            .collect();
        for &c in &odd {
            for text in [
                format!("{c}"),
                format!("a{c}"),
                format!("{c}b"),
                format!("x °{c}– y"),
            ] {
                let by_chars = !text.chars().any(|c| c.is_whitespace() && !c.is_ascii());
                assert_eq!(ascii_spaces_only(text.as_bytes()), by_chars, "{text:?}");
            }
        }
    }

    #[test]
    fn plain_raw_cells_need_no_cleaning() {
        for raw in [
            "",
            "x",
            "  Rated voltage 250 V ",
            "Rated voltage  250 V",
            "a\tb",
            "a\rb",
            "a\u{b}b",
            "a\u{c}b",
            "x °C – 85",
            "x\u{a0}y",
            "x\u{2009}y",
            "x \u{3000} y",
            "Size 40  mm",
        ] {
            split_wide(raw, |c, plain| {
                assert!(!(plain && needs_cleaning(c)), "{raw:?}: {c:?}");
            });
        }
    }

    #[test]
    fn cells_cleaned_in_place_as_copied() {
        for c in [
            "",
            " ",
            "a",
            "  a  b ",
            "a\tb\u{b}c\u{c}d\re",
            "\n\n a \n\n b  c\n",
            "Label\n wrapped \n",
            "x °C  – 85 \n µA",
            "a\u{a0}b  c",
            "a – b  “c”\t…",
            "a\u{2028}b – c",
        ] {
            let mut in_place = c.to_string();
            clean_cell_in_place(&mut in_place);
            assert_eq!(in_place, clean_cell(c), "{c:?}");
        }
    }

    #[test]
    fn inline_html_pieces() {
        use HtmlPiece::{Tag, Text};
        assert_eq!(
            html_pieces("<b>DNV</b> x<!-- note --> <a href=\"u\">y</a><br/>< 2 mA<!-- open"),
            [
                Tag {
                    closing: false,
                    name: "b",
                    attrs: ""
                },
                Text("DNV"),
                Tag {
                    closing: true,
                    name: "b",
                    attrs: ""
                },
                Text(" x"),
                Text(" "),
                Tag {
                    closing: false,
                    name: "a",
                    attrs: " href=\"u\""
                },
                Text("y"),
                Tag {
                    closing: true,
                    name: "a",
                    attrs: ""
                },
                Tag {
                    closing: false,
                    name: "br",
                    attrs: "/"
                },
                Text("<"),
                Text(" 2 mA"),
            ]
        );
    }

    #[test]
    fn links_and_line_numbers() {
        let doc = parse_str("# T\n\n**Item no. 1**  \nPlug\n\n[www.x.com/1](http://www.x.com/1)\n");
        let l = &doc.blocks[1].lines;
        assert_eq!(l[0].cells, vec!["Item no. 1"]);
        assert!(l[0].strong);
        assert_eq!(l[0].loc.line, Some(3));
        assert_eq!(l[1].loc.line, Some(4));
        let link = &doc.blocks[2].lines[0].links[0];
        assert_eq!(link.url, "http://www.x.com/1");
        assert_eq!(doc.blocks[2].lines[0].loc.line, Some(6));
    }

    #[test]
    fn pipe_rows_in_raw_text_are_cells() {
        // omron__omron-en-b3f-switch-datasheet.md: a converter's extracted table printed
        // into a fence with ` | ` between cells; other raw lines split at wide gaps
        let doc = parse_str(
            "```text\nContact resistance (initial value) | 100 mOhm max.\n| Item |  | Value |\nBounce time    5 ms max.\n```\n",
        );
        let cells: Vec<Vec<&str>> = doc.blocks[0]
            .lines
            .iter()
            .map(|l| l.cells.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(
            cells,
            [
                vec!["Contact resistance (initial value)", "100 mOhm max."],
                vec!["Item", "", "Value"],
                vec!["Bounce time", "5 ms max."],
            ]
        );
    }

    #[test]
    fn bad_bytes() {
        assert!(matches!(read(b""), Err(SourceError::Empty)));
        assert!(matches!(read(b"  \n\n"), Err(SourceError::Empty)));
        assert!(matches!(
            read(b"\x89PNG\r\n\x1a\n\0\0\0"),
            Err(SourceError::Binary(_))
        ));
        let doc = read(b"Weight\t6.6 g\xff\n").expect("lossy decode");
        assert_eq!(doc.diagnostics[0].code, "lossy_utf8");
    }
}
