//! Document → sections, property rows, tables, related items and product identity.
//!
//! General rules only: a line with two cells is a `label, value` row; a run of lines with
//! three or more cells is a table (a min/typ/max table gives `limits` rows); a line that
//! starts with an item number (`Item no.: 770-131`) opens a related item, named after its
//! section; headings open sections whatever their level (converted files get levels
//! wrong). Page furniture is dropped first (see [`boilerplate`]), so a section split by a
//! page footer simply continues after it.

pub mod boilerplate;
mod file_name;
mod grid;
pub mod identity;
mod leaders;
mod part;
mod rawrows;
mod tables;

use std::sync::LazyLock;

use regex::Regex;

use crate::document::{
    clause_number, has_text, Block, BlockKind, Document, Line, Loc, SourceFormat,
};
use crate::record::{Identifiers, Product, Related, Table};

/// One property row before its value is normalised.
#[derive(Debug, Clone, PartialEq)]
pub struct RawProperty {
    pub label: String,
    pub raw: String,
    pub loc: Loc,
    /// Columns of a min/typ/max table row, when the row came from one.
    pub limits: Option<LimitCells>,
    /// The product variant whose column the value came from (`AQY212EH`, `RS-15-5`).
    pub variant: Option<String>,
    /// The condition printed beside the value in its table row (`TA = 25 °C`).
    pub condition: Option<String>,
    /// The product column of a one-row ordering table (`Order code | USBLC6-2SC6Y`): an
    /// ordering code, which names the document's product only when its head does not.
    pub ordering_code: bool,
}

/// The cells of one electrical-characteristics row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LimitCells {
    pub symbol: Option<String>,
    pub min: Option<String>,
    pub typ: Option<String>,
    pub max: Option<String>,
    pub unit: Option<String>,
    pub condition: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RawSection {
    pub title: String,
    pub properties: Vec<RawProperty>,
}

/// Everything the structure stage found in one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Structured {
    pub product: Product,
    pub sections: Vec<RawSection>,
    pub tables: Vec<Table>,
    pub related: Vec<Related>,
    pub identifiers: Identifiers,
    /// The item number was printed under an item-number label (`Part No.:`, `SKU:`).
    pub item_labelled: bool,
}

/// Title of the rows that come before the first heading.
pub const UNTITLED_SECTION: &str = "General";

/// `Item no.: 770-131 Locking lever; …`: an item number at the start of a line.
pub(crate) static ITEM_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i-u)^(?:item|art(?:icle|\.)?|part|order(?:ing)?|cat(?:alog(?:ue)?|\.)?|type|product)\s*(?:no\.?|nr\.?|number|#|-nr\.?)\s*[:.]?\s*([A-Z0-9](?:[A-Z0-9./_-]*[A-Z0-9])?)(?:\s|$)",
    )
    .expect("valid regex")
});

/// Compiles the structure stage's patterns and finders now (see [`crate::warm_up`]).
pub(crate) fn warm_up() {
    LazyLock::force(&ITEM_LINE);
    grid::warm_up();
    identity::warm_up();
    part::warm_up();
}

/// Settles the item number with the name of the file `doc` was read from: the item the
/// name gives where the document prints it (see [`file_name`]), unless the document
/// printed its item under an item-number label.
pub fn name_item(path: &std::path::Path, doc: &Document, structured: &mut Structured) {
    if !structured.item_labelled {
        let product = &mut structured.product;
        product.item_number = file_name::item_number(path, doc, product.item_number.take());
    }
}

/// The first non-empty cell of `line` when it opens with an item number
/// (`Item no.: 770-131 …`): the number and the rest of the cell.
fn item_line(line: &Line) -> Option<(&str, &str)> {
    let first = line.cells.iter().find(|c| !c.is_empty())?;
    // Cheap test first: every form the pattern knows starts with one of these words.
    // (the three bytes compared as one number, lower-cased by setting bit 5: that makes a
    // lower-case letter of a letter only, and every word here is lower-case letters)
    const fn word(w: &[u8; 3]) -> u32 {
        u32::from_le_bytes([w[0], w[1], w[2], 0])
    }
    let head: [u8; 3] = first.as_bytes().get(..3)?.try_into().ok()?;
    let head = word(&head.map(|b| b | 0x20));
    if ![
        word(b"ite"),
        word(b"art"),
        word(b"par"),
        word(b"ord"),
        word(b"cat"),
        word(b"typ"),
        word(b"pro"),
    ]
    .contains(&head)
    {
        return None;
    }
    let id = ITEM_LINE.captures(first)?.get(1)?;
    id.as_str()
        .chars()
        .any(|ch| ch.is_ascii_digit())
        .then(|| (id.as_str(), first[id.end()..].trim()))
}

/// snake_case key of a label: `Rated voltage (III / 3)` → `rated_voltage_iii_3`.
pub fn key_of(label: &str) -> String {
    // An ASCII label (most): its runs of letters and digits, joined by `_` and
    // lower-cased, each run copied as one slice.
    if label.is_ascii() {
        let mut out = String::with_capacity(label.len());
        let b = label.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            if !out.is_empty() {
                out.push('_');
            }
            out.push_str(&label[start..i]);
        }
        out.make_ascii_lowercase();
        return out;
    }
    let mut out = String::with_capacity(label.len());
    let mut sep = false;
    for ch in label.chars() {
        // An ASCII character (most are) by the same rules without Unicode case tables.
        if ch.is_ascii() {
            if ch.is_ascii_alphanumeric() {
                if sep && !out.is_empty() {
                    out.push('_');
                }
                sep = false;
                out.push(ch.to_ascii_lowercase());
            } else {
                sep = true;
            }
            continue;
        }
        for c in ch.to_lowercase() {
            let rep: &str = match c {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ => "",
            };
            if !rep.is_empty() || c.is_alphanumeric() {
                if sep && !out.is_empty() {
                    out.push('_');
                }
                sep = false;
                if rep.is_empty() {
                    out.push(c);
                } else {
                    out.push_str(rep);
                }
            } else {
                sep = true;
            }
        }
    }
    out
}

/// A word hyphenated where its cell wrapped (`Allowable Operation Tempe- rature`) is one
/// word again when the document prints that word elsewhere (`temperature`); otherwise the
/// hyphen belongs to a compound (`common- mode` → `common-mode`). A hyphen before
/// `and`/`or`/`to` (`Pre- and post-heat`) or between numbers stays as printed.
///
/// Two words a converter ran together (`Internal OperatingFrequency`, `Soldering10 sec`)
/// are two again when the document prints each of them as a word elsewhere; a name set
/// in camel case (`PicoBlade`) is not, as its halves are not words of the document.
fn repair_labels(sections: &mut [RawSection], text: &str) {
    // (each `- ` found by a byte search for `-`: a `&str` pattern sets up a substring
    // search on every label)
    let wrapped = |label: &str| {
        let b = label.as_bytes();
        bytes::any(
            b,
            |h| bytes::find(b'-', h),
            |i| {
                b.get(i + 1) == Some(&b' ')
                    && label[..i].chars().last().is_some_and(char::is_alphabetic)
                    && label[i + 2..].starts_with(char::is_lowercase)
            },
        )
    };
    let needs = |label: &str| wrapped(label) || !run_together(label).is_empty();
    // (the labels before the first that needs a repair are left as they are: the loop
    // starts there, not testing them twice)
    let mut labels = sections.iter_mut().flat_map(|s| s.properties.iter_mut());
    let Some(first) = labels.by_ref().find(|p| needs(&p.label)) else {
        return;
    };
    let lower = lowercase_text(text);
    for p in std::iter::once(first).chain(labels) {
        if wrapped(&p.label) {
            p.label = join_hyphenated(&p.label, &lower);
        }
        let seams: Vec<usize> = run_together(&p.label)
            .into_iter()
            .filter(|&(start, seam, end)| {
                let word = |a: usize, b: usize| p.label[a..b].to_lowercase();
                let second = &p.label[seam..end];
                // (a plural counts as its singular: `CrimpHousings` beside `Housing:`)
                let printed = |w: String| {
                    words_in(&lower, &w) >= 1
                        || w.strip_suffix('s')
                            .is_some_and(|one| words_in(&lower, one) >= 1)
                };
                printed(word(start, seam))
                    && (second.starts_with(|c: char| c.is_ascii_digit())
                        || printed(word(seam, end)))
            })
            .map(|(_, seam, _)| seam)
            .collect();
        for seam in seams.into_iter().rev() {
            p.label.insert(seam, ' ');
        }
    }
}

/// [`str::to_lowercase`] of a whole document's text, the same string made faster: the
/// standard one goes on character by character after the first character that is not
/// ASCII, which in a datasheet comes early (`°`, `µ`, `–`); here each ASCII run is copied
/// and lower-cased as one slice. A capital sigma, whose lower case depends on the letters
/// around it (`Σ` → `ς` at the end of a word), leaves the text to the standard one.
pub(crate) fn lowercase_text(text: &str) -> String {
    if text.contains('Σ') {
        return text.to_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        // (the ASCII run measured eight bytes at a time: the text is a whole document's)
        let b = rest.as_bytes();
        let (chunks, _) = b.as_chunks::<8>();
        let whole = 8 * chunks
            .iter()
            .position(|c| u64::from_le_bytes(*c) & 0x8080_8080_8080_8080 != 0)
            .unwrap_or(chunks.len());
        let ascii = whole
            + b[whole..]
                .iter()
                .position(|b| !b.is_ascii())
                .unwrap_or(b.len() - whole);
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        let mut chars = rest[ascii..].chars();
        if let Some(c) = chars.next() {
            out.extend(c.to_lowercase());
        }
        rest = chars.as_str();
    }
    out
}

