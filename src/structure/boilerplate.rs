//! Page furniture: blocks that repeat on every page (headers, footers, contact blocks).
//!
//! Found because they repeat, never by their wording. Two blocks are the same when their
//! text matches with digits masked (`Page 2 (31)` ≡ `Page 3 (31)`). A block seen three or
//! more times is furniture; one seen twice is furniture when a neighbour repeats too
//! (footers come in clusters: title, URL, page number), so a description that two related
//! items happen to share is kept. In raw page text (fenced blocks), a line repeated at the
//! top or bottom of several pages is furniture.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::document::{Block, BlockKind, Document, Line};

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

/// The cells of `lines`, in order.
fn cells(lines: &[Line]) -> impl Iterator<Item = &str> {
    lines
        .iter()
        .flat_map(|l| l.cells.iter())
        .map(String::as_str)
}

/// The prints taken so far, by sketch ([`sketch`]): lines (a block's, or one) whose cells
/// are those of lines printed before take their print, not folded again (a heading or a
/// footer is printed on every page: most texts printed are such repeats).
#[derive(Default)]
struct Printed<'d>(Prints<Vec<(&'d [Line], bool, u64)>>);

impl<'d> Printed<'d> {
    /// The fingerprint hash of the cells of `lines`, whose sketch is `sketch`, digits
    /// masked when `mask`.
    fn print(&mut self, sketch: u64, lines: &'d [Line], mask: bool) -> u64 {
        let same = self.0.entry(sketch).or_default();
        let earlier = same
            .iter()
            .find(|&&(l, m, _)| m == mask && cells(l).eq(cells(lines)));
        if let Some(&(_, _, p)) = earlier {
            return p;
        }
        let p = fold_hash(cells(lines), mask);
        same.push((lines, mask, p));
        p
    }
}

/// The hash of an empty fingerprint.
const EMPTY: u64 = 0xcbf2_9ce4_8422_2325;

/// The folded text's UTF-8 bytes, hashed eight at a time (one multiply per word, not per
/// byte).
struct WordHash {
    h: u64,
    word: u64,
    /// Bytes in `word`.
    n: u32,
    len: u64,
}

impl WordHash {
    #[inline]
    fn byte(&mut self, b: u8) {
        self.word = self.word << 8 | u64::from(b);
        self.n += 1;
        if self.n == 8 {
            self.h = (self.h ^ self.word)
                .wrapping_mul(0x9e37_79b9_7f4a_7c15)
                .rotate_left(29);
            self.word = 0;
            self.n = 0;
            self.len += 8;
        }
    }

    /// The first `k` (1 to 8) bytes of `w`, the first in the highest byte: the same as
    /// `k` calls of [`WordHash::byte`].
    #[inline]
    fn bytes(&mut self, w: u64, k: u32) {
        // the `k` bytes as the low bytes of `v`
        let v = w >> (64 - 8 * k);
        let total = self.n + k;
        if total < 8 {
            self.word = self.word << (8 * k) | v;
            self.n = total;
            return;
        }
        // `rest` bytes of `v` go on to the next word (fewer than eight: `n` is)
        let rest = total - 8;
        let head = v >> (8 * rest);
        let full = if self.n == 0 {
            head
        } else {
            self.word << (8 * (8 - self.n)) | head
        };
        self.h = (self.h ^ full)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(29);
        self.word = v & ((1 << (8 * rest)) - 1);
        self.n = rest;
        self.len += 8;
    }

    /// A character's UTF-8 bytes.
    #[inline]
    fn char(&mut self, c: char) {
        let mut buf = [0; 4];
        c.encode_utf8(&mut buf).bytes().for_each(|b| self.byte(b));
    }

    /// The hash; [`EMPTY`] for no bytes, never for some (murmur3's finaliser).
    fn finish(self) -> u64 {
        let len = self.len + u64::from(self.n);
        if len == 0 {
            return EMPTY;
        }
        let mut h = (self.h ^ self.word).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ len;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^= h >> 33;
        if h == EMPTY {
            h ^= 1;
        }
        h
    }
}

