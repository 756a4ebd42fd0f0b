//! The item a file's name gives, where the document prints it.
//!
//! People and vendors name a datasheet's file after the item it is about
//! (`Molex_53261-0871_PicoBlade_RA.pdf`, `AQY212EH_Panasonic.pdf`, `ISL3175EIBZ.pdf`). A
//! name is not evidence alone (`datasheet_2023.pdf`, `1206_catalog.pdf`), so a word of
//! it counts only when it looks like an item number and the document prints it, and it
//! replaces the item the document's own text gave only where that one is not a form of
//! it: not a series or a longer code that holds it (`MF-R` for `MF-R025`, `215` for
//! `0215001.MXP`), and not a pattern that stands for it (`R-78E__-0.5`, `TCAN33x`). A
//! document that lists several items (`AQY210EH … AQY216EH`) is about the one its file
//! is named after.

use std::path::Path;

use super::identity::alnum;
use crate::document::Document;

/// The longest file-name word that is looked at (item numbers are shorter).
const MAX_WORD: usize = 40;

/// The item number for `doc`, read from `path`: `current` (what the document's text
/// gave) unless the file's name names an item the document prints and `current` is
/// not a form of it (see the module comment). The result is the name's item as the
/// document prints it (`KK 254` for a file named `kk254`).
pub(crate) fn item_number(path: &Path, doc: &Document, current: Option<String>) -> Option<String> {
    let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
        return current;
    };
    let lower_stem = stem.to_ascii_lowercase();
    let Some(named) = words(stem).find_map(|w| printed(doc, w, &lower_stem)) else {
        return current;
    };
    match current {
        Some(c) if is_form_of(&c, &named) => Some(c),
        _ => Some(named),
    }
}

/// Letters and digits enough for an item number: four or more, a digit among them,
/// and a letter too unless there are five or more digits (`1206`, `2023` are sizes and
/// years, not items).
fn item_like(w: &str) -> bool {
    let digits = w.bytes().filter(u8::is_ascii_digit).count();
    let letters = w.bytes().filter(u8::is_ascii_alphabetic).count();
    digits + letters >= 4 && digits > 0 && (letters > 0 || digits >= 5)
}

/// The words of a file stem that could be item numbers: split at `_`, spaces, brackets,
/// commas and `+`, without the words of letters alone at either end
/// (`Molex-PS-43650-datasheet` → `PS-43650`), [`item_like`], and with no placeholder
/// run (`STC-xxx0-01`).
fn words(stem: &str) -> impl Iterator<Item = &str> {
    let wordy = |p: &str| p.len() >= 4 && p.bytes().all(|b| b.is_ascii_alphabetic());
    stem.split(|c: char| c == '_' || c.is_whitespace() || "()[],+".contains(c))
        .map(move |w| {
            let mut w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            while let Some((_, rest)) = w.split_once('-').filter(|(h, _)| wordy(h)) {
                w = rest;
            }
            while let Some((rest, _)) = w.rsplit_once('-').filter(|(_, t)| wordy(t)) {
                w = rest;
            }
            w
        })
        .filter(|w| {
            w.len() <= MAX_WORD
                && w.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-./".contains(&b))
                && item_like(w)
                && !w.to_ascii_lowercase().contains("xx")
        })
}

/// `word`, or its longest leading part that ends before a `-` and is still
/// [`item_like`] (`53261` of `53261-0871`), as the document prints it (see [`find`]).
fn printed(doc: &Document, word: &str, lower_stem: &str) -> Option<String> {
    let mut end = word.len();
    loop {
        let part = &word[..end];
        if !item_like(part) {
            return None;
        }
        if let Some(found) = find(doc, part, lower_stem) {
            return Some(found);
        }
        end = part.rfind('-')?;
    }
}

/// Words that mark a number as the document's own (`Document: 1773178-3`, `13C3236
/// Printed U.S.A.`, a title block's `DOCUMENT NUMBER`), not the item's.
const DOCUMENT_WORDS: [&str; 5] = ["document", "dokument", "doc.", "doc no", "printed"];