/// Places where two words may run together in `label`: a word of at least four lower-case
/// letters followed, without a space, by a capitalised word (`OperatingFrequency`) or a
/// number (`Soldering10`). Each is (start of the first word, the seam, end of the second).
fn run_together(label: &str) -> Vec<(usize, usize, usize)> {
    let b = label.as_bytes();
    let mut found = Vec::new();
    // Every seam is a lower-case letter (the first word's last) then a capital or a
    // digit: a label without that pair of bytes (most) has none, told in one pass.
    if !b
        .windows(2)
        .any(|w| w[0].is_ascii_lowercase() && (w[1].is_ascii_uppercase() || w[1].is_ascii_digit()))
    {
        return found;
    }
    // the word of letters before `i` starts at `start`; `lower`: its letters after the
    // first are lower case (kept as the word grows, not tested again at every byte)
    let mut start = 0;
    let mut lower = true;
    for i in 1..b.len() {
        if !b[i - 1].is_ascii_alphabetic() {
            start = i;
            lower = true;
            continue;
        }
        if i - 1 > start {
            lower &= b[i - 1].is_ascii_lowercase();
        }
        // (a seam is a capital or a digit after the word: the cheap test first)
        let lower_run = i - start >= 5 && lower;
        if !lower_run || !(b[i].is_ascii_uppercase() || b[i].is_ascii_digit()) {
            continue;
        }
        let end = i
            + 1
            + b[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
        let camel = b[i].is_ascii_uppercase()
            && end - i >= 4
            && b[i + 1..end].iter().all(u8::is_ascii_lowercase);
        // (a number that ends the label is a footnote marker set as a superscript)
        let number = b[i].is_ascii_digit()
            && b[i..end].iter().all(u8::is_ascii_digit)
            && b.get(end) == Some(&b' ')
            && b.get(end + 1).is_some_and(u8::is_ascii_lowercase);
        if camel || number {
            found.push((start, i, end));
        }
    }
    found
}

fn join_hyphenated(label: &str, lower_text: &str) -> String {
    let mut out = String::with_capacity(label.len());
    let mut rest = label;
    while let Some(i) = rest.find("- ") {
        let (head, tail) = (&rest[..i], &rest[i + 2..]);
        let fragment = &head[head
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(0, |(k, c)| k + c.len_utf8())..];
        let next_end = tail
            .char_indices()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(tail.len(), |(k, _)| k);
        let next = &tail[..next_end];
        out.push_str(head);
        let joins = fragment.chars().last().is_some_and(char::is_lowercase)
            && next.starts_with(char::is_lowercase)
            && !matches!(next, "and" | "or" | "to" | "und" | "oder" | "bis");
        if !joins {
            out.push_str("- ");
        } else if words_in(lower_text, next) >= 2
            && !lower_text.contains(&format!("{fragment}{next}").to_lowercase())
        {
            // `mode` is a word of its own elsewhere, `commonmode` is not.
            out.push('-');
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// How often `word` stands as a whole word in `text`.
fn words_in(text: &str, word: &str) -> usize {
    let whole = |i: usize| {
        !text[..i].chars().last().is_some_and(char::is_alphabetic)
            && !text[i + word.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
    };
    if word.is_empty() {
        return text.match_indices(word).filter(|&(i, _)| whole(i)).count();
    }
    // (the vectorised substring search: the text is a whole document's; its matches do
    // not overlap, as `match_indices`' do not, and start where characters start)
    memchr::memmem::find_iter(text.as_bytes(), word)
        .filter(|&i| whole(i))
        .count()
}

/// A footnote's text (`Note1: add suffix „L” for 90° bent pins`) is not a label.
fn is_note(label: &str) -> bool {
    let b = label.as_bytes();
    b.len() > 4
        && b[..4].eq_ignore_ascii_case(b"note")
        && b[4..]
            .iter()
            .find(|c| !(c.is_ascii_digit() || matches!(c, b' ' | b's' | b'S')))
            == Some(&b':')
}

/// Two pin names of a package drawing read as a pair: the same name with other numbers
/// (`I/O 1 | I/O 2`), or a name and its pin number on each side of the package
/// (`GND 2 | 5 VBUS`).
fn pinout(label: &str, raw: &str) -> bool {
    let raw = raw.trim();
    let digits = |s: &str| -> String { s.chars().filter(|c| !c.is_ascii_digit()).collect() };
    let pin = |t: &str| (1..=2).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
    // (the length first: a value may be long)
    let same_name = label.len() <= 12
        && label.chars().any(|c| c.is_ascii_digit())
        && raw.chars().any(|c| c.is_ascii_digit())
        && digits(label).trim() == digits(raw).trim();
    // the two words of a text of two words (a value of many is not split to its end)
    fn two(s: &str) -> Option<(&str, &str)> {
        let mut words = s.split_whitespace();
        match (words.next(), words.next(), words.next()) {
            (Some(a), Some(b), None) => Some((a, b)),
            _ => None,
        }
    }
    let name = |w: &str| {
        w.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || "/_-".contains(c))
    };
    // (the value is split only when the label reads as a name and a pin number)
    let numbered_sides = two(label).is_some_and(|(l0, l1)| {
        pin(l1)
            && !pin(l0)
            && name(l0)
            && two(raw).is_some_and(|(r0, r1)| pin(r0) && !pin(r1) && name(r1))
    });
    same_name || numbered_sides
}

fn has_letter(s: &str) -> bool {
    s.chars().any(char::is_alphabetic)
}

/// Byte searches for the short texts of cells. The `memchr` crate's vector search costs
/// some 60 instructions to set up on every call, more than most cells take to search
/// eight bytes at a time in a machine word; a long text is still searched by the crate.
pub(crate) mod bytes {
    /// Texts longer than this go to the `memchr` crate.
    const LONG: usize = 64;
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;

    /// The high bit of each byte of `x` that is zero, and maybe of bytes above the first
    /// zero one (a borrow runs on): the lowest bit set marks the first zero byte.
    fn zeros(x: u64) -> u64 {
        x.wrapping_sub(ONES) & !x & HIGHS
    }

    /// The word of the 8 bytes at `i` (little-endian: byte `i` is the lowest).
    fn word(hay: &[u8], i: usize) -> u64 {
        let mut w = [0u8; 8];
        w.copy_from_slice(&hay[i..i + 8]);
        u64::from_le_bytes(w)
    }

    /// The first byte of `hay` that `found` marks in its mask (see [`zeros`]).
    fn first(hay: &[u8], found: impl Fn(u64) -> u64, one: impl Fn(u8) -> bool) -> Option<usize> {
        if hay.len() < 8 {
            return hay.iter().position(|&b| one(b));
        }
        let mut i = 0;
        while i + 8 <= hay.len() {
            let m = found(word(hay, i));
            if m != 0 {
                return Some(i + m.trailing_zeros() as usize / 8);
            }
            i += 8;
        }
        // the last bytes in a word that overlaps the one before: its first match is
        // past the bytes already searched, which held none
        let last = hay.len() - 8;
        let m = found(word(hay, last));
        (m != 0).then(|| last + m.trailing_zeros() as usize / 8)
    }

    /// `memchr::memchr(a, hay)`.
    pub(crate) fn find(a: u8, hay: &[u8]) -> Option<usize> {
        if hay.len() > LONG {
            return memchr::memchr(a, hay);
        }
        let va = ONES * u64::from(a);
        first(hay, |x| zeros(x ^ va), |b| b == a)
    }

    /// `memchr::memchr2(a, b, hay)`.
    pub(crate) fn find2(a: u8, b: u8, hay: &[u8]) -> Option<usize> {
        if hay.len() > LONG {
            return memchr::memchr2(a, b, hay);
        }
        let (va, vb) = (ONES * u64::from(a), ONES * u64::from(b));
        first(hay, |x| zeros(x ^ va) | zeros(x ^ vb), |x| x == a || x == b)
    }

    /// `memchr::memchr3(a, b, c, hay)`.
    pub(crate) fn find3(a: u8, b: u8, c: u8, hay: &[u8]) -> Option<usize> {
        if hay.len() > LONG {
            return memchr::memchr3(a, b, c, hay);
        }
        let (va, vb, vc) = (
            ONES * u64::from(a),
            ONES * u64::from(b),
            ONES * u64::from(c),
        );
        first(
            hay,
            |x| zeros(x ^ va) | zeros(x ^ vb) | zeros(x ^ vc),
            |x| x == a || x == b || x == c,
        )
    }

    /// Whether some position `i` that `next` finds from (`next(&hay[from..])`, offsets
    /// added back) passes `f`: `memchr_iter(…).any(f)` on these searches.
    pub(crate) fn any(
        hay: &[u8],
        next: impl Fn(&[u8]) -> Option<usize>,
        mut f: impl FnMut(usize) -> bool,
    ) -> bool {
        let mut from = 0;
        while let Some(i) = next(&hay[from..]) {
            if f(from + i) {
                return true;
            }
            from += i + 1;
        }
        false
    }

    /// The first position `next` finds (as in [`any`]) for which `f` gives something.
    pub(crate) fn find_map<T>(
        hay: &[u8],
        next: impl Fn(&[u8]) -> Option<usize>,
        mut f: impl FnMut(usize) -> Option<T>,
    ) -> Option<T> {
        let mut from = 0;
        while let Some(i) = next(&hay[from..]) {
            if let Some(t) = f(from + i) {
                return Some(t);
            }
            from += i + 1;
        }
        None
    }
}

/// Build the structure of a document.
pub fn build(doc: &Document) -> Structured {
    let protected = protect_items(doc);
    let furniture = boilerplate::detect(doc, &protected);
    let wrapper = is_wrapped_raw_text(doc);

    // Every cell in one text: the searches over all cells run over it.
    let all = identity::CellText::new(doc);
    let mut w = Walker {
        // only a line that says `dimension` can state the unit: the rest are not joined
        dimension_unit: all
            .lines_at(grid::dimension_words(&all.lower))
            .find_map(|l| grid::DimensionUnit::stated(&l.text())),
        cut_rows: doc.format == SourceFormat::Markdown,
        leaders: leaders::in_text(&all.text),
        ..Walker::default()
    };
    // (the table-of-contents entries of each block, up to two: see `leaders::contents_entries`)
    let entries: Vec<usize> = if w.leaders {
        doc.blocks
            .iter()
            .map(|b| leaders::contents_entries(&b.lines))
            .collect()
    } else {
        Vec::new()
    };
    w.pages = entries.iter().sum::<usize>() >= 2;
    for (bi, block) in doc.blocks.iter().enumerate() {
        if furniture.blocks[bi] {
            continue;
        }
        w.contents = entries.get(bi).is_some_and(|&n| n >= 2);
        // A group title standing alone just before (`Housing Material:` as a paragraph over
        // a table of leader rows) titles this block's first rows.
        w.leader_group = bi
            .checked_sub(1)
            .filter(|&p| !furniture.blocks[p])
            .map(|p| &doc.blocks[p])
            .filter(|b| matches!(b.kind, BlockKind::Text) && b.lines.len() == 1)
            .and_then(|b| w.leader_title(&b.lines[0], block.lines.first()));
        match &block.kind {
            BlockKind::Heading { .. } => w.heading(block),
            BlockKind::Table { .. } if !wrapper => {
                if !(0..block.lines.len()).any(|li| furniture.line(bi, li)) {
                    w.pipe_table(block);
                    continue;
                }
                let lines: Vec<Line> = block
                    .lines
                    .iter()
                    .enumerate()
                    .filter(|(li, _)| !furniture.line(bi, *li))
                    .map(|(_, l)| l.clone())
                    .collect();
                if lines.len() == block.lines.len() {
                    w.pipe_table(block);
                } else if !lines.is_empty() {
                    w.pipe_table(&Block {
                        kind: block.kind.clone(),
                        lines,
                    });
                }
            }
            BlockKind::Text | BlockKind::Preformatted
                if !wrapper || block.kind == BlockKind::Preformatted =>
            {
                let lines = block
                    .lines
                    .iter()
                    .enumerate()
                    .filter(|(li, _)| !furniture.line(bi, *li))
                    .map(|(_, l)| l);
                w.preformatted = block.kind == BlockKind::Preformatted;
                w.text_lines(lines);
                w.preformatted = false;
            }
            _ => {}
        }
    }
    w.flush_run();
    w.flush_item();

    let mut sections: Vec<RawSection> = w
        .sections
        .into_iter()
        .filter(|s| !s.properties.is_empty())
        .collect();
    repair_labels(&mut sections, &all.text);
    let (product, item_labelled) = identity::product(doc, &all, &sections, wrapper);
    let related = w
        .related
        .into_iter()
        .filter(|r| Some(&r.item_number) != product.item_number.as_ref())
        .collect();
    let identifiers = identity::identifiers(&sections);
    Structured {
        product,
        sections,
        tables: w.tables,
        related,
        identifiers,
        item_labelled,
    }
}

/// Item-number lines and the block right after them (the item's description) are
/// content, never page furniture, however often the same shape repeats.
pub(crate) fn protect_items(doc: &Document) -> Vec<bool> {
    let mut out = vec![false; doc.blocks.len()];
    for (i, b) in doc.blocks.iter().enumerate() {
        if b.lines.iter().any(|l| item_line(l).is_some()) {
            out[i] = true;
            if let Some(o) = out.get_mut(i + 1) {
                *o = true;
            }
        }
    }
    out
}

/// A converter that wraps raw PDF text in fenced blocks behind a summary of its own: the
/// datasheet is the fenced text, the rest is the converter's. Raw text is verbatim page
/// content, so when it makes up a quarter or more of the document it is the document.
fn is_wrapped_raw_text(doc: &Document) -> bool {
    let size = |b: &Block| {
        b.lines
            .iter()
            .flat_map(|l| l.cells.iter())
            .map(String::len)
            .sum::<usize>()
    };
    let pre: usize = doc
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Preformatted)
        .map(size)
        .sum();
    // (the whole document is measured only when it holds raw text)
    pre > 0 && pre * 4 >= doc.blocks.iter().map(size).sum::<usize>()
}

#[derive(Default)]
struct Walker {
    sections: Vec<RawSection>,
    tables: Vec<Table>,
    related: Vec<Related>,
    /// Title of the innermost heading seen.
    title: Option<String>,
    /// A related item being read (its description or link may follow).
    item: Option<Related>,
    /// Consecutive lines with three or more cells: a table being read.
    run: Vec<Line>,
    preformatted: bool,
    /// The header lines of the last table of this section that had one.
    header: Option<Vec<Line>>,
    /// The length unit the document states for dimensions (`DIMENSIONS: MM (INCHES)`).
    dimension_unit: Option<grid::DimensionUnit>,
    /// The limit columns of a plain-text parameter table being read (`MIN MAX UNIT`; none:
    /// a `Parameter Condition Value` table), and how many lines since its last row.
    raw_slots: Option<(Vec<rawrows::Slot>, usize)>,
    /// The last line read as a two-cell `label, value` row, the section count then, and
    /// whether a group title has been read since.
    last_pair: Option<(Line, usize, bool)>,
    /// The run opens with such a pair: its section and property index.
    run_head: Option<(usize, usize)>,
    /// The title of the group of leader rows being read (see `leaders::group_title`).
    leader_group: Option<String>,
    /// The document prints a dot leader somewhere: only then are leaders looked for.
    leaders: bool,
    /// The document has a table of contents (two or more entries, see
    /// `leaders::contents_entries`): only then is a number after a leader a page number.
    pages: bool,
    /// The block being read is a table of contents (see `leaders::contents_entries`): no
    /// leader in it parts a label from a value.
    contents: bool,
    /// Table rows may be one cell's lines cut apart: a Markdown converter writes each line
    /// of a tall cell as a row (a PDF source merges them by geometry).
    cut_rows: bool,
}

impl Walker {
    fn section(&mut self) -> &mut RawSection {
        // (the title is copied only when a section opens, not on every property)
        let title = self.title.as_deref().unwrap_or(UNTITLED_SECTION);
        if self.sections.last().is_none_or(|s| s.title != title) {
            self.sections.push(RawSection {
                title: title.to_string(),
                properties: Vec::new(),
            });
        }
        self.sections.last_mut().expect("just pushed")
    }

    fn heading(&mut self, block: &Block) {
        let text = block.text();
        if !has_letter(&text) {
            return;
        }
        self.flush_run();
        self.flush_item();
        self.header = None;
        self.raw_slots = None;
        self.title = Some(text);
        // A new section even if it has the same title as the last one.
        self.sections.push(RawSection {
            title: self.title.clone().expect("set"),
            properties: Vec::new(),
        });
    }

    fn push_property(&mut self, label: &str, raw: &str, loc: Loc) {
        // A leader between label and value (`Contact Material ..... | ..... Copper alloy`)
        // is a gap printed as dots: trimmed off both. After it a page number makes the
        // row a table-of-contents entry (`5.1 Absolute Maximum Ratings ..... | 5`), no row.
        let (trimmed, value) = if self.leaders {
            (leaders::trim_end(label), leaders::trim_start(raw))
        } else {
            (label, raw)
        };
        let led = trimmed.len() < label.len() || value.len() < raw.len();
        let (label, raw) = (trimmed, value);
        let toc = led && (self.contents || self.pages && leaders::page_number(raw));
        let label = grid::clean_label(label.trim().trim_end_matches([':', '：']));
        let raw = raw.replace('\n', " ");
        // A sentence is not a label (`Specifications are subject to change without
        // notice.`), nor is a web address; a bare address is a link, not a value.
        let abbreviation = || {
            let last = label
                .split_whitespace()
                .last()
                .unwrap_or("")
                .trim_end_matches('.');
            last.chars().count() <= 4
                || matches!(
                    last.to_lowercase().as_str(),
                    "approx" | "incl" | "excl" | "typical" | "maximum" | "minimum" | "nominal"
                )
        };
        let sentence =
            label.ends_with('.') && label.split_whitespace().count() >= 4 && !abbreviation();
        // (its start compared case-blind, not the whole text lower-cased)
        let web = |s: &str| {
            let l = s.trim_start().as_bytes();
            ["http://", "https://", "www."].iter().any(|p| {
                l.get(..p.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
            })
        };
        let link = web(&raw) && !raw.trim().contains(' ');
        // `Time | (s)`: a unit in brackets alone is a chart axis's title, not a value
        let axis_unit = {
            let r = raw.trim();
            let inner = r
                .strip_prefix('(')
                .and_then(|r| r.strip_suffix(')'))
                .or_else(|| r.strip_prefix('[').and_then(|r| r.strip_suffix(']')));
            inner.is_some_and(|u| {
                (1..=6).contains(&u.chars().count())
                    && !u.chars().any(|c| c.is_ascii_digit() || c.is_whitespace())
            })
        };
        if label.is_empty()
            || raw.is_empty()
            || !has_letter(&label)
            || label.len() > 120
            || toc
            || self.leaders && (leaders::has_leader(&label) || leaders::has_leader(&raw))
            || sentence
            || web(&label)
            || link
            || axis_unit
            // a label is never its own value: a drawing's zone letters at both margins
            // (`G | G`), one cell printed twice, pins of a pinout (`I/O 1 | I/O 2`,
            // `GND 2 | 5 VBUS`)
            || label == raw.trim()
            || pinout(&label, &raw)
            || is_note(&label)
        {
            return;
        }
        self.section().properties.push(RawProperty {
            label,
            raw,
            loc,
            limits: None,
            variant: None,
            condition: None,
            ordering_code: false,
        });
    }

    /// The title a line gives the leader rows right after it (see `leaders::group_title`).
    fn leader_title(&self, line: &Line, next: Option<&Line>) -> Option<String> {
        if !self.leaders || self.contents {
            return None;
        }
        // (the first three filled cells of a line, in one pass)
        fn filled(l: &Line) -> [Option<&String>; 3] {
            let mut f = l.cells.iter().filter(|c| has_text(c));
            [f.next(), f.next(), f.next()]
        }
        let [Some(cell), None, _] = filled(line) else {
            return None;
        };
        let title = leaders::group_title(cell)?;
        // the next row: one cell of a leader pair, or a label cell ending in a leader
        let led = next.is_some_and(|n| match filled(n) {
            [Some(c), None, _] => leaders::pair(c, self.pages).is_some(),
            [Some(label), Some(_), None] => leaders::trim_end(label).len() < label.len(),
            _ => false,
        });
        led.then(|| title.to_string())
    }

    /// A leader row: under a group's title its label names one of the group's cases, and
    /// the group goes on to the next row unless this one is its catch-all.
    fn push_case(&mut self, group: Option<String>, label: &str, value: &str, loc: Loc) {
        match group {
            Some(title) if !leaders::sibling(&title, label) => {
                let (label, last) = leaders::under(&title, label.trim());
                self.push_property(&label, value, loc);
                if !last {
                    self.leader_group = Some(title);
                }
            }
            // (a sibling of the title ends its group)
            _ => self.push_property(label, value, loc),
        }
    }

    fn text_lines<'a>(&mut self, lines: impl Iterator<Item = &'a Line>) {
        let lines: Vec<&Line> = lines.collect();
        for (k, &line) in lines.iter().enumerate() {
            // (a group of leader rows lasts while its rows follow one another)
            let group = self.leader_group.take();
            if let Some(title) = self.leader_title(line, lines.get(k + 1).copied()) {
                self.leader_group = Some(title);
                continue;
            }
            // (how many cells hold text, counted once: every test below asks)
            let filled = line.filled();
            if self.raw_row(line, filled) {
                continue;
            }
            // A line that shares its source line with the line before or after it: one of
            // the hard-broken lines a converter writes for the text of a picture (a table
            // drawn as graphics), where `Package quantity 4,000 pcs/reel` is a row.
            let same = |j: Option<usize>| {
                j.and_then(|j| lines.get(j))
                    .is_some_and(|l| l.loc.line.is_some() && l.loc.line == line.loc.line)
            };
            let picture = self.cut_rows && (same(k.checked_sub(1)) || same(Some(k + 1)));
            if self.title.is_some() {
                if let Some((number, after)) = item_line(line) {
                    self.flush_run();
                    self.flush_item();
                    let rest = line
                        .cells
                        .iter()
                        .skip_while(|c| c.is_empty())
                        .skip(1)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(" ");
                    let desc = [after, rest.as_str()]
                        .join(" ")
                        .trim()
                        .trim_start_matches([';', ',', '-', ':'])
                        .trim()
                        .to_string();
                    self.item = Some(Related {
                        relation: key_of(self.title.as_deref().unwrap_or_default()),
                        item_number: number.to_string(),
                        description: (!desc.is_empty()).then_some(desc),
                        url: line.links.first().map(|l| l.url.clone()),
                        line: line.loc.line,
                        page: line.loc.page,
                    });
                    continue;
                }
            }
            if let Some(item) = self.item.as_mut() {
                if filled <= 1 {
                    if let Some(link) = line.links.first() {
                        if item.url.is_none() {
                            item.url = Some(link.url.clone());
                        }
                        continue;
                    }
                    if item.description.is_none() && filled == 1 {
                        item.description = Some(line.text());
                        continue;
                    }
                }
            }
            if line.cells.len() >= 3 && filled >= 2 {
                self.flush_item();
                if self.run.is_empty() {
                    self.column_names_above(line);
                }
                self.run.push(line.clone());
                self.last_pair = None;
                continue;
            }
            self.flush_run();
            if filled >= 1 && line.cells.len() <= 2 {
                // The pairs of every filled cell, and whether every filled cell holds some.
                let mut pairs: Vec<(&str, &str)> = Vec::new();
                let mut all_cells = true;
                for c in line.cells.iter().filter(|c| has_text(c)) {
                    let p = colon_pairs(c);
                    all_cells &= !p.is_empty();
                    pairs.extend(p);
                }
                // `Terminal Material:  Brass … Housing: Nylon …`: a wide gap after the
                // first colon split the line, whose pairs run on in the second cell.
                let joined;
                let mut whole = false;
                if line.cells.len() == 2 && line.cells[0].trim_end().ends_with(':') {
                    joined = line.cells.join(" ");
                    let all = colon_pairs(&joined);
                    if all.len() > 2 {
                        pairs = all;
                        whole = true;
                    }
                }
                // `- UL File Number: E172175 | pdf datasheet, …`: a pair beside a cell of
                // another column's text.
                let first_pair = line.cells.len() == 2
                    && line.cells[0].contains(':')
                    && colon_pair(&line.cells[0]).is_some()
                    && !line.cells[1]
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit() || "+-–−±<>".contains(c));
                // `2.3.1 | UL File Number: E29179`: a numbered clause holding a pair.
                let clause = line.cells.len() == 2 && clause_number(&line.cells[0]).is_some();
                // `Space-saving and low-profile … | ・Temperature range: -25℃ to +85℃`: a
                // list item of the next column beside a line of prose; a bullet never
                // starts a value.
                let item_beside = line.cells.len() == 2
                    && line.cells[1].contains(':')
                    && list_item(&line.cells[1])
                    && colon_pair(&line.cells[1]).is_some();
                if !pairs.is_empty() && (all_cells || first_pair || clause || whole || item_beside)
                {
                    self.flush_item();
                    for (label, value) in pairs {
                        self.push_property(label, value, line.loc);
                    }
                    continue;
                }
                if filled == 1 {
                    let cell = line.cells.iter().find(|c| has_text(c));
                    let leading = self.leaders && !self.contents;
                    let led = || {
                        cell.filter(|_| leading)
                            .and_then(|c| leaders::pair(c, self.pages))
                    };
                    if let Some((label, value)) = group.is_some().then(led).flatten() {
                        self.flush_item();
                        self.push_case(group, label, value, line.loc);
                        continue;
                    }
                    let pair = cell.and_then(|c| {
                        // (raw page text in a fence is single-spaced like picture text:
                        // `Mated Height 12.74mm`, `Weight 12.7 g`)
                        comparison_pair(c).or_else(|| {
                            // (a row is short: most raw lines are prose, up to the page width)
                            (picture || self.preformatted && c.len() <= 72)
                                .then(|| spaced_pair(c))
                                .flatten()
                        })
                    });
                    if let Some((label, value)) = pair.or_else(led) {
                        self.flush_item();
                        self.push_property(label, value, line.loc);
                        continue;
                    }
                }
                // (gathered cell by cell: most cells hold no bullets, and their empty
                // lists cost nothing to add)
                let mut items: Vec<(&str, &str)> = Vec::new();
                for c in &line.cells {
                    items.extend(bullet_pairs(c));
                }
                if !items.is_empty() {
                    self.flush_item();
                    for (label, value) in items {
                        self.push_property(label, value, line.loc);
                    }
                    continue;
                }
            }
            if filled == 2 && line.cells.len() == 2 {
                self.flush_item();
                let (label, raw) = (&line.cells[0], &line.cells[1]);
                // `Rastermaß 4 mm / 0.157 in | Rastermaß 4 mm / 0.157 in`: two columns of a
                // drawing print the same row
                if label.trim() == raw.trim() {
                    if let Some((label, value)) = spaced_row(label.trim(), true) {
                        self.push_property(label, value, line.loc);
                    }
                    continue;
                }
                if self.preformatted && !plausible_raw_row(label, raw)
                    || !row_shaped(label, raw)
                    || prose_pair(label, raw)
                    || numbered_columns(label, raw)
                {
                    continue;
                }
                self.push_property(label, raw, line.loc);
                // (copied only here: most lines end up elsewhere)
                self.last_pair = Some((line.clone(), self.sections.len(), false));
                continue;
            }
            // A group title between the column names and their table (`Preheat/Soak`)
            // keeps the names.
            // (told only where a pair was read: the text of most lines is not measured)
            let group_title = || {
                filled == 1
                    && line.cells.len() == 1
                    && chars_at_most(&line.cells[0], 32)
                    && !line.cells[0].contains(|c: char| c.is_ascii_digit())
            };
            match self.last_pair.as_mut() {
                Some(pair) if group_title() => pair.2 = true,
                _ => self.last_pair = None,
            }
        }
    }

    /// A pair of words just above a table one cell wider than the pair whose header names
    /// nothing (`SnPb | 100% Matte Sn` over `Temperature Minimum (TSmin) | 100°C |
    /// 150°C`: a header the source set apart from its table) names the table's value
    /// columns. The pair is taken back, and so is the pair above it when that names the
    /// parameter column (`Profile Feature | Termination Finish`).
    fn names_above_table(&mut self, lines: &[Line]) -> Option<Vec<RawProperty>> {
        let (above, sections, _) = self.last_pair.take()?;
        let width = lines.iter().map(|l| l.cells.len()).max().unwrap_or(0);
        let words = above
            .cells
            .iter()
            .all(|c| has_letter(c) && !grid::is_number(c));
        if !words || width != above.cells.len() + 1 || sections != self.sections.len() {
            return None;
        }
        let read = grid::read_named(&above.cells, lines).filter(|p| !p.is_empty())?;
        let props = &mut self.sections.last_mut()?.properties;
        let value = above.cells[1].replace('\n', " ");
        let is_pair = |p: &RawProperty| p.loc == above.loc && p.raw.trim() == value.trim();
        if props.last().is_some_and(is_pair) {
            props.pop();
            if props
                .last()
                .is_some_and(|p| p.loc.page == above.loc.page && grid::names_parameters(&p.label))
            {
                props.pop();
            }
        }
        Some(read)
    }

    /// A plain-text parameter table: its header line, or one of its rows. Only lines
    /// the source could not split into cells (or verbatim raw text) are read this way.
    /// (`filled`: how many cells of `line` hold text)
    fn raw_row(&mut self, line: &Line, filled: usize) -> bool {
        if !(self.preformatted || filled == 1) {
            return false;
        }
        // Outside such a table only a short line of column words matters: most lines are
        // ruled out by their first letter, before any text is joined.
        if self.raw_slots.is_none() {
            // (the length first: it is summed without reading the text)
            if line.cells.iter().map(String::len).sum::<usize>() > 80 {
                return false;
            }
            let first = line
                .cells
                .iter()
                .find_map(|c| c.trim_start().chars().next())
                .map(|c| c.to_ascii_lowercase());
            if !matches!(first, Some('m' | 't' | 'n' | 'u' | 'p' | 's' | 'd' | 'c')) {
                return false;
            }
            // then by its first word, before the text is joined
            let word = line.cells.iter().find_map(|c| c.split_whitespace().next());
            if !word.is_some_and(rawrows::may_head) {
                return false;
            }
        }
        let text = line.text();
        if let Some(slots) = rawrows::header(&text) {
            self.flush_run();
            self.raw_slots = Some((slots, 0));
            return true;
        }
        if rawrows::value_header(&text) {
            self.flush_run();
            self.raw_slots = Some((Vec::new(), 0));
            return true;
        }
        let Some((slots, misses)) = self.raw_slots.as_mut() else {
            return false;
        };
        let row = if slots.is_empty() {
            rawrows::value_row(&text, line.loc)
        } else {
            rawrows::row(&text, slots, line.loc)
        };
        match row {
            Some(p) => {
                *misses = 0;
                self.flush_run();
                self.flush_item();
                self.section().properties.push(p);
                true
            }
            None => {
                *misses += 1;
                // A `Parameter Condition Value` table has no numbers to tell its rows from
                // the text after it: it ends sooner.
                let limit = if slots.is_empty() { 6 } else { 25 };
                if *misses > limit {
                    self.raw_slots = None;
                }
                false
            }
        }
    }

    /// Two words-only cells read as a `label, value` row just before a run of rows one
    /// cell wider (`Brass Terminals | Phos Bronze Terminals` over `Operating Temperature |
    /// -40 to +80 °C | -40 to +105 °C`) name the run's value columns: the row is taken
    /// back and heads the run, its label column blank.
    fn column_names_above(&mut self, line: &Line) {
        // (Names a group title stands under are a table's, not a run's.)
        let Some((above, sections, false)) = self.last_pair.take() else {
            return;
        };
        let words = above
            .cells
            .iter()
            .all(|c| has_letter(c) && !c.contains(|c: char| c.is_ascii_digit()));
        if !words || line.cells.len() != 3 || sections != self.sections.len() {
            return;
        }
        if let Some(s) = self.sections.last() {
            if s.properties.last().is_some_and(|p| p.loc == above.loc) {
                self.run_head = Some((self.sections.len() - 1, s.properties.len() - 1));
                let mut cells = vec![String::new()];
                cells.extend(above.cells.iter().cloned());
                self.run.push(Line::new(cells, above.loc));
            }
        }
    }

    fn flush_item(&mut self) {
        if let Some(item) = self.item.take() {
            self.related.push(item);
        }
    }

    fn flush_run(&mut self) {
        if self.run.is_empty() {
            return;
        }
        let mut run = std::mem::take(&mut self.run);
        let title = self.title.clone();
        // A pair taken to name the run's columns stays a pair unless the run reads so.
        if let Some(pair) = self.run_head.take() {
            if grid::read(&run, None).is_some_and(|p| !p.is_empty()) {
                if let Some(s) = self.sections.get_mut(pair.0) {
                    if pair.1 < s.properties.len() {
                        s.properties.remove(pair.1);
                    }
                }
            } else {
                run.remove(0);
            }
        }
        if run.is_empty() || run.len() == 1 && self.preformatted {
            return;
        }
        let table = tables::from_lines(title, &run);
        self.add_table(table, &run);
    }

    fn add_table(&mut self, table: Table, lines: &[Line]) {
        // Columns in use: a PDF grid may end in a column no row fills.
        let width = |ls: &[Line]| {
            ls.iter()
                .filter_map(|l| l.cells.iter().rposition(|c| has_text(c)))
                .max()
                .map_or(0, |i| i + 1)
        };
        let (header_rows, in_grid) = grid::read_table(lines, self.dimension_unit);
        let mut read = grid::read_products(lines).or_else(|| in_grid.filter(|p| !p.is_empty()));
        match header_rows {
            Some(n) => self.header = Some(lines[..n].to_vec()),
            None if read.is_none() => {
                // The rows of a table whose header stood apart (a gap, a page break):
                // read them under the last header of the section when the columns agree.
                if let Some(h) = self.header.as_ref() {
                    let joined: Vec<Line> = if width(h) == width(lines) {
                        h.iter().chain(lines).cloned().collect()
                    } else if width(h) + 1 == width(lines) && symbols_before_header(h, lines) {
                        // One column more than the header names: a symbol column the
                        // header's first name spans (`PARAMETER` over `tMODE | Mode change
                        // time`); the names fit the columns from the right.
                        h.iter()
                            .map(|l| {
                                let mut cells = vec![String::new()];
                                cells.extend(l.cells[..width(h)].iter().cloned());
                                Line::new(cells, l.loc)
                            })
                            .chain(lines.iter().cloned())
                            .collect()
                    } else if let Some(k) =
                        unnamed_column(h, width(lines)).filter(|_| mostly_numbers(lines))
                    {
                        // One column fewer than the header: a column the header leaves
                        // unnamed (conditions beside the parameter) that no row of the
                        // continuation fills, so the source did not place it.
                        h.iter()
                            .map(|l| {
                                let mut cells = l.cells.clone();
                                if k < cells.len() {
                                    cells.remove(k);
                                }
                                Line::new(cells, l.loc)
                            })
                            .chain(lines.iter().cloned())
                            .collect()
                    } else {
                        Vec::new()
                    };
                    if !joined.is_empty() {
                        read = grid::read(&joined, self.dimension_unit).filter(|p| !p.is_empty());
                    }
                }
            }
            None => {}
        }
        if header_rows.is_none() && read.is_none() {
            read = self.names_above_table(lines);
        }
        let limits = read
            .filter(|p| !p.is_empty())
            .or_else(|| grid::label_columns(lines))
            .unwrap_or_default();
        if limits.is_empty() && self.side_by_side(lines) {
            self.tables.push(table);
            return;
        }
        if limits.is_empty() {
            // A wide table often holds plain `label, value` rows among its columns
            // (`| | SETUP, RISE TIME | 1000ms, 30ms/230VAC | | |`): those are properties.
            let offset = lines.len() - table.rows.len();
            for (ri, row) in table.rows.iter().enumerate() {
                // (the filled cells are walked, not collected: a row of exactly two is a pair)
                let mut filled = row.iter().enumerate().filter(|(_, c)| has_text(c));
                let two = match (filled.next(), filled.next(), filled.next()) {
                    (Some(first), Some(second), None) => Some([first, second]),
                    _ => None,
                };
                if let Some([(li, label), (_, value)]) = two {
                    // The same text twice is one column printed twice side by side: a row
                    // of its own words (`Rastermaß 4 mm / 0.157 in`, twice), or no pair.
                    if label.trim() == value.trim() {
                        if let Some((label, value)) = spaced_row(label.trim(), true) {
                            self.push_property(label, value, lines[ri + offset].loc);
                            continue;
                        }
                    } else if li <= 1 && wordy_label(label) && !split_word(label, value) {
                        self.push_property(label, value, lines[ri + offset].loc);
                        continue;
                    }
                }
                // A cell of text in such a table may state pairs (`… the following values
                // are applied: Temperature: 15 °C to 35 °C Relative humidity: 25 % to 75 %`).
                // (A row with a page number is the page's footer: `10 | Product Folder
                // Links: TCAN330 …`.)
                let page_number = two.is_some_and(|two| {
                    two.iter().any(|(_, c)| {
                        let c = c.trim();
                        c.len() <= 3 && c.bytes().all(|b| b.is_ascii_digit())
                    })
                });
                // `: ` by a byte search for the colon (a `&str` needle sets up a searcher)
                let colon_space = |c: &str| {
                    let b = c.as_bytes();
                    bytes::any(b, |h| bytes::find(b':', h), |i| b.get(i + 1) == Some(&b' '))
                };
                // The conditions of charts side by side (`Ambient temperature: 25°C |
                // Ambient temperature: 25°C`, `Sample: All types; LED current: 5 to 50 mA`)
                // are captions: a row that names one label twice, or a cell with `;`.
                let pairs: Vec<Vec<(&str, &str)>> = row
                    .iter()
                    .filter(|c| has_text(c))
                    .filter(|_| !page_number)
                    .filter(|c| colon_space(c))
                    .filter(|c| !c.contains(';'))
                    .map(|c| colon_pairs(c))
                    .collect();
                let labels: Vec<&str> = pairs.iter().flatten().map(|p| p.0).collect();
                let twice = labels
                    .iter()
                    .enumerate()
                    .any(|(i, l)| labels[..i].contains(l));
                for (label, value) in pairs.into_iter().flatten().filter(|_| !twice) {
                    // A word or two without a number (`Conductor size: solid`, `CH1, CH2:
                    // GAIN`, `Continuous load current: Max. (DC)`) is a drawing's, a chart's
                    // or a menu's caption more often than a value.
                    let word = value.split_whitespace().count() <= 2
                        && !value.contains(|c: char| c.is_ascii_digit());
                    if !word {
                        self.push_property(label, value, lines[ri + offset].loc);
                    }
                }
            }
        }
        // (moved in at once: the section's rows grow once, not row by row; no rows open
        // no section)
        if !limits.is_empty() {
            self.section().properties.extend(limits);
        }
        self.tables.push(table);
    }

    /// A spec grid printed as two or three `label | value` columns side by side
    /// (`V max | 16.0 - 60.0VDC | Soldering Methods | Wave`): every even column holds
    /// labels and the column after it their values.
    fn side_by_side(&mut self, lines: &[Line]) -> bool {
        let width = lines.iter().map(|l| l.cells.len()).max().unwrap_or(0);
        if !(width == 4 || width == 6) || lines.len() < 3 {
            return false;
        }
        let filled = |i: usize| -> Vec<&str> {
            lines
                .iter()
                .map(|l| l.cell(i))
                .filter(|c| !c.is_empty())
                .collect()
        };
        // Each label column: mostly words where filled, and at least half its rows filled.
        let labels = (0..width).step_by(2).all(|i| {
            let filled = filled(i);
            let wordy = filled.iter().filter(|c| wordy_label(c)).count();
            filled.len() * 2 >= lines.len() && wordy * 4 >= filled.len() * 3
        });
        // A value column is not a column of labels too.
        let values = (1..width).step_by(2).all(|i| {
            let filled = filled(i);
            let numbers = filled
                .iter()
                .filter(|c| c.chars().any(|ch| ch.is_ascii_digit()))
                .count();
            !filled.is_empty() && numbers * 3 >= filled.len()
        });
        if !labels || !values {
            return false;
        }
        for i in (0..width).step_by(2) {
            for l in lines {
                let (label, value) = (l.cell(i), l.cell(i + 1));
                if !label.is_empty() && !value.is_empty() && wordy_label(label) {
                    self.push_property(label, value, l.loc);
                }
            }
        }
        true
    }

    fn pipe_table(&mut self, block: &Block) {
        self.flush_run();
        self.flush_item();
        let lines_all = unstack_rows(&block.lines);
        // A row whose only cell holds lines of text (a converter's "picture text": a
        // figure's or text box's words, one line each) may hold `Label: value` lines.
        for line in lines_all.iter() {
            let mut filled = line.cells.iter().filter(|c| has_text(c));
            // (two pairs need two lines: a cell without a line break, most, is not read)
            if let (Some(cell), None) = (filled.next(), filled.next()) {
                if bytes::find(b'\n', cell.as_bytes()).is_none() {
                    continue;
                }
                let pairs: Vec<(&str, &str)> = cell.lines().filter_map(colon_pair).collect();
                if pairs.len() >= 2 {
                    for (label, value) in pairs {
                        self.push_property(label, value, line.loc);
                    }
                }
            }
        }
        let width = lines_all.iter().map(|l| l.cells.len()).max().unwrap_or(0);
        if width <= 2 {
            // A value line on a row without a label: the start of the next row's value
            // when that reads on from it (`… Test Condition A` over `Humidity | (High RH
            // …`: a label printed beside the middle of its value), else the end of the
            // previous row's.
            let mut pending: Option<String> = None;
            let mut last: Option<(usize, usize)> = None;
            for (k, line) in lines_all.iter().enumerate() {
                let group = self.leader_group.take();
                if let Some(title) = self.leader_title(line, lines_all.get(k + 1)) {
                    self.leader_group = Some(title);
                    continue;
                }
                let label = line.cells.first().map(String::as_str).unwrap_or("");
                let raw = line.cells.get(1).map(String::as_str).unwrap_or("");
                // The column names (`Item | Value`, `Parameter | Rating`) are no row.
                // (the value cell first: most are values, ruled out by their first digit)
                if grid::names_values(raw) && grid::names_parameters(label) {
                    continue;
                }
                if self.cut_rows && label.trim().is_empty() && !raw.trim().is_empty() {
                    let raw = raw.replace('\n', " ");
                    let next = lines_all.get(k + 1).map(|l| (l.cell(0), l.cell(1)));
                    let open = raw.trim_end().ends_with([',', ';', '&']);
                    let reads_on = next.is_some_and(|(l, v)| {
                        !l.is_empty()
                            && (open || v.starts_with(|c: char| c == '(' || c.is_lowercase()))
                    });
                    let previous = last.and_then(|(s, p)| {
                        self.sections
                            .get_mut(s)
                            .and_then(|s| s.properties.get_mut(p))
                    });
                    match previous {
                        Some(p) if !reads_on => {
                            p.raw.push(' ');
                            p.raw.push_str(raw.trim());
                        }
                        _ => pending = Some(raw.trim().to_string()),
                    }
                    continue;
                }
                if let Some(head) = pending.take() {
                    if !label.trim().is_empty() && !raw.trim().is_empty() {
                        let joined = format!("{head} {raw}");
                        let before = self.section().properties.len();
                        self.push_property(label, &joined, line.loc);
                        last = (self.section().properties.len() > before)
                            .then(|| (self.sections.len() - 1, before));
                        continue;
                    }
                }
                if raw.is_empty() {
                    // `Current Rating (per contact) ....... 3A max`: one cell, a leader
                    // between label and value
                    let pair = (self.leaders && !self.contents)
                        .then(|| leaders::pair(label, self.pages))
                        .flatten();
                    if let Some((label, value)) = pair {
                        let before = self.section().properties.len();
                        self.push_case(group, label, value, line.loc);
                        last = (self.section().properties.len() > before)
                            .then(|| (self.sections.len() - 1, before));
                        continue;
                    }
                    // A label that wrapped onto a row of its own (`sleeve`, `ferrule with
                    // plastic sleeve`) continues the previous row's label.
                    if label.starts_with(|c: char| c.is_lowercase()) {
                        if let Some(p) = self.section().properties.last_mut() {
                            p.label.push(' ');
                            p.label.push_str(&label.replace('\n', " "));
                        }
                    }
                    continue;
                }
                let before = self.section().properties.len();
                // (`Contact Material ..... | ..... Copper alloy`: a case of a group title)
                let led = (self.leaders && !self.contents)
                    .then(|| leaders::trim_end(label))
                    .filter(|t| t.len() < label.len());
                match led {
                    Some(label) => self.push_case(group, label, raw, line.loc),
                    None => self.push_property(label, raw, line.loc),
                }
                last = (self.section().properties.len() > before)
                    .then(|| (self.sections.len() - 1, before));
            }
        } else {
            // A block that runs over a page break and starts a table with a header of its
            // own on the new page holds two tables (the end of one, a drawing's title
            // block, then the next): each is read under its own header.
            let starts: Vec<usize> = (1..lines_all.len())
                .filter(|&i| {
                    lines_all[i].loc.page != lines_all[i - 1].loc.page
                        && grid::header_at(&lines_all[i..])
                })
                .collect();
            let bounds = std::iter::once(0)
                .chain(starts)
                .chain(std::iter::once(lines_all.len()));
            let bounds: Vec<usize> = bounds.collect();
            for part in bounds.windows(2) {
                let lines = &lines_all[part[0]..part[1]];
                let table = tables::from_lines(self.title.clone(), lines);
                self.add_table(table, lines);
            }
        }
    }
}

/// Rows a converter stacked into one (`ESD per IEC 61000-4-2 (Contact)<br>ESD per IEC
/// 61000-4-2 (Air) | VESD | 30<br>30 | kV`): the label cell holds lines of one family (the
/// same first word) and a value cell as many lines, each a number. Each line is a row;
/// a cell of one line without digits (a symbol, a unit) belongs to each, one with digits
/// to the first.
fn unstack_rows(lines: &[Line]) -> std::borrow::Cow<'_, [Line]> {
    fn stacked(line: &Line) -> Option<Vec<Line>> {
        // (the lines of a cell, trimmed, are read in place: copied only into the rows made)
        fn split(c: &str) -> Vec<&str> {
            c.split('\n').map(str::trim).collect()
        }
        let li = line.cells.iter().position(|c| !c.trim().is_empty())?;
        // (a label of one line is no stack: ruled out before its lines are split)
        if !line.cells[li].contains('\n') {
            return None;
        }
        let label = split(&line.cells[li]);
        // `Drain Current<br>−Continuous<br>−Pulsed | ID<br>IDM | ±115<br>±800`: a
        // parameter over its kinds, each a row; the parameter goes on a line of its own,
        // the title of the rows below it.
        let titled = label.len() >= 3
            && grid::dashed(label[0]).is_none()
            && label[1..].iter().all(|l| grid::dashed(l).is_some());
        let (title, label) = if titled {
            (Some(label[0]), &label[1..])
        } else {
            (None, &label[..])
        };
        let n = label.len();
        // Words compared with case ignored, as their lower-cased copies would compare: on
        // their bytes when both are ASCII (most), where no other lower-casing applies.
        let same_word = |a: &str, b: &str| {
            if a.is_ascii() && b.is_ascii() {
                a.eq_ignore_ascii_case(b)
            } else {
                a.to_lowercase() == b.to_lowercase()
            }
        };
        let letters = |w: &str| {
            if w.is_ascii() {
                w.bytes().filter(u8::is_ascii_alphabetic).count()
            } else {
                w.to_lowercase()
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .count()
            }
        };
        // labels of one family share their first word (`Load voltage`, `Load current`)
        // or their last (`Operating Temperature`, `Storage Temperature`)
        let same = |word: fn(&str) -> Option<&str>| {
            word(label[0]).is_some_and(|w| {
                letters(w) >= 2
                    && label
                        .iter()
                        .all(|l| word(l).is_some_and(|x| same_word(x, w)))
            })
        };
        if n < 2 || label.iter().any(|l| l.is_empty()) {
            return None;
        }
        let upper = |l: &&str| l.chars().next().is_some_and(char::is_uppercase);
        // (the capitals, a test of one character per line, before the last words)
        let family = titled
            || same(|l| l.split_whitespace().next())
            || label.iter().all(upper) && same(|l| l.split_whitespace().last());
        if !family {
            return None;
        }
        let mut cells: Vec<Vec<&str>> = line.cells.iter().map(|c| split(c)).collect();
        cells[li] = label.to_vec();
        let digit = |l: &str| l.chars().any(|c| c.is_ascii_digit());
        let values = cells[li + 1..]
            .iter()
            .any(|c| c.len() == n && c.iter().all(|l| digit(l)));
        let fits = cells.iter().all(|c| c.len() == 1 || c.len() == n);
        // `Operating Temperature<br>Storage Temperature | -40˚C to 85˚C`: one value
        // printed across the rows of its labels (a merged cell) is each row's value
        let rest: Vec<&Vec<&str>> = cells[li + 1..]
            .iter()
            .filter(|c| !c[0].is_empty())
            .collect();
        let shared = rest.len() == 1 && rest[0].len() == 1 && digit(rest[0][0]);
        if !(values && fits || shared) {
            return None;
        }
        let title = title.map(|t| {
            let mut cells = vec![String::new(); line.cells.len()];
            cells[li] = t.to_string();
            Line::new(cells, line.loc)
        });
        Some(
            title
                .into_iter()
                .chain((0..n).map(|k| {
                    let row = cells
                        .iter()
                        .map(|c| match c.len() {
                            1 if k == 0 || shared || !digit(c[0]) => c[0].to_string(),
                            1 => String::new(),
                            _ => c[k].to_string(),
                        })
                        .collect();
                    Line::new(row, line.loc)
                }))
                .collect(),
        )
    }
    if !lines
        .iter()
        .any(|l| l.cells.iter().any(|c| c.contains('\n')))
    {
        return std::borrow::Cow::Borrowed(lines);
    }
    // Most tables with line breaks in their cells have no stacked rows: their lines are
    // not copied.
    let unstacked: Vec<Option<Vec<Line>>> = lines.iter().map(stacked).collect();
    if unstacked.iter().all(Option::is_none) {
        return std::borrow::Cow::Borrowed(lines);
    }
    let mut out = Vec::with_capacity(lines.len());
    for (l, rows) in lines.iter().zip(unstacked) {
        match rows {
            Some(rows) => out.extend(rows),
            None => out.push(l.clone()),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `s` holds at most `n` characters, told by its length where that settles it (a
/// character takes one to four bytes): a long paragraph's characters are not counted.
fn chars_at_most(s: &str, n: usize) -> bool {
    s.len() <= n || s.len() <= 4 * n && s.chars().count() <= n
}

/// `1.`, `12)`: the number of a list item.
fn list_number(word: &str) -> bool {
    let digits = word.trim_end_matches(['.', ')']);
    digits.len() + 1 == word.len()
        && (1..=2).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// `Rated current: 30A`: a short label, a colon, a value. Prose with a colon
/// (`Note: 1. Side entry type …`), times (`10:03`), addresses (`http://`) and labels
/// that are sentences are not pairs.
fn colon_pair(text: &str) -> Option<(&str, &str)> {
    // Most cells hold no colon, and some nothing after it (`Features:`): both ruled out
    // before any trimming, by one byte search for `:` or `：` (EF BC 9A; a char-set `find`
    // decodes the text). What is trimmed off the label's start below (bullets, numbers)
    // holds no colon, so this is the colon the pair is split at.
    if text[first_colon(text)?.1..].trim().is_empty() {
        return None;
    }
    let text = text.trim().trim_start_matches(is_bullet).trim();
    // `2.3.1  UL File Number: E29179`, `1. Cover Tape Break Force: 1.0 Kg minimum.`: the
    // clause's or the list item's number is none of the label. (Both start with a digit:
    // told first, before a number is parsed.)
    let text = match text.split_once(char::is_whitespace) {
        Some((number, rest))
            if number.starts_with(|c: char| c.is_ascii_digit())
                && (clause_number(number).is_some()
                    || list_number(number)
                        && rest.trim_start().starts_with(char::is_uppercase)) =>
        {
            rest.trim_start()
        }
        _ => text,
    };
    let text = symbol_font_bullet(text);
    let (i, end) = first_colon(text)?;
    let label = text[..i].trim();
    // `■ Specifications ・Current rating: 3 A`: a heading, then the item the pair is.
    // (the marks are not ASCII: most labels are, told word by word)
    let label = match (!label.is_ascii())
        .then(|| label.rfind(['・', '•', '■', '●', '▪']))
        .flatten()
    {
        Some(at) => label[at..].trim_start_matches(is_bullet).trim_start(),
        None => label,
    };
    let before = label.chars().last()?;
    // The label's own tests first: most texts with a colon are prose, whose long label
    // fails them before its value (often the rest of a paragraph) is read.
    let label_ok = chars_at_most(label, 60)
        && label.split_whitespace().count() <= 7
        && (wordy_label(label) || standard_label(label))
        && (before.is_alphanumeric() || matches!(before, ')' | '.' | ']'))
        && {
            // no `|` or `;`, and `1. Absolute maximum ratings (Ambient temperature:
            // 25°C)`: no colon in brackets (all told in one pass over the bytes)
            let (mut open, mut close, mut mark) = (0usize, 0usize, false);
            for b in label.bytes() {
                open += usize::from(b == b'(');
                close += usize::from(b == b')');
                mark |= b == b'|' || b == b';';
            }
            !mark && open <= close
        }
        && !label.ends_with('.');
    if !label_ok {
        return None;
    }
    let value = sentence_end(text[end..].trim());
    let after = value.chars().next()?;
    if before.is_ascii_digit() && after.is_ascii_digit()
        || value.starts_with("//")
        // `LED current: 5 mA; Load voltage: Max.`: several pairs run together, not one.
        || memchr::memchr_iter(b':', value.as_bytes()).any(|i| value.as_bytes().get(i + 1) == Some(&b' '))
        || value.ends_with(':')
        || !chars_at_most(value, 100)
    {
        return None;
    }
    // lower-cased only for the last tests, once the cheap ones have passed
    let ok = {
        let lower = label.to_lowercase();
        // `Figure 9: …`, `Abbildung 9: …`, `Note 2: …`: a caption, not a pair
        let caption = [
            "figure",
            "fig.",
            "abbildung",
            "abb.",
            "table",
            "tabelle",
            "note",
        ]
        .iter()
        .any(|w| {
            lower
                .strip_prefix(w)
                .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        });
        // `Tolerances are non-cumulative: ± 0.05 mm …`: a sentence, not a label
        let verb = lower
            .split(' ')
            .any(|w| matches!(w, "is" | "are" | "must" | "shall" | "should" | "will"));
        // (the words looked for where one of their first letters stands: a `&str`
        // pattern sets up a substring search for each)
        let lb = lower.as_bytes();
        let notice = (0..lb.len()).any(|i| {
            matches!(lb[i], b'w' | b'd' | b'c' | b'n')
                && ["warning", "disclaimer", "copyright", "notice"]
                    .iter()
                    .any(|w| lb[i..].starts_with(w.as_bytes()))
        });
        !caption
            && !verb
            && !notice
            && !matches!(
                lower.as_str(),
                "note"
                | "notes"
                | "remark"
                | "remarks"
                | "caution"
                | "warning"
                | "attention"
                | "example"
                | "e.g"
                | "i.e"
                | "hinweis"
                | "achtung"
                | "tel"
                | "fax"
                | "phone"
                | "e-mail"
                | "email"
                | "web"
                | "internet"
                | "http"
                | "https"
                | "www"
                // a web page's footer (`Product Folder Links: TCAN330 …`)
                | "links"
                | "folder links"
                | "product folder links"
                // The fields of a drawing's title block (ISO 7200), not product data.
                | "ec no"
                | "drwn"
                | "drawn"
                | "appr"
                | "chk"
                | "chkd"
                | "checked"
                | "approved"
                | "date"
                | "scale"
                | "sheet"
                | "rev"
                | "revision"
                | "format"
                | "dwg no"
                | "title"
                | "document number"
                | "doc type"
                | "doc part"
                | "template filename"
                | "filename"
                | "file name"
            )
    };
    ok.then_some((label, value))
}

/// Where the first `:` or `：` of `text` starts and ends, found by a byte search for `:`
/// and the first byte of `：` (EF BC 9A).
fn first_colon(text: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    bytes::find_map(
        b,
        |h| bytes::find2(b':', 0xEF, h),
        |i| {
            if b[i] == b':' {
                Some((i, i + 1))
            } else {
                (b.get(i + 1..i + 3) == Some(&[0xBC, 0x9A][..])).then_some((i, i + 3))
            }
        },
    )
}

/// A value that ends its sentence, and prose after it (`86 kPa to 106 kPa (860 mbar to
/// 1060 mbar). A climatic category LCT / UCT / 56 is applied, …`): the value alone. The
/// value holds a number and ends on `)`, a digit, a unit or `%`; the prose is a sentence
/// of four or more words, so abbreviations (`Max. 50`) stay.
fn sentence_end(value: &str) -> &str {
    // A value's end: a number, `%`, `)`, a unit or a bound (`1.0 Kg minimum.`), with a
    // number somewhere before it.
    let ends_value = |head: &str| {
        let last = head.split_whitespace().last().unwrap_or("");
        (head.ends_with(|c: char| c == ')' || c == '%' || c.is_ascii_digit())
            || matches!(last, "minimum" | "maximum" | "typical" | "nominal")
            || crate::normalise::units::lookup(last).is_some())
            && head.chars().any(|c| c.is_ascii_digit())
    };
    let b = value.as_bytes();
    // (each `.` found by a word-at-a-time search: see [`bytes`])
    let mut from = 0;
    while let Some(at) = bytes::find(b'.', &b[from..]) {
        let i = from + at;
        from = i + 1;
        if b.get(i + 1) != Some(&b' ') || !b.get(i + 2).is_some_and(u8::is_ascii_uppercase) {
            continue;
        }
        let head = &value[..i];
        // (`nach dem 4. Umschaltwert`, `5. DIMENSION`: an ordinal or a list number)
        let last = head.split_whitespace().last().unwrap_or("");
        if last.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        if ends_value(head) && value[i + 2..].split_whitespace().count() >= 4 {
            return head;
        }
    }
    // `… (860 mbar to 1060 mbar).`: the sentence's full stop is not part of the value.
    match value.strip_suffix('.') {
        Some(head) if ends_value(head) => head,
        _ => value,
    }
}

/// The `label: value` pairs of a cell: one ([`colon_pair`]), or several run together on
/// one line (`Terminal Material: Brass (…) Housing: Nylon or Polyester Pins: Brass`),
/// where each later label is the one to three capitalised words right before its colon
/// (after a `;` when there is one). Every piece must read as a pair, or none is taken.
/// `text` without a leading list bullet that a symbol font printed as another character:
/// `s IEC 61000-4-4 (EFT): 40A`, `n Radial` (a letter), `§ Current Rating: 12.0A max.`
/// (Wingdings' square bullet is byte 0xA7, `§` when the font maps no Unicode). Only before
/// a capital, so `§ 3 Abs. 2` stays as printed.
fn symbol_font_bullet(text: &str) -> &str {
    let b = text.as_bytes();
    let skip = match b {
        [l, b' ', c, _, ..] if l.is_ascii_lowercase() && c.is_ascii_uppercase() => 2,
        [0xC2, 0xA7, b' ', c, ..] if c.is_ascii_uppercase() => 3,
        _ => 0,
    };
    &text[skip..]
}

fn colon_pairs(text: &str) -> Vec<(&str, &str)> {
    // Most cells hold no colon of either kind (`:`, or `：`, whose first byte is 0xEF):
    // no pair, told by one byte search.
    if bytes::find2(b':', 0xEF, text.as_bytes()).is_none() {
        return Vec::new();
    }
    if let Some(pair) = colon_pair(text) {
        return vec![pair];
    }
    let b = text.as_bytes();
    let colons = || memchr::memchr_iter(b':', b).filter(|&i| b.get(i + 1) == Some(&b' '));
    // `LED current: 5 mA; Load voltage: Max. (DC);`: the conditions of a chart, not pairs;
    // the same text twice: the captions of two charts side by side. (The colons are
    // counted before they are collected: most texts here have fewer than two.)
    let t = text.trim().as_bytes();
    let h = t.len() / 2;
    let doubled = t.len() % 2 == 1 && t[h] == b' ' && t[..h] == t[h + 1..];
    if !(2..=8).contains(&colons().count()) || t.ends_with(b";") || doubled {
        return Vec::new();
    }
    let colons: Vec<usize> = colons().collect();
    // Where each pair starts: the text's start, then each later label's first word.
    let mut starts = vec![0];
    for (n, &c) in colons.iter().enumerate().skip(1) {
        // `Rated current : 3 A Rated voltage : 250 V`: a space may stand before the colon.
        let end = text[..c].trim_end().len();
        let head = &text[..end];
        // `LED current: 5 mA; Load voltage: 60 V`: a semicolon ends the value before.
        if let Some(semi) = text[colons[n - 1]..c].rfind(';') {
            let start = colons[n - 1] + semi + 1;
            let start = start + (text[start..].len() - text[start..].trim_start().len());
            starts.push(start);
            continue;
        }
        let mut start = end;
        // (how far back the words reach: the label starts at the last capitalised one)
        let mut reach = end;
        // (only the last five words are read: the loop stops at the fourth and looks one
        // further)
        let words: Vec<&str> = head.rsplit(' ').take(5).collect();
        for (k, word) in words.iter().enumerate() {
            let capital = word.starts_with(|ch: char| ch.is_uppercase())
                && word
                    .chars()
                    .all(|ch| ch.is_alphanumeric() || "-/.".contains(ch));
            // `Relative humidity:`: words in lower case after the capitalised first one.
            let lower = !word.is_empty() && word.chars().all(char::is_lowercase);
            // `Nylon or Polyester Pins:`: a word after `or` ends the value before.
            let joined = matches!(
                words.get(k + 1).copied(),
                Some("or" | "and" | "of" | "to" | "with" | "for" | "in" | "&")
            );
            // `1 kHz ±50 Hz Voltage:`: a unit ends the value before.
            let unit = crate::normalise::units::lookup(word).is_some();
            // `… für alle Versionen. Wellenlöten:`: a sentence ends before the label.
            let sentence = k > 0 && word.ends_with('.');
            if k >= 3 || !(capital || lower) || unit || k > 0 && joined || sentence {
                break;
            }
            reach -= word.len() + usize::from(k > 0);
            if capital {
                start = reach;
            }
            if head[..reach].trim_end().ends_with(';') {
                break;
            }
        }
        // The label starts a word, after the previous pair's value.
        let prev = *starts.last().expect("one start");
        if start == end || start <= prev + 1 || !text[..start].ends_with(' ') {
            return Vec::new();
        }
        starts.push(start);
    }
    starts.push(text.len());
    let mut pairs = Vec::new();
    for (n, w) in starts.windows(2).enumerate() {
        let piece = text[w[0]..w[1]].trim().trim_end_matches([';', ',']);
        match colon_pair(piece) {
            Some(pair) if pair.1.chars().any(char::is_alphanumeric) => pairs.push(pair),
            // `… the following values are applied: Temperature: 15 °C to 35 °C Relative
            // humidity: 25 % to 75 %`: a sentence that introduces the pairs.
            _ if n == 0 && starts.len() > 3 && introduces(piece) => {}
            _ => return Vec::new(),
        }
    }
    // The same label twice: captions of two charts side by side. A first label in lower
    // case (`of packaging: packed …`) is the end of a sentence on the line above. A value
    // that ends in `=` is cut (`FRAMES SELECTED : 1 2 –50 SYNCHRONOUS SYNC = SOURCE …`:
    // the captions of a chart).
    if pairs
        .iter()
        .enumerate()
        .any(|(i, p)| pairs[..i].iter().any(|q| q.0 == p.0) || p.1.ends_with('='))
        || pairs
            .first()
            .is_some_and(|p| p.0.starts_with(char::is_lowercase))
    {
        return Vec::new();
    }
    pairs
}

/// A sentence that ends in a colon and introduces what follows (`… whereupon the
/// following values are applied:`): five or more words, no number after the colon.
fn introduces(piece: &str) -> bool {
    piece.ends_with(':') && piece.split_whitespace().count() >= 5
}

/// A list bullet: the common marks, and the private-use code points that symbol fonts
/// (Symbol, Wingdings) print bullets with when a PDF maps them to no Unicode character.
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '■' | '•'
            | '●'
            | '◆'
            | '▪'
            | '·'
            | '►'
            | '–'
            | '-'
            | '*'
            | '□'
            | '○'
            | '◦'
            | '➢'
            | '❖'
            | '✓'
            | '✔'
            | '‣'
            | '⁃'
            | '▶'
            | '➤'
            | '◼'
            | '‐'
            | '・'
            | '･'
    ) || ('\u{E000}'..='\u{F8FF}').contains(&c)
}

/// Whether `text` opens with a list bullet (not a dash or star, which may be a sign or a
/// footnote mark).
fn list_item(text: &str) -> bool {
    let t = text.trim_start();
    t.chars()
        .next()
        .is_some_and(|c| is_bullet(c) && !matches!(c, '-' | '*' | '·' | '‐' | '–'))
        || t.starts_with('§') && symbol_font_bullet(t) != t
}

/// The `Label: value` items of a cell that runs several bullet items together
/// (`Specifications • Current rating: 3 A • Voltage rating: 250 V`), when two or more
/// of them are pairs.
fn bullet_pairs(cell: &str) -> Vec<(&str, &str)> {
    // (`§`: Wingdings' square bullet read without a Unicode map, see `symbol_font_bullet`)
    const MARKS: [char; 5] = ['•', '●', '■', '▪', '§'];
    // Each mark's UTF-8 starts with the byte 0xE2 or 0xC2: most cells have neither.
    if bytes::find2(0xE2, 0xC2, cell.as_bytes()).is_none() {
        return Vec::new();
    }
    // Counted on the bytes (`•` E2 80 A2, `●` E2 97 8F, `■` E2 96 A0, `▪` E2 96 AA, `§`
    // C2 A7 before a space): a char-set `matches` decodes every character of the cell.
    let b = cell.as_bytes();
    let marks = memchr::memchr2_iter(0xE2, 0xC2, b)
        .filter(|&i| {
            matches!(
                b.get(i + 1..i + 3),
                Some([0x80, 0xA2] | [0x97, 0x8F] | [0x96, 0xA0 | 0xAA] | [0xA7, b' '])
            )
        })
        .count();
    if marks < 2 {
        return Vec::new();
    }
    let pairs: Vec<(&str, &str)> = cell.split(MARKS).filter_map(colon_pair).collect();
    if pairs.len() >= 2 {
        pairs
    } else {
        Vec::new()
    }
}

/// The first half of a text that is the same words twice over (`Rastermaß 4 mm / 0.157 in
/// Rastermaß 4 mm / 0.157 in`: two columns of a drawing that print the same row).
fn printed_twice(text: &str) -> Option<&str> {
    // (the second copy starts with the first word, after a space: only where the first
    // word stands again are the two halves compared)
    let first = text.split_whitespace().next()?.as_bytes();
    let b = text.as_bytes();
    // (a byte equal to the first word's first byte starts a character: no UTF-8 character
    // starts with a byte that goes on another)
    (first.len() + 1..b.len())
        .filter(|&i| b[i] == first[0] && b[i..].starts_with(first))
        .find_map(|i| {
            let (a, rest) = text.split_at(i);
            (a.ends_with(char::is_whitespace) && a.split_whitespace().eq(rest.split_whitespace()))
                .then(|| a.trim_end())
        })
}

/// `Package quantity 4,000 pcs/reel`: a row of a table drawn as graphics, kept as a line
/// of text with no gap between label and value. The label is words without digits, the
/// first capitalised and not all in capitals; the value starts at the first number and
/// reads as a quantity, a range or a count with its unit (`Box size 316(W)×45(D)×330(H) mm`
/// reads as text, so it is not taken: a line of words is too often prose).
fn spaced_pair(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    // (what rules out a row rules out a row printed twice: its marks, no number; tested on
    // the bytes first, as most lines fail them)
    // The value starts at a digit that starts a word ([`spaced_row`]): a text without
    // one has no row, nor has a copy of its first half, before the halves are compared.
    let b = text.as_bytes();
    if b.len() > 320
        || b.iter().any(|b| matches!(b, b':' | b';' | b'='))
        || !(0..b.len()).any(|i| number_starts(text, i))
    {
        return None;
    }
    // (the same row printed twice, by two columns of a drawing, is read once)
    match printed_twice(text) {
        Some(once) => spaced_row(once, true),
        None => spaced_row(text, false),
    }
}

/// [`spaced_pair`] of one row's text; `twice` when the page printed it twice.
/// Whether a word that starts at byte `i` of `text` is a number: a digit, or a sign
/// before one (`–55 to +125°C`, `±5 ppm`).
fn number_starts(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    if i > 0 && b[i - 1] != b' ' {
        return false;
    }
    let digit_at = |j: usize| b.get(j).is_some_and(u8::is_ascii_digit);
    match b[i] {
        b'0'..=b'9' => true,
        b'+' | b'-' => digit_at(i + 1),
        // `±` (C2 B1), `–` (E2 80 93), `−` (E2 88 92)
        0xC2 => b.get(i + 1) == Some(&0xB1) && digit_at(i + 2),
        0xE2 => matches!(b.get(i + 1..i + 3), Some([0x80, 0x93] | [0x88, 0x92])) && digit_at(i + 3),
        _ => false,
    }
}

fn spaced_row(text: &str, twice: bool) -> Option<(&str, &str)> {
    // (ASCII marks tested on the bytes: a char-set `contains` decodes every character)
    let b = text.as_bytes();
    if b.len() > 160 || b.iter().any(|b| matches!(b, b':' | b';' | b'=')) {
        return None;
    }
    let at = (0..b.len()).find(|&i| number_starts(text, i))?;
    let (label, value) = (text[..at].trim_end(), &text[at..]);
    // (the cheap tests of the label first: most texts fail one, before its words are
    // split and its letters counted)
    if !label.starts_with(|c: char| c.is_uppercase()) || label.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = label.split(' ').collect();
    let (upper, lower) = label.chars().fold((0, 0), |(u, l), c| {
        (
            u + usize::from(c.is_uppercase()),
            l + usize::from(c.is_lowercase()),
        )
    });
    let last = words.last().copied().unwrap_or("");
    // `For servomotors from 50 to 750 W`, `T-C Curves for 1A to 20A only`: a sentence
    const JOINS: [&str; 12] = [
        "for", "with", "to", "of", "from", "and", "or", "by", "at", "in", "on", "apply",
    ];
    // `Data line voltage (V) 0.2`: the title of a chart's axis, then its scale
    let axis = last
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .is_some_and(|u| crate::normalise::units::lookup(u).is_some());
    let half = words.len() / 2;
    let doubled = words.len().is_multiple_of(2) && words[..half] == words[half..];
    // A label of one word only in a row printed twice, a noun of four letters or more and
    // no bound or rounding word (`Rastermaß 4 mm / 0.157 in Rastermaß 4 mm / 0.157 in`; a
    // drawing's `Connection 21 mm` or `Max 5 A` is no row).
    let word = words.len() == 1
        && (!twice
            || label.chars().count() < 4
            || matches!(
                label.to_lowercase().as_str(),
                "max"
                    | "min"
                    | "typ"
                    | "nom"
                    | "approx"
                    | "maximum"
                    | "minimum"
                    | "typical"
                    | "nominal"
                    | "approximately"
                    | "about"
                    | "only"
                    | "from"
                    | "with"
                    | "each"
                    | "over"
                    | "under"
                    | "below"
                    | "above"
                    | "less"
                    | "more"
                    | "than"
                    | "then"
            ));
    if !(1..=16).contains(&words.len())
        || word
        || upper >= lower
        || JOINS.contains(&last)
        || !last.ends_with(|c: char| c.is_alphabetic() || c == ')')
        || axis
        || doubled
    {
        return None;
    }
    // The value ends in its number, unit or bound (`6.15mm length only` is prose).
    let tail = value.split_whitespace().last().unwrap_or("");
    let bound = matches!(
        tail.trim_end_matches('.').to_lowercase().as_str(),
        "max" | "min" | "typ" | "maximum" | "minimum" | "typical"
    );
    let ends = tail.contains(|c: char| c.is_ascii_digit())
        || tail.ends_with(')')
        || bound
        || crate::normalise::units::lookup(tail).is_some();
    if !ends || value.split_whitespace().count() > 6 {
        return None;
    }
    use crate::normalise::Value;
    match crate::normalise::parse(value, Some(label)).value {
        Value::Quantity(_) | Value::Range(_) | Value::Count { unit: Some(_), .. } => {
            Some((label, value))
        }
        _ => None,
    }
}

/// `Total loop delay < 135ns`, `• Supply current ≤ 2 mA`: a short line (a feature bullet)
/// naming a quantity and its bound. The value keeps its comparison sign.
fn comparison_pair(text: &str) -> Option<(&str, &str)> {
    // Most lines hold no comparison sign: ruled out before any other test, by one byte
    // search for `<`, `>` or the first byte of `≤`/`≥` (E2 89 A4/A5; a char-set
    // `str::contains` decodes every character of the line).
    let b = text.as_bytes();
    let sign = bytes::any(
        b,
        |h| bytes::find3(b'<', b'>', 0xE2, h),
        |i| {
            b[i] != 0xE2 || b.get(i + 1) == Some(&0x89) && matches!(b.get(i + 2), Some(0xA4 | 0xA5))
        },
    );
    if !sign {
        return None;
    }
    let text = text.trim().trim_start_matches(is_bullet).trim();
    if !chars_at_most(text, 60) {
        return None;
    }
    let i = text.find(['<', '>', '≤', '≥'])?;
    let (label, value) = (text[..i].trim(), text[i..].trim());
    let sign = value.chars().next()?.len_utf8();
    let number = value[sign..].trim_start_matches('=').trim_start();
    const VERBS: [&str; 13] = [
        "is",
        "are",
        "was",
        "be",
        "when",
        "if",
        "than",
        "should",
        "must",
        "can",
        "will",
        "typically",
        "values",
    ];
    let words = label.split_whitespace().count();
    let ok = wordy_label(label)
        && label.starts_with(|c: char| c.is_uppercase())
        && !label.contains('=')
        && label.matches('(').count() == label.matches(')').count()
        && !number.contains(['×', '*'])
        && (1..=6).contains(&words)
        && !label
            .split_whitespace()
            .any(|w| VERBS.iter().any(|v| v.eq_ignore_ascii_case(w)))
        && number.starts_with(|c: char| c.is_ascii_digit())
        && number.chars().count() <= 16
        && !number.contains(['<', '>', '=']);
    ok.then_some((label, value))
}

/// Two cells that are not a `label, value` row: a caption (`Figure 1. | Functional
/// diagram`), or two columns of running text or bullet lists side by side
/// (`■ Fast response time | ■ Compatible with USB 1.1`).
fn row_shaped(label: &str, value: &str) -> bool {
    static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:figure|fig\.|table|tab\.|abb\.|abbildung|tabelle)\s*\d+[.:]?$")
            .expect("valid regex")
    });
    // A dash before a digit is a minus sign (`–55ºC to +125ºC`), not a bullet; a bare
    // negative number beside a word is a chart's axis (`RISE TIME | –50`), not a row.
    let bullet = |s: &str| {
        let mut chars = s.trim_start().chars();
        let bare = !s.chars().any(char::is_alphabetic);
        chars
            .next()
            .is_some_and(|c| is_bullet(c) && !matches!(c, '-' | '*' | '·' | '‐'))
            && (bare || !chars.next().is_some_and(|c| c.is_ascii_digit()))
    };
    !CAPTION.is_match(label.trim())
        && !bullet(value)
        && (!bullet(label) || value.chars().any(|c| c.is_ascii_digit()))
}

/// The style of the enumerator a list item opens with (`(1) `, `12. `, `a) `), when it
/// opens with one.
fn enumerator(text: &str) -> Option<u8> {
    let b = text.trim_start().as_bytes();
    let (open, rest) = match b.first()? {
        b'(' => (true, &b[1..]),
        _ => (false, b),
    };
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    let (kind, n) = match digits {
        1 | 2 => (b'1', digits),
        0 if rest.first().is_some_and(u8::is_ascii_lowercase) => (b'a', 1),
        _ => return None,
    };
    let close = *rest.get(n)?;
    let spaced = rest.get(n + 1) == Some(&b' ');
    match (open, close) {
        (true, b')') if spaced => Some(kind | 0x80),
        (false, b'.' | b')') if spaced => Some(kind ^ close),
        _ => None,
    }
}

/// `(1) Aerospace equipment | (8) Public information-processing equipment`: a numbered
/// list printed in two columns, each cell an item, not a label and its value.
fn numbered_columns(label: &str, value: &str) -> bool {
    enumerator(label).is_some_and(|e| enumerator(value) == Some(e))
}

/// Whether a header one column narrower than its rows leaves out their symbol column:
/// its first name is the parameter's and the rows open with a symbol (`tMODE`, `VIT`),
/// one word each, before their parameter in words.
/// The one column a header of `width + 1` columns names in none of its lines, past the
/// first (the parameter column may be unnamed under a title): the column a continuation
/// of `width` columns lacks.
fn unnamed_column(header: &[Line], width: usize) -> Option<usize> {
    let columns = header.iter().map(|l| l.cells.len()).max()?;
    let used = header
        .iter()
        .filter_map(|l| l.cells.iter().rposition(|c| has_text(c)))
        .max()?
        + 1;
    if used != width + 1 || width < 3 {
        return None;
    }
    let mut blank = (1..columns.min(used)).filter(|&k| header.iter().all(|l| !has_text(l.cell(k))));
    match (blank.next(), blank.next()) {
        (Some(k), None) => Some(k),
        _ => None,
    }
}

/// Most rows hold a plain number past their first cell (`1.0 | − | 2.5`): the rows of a
/// parameter table, not a title block's words.
fn mostly_numbers(rows: &[Line]) -> bool {
    let numbered = rows
        .iter()
        .filter(|l| l.cells.iter().skip(1).any(|c| grid::is_number(c)))
        .count();
    rows.len() >= 2 && numbered * 2 >= rows.len()
}

fn symbols_before_header(header: &[Line], rows: &[Line]) -> bool {
    let names_parameters = header
        .last()
        .and_then(|h| h.cells.first())
        .is_some_and(|c| grid::names_parameters(c));
    let symbol =
        |c: &str| !c.is_empty() && c.chars().count() <= 16 && !c.contains(char::is_whitespace);
    let worded = |c: &str| c.contains(' ') && has_letter(c);
    let fits = rows
        .iter()
        .filter(|l| symbol(l.cell(0)) && worded(l.cell(1)))
        .count();
    names_parameters && rows.len() >= 2 && fits * 3 >= rows.len() * 2
}

/// Two lines of running text side by side (a page printed in two columns of prose): the
/// left one breaks off mid-sentence, on a word no label ends with, or holds the end of
/// one sentence and the start of the next; the right one is words too.
fn prose_pair(label: &str, value: &str) -> bool {
    const OPEN_ENDED: [&str; 22] = [
        "the", "a", "an", "of", "to", "and", "or", "for", "with", "in", "on", "by", "that", "is",
        "are", "be", "will", "may", "please", "der", "die", "und",
    ];
    let words = label.split_whitespace().count();
    let last = label
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    let two_sentences = label
        .split(". ")
        .nth(1)
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    words >= 5
        && (OPEN_ENDED.contains(&last.as_str()) || two_sentences)
        && value.split_whitespace().count() >= 4
        || running_text(label, value)
}

/// Words that bind a sentence together and name no quantity: running text holds several,
/// a specification's label or value few.
const SENTENCE_WORDS: [&str; 36] = [
    "the", "a", "an", "of", "to", "and", "or", "is", "are", "be", "been", "that", "this", "these",
    "it", "its", "can", "will", "should", "must", "may", "from", "if", "which", "when", "as",
    "not", "by", "der", "die", "das", "und", "ist", "sind", "wird", "werden",
];

/// `Power from different | is off. This can present a problem to certain high impedance`:
/// a line of a narrow text column beside a line of a wide one. The right side is a
/// sentence (five words or more, two of them words that bind a sentence), and the left
/// side a piece of one: it opens in lower case, or holds such a word itself.
fn running_text(label: &str, value: &str) -> bool {
    let binding = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.len() <= 6 && SENTENCE_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w))
    };
    // (`0.1 to 1.3 newton`, `12 and 16 mm`: a word beside a number joins numbers)
    // (words and binding words counted in one pass, each word beside its neighbours: no
    // list of the words is built, as this runs on every two-cell line)
    let count = |text: &str| {
        let numeric = |w: Option<&str>| {
            w.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit() || "+-–−±".contains(c)))
        };
        let (mut words, mut bound) = (0, 0);
        let mut prev = None;
        let mut rest = text.split_whitespace().peekable();
        while let Some(w) = rest.next() {
            words += 1;
            if binding(w) && !numeric(prev) && !numeric(rest.peek().copied()) {
                bound += 1;
            }
            prev = Some(w);
        }
        (words, bound)
    };
    let label = label.trim();
    let piece = label.starts_with(char::is_lowercase) || {
        let (words, bound) = count(label);
        words >= 2 && bound >= 1
    };
    piece && {
        let (words, bound) = count(value);
        words >= 5 && bound >= 2
    }
}

