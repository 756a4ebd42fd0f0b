//! The item number of a document that prints no `Part No.` / `Item no.` line: the series
//! or part its head names (`MF-R Series`, `XH CONNECTOR`, `MPZ2012 type`, a title that
//! opens with `INA219` or `TCAN33x`), else the part number it repeats most.
//!
//! A part number is a token of capitals and digits (`USBLC6-2SC6Y`, `AD8055/AD8056`,
//! `CRCW-HP`); standards (`IEC 60664-1`, `UL94`), packages (`SOT23-6L`), units (`10V`),
//! note and figure references are not. A line that lists three or more part numbers is a
//! running header naming the whole family, not a title.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::identity::CellText;
use crate::document::{BlockKind, Document};

/// How many lines the most-repeated part number is counted over.
const FREQUENCY_LINES: usize = 2000;

/// How many lines from the top count as the document's head.
const HEAD_LINES: usize = 60;

/// `MF-R Series`, `RS - 15 series`, `XH CONNECTOR`, `MPZ2012 type`, `215 Series`.
static SERIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[\s,;:(\[*|])([A-Z0-9][A-Z0-9]*(?:\s?[-/.]\s?[A-Z0-9]+)*)\s+(?:[Ss]eries|SERIES|[Tt]ype|TYPE|CONNECTOR|[Ff]amily)(?-u:\b)",
    )
    .expect("valid regex")
});

/// The ends of the words [`SERIES`] ends with, searched for together: one vectorised pass
/// over a line, not a search per word.
static SERIES_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("eries|ERIES|ype|YPE|CONNECTOR|amily").expect("valid regex"));

/// Compiles this module's patterns now (see [`crate::warm_up`]).
pub(crate) fn warm_up() {
    LazyLock::force(&SERIES);
    LazyLock::force(&SERIES_WORDS);
}

/// First segments that make a token a standard, package, unit or reference.
const NOT_PARTS: &[&str] = &[
    "IEC", "EN", "UL", "ISO", "MIL", "JESD", "JEDEC", "AEC", "ANSI", "ROHS", "CISPR", "DIN", "VDE",
    "CSA", "IPC", "EIA", "ASTM", "SOT", "SOIC", "SOD", "QFN", "DFN", "TSSOP", "MSOP", "SOP", "SIP",
    "DIP", "TO", "SC", "REV", "FIG", "FIGURE", "TABLE", "PAGE", "NOTE", "NO", "ESD", "HBM", "CDM",
    "PIN", "AWG", "RMS", "RH", "IP", "IEEE", "GB", "JIS", "EC", "IATF", "MSL", "SMD", "SMT", "LED",
    "CAN", "USB", "I2C", "SPI", "DOC", "PS", "SS", "TAB", "SHEET", "SECTION", "CLASS", "CAT",
    "TYPE", "LEVEL", "STEP", "ITEM", "MODEL", "VERSION", "DO", "USCAR", "SAE", "NEMA", "BS", "NF",
    "KS", "CNS",
];

/// Short capitalised words that name no series (`DATA TYPE`, `AND CONNECTOR`).
const COMMON: &[&str] = &[
    "AND", "OR", "OF", "THE", "FOR", "WITH", "TO", "IN", "ON", "BY", "AC", "DC", "NEW", "ALL",
    "ANY", "DATA", "WIRE", "PLUG", "JACK", "PIN", "PINS", "TAPE", "REEL", "BOX", "MALE", "PCB",
    "SMD", "SMT", "THT", "USB", "LED", "CAN", "CHIP", "CELL", "FUSE", "CORE", "BASE", "MAIN",
];