/// Tests on eight bytes in a `u64`, all ASCII ([`swar::ascii`]): per-byte sums below never
/// carry into the next byte.
mod swar {
    const ONES: u64 = 0x0101_0101_0101_0101;
    pub const HIGH: u64 = 0x8080_8080_8080_8080;

    /// The high bit of each byte that is at least `min`.
    fn at_least(x: u64, min: u8) -> u64 {
        x.wrapping_add(ONES * u64::from(0x80 - min)) & HIGH
    }

    /// Every byte is ASCII (the tests below assume it).
    pub fn ascii(x: u64) -> bool {
        x & HIGH == 0
    }

    /// No byte is a control byte: the only whitespace is spaces.
    pub fn printable(x: u64) -> bool {
        at_least(x, b' ') == HIGH
    }

    /// The high bit of each byte that is a space (of printable bytes).
    pub fn spaces(x: u64) -> u64 {
        !at_least(x, b' ' + 1) & HIGH
    }

    /// The high bit of each byte that is an ASCII digit.
    pub fn digits(x: u64) -> u64 {
        at_least(x, b'0') & !at_least(x, b'9' + 1)
    }

    /// Capitals lower-cased, other bytes kept.
    pub fn lower(x: u64) -> u64 {
        x | ((at_least(x, b'A') & !at_least(x, b'Z' + 1)) >> 2)
    }
}

/// [`fold`] into a hash instead of a string: no allocation per block or line.
/// `pieces` are texts whose whitespace runs (and the gaps between pieces) fold to one space.
fn fold_hash<'a>(pieces: impl Iterator<Item = &'a str>, mask: bool) -> u64 {
    let mut h = WordHash {
        h: 0,
        word: 0,
        n: 0,
        len: 0,
    };
    let mut started = false;
    let mut space = false;
    let mut last_digit = false;
    for piece in pieces {
        space |= started;
        // Whitespace is `char::is_whitespace`; in an all-ASCII piece, `u8::is_ascii_whitespace`
        // (without the vertical tab), as the hash has always been taken.
        let ascii = piece.is_ascii();
        // Eight bytes at a time where they are ASCII and folded already (single spaces
        // between words), else byte by byte, decoding only characters that are not ASCII.
        let bytes = piece.as_bytes();
        let mut i = 0;
        // Up to where the bytes go one by one: the eight after a chunk that cannot go at
        // once (a test at each of them would cost more than their bytes).
        let mut bytewise = 0;
        while i < bytes.len() {
            if i < bytewise {
                // (below)
            } else if let Some(&chunk) = bytes.get(i..).and_then(|r| r.first_chunk::<8>()) {
                let x = u64::from_be_bytes(chunk);
                if swar::ascii(x) && swar::printable(x) {
                    // No byte but a space needs folding: the bytes up to the first that
                    // the fold changes (a digit to mask; a space first, last or before
                    // another) go to the hash at once, lower-cased, as the byte loop below
                    // would send them; a run of spaces or digits at the start is folded at
                    // once too.
                    let spaces = swar::spaces(x);
                    let digits = if mask { swar::digits(x) } else { 0 };
                    let ends = 0x8000_0000_0000_0080;
                    let changed = digits | spaces & ((spaces << 8) | ends);
                    let kept = changed.leading_zeros() / 8;
                    if kept > 0 {
                        if space {
                            h.byte(b' ');
                            space = false;
                        }
                        started = true;
                        last_digit = false;
                        h.bytes(swar::lower(x), kept);
                        i += kept as usize;
                    } else if spaces >> 63 != 0 {
                        space |= started;
                        i += (!spaces & swar::HIGH).leading_zeros() as usize / 8;
                    } else {
                        // (a digit, masked)
                        if space {
                            h.byte(b' ');
                            space = false;
                        }
                        started = true;
                        if !last_digit {
                            h.byte(b'#');
                        }
                        last_digit = true;
                        i += (!digits & swar::HIGH).leading_zeros() as usize / 8;
                    }
                    continue;
                }
                // (a chunk that starts at a word's gap is tested again after the gap's
                // first byte, which the loop below takes)
                if !matches!(bytes[i], b' ' | b'\t'..=b'\r') {
                    bytewise = i + 8;
                }
            }
            let b = bytes[i];
            if b.is_ascii() {
                i += 1;
                let white = if ascii {
                    b.is_ascii_whitespace()
                } else {
                    matches!(b, b' ' | b'\t'..=b'\r')
                };
                if white {
                    space |= started;
                    continue;
                }
                if space {
                    h.byte(b' ');
                    space = false;
                }
                started = true;
                if mask && b.is_ascii_digit() {
                    if !last_digit {
                        h.byte(b'#');
                    }
                    last_digit = true;
                } else {
                    last_digit = false;
                    h.byte(b.to_ascii_lowercase());
                }
                continue;
            }
            let c = piece[i..].chars().next().expect("a character starts here");
            i += c.len_utf8();
            if c.is_whitespace() {
                space |= started;
                continue;
            }
            if space {
                h.byte(b' ');
                space = false;
            }
            started = true;
            last_digit = false;
            c.to_lowercase().for_each(|l| h.char(l));
        }
    }
    h.finish()
}