/// A label is words: it starts with a letter and letters outnumber the other characters
/// (`SETUP, RISE TIME`, not `SU05001-2011B` or `0.125A – 0.800A`).
fn wordy_label(label: &str) -> bool {
    if !label.chars().next().is_some_and(char::is_alphabetic) {
        return false;
    }
    // letters, other characters (not spaces) and all characters, counted in one pass
    let (mut letters, mut other, mut all) = (0, 0, 0);
    for c in label.chars() {
        all += 1;
        if c.is_alphabetic() {
            letters += 1;
        } else if !c.is_whitespace() {
            other += 1;
        }
    }
    letters >= 3 && letters > other && all <= 80
}

/// A label that names a standard's test (`IEC 61000-4-4 (EFT)`, `MIL-STD-202 Method 208`).
fn standard_label(label: &str) -> bool {
    const BODIES: [&str; 15] = [
        "IEC", "EN", "UL", "ISO", "MIL", "JIS", "IEEE", "ANSI", "EIA", "JEDEC", "DIN", "VDE",
        "CSA", "ASTM", "AEC",
    ];
    let first = label.split([' ', '-']).next().unwrap_or("");
    BODIES.contains(&first) && label.chars().count() <= 40
}

/// A word cut in two by a cell boundary (`Use g` | `roup B`): broken text, not a row.
fn split_word(label: &str, value: &str) -> bool {
    label.ends_with(char::is_alphabetic) && value.starts_with(char::is_lowercase)
}