/// Whether `t` reads as a part number.
pub(crate) fn is_part(t: &str) -> bool {
    // (the ASCII letters and digits counted in one pass over the bytes: no byte of a
    // character outside ASCII is one)
    let (upper, lower, digits) = t.bytes().fold((0, 0, 0), |(u, l, d), b| {
        (
            u + usize::from(b.is_ascii_uppercase()),
            l + usize::from(b.is_ascii_lowercase()),
            d + usize::from(b.is_ascii_digit()),
        )
    });
    let ascii = t.is_ascii();
    // the ASCII letters it starts with (its first segment's: `-`, `/` and `.` are none)
    let head = &t[..t
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(t.len())];
    // the cheap tests first
    upper >= 2
        && digits >= 1
        && lower <= 1
        && t.starts_with(|c: char| c.is_ascii_uppercase())
        && (3..=24).contains(&if ascii { t.len() } else { t.chars().count() })
        // `V(BUS)`-like symbols and `3V3`-like values are not parts
        && !t.bytes().any(|b| b == b'(' || b == b'=')
        // `XHコネクタ表1` (a caption: "XH connector, table 1") is words
        && (ascii || !t.chars().any(|c| !c.is_ascii() && (c == '°' || c.is_alphabetic())))
        && !not_part_head(head)
}

/// Whether `head` (ASCII letters) is one of [`NOT_PARTS`], in any case: a binary search
/// over them packed into numbers, not a comparison with each.
fn not_part_head(head: &str) -> bool {
    /// One to eight bytes, capitals, the first in the highest byte (`None` for others).
    fn packed(word: &str) -> Option<u64> {
        let b = word.as_bytes();
        (1..=8).contains(&b.len()).then(|| {
            b.iter()
                .fold(0, |n, &c| n << 8 | u64::from(c.to_ascii_uppercase()))
                << (8 * (8 - b.len()))
        })
    }
    static PACKED: LazyLock<Vec<u64>> = LazyLock::new(|| {
        let mut v: Vec<u64> = NOT_PARTS.iter().filter_map(|n| packed(n)).collect();
        v.sort_unstable();
        v
    });
    packed(head).is_some_and(|h| PACKED.binary_search(&h).is_ok())
}

/// The document's head lines, in order: each line's number (in document order, as in a
/// [`CellText`]) and weight (headings and bold lines are titles).
fn head_lines(doc: &Document) -> Vec<(usize, bool)> {
    doc.blocks
        .iter()
        .flat_map(|b| {
            let title = matches!(b.kind, BlockKind::Heading { .. });
            b.lines.iter().map(move |l| (l, title || l.strong))
        })
        .enumerate()
        .filter(|(_, (l, _))| l.filled() >= 1)
        .take(HEAD_LINES)
        .map(|(li, (_, title))| (li, title))
        .collect()
}

/// The words of `text` that could be part numbers: split at spaces and punctuation that
/// never occurs inside one, trailing separators dropped. (A plain split: this runs over
/// every cell of a document when no title names the part.)
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    shaped(pieces(text))
}

/// [`tokens`] of the pieces given.
fn shaped<'a>(pieces: impl Iterator<Item = &'a str>) -> impl Iterator<Item = &'a str> {
    pieces
        .map(|t| t.trim_end_matches(['.', '/', '-']))
        .filter(|t| {
            t.len() >= 3 && t.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
        })
}

/// The ASCII bytes [`pieces`] splits at: whitespace and `, ; : ( ) [ ] " ' | * _`.
const fn is_ascii_sep(b: u8) -> bool {
    matches!(
        b,
        b' ' | b'\t'
            ..=b'\r'
                | b','
                | b';'
                | b':'
                | b'('
                | b')'
                | b'['
                | b']'
                | b'"'
                | b'\''
                | b'|'
                | b'*'
                | b'_'
    )
}

/// `text` split at whitespace and at `, ; : ( ) [ ] " ' | * _`, empty pieces left out:
/// byte by byte, a character decoded only where a byte is not ASCII.
fn pieces(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let (mut start, mut i) = (0, 0);
    std::iter::from_fn(move || {
        while i < b.len() {
            let x = b[i];
            // the length of the separator at `i`, 0 when there is none
            let gap = if x < 0x80 {
                usize::from(is_ascii_sep(x))
            } else if x >= 0xC0 {
                let c = text[i..].chars().next().unwrap_or(' ');
                if c.is_whitespace() {
                    c.len_utf8()
                } else {
                    0
                }
            } else {
                0
            };
            if gap == 0 {
                i += 1;
                continue;
            }
            let piece = &text[start..i];
            i += gap;
            start = i;
            if !piece.is_empty() {
                return Some(piece);
            }
        }
        let piece = &text[start..];
        start = b.len();
        (!piece.is_empty()).then_some(piece)
    })
}

