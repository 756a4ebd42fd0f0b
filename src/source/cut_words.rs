//! Words a PDF-to-Markdown converter cut across two table cells, joined again.
//!
//! A converter that assigns characters to columns by position splits a word that crosses
//! a column boundary: `|LED forward curre|nt|IF|`, `|Rate|d output|W|`, `|It|em|Speci|fication|`,
//! `|Phosphor br|onze, tin-plate|d|`. Read as they are, the label is `LED forward curre` and
//! its value `nt`. A real cell boundary and a cut look alike (`|Mounting flange|without|`
//! is a label and its value), so the document itself decides: a boundary is a cut when the
//! word the two pieces make is a word the document prints elsewhere (`current`, `rated`,
//! `item`), and the two pieces are not both words it prints elsewhere (`time|s` stays two
//! cells where the document also prints `time` and `s`). The text after the cut moves into
//! the cell before it; the emptied cell keeps its column, so rows stay aligned with their
//! header.

use crate::document::{Block, BlockKind};

/// Joins the cut words of every table block of a document (see the module comment);
/// `text` is the document's source, where the words are counted.
pub fn repair(blocks: &mut [Block], text: &str) {
    let mut cuts = Vec::new();
    for (bi, block) in blocks.iter().enumerate() {
        if !matches!(block.kind, BlockKind::Table { .. }) {
            continue;
        }
        for (li, line) in block.lines.iter().enumerate() {
            for k in 1..line.cells.len() {
                if let Some(edge) = Edge::between(&line.cells[k - 1], &line.cells[k]) {
                    cuts.push((bi, li, k, edge));
                }
            }
        }
    }
    if cuts.is_empty() {
        return;
    }
    let vocabulary = Vocabulary::count(text, cuts.iter().map(|(.., e)| e));
    // Candidates are judged on the text as printed; joining then runs cell by cell, so a
    // word cut twice (`|Through-hol|e, PCB To|p Mount|`) comes together in one cell.
    let joins: Vec<(usize, usize, usize)> = cuts
        .iter()
        .filter(|(.., e)| vocabulary.is_cut(e))
        .map(|&(bi, li, k, _)| (bi, li, k))
        .collect();
    let mut at = 0;
    let (mut filled, mut filled_block) = (Vec::new(), None);
    while at < joins.len() {
        let (bi, li) = (joins[at].0, joins[at].1);
        // counted on the block as the converter wrote it, once per block
        if filled_block != Some(bi) {
            filled = column_fill(&blocks[bi]);
            filled_block = Some(bi);
        }
        // the cell holding the text joined so far on this row, and the boundary it ends at
        let mut joined: Option<(usize, usize)> = None;
        // header cells that repeat the text joined so far (a heading spanning columns)
        let mut spans: Vec<usize> = Vec::new();
        while at < joins.len() && joins[at].0 == bi && joins[at].1 == li {
            let k = joins[at].2;
            let left = match joined {
                Some((cell, end)) if end == k - 1 => cell,
                _ => {
                    spans.clear();
                    k - 1
                }
            };
            let line = &blocks[bi].lines[li];
            let more_after = line.cells.iter().skip(k + 1).any(|c| !c.is_empty());
            if li > 0 && more_after && under_two_headings(&blocks[bi], left, k) {
                // each of the two columns has its own heading and the row goes on: a
                // cut there would take a column from a grid the converter cut apart
                // letter by letter (a capacitance waterfall), not mend one spurious
                // column; text that runs on into the last columns of its row (a value
                // printed across the variant columns) is still joined
                joined = None;
                at += 1;
                continue;
            }
            let cells = &mut blocks[bi].lines[li].cells;
            let (text, rest) = join_cells(&cells[left], &cells[k]);
            if rest.is_empty() {
                // the text goes to the column the table fills more often: the cut one of
                // the two is a spurious column the converter made (`|I/O i|solation
                // voltage|` under `||Item|`, `|LED forward curre|nt|` under `|Item||`)
                let fill = |c: usize| filled.get(c).copied().unwrap_or(0);
                let (keep, other) = if fill(k) > fill(left) {
                    (k, left)
                } else {
                    (left, k)
                };
                // a header cell cut over two columns that both hold values spans them
                // (`|Profile Feature|Terminati|on Finish|` over `|…|SnPb|100% Matte Sn|`)
                if li == 0 && fill(other) > 1 {
                    spans.push(other);
                } else {
                    cells[other].clear();
                    spans.retain(|&c| c != other);
                }
                for &c in &spans {
                    cells[c].clone_from(&text);
                }
                cells[keep] = text;
                joined = Some((keep, k));
            } else {
                // lines stacked under the cut one stay in their column
                cells[left] = text;
                cells[k] = rest;
                joined = None;
            }
            at += 1;
        }
    }
}