/// Fingerprints are hashes already: as map keys they are used as they are, not hashed
/// again (SipHash per raw-text line was most of this stage's time).
#[derive(Default)]
struct PrintHasher(u64);

impl Hasher for PrintHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type Prints<V> = HashMap<u64, V, BuildHasherDefault<PrintHasher>>;

/// A map with room for `n` prints.
fn sized<V>(n: usize) -> Prints<V> {
    Prints::with_capacity_and_hasher(n, Default::default())
}
type PrintSet = HashSet<u64, BuildHasherDefault<PrintHasher>>;

/// A summary of the folded text of `pieces` that is cheap to take, without folding: texts
/// that fold alike have the same sketch, so a text whose sketch no other text has is
/// printed nowhere else and need not be hashed (most lines of a document are such). It is
/// a sum of a random number per byte ([`SKETCH`]), over the bytes the fold keeps as they
/// are but for their case: ASCII letters and punctuation, but for digits and `#` (a masked
/// digit run is `#`) and `i` and `k` (the lower case of `İ` and the Kelvin sign, the only
/// characters outside ASCII whose lower case holds ASCII). The order of the bytes is left
/// out: it is a hash of which bytes a text holds, never equal by chance.
fn sketch<'a>(pieces: impl Iterator<Item = &'a str>) -> u64 {
    pieces
        .flat_map(str::bytes)
        .fold(0u64, |s, b| s.wrapping_add(SKETCH[usize::from(b)]))
}