/// In raw PDF text a two-column split is only a row when its left side reads like a label
/// and the two sides are not one sentence running across two text columns
/// (`The data for each input or` | `output is kept in the`).
fn plausible_raw_row(label: &str, value: &str) -> bool {
    let first = label.chars().next().unwrap_or(' ');
    let mid_sentence = label.ends_with(|c: char| c.is_lowercase())
        && value.starts_with(|c: char| c.is_lowercase());
    first.is_alphabetic()
        && label.len() <= 60
        && !label.ends_with(['.', ',', ';', '|', '='])
        && !value.starts_with(['|', ','])
        && !mid_sentence
        && label.split_whitespace().count() <= 8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::markdown::parse_str;

    #[test]
    fn run_together_as_tested_at_every_byte() {
        // what `run_together` finds, each word's letters tested again at every byte
        fn oracle(label: &str) -> Vec<(usize, usize, usize)> {
            let b = label.as_bytes();
            let mut found = Vec::new();
            let mut start = 0;
            for i in 1..b.len() {
                if !b[i - 1].is_ascii_alphabetic() {
                    start = i;
                    continue;
                }
                let lower_run = i - start >= 5
                    && b[start + 1..i].iter().all(u8::is_ascii_lowercase)
                    && b[start].is_ascii_alphabetic();
                if !lower_run {
                    continue;
                }
                let end = i
                    + 1
                    + b[i + 1..]
                        .iter()
                        .take_while(|c| c.is_ascii_alphanumeric())
                        .count();
                let camel = b[i].is_ascii_uppercase()
                    && end - i >= 4
                    && b[i + 1..end].iter().all(u8::is_ascii_lowercase);
                let number = b[i].is_ascii_digit()
                    && b[i..end].iter().all(u8::is_ascii_digit)
                    && b.get(end) == Some(&b' ')
                    && b.get(end + 1).is_some_and(u8::is_ascii_lowercase);
                if camel || number {
                    found.push((start, i, end));
                }
            }
            found
        }
        let words = [
            "Internal",
            "OperatingFrequency",
            "Soldering10",
            " sec",
            "PicoBlade",
            "x",
            "ABCdefGhij",
            "temperatureRange",
            "-",
            " ",
            "é",
            "Abcde1",
            "abcdE",
            "CrimpHousings",
            "12",
            "aBcdeFghi",
        ];
        for a in words {
            for b in words {
                for c in words {
                    let label = format!("{a}{b}{c}");
                    assert_eq!(run_together(&label), oracle(&label), "{label:?}");
                }
            }
        }
    }

    #[test]
    fn byte_searches_as_memchr() {
        // every length up to past the long cut, the needles at every place and none
        for len in 0usize..80 {
            for at in 0..=len {
                for other in [None, Some(0), Some(7), Some(8), Some(len.saturating_sub(1))] {
                    let mut hay = vec![b'x'; len];
                    if at < len {
                        hay[at] = b':';
                    }
                    if let Some(o) = other.filter(|&o| o < len) {
                        hay[o] = 0xE2;
                    }
                    assert_eq!(bytes::find(b':', &hay), memchr::memchr(b':', &hay));
                    assert_eq!(
                        bytes::find2(b':', 0xE2, &hay),
                        memchr::memchr2(b':', 0xE2, &hay)
                    );
                    assert_eq!(
                        bytes::find3(b'<', b':', 0xE2, &hay),
                        memchr::memchr3(b'<', b':', 0xE2, &hay)
                    );
                    let found: Vec<usize> = memchr::memchr2_iter(b':', 0xE2, &hay).collect();
                    let mut seen = Vec::new();
                    assert!(!bytes::any(
                        &hay,
                        |h| bytes::find2(b':', 0xE2, h),
                        |i| {
                            seen.push(i);
                            false
                        }
                    ));
                    assert_eq!(seen, found);
                }
            }
        }
    }

    #[test]
    fn lowercase_text_as_std() {
        for t in [
            "",
            "ABC def",
            "Temperature –40 °C TO +85 °C, İSTANBUL ǅ ẞ",
            "ΩMEGA Ω ΔT µA ΣX ΑΣ Σ",
            "ends in non-ASCII: Ä",
            "Ä starts",
        ] {
            assert_eq!(lowercase_text(t), t.to_lowercase(), "{t:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn lowercase_text_as_std_any(t in "[A-Za-z0-9 ,.\\-ÄÖÜäöüΩΣσİẞǅµ°–]{0,40}") {
            proptest::prop_assert_eq!(lowercase_text(&t), t.to_lowercase());
        }
    }

    /// Each property's label and raw text, in order.
    fn label_raw(s: &Structured) -> Vec<(&str, &str)> {
        s.sections
            .iter()
            .flat_map(|s| &s.properties)
            .map(|p| (p.label.as_str(), p.raw.as_str()))
            .collect()
    }

    #[test]
    fn a_feature_bullet_with_a_bound() {
        // texasinstrum__TCAN332: `- Total loop delay < 135ns`; prose keeps its signs.
        let md = "## Features\n\n- Total loop delay < 135ns\n- Values < 0.01 Ohm are typical\n\n\
                  The offset is typically < 50mV over temperature.\n";
        assert_eq!(
            label_raw(&build(&parse_str(md))),
            [("Total loop delay", "< 135ns")]
        );
    }

    #[test]
    fn a_value_line_without_its_label_joins_its_row() {
        // littelfuse__0215001.MXP and ck__CK_8020_series (pymupdf4llm Markdown): a tall
        // value cell cut into rows, its label beside a later line. The line joins the row
        // below when that reads on from it (`(High RH`, an open comma), else the row above.
        let md = "|**Vibration**|MIL-STD-202, Method 201|\n|---|---|\n\
                  ||MIL-STD-202, Method 103, Test Condition A|\n\
                  |**Humidity**|(High RH (95%) for 240 hours)|\n\
                  |**Electrical Life**|60,000 cycles at full load*|\n\
                  ||Below 50 mΩ typ. initial @ 2-4 V DC,|\n\
                  |**Contact Resistance**|100 mA, for both silver and gold|\n\
                  |**Terminal Seal**|Epoxy. Refer to soldering and cleaning|\n\
                  ||Technical Data Chapter|\n";
        assert_eq!(
            label_raw(&build(&parse_str(md))),
            [
                ("Vibration", "MIL-STD-202, Method 201"),
                (
                    "Humidity",
                    "MIL-STD-202, Method 103, Test Condition A (High RH (95%) for 240 hours)"
                ),
                ("Electrical Life", "60,000 cycles at full load*"),
                (
                    "Contact Resistance",
                    "Below 50 mΩ typ. initial @ 2-4 V DC, 100 mA, for both silver and gold"
                ),
                (
                    "Terminal Seal",
                    "Epoxy. Refer to soldering and cleaning Technical Data Chapter"
                ),
            ]
        );
    }

    #[test]
    fn a_numbered_clause_holds_a_pair() {
        // molex__molex_kk254: `2.3.1  UL File Number: E29179`, one line (Markdown) or the
        // number in a cell of its own (PDF).
        let md = build(&parse_str("# Approvals\n\n2.3.1  UL File Number: E29179\n"));
        assert_eq!(label_raw(&md), [("UL File Number", "E29179")]);
        use crate::document::{Block, SourceFormat};
        let pdf = Document {
            format: SourceFormat::Pdf,
            blocks: vec![Block {
                kind: BlockKind::Text,
                lines: vec![Line::of(&["2.3.1", "UL File Number: E29179"])],
            }],
            pages: Some(1),
            diagnostics: Vec::new(),
        };
        assert_eq!(label_raw(&build(&pdf)), [("UL File Number", "E29179")]);
        assert_eq!(clause_number("2.3.1"), Some(vec![2, 3, 1]));
        assert_eq!(clause_number("2024"), None);
        assert_eq!(clause_number("1.234"), None);
    }

    #[test]
    fn a_unit_on_a_line_of_its_own_is_the_rows_around_it() {
        // texasinstrum__TCAN332 (PDF), recommended operating conditions: `mA` is
        // printed once, centred across the IOH and IOL rows
        use crate::document::{Block, SourceFormat};
        let line = Line::of;
        let doc = Document {
            format: SourceFormat::Pdf,
            blocks: vec![Block {
                kind: BlockKind::Table { header: false },
                lines: vec![
                    line(&["", "", "MIN", "NOM", "MAX", "UNIT"]),
                    line(&["VCC", "Supply voltage", "3", "", "3.6", "V"]),
                    line(&["IOH", "HIGH level output current", "–2", "", "", ""]),
                    line(&["", "", "", "", "", "mA"]),
                    line(&["IOL", "LOW level output current", "", "", "2", ""]),
                    line(&["TA", "Free-air temperature", "–40", "", "125", "°C"]),
                ],
            }],
            pages: Some(1),
            diagnostics: Vec::new(),
        };
        let s = build(&doc);
        let got = label_raw(&s);
        assert!(
            got.contains(&("HIGH level output current", "–2 | – | – mA")),
            "{got:?}"
        );
        assert!(
            got.contains(&("LOW level output current", "– | – | 2 mA")),
            "{got:?}"
        );
    }

    #[test]
    fn one_value_printed_across_stacked_labels_is_each_labels() {
        // ck__pts645 (Markdown): the value cell is merged across both label rows
        let md = "## Environmental Characteristics\n\n\
                  |**Operating Temperature**<br>**Storage Temperature**|-40˚C to 85˚C|\n\
                  |---|---|\n";
        let s = build(&parse_str(md));
        assert_eq!(
            label_raw(&s),
            [
                ("Operating Temperature", "-40˚C to 85˚C"),
                ("Storage Temperature", "-40˚C to 85˚C")
            ]
        );
    }

    #[test]
    fn a_header_set_apart_names_a_table_with_a_symbol_column_more() {
        // texasinstrum__TCAN332 (PDF), switching characteristics: the header is a line of
        // text, wrapped rows the source could not grid stand between it and the table,
        // and `PARAMETER` spans the symbol and the parameter columns.
        use crate::document::{Block, SourceFormat};
        let line = Line::of;
        let doc = Document {
            format: SourceFormat::Pdf,
            blocks: vec![
                Block {
                    kind: BlockKind::Heading { level: 2 },
                    lines: vec![line(&["Switching Characteristics"])],
                },
                Block {
                    kind: BlockKind::Text,
                    lines: vec![
                        line(&["PARAMETER", "TEST CONDITIONS", "MIN", "TYP", "MAX", "UNIT"]),
                        line(&["Total loop delay, driver input (TXD)"]),
                    ],
                },
                Block {
                    kind: BlockKind::Table { header: false },
                    lines: vec![
                        line(&[
                            "tMODE",
                            "Mode change time",
                            "See Figure 6-4",
                            "",
                            "5",
                            "10",
                            "µs",
                        ]),
                        line(&[
                            "tUV_RE-ENABLE",
                            "Re-enable time after UV event",
                            "",
                            "",
                            "",
                            "1000",
                            "µs",
                        ]),
                    ],
                },
            ],
            pages: None,
            diagnostics: Vec::new(),
        };
        let s = build(&doc);
        let got = label_raw(&s);
        assert_eq!(
            got,
            [
                ("Mode change time", "– | 5 | 10 µs"),
                ("Re-enable time after UV event", "– | – | 1000 µs")
            ]
        );
    }

    #[test]
    fn prose_side_by_side_is_no_pair() {
        // panasonic__AQY212EH_Panasonic (PDF), safety notes printed in two columns.
        for (label, value) in [
            (
                "output, the breakdown voltage of the switching element may be the",
                "the PhotoMOS characteristics may be adversely affected.",
            ),
            (
                "operation of this product and peripheral circuit. Please evaluate",
                "lower temperature soldering condition than the conditions",
            ),
        ] {
            assert!(prose_pair(label, value), "{label:?}");
        }
        for (label, value) in [
            (
                "2 conductors with same cross section, solid",
                "0.2 mm² ... 1.5 mm²",
            ),
            (
                "Distance between the end of the tape and the first connector",
                "12 mm",
            ),
            (
                "Soldering heat resistance",
                "Wave soldering 260 °C for 10 s",
            ),
        ] {
            assert!(!prose_pair(label, value), "{label:?}");
        }
    }

    #[test]
    fn rows_stacked_in_one_markdown_row_are_rows() {
        // semtech__SM712_Semtech (pymupdf4llm Markdown): two ratings in one row.
        let doc = parse_str(
            "| Rating | Symbol | Value | Units |\n|---|---|---|---|\n\
             | ESD per IEC 61000-4-2 (Contact)<br>ESD per IEC 61000-4-2 (Air) | VESD | 30<br>30 | kV |\n\
             | Output Short-Circuit<br>Duration | | Observe Power<br>Derating Curves | |\n",
        );
        let s = build(&doc);
        let got = label_raw(&s);
        assert!(
            got.contains(&("ESD per IEC 61000-4-2 (Contact)", "30 kV")),
            "{got:?}"
        );
        assert!(
            got.contains(&("ESD per IEC 61000-4-2 (Air)", "30 kV")),
            "{got:?}"
        );
        // A wrapped label beside a wrapped text value is one row.
        assert!(!got.iter().any(|(l, _)| *l == "Duration"), "{got:?}");
        // onsemi__2N7002_onsemi (pymupdf4llm Markdown): a parameter over its kinds, each
        // opened with a dash, in one row.
        let doc = parse_str(
            "| Rating | Symbol | Value | Unit |\n|---|---|---|---|\n\
             | Drain−Source Voltage | VDSS | 60 | Vdc |\n\
             | Drain Current<br>−Continuous TC= 25°C (Note 1)<br>−Pulsed (Note 2) | ID<br>IDM | ±115<br>±800 | mAdc |\n",
        );
        let s = build(&doc);
        assert_eq!(
            label_raw(&s),
            [
                ("Drain−Source Voltage", "60 Vdc"),
                ("Drain Current (Continuous TC= 25°C)", "±115 mAdc"),
                ("Drain Current (Pulsed)", "±800 mAdc"),
            ]
        );
    }

    #[test]
    fn keys() {
        for (label, key) in [
            ("Rated voltage (III / 3)", "rated_voltage_iii_3"),
            ("PU (SPU)", "pu_spu"),
            ("  -- Weight (g) --  ", "weight_g"),
            ("Hinweis für den Markt", "hinweis_fuer_den_markt"),
            (
                "Solid conductor; push-in termination",
                "solid_conductor_push_in_termination",
            ),
        ] {
            assert_eq!(key_of(label), key);
        }
    }

    #[test]
    fn wrapped_label_rows_join() {
        let md = "# Data\n\n|Conductor cross section flexible, with ferrule without plastic|0.25 mm² ... 2.5 mm²|\n|---|---|\n\nPage 1\n\nPage 2\n\nPage 3\n\n|sleeve||\n|---|---|\n|Stripping length|7 mm|\n";
        let s = build(&parse_str(md));
        let labels: Vec<_> = s.sections[0]
            .properties
            .iter()
            .map(|p| p.label.as_str())
            .collect();
        assert_eq!(
            labels,
            [
                "Conductor cross section flexible, with ferrule without plastic sleeve",
                "Stripping length"
            ]
        );
    }

    #[test]
    fn labels_hyphenated_at_a_wrap_are_one_word() {
        // schurter__Schurter_typ_PFRA: `Allowable Operation Tempe-<br>rature`; the
        // document prints `temperature` elsewhere, never `commonmode`.
        let text = "allowable operation tempe- rature. common- mode output. common-mode voltage";
        let join = |l: &str| join_hyphenated(l, text);
        assert_eq!(
            join("Allowable Operation Tempe- rature"),
            "Allowable Operation Temperature"
        );
        assert_eq!(join("common- mode output"), "common-mode output");
        assert_eq!(join("Pre- and post-heat"), "Pre- and post-heat");
        assert_eq!(join("VCC - 0.3"), "VCC - 0.3");
    }

    #[test]
    fn words_run_together_are_split_where_the_document_prints_both() {
        assert_eq!(
            run_together("Internal OperatingFrequency"),
            vec![(9, 18, 27)]
        );
        assert_eq!(
            run_together("Lead Temperature (Soldering10 sec)"),
            vec![(18, 27, 29)]
        );
        assert!(run_together("PicoBlade header").is_empty());
        assert!(run_together("IP20 rating").is_empty());
        assert!(run_together("Black Level1").is_empty());
        let mut sections = vec![RawSection {
            title: String::new(),
            properties: ["Internal OperatingFrequency", "PicoBlade housing"]
                .iter()
                .map(|l| RawProperty {
                    label: l.to_string(),
                    raw: "1".into(),
                    loc: Loc::default(),
                    limits: None,
                    variant: None,
                    condition: None,
                    ordering_code: false,
                })
                .collect(),
        }];
        let text = "Operating temperature. Switching frequency. PicoBlade housing";
        repair_labels(&mut sections, text);
        let labels: Vec<&str> = sections[0]
            .properties
            .iter()
            .map(|p| p.label.as_str())
            .collect();
        assert_eq!(
            labels,
            ["Internal Operating Frequency", "PicoBlade housing"]
        );
    }

    #[test]
    fn a_symbol_font_bullet_is_no_part_of_the_label() {
        // amphenol__minitekpwr3 (PDF), TECHNICAL INFORMATION: Wingdings' square bullet
        // read as `§`, one item per line and two run together in one cell
        assert_eq!(
            colon_pair("§ Current Rating: 12.0A max."),
            Some(("Current Rating", "12.0A max."))
        );
        assert_eq!(
            bullet_pairs("§ Receptacle Housing: Bag § Terminal: Reel"),
            [("Receptacle Housing", "Bag"), ("Terminal", "Reel")]
        );
        // jst__jst_rcy (PDF): a heading and the first item on one line
        assert_eq!(
            colon_pair("■ Specifications ・Current rating: 3 A AC/DC (AWG #22)"),
            Some(("Current rating", "3 A AC/DC (AWG #22)"))
        );
        assert_eq!(symbol_font_bullet("§ 3 Abs. 2"), "§ 3 Abs. 2");
        assert_eq!(symbol_font_bullet("n Radial"), "Radial");
    }

    #[test]
    fn pairs_run_together_on_one_line() {
        // molex__molex_kk254 (md), 2.2 DIMENSIONS, MATERIALS, PLATING AND MARKINGS
        assert_eq!(
            colon_pairs(
                "Terminal Material:  Brass or Phos. Bronze (for Max performance use phos. \
                 bronze material.) Housing: Nylon or Polyester Pins: Brass or Phos. Bronze"
            ),
            [
                (
                    "Terminal Material",
                    "Brass or Phos. Bronze (for Max performance use phos. bronze material.)"
                ),
                ("Housing", "Nylon or Polyester"),
                ("Pins", "Brass or Phos. Bronze")
            ]
        );
        assert_eq!(
            colon_pairs("LED current: 5 mA; Load voltage: 60 V"),
            [("LED current", "5 mA"), ("Load voltage", "60 V")]
        );
        assert!(colon_pairs("Note: see the drawing: page 2").is_empty());
        // panasonic__AQY212EH_Panasonic: the conditions of charts side by side
        assert!(colon_pairs("LED current: 5 mA; Load voltage: Max. (DC);").is_empty());
        assert!(colon_pairs("Sample: All types Load voltage: Max. Sample: All types").is_empty());
        assert!(colon_pairs("Packaging - Tray: [mm] Packaging - Tray: [mm]").is_empty());
        assert!(colon_pairs("Max. (DC); Ambient temperature: 25°C").is_empty());
        // (halves of a text that are not on a character boundary)
        assert!(colon_pairs("Température: 25 °C Ümgebung: 3 ℃ x").len() == 2);
        assert!(colon_pairs("a: °°°°°°°°°°°°°°°°°°°°°°°°° b: 1").len() <= 2);
        // kemet: a unit is never the first word of the next label.
        assert_eq!(
            colon_pairs("Frequency: 1 kHz ±50 Hz Voltage: 1.0 Vrms"),
            [("Frequency", "1 kHz ±50 Hz"), ("Voltage", "1.0 Vrms")]
        );
        // vishay__Vishay_CRCW_HP: a sentence introduces the pairs; a label may go on in
        // lower case after its capitalised first word.
        assert_eq!(
            colon_pairs(
                "conditions in accordance with IEC 60068-1, whereupon the following values \
                 are applied: Temperature: 15 °C to 35 °C Relative humidity: 25 % to 75 %"
            ),
            [
                ("Temperature", "15 °C to 35 °C"),
                ("Relative humidity", "25 % to 75 %")
            ]
        );
        // A sentence ends before a label; a lower-case first label ends a sentence above.
        assert_eq!(
            colon_pairs(
                "Handlötung: Max 350ºC für max. 3 s., für alle Versionen. Wellenlöten: Max. 260ºC"
            )
            .first()
            .map(|p| p.0),
            Some("Handlötung")
        );
        assert!(colon_pairs(
            "of packaging: packed in cardboard, Can be aligned! Mounting flange: Item No."
        )
        .is_empty());
        // molex__Molex_53261: a space before the colon; bilingual notes
        assert_eq!(
            colon_pairs("嵌合相手 : 51021 シリーズ MATE WITH : 51021 SERIES"),
            [
                ("嵌合相手", "51021 シリーズ"),
                ("MATE WITH", "51021 SERIES")
            ]
        );
        // analogdevice__AD724: the captions of a chart, cut at `=`
        assert!(colon_pairs(
            "FRAMES SELECTED : 1 2 –50 SYNCHRONOUS SYNC = SOURCE FRAMES SELECTED : 1 2 –50"
        )
        .is_empty());
    }

    #[test]
    fn rows_of_a_table_drawn_as_a_picture() {
        // tdk__TDK_MPZ2012S601AT000, jst__jst_xh (md picture text)
        assert_eq!(
            spaced_pair("Package quantity 4,000 pcs/reel"),
            Some(("Package quantity", "4,000 pcs/reel"))
        );
        // wago__WAGO_2060-14_DB: a label of one word; a row two columns print alike
        assert_eq!(
            spaced_pair("Rastermaß 4 mm / 0.157 in Rastermaß 4 mm / 0.157 in"),
            Some(("Rastermaß", "4 mm / 0.157 in"))
        );
        assert_eq!(
            spaced_pair("Spulendurchmesser 330 mm Spulendurchmesser 330 mm"),
            Some(("Spulendurchmesser", "330 mm"))
        );
        // microcrystal__RV-3028-C7 (md picture text): a value that opens with its sign
        assert_eq!(
            spaced_pair("Storage temperature range –55 to +125°C"),
            Some(("Storage temperature range", "–55 to +125°C"))
        );
        assert_eq!(
            spaced_pair("Ambient temperature -40 degC to +125 degC"),
            Some(("Ambient temperature", "-40 degC to +125 degC"))
        );
        assert_eq!(
            spaced_pair("Capacitance drift −5 % max"),
            Some(("Capacitance drift", "−5 % max"))
        );
        // a sign inside a word starts no number
        assert_eq!(spaced_pair("Part-5 class"), None);
        assert_eq!(printed_twice("a b a b"), Some("a b"));
        assert_eq!(printed_twice("a b a c"), None);
        assert_eq!(printed_twice("µm 5 µm 5"), Some("µm 5"));
        assert_eq!(printed_twice("5 µm x5 µm"), None);
        assert_eq!(
            spaced_pair(
                "Distance between the end of the tape and the first connector’s center line \
                 (either end) 19.05 mm"
            )
            .map(|p| p.1),
            Some("19.05 mm")
        );
        for prose in [
            "T-C Curves for 1A to 20A only",
            "Vertical THT - for 6.15mm length only",
            "Data line voltage (V) 0.2 F(MHz)",
            "DIFF OUT (Y to Z) 0V",
            "Servo motor with Flat type Servo motor with Flat type 3,000 rpm",
            "2, 3 circuits 1,000 pcs./box",
            "Box size 316(W)×45(D)×330(H) mm",
            "Max 5 A Max 5 A",
            "Fig 3 mm Fig 3 mm",
            "Connection 21 mm",
        ] {
            assert_eq!(spaced_pair(prose), None, "{prose}");
        }
    }

    #[test]
    fn a_list_number_is_none_of_the_label() {
        // kemet__KEMET_C1206C102KDGACTU: `**1. Cover Tape Break Force:** 1.0 Kg minimum.`
        assert_eq!(
            colon_pair("1. Cover Tape Break Force: 1.0 Kg minimum."),
            Some(("Cover Tape Break Force", "1.0 Kg minimum"))
        );
        assert_eq!(
            colon_pair("2.3.1  UL File Number: E29179"),
            Some(("UL File Number", "E29179"))
        );
        assert!(list_number("12)") && !list_number("123.") && !list_number("1.5"));
        // jst__jst_ph: a sentence before a colon is no label
        assert_eq!(
            colon_pair("1. Tolerances are non-cumulative: ± 0.05 mm for all centers."),
            None
        );
    }

    #[test]
    fn a_value_ends_with_its_sentence() {
        // vishay__Vishay_CRCW_HP (Markdown): prose runs on after the value.
        assert_eq!(
            colon_pair(
                "Air pressure: 86 kPa to 106 kPa (860 mbar to 1060 mbar). A climatic category \
                 LCT / UCT / 56 is applied, defined by the lower category temperature"
            ),
            Some(("Air pressure", "86 kPa to 106 kPa (860 mbar to 1060 mbar)"))
        );
        assert_eq!(
            sentence_end("5 mV max. Typical value"),
            "5 mV max. Typical value"
        );
        // Ordinals and list numbers are no sentence end; nor is an abbreviation.
        assert_eq!(
            sentence_end("R 50056114 10A/250VAC 30VDC 5. DIMENSION (unit:mm) DRILLING (unit:mm)"),
            "R 50056114 10A/250VAC 30VDC 5. DIMENSION (unit:mm) DRILLING (unit:mm)"
        );
        assert_eq!(sentence_end("Max. 50 V"), "Max. 50 V");
        assert_eq!(sentence_end("10 mA."), "10 mA");
        assert_eq!(sentence_end("approx."), "approx.");
        assert_eq!(sentence_end("25 %."), "25 %");
        assert!(is_note("Note1: add suffix"));
        assert!(is_note("Notes 2: see page 3"));
        assert!(!is_note("Notebook"));
    }

    #[test]
    fn two_columns_of_running_text_are_no_pair() {
        // eaton__Limit-Switch-Design-Eaton_pct_1549250 (PDF), a guide set in two columns
        for (label, value) in [
            (
                "Power from different",
                "is off. This can present a problem to certain high impedance",
            ),
            (
                "wiring terminals are accessible through the front of the switch",
                "addition to the hazardous location requirements of NEMA 7",
            ),
            (
                "throw limit switches, if",
                "of the contacts, and by particles of dust and other matter.",
            ),
        ] {
            assert!(prose_pair(label, value), "{label}");
        }
        // rows whose value is a phrase, with or without a number, are rows
        for (label, value) in [
            ("Dimension between flanges (measured at hub)", "allow proper reeling and unreeling"),
            (
                "Insulation resistance",
                "20 MΩ min. at 500 VDC between the power terminals and FG terminal",
            ),
            (
                "Humidity",
                "MIL-STD-202, Method 103, Test Condition A (High RH (95%) and elevated temp (40ºC) for 240 hours)",
            ),
            ("Terminal Material", "Brass or Phos. Bronze (for Max performance use phos. bronze material.)"),
            // kemet__KEMET_C1206C102KDGACTU (PDF), peel strength per tape width
            ("12 and 16 mm", "0.1 to 1.3 newton (10 to 130 gf)"),
        ] {
            assert!(!prose_pair(label, value), "{label}");
        }
    }

    #[test]
    fn a_numbered_list_in_two_columns_is_no_pair() {
        // tdk__TDK_MPZ2012S601AT000 (PDF), the applications its REMINDERS rule out
        assert!(numbered_columns(
            "(1) Aerospace/aviation equipment",
            "(8) Public information-processing equipment"
        ));
        assert!(numbered_columns("3. Scope", "7. Packaging"));
        assert!(numbered_columns("a) Housing", "d) Contact"));
        // a numbered label beside its value, and items of two styles, are not
        assert!(!numbered_columns("(1) Rated voltage", "250 V AC"));
        assert!(!numbered_columns("1. Rated current", "2.5 A"));
        assert!(!numbered_columns("(1) Rated voltage", "1. Rated current"));
        assert!(!numbered_columns("Voltage (1)", "(2) 50 V"));
    }

    #[test]
    fn pin_names_are_not_pairs() {
        // Package drawings: AD724 (`STND 1 | 16 HSYNC`), Recom (`C1 | C2`), Semtech.
        assert!(pinout("STND 1", "16 HSYNC"));
        assert!(pinout("C1", "C2"));
        assert!(pinout("I/O 1", "I/O 2"));
        assert!(!pinout("Number of poles", "2"));
        assert!(!pinout("Series", "4089"));
        assert!(!pinout("Weight 1", "5 g"));
    }

    #[test]
    fn related_items_from_item_lines() {
        let md = "Item number: 1\n\n## Counterpart\n\n**Item no. 770-1252/076-000**  \nPlug; 2-pole\n\n[www.x.com/770-1252](http://www.x.com/770-1252)\n\n## Tools\n\nLocking device\t\n\t<b>Item no.: 770-121</b> Locking lever; white\n\t<a href=\"http://x.com/770-121\">x.com/770-121</a>\n";
        let s = build(&parse_str(md));
        let got: Vec<_> = s
            .related
            .iter()
            .map(|r| {
                (
                    r.relation.as_str(),
                    r.item_number.as_str(),
                    r.description.as_deref(),
                    r.url.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "counterpart",
                    "770-1252/076-000",
                    Some("Plug; 2-pole"),
                    Some("http://www.x.com/770-1252")
                ),
                (
                    "tools",
                    "770-121",
                    Some("Locking lever; white"),
                    Some("http://x.com/770-121")
                ),
            ]
        );
    }

    #[test]
    fn raw_text_rows_must_read_as_rows() {
        for (label, value, ok) in [
            ("Rated voltage", "250 V", true),
            ("The data for each input or", "output is kept in the", false),
            ("Group A-1 |", "|", false),
            ("4905", ".020 (.50) Brass", false),
            ("Temperature gradient in cooling", "-5 deg C/s max", true),
        ] {
            assert_eq!(plausible_raw_row(label, value), ok, "{label:?} | {value:?}");
        }
        for (label, ok) in [
            ("SETUP, RISE TIME", true),
            ("SU05001-2011B", false),
            ("0.125A – 0.800A", false),
            ("N/A", false),
        ] {
            assert_eq!(wordy_label(label), ok, "{label:?}");
        }
        for (label, value, ok) in [
            ("Operating Temperature", "–55ºC to +125ºC", true),
            ("■ Fast response time", "■ Compatible with USB 1.1", false),
            ("Features", "– low noise", false),
            ("Figure 3", "Block diagram", false),
            ("RISE TIME", "–50", false),
        ] {
            assert_eq!(row_shaped(label, value), ok, "{label:?} | {value:?}");
        }
    }
}