/// The first line of a table (its header) names both columns, each differently.
fn under_two_headings(block: &Block, left: usize, right: usize) -> bool {
    let Some(head) = block.lines.first() else {
        return false;
    };
    let name = |c: usize| head.cells.get(c).map_or("", String::as_str);
    !name(left).is_empty() && !name(right).is_empty() && name(left) != name(right)
}

/// How many lines of a block have text in each column.
fn column_fill(block: &Block) -> Vec<usize> {
    let mut filled = Vec::new();
    for line in &block.lines {
        if filled.len() < line.cells.len() {
            filled.resize(line.cells.len(), 0);
        }
        for (c, cell) in line.cells.iter().enumerate() {
            if !cell.is_empty() {
                filled[c] += 1;
            }
        }
    }
    filled
}

/// The text of two cells with a cut word between them: the cell it ends and what stays
/// in the cell it started (empty when all of it moved).
///
/// Cells whose lines all run on across the boundary (`Amb<br>(O | ient temperature<br>
/// perating )`) are joined line by line. Otherwise only the first line of `right` moves:
/// onto the first line of `left` where the two have as many lines (a stacked header,
/// `Ambient Temp<br>Continuous current | erature<br>Power dissipation`), else onto its last.
fn join_cells(left: &str, right: &str) -> (String, String) {
    let lines_left = left.lines().count();
    let same_height = same_height(left, right);
    let mut out = String::with_capacity(left.len() + right.len() + 2);
    if same_height && left.lines().zip(right.lines()).all(|(l, r)| runs_on(l, r)) {
        for (i, (l, r)) in left.lines().zip(right.lines()).enumerate() {
            if i > 0 {
                out.push('\n');
            }
            glue(&mut out, l, r);
        }
        return (out, String::new());
    }
    let (head, tail) = right.split_once('\n').unwrap_or((right, ""));
    let at = cut_line(left, right);
    for (i, l) in left.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if i == at {
            glue(&mut out, l, head);
        } else {
            out.push_str(l);
        }
    }
    if lines_left == 0 {
        out.push_str(head);
    }
    (out, tail.to_string())
}

/// Two cells of several lines each, as many in both (stacked sub-rows).
fn same_height(left: &str, right: &str) -> bool {
    let n = left.lines().count();
    n > 1 && n == right.lines().count()
}

/// The line of `left` a cut before `right` ends: its first where the two cells are of the
/// same height, else its last.
fn cut_line(left: &str, right: &str) -> usize {
    if same_height(left, right) {
        0
    } else {
        left.lines().count().saturating_sub(1)
    }
}

/// `s` holds no line break.
fn one_line(s: &str) -> bool {
    !s.as_bytes().contains(&b'\n')
}

/// A word runs on from the end of `l` into the start of `r`.
fn runs_on(l: &str, r: &str) -> bool {
    l.chars().next_back().is_some_and(char::is_alphabetic)
        && r.chars().next().is_some_and(char::is_lowercase)
}

/// `l` and `r` as one line: without a space where a word runs on across them.
fn glue(out: &mut String, l: &str, r: &str) {
    out.push_str(l);
    if !runs_on(l, r) && !l.is_empty() && !r.is_empty() {
        out.push(' ');
    }
    out.push_str(r);
}

/// The two pieces of a word that may have been cut at a cell boundary, lower-cased.
#[derive(Debug, Clone, PartialEq)]
struct Edge {
    /// The letters that end the cell before (`curre`).
    before: String,
    /// The letters that start the cell after (`nt`).
    after: String,
}

