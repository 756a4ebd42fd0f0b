//! Page furniture: blocks that repeat on every page (headers, footers, contact blocks).
//!
//! Found because they repeat, never by their wording. Two blocks are the same when their
//! text matches with digits masked (`Page 2 (31)` ≡ `Page 3 (31)`). A block seen three or
//! more times is furniture; one seen twice is furniture when a neighbour repeats too
//! (footers come in clusters: title, URL, page number), so a description that two related
//! items happen to share is kept. In raw page text (fenced blocks), a line repeated at the
//! top or bottom of several pages is furniture.

use std::collections::HashMap;

use crate::document::{Block, BlockKind, Document};

/// Text with digits masked, case and whitespace folded: the identity of a repeated block.
pub fn fingerprint(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold(text.split_whitespace(), true, &mut out);
    out
}

/// Fold words into `out`: single spaces, lower case, and (when `mask`) each run of digits
/// replaced by `#`.
fn fold<'a>(words: impl Iterator<Item = &'a str>, mask: bool, out: &mut String) {
    let mut last_digit = false;
    for w in words {
        if !out.is_empty() {
            out.push(' ');
        }
        if w.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_punctuation())
        {
            out.push_str(w);
            last_digit = false;
            continue;
        }
        for c in w.chars() {
            if mask && c.is_ascii_digit() {
                if !last_digit {
                    out.push('#');
                }
                last_digit = true;
            } else {
                last_digit = false;
                out.extend(c.to_lowercase());
            }
        }
    }
}

/// The fingerprint of a whole block, straight from its cells.
fn block_print(b: &Block, mask: bool) -> String {
    let mut out = String::new();
    let words = b
        .lines
        .iter()
        .flat_map(|l| l.cells.iter())
        .flat_map(|c| c.split_whitespace());
    fold(words, mask, &mut out);
    out
}

fn countable(b: &Block) -> bool {
    matches!(b.kind, BlockKind::Text | BlockKind::Heading { .. })
        && b.lines.iter().all(|l| l.filled() <= 1)
}

/// Which blocks of `doc` are page furniture, and which lines inside preformatted blocks.
#[derive(Debug, Default)]
pub struct Furniture {
    pub blocks: Vec<bool>,
    /// (block index, line index) of furniture lines inside preformatted page text.
    pub lines: std::collections::HashSet<(usize, usize)>,
}

/// Lines at most this far from the top or bottom of a page of raw text can be furniture.
const BAND: usize = 4;