/// File names in a line (`Source PDF: [x.pdf](x.pdf)`, `PS51021009.doc`): a line that
/// names a file speaks of the document, not of the item.
const FILE_TYPES: [&str; 4] = [".pdf", ".md", ".doc", ".xls"];

/// The first place a cell of `doc` prints `word`, ASCII case ignored, standing apart
/// (no letter or digit either side). Where `word` goes from letters to digits or back,
/// the document may print one space or `-` there (`KK 254` for `kk254`). Not counted:
/// a line that names the document's own number ([`DOCUMENT_WORDS`]), and one that names
/// a file (a converter's summary of its source file, a title block's file name).
fn find(doc: &Document, word: &str, lower_stem: &str) -> Option<String> {
    let w = word.as_bytes();
    // the longest run of digits: printed as it is in any case, so a plain byte search
    // finds the few places worth comparing
    let (run_at, run_len) = digit_run(w);
    let finder = memchr::memmem::Finder::new(&w[run_at..run_at + run_len]);
    for line in doc.blocks.iter().flat_map(|b| &b.lines) {
        let mut checked = false;
        for cell in &line.cells {
            let c = cell.as_bytes();
            let mut hits = finder.find_iter(c).peekable();
            if hits.peek().is_none() {
                continue;
            }
            if !checked {
                let lower = line.text().to_ascii_lowercase();
                let names_file =
                    lower.contains(lower_stem) || FILE_TYPES.iter().any(|t| lower.contains(t));
                if names_file || DOCUMENT_WORDS.iter().any(|d| lower.contains(d)) {
                    break;
                }
                checked = true;
            }
            for hit in hits {
                // the run sits in `word` after `run_at` bytes: walk back over them in
                // the cell, allowing the separators `matches_at` allows
                for start in hit.saturating_sub(run_at + 2)..=hit {
                    if let Some(end) = matches_at(c, start, w) {
                        let alone = |i: Option<&u8>| !i.is_some_and(u8::is_ascii_alphanumeric);
                        let before = start.checked_sub(1).and_then(|i| c.get(i));
                        if alone(before) && alone(c.get(end)) {
                            return Some(cell[start..end].to_string());
                        }
                    }
                }
            }
        }
    }
    None
}

/// The start and length of the longest run of ASCII digits in `w` (the first of equal
/// ones); `w` holds a digit.
fn digit_run(w: &[u8]) -> (usize, usize) {
    let (mut best, mut i) = ((0, 0), 0);
    while i < w.len() {
        if w[i].is_ascii_digit() {
            let start = i;
            while i < w.len() && w[i].is_ascii_digit() {
                i += 1;
            }
            if i - start > best.1 {
                best = (start, i - start);
            }
        } else {
            i += 1;
        }
    }
    best
}

/// Where `w` printed from `c[start..]` ends: byte for byte with ASCII case ignored,
/// and one space or `-` in `c` allowed where `w` goes from a letter to a digit or back.
fn matches_at(c: &[u8], start: usize, w: &[u8]) -> Option<usize> {
    let mut at = start;
    for (k, &b) in w.iter().enumerate() {
        let &got = c.get(at)?;
        if got.eq_ignore_ascii_case(&b) {
            at += 1;
            continue;
        }
        let turn = k > 0 && w[k - 1].is_ascii_digit() != b.is_ascii_digit();
        let sep = matches!(got, b' ' | b'-');
        if turn
            && w[k - 1].is_ascii_alphanumeric()
            && sep
            && c.get(at + 1)?.eq_ignore_ascii_case(&b)
        {
            at += 2;
            continue;
        }
        return None;
    }
    Some(at)
}