impl Edge {
    /// The cut candidate between two cells: the left text ends in a word (a capital at
    /// most as its first letter), the right text starts with lower-case letters that are
    /// not the start of a symbol (`tPLH`), a number (`x10`) or a hyphenated word (`hot-dip`).
    /// Cells with as many lines are compared on their first lines, others on the last line
    /// of the left cell and the first of the right.
    fn between(left: &str, right: &str) -> Option<Edge> {
        // most boundaries fail here, before any line is looked at
        if !right.chars().next().is_some_and(char::is_lowercase) {
            return None;
        }
        // two cells of one line each (most are): the lines are the cells, no search for
        // the lines of each
        let (r_first, l_line) = if one_line(left) && one_line(right) {
            (right, left)
        } else {
            (
                right.lines().next()?,
                left.lines().nth(cut_line(left, right))?,
            )
        };
        let before = trailing_word(l_line)?;
        let mut rest = before.chars();
        rest.next();
        if rest.any(|c| !c.is_lowercase()) {
            return None;
        }
        let after_len = r_first
            .char_indices()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(r_first.len(), |(i, _)| i);
        let after = &r_first[..after_len];
        if after.is_empty() || after.chars().any(|c| !c.is_lowercase()) {
            return None;
        }
        if r_first[after_len..]
            .chars()
            .next()
            .is_some_and(|c| c == '-' || c.is_ascii_digit())
        {
            return None;
        }
        Some(Edge {
            before: before.to_lowercase(),
            after: after.to_string(),
        })
    }

    fn joined(&self) -> String {
        let mut w = String::with_capacity(self.before.len() + self.after.len());
        w.push_str(&self.before);
        w.push_str(&self.after);
        w
    }
}

/// The letters a line ends with, when it ends in a letter.
fn trailing_word(line: &str) -> Option<&str> {
    let start = line
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    Some(&line[start..])
}

/// Calls `run(start, end, ascii)` for every run of word bytes in `b` (ASCII letters and
/// bytes of non-ASCII characters, which may or may not be letters), in order; `ascii` when
/// the run holds ASCII letters only. The bytes are classified eight at a time into bit
/// masks of 64 bytes, whose runs are found by counting zeros: the words of a text are
/// short, and a loop over their bytes spends most of its time starting and ending them.
fn word_runs(b: &[u8], mut run: impl FnMut(usize, usize, bool)) {
    // the block the masks hold starts at `at` (each block of 64 is classified once);
    // `starts`: the bits where a run starts that is not yet handed out
    let mut at = 0;
    let (mut word, mut high) = block_masks(b, at);
    let mut starts = word & !(word << 1);
    loop {
        while starts == 0 {
            // no run starts in the rest of the block: on to the next one (a run that
            // went on into it was handed out with its end, and its bits taken out)
            at += 64;
            if at >= b.len() {
                return;
            }
            (word, high) = block_masks(b, at);
            starts = word & !(word << 1);
        }
        let start = starts.trailing_zeros();
        starts &= starts - 1;
        // the run ends at the first byte that is no word byte
        let rest = !word >> start;
        // (one call of `run`, which is inlined)
        let found = if rest != 0 {
            let end = start + rest.trailing_zeros();
            // (most blocks are all ASCII: no mask of the run's bytes)
            let ascii = high == 0 || (high >> start) & ((1 << (end - start)) - 1) == 0;
            (at + start as usize, at + end as usize, ascii)
        } else {
            // the run goes on past the block: its end is in a block after it (past the
            // end of `b`, the masks hold no word bytes), which the next runs come from
            let first = at + start as usize;
            let mut ascii = high >> start == 0;
            loop {
                at += 64;
                (word, high) = block_masks(b, at);
                if word != u64::MAX {
                    let end = (!word).trailing_zeros();
                    let before = (1 << end) - 1;
                    ascii &= high & before == 0;
                    starts = word & !(word << 1) & !before;
                    break (first, at + end as usize, ascii);
                }
                ascii &= high == 0;
            }
        };
        run(found.0, found.1, found.2);
    }
}