/// The [`pieces`] of `text` that hold an ASCII digit, in order, where a NUL ends a piece
/// too (in a [`CellText`] it ends a cell). Found from the digits (every part number has
/// one), so the words of running text between them are never walked through separator by
/// separator; the bytes around a digit are read one by one ([`PIECE_BYTES`]), a character
/// decoded only where one outside ASCII starts.
fn pieces_with_digit(text: &str) -> impl Iterator<Item = &str> {
    // the length of the whitespace character starting at byte `i` (not ASCII), if it is one
    let white = |i: usize| {
        text[i..]
            .chars()
            .next()
            .filter(|c| c.is_whitespace())
            .map(char::len_utf8)
    };
    let b = text.as_bytes();
    // where the last piece returned ended: the next one starts at or after it
    let mut from = 0;
    std::iter::from_fn(move || {
        let digit = from + find_ascii_digit(&b[from..])?;
        // back to the separator before the digit, or to `from`
        let mut start = from;
        for i in (from..digit).rev() {
            let gap = match PIECE_BYTES[usize::from(b[i])] {
                SEP => Some(1),
                STARTS_CHAR => white(i),
                _ => None,
            };
            if let Some(gap) = gap {
                start = i + gap;
                break;
            }
        }
        let mut end = digit + 1;
        while end < b.len() {
            match PIECE_BYTES[usize::from(b[end])] {
                SEP => break,
                STARTS_CHAR if white(end).is_some() => break,
                _ => end += 1,
            }
        }
        from = end;
        Some(&text[start..end])
    })
}

/// What [`pieces_with_digit`] takes a byte for: a separator ([`is_ascii_sep`] or NUL), the
/// first byte of a character outside ASCII (a separator when the character is whitespace),
/// or a byte of a piece.
static PIECE_BYTES: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if b == 0 || is_ascii_sep(b as u8) {
            SEP
        } else if b >= 0xC0 {
            STARTS_CHAR
        } else {
            0
        };
        b += 1;
    }
    t
};
const SEP: u8 = 1;
const STARTS_CHAR: u8 = 2;

/// Whether `s` holds an ASCII digit: 32 bytes at a time, each chunk in a fold that does
/// not stop early and so vectorises (cheaper than a test per byte), up to the chunk
/// holding a digit (long paragraphs are not scanned to their end).
pub(super) fn has_ascii_digit(s: &str) -> bool {
    s.as_bytes()
        .chunks(32)
        .any(|chunk| chunk.iter().fold(false, |any, b| any | b.is_ascii_digit()))
}

/// Whether `s` holds two ASCII capitals or more: counted by chunks as in
/// [`has_ascii_digit`], up to the chunk that holds the second.
fn two_capitals(s: &str) -> bool {
    let mut n = 0;
    s.as_bytes().chunks(32).any(|chunk| {
        n += chunk
            .iter()
            .fold(0u8, |n, b| n + u8::from(b.is_ascii_uppercase()));
        n >= 2
    })
}