/// Each byte's part of a [`sketch`]: 0 for the bytes left out, the same for both cases of
/// a letter.
static SKETCH: [u64; 256] = {
    let mut t = [0; 256];
    let mut b = b'!';
    while b <= b'~' {
        let l = b.to_ascii_lowercase();
        if !matches!(l, b'0'..=b'9' | b'#' | b'i' | b'k') {
            // (splitmix64 of the lower-case byte)
            let mut z = (l as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            t[b as usize] = z ^ (z >> 31);
        }
        b += 1;
    }
    t
};

/// How many of `sketches` are each sketch.
fn sketch_counts(sketches: &[Option<u64>]) -> Prints<usize> {
    // (sized for all of them, most different: the table is not grown as it fills)
    let n = sketches.iter().flatten().count();
    let mut counts = Prints::with_capacity_and_hasher(n, Default::default());
    for &s in sketches.iter().flatten() {
        *counts.entry(s).or_default() += 1;
    }
    counts
}

/// A furniture line inside running text is at most this long (bytes).
const MAX_FURNITURE_LINE: usize = 160;

/// Page furniture is short: a header, a footer line, an address block.
const MAX_FURNITURE_BYTES: usize = 400;

fn countable(b: &Block) -> bool {
    // (the size first: a sum of lengths, cheaper than a test of each cell's text)
    matches!(b.kind, BlockKind::Text | BlockKind::Heading { .. })
        && b.lines
            .iter()
            .flat_map(|l| l.cells.iter())
            .map(String::len)
            .sum::<usize>()
            <= MAX_FURNITURE_BYTES
        && b.lines.iter().all(|l| l.filled() <= 1)
}

/// Which blocks of `doc` are page furniture, and which lines inside preformatted blocks.
#[derive(Debug, Default)]
pub struct Furniture {
    pub blocks: Vec<bool>,
    /// Per block, which of its lines are furniture: lines of preformatted page text, and
    /// single lines of running text that repeat on three or more pages.
    lines: Vec<Vec<bool>>,
}

impl Furniture {
    /// Whether line `li` of block `bi` is a furniture line inside a kept block.
    pub fn line(&self, bi: usize, li: usize) -> bool {
        self.lines
            .get(bi)
            .and_then(|l| l.get(li))
            .copied()
            .unwrap_or(false)
    }
}

/// Lines at most this far from the top or bottom of a page of raw text can be furniture.
const BAND: usize = 4;

pub fn detect(doc: &Document, protected: &[bool]) -> Furniture {
    // Single lines inside running-text blocks that repeat on three or more pages (a
    // footer line the source joined to the text next to it: `Product Folder Links: …`)
    // are searched for in the text blocks that are not protected.
    let line_sketch = |l: &Line| sketch(l.cells.iter().map(String::as_str));
    let searched = |bi: usize| {
        doc.blocks[bi].kind == BlockKind::Text && !protected.get(bi).copied().unwrap_or(false)
    };
    let counted = |l: &Line| {
        let size = l.cells.iter().map(|c| c.len()).sum::<usize>();
        // Furniture lines are short: longer running text is not hashed at all.
        let long = (8..=MAX_FURNITURE_LINE).contains(&size);
        // A line with a link keeps its digits, as blocks do (`www.x.com/770-131` and
        // `www.x.com/770-111` point at different items): such lines are not counted.
        // (the cheap tests first)
        long && l.links.is_empty() && l.filled() == 1
    };
    // The sketches of the lines that count, of every line of the document in order (one
    // list, not a list per block); where each block's lines start in it.
    let line_count = doc.blocks.iter().map(|b| b.lines.len()).sum();
    let mut line_sketches: Vec<Option<u64>> = Vec::with_capacity(line_count);
    let mut first_line: Vec<usize> = Vec::with_capacity(doc.blocks.len() + 1);
    for (bi, b) in doc.blocks.iter().enumerate() {
        first_line.push(line_sketches.len());
        let search = searched(bi);
        line_sketches.extend(
            b.lines
                .iter()
                .map(|l| (search && counted(l)).then(|| line_sketch(l))),
        );
    }
    first_line.push(line_sketches.len());
    let block_lines = |bi: usize| &line_sketches[first_line[bi]..first_line[bi + 1]];
    // A block counts when another has its print: only blocks whose sketch another has are
    // hashed (the rest would count once). A sketch is a sum over bytes: a block's is the
    // sum of its lines', each line's taken once.
    let sketches: Vec<Option<u64>> = doc
        .blocks
        .iter()
        .enumerate()
        .map(|(bi, b)| {
            countable(b).then(|| {
                b.lines
                    .iter()
                    .zip(block_lines(bi))
                    .fold(0u64, |sum, (l, s)| {
                        sum.wrapping_add(s.unwrap_or_else(|| line_sketch(l)))
                    })
            })
        })
        .collect();
    let sketched = sketch_counts(&sketches);
    let mut printed = Printed::default();
    let prints: Vec<Option<u64>> = doc
        .blocks
        .iter()
        .zip(&sketches)
        .map(|(b, s)| {
            s.filter(|s| sketched[s] >= 2).map(|s| {
                // A block with a link keeps its digits: `www.x.com/770-131` and
                // `www.x.com/770-111` point at different items.
                printed.print(s, &b.lines, b.lines.iter().all(|l| l.links.is_empty()))
            })
        })
        .map(|p| p.filter(|&h| h != EMPTY))
        .collect();
    // (the maps below sized for what they count, not grown as they fill)
    let mut counts: Prints<usize> = sized(prints.iter().flatten().count());
    for &p in prints.iter().flatten() {
        *counts.entry(p).or_default() += 1;
    }
    let count = |i: usize| -> usize {
        if protected.get(i).copied().unwrap_or(false) {
            return 0;
        }
        prints
            .get(i)
            .copied()
            .flatten()
            .map_or(0, |p| counts.get(&p).copied().unwrap_or(0))
    };
    let blocks = (0..doc.blocks.len())
        .map(|i| match count(i) {
            0 | 1 => false,
            2 => (i > 0 && count(i - 1) >= 2) || count(i + 1) >= 2,
            _ => true,
        })
        .collect();

    // Raw page text: lines in the top/bottom band repeated across pages, and lines found on
    // three or more pages anywhere (a running title block the extractor put mid-page).
    let pre: Vec<usize> = (0..doc.blocks.len())
        .filter(|&i| doc.blocks[i].kind == BlockKind::Preformatted)
        .collect();
    let mut lines = vec![Vec::new(); doc.blocks.len()];
    if pre.len() >= 2 {
        let need = 2.max(pre.len() / 3);
        let need_anywhere = 3;
        // (sketch, in the band, long enough to count anywhere) of every line of every page
        let shapes: Vec<Vec<(u64, bool, bool)>> = pre
            .iter()
            .map(|&bi| {
                let page = &doc.blocks[bi].lines;
                page.iter()
                    .enumerate()
                    .map(|(li, l)| {
                        let long = l.cells.iter().map(|c| c.len()).sum::<usize>() >= 8;
                        let s = sketch(l.cells.iter().map(String::as_str));
                        (s, in_band(li, page.len()), long)
                    })
                    .collect()
            })
            .collect();
        let page_lines: usize = shapes.iter().map(Vec::len).sum();
        let mut band_sketches: Prints<usize> = sized(2 * BAND * pre.len());
        let mut long_sketches: Prints<usize> = sized(page_lines);
        for &(s, band, long) in shapes.iter().flatten() {
            if band {
                *band_sketches.entry(s).or_default() += 1;
            }
            if long {
                *long_sketches.entry(s).or_default() += 1;
            }
        }
        // The fingerprint of a line where it can count: where lines of its sketch are as
        // many as it takes (in the band, or long), as they are at least the pages they
        // are on. Elsewhere no line of its print is furniture, with it or without it.
        let page_prints: Vec<Vec<(Option<u64>, bool)>> = pre
            .iter()
            .zip(&shapes)
            .map(|(&bi, page)| {
                doc.blocks[bi]
                    .lines
                    .iter()
                    .zip(page)
                    .map(|(l, &(s, band, long))| {
                        let counts = band && band_sketches[&s] >= need
                            || long && long_sketches[&s] >= need_anywhere;
                        let f = counts.then(|| printed.print(s, std::slice::from_ref(l), true));
                        (f, long)
                    })
                    .collect()
            })
            .collect();
        let mut banded: Prints<usize> = Prints::default();
        let mut anywhere: Prints<usize> = Prints::default();
        let mut seen_band = PrintSet::default();
        let mut seen_any = PrintSet::default();
        for page in &page_prints {
            seen_band.clear();
            seen_any.clear();
            for (li, &(f, long)) in page.iter().enumerate() {
                let Some(f) = f else { continue };
                if in_band(li, page.len()) && seen_band.insert(f) {
                    *banded.entry(f).or_default() += 1;
                }
                if long && seen_any.insert(f) {
                    *anywhere.entry(f).or_default() += 1;
                }
            }
        }
        for (&bi, page) in pre.iter().zip(&page_prints) {
            lines[bi] = page
                .iter()
                .enumerate()
                .map(|(li, &(f, long))| {
                    let Some(f) = f else { return false };
                    let in_band =
                        in_band(li, page.len()) && banded.get(&f).is_some_and(|&n| n >= need);
                    in_band || long && anywhere.get(&f).is_some_and(|&n| n >= need_anywhere)
                })
                .collect();
        }
    }
    let line_sketched = sketch_counts(&line_sketches);
    // Each line hashed once, and only where lines of its sketch are three or more; the
    // prints are counted per block, then looked up.
    let mut text_prints: Vec<Option<u64>> = Vec::with_capacity(line_sketches.len());
    for (bi, (b, &print)) in doc.blocks.iter().zip(&prints).enumerate() {
        text_prints.extend(b.lines.iter().zip(block_lines(bi)).map(|(l, s)| {
            s.filter(|s| line_sketched[s] >= 3).map(|s| {
                let mut line = || printed.print(s, std::slice::from_ref(l), true);
                // A block of this line alone was hashed whole above, from the same
                // cells and with its digits masked (it has no link): its print is
                // the line's.
                match print {
                    Some(p) if b.lines.len() == 1 => {
                        debug_assert_eq!(p, line());
                        p
                    }
                    _ => line(),
                }
            })
        }));
    }
    let block_prints = |bi: usize| &text_prints[first_line[bi]..first_line[bi + 1]];
    let mut text_counts: Prints<usize> = sized(text_prints.iter().flatten().count());
    // (one set, cleared per block: its table is allocated once, not per block)
    let mut seen = PrintSet::default();
    for bi in 0..doc.blocks.len() {
        seen.clear();
        for &f in block_prints(bi).iter().flatten() {
            if seen.insert(f) {
                *text_counts.entry(f).or_default() += 1;
            }
        }
    }
    if text_counts.values().any(|&n| n >= 3) {
        for bi in (0..doc.blocks.len()).filter(|&bi| searched(bi)) {
            let prints = block_prints(bi);
            if prints.is_empty() {
                continue;
            }
            lines[bi] = prints
                .iter()
                .map(|f| f.is_some_and(|f| text_counts[&f] >= 3))
                .collect();
        }
    }
    edge_lines(doc, protected, &mut lines);
    Furniture { blocks, lines }
}

/// Lines of one or two cells among the first or last three lines of a PDF page that
/// repeat, digits masked, at the edge of three or more pages: running headers and footers
/// the page band missed (`www.ti.com | 7-Nov-2025` on the appended packaging pages).
fn edge_lines(doc: &Document, protected: &[bool], lines: &mut [Vec<bool>]) {
    let mut pages: Vec<(u32, Vec<(usize, usize)>)> = Vec::new();
    for (bi, b) in doc.blocks.iter().enumerate() {
        if protected.get(bi).copied().unwrap_or(false)
            || !matches!(b.kind, BlockKind::Text | BlockKind::Table { .. })
        {
            continue;
        }
        for (li, l) in b.lines.iter().enumerate() {
            let Some(page) = l.loc.page else { continue };
            match pages.last_mut() {
                Some((p, v)) if *p == page => v.push((bi, li)),
                _ => pages.push((page, vec![(bi, li)])),
            }
        }
    }
    if pages.len() < 3 {
        return;
    }
    let print = |(bi, li): (usize, usize)| -> Option<u64> {
        let l = &doc.blocks[bi].lines[li];
        let size: usize = l.cells.iter().map(|c| c.len()).sum();
        (l.filled() <= 2 && size >= 8).then(|| fold_hash(l.cells.iter().map(String::as_str), true))
    };
    let edges = |v: &Vec<(usize, usize)>| -> Vec<(usize, usize)> {
        let n = v.len();
        v.iter()
            .enumerate()
            .filter(|(i, _)| *i < 3 || i + 3 >= n)
            .map(|(_, &x)| x)
            .collect()
    };
    let mut counts: Prints<usize> = Prints::default();
    for (_, v) in &pages {
        let mut seen = PrintSet::default();
        for f in edges(v).into_iter().filter_map(print) {
            if seen.insert(f) {
                *counts.entry(f).or_default() += 1;
            }
        }
    }
    for (_, v) in &pages {
        for at in edges(v) {
            if print(at).is_some_and(|f| counts[&f] >= 3) {
                let (bi, li) = at;
                let n = doc.blocks[bi].lines.len();
                if lines[bi].len() != n {
                    lines[bi] = vec![false; n];
                }
                lines[bi][li] = true;
            }
        }
    }
}

fn in_band(li: usize, len: usize) -> bool {
    li < BAND || li + BAND >= len
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
        let h = |t: &str| fold_hash(std::iter::once(t), true);
        assert_eq!(
            h("Jan 10, 2024   Page 2 (31)"),
            h("JAN 10, 2024 Page 13 (31)")
        );
        assert_ne!(h("Page 2"), h("Seite 2"));
        assert_eq!(h(""), EMPTY);
        // eight bytes at a time hash as byte by byte: every ASCII byte at every offset
        // (but the vertical tab, which `fingerprint` folds as whitespace and the hash keeps)
        for b in (0..0x80u8).filter(|&b| b != 0x0b) {
            for (at, base) in (0..12).flat_map(|at| {
                [
                    "AbcdefghijKLMNOPqrstuvwxyz",
                    "Ab cd efgh  ij  K LM no p7 qr 1 st",
                    "Größe  ÄÖ 12 mm x\u{b}y\u{a0}z Aa 25 °C – 85 °C",
                ]
                .map(|t| (at, t))
            }) {
                let mut t = base.to_string();
                let at = t.char_indices().nth(at).map_or(t.len(), |(i, _)| i);
                t.insert(at, char::from(b));
                let mut bytewise = WordHash {
                    h: 0,
                    word: 0,
                    n: 0,
                    len: 0,
                };
                fingerprint(&t).bytes().for_each(|b| bytewise.byte(b));
                assert_eq!(h(&t), bytewise.finish(), "{t:?}");
            }
        }
        assert_eq!(h("  a  b "), fold_hash(["a", "b"].into_iter(), true));
        // the hash is the folded text's: the same as hashing the fingerprint unmasked
        for t in [
            "Größe  ÄÖ 12 mm",
            "Page 2 (31)",
            "WAGO Kontakttechnik GmbH & Co. KG",
        ] {
            let printed = fingerprint(t);
            assert_eq!(h(t), fold_hash(std::iter::once(printed.as_str()), false));
        }
    }

    #[test]
    fn texts_that_fold_alike_have_one_sketch() {
        let alike = [
            ("Page 2 (31)  of\tTI", "PAGE 13 (31) OF ti"),
            ("İnfo 1K", "i\u{307}nfo 22\u{212A}"),
            ("a #1 b", "A ## B"),
            ("x\u{a0}y z", "x y\u{2003}z"),
        ];
        for (a, b) in alike {
            assert_eq!(fingerprint(a), fingerprint(b), "{a:?} {b:?}");
            let s = |t: &str| sketch(std::iter::once(t));
            assert_eq!(s(a), s(b), "{a:?} {b:?}");
            // the pieces of one text are summed
            assert_eq!(s(a), sketch(a.split(' ')), "{a:?}");
        }
        let s = |t: &str| sketch(std::iter::once(t));
        assert_ne!(s("Page 2"), s("Seite 2"));
        assert_ne!(s("ab"), s("abb"));
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
        let dropped: Vec<String> = doc
            .blocks
            .iter()
            .enumerate()
            .flat_map(|(bi, b)| b.lines.iter().enumerate().map(move |(li, l)| (bi, li, l)))
            .filter(|&(bi, li, _)| f.line(bi, li))
            .map(|(_, _, l)| l.text())
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