/// The item the document gave is a form of the one the file names: the same letters
/// and digits, one holding the other (a series and its item, an item and its order
/// code), the series the item's code is built on (`R-78E-0.5` of `R-78E3.3-0.5`: its
/// letters and digits in order, from the first), or a pattern with placeholders
/// (`R-78E__-0.5`, `TCAN33x`, `R88M-G@`).
fn is_form_of(current: &str, named: &str) -> bool {
    let (c, n) = (alnum(current), alnum(named));
    let mut rest = n.chars();
    let built_on = c.len() >= 4
        && c.chars().next() == n.chars().next()
        && c.chars().all(|ch| rest.any(|x| x == ch));
    let placeholder = current.contains(['_', '*', '@', '?', '#'])
        || (current.contains('x') && !current.bytes().any(|b| b.is_ascii_lowercase() && b != b'x'));
    !c.is_empty() && (n.contains(&c) || c.contains(&n)) || built_on || placeholder
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Block, BlockKind, Line, Loc, SourceFormat};

    fn doc(lines: &[&str]) -> Document {
        Document {
            format: SourceFormat::Markdown,
            blocks: vec![Block {
                kind: BlockKind::Text,
                lines: lines
                    .iter()
                    .map(|t| Line::new(vec![t.to_string()], Loc::default()))
                    .collect(),
            }],
            pages: None,
            diagnostics: Vec::new(),
        }
    }

    fn item(file: &str, lines: &[&str], current: Option<&str>) -> Option<String> {
        item_number(Path::new(file), &doc(lines), current.map(str::to_string))
    }

    #[test]
    fn a_named_item_the_document_prints_replaces_another_item() {
        let text = ["AQY210EH AQY211EH AQY212EH", "Types: AQY212EHA"];
        assert_eq!(
            item("AQY212EH_Panasonic.pdf", &text, Some("AQY211EH")).as_deref(),
            Some("AQY212EH")
        );
        // printed with a space between the letters and the digits
        assert_eq!(
            item(
                "molex_kk254.pdf",
                &["KK 254 Wire-to-Board"],
                Some("63800-0029")
            )
            .as_deref(),
            Some("KK 254")
        );
        // the leading part the document prints
        assert_eq!(
            item(
                "Molex_53261-0871_PicoBlade_RA.md",
                &["53261 SERIES"],
                Some("500798")
            )
            .as_deref(),
            Some("53261")
        );
        assert_eq!(
            item(
                "SRD-05VDC-SL-C-Datasheet.pdf",
                &["SRD-05VDC-SL-C relay"],
                None
            )
            .as_deref(),
            Some("SRD-05VDC-SL-C")
        );
    }

    #[test]
    fn a_form_of_the_named_item_stays() {
        for (file, text, current) in [
            ("MF-R025.pdf", "MF-R025 MF-R Series", "MF-R"),
            ("0215001.MXP.pdf", "0215001.MXP fuse", "215"),
            ("R-78E3.3-0.5.pdf", "R-78E3.3-0.5", "R-78E__-0.5"),
            ("TCAN332.pdf", "TCAN332 TCAN337", "TCAN33x"),
            ("2N7002_onsemi.pdf", "2N7002 MOSFET", "2N7002L/D"),
            ("R-78E3.3-0.5.md", "R-78E3.3-0.5 R-78E5.0-0.5", "R-78E-0.5"),
        ] {
            assert_eq!(
                item(file, &[text], Some(current)).as_deref(),
                Some(current),
                "{file}"
            );
        }
    }

    #[test]
    fn a_name_is_no_evidence_alone() {
        // not printed; not an item number (a size, a year, a placeholder pattern)
        for (file, text) in [
            ("INA219-datasheet.pdf", "INA226 current monitor"),
            ("mec_switches_1206_katalog.pdf", "1206 package"),
            ("datasheet_2023.pdf", "Rev 2023"),
            ("MDT_TM_STC-xxx0-01_V11_DE.pdf", "STC-xxx0-01"),
            ("RS-15-SPEC.pdf", "RS-150 supply"),
            ("ISL3175E.pdf", "ISL3175EIBZ"),
            // the document's own number, and a converter's note of the file's name
            (
                "TE-DS_1773178-3_A3-datasheet.md",
                "Document: 1773178-3 ED 01/25",
            ),
            ("AppNote_13C3236.pdf", "13C3236 Printed U.S.A."),
            ("usb4135-datasheet.md", "File stem: `usb4135-datasheet`"),
        ] {
            assert_eq!(
                item(file, &[text], Some("X1")).as_deref(),
                Some("X1"),
                "{file}"
            );
            assert_eq!(item(file, &[text], None), None, "{file}");
        }
    }
}