pub fn detect(doc: &Document, protected: &[bool]) -> Furniture {
    let prints: Vec<Option<String>> = doc
        .blocks
        .iter()
        .map(|b| {
            countable(b).then(|| {
                // A block with a link keeps its digits: `www.x.com/770-131` and
                // `www.x.com/770-111` point at different items.
                block_print(b, b.lines.iter().all(|l| l.links.is_empty()))
            })
        })
        .collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for p in prints.iter().flatten() {
        if !p.is_empty() {
            *counts.entry(p.as_str()).or_default() += 1;
        }
    }
    let count = |i: usize| -> usize {
        if protected.get(i).copied().unwrap_or(false) {
            return 0;
        }
        prints
            .get(i)
            .and_then(|p| p.as_deref())
            .map_or(0, |p| counts.get(p).copied().unwrap_or(0))
    };
    let blocks = (0..doc.blocks.len())
        .map(|i| match count(i) {
            0 | 1 => false,
            2 => (i > 0 && count(i - 1) >= 2) || count(i + 1) >= 2,
            _ => true,
        })
        .collect();

    // Raw page text: lines in the top/bottom band repeated across pages.
    let pre: Vec<usize> = (0..doc.blocks.len())
        .filter(|&i| doc.blocks[i].kind == BlockKind::Preformatted)
        .collect();
    let mut lines = std::collections::HashSet::new();
    if pre.len() >= 2 {
        let mut pages_with: HashMap<String, usize> = HashMap::new();
        for &bi in &pre {
            let b = &doc.blocks[bi];
            let mut seen = std::collections::HashSet::new();
            for (li, l) in b.lines.iter().enumerate() {
                if li < BAND || li + BAND >= b.lines.len() {
                    let f = fingerprint(&l.text());
                    if !seen.contains(&f) {
                        seen.insert(f.clone());
                        *pages_with.entry(f).or_default() += 1;
                    }
                }
            }
        }
        // Anywhere on the page, a line on most pages is furniture too (a running title
        // block that the extractor put mid-page).
        let mut anywhere: HashMap<String, usize> = HashMap::new();
        for &bi in &pre {
            let mut seen = std::collections::HashSet::new();
            for l in &doc.blocks[bi].lines {
                let f = fingerprint(&l.text());
                if f.len() >= 8 && !seen.contains(&f) {
                    seen.insert(f.clone());
                    *anywhere.entry(f).or_default() += 1;
                }
            }
        }
        let need = 2.max(pre.len() / 3);
        let need_anywhere = 3;
        for &bi in &pre {
            let b = &doc.blocks[bi];
            for (li, l) in b.lines.iter().enumerate() {
                let f = fingerprint(&l.text());
                let banded = (li < BAND || li + BAND >= b.lines.len())
                    && pages_with.get(&f).is_some_and(|&n| n >= need);
                if banded || anywhere.get(&f).is_some_and(|&n| n >= need_anywhere) {
                    lines.insert((bi, li));
                }
            }
        }
    }
    Furniture { blocks, lines }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::markdown::parse_str;

    fn kept(md: &str) -> Vec<String> {
        let doc = parse_str(md);
        let f = detect(&doc, &crate::structure::protect_items(&doc));
        doc.blocks
            .iter()
            .zip(&f.blocks)
            .filter(|(_, &drop)| !drop)
            .map(|(b, _)| b.text())
            .collect()
    }

    #[test]
    fn fingerprint_masks_digits() {
        assert_eq!(
            fingerprint("Jan 10, 2024   Page 2 (31)"),
            fingerprint("Jan 10, 2024 Page 13 (31)")
        );
        assert_ne!(fingerprint("Page 2"), fingerprint("Seite 2"));
    }

    #[test]
    fn repeated_blocks_are_dropped() {
        let cases: &[(&str, &[&str])] = &[
            // three times: furniture, whatever it says
            (
                "# A\n\nfoot\n\nx\tone\n\nfoot\n\ny\ttwo\n\nfoot\n",
                &["A", "x one", "y two"],
            ),
            // twice with a repeated neighbour: a two-page footer cluster
            (
                "Title\n\nPage 1 (2)\n\na\tb\n\nTitle\n\nPage 2 (2)\n",
                &["a b"],
            ),
            // twice alone: content (two accessories with the same description)
            (
                "**Item no. 1**\n\nSnap-in frame; black\n\n**Item no. 2**\n\nSnap-in frame; black\n\n**Item no. 3**\n\nFrame\n",
                &["Item no. 1", "Snap-in frame; black", "Item no. 2", "Snap-in frame; black", "Item no. 3", "Frame"],
            ),
        ];
        for (md, want) in cases {
            assert_eq!(&kept(md), want, "input: {md:?}");
        }
    }

    #[test]
    fn raw_page_lines_repeated_on_pages_are_dropped() {
        let page = |n: u32, body: &str| {
            format!("```text\nACME Corp  Doc No. 17  Page {n}\n{body}\nline two\nline three\nline four\nline five\nline six\n```\n\n")
        };
        let md = [
            page(1, "Rated current  2 A"),
            page(2, "Weight  3 g"),
            page(3, "Pins  4"),
        ]
        .concat();
        let doc = parse_str(&md);
        let f = detect(&doc, &crate::structure::protect_items(&doc));
        let dropped: Vec<String> = f
            .lines
            .iter()
            .map(|&(b, l)| doc.blocks[b].lines[l].text())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        assert!(
            dropped.iter().any(|t| t.starts_with("ACME Corp")),
            "{dropped:?}"
        );
        assert!(
            !dropped.iter().any(|t| t.contains("Rated current")),
            "{dropped:?}"
        );
    }
}