/// The masks of [`word_runs`] for the 64 bytes from `at` (past the end of `b`, bytes that
/// are no word bytes): bit `k` is set where byte `at + k` is a word byte, and where it is
/// not ASCII.
fn block_masks(b: &[u8], at: usize) -> (u64, u64) {
    let mut padded = [0; 64];
    let block = match b.get(at..at + 64) {
        Some(block) => block.try_into().expect("64 bytes"),
        None => {
            let rest = &b[at.min(b.len())..];
            padded[..rest.len()].copy_from_slice(rest);
            &padded
        }
    };
    let (mut word, mut high) = (0, 0);
    for (k, eight) in block.as_chunks::<8>().0.iter().enumerate() {
        let x = u64::from_le_bytes(*eight);
        word |= u64::from(high_bits(word_bytes(x))) << (8 * k);
        high |= u64::from(high_bits(x)) << (8 * k);
    }
    (word, high)
}

/// Calls `word` for each piece of `run` between characters that are no letters (`–`, `°`):
/// the words of a run of word bytes that holds non-ASCII characters. (Out of line: the
/// loop over the runs, which rarely gets here, stays small.)
#[inline(never)]
fn letter_runs(run: &str, alphabetic: &mut Alphabetic, mut word: impl FnMut(&str)) {
    // the pieces `run.split(|c| !alphabetic.is(c))` gives, empty ones too, told byte by
    // byte: the run's ASCII bytes are letters, only its other characters are looked up
    let b = run.as_bytes();
    let (mut start, mut at) = (0, 0);
    while at < b.len() {
        if b[at].is_ascii() {
            at += 1;
            continue;
        }
        let c = run[at..].chars().next().expect("a character at a boundary");
        if !alphabetic.is(c) {
            word(&run[start..at]);
            start = at + c.len_utf8();
        }
        at += c.len_utf8();
    }
    word(&run[start..]);
}

/// Each byte of `x` with its top bit set where it is part of a word (an ASCII letter or
/// a byte of a non-ASCII character): [`word_runs`]' test, on eight bytes at once.
fn word_bytes(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // the low seven bits of each byte, letters folded to lower case (the sums below
    // cannot carry into the next byte)
    let low = (x | (ONES * 0x20)) & !HIGH;
    let from_a = low + ONES * (0x80 - u64::from(b'a'));
    let past_z = low + ONES * (0x80 - u64::from(b'z') - 1);
    (from_a & !past_z) | x
}

/// The top bits of the eight bytes of `x` as one byte: bit `i` is that of byte `i`
/// (little-endian).
fn high_bits(x: u64) -> u8 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // each top bit lands in its own bit of the top byte of the product
    (((x & HIGH) >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u8
}

/// Words longer than this (in bytes) are never asked about.
const MAX_WORD: usize = 64;

/// A bit for a byte of a word, case ignored: one per ASCII letter, one shared by all other
/// bytes (a table: the test runs on the first and last byte of every word of the text).
const LETTER_BIT: [u32; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        let x = b as u8;
        t[b] = if x.is_ascii_alphabetic() {
            1 << (x.to_ascii_lowercase() - b'a')
        } else {
            1 << 26
        };
        b += 1;
    }
    t
};

/// `char::is_alphabetic`, remembered for the non-ASCII characters looked up last: a
/// datasheet repeats a few (`°`, `µ`, `–`, `Ω`) thousands of times, and each lookup in
/// the Unicode table costs a search.
struct Alphabetic {
    seen: [(char, bool); 64],
}

impl Alphabetic {
    fn new() -> Self {
        // NUL is ASCII, never looked up here: an empty slot
        Alphabetic {
            seen: [('\0', false); 64],
        }
    }

    fn is(&mut self, c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_alphabetic();
        }
        let slot = &mut self.seen[c as usize % 64];
        if slot.0 != c {
            *slot = (c, c.is_alphabetic());
        }
        slot.1
    }
}