/// Where the first ASCII digit of `b` is: eight bytes at a time, each eight tested at once
/// by [`digit_bytes`] (the text between pieces with digits is mostly running text).
fn find_ascii_digit(b: &[u8]) -> Option<usize> {
    let mut words = b.chunks_exact(8);
    let mut at = 0;
    for w in &mut words {
        let digits = digit_bytes(u64::from_le_bytes(w.try_into().expect("eight bytes")));
        if digits != 0 {
            // (the first byte is the lowest)
            return Some(at + digits.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    words
        .remainder()
        .iter()
        .position(u8::is_ascii_digit)
        .map(|i| at + i)
}

/// The high bit of each byte of `x` that is an ASCII digit. A byte XOR `0` is below 10
/// exactly when it is a digit; a byte is 10 or more when its high bit is set or its low
/// seven bits plus 0x76 set it (a sum that stays inside its byte).
fn digit_bytes(x: u64) -> u64 {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let t = x ^ 0x3030_3030_3030_3030;
    let ten_or_more = ((t & LOW) + 0x7676_7676_7676_7676) | t;
    !ten_or_more & HIGH
}

/// A series named in the head (`MF-R Series`), spaces around its hyphen closed up.
fn series(head: &[(usize, bool)], all: &CellText) -> Option<String> {
    let mut found: Vec<(bool, String)> = Vec::new();
    // Cheap test first: a line without one of the words the pattern ends with cannot match.
    // None of them holds a space or a NUL, so a line's text holds one where one of its
    // cells does: the head's cells are searched as one text, and only the lines found are
    // turned into text.
    let end = head.last().map_or(0, |&(li, _)| all.line_start(li + 1));
    let hits = SERIES_WORDS
        .find_iter(&all.text[..end])
        .map(|m| (m.start(), m.len()));
    // (in document order, as the head; each is a head line, as it holds text)
    let mut named = all.line_numbers_at(hits).peekable();
    for &(li, title) in head {
        if named.next_if_eq(&li).is_none() {
            continue;
        }
        let text = all.lines[li].text();
        for c in SERIES.captures_iter(&text) {
            let raw = c.get(1).map(|m| m.as_str()).unwrap_or("");
            let name: String = raw.split_whitespace().collect::<Vec<_>>().join("");
            let letters = name.chars().filter(char::is_ascii_alphabetic).count();
            let digits = name.chars().filter(char::is_ascii_digit).count();
            // Without digits a series name is short (`XH`, `PFRA`, `MF-R`), not a word.
            let short = digits > 0 || letters <= 4 && !COMMON.contains(&name.as_str());
            let ok = (2..=20).contains(&name.len())
                && (letters >= 2 || digits >= 3)
                && short
                && !NOT_PARTS.iter().any(|n| name.eq_ignore_ascii_case(n));
            if ok {
                found.push((title, name));
            }
        }
    }
    // A name with digits is more specific (`MPZ2012 type` over `MPZ series`); a title
    // line over running text.
    // On a tie, the first named: the head comes before figures' text.
    found
        .iter()
        .enumerate()
        .max_by_key(|(i, (t, n))| {
            (
                n.chars().any(|c| c.is_ascii_digit()),
                *t,
                std::cmp::Reverse(*i),
            )
        })
        .map(|(_, (_, n))| n.clone())
}

/// The part a title line opens with (`INA219 - Data Sheet`, `TCAN33x 3.3V CAN …`,
/// `CRCW-HP e3`, `AD8055/AD8056`), skipping lines that list a whole family.
fn title_part(head: &[(usize, bool)], all: &CellText) -> Option<String> {
    for &(li, title) in head {
        if !title {
            continue;
        }
        let text = all.lines[li].text();
        let parts: Vec<&str> = tokens(&text).filter(|t| is_part(t) || family(t)).collect();
        if parts.len() >= 3 {
            continue; // `TCAN330, TCAN332, TCAN334, …`: a running header
        }
        let first = text
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches([',', ':', ';']);
        if is_part(first) || family(first) || jedec(first) {
            return Some(first.to_string());
        }
    }
    None
}

/// A family name with a wildcard (`TCAN33x`) or capitals around a hyphen (`CRCW-HP`).
fn family(t: &str) -> bool {
    let core = t.trim_end_matches('x');
    let caps_hyphen = t.contains('-')
        && t.split('-').all(|p| {
            p.len() >= 2
                && p.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        });
    (t.ends_with('x') && core.len() >= 3 && is_part(&format!("{core}0")))
        || caps_hyphen && t.len() >= 4
}

/// The part number the document repeats most, when it repeats one at least three times.
fn most_frequent(all: &CellText) -> Option<String> {
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut order = 0;
    // The first lines are enough to tell which part a document is about: their cells are
    // split as one text, not cell by cell (most cells are short, and hold no digit).
    let text = &all.text[..all.line_start(FREQUENCY_LINES)];
    // cheap byte tests before the full shape test
    let plausible = |t: &&str| has_ascii_digit(t) && two_capitals(t);
    // (a token that passes holds a digit: only such pieces are split out; and it starts
    // with a capital, which no trimming of its end changes: most pieces with a digit are
    // numbers, dropped before they are trimmed)
    let capital_first = |p: &&str| p.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    for t in shaped(pieces_with_digit(text).filter(capital_first))
        .filter(plausible)
        .filter(|t| is_part(t))
    {
        // a U+0001 in the text may be a NUL in the cell: the token as the cell spells it
        let t = if t.contains('\u{1}') {
            all.in_cell(t)
        } else {
            t
        };
        order += 1;
        let e = counts.entry(t).or_insert((0, order));
        e.0 += 1;
    }
    let best = counts
        .iter()
        .filter(|(_, (n, _))| *n >= 3)
        .max_by_key(|(_, (n, first))| (*n, std::cmp::Reverse(*first)))
        .map(|(t, (n, _))| (t.to_string(), *n))?;
    // Variants of one series printed equally often (`PFRA.010`, `PFRA.185`, …): the
    // series is what they share before their last separator.
    if let Some(cut) = best.0.rfind(['.', '-']).filter(|&i| i >= 2) {
        let stem = &best.0[..=cut];
        let siblings = counts
            .iter()
            .filter(|(t, (n, _))| t.starts_with(stem) && 2 * n >= best.1)
            .count();
        if siblings >= 3 {
            return Some(best.0[..cut].to_string());
        }
    }
    Some(best.0)
}

/// The part a title starts with (`2N7002L, 2V7002L`): the item of a document whose head
/// names no item otherwise.
pub(crate) fn leading_part(title: &str) -> Option<String> {
    let first = title
        .split_whitespace()
        .next()?
        .trim_end_matches([',', ':', ';']);
    (is_part(first) || jedec(first)).then(|| first.to_string())
}

/// A JEDEC-style discrete part number, which starts with a digit: a digit, a capital, three
/// digits or more (`2N7002L`, `1N4148`, `2SC1815`); `3V3` and `10V` are values.
fn jedec(t: &str) -> bool {
    let b = t.as_bytes();
    let digits_after = b.iter().skip(2).take_while(|c| c.is_ascii_digit()).count();
    let letters_after = b
        .iter()
        .skip(2)
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    b.len() <= 24
        && b.first().is_some_and(u8::is_ascii_digit)
        && b.get(1).is_some_and(u8::is_ascii_uppercase)
        && (digits_after >= 3
            || letters_after >= 1
                && b.iter()
                    .skip(2 + letters_after)
                    .take_while(|c| c.is_ascii_digit())
                    .count()
                    >= 3)
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
}

/// The item number a document without an item-number line is about.
pub(crate) fn guess(doc: &Document, all: &CellText) -> Option<String> {
    let head = head_lines(doc);
    let title = title_part(&head, all);
    match series(&head, all) {
        // The title names one member of the series (`R-78E-0.5` of `R-78E Series`).
        Some(s)
            if title
                .as_deref()
                .is_some_and(|t| t.len() > s.len() && t.starts_with(&s)) =>
        {
            title
        }
        Some(s) => Some(s),
        None => title.or_else(|| most_frequent(all)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::markdown::parse_str;

    #[test]
    fn a_title_leads_with_its_part() {
        for (title, part) in [
            ("2N7002L, 2V7002L", Some("2N7002L")),
            ("2SC1815 NPN transistor", Some("2SC1815")),
            (
                "USBLC6-2SC6Y Automotive ESD protection",
                Some("USBLC6-2SC6Y"),
            ),
            ("3V3 regulator", None),
            ("10V rail", None),
            ("Datasheet", None),
        ] {
            assert_eq!(leading_part(title).as_deref(), part, "{title}");
        }
    }

    #[test]
    fn part_shapes() {
        for (t, ok) in [
            ("USBLC6-2SC6Y", true),
            ("INA219", true),
            ("AD8055/AD8056", true),
            ("MPZ2012S601AT000", true),
            ("IEC", false),
            ("UL94", false),
            ("SOT23-6L", false),
            ("Note2", false),
            ("10V", false),
            ("JESD22-C101", false),
            ("V(BUS)", false),
        ] {
            assert_eq!(is_part(t), ok, "{t}");
        }
        for (head, ok) in [
            ("sot", true),
            ("Section", true),
            ("TO", true),
            ("SECTIONS", false),
            ("SECTIONAL", false),
            ("T", false),
            ("INA", false),
            ("", false),
        ] {
            assert_eq!(not_part_head(head), ok, "{head}");
            assert_eq!(
                NOT_PARTS.iter().any(|n| n.eq_ignore_ascii_case(head)),
                ok,
                "{head}"
            );
        }
    }

    #[test]
    fn pieces_as_split() {
        for t in [
            "",
            "  ",
            "USBLC6-2SC6Y, INA219 (SOT23)",
            "a\u{a0}b\u{3000}c  °C|x*y_z'w\"v[1]:2;3",
            "Ġ µ–AD8055/AD8056\u{2009}end ",
        ] {
            let split = t.split(|c: char| c.is_whitespace() || ",;:()[]\"'|*_".contains(c));
            let want: Vec<&str> = split.filter(|p| !p.is_empty()).collect();
            assert_eq!(pieces(t).collect::<Vec<_>>(), want, "{t:?}");
        }
    }

    #[test]
    fn pieces_with_digits_as_filtered() {
        for t in [
            "",
            "no digits here",
            "USBLC6-2SC6Y, INA219 (SOT23) and 4 more",
            "a1\u{a0}b\u{3000}c2  °C|x*y_z'w\"v[1]:2;3",
            "Ġ µ–AD8055/AD8056\u{2009}end 7",
            "12",
            // a NUL ends a piece; characters outside ASCII around a digit
            "AB1\0CD2\0\0x 3y\0",
            "é9ü\u{85}7\u{85}\u{3000}8Ġ",
        ] {
            let want: Vec<&str> = t
                .split('\0')
                .flat_map(pieces)
                .filter(|p| p.bytes().any(|b| b.is_ascii_digit()))
                .collect();
            assert_eq!(pieces_with_digit(t).collect::<Vec<_>>(), want, "{t:?}");
        }
    }

    #[test]
    fn item_from_the_head() {
        for (md, want) in [
            // bourns__MF-R025
            ("## **MF-R Series - PTC Resettable Fuses**\n\ntext\n", "MF-R"),
            // meanwell__RS-15-SPEC: the name split by markup
            ("**RS -** **15 series**\n\n# SPECIFICATION\n", "RS-15"),
            // jst__jst_xh
            ("# **XH CONNECTOR**\n\n### Specifications\n", "XH"),
            // texasinstrum__TCAN332: the family line first, then the title
            (
                "**TCAN330, TCAN332, TCAN334, TCAN337** SLLSEQ7F\n\n**TCAN33x 3.3V CAN Transceivers**\n",
                "TCAN33x",
            ),
            // vishay__Vishay_CRCW_HP
            ("**CRCW-HP e3**\n\n# **Pulse Proof Chip Resistors**\n", "CRCW-HP"),
            // texasinstrum__INA219
            ("# INA219 - Data Sheet\n\nSome text.\n", "INA219"),
            // recom__R-78E3.3-0.5: the title names one member of the series
            ("# R-78E-0.5\n\nThe R-78E Series of regulators\n", "R-78E-0.5"),
            // schurter__Schurter_typ_PFRA: variants printed equally often
            (
                "# Fuse\n\nPFRA.010 PFRA.185 PFRA.250\n\nPFRA.010 PFRA.185 PFRA.250\n\nPFRA.010 PFRA.185 PFRA.250\n",
                "PFRA",
            ),
        ] {
            let doc = parse_str(md);
            assert_eq!(
                guess(&doc, &CellText::new(&doc)).as_deref(),
                Some(want),
                "{md:?}"
            );
        }
    }
}