/// The hash [`Vocabulary`] files a word under: a multiply per byte, each byte with its
/// `0x20` bit set first, so an ASCII letter hashes as its lower case (the words of the text
/// are looked up as they are printed, without a lower-cased copy).
fn word_hash(word: &[u8]) -> u64 {
    word.iter().fold(0, |h: u64, &b| {
        (h.rotate_left(5) ^ u64::from(b | 0x20)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
    })
}

/// A word asked about (lower-case), its [`word_hash`], and how often the text prints it.
struct Counted {
    word: String,
    hash: u64,
    count: usize,
}

/// How often the document prints each word a cut decision asks about, as a word of its
/// own (letters between non-letters, any case), not counting the pieces at the candidate
/// boundaries themselves.
struct Vocabulary {
    words: Vec<Counted>,
    /// `words` by hash, open addressing: a power of two of slots, at most half of them
    /// full, each the index of a word plus one (0: empty). A word of the text is looked up
    /// in place (a lookup through `HashMap<String, _>` needs it lower-cased into a string).
    slots: Vec<u32>,
}

impl Vocabulary {
    fn count<'e>(text: &str, edges: impl Iterator<Item = &'e Edge> + Clone) -> Self {
        // three words an edge, in twice as many slots
        let slots = (6 * edges.clone().count()).next_power_of_two().max(8);
        let mut vocabulary = Vocabulary {
            words: Vec::new(),
            slots: vec![0; slots],
        };
        // the first and last letters of the words asked about, by byte length: a test that
        // spares nearly every word of the text the lookup
        let (mut initials, mut finals) = ([0u32; MAX_WORD], [0u32; MAX_WORD]);
        for e in edges.clone() {
            for w in [e.before.clone(), e.after.clone(), e.joined()] {
                if w.len() < MAX_WORD {
                    initials[w.len()] |= LETTER_BIT[usize::from(w.as_bytes()[0])];
                    finals[w.len()] |= LETTER_BIT[usize::from(w.as_bytes()[w.len() - 1])];
                    vocabulary.insert(w);
                }
            }
        }
        let asked = |b: &[u8]| {
            let n = b.len();
            n > 0
                && n < MAX_WORD
                && initials[n] & LETTER_BIT[usize::from(b[0])] != 0
                && finals[n] & LETTER_BIT[usize::from(b[n - 1])] != 0
        };
        // runs of ASCII letters and non-ASCII characters; a run with non-ASCII in it is
        // split again on what is no letter (`–`, `°`)
        let mut alphabetic = Alphabetic::new();
        let mut lower = String::new();
        let bytes = text.as_bytes();
        word_runs(bytes, |start, end, ascii| {
            if ascii {
                // ASCII letters: their lower case is what the hash and the comparison
                // with the (lower-case) words asked about see
                let w = &bytes[start..end];
                if asked(w) {
                    let found = vocabulary.find(word_hash(w), |v| v.eq_ignore_ascii_case(w));
                    if let Some(i) = found {
                        vocabulary.words[i].count += 1;
                    }
                }
            } else {
                // the run starts after an ASCII byte (or at the start) and ends at one (or
                // at the end): character boundaries
                let run = &text[start..end];
                letter_runs(run, &mut alphabetic, |w| {
                    if asked(w.as_bytes()) {
                        lower.clear();
                        lower.extend(w.chars().flat_map(char::to_lowercase));
                        if let Some(i) = vocabulary.get(&lower) {
                            vocabulary.words[i].count += 1;
                        }
                    }
                });
            }
        });
        for e in edges {
            for w in [&e.before, &e.after] {
                if let Some(i) = vocabulary.get(w) {
                    let n = &mut vocabulary.words[i].count;
                    *n = n.saturating_sub(1);
                }
            }
        }
        vocabulary
    }

    /// The index in `words` of the word of hash `hash` that `same` accepts.
    fn find(&self, hash: u64, same: impl Fn(&[u8]) -> bool) -> Option<usize> {
        self.probe(hash, same).ok()
    }

    /// The index in `words` of `word`.
    fn get(&self, word: &str) -> Option<usize> {
        self.find(word_hash(word.as_bytes()), |v| v == word.as_bytes())
    }

    /// The slots from the one of `hash` on, up to the word `same` accepts (its index in
    /// `words`) or an empty slot (its index in `slots`).
    fn probe(&self, hash: u64, same: impl Fn(&[u8]) -> bool) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        // the top bits of the hash, where the multiplies mixed in every byte
        let mut at = (hash >> 40) as usize & mask;
        loop {
            let i = match self.slots[at] {
                0 => return Err(at),
                s => s as usize - 1,
            };
            let w = &self.words[i];
            if w.hash == hash && same(w.word.as_bytes()) {
                return Ok(i);
            }
            at = (at + 1) & mask;
        }
    }

    /// Add a word (not yet counted), unless it is there.
    fn insert(&mut self, word: String) {
        let hash = word_hash(word.as_bytes());
        if let Err(slot) = self.probe(hash, |v| v == word.as_bytes()) {
            self.words.push(Counted {
                word,
                hash,
                count: 0,
            });
            self.slots[slot] = u32::try_from(self.words.len()).expect("few words");
        }
    }

    fn known(&self, w: &str) -> bool {
        self.get(w).is_some_and(|i| self.words[i].count > 0)
    }

    /// A cut: the pieces make a word printed elsewhere, and are not both such words.
    fn is_cut(&self, e: &Edge) -> bool {
        self.known(&e.joined()) && !(self.known(&e.before) && self.known(&e.after))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Line, Loc};

    fn table(rows: &[&[&str]]) -> Vec<Block> {
        let lines = rows
            .iter()
            .map(|r| Line::new(r.iter().map(|c| c.to_string()).collect(), Loc::default()))
            .collect();
        vec![Block {
            kind: BlockKind::Table { header: true },
            lines,
        }]
    }

    /// [`repair`] over the blocks, with their cells as the source text.
    fn run(blocks: &mut [Block]) {
        let text: Vec<String> = blocks[0]
            .lines
            .iter()
            .map(|l| format!("|{}|", l.cells.join("|")))
            .collect();
        repair(blocks, &text.join("\n"));
    }

    fn cells(blocks: &[Block]) -> Vec<Vec<String>> {
        blocks[0].lines.iter().map(|l| l.cells.clone()).collect()
    }

    #[test]
    fn word_runs_as_byte_by_byte() {
        // the definition: maximal runs of ASCII letters and non-ASCII bytes
        let by_bytes = |b: &[u8]| {
            let word = |x: u8| x.is_ascii_alphabetic() || x >= 0x80;
            let mut runs = Vec::new();
            let mut i = 0;
            while i < b.len() {
                if !word(b[i]) {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < b.len() && word(b[i]) {
                    i += 1;
                }
                runs.push((start, i, b[start..i].is_ascii()));
            }
            runs
        };
        let long = "Ambient temperature °C –40 to +85, µA·Ω [Z]@`{a} ".repeat(9);
        let mut texts = vec![
            String::new(),
            "a".into(),
            " ".into(),
            "x".repeat(64),
            "y".repeat(130),
            format!("{} a{}", "é".repeat(40), "b".repeat(70)),
            format!("{} ", "z".repeat(63)),
            format!("{}é", "w".repeat(63)),
            "AZaz@[`{ \x7f\u{80}ÿ".into(),
            long.clone(),
        ];
        // every byte value
        let all: Vec<u8> = (0..=255).collect();
        texts.push(String::from_utf8_lossy(&all).into_owned());
        for cut in 1..70 {
            texts.push(long[..long.floor_char_boundary(cut)].to_string());
        }
        // runs as long as a block or longer, ending at the end of the text or before it
        for n in 60..140 {
            for pad in 0..3 {
                texts.push(format!("{}{}", " ".repeat(pad), "x".repeat(n)));
                texts.push(format!("{}{}é.", " ".repeat(pad), "x".repeat(n)));
            }
        }
        for t in &texts {
            let mut runs = Vec::new();
            word_runs(t.as_bytes(), |s, e, ascii| runs.push((s, e, ascii)));
            assert_eq!(runs, by_bytes(t.as_bytes()), "{t:?}");
        }
        // every byte value, at every position of a block
        for shift in 0..64 {
            let mut b = vec![b' '; shift];
            b.extend(0..=255u8);
            b.extend(0..=255u8);
            let mut runs = Vec::new();
            word_runs(&b, |s, e, ascii| runs.push((s, e, ascii)));
            assert_eq!(runs, by_bytes(&b), "shift {shift}");
        }
    }

    #[test]
    fn letter_runs_as_split() {
        for run in [
            "–",
            "°C",
            "µA",
            "Priorität",
            "für",
            "Ωx–y°",
            "ÄÖÜ",
            "a–",
            "–b",
            "é–é",
        ] {
            let mut pieces = Vec::new();
            letter_runs(run, &mut Alphabetic::new(), |w| pieces.push(w.to_string()));
            let split: Vec<&str> = run.split(|c: char| !c.is_alphabetic()).collect();
            assert_eq!(pieces, split, "{run:?}");
        }
    }

    #[test]
    fn a_word_cut_at_a_cell_boundary_is_joined() {
        let mut b = table(&[
            &["Item", "", "Symbol", "Value"],
            &["LED forward curre", "nt", "IF", "50 mA"],
            &["LED operate current", "Typical", "IFon", "1.2 mA"],
            &[
                "Amb\n(O",
                "ient temperature\nperating )",
                "Topr",
                "-40 to +85 °C",
            ],
            &["Ambient temperature", "", "Ta", "25 °C"],
            &["Phosphor br", "onze, tin-plate", "d", ""],
            &["Contact", "Phosphor bronze", "Gold plated", ""],
        ]);
        run(&mut b);
        let c = cells(&b);
        assert_eq!(c[1], ["LED forward current", "", "IF", "50 mA"]);
        assert_eq!(c[2][..2], ["LED operate current", "Typical"]);
        assert_eq!(
            c[3][..2],
            [
                "Ambient temperature\n(Operating )".to_string(),
                String::new()
            ]
        );
        assert_eq!(c[5], ["Phosphor bronze, tin-plated", "", "", ""]);
    }

    #[test]
    fn the_joined_word_lands_in_the_column_the_table_fills() {
        let mut b = table(&[
            &["", "Item", "Symbol"],
            &["", "Isolation voltage", "Viso"],
            &["Inp", "Power dissipation", "Pin"],
            &["I/O i", "solation voltage", "Viso"],
        ]);
        run(&mut b);
        assert_eq!(cells(&b)[3], ["", "I/O isolation voltage", "Viso"]);
    }

    #[test]
    fn a_header_cut_over_two_value_columns_spans_both() {
        let mut b = table(&[
            &["Profile Feature", "Terminati", "on Fin", "ish"],
            &["", "SnPb", "Matte Sn", "Sn"],
            &["Peak temperature", "235 °C", "260 °C", "260 °C"],
            &["Finish of the termination", "", "", ""],
        ]);
        run(&mut b);
        let finish = "Termination Finish";
        assert_eq!(cells(&b)[0], ["Profile Feature", finish, finish, finish]);
    }

    #[test]
    fn lines_stacked_under_a_cut_stay_in_their_column() {
        let mut b = table(&[
            &["", "", "Unit"],
            &[
                "Ambient Temp\nForward current",
                "erature\nPower dissipation",
                "Unit",
            ],
            &["Ambient temperature", "", "°C"],
            &[
                "Conditions: unless otherwise specif",
                "ied. Typic\nTEMP",
                "MIN",
            ],
            &["Specified", "", ""],
        ]);
        run(&mut b);
        let c = cells(&b);
        assert_eq!(
            c[1][..2],
            ["Ambient Temperature\nForward current", "Power dissipation"]
        );
        assert_eq!(
            c[3][..2],
            ["Conditions: unless otherwise specified. Typic", "TEMP"]
        );
    }

    #[test]
    fn columns_with_headings_of_their_own_are_not_joined_below_them() {
        let mut b = table(&[
            &["Case Size/", "Series", "C0402C"],
            &["Voltage C", "ode", "C"],
            &["Code", "", ""],
            &["Vol", "tage", ""],
        ]);
        let before = cells(&b);
        run(&mut b);
        assert_eq!(cells(&b)[..3], before[..3]);
        assert_eq!(cells(&b)[3], ["Voltage", "", ""]);
    }

    #[test]
    fn a_label_and_its_value_stay_apart() {
        let mut b = table(&[
            &["Mounting flange", "without"],
            &["Locking type", "without"],
            &["Rise time", "s"],
            &["Fall time", "ns"],
            &["Time", "s"],
            &["Surface characteristics", "hot-dip tin-plated"],
            &["Propagation delay", "tPLH"],
        ]);
        let before = cells(&b);
        run(&mut b);
        assert_eq!(cells(&b), before);
    }
}
