//! The table interpreter: one header-driven reading for every grid, from a Markdown pipe
//! table or a PDF table alike.
//!
//! A header row names the columns: parameter (`Parameter`, `Characteristic`, `Item`, …),
//! symbol, (test) conditions, `Min`/`Typ`/`Max`, value (`Value`, `Rating`, `Limit`, …),
//! unit, remarks. The header may span two or three lines, may sit below a title row, and
//! repeats where the table continues on a new page. Columns the header leaves unnamed
//! take their role from where they stand: left of the parameter column they group rows
//! (`OUTPUT`, `INPUT`), between it and the numbers they refine the condition
//! (`Dominant`, `Recessive`). Columns named by something that is not a role word
//! (`AQY211EH(A)`, `RS-15-5`, `D (SOIC)`) are product variants: one property per variant.
//!
//! Reading a body row:
//! - a row with only one cell filled, on the left, is a group title (`POWER SUPPLY`);
//! - a row with an empty parameter cell continues the parameter above (with its own
//!   condition), or, at the top of a group, the one below: merged cells are printed on
//!   one of the rows they span;
//! - the unit cell applies to the numbers of its row; a row without one takes the nearest
//!   unit of its group (a merged unit cell is printed on its middle row);
//! - footnote markers (`(1)`, `Note.2`, superscript digits) are dropped from labels.
//!
//! Tables whose header names no column are left to the caller (`label | value` pairs).

use std::sync::LazyLock;

use regex::Regex;

use super::{has_letter, LimitCells, RawProperty};
use crate::document::{has_text, Line, Loc};

/// The role of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Label,
    Symbol,
    Condition,
    /// An unnamed column between the label and the numbers: more condition.
    SubCondition,
    Min,
    Typ,
    Max,
    Value,
    Unit,
    /// A product variant (`AQY212EH`): the column header names it.
    Variant,
    /// Left of the label: a row group (`OUTPUT`).
    Group,
    /// Tolerance of the value column (`+1.0/-0.5`), or the limit it is (`min.`, `max.`).
    Tolerance,
    /// Remarks, notes, anything else.
    Other,
}

/// The length unit a document states for its dimensions (`DIMENSIONS: MM (INCHES)`,
/// `Dimensional unit: mm`): the unit of bare numbers in a `Dimensions` column, and the
/// unit of a second number printed in parentheses after them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct DimensionUnit {
    pub main: &'static str,
    pub alt: Option<&'static str>,
}

impl DimensionUnit {
    /// The unit a line states, if it is a dimension-unit note.
    pub(crate) fn stated(line: &str) -> Option<Self> {
        if line.len() > 80 || !says_dimension(line) {
            return None;
        }
        let l = line.to_lowercase();
        if !l.contains("dimension") {
            return None;
        }
        let word = |w: &str| {
            l.match_indices(w).find_map(|(i, _)| {
                let before = l[..i].chars().last().is_none_or(|c| !c.is_alphanumeric());
                let after = l[i + w.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                (before && after).then_some(i)
            })
        };
        let mm = word("mm")
            .or_else(|| word("millimeters"))
            .or_else(|| word("millimetres"));
        let inch = word("inches").or_else(|| word("inch"));
        match (mm, inch) {
            (Some(m), Some(i)) if m < i => Some(Self {
                main: "mm",
                alt: Some("in"),
            }),
            (Some(_), Some(_)) => Some(Self {
                main: "in",
                alt: Some("mm"),
            }),
            (Some(_), None) => Some(Self {
                main: "mm",
                alt: None,
            }),
            (None, Some(_)) => Some(Self {
                main: "in",
                alt: None,
            }),
            (None, None) => None,
        }
    }

    /// `18 (.709)` → `18 mm (.709 in)`; `18~20` → `18~20 mm`; anything else: `None`.
    fn apply(&self, v: &str) -> Option<String> {
        static DIM: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^([0-9][0-9.,]*(?:\s*[~–-]\s*[0-9][0-9.,]*)?)\s*(?:\(\s*([0-9.][0-9.,]*(?:\s*[~–-]\s*[0-9.][0-9.,]*)?)\s*\))?$")
                .expect("valid regex")
        });
        let c = DIM.captures(v.trim())?;
        let main = format!("{} {}", &c[1], self.main);
        Some(match (c.get(2), self.alt) {
            (Some(a), Some(alt)) => format!("{main} ({} {alt})", a.as_str()),
            (Some(a), None) => format!("{main} ({})", a.as_str()),
            (None, _) => main,
        })
    }
}

/// `text` holds `dimension` in any case: the test [`DimensionUnit::stated`] starts with,
/// without lower-casing (no other character lower-cases to these ASCII letters).
pub(crate) fn says_dimension(text: &str) -> bool {
    let b = text.as_bytes();
    // (most cells are shorter than the word: no search started)
    b.len() >= 9
        && memchr::memchr2_iter(b'd', b'D', b).any(|i| {
            b.get(i..i + 9)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"dimension"))
        })
}

/// Where a text says `dimension` in any case, as `(offset, length)`, from the text with
/// ASCII lower-cased (`lower`): the cells [`says_dimension`] is true of, found in one
/// search over all of them.
pub(crate) fn dimension_words(lower: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    memchr::memmem::find_iter(lower.as_bytes(), "dimension").map(|i| (i, 9))
}

/// How many words `t` holds, as `split_whitespace().count()`; counted on the bytes of an
/// ASCII text (most cells), as word starts: `split_whitespace` decodes every character.
fn word_count(t: &str) -> usize {
    if !t.is_ascii() {
        return t.split_whitespace().count();
    }
    let mut after_space = true;
    t.bytes()
        .filter(|&b| {
            let space = matches!(b, b' ' | b'\t'..=b'\r');
            let starts = after_space && !space;
            after_space = space;
            starts
        })
        .count()
}

/// `condition` in a header word (a finder built once: a `str::contains` sets up its
/// substring search on every call, and this runs on nearly every header and text cell).
static CONDITION: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("condition"));

/// Whether a cell may name a role ([`word_role`]): a word of it (at its start, or after
/// whitespace or a `*`) begins as a role name's word does, or it holds `condition` in any
/// case. `ascii`: the cell is ASCII.
fn role_word_start(b: &[u8], ascii: bool) -> bool {
    // In a cell with other characters, one of them may be a space (`\u{a0}`) that cleaning
    // turns into `' '`: a word may start after any of them. Lower-casing turns two of them
    // into ASCII letters: `İ` into `i` and a combining dot, which starts no role word, and
    // the Kelvin sign into `k`, which could (a cell holding it is not ruled out).
    if !ascii && memchr::memmem::find(b, "\u{212A}".as_bytes()).is_some() {
        return true;
    }
    let starts = (0..b.len()).any(|i| {
        (i == 0 || matches!(b[i - 1], b' ' | b'\t'..=b'\r' | b'*' | 0x80..))
            && b.get(i..i + 3).is_some_and(|w| {
                matches!(
                    [w[0], w[1], w[2]].map(|c| c.to_ascii_lowercase()),
                    [b'm', b'i', b'n']
                        | [b't', b'y', b'p']
                        | [b'n', b'o', b'm']
                        | [b'm', b'a', b'x']
                        | [b'u', b'n', b'i']
                        | [b'e', b'i', b'n']
                        | [b'd', b'i', b'm']
                        | [b's', b'y', b'm']
                        | [b'f', b'o', b'r']
                        | [b'v', b'a', b'l']
                        | [b'r', b'a', b't']
                        | [b'l', b'i', b'm']
                        | [b'w', b'e', b'r']
                        | [b's', b'p', b'e']
                        | [b'r', b'e', b'q']
                        | [b'p', b'a', b'r']
                        | [b'c', b'h', b'a']
                        | [b'i', b't', b'e']
                        | [b'd', b'e', b's']
                        | [b't', b'e', b's']
                        | [b't', b'h', b'e']
                        | [b'p', b'r', b'o']
                        | [b'f', b'e', b'a']
                        | [b'b', b'e', b'z']
                        | [b'm', b'e', b'r']
                        | [b'a', b't', b't']
                        | [b'r', b'e', b'm']
                        | [b'n', b'o', b't']
                        | [b'c', b'o', b'm']
                        | [b'b', b'e', b'm']
                        | [b's', b'i', b'z']
                        | [b't', b'o', b'l']
                        | [b'm', b'a', b'r']
                        | [b'b', b'e', b'd']
                        | [b'k', b'e', b'n']
                )
            })
    });
    starts
        || super::bytes::any(
            b,
            |h| super::bytes::find2(b'c', b'C', h),
            |i| {
                b.get(i..i + 9)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"condition"))
            },
        )
}

/// The role a header word names, if any.
fn word_role(header: &str) -> Option<Role> {
    // (a cell that starts and ends in a printable ASCII character, most, has no white
    // space to trim: told on two bytes, as this runs on every cell of a table's first rows)
    let b = header.as_bytes();
    let t = if b.first().is_some_and(u8::is_ascii_graphic)
        && b.last().is_some_and(u8::is_ascii_graphic)
    {
        header
    } else {
        header.trim()
    };
    // A header cell over two lines (`8056A<br>Max`): the lower line names the column.
    // A value over a limit word (`3°C/second<br>maximum`, `20 seconds<br>maximum`) is a
    // body cell; a variant name over it (`55A/AD<br>Typ`) is a header cell.
    let value_above = |first: &str| value_like(first) && first.contains([' ', '°', '%', 'µ']);
    // (`rsplit_once('\n')` as a byte search: this runs on every cell of every table row;
    // a short cell's bytes are walked, a long one's searched)
    // (a cell is first searched for any line break a word at a time: most hold none)
    let newline = if t.len() > 48 {
        memchr::memrchr(b'\n', t.as_bytes())
    } else if super::bytes::find(b'\n', t.as_bytes()).is_some() {
        t.bytes().rposition(|b| b == b'\n')
    } else {
        None
    };
    let lines = newline.map(|i| (&t[..i], &t[i + 1..]));
    if let Some((_, last)) = lines.filter(|(f, _)| !value_above(f)) {
        if let Some(r) = word_role(last) {
            return Some(r);
        }
    }
    // Role words are short and never start with a digit: most cells are ruled out here,
    // before any cleaning (this runs on every cell of every table row).
    if t.is_empty() || t.len() > 48 || t.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // Every role name below begins with a word that starts the cell (`Max`, `Rated value`)
    // or that follows a space (`Test Item`), or holds `condition`: a cell where no word
    // starts as one of them (`Supply voltage (V)`, `Größe`) names no role, told before it
    // is cleaned and lower-cased. (Cleaning and lower-casing only drop text and change
    // case: the words they leave start where they did.) This test rules out the most
    // cells, so it is made before the two counts below.
    let ascii = t.is_ascii();
    if !role_word_start(t.as_bytes(), ascii) {
        return None;
    }
    if word_count(t) > 5 {
        return None;
    }
    // Every role word has three letters or more, and cleaning and lower-casing add none: a
    // cell with fewer (`-`, `±0.5`, `(1)`, `V`, `-40 to 85`) names no role.
    let letters = if ascii {
        t.bytes().filter(u8::is_ascii_alphabetic).count()
    } else {
        t.chars().filter(|c| c.is_alphabetic()).count()
    };
    if letters < 3 {
        return None;
    }
    // Footnote markers are cleaned only where one can stand (the end is not a letter).
    let plain = t.ends_with(|c: char| c.is_alphabetic() || c == '.');
    // An ASCII cell (at most 48 bytes here) is lower-cased on the stack.
    let mut buf = [0u8; 48];
    let owned;
    let h: &str = if plain && t.is_ascii() {
        let b = &mut buf[..t.len()];
        b.copy_from_slice(t.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(b).unwrap_or_default()
    } else {
        // (lower-cased by ASCII runs, as `str::to_lowercase` would: see `lowercase_text`)
        owned = if plain {
            super::lowercase_text(t)
        } else {
            super::lowercase_text(&clean_label(t))
        };
        &owned
    };
    let h = h.trim().trim_end_matches(['.', ':']).trim();
    // the word after the last space, for the names that end in a role word (found by a
    // byte search: `rsplit_once(' ')` sets up a searcher, and this runs on most cells)
    let last_word = memchr::memrchr(b' ', h.as_bytes()).map(|i| &h[i + 1..]);
    Some(match h {
        "min" | "minimum" | "min value" => Role::Min,
        "typ" | "typical" | "nom" | "nominal" | "typ value" => Role::Typ,
        "max" | "maximum" | "max value" => Role::Max,
        "unit" | "units" | "einheit" | "unit of measure" | "dim" | "dimension unit" => Role::Unit,
        "symbol" | "sym" | "symbols" | "formelzeichen" => Role::Symbol,
        "value" | "values" | "rating" | "ratings" | "limit" | "limits" | "wert" | "werte"
        | "specification" | "specifications" | "spec" | "rated value" | "max rating"
        | "maximum rating" | "maximum ratings" | "requirement" | "requirements" => Role::Value,
        "parameter" | "parameters" | "characteristic" | "characteristics" | "item" | "items"
        | "description" | "test" | "thermal metric" | "property" | "properties" | "feature"
        | "features" | "kenngröße" | "bezeichnung" | "merkmal" | "attribute" => Role::Label,
        "remark" | "remarks" | "note" | "notes" | "comment" | "comments" | "bemerkung" => {
            Role::Other
        }
        "dimension" | "dimensions" | "size" => Role::Value,
        "tolerance" | "tolerances" | "tol" | "toleranz" => Role::Tolerance,
        "mark" => Role::Symbol,
        _ if matches!(last_word, Some("description" | "parameter")) => Role::Label,
        // `Profile Feature`, `Test Item`: a short name ending in a parameter word.
        _ if matches!(last_word, Some("feature" | "features" | "item" | "items"))
            && h.split_whitespace().count() <= 3 =>
        {
            Role::Label
        }
        _ if last_word == Some("mark") && h.split_whitespace().count() == 2 => Role::Symbol,
        _ if CONDITION.find(h.as_bytes()).is_some() || h == "bedingung" || h == "bedingungen" => {
            Role::Condition
        }
        _ => return None,
    })
}

/// Whether a header cell names the parameter column (`Parameter`, `Profile Feature`).
pub(crate) fn names_parameters(cell: &str) -> bool {
    word_role(cell) == Some(Role::Label)
}

/// Whether a cell names a column of values (`Value`, `Rating`, `Typ.`, `Wert`).
pub(crate) fn names_values(cell: &str) -> bool {
    matches!(
        word_role(cell),
        Some(Role::Value | Role::Min | Role::Typ | Role::Max)
    )
}

/// Footnote markers and decoration that are not part of a label: `(1)`, `(Notes 2, 3)`,
/// `Note.2`, superscript digits, a trailing `*`.
static FOOTNOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:\s*(?:\((?:Notes?\s*\d{1,2}(?:\s*,\s*\d{1,2})*|\d{1,2}(?:,\s+\d{1,2})*|[a-h])\)|(?-u:\b)Note\s*\.?\s*\d{1,2}|\*\d?|[¹²³⁴⁵⁶⁷⁸⁹⁰]+))+\s*$",
    )
    .expect("valid regex")
});

/// A label as printed, without footnote markers or line breaks.
pub(crate) fn clean_label(s: &str) -> String {
    let one = if super::bytes::find(b'\n', s.as_bytes()).is_some() {
        std::borrow::Cow::Owned(s.replace('\n', " "))
    } else {
        std::borrow::Cow::Borrowed(s)
    };
    // (a label that starts and ends in a printable ASCII character other than `*`, most,
    // has nothing to trim: told on two bytes)
    let edge = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_graphic() && b != b'*');
    let one = if edge(one.as_bytes().first()) && edge(one.as_bytes().last()) {
        &one
    } else {
        one.trim().trim_matches('*').trim()
    };
    // Only a label ending in `)`, a digit, `*` or a superscript can carry a marker; and
    // what ends the last marker settles most labels before the pattern is searched: a
    // `)` closes a number or a letter `a`..`h` (`Voltage (V)` holds none), a digit ends
    // `*3` or a `Note 2` (`IEC 61000-4-2` holds none).
    let mut tail = one.chars().rev();
    let marked = match (tail.next(), tail.next()) {
        (Some(')'), Some(c)) => c.is_ascii_digit() || ('a'..='h').contains(&c) || !c.is_ascii(),
        (Some('0'..='9'), before) => {
            before == Some('*') || memchr::memmem::find(one.as_bytes(), b"Note").is_some()
        }
        (Some(c), _) => matches!(c, '*' | '¹' | '²' | '³' | '⁴'..='⁹' | '⁰'),
        (None, _) => false,
    };
    let cut = marked
        .then(|| FOOTNOTE.find(one).map(|m| m.start()))
        .flatten()
        .filter(|&i| i > 0)
        // `mm²`: the power of a unit stays, a marker after it goes.
        .map(|i| i + unit_power(&one[..i], &one[i..]))
        .unwrap_or(one.len());
    let kept = &one[..cut];
    // Most labels are single-spaced already: copied as they are.
    // (an ASCII label on its bytes, whose whitespace is `' '` and `\t`..=`\r`)
    let mut prev_space = true;
    let single_spaced = if kept.is_ascii() {
        kept.bytes().all(|b| {
            let space = matches!(b, b' ' | b'\t'..=b'\r');
            let ok = !space || b == b' ' && !prev_space;
            prev_space = space;
            ok
        })
    } else {
        kept.chars().all(|c| {
            let ok = !c.is_whitespace() || c == ' ' && !prev_space;
            prev_space = c.is_whitespace();
            ok
        })
    } && !prev_space;
    let label = if single_spaced {
        kept.to_string()
    } else {
        kept.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let label = unglue_symbols(label);
    // (`) ` found by a byte search for `)`: a `&str` pattern sets up a substring search)
    let b = label.as_bytes();
    if super::bytes::any(
        b,
        |h| super::bytes::find(b')', h),
        |i| b.get(i + 1) == Some(&b' '),
    ) {
        return drop_inner_markers(&label);
    }
    label
}

/// A symbol printed with a subscript runs into the next word where a converter drops the
/// space after the subscript (`Time(tS)from TSminto TSmax`, `Ramp-Up Rate (TLto TP)`):
/// a word of two or more capitals, then lower-case letters that end in `to`, `for`,
/// `and`, `from` or `of`, is the symbol and that word.
fn unglue_symbols(label: String) -> String {
    const JOINS: [&str; 5] = ["to", "for", "and", "from", "of"];
    // the join word a glued word ends in (on the word's bytes: words are cut at ASCII
    // spaces by a byte split, which sets up no search per word as `str::split` does)
    let glued = |w: &[u8]| {
        let b = &w[w.iter().take_while(|&&c| c == b'(' || c == b'[').count()..];
        if b.len() < 4
            || !b[0].is_ascii_uppercase()
            || !b[1].is_ascii_uppercase()
            || !b.iter().all(u8::is_ascii_alphanumeric)
        {
            return None;
        }
        JOINS
            .iter()
            .find(|j| b.len() >= j.len() + 2 && b.ends_with(j.as_bytes()))
    };
    if !label
        .as_bytes()
        .split(|&c| c == b' ')
        .any(|w| glued(w).is_some())
    {
        return label;
    }
    let mut out = String::with_capacity(label.len() + 4);
    for (i, w) in label.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        match glued(w.as_bytes()) {
            Some(j) => {
                out.push_str(&w[..w.len() - j.len()]);
                out.push(' ');
                out.push_str(j);
            }
            None => out.push_str(w),
        }
    }
    out
}

/// `mm²`, `cm³`: the power of a unit of length, not a footnote marker. Its length in
/// bytes at the start of `tail` when `head` ends in such a unit, else 0.
fn unit_power(head: &str, tail: &str) -> usize {
    let unit = ["m", "in", "ft"].iter().any(|u| head.ends_with(u));
    match tail.chars().next() {
        Some(c @ ('²' | '³')) if unit => c.len_utf8(),
        _ => 0,
    }
}

/// A footnote marker inside a label that was printed over several lines (`max.
/// Capacitive Load(2) [µF]`): a bracketed number of one or two digits right after a
/// word, before the next word.
fn drop_inner_markers(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    let mut rest = label;
    while let Some(i) = rest.find('(') {
        let (head, tail) = (&rest[..i], &rest[i..]);
        let marker = tail
            .find(')')
            .filter(|&j| (2..=3).contains(&j) && tail[1..j].bytes().all(|b| b.is_ascii_digit()))
            .filter(|&j| tail[j + 1..].starts_with(' '))
            .filter(|_| head.chars().last().is_some_and(char::is_alphabetic));
        out.push_str(head);
        match marker {
            Some(j) => rest = &tail[j + 1..],
            None => {
                out.push('(');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A cell that holds only a footnote marker (`Note.4`, `(2)`, `*3`).
fn footnote_only(s: &str) -> bool {
    let t = s.trim();
    // A marker starts with `(`, `Note`, `*` or a superscript: most cells are ruled out by
    // their first character, before the pattern is searched.
    t.starts_with([
        '(', 'N', '*', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰',
    ]) && FOOTNOTE.find(t).is_some_and(|m| m.start() == 0)
}

/// A cell that holds only a number (signs, decimal comma, `±`, footnote aside).
pub(crate) fn is_number(s: &str) -> bool {
    // A cell that starts with a letter (most text cells) is none, told before the trims
    // (no letter is trimmed off below).
    if s.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let t = s.trim();
    let t = t.trim_start_matches(['±', '+', '-', '–', '−', '―', '<', '>', '≤', '≥', ' ']);
    !t.is_empty()
        && t.chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == '.')
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' '))
}

/// A cell that is a value: it has a digit somewhere near its start.
fn has_digit(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit())
}

fn is_dash(s: &str) -> bool {
    matches!(
        s.trim(),
        "-" | "–" | "—" | "―" | "ー" | "-ー" | "/" | "n/a" | "N/A" | "NA" | "…"
    )
}

/// `s` with its line breaks as spaces. Most cells hold none: they are copied as they
/// are, without a search-and-replace pass (told a word at a time: cells are short).
fn one_line(s: &str) -> String {
    if super::bytes::find(b'\n', s.as_bytes()).is_some() {
        s.replace('\n', " ")
    } else {
        s.to_string()
    }
}

/// A cell of `line` holds only a number: the line is a body row, not a header row.
fn has_number(line: &Line) -> bool {
    line.cells.iter().any(|c| is_number(c))
}

/// Whether `line`, a line without numbers whose cells name `roles`, reads as a header row:
/// at least two cells name a role, or one names a numeric role (Min/Typ/Max/Unit/Value).
fn names_columns(line: &Line, roles: impl Iterator<Item = Option<Role>>) -> bool {
    // Only how many cells name a role, and whether one is numeric or the label, matter:
    // counted as the cells are looked up (this runs on every body row too), not collected.
    let (mut roles_named, mut numeric, mut label) = (0, false, false);
    for r in roles.flatten() {
        roles_named += 1;
        numeric |= matches!(
            r,
            Role::Min | Role::Typ | Role::Max | Role::Unit | Role::Value
        );
        label |= r == Role::Label;
    }
    // `Item | Symbol | AQY211EH(A) | AQY212EH(A)`: a parameter column and product columns.
    // `MODEL | | RS-15-3.3 | RS-15-5`: a first cell naming products does the same.
    // (told only when the roles do not already name columns)
    let products = || {
        // (a variant name holds a digit and two capitals: a line with fewer than two such
        // cells, most, names no products, told on their bytes before any name is read)
        let candidates = line.cells.iter().filter(|c| variant_bytes(c)).count();
        if candidates < 2 {
            return false;
        }
        let names_rows = label
            || line
                .cells
                .iter()
                .find(|c| !c.trim().is_empty())
                .is_some_and(|c| names_products(c));
        names_rows && line.cells.iter().filter(|c| variant_id(c)).count() >= 2
    };
    numeric && (roles_named >= 2 || line.filled() <= 2) || products()
}

/// The roles the cells of a table's first lines name, each line looked up once and only
/// when asked: the header is searched for over the same lines in several ways (a role row
/// and the rows that continue it, an offset header, a feature header), and the first body
/// rows are tested again for a repeated header.
struct LeadRoles<'a> {
    lines: &'a [Line],
    roles: Vec<std::cell::OnceCell<Vec<Option<Role>>>>,
}

impl<'a> LeadRoles<'a> {
    /// How many first lines the header search reads: a role row among the first five, and
    /// the four lines that may continue it.
    const LINES: usize = 9;

    fn new(lines: &'a [Line]) -> Self {
        let n = lines.len().min(Self::LINES);
        Self {
            lines,
            roles: (0..n).map(|_| std::cell::OnceCell::new()).collect(),
        }
    }

    /// The role each cell of line `k` (one of the first [`Self::LINES`]) names.
    fn of(&self, k: usize) -> &[Option<Role>] {
        self.roles[k].get_or_init(|| self.lines[k].cells.iter().map(|c| word_role(c)).collect())
    }

    /// Whether line `k` reads as a header row: it holds no number, and its cells name
    /// columns ([`names_columns`]).
    fn header_like(&self, k: usize) -> bool {
        let line = &self.lines[k];
        // Body rows hold numbers: ruled out before any cell is looked up as a role word.
        if has_number(line) {
            return false;
        }
        match self.roles.get(k) {
            Some(_) => names_columns(line, self.of(k).iter().copied()),
            None => names_columns(line, line.cells.iter().map(|c| word_role(c))),
        }
    }
}

/// An optional suffix letter after a part number (`AQY212EH(A)`, `AQY212EH ( A )`: with or
/// without the terminal-shape letter): the variant is the part number.
static OPTIONAL_SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\(\s*[A-Z]{1,2}\s*\)\s*$").expect("valid regex"));

/// Compiles this module's patterns now (see [`crate::warm_up`]).
pub(crate) fn warm_up() {
    LazyLock::force(&FOOTNOTE);
    LazyLock::force(&OPTIONAL_SUFFIX);
    LazyLock::force(&CONDITION);
}

/// Whether `c` holds a digit and two ASCII capitals, as every [`variant_id`] does.
fn variant_bytes(c: &str) -> bool {
    let b = c.as_bytes();
    let digits = b.iter().filter(|x| x.is_ascii_digit()).count();
    let upper = b.iter().filter(|x| x.is_ascii_uppercase()).count();
    digits > 0 && (upper >= 2 || upper == 1 && one_letter_code(b, digits))
}

/// A model code of one capital and four digits or more, the capital first (`G05030@`,
/// `B0402`): a name, where `1000V` is a quantity.
fn one_letter_code(b: &[u8], digits: usize) -> bool {
    digits >= 4 && b.first().is_some_and(u8::is_ascii_uppercase) && !b.contains(&b' ')
}

/// A column header naming a product variant: capitals and digits (`AQY212EH(A)`,
/// `RS-15-5`, `TCAN33x`).
fn variant_id(c: &str) -> bool {
    // A digit and two capitals, told on the cell's bytes before the suffix is searched
    // for: removing the suffix only drops text, so a cell without them names no variant
    // (most cells).
    if !variant_bytes(c) {
        return false;
    }
    let c = OPTIONAL_SUFFIX.replace(c.trim(), "");
    let c = c.trim();
    // `60 V DC` is a quantity: a name that starts with a digit is one word (`2N7002`).
    if c.starts_with(|ch: char| ch.is_ascii_digit()) && c.contains(char::is_whitespace) {
        return false;
    }
    let upper = c.chars().filter(char::is_ascii_uppercase).count();
    let digits = c.bytes().filter(u8::is_ascii_digit).count();
    digits > 0
        && (upper >= 2 || upper == 1 && one_letter_code(c.as_bytes(), digits))
        && c.chars().count() <= 24
        && c.split_whitespace().count() <= 3
        && !is_number(c)
}

/// The roles and header texts of a table's columns, and the rows that make the header.
struct Header {
    roles: Vec<Role>,
    /// Header text per column (all header rows joined).
    names: Vec<String>,
    /// Variant per column for repeated limit groups (`INA219A MIN TYP MAX INA219B …`).
    group_variant: Vec<Option<String>>,
    /// Index of the first body row.
    body: usize,
    /// The variant columns are named in words (`Pb-Free Assembly`), checked against the
    /// values under them, not by how part numbers look.
    worded: bool,
}

/// `| | Brass Terminals | Phos Bronze Terminals |` over `| Operating Temperature | -40 to
/// +80 °C | -40 to +105 °C |`: a first line that leaves the label column blank and names
/// every other column in words, over rows of a label and values. The columns are the
/// variants the values belong to.
fn offset_header(lead: &LeadRoles) -> Option<Header> {
    let (head, body) = lead.lines.split_first()?;
    let width = head.cells.len();
    let named = head
        .cells
        .iter()
        .skip(1)
        .filter(|c| !c.trim().is_empty())
        .count();
    let ok = width >= 3
        && head.cells[0].trim().is_empty()
        && named == width - 1
        && head.cells.iter().enumerate().skip(1).all(|(i, c)| {
            has_letter(c)
                && !has_digit(c)
                && c.chars().count() <= 32
                && lead.of(0)[i].is_none()
                && !c.contains(['(', '['])
        })
        && !body.is_empty()
        && body.iter().all(|l| {
            let value = |c: &String| {
                c.trim_start()
                    .starts_with(|ch: char| ch.is_ascii_digit() || "+-–−±<>≤≥".contains(ch))
            };
            l.cells.len() == width
                && l.cells.first().is_some_and(|c| {
                    c.starts_with(char::is_alphabetic) && !variant_id(c) && c.chars().count() <= 60
                })
                && l.cells.iter().skip(1).any(value)
        });
    if !ok {
        return None;
    }
    let mut roles = vec![Role::Variant; width];
    roles[0] = Role::Label;
    Some(Header {
        roles,
        names: head.cells.iter().map(|c| c.trim().to_string()).collect(),
        group_variant: vec![None; width],
        body: 1,
        worded: false,
    })
}

/// `Servo motor model R88M-@ | | G05030@ | G10030@ | …` over `Rated torque | N·m | 0.16 |
/// 0.32 | …`: a line (one of the first three; title lines above it are passed over) that
/// names a thing in its first cell and then only model codes, distinct, three or more,
/// over rows of a label and numbers. The columns of codes are variants; a column between
/// the label and the first code that the rows fill with short words is their unit.
fn model_header(lead: &LeadRoles) -> Option<Header> {
    let lines = lead.lines;
    (0..lines.len().min(3)).find_map(|h| {
        let head = &lines[h];
        let width = head.cells.len();
        let first = head.cell(0);
        if width < 4 || !first.starts_with(char::is_alphabetic) || variant_id(first) {
            return None;
        }
        let mut models = Vec::new();
        for i in 1..width {
            match head.cell(i) {
                "" => {}
                c if variant_id(c) => models.push(i),
                _ => return None,
            }
        }
        let names: std::collections::HashSet<&str> = models.iter().map(|&i| head.cell(i)).collect();
        if models.len() < 3 || names.len() < models.len() {
            return None;
        }
        let body = &lines[h + 1..];
        let rows = body
            .iter()
            .filter(|l| {
                l.cell(0).starts_with(char::is_alphabetic)
                    && models.iter().filter(|&&i| is_number(l.cell(i))).count() >= 2
            })
            .count();
        if rows < 2 || rows * 2 < body.len() {
            return None;
        }
        // (pin numbers per package, `TXD | 1 | 1 | 1`, are an assignment, not values)
        let pins = body.iter().all(|l| {
            models
                .iter()
                .map(|&i| l.cell(i))
                .filter(|c| !c.is_empty() && !is_dash(c))
                .all(|c| c.len() <= 2 && c.bytes().all(|b| b.is_ascii_digit()))
        });
        if pins {
            return None;
        }
        let mut roles = vec![Role::Other; width];
        roles[0] = Role::Label;
        for &i in &models {
            roles[i] = Role::Variant;
        }
        for (i, role) in roles.iter_mut().enumerate().take(models[0]).skip(1) {
            let filled: Vec<&str> = body
                .iter()
                .map(|l| l.cell(i))
                .filter(|c| !c.is_empty())
                .collect();
            let unit_like = |c: &&str| !is_number(c) && c.chars().count() <= 16;
            if !filled.is_empty()
                && filled.iter().filter(|c| unit_like(c)).count() * 3 >= filled.len() * 2
            {
                *role = Role::Unit;
            }
        }
        Some(Header {
            roles,
            names: head.cells.iter().map(|c| c.trim().to_string()).collect(),
            group_variant: vec![None; width],
            body: h + 1,
            worded: false,
        })
    })
}

/// A cell that starts like a value: a digit, a sign, a comparison or `~`.
fn value_like(c: &str) -> bool {
    // (the signs matched as characters: a `str::contains` of the sign list searches it)
    c.trim_start().starts_with(|ch: char| {
        ch.is_ascii_digit()
            || matches!(
                ch,
                '+' | '-' | '–' | '−' | '±' | '<' | '>' | '≤' | '≥' | '~' | '≈'
            )
    })
}

/// `Profile Feature | | Pb-Free Assembly | Sn-Pb Assembly` over `Preheat Temperature Min |
/// Ts min | 100 °C | 100 °C`: a header whose first cell names the parameter column and
/// whose other cells name, in words, the variants the values belong to. The words are not
/// part numbers, so the values under each named column must read as values. A second
/// header row that names every variant column again, its label cell blank or a stray
/// letter (`Termination Finish` spanning `SnPb | 100% Matte Sn`), names them more closely.
fn feature_header(lead: &LeadRoles) -> Option<Header> {
    let lines = lead.lines;
    let h = (0..lines.len().min(3)).position(|k| lead.of(k).contains(&Some(Role::Label)))?;
    if lines[..h]
        .iter()
        .flat_map(|l| &l.cells)
        .any(|c| is_number(c))
    {
        return None;
    }
    let head = &lines[h];
    let label = head.cells.iter().position(|c| !c.trim().is_empty())?;
    if lead.of(h)[label] != Some(Role::Label) {
        return None;
    }
    let named: Vec<usize> = (label + 1..head.cells.len())
        .filter(|&i| !head.cells[i].trim().is_empty())
        .collect();
    // cell `i` of line `k`, a name in words
    let worded = |k: usize, i: usize| {
        let c = lines[k].cells[i].trim();
        has_letter(c)
            && !is_number(c)
            && lead.of(k)[i].is_none()
            && c.chars().count() <= 32
            && c.split_whitespace().count() <= 4
    };
    if named.len() < 2 || !named.iter().all(|&i| worded(h, i)) {
        return None;
    }
    let mut names: Vec<String> = head.cells.iter().map(|c| c.trim().to_string()).collect();
    let mut body = h + 1;
    if let Some(next) = lines.get(body) {
        let stray = next
            .cells
            .get(label)
            .is_none_or(|c| c.trim().chars().count() <= 1);
        if stray
            && named
                .iter()
                .all(|&i| i < next.cells.len() && worded(body, i))
        {
            for &i in &named {
                names[i] = next.cells[i].trim().to_string();
            }
            body += 1;
        }
    }
    let rows = &lines[body..];
    let values = |i: usize| {
        let filled: Vec<&str> = rows
            .iter()
            .filter_map(|l| l.cells.get(i).map(|c| c.trim()))
            .filter(|c| !c.is_empty())
            .collect();
        filled.len() >= 2 && filled.iter().filter(|c| value_like(c)).count() * 2 >= filled.len()
    };
    if !named.iter().all(|&i| values(i)) {
        return None;
    }
    let width = lines.iter().map(|l| l.cells.len()).max().unwrap_or(0);
    let last = *named.last()?;
    let roles = (0..width)
        .map(|i| {
            if i < label {
                Role::Group
            } else if i == label {
                Role::Label
            } else if named.contains(&i) {
                Role::Variant
            } else if i > last {
                Role::Other
            } else if rows
                .iter()
                .filter_map(|l| l.cells.get(i))
                .all(|c| c.trim().chars().count() <= 12 && c.split_whitespace().count() <= 2)
            {
                // A narrow unnamed column beside the parameter: its symbol (`Ts min`).
                Role::Symbol
            } else {
                Role::SubCondition
            }
        })
        .collect();
    names.resize(width, String::new());
    Some(Header {
        roles,
        names,
        group_variant: vec![None; width],
        body,
        worded: true,
    })
}

/// Whether `lines` open with a header that names columns (within the first lines) and
/// fits the rows under it, if any: most of them fill its parameter column.
pub(crate) fn header_at(lines: &[Line]) -> bool {
    let Some(h) = find_header(&LeadRoles::new(lines)).filter(|h| h.body <= 4) else {
        return false;
    };
    let Some(label) = h.roles.iter().position(|r| *r == Role::Label) else {
        return false;
    };
    let body: Vec<&Line> = lines[h.body..].iter().filter(|l| l.filled() > 0).collect();
    let labelled = body
        .iter()
        .filter(|l| l.cells.get(label).is_some_and(|c| !c.trim().is_empty()))
        .count();
    // A header that ends the block heads the rows of the next one.
    labelled * 3 >= body.len() * 2
}

fn find_header(lead: &LeadRoles) -> Option<Header> {
    let lines = lead.lines;
    let Some(h) = (0..lines.len().min(5)).position(|k| lead.header_like(k)) else {
        return offset_header(lead)
            .or_else(|| feature_header(lead))
            .or_else(|| model_header(lead));
    };
    let width = lines.iter().map(|l| l.cells.len()).max().unwrap_or(0);
    // Rows above the role row that hold no numbers are part of the header (a title row,
    // the first half of a two-line header).
    let mut start = h;
    while start > 0 && !lines[start - 1].cells.iter().any(|c| is_number(c)) {
        start -= 1;
    }
    let mut roles: Vec<Option<Role>> = lead.of(h).to_vec();
    roles.resize(width, None);
    // Rows below it continue the header while they hold role words, or hold no number
    // and leave the parameter columns empty (`| | 8 PINS | 8 PINS | |`).
    let mut end = h + 1;
    while end < lines.len() && end < h + 5 {
        let l = &lines[end];
        // (the roles of a line with a number are looked up only if it continues the
        // header: most lines here are the first body row)
        let more = (!has_number(l)).then(|| lead.of(end));
        let has_roles = more
            .as_ref()
            .is_some_and(|m| m.iter().flatten().count() >= 2);
        let first_empty = l.cell(0).is_empty() && l.cell(1).is_empty();
        let no_numbers = !l.cells.iter().any(|c| is_number(c) || c.contains('±'));
        let short = l.cells.iter().all(|c| c.chars().count() <= 24);
        let quiet = first_empty && l.filled() > 0 && no_numbers && short;
        // The second line of a header that wraps every column name
        // (`Nominal | Nominal` over `Voltage | Current` over `(VDC) | (mA)`).
        let wrapped = !l.cells.iter().any(|c| has_digit(c))
            && short
            && l.filled() * 2 > width
            && l.filled() >= 3;
        // `Coil` alone under `| | Coil | Nominal |`: the first column's name, wrapped.
        let first_only = l.filled() == 1
            && !l.cell(0).is_empty()
            && !has_digit(l.cell(0))
            && short
            && lines
                .get(end + 1)
                .is_some_and(|n| !n.cells.iter().any(|c| is_number(c)));
        if !(has_roles || quiet || wrapped || first_only) {
            break;
        }
        // (a column past the line's last cell keeps its role: the line names nothing there)
        let more = more.unwrap_or_else(|| lead.of(end));
        for (i, (r, &m)) in roles.iter_mut().zip(more).enumerate() {
            // A numeric role named on a lower header row wins over a label word above it.
            if m.is_some() && (r.is_none() || *r == Some(Role::Label)) {
                *r = m;
            } else if m.is_none()
                && !l.cell(i).is_empty()
                && matches!(r, Some(Role::Min | Role::Typ | Role::Max | Role::Value))
                && !l.cell(i).starts_with(['(', '['])
            {
                // `Nominal` continued by `Voltage`: a column name, not the Typ column.
                *r = None;
            }
        }
        end += 1;
    }
    let names: Vec<String> = (0..width)
        .map(|i| {
            lines[start..end]
                .iter()
                .map(|l| l.cell(i))
                .filter(|c| !c.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    // Repeated limit columns: each group is a variant named by the header text above it.
    let limit_count = roles
        .iter()
        .filter(|r| matches!(r, Some(Role::Min | Role::Typ | Role::Max)))
        .count();
    let distinct = [Role::Min, Role::Typ, Role::Max]
        .iter()
        .filter(|k| roles.contains(&Some(**k)))
        .count();
    let mut group_variant = vec![None; width];
    if limit_count > distinct && distinct > 0 {
        for (i, r) in roles.iter().enumerate() {
            if !matches!(r, Some(Role::Min | Role::Typ | Role::Max)) {
                continue;
            }
            // The nearest non-role header text at or left of this column, above the role row.
            'find: for l in lines[start..end].iter() {
                for j in (0..=i).rev() {
                    let c = l.cell(j);
                    if !c.is_empty() && word_role(c).is_none() {
                        group_variant[i] = Some(clean_label(c));
                        break 'find;
                    }
                    if j < i && matches!(roles[j], Some(Role::Label | Role::Condition)) {
                        break;
                    }
                }
            }
        }
        if group_variant
            .iter()
            .flatten()
            .collect::<std::collections::HashSet<_>>()
            .len()
            < 2
        {
            group_variant = vec![None; width];
        }
    }
    Some(Header {
        roles: assign_roles(&roles, &names, &lines[end..]),
        names,
        group_variant,
        body: end,
        worded: false,
    })
}

/// Roles for every column: the named ones, then the unnamed ones by position.
#[allow(
    clippy::needless_range_loop,
    reason = "each column is looked up in three parallel slices"
)]
fn assign_roles(named: &[Option<Role>], names: &[String], body: &[Line]) -> Vec<Role> {
    let width = named.len();
    let value_role = |r: Option<Role>| {
        matches!(
            r,
            Some(Role::Min | Role::Typ | Role::Max | Role::Value | Role::Unit)
        )
    };
    let first_value = (0..width).find(|&i| value_role(named[i])).unwrap_or(width);
    let has_limits = named
        .iter()
        .any(|r| matches!(r, Some(Role::Min | Role::Typ | Role::Max)));
    let has_value = named.contains(&Some(Role::Value));
    let wordy = |i: usize| {
        body.iter()
            .filter_map(|l| l.cells.get(i))
            .filter(|c| {
                has_letter(c)
                    && !is_number(c)
                    && c.chars().filter(|c| c.is_alphabetic()).count() >= 3
            })
            .count()
    };
    let mut roles: Vec<Role> = named.iter().map(|r| r.unwrap_or(Role::Other)).collect();
    // "Rating" names the label column when another column holds the values.
    let values = roles.iter().filter(|r| **r == Role::Value).count();
    if values >= 2 || (has_limits && has_value) {
        if let Some(i) = (0..width).find(|&i| roles[i] == Role::Value && i < first_value.max(1)) {
            roles[i] = Role::Label;
        }
    }
    if values >= 2 && !has_limits {
        let first = roles.iter().position(|r| *r == Role::Value);
        if let Some(f) = first {
            if (0..f).all(|i| roles[i] != Role::Label) {
                roles[f] = Role::Label;
            }
        }
    }
    let label = match roles.iter().position(|r| *r == Role::Label) {
        Some(i) => i,
        None => {
            // The unnamed column left of the numbers with the most wordy cells.
            let cands: Vec<usize> = (0..first_value.min(width))
                .filter(|&i| named[i].is_none() || named[i] == Some(Role::Other))
                .filter(|&i| !names[i].lines().next().is_some_and(variant_id))
                .collect();
            // Symbols (`tBUS`) are wordy too: on a tie, the column with more letters.
            let letters = |i: usize| {
                body.iter()
                    .filter_map(|l| l.cells.get(i))
                    .map(|c| c.chars().filter(|c| c.is_alphabetic()).count())
                    .sum::<usize>()
            };
            let best = cands
                .iter()
                .copied()
                .max_by_key(|&i| (wordy(i), letters(i), usize::MAX - i));
            match best {
                Some(i) => {
                    roles[i] = Role::Label;
                    i
                }
                None => return roles,
            }
        }
    };
    for i in 0..width {
        if named[i].is_some() && roles[i] != Role::Other {
            continue;
        }
        if i == label {
            continue;
        }
        if i < label {
            if named[i].is_none() {
                roles[i] = Role::Group;
            }
        } else if !names[i].is_empty()
            && named[i].is_none()
            && (!has_limits && !has_value || i > first_value)
        {
            roles[i] = if i >= first_value.min(width) || !has_limits && !has_value {
                Role::Variant
            } else {
                Role::Other
            };
        } else if named[i].is_none() && i < first_value {
            roles[i] = Role::SubCondition;
        }
    }
    // A variant column must hold values somewhere.
    for i in 0..width {
        if roles[i] == Role::Variant
            && !body
                .iter()
                .any(|l| l.cells.get(i).is_some_and(|c| has_digit(c)))
        {
            roles[i] = Role::Other;
        }
    }
    roles
}

/// One limit group of a row: its variant (repeated Min/Typ/Max groups) and the min, typ
/// and max cells.
type LimitGroup = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// One body row after its cells were sorted into roles.
#[derive(Debug, Default, Clone)]
struct Row {
    label: Option<String>,
    symbol: Option<String>,
    condition: Vec<String>,
    unit: Option<String>,
    /// (variant, min, typ, max) per limit group.
    limits: Vec<LimitGroup>,
    values: Vec<String>,
    /// (column, value) per variant column filled.
    variants: Vec<(usize, String)>,
    /// Variant columns the row leaves blank (not a dash): its text spans them.
    variant_blanks: usize,
    /// Ordinals among the variant columns of the first and last cell filled (a dash too)
    /// and how many variant columns the table has: where a spanning cell sits.
    variant_run: Option<(usize, usize)>,
    variant_cols: usize,
    /// The parameter row a condition row measures (see `condition_rows`).
    parent: Option<usize>,
    /// The tolerance cell (`+1.0/-0.5`, `min.`).
    tolerance: Option<String>,
    /// The limit a row's value is, named in a column of its own (`Typical`, `Maximum`).
    qual: Option<Role>,
    /// Which of Min/Typ/Max the table has columns for (the raw text shows those).
    slots: [bool; 3],
    group: usize,
    loc: Loc,
}

impl Row {
    fn has_numbers(&self) -> bool {
        self.limits
            .iter()
            .any(|(_, a, b, c)| a.is_some() || b.is_some() || c.is_some())
            || !self.values.is_empty()
            || !self.variants.is_empty()
    }

    fn bare_numbers(&self) -> bool {
        let bare = |s: &Option<String>| s.as_deref().is_none_or(|s| is_number(s) || s == "−");
        self.limits
            .iter()
            .all(|(_, a, b, c)| bare(a) && bare(b) && bare(c))
            && self.values.iter().all(|v| is_number(v))
            && self.variants.iter().all(|(_, v)| is_number(v))
    }
}

/// Properties from a table with a header that names its columns; `None` when the table
/// has no such header (the caller reads it as `label | value` pairs).
pub(crate) fn read(lines: &[Line], dim: Option<DimensionUnit>) -> Option<Vec<RawProperty>> {
    let lead = LeadRoles::new(lines);
    read_under(lines, &find_header(&lead)?, dim, &lead)
}

/// Rows of `label | value | value …` read under names given for their value columns
/// (a header the source set apart from its table), when every value cell reads as a value.
pub(crate) fn read_named(names: &[String], lines: &[Line]) -> Option<Vec<RawProperty>> {
    let width = names.len() + 1;
    // Every row a label and values; a row of words only is the wrapped end of the row
    // above (`Time 25°C to Peak | 6 minutes` over `Temperature | maximum`).
    let values = |l: &Line| {
        l.cells[1..]
            .iter()
            .all(|c| c.trim().is_empty() || value_like(c) && has_digit(c))
    };
    let words = |l: &Line| !l.cells.iter().any(|c| has_digit(c));
    let rows_fit = lines.iter().all(|l| {
        l.cells.len() == width
            && l.cells[0].starts_with(char::is_alphabetic)
            && (values(l) || words(l))
    });
    let valued = lines.iter().filter(|l| values(l)).count();
    if !rows_fit || valued < 2 || valued * 3 < lines.len() * 2 {
        return None;
    }
    let mut rows: Vec<Line> = Vec::with_capacity(lines.len());
    for l in lines {
        match rows.last_mut() {
            Some(last) if words(l) && !values(l) => {
                for (c, more) in last.cells.iter_mut().zip(&l.cells) {
                    if !more.trim().is_empty() {
                        c.push(' ');
                        c.push_str(more.trim());
                    }
                }
            }
            _ => rows.push(l.clone()),
        }
    }
    let mut roles = vec![Role::Variant; width];
    roles[0] = Role::Label;
    let header = Header {
        roles,
        names: std::iter::once(String::new())
            .chain(names.iter().map(|n| n.trim().to_string()))
            .collect(),
        group_variant: vec![None; width],
        body: 0,
        worded: true,
    };
    read_under(&rows, &header, None, &LeadRoles::new(&rows))
}

/// How many leading lines of `lines` are a header that names columns, and the properties
/// read under it: the header is found once.
pub(crate) fn read_table(
    lines: &[Line],
    dim: Option<DimensionUnit>,
) -> (Option<usize>, Option<Vec<RawProperty>>) {
    let lead = LeadRoles::new(lines);
    match find_header(&lead) {
        Some(h) => (Some(h.body), read_under(lines, &h, dim, &lead)),
        None => (None, None),
    }
}

/// The properties of `lines` under `header`; `lead` holds the roles of their first lines.
fn read_under<'a>(
    lines: &'a [Line],
    header: &Header,
    dim: Option<DimensionUnit>,
    lead: &LeadRoles,
) -> Option<Vec<RawProperty>> {
    let roles = &header.roles;
    // A `Dimensions` column holds lengths in the unit the document states.
    let dim_col: Vec<Option<DimensionUnit>> = roles
        .iter()
        .zip(&header.names)
        .map(|(r, n)| dim.filter(|_| *r == Role::Value && n.to_lowercase().contains("dimension")))
        .collect();
    let has = |r: Role| roles.contains(&r);
    let numeric = has(Role::Min)
        || has(Role::Typ)
        || has(Role::Max)
        || has(Role::Value)
        || has(Role::Variant);
    let label_col = roles.iter().position(|r| *r == Role::Label)?;
    if !numeric {
        return None;
    }
    // Without a unit or limit column, product columns must be named like products
    // (`AQY212EH(A)`, `RS-15-5`), not like quantities (`Nominal Voltage (VDC)`).
    let only_variants = !(has(Role::Min) || has(Role::Typ) || has(Role::Max) || has(Role::Value));
    let offset = lines
        .first()
        .is_some_and(|l| l.cells.first().is_some_and(|c| c.trim().is_empty()) && header.body == 1);
    if only_variants && !has(Role::Unit) && !offset && !header.worded {
        let named = |n: &str| {
            n.chars().any(|c| c.is_ascii_digit())
                && n.chars().filter(char::is_ascii_uppercase).count() >= 2
        };
        let (ok, all) = roles
            .iter()
            .zip(&header.names)
            .filter(|(r, _)| **r == Role::Variant)
            .fold((0, 0), |(ok, all), (_, n)| {
                (ok + usize::from(named(n)), all + 1)
            });
        if ok * 2 < all {
            return None;
        }
    }
    // (a cell is read in place: copied only where a row keeps it as it stands)
    let cell = |l: &'a Line, i: usize| -> Option<&'a str> {
        let c = l.cells.get(i)?.trim();
        (!c.is_empty()).then_some(c)
    };
    // (room for every body line at once: rows are large, and most lines make one)
    let mut rows: Vec<Row> = Vec::with_capacity(lines.len().saturating_sub(header.body));
    let mut group = 0;
    // the title of each group, where a title line opened it (the first group has none)
    let mut titles: Vec<Option<&str>> = vec![None];
    // a unit printed on a line of its own, for the row after it as for the row before
    let mut merged_unit: Option<String> = None;
    for (k, l) in lines.iter().enumerate().skip(header.body) {
        if lead.header_like(k) {
            continue; // the header again, on a new page
        }
        // (the filled cells are walked to the second, not collected: only a lone one matters)
        let mut filled = (0..l.cells.len()).filter(|&i| has_text(&l.cells[i]));
        let Some(first) = filled.next() else {
            continue;
        };
        let lone_cell = filled.next().is_none();
        // `mA` on a line of its own under a row without a unit: the unit cell merged
        // across that row and the next, which the source could not place in either
        if lone_cell {
            let only = first;
            let lone = l.cells[only].trim();
            let in_place = only <= label_col || roles.get(only) == Some(&Role::Unit);
            let above = rows
                .last_mut()
                .filter(|r| r.unit.is_none() && r.has_numbers());
            if has(Role::Unit) && in_place && crate::normalise::units::lookup(lone).is_some() {
                if let Some(r) = above {
                    r.unit = Some(lone.to_string());
                    merged_unit = Some(lone.to_string());
                    continue;
                }
            }
        }
        if lone_cell && first <= label_col && !is_number(&l.cells[first]) {
            group += 1; // a group title
            titles.push(Some(l.cells[first].trim()));
            continue;
        }
        let mut row = Row {
            group,
            loc: l.loc,
            slots: [has(Role::Min), has(Role::Typ), has(Role::Max)],
            ..Row::default()
        };
        let mut limit_groups: Vec<LimitGroup> = Vec::new();
        let mut last: Option<(usize, u8)> = None;
        for (i, role) in roles.iter().enumerate() {
            let c = cell(l, i);
            match role {
                Role::Label => {
                    row.label = c
                        .filter(|c| !footnote_only(c))
                        .map(clean_label)
                        .filter(|c| !c.is_empty())
                }
                Role::Symbol => row.symbol = c.map(one_line),
                Role::Condition | Role::SubCondition => {
                    if let Some(c) = c.filter(|c| !footnote_only(c)) {
                        // `Typical` / `Maximum` in a column of its own says which limit
                        // the row's value is.
                        match word_role(c) {
                            Some(r @ (Role::Min | Role::Typ | Role::Max)) => row.qual = Some(r),
                            _ => row.condition.push(one_line(c)),
                        }
                    }
                }
                Role::Unit => row.unit = c.map(one_line),
                Role::Min | Role::Typ | Role::Max => {
                    let v = &header.group_variant[i];
                    let order = match role {
                        Role::Min => 0,
                        Role::Typ => 1,
                        _ => 2,
                    };
                    // A new group starts with a new variant or when Min/Typ/Max start over.
                    let slot = match last {
                        Some((k, o)) if limit_groups[k].0 == *v && o < order => k,
                        _ => {
                            limit_groups.push((v.clone(), None, None, None));
                            limit_groups.len() - 1
                        }
                    };
                    last = Some((slot, order));
                    let c = c.filter(|c| !is_dash(c)).map(str::to_string);
                    match role {
                        Role::Min => limit_groups[slot].1 = c,
                        Role::Typ => limit_groups[slot].2 = c,
                        _ => limit_groups[slot].3 = c,
                    }
                }
                Role::Value => {
                    if let Some(c) = c.filter(|c| !is_dash(c)) {
                        let stated = dim_col[i].and_then(|d| d.apply(&c.replace('\n', " ")));
                        row.values.push(stated.unwrap_or_else(|| c.to_string()));
                    }
                }
                Role::Tolerance => row.tolerance = c.map(one_line),
                Role::Variant => {
                    let k = row.variant_cols;
                    row.variant_cols += 1;
                    if c.is_some() {
                        row.variant_run = Some(row.variant_run.map_or((k, k), |(f, _)| (f, k)));
                    }
                    match c {
                        Some(c) if !is_dash(c) => row.variants.push((i, c.to_string())),
                        Some(_) => {}
                        None => row.variant_blanks += 1,
                    }
                }
                Role::Group | Role::Other => {}
            }
        }
        row.limits = limit_groups;
        if row.label.is_none() && !row.has_numbers() {
            continue;
        }
        if let Some(u) = merged_unit.take() {
            if row.unit.is_none() && row.has_numbers() {
                row.unit = Some(u);
            }
        }
        rows.push(row);
    }
    join_qualified_labels(&mut rows);
    condition_rows(&mut rows);
    dash_rows(&mut rows, &titles);
    resolve_labels(&mut rows);
    resolve_units(&mut rows);
    // (the variant columns' names cleaned once, not on every row)
    let variant_names: Vec<VariantName> = roles
        .iter()
        .zip(&header.names)
        .map(|(r, n)| match r {
            Role::Variant => VariantName::new(n),
            _ => VariantName::default(),
        })
        .collect();
    // (room for a property per row, as most rows make one: reserved at once)
    let mut out: Vec<RawProperty> = Vec::with_capacity(rows.len());
    // (each row's properties are emitted into one buffer kept for all rows)
    let mut new: Vec<RawProperty> = Vec::new();
    for row in rows {
        emit(&row, &variant_names, &mut new);
        // `Typical` and `Maximum` rows of one parameter are one limits value.
        for p in new.drain(..) {
            if let Some(prev) = out.iter_mut().rev().take(8).find(|q| mergeable(q, &p)) {
                merge_limits(prev, &p);
            } else {
                out.push(p);
            }
        }
    }
    Some(out)
}

/// A header printed over several lines (`Part | Input | …` over `Number | Voltage Range |
/// …` over ` | [VDC] | …`) whose first column, read down, names products: the column
/// names read down, and the index of the last header line.
fn stacked_names(lines: &[Line]) -> Option<(Vec<String>, usize)> {
    let rows = lines
        .iter()
        .take(4)
        .take_while(|l| !l.cells.iter().any(|c| is_number(c)))
        .count();
    if rows < 2 {
        return None;
    }
    let width = lines[..rows].iter().map(|l| l.cells.len()).max()?;
    let name = |i: usize| {
        let parts: Vec<&str> = lines[..rows]
            .iter()
            .filter_map(|l| l.cells.get(i).map(|c| c.trim()))
            .filter(|c| !c.is_empty())
            .collect();
        clean_label(&parts.join(" "))
    };
    // (the other columns are named only when the first names products: most do not)
    let first = name(0);
    if !names_products(&first) {
        return None;
    }
    let names = std::iter::once(first).chain((1..width).map(name)).collect();
    Some((names, rows - 1))
}

/// What a first-column header says when the rows of a table are products: a piece of
/// every name [`names_products`] accepts (its last word, or part of it), here those that
/// start with the lower-case byte `b` (a header's bytes look up only these). A header
/// holding none of them, case ignored (`no` as a word of its own), names no product.
fn product_words(b: u8) -> &'static [&'static [u8]] {
    match b {
        b'n' => &[b"no", b"num", b"name"],
        b'p' => &[b"part", b"p/n", b"product"],
        b'm' => &[b"model"],
        b't' => &[b"typ"],
        b'c' => &[b"code"],
        b's' => &[b"sku"],
        _ => &[],
    }
}

/// The bytes, either case, that start a piece of [`product_words`]: the other bytes of a
/// header are passed over on one look-up.
const PIECE_START: [bool; 256] = {
    let mut t = [false; 256];
    let starts = b"npmtcsNPMTCS";
    let mut i = 0;
    while i < starts.len() {
        t[starts[i] as usize] = true;
        i += 1;
    }
    t
};

fn names_products(header: &str) -> bool {
    // Cheap test first (this runs on the first cell of every table row): folding keeps
    // the letters of each word together, so a name's last word is in the header as
    // printed.
    let b = header.as_bytes();
    // letters or digits touch the `n` bytes at `i` on neither side
    let alone = |i: usize, n: usize| {
        let touches = |j: Option<usize>| {
            j.and_then(|j| b.get(j))
                .is_some_and(u8::is_ascii_alphanumeric)
        };
        !touches(i.checked_sub(1)) && !touches(Some(i + n))
    };
    // one pass: only a byte that starts some word is compared further
    let holds = || {
        b.iter().enumerate().any(|(i, &x)| {
            PIECE_START[usize::from(x)]
                // (and the next byte goes on some piece: setting bit 5 lower-cases a
                // letter and keeps `/`, so no piece is missed)
                && b.get(i + 1).is_some_and(|&y| {
                    matches!(
                        [x | 0x20, y | 0x20],
                        [b'n', b'o' | b'u' | b'a']
                            | [b'p', b'a' | b'/' | b'r']
                            | [b'm', b'o']
                            | [b't', b'y']
                            | [b'c', b'o']
                            | [b's', b'k']
                    )
                })
                && product_words(x.to_ascii_lowercase()).iter().any(|w| {
                    b[i..]
                    .get(..w.len())
                    .is_some_and(|y| y.eq_ignore_ascii_case(w))
                    // `no` only as a word of its own (`Part No.`, not `Nominal`)
                    && (*w != b"no" || alone(i, 2))
                })
        })
    };
    // A few letters lower-case to ASCII ones: `İ` to `i̇` (no piece holds an `i`) and the
    // Kelvin sign to `k` (as in `sku`); a header without the latter is tested on its bytes.
    if !holds() && (header.is_ascii() || !header.contains('\u{212A}')) {
        return false;
    }
    let h = clean_label(header)
        .to_lowercase()
        .replace(['.', ':', '#'], " ");
    let h = h.split_whitespace().collect::<Vec<_>>().join(" ");
    // `Amp Code`, `Type code`: a code column names the row's product.
    if h.ends_with(" code") && h.split_whitespace().count() == 2 {
        return true;
    }
    matches!(
        h.as_str(),
        "part number"
            | "part no"
            | "part"
            | "model"
            | "model no"
            | "model number"
            | "type"
            | "order code"
            | "ordering code"
            | "order number"
            | "order no"
            | "article number"
            | "article no"
            | "item number"
            | "item no"
            | "catalog number"
            | "catalogue number"
            | "p/n"
            | "product"
            | "product number"
            | "model name"
            | "part name"
            | "sku"
            | "bestellnummer"
            | "artikelnummer"
            | "typ"
    )
}

/// The unit a column header names in brackets (`Output Current [A]`, `Insulation O.D (mm)`).
fn header_unit(header: &str) -> Option<&str> {
    let h = header.trim();
    let (open, close) = match h.chars().last()? {
        ']' => ('[', ']'),
        ')' => ('(', ')'),
        _ => return None,
    };
    let inner = h[h.rfind(open)? + 1..h.len() - close.len_utf8()].trim();
    let ok = !inner.is_empty()
        && inner.chars().count() <= 6
        && !inner.contains(' ')
        && inner.chars().any(char::is_alphabetic)
        && !inner.chars().all(|c| c.is_ascii_uppercase()) // `(SCP)`, `(A)` grade
        || matches!(inner, "V" | "A" | "W" | "VDC" | "VAC" | "Hz" | "mm" | "%" | "°C" | "K" | "Ω");
    ok.then_some(inner)
}

/// A table whose rows are products (`Part Number | Input Voltage [VDC] | Output Current
/// [A] | …`, a selection guide): one property per product and column, the column header
/// as label, the product as variant, a bracketed unit in the header as the unit.
/// `Operating temperature range | Storage temperature range | Individual weight` over one
/// row `–55 to +125°C | –55 to +125°C | 8 mg`: a header of labels (over one or more lines)
/// over a single row of values; each column is a property. A table with a second row of
/// values, or whose header names columns (`Min`, `Unit`, …) or is set in capitals, is not
/// one.
pub(crate) fn label_columns(lines: &[Line]) -> Option<Vec<RawProperty>> {
    let numbers = |l: &Line| {
        l.cells
            .iter()
            .filter(|c| c.chars().any(|ch| ch.is_ascii_digit()))
            .count()
    };
    let d = lines.iter().position(|l| numbers(l) >= 2)?;
    if d == 0 || d > 3 || lines[d + 1..].iter().any(|l| numbers(l) >= 2) {
        return None;
    }
    let head = &lines[..d];
    // Capitals (`CHECKED | REVISION | GENERAL TOLERANCE`) head a drawing's title block,
    // page furniture repeated on every page.
    let shouting = |c: &str| {
        let letters: Vec<char> = c.chars().filter(|ch| ch.is_alphabetic()).collect();
        letters.len() >= 4 && letters.iter().all(|ch| ch.is_uppercase())
    };
    let words_only = head.iter().flat_map(|l| &l.cells).all(|c| {
        let c = c.trim();
        c.is_empty()
            || has_letter(c)
                && !c.chars().any(|ch| ch.is_ascii_digit())
                && word_role(c).is_none()
                && !shouting(c)
    });
    if !words_only {
        return None;
    }
    let data = &lines[d];
    let mut out = Vec::new();
    let mut unlabelled = 0;
    for (j, value) in data.cells.iter().enumerate() {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let label: Vec<&str> = head
            .iter()
            .filter_map(|l| l.cells.get(j).map(|c| c.trim()))
            .filter(|c| !c.is_empty())
            .collect();
        let label = clean_label(&label.join(" "));
        // Letters over columns (`C | B | D`) are codes, not labels.
        if label.chars().filter(|c| c.is_alphabetic()).count() < 3 {
            unlabelled += 1;
            continue;
        }
        out.push(RawProperty {
            label,
            raw: value.to_string(),
            loc: data.loc,
            limits: None,
            variant: None,
            condition: None,
            ordering_code: false,
        });
    }
    (out.len() >= 2 && unlabelled == 0).then_some(out)
}

pub(crate) fn read_products(lines: &[Line]) -> Option<Vec<RawProperty>> {
    let single = || {
        let h = lines
            .iter()
            .take(3)
            .position(|l| l.cells.first().is_some_and(|c| names_products(c)))?;
        let names: Vec<String> = rejoin_header(&lines[h].cells)
            .iter()
            .map(|c| clean_label(c))
            .collect();
        Some((names, h))
    };
    let (names, h) = stacked_names(lines).or_else(single)?;
    let body = &lines[h + 1..];
    // Under a header that names products, a product is a part number, or a short code
    // (`001.`, `.125`) that no other row repeats.
    let mut seen = std::collections::HashSet::new();
    // Rows without a first cell (a merged cell's text on a line of its own) name none.
    let named: Vec<&Line> = body
        .iter()
        .filter(|l| l.cells.first().is_some_and(|c| !c.trim().is_empty()))
        .collect();
    let codes = !named.is_empty()
        && named.iter().all(|l| {
            l.cells.first().is_some_and(|c| {
                let c = c.trim();
                c.len() <= 16
                    && c.contains(|ch: char| ch.is_ascii_digit())
                    && !c.contains(char::is_whitespace)
                    && seen.insert(c)
            })
        });
    let is_product = |c: &str| variant_id(c) || codes && !c.trim().is_empty();
    let products = body
        .iter()
        .filter(|l| l.cells.first().is_some_and(|c| is_product(c)))
        .count();
    // One product row: the table describes the document's product itself. (Rows of words
    // after it are the text below the table, drawn into its grid.)
    let data = body
        .iter()
        .filter(|l| l.cells.iter().any(|c| has_digit(c)))
        .count();
    let single = products == 1 && data == 1;
    if !single && (products < 2 || products * 5 < body.len() * 3) {
        return None;
    }
    // `Applicable wire mm² | AWG#` over `0.13 to 0.33 | 26 to 22`: one wire range.
    let wire: Vec<Option<String>> = (0..names.len()).map(|i| wire_label(&names, i)).collect();
    // What each column's name says, judged once for all rows: whether the column holds
    // no values of a product (no name; a column named `typ.` or `Unit` is a parameter
    // table's, not a product's), and the unit it names.
    let unnamed: Vec<bool> = names
        .iter()
        .map(|n| {
            n.is_empty()
                || !has_letter(n)
                || word_role(n).is_some_and(|r| r != Role::Label && r != Role::Value)
        })
        .collect();
    let units: Vec<Option<&str>> = names.iter().map(|n| header_unit(n)).collect();
    // The one product's own column (`Order code | USBLC6-2SC6Y`) is a property too.
    let own_column = single
        && names
            .first()
            .is_some_and(|n| has_letter(n) && word_role(n).is_none());
    // (room for a property per product and column, the most there can be: reserved at
    // once, as a property is large to move when the vector grows)
    let mut out = Vec::with_capacity(products * names.len());
    for l in body {
        let Some(product) = l.cells.first().filter(|c| is_product(c)) else {
            continue;
        };
        let product = clean_label(product);
        if own_column {
            out.push(RawProperty {
                label: names[0].clone(),
                raw: product.clone(),
                loc: l.loc,
                limits: None,
                variant: None,
                condition: None,
                ordering_code: true,
            });
        }
        // one product's value in one column
        let cell_property = |label: String, raw: String| RawProperty {
            label,
            raw,
            loc: l.loc,
            limits: None,
            variant: (!single).then(|| product.clone()),
            condition: None,
            ordering_code: false,
        };
        for (i, cell) in l.cells.iter().enumerate().skip(1) {
            let (Some(name), cell) = (names.get(i), cell.trim()) else {
                continue;
            };
            if i > 1 && wire[i - 1].is_some() && !l.cells[i - 1].trim().is_empty() {
                continue; // read with the mm² cell before it
            }
            if let Some(label) = &wire[i] {
                let awg = l.cells.get(i + 1).map_or("", |c| c.trim());
                if has_digit(cell) {
                    let raw = if has_digit(awg) {
                        format!("{cell} mm² / {awg} AWG")
                    } else {
                        format!("{cell} mm²")
                    };
                    out.push(cell_property(label.clone(), raw));
                }
                continue;
            }
            // A tick in a matrix of approvals or options is a mark, not a value.
            let mark = matches!(cell, "x" | "X" | "✓" | "✔" | "●" | "•" | "○");
            if unnamed[i] || cell.is_empty() || is_dash(cell) || mark {
                continue;
            }
            let raw = match units[i] {
                Some(u) if is_number(cell) || cell.contains(['-', '~', '…']) && has_digit(cell) =>
                {
                    format!("{} {u}", cell.replace('\n', " "))
                }
                _ => cell.replace('\n', " "),
            };
            out.push(cell_property(name.clone(), raw));
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Header cells of two or more lines whose first lines are one heading cut at the column
/// border (`Applicable⏎AWG#` | `wire⏎Insulation O.D.`): a first line of one word in lower
/// case goes on from the cell before it, and the heading heads both columns
/// (`Applicable wire⏎AWG#` | `Applicable wire⏎Insulation O.D.`).
fn rejoin_header(cells: &[String]) -> Vec<String> {
    let mut out: Vec<String> = cells.to_vec();
    for i in 1..out.len() {
        let (Some((head, rest)), Some((before, below))) =
            (out[i].split_once('\n'), out[i - 1].split_once('\n'))
        else {
            continue;
        };
        let word = head.trim();
        if !word.is_empty() && word.chars().all(char::is_lowercase) && has_letter(before) {
            let heading = format!("{} {word}", before.trim_end());
            let (below, rest) = (below.to_string(), rest.to_string());
            out[i - 1] = format!("{heading}\n{below}");
            out[i] = format!("{heading}\n{rest}");
        }
    }
    out
}

/// The label of a wire range printed in two columns, mm² at `i` and AWG after it
/// (`Applicable Wire mm² | AWG#`, `mm² | Applicable AWG#`): the header of the mm² column
/// without its unit, or else that of the AWG column without its unit.
fn wire_label(names: &[String], i: usize) -> Option<String> {
    let strip = |name: &str, units: &[&str]| {
        let n = name.trim().trim_end_matches('#').trim_end();
        let n = n.strip_suffix(')').unwrap_or(n);
        let rest = units.iter().find_map(|u| n.strip_suffix(u))?;
        (rest.is_empty() || rest.ends_with([' ', '(']))
            .then(|| rest.trim_end_matches([' ', '(']).to_string())
    };
    let metric = strip(names.get(i)?, &["mm²", "mm2"])?;
    let awg = strip(names.get(i + 1)?, &["AWG"])?;
    [metric, awg].into_iter().find(|l| has_letter(l))
}

/// Two limit rows that give different limits of one parameter (same label, variant, unit
/// and condition, no limit in both).
fn mergeable(a: &RawProperty, b: &RawProperty) -> bool {
    let (Some(x), Some(y)) = (&a.limits, &b.limits) else {
        return false;
    };
    let clash = x.min.is_some() && y.min.is_some()
        || x.typ.is_some() && y.typ.is_some()
        || x.max.is_some() && y.max.is_some();
    a.label == b.label
        && a.variant == b.variant
        && x.unit == y.unit
        && !clash
        && [&x.min, &x.typ, &x.max, &y.min, &y.typ, &y.max]
            .iter()
            .filter(|c| c.is_some())
            .count()
            >= 2
        && single(x)
        && single(y)
}

/// A limits row that holds one number only (a row of a `Typical`/`Maximum` column).
fn single(l: &LimitCells) -> bool {
    [&l.min, &l.typ, &l.max]
        .iter()
        .filter(|c| c.is_some())
        .count()
        == 1
}

fn merge_limits(a: &mut RawProperty, b: &RawProperty) {
    let (Some(x), Some(y)) = (a.limits.as_mut(), &b.limits) else {
        return;
    };
    // (`b`'s cells copied only where `a` has none; the texts joined in place)
    x.min = x.min.take().or_else(|| y.min.clone());
    x.typ = x.typ.take().or_else(|| y.typ.clone());
    x.max = x.max.take().or_else(|| y.max.clone());
    x.symbol = x.symbol.take().or_else(|| y.symbol.clone());
    x.condition = match (x.condition.take(), &y.condition) {
        (Some(mut p), Some(q)) if &p != q => {
            p.push_str("; ");
            p.push_str(q);
            Some(p)
        }
        (p, q) => p.or_else(|| q.clone()),
    };
    a.raw.push_str("; ");
    a.raw.push_str(&b.raw);
}

/// Rows without a parameter cell take the label of the row above in their group, or at
/// the top of a group the one below.
/// `LED operate | Typical | IFon | 1.2 mA` over `current | Maximum | | 3.0 mA`: a label
/// printed over the rows of one parameter's limits, one line per row. A row that names
/// another limit, has no symbol of its own and a label in lower case continues the label
/// above; both rows then carry the whole label (and merge into one limits value).
fn join_qualified_labels(rows: &mut [Row]) {
    for i in 1..rows.len() {
        let (above, this) = (&rows[i - 1], &rows[i]);
        // A one-letter symbol over the rest of it (`I` over `Fon`) is one symbol printed
        // over the two lines as well.
        let split_symbol = above
            .symbol
            .as_deref()
            .is_some_and(|s| s.chars().count() == 1 && s.chars().all(char::is_uppercase));
        let continues = this.qual.is_some()
            && above.qual.is_some()
            && this.qual != above.qual
            && (this.symbol.is_none() || split_symbol)
            && above.symbol.is_some()
            && this.group == above.group
            && this
                .label
                .as_deref()
                .is_some_and(|l| l.starts_with(|c: char| c.is_lowercase()));
        let (Some(head), Some(tail)) = (above.label.clone(), this.label.clone()) else {
            continue;
        };
        if continues {
            let whole = format!("{head} {tail}");
            rows[i - 1].label = Some(whole.clone());
            rows[i].label = Some(whole);
            if let Some(rest) = rows[i].symbol.take() {
                let head = rows[i - 1].symbol.take().unwrap_or_default();
                rows[i - 1].symbol = Some(format!("{head}{rest}"));
            }
            rows[i].symbol = rows[i - 1].symbol.clone();
        }
    }
}

/// A test condition printed where a label goes: `(VGS = 10 Vdc, ID = 500 mAdc)`,
/// `TC = 125°C` (a variable, a relation, a number).
fn condition_text(s: &str) -> bool {
    let s = s.trim();
    let inner = s
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or(s);
    let Some(at) = inner.find(['=', '≥', '≤', '<', '>']) else {
        return false;
    };
    let var = inner[..at].trim();
    let var = var.rsplit(',').next().unwrap_or(var).trim();
    // (what follows the relation is values and units, not a label's words: `RG = 25 Ω,
    // RL = 50 Ω Turn-Off Delay Time` is a condition cell run into the next label)
    let rest = &inner[at..];
    let words = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 4);
    (1..=12).contains(&var.len())
        && var.starts_with(|c: char| c.is_ascii_alphabetic())
        && !var.contains(' ')
        && rest.contains(|c: char| c.is_ascii_digit())
        && words.clone().count() < 2
        && words.clone().all(|w| w.len() < 6)
}

/// Rows whose label cell holds a test condition under a parameter (`Static Drain-Source
/// On-State Voltage | VDS(on) | | Vdc`, then `(VGS = 10 Vdc, ID = 500 mAdc) | − | 3.75`)
/// measure that parameter under the condition: the condition moves to the row's
/// conditions and the label and symbol come from the parameter. A condition in the
/// symbol column of a table without a conditions column (`TC = 25°C`) is one too.
fn condition_rows(rows: &mut [Row]) {
    for row in rows.iter_mut() {
        if row
            .symbol
            .as_deref()
            .is_some_and(|s| s.contains('=') && condition_text(s))
        {
            let c = row.symbol.take().unwrap_or_default();
            row.condition.push(c);
        }
    }
    for i in 1..rows.len() {
        let r = &rows[i];
        if !r.has_numbers() || !r.label.as_deref().is_some_and(condition_text) {
            continue;
        }
        let g = r.group;
        // the parameter: the nearest row above whose label is no condition, with only
        // condition rows between
        let mut head = None;
        for j in (0..i).rev() {
            if rows[j].group != g {
                break;
            }
            match rows[j].label.as_deref() {
                Some(l) if condition_text(l) => continue,
                // a condition row read already: its parameter
                Some(_) if rows[j].parent.is_some() => head = rows[j].parent,
                Some(_) => head = Some(j),
                None => {}
            }
            break;
        }
        let Some(h) = head else {
            continue;
        };
        let label = rows[i].label.take().unwrap_or_default();
        let label = label.trim();
        let c = label
            .strip_prefix('(')
            .and_then(|l| l.strip_suffix(')'))
            .unwrap_or(label)
            .to_string();
        rows[i].condition.insert(0, c);
        rows[i].label = rows[h].label.clone();
        rows[i].parent = Some(h);
        if rows[i].symbol.is_none() {
            rows[i].symbol = rows[h].symbol.clone();
        }
    }
}

/// `Drain Current` over `− Continuous TC = 25°C | ±115` and `− Pulsed | ±800`: rows whose
/// label opens with a dash are kinds of the parameter their group's title names, and
/// are labelled `Drain Current (Continuous TC = 25°C)`. Without a title the dash goes.
fn dash_rows(rows: &mut [Row], titles: &[Option<&str>]) {
    for row in rows.iter_mut() {
        let Some(sub) = row.label.as_deref().and_then(dashed) else {
            continue;
        };
        let label = match titles.get(row.group).copied().flatten() {
            Some(title) => format!("{} ({sub})", one_line(title)),
            None => sub.to_string(),
        };
        row.label = Some(label);
    }
}

/// The words after a dash that opens a label (`− Pulsed`, `-Continuous`); a dash before a
/// digit is a minus sign.
pub(crate) fn dashed(label: &str) -> Option<&str> {
    let rest = label
        .trim_start()
        .strip_prefix(['−', '–', '-'])?
        .trim_start();
    rest.starts_with(char::is_alphabetic).then_some(rest)
}

/// The variable a row's test condition sets: `VR` of `VR= 12 V, Pin 1 or Pin 2 to 3`.
fn condition_variable(row: &Row) -> Option<&str> {
    let (var, _) = row.condition.first()?.split_once('=')?;
    let var = var.trim();
    let ok = (1..=8).contains(&var.len())
        && var.starts_with(|c: char| c.is_ascii_alphabetic())
        && var
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '(' | ')' | '_'));
    ok.then_some(var)
}

fn resolve_labels(rows: &mut [Row]) {
    for i in 0..rows.len() {
        if rows[i].label.is_some() {
            continue;
        }
        let g = rows[i].group;
        let above = (0..i)
            .rev()
            .take_while(|&j| rows[j].group == g)
            .find(|&j| rows[j].label.is_some());
        let below = (i + 1..rows.len())
            .take_while(|&j| rows[j].group == g)
            .find(|&j| rows[j].label.is_some());
        // A label printed on a row of its own, without numbers, is a merged cell over the
        // rows around it: it wins over a label above that has numbers of its own.
        // A row whose condition sets the variable the row below sets, and the row above
        // does not (`VR = 12 V` between `It = 1 mA` and `VR = 7 V`), is the row below's.
        let var = |j: usize| condition_variable(&rows[j]);
        let pick = match (above, below) {
            (Some(a), Some(b)) if rows[a].has_numbers() && !rows[b].has_numbers() => Some(b),
            (Some(a), Some(b)) if var(i).is_some() && var(b) == var(i) && var(a) != var(i) => {
                Some(b)
            }
            (a, b) => a.or(b),
        };
        rows[i].label = pick.and_then(|j| rows[j].label.clone());
    }
}

/// Rows whose numbers have no unit take the nearest unit of their group (ties: above).
fn resolve_units(rows: &mut [Row]) {
    // (A number under the unit is a row the converter shifted: not a unit to lend.)
    let units: Vec<Option<String>> = rows
        .iter()
        .map(|r| r.unit.clone().filter(|u| !is_number(u)))
        .collect();
    for i in 0..rows.len() {
        if rows[i].unit.is_some() || !rows[i].has_numbers() || !rows[i].bare_numbers() {
            continue;
        }
        let g = rows[i].group;
        let up = (0..i)
            .rev()
            .take_while(|&j| rows[j].group == g)
            .find(|&j| units[j].is_some());
        let down = (i + 1..rows.len())
            .take_while(|&j| rows[j].group == g)
            .find(|&j| units[j].is_some());
        // Nearest first; on a tie, the neighbour printed with the same symbol or label
        // (rows of one merged cell), else the one above.
        // (`ΔCi/o-GND`, a difference of `Ci/o-GND`, is printed in its unit.)
        let symbol = |j: usize| rows[j].symbol.as_deref().map(|s| s.trim_start_matches('Δ'));
        let same = |j: usize| {
            symbol(j).is_some() && symbol(j) == symbol(i)
                || rows[j].label.is_some() && rows[j].label == rows[i].label
        };
        // A row without values whose label ends in a colon (`Peak pulse voltage ISO 10605
        // (C = 300 pF, R = 330 Ω):`) heads the rows under it: its unit is theirs.
        let heads = |j: usize| {
            !rows[j].has_numbers() && rows[j].label.as_deref().is_some_and(|l| l.ends_with(':'))
        };
        // Rows that leave both the condition and the unit to the row above share its
        // merged cells (`tpHR … See Figure 6-2 … ns` over `tr`, `tf`): its unit is theirs.
        let hangs = |u: usize, d: Option<usize>| {
            !rows[u].condition.is_empty()
                && (u + 1..=i).all(|j| rows[j].condition.is_empty() && rows[j].has_numbers())
                && d.is_none_or(|d| !rows[d].condition.is_empty())
        };
        // A unit cell merged over rows printed with one symbol sits on one of them: the
        // neighbour of the same symbol lends it before a different row above.
        let pick = match (up, down) {
            // a condition row measures its parameter, in the parameter's unit
            _ if rows[i].parent.is_some_and(|h| units[h].is_some()) => rows[i].parent,
            // a row of the same parameter lends before a nearer one of another
            // (`Signaling rate … 1 Mbps` over `SN65HVD3088E | 20`, not the °C below)
            (Some(u), Some(d))
                if rows[i].label.is_some()
                    && rows[u].label == rows[i].label
                    && rows[d].label != rows[i].label =>
            {
                Some(u)
            }
            (Some(u), _) if heads(u) => Some(u),
            (Some(u), Some(d)) if d == i + 1 && same(d) && !same(u) => Some(d),
            (Some(u), d) if hangs(u, d) => Some(u),
            (Some(u), Some(d)) if i - u == d - i => Some(if same(d) && !same(u) { d } else { u }),
            (Some(u), Some(d)) => Some(if i - u < d - i { u } else { d }),
            (u, d) => u.or(d),
        };
        rows[i].unit = pick.and_then(|j| units[j].clone());
    }
}

/// A variant column's name as its properties give it: the header text cleaned, without an
/// optional suffix letter (`AQY212EH(A)` → `AQY212EH`); and, for a header cell naming
/// several variants over several lines (`RS-15-3.3<br>RS-15-5`), each line's so.
#[derive(Default)]
struct VariantName {
    whole: String,
    lines: Vec<String>,
}

impl VariantName {
    fn new(header: &str) -> Self {
        let name = |n: &str| {
            OPTIONAL_SUFFIX
                .replace(&clean_label(n), "")
                .trim()
                .to_string()
        };
        let lines: Vec<&str> = header.lines().collect();
        Self {
            whole: name(header),
            lines: if lines.len() > 1 {
                lines.into_iter().map(name).collect()
            } else {
                Vec::new()
            },
        }
    }
}

impl Row {
    /// A few cells filled side by side in the middle of the variant columns, blank on both
    /// sides (`| | | -55 °C to | +155 °C | | |`): one cell printed centred across them all,
    /// which the converter cut at the column lines. Values given for some variants only
    /// start at the first column or leave gaps.
    fn centred_run(&self) -> bool {
        let Some((first, last)) = self.variant_run else {
            return false;
        };
        let run = last - first + 1;
        run == self.variants.len()
            && run <= 3
            && first > 0
            && last + 1 < self.variant_cols
            && (first + last).abs_diff(self.variant_cols - 1) <= 1
    }
}

fn emit(row: &Row, variant_names: &[VariantName], out: &mut Vec<RawProperty>) {
    // (the row's label and unit are read in place: copied into each property only)
    let Some(label) = row.label.as_deref() else {
        return;
    };
    if !has_letter(label) {
        return;
    }
    let condition = (!row.condition.is_empty()).then(|| row.condition.join("; "));
    let unit = &row.unit;
    // (joined by pushes: `format!` costs more than the two copies)
    let with_unit = |v: String| match unit {
        Some(u) if !v.ends_with(u.as_str()) => {
            let mut v = v;
            v.reserve(1 + u.len());
            v.push(' ');
            v.push_str(u);
            v
        }
        _ => v,
    };
    for (variant, min, typ, max) in &row.limits {
        if min.is_none() && typ.is_none() && max.is_none() {
            continue;
        }
        let one = |s: &Option<String>| s.as_deref().map(one_line);
        let multi = [min, typ, max]
            .iter()
            .any(|c| c.as_ref().is_some_and(|c| c.contains('\n')));
        // The cells of the table's limit columns, joined by ` | ` (written into one
        // string: only a cell with a line break is copied on its own).
        let mut raw = String::new();
        let present = [min, typ, max]
            .into_iter()
            .zip(row.slots)
            .filter(|(_, p)| *p);
        for (k, (c, _)) in present.enumerate() {
            if k > 0 {
                raw.push_str(" | ");
            }
            match c {
                Some(c) if multi => raw.push_str(&one_line(c)),
                Some(c) => raw.push_str(c),
                None => raw.push('–'),
            }
        }
        let raw = with_unit(raw);
        out.push(RawProperty {
            label: label.to_string(),
            raw,
            loc: row.loc,
            limits: (!multi).then(|| LimitCells {
                symbol: row.symbol.clone(),
                min: one(min),
                typ: one(typ),
                max: one(max),
                unit: unit.clone(),
                condition: condition.clone(),
            }),
            variant: variant.clone(),
            condition: None,
            ordering_code: false,
        });
    }
    let as_limit = |v: &str, variant: Option<String>| -> Option<RawProperty> {
        let q = row.qual?;
        let v = one_line(v);
        let slot = |r: Role| (q == r).then(|| v.clone());
        Some(RawProperty {
            label: label.to_string(),
            raw: with_unit(v.clone()),
            loc: row.loc,
            limits: Some(LimitCells {
                symbol: row.symbol.clone(),
                min: slot(Role::Min),
                typ: slot(Role::Typ),
                max: slot(Role::Max),
                unit: unit.clone(),
                condition: condition.clone(),
            }),
            variant,
            condition: None,
            ordering_code: false,
        })
    };
    // A tolerance column says which limit the value is (`min.`), or how far it may stray.
    let (lead, value_condition) = match row.tolerance.as_deref().map(str::trim) {
        Some(t) if matches!(word_role(t), Some(Role::Min | Role::Max | Role::Typ)) => {
            (format!("{t} "), condition.clone())
        }
        Some(t) if !t.is_empty() && !is_dash(t) => {
            let tol = format!("tolerance {t}");
            (
                String::new(),
                Some(
                    condition
                        .as_ref()
                        .map_or(tol.clone(), |c| format!("{c}; {tol}")),
                ),
            )
        }
        _ => (String::new(), condition.clone()),
    };
    for v in &row.values {
        if let Some(p) = as_limit(v, None) {
            out.push(p);
            continue;
        }
        out.push(RawProperty {
            label: label.to_string(),
            raw: if lead.is_empty() {
                with_unit(one_line(v))
            } else {
                format!("{lead}{}", with_unit(one_line(v)))
            },
            loc: row.loc,
            limits: None,
            variant: None,
            condition: value_condition.clone(),
            ordering_code: false,
        });
    }
    // A row that leaves variant columns blank holds one cell printed across them all
    // (`47 ~ 63Hz`), whatever the converter split it into: it applies to every variant.
    // A blank among values is a value not given; a lone cell, or long text cut at column
    // boundaries, is one cell.
    let spans = row.variant_blanks > 0
        && (row.variants.len() == 1
            || row
                .variants
                .first()
                .is_some_and(|(_, v)| v.chars().count() > 24)
            || row.centred_run());
    if spans {
        let v = row
            .variants
            .iter()
            .map(|(_, v)| v.replace('\n', " "))
            .collect::<Vec<_>>()
            .join(" ");
        out.push(as_limit(&v, None).unwrap_or_else(|| RawProperty {
            label: label.to_string(),
            raw: with_unit(v),
            loc: row.loc,
            limits: None,
            variant: None,
            condition: condition.clone(),
            ordering_code: false,
        }));
        return;
    }
    for (i, v) in &row.variants {
        // A header cell naming several variants over several lines (`RS-15-3.3<br>RS-15-5`)
        // pairs line by line with a cell of as many lines.
        let name = &variant_names[*i];
        let vals: Vec<&str> = v.lines().collect();
        let pairs: Vec<(&str, String)> = if name.lines.len() > 1 && name.lines.len() == vals.len() {
            name.lines
                .iter()
                .zip(&vals)
                .map(|(n, v)| (n.as_str(), v.to_string()))
                .collect()
        } else {
            vec![(name.whole.as_str(), v.replace('\n', " "))]
        };
        for (n, v) in pairs {
            if let Some(p) = as_limit(&v, Some(n.to_string())) {
                out.push(p);
                continue;
            }
            out.push(RawProperty {
                label: label.to_string(),
                raw: with_unit(v),
                loc: row.loc,
                limits: None,
                variant: Some(n.to_string()),
                condition: condition.clone(),
                ordering_code: false,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Line;

    #[test]
    fn footnote_markers_inside_a_label_are_dropped() {
        // recom__R-78E3.3-0.5 (md): `max. Capacitive<br>Load<sup>(2)</sup><br>[µF]`
        assert_eq!(
            clean_label("max. Capacitive Load(2) [µF]"),
            "max. Capacitive Load [µF]"
        );
        assert_eq!(clean_label("V(BR) min"), "V(BR) min");
        assert_eq!(clean_label("Voltage (2) pins"), "Voltage (2) pins");
        assert_eq!(clean_label("Pin 1(12) to GND"), "Pin 1(12) to GND");
        // jst__jst_xh (md): `Applicab<br>mm<sup>2</sup>`; a marker after a unit still goes
        assert_eq!(clean_label("Applicable Wire mm²"), "Applicable Wire mm²");
        assert_eq!(clean_label("Cross-section mm² ¹"), "Cross-section mm²");
        assert_eq!(clean_label("Rated current²"), "Rated current");
    }

    #[test]
    fn a_symbol_glued_to_the_next_word_is_parted() {
        // kemet__KEMET_C1206C102KDGACTU (md): the space after a subscript is lost
        assert_eq!(
            clean_label("Time(tS)from TSminto TSmax"),
            "Time(tS)from TSmin to TSmax"
        );
        assert_eq!(
            clean_label("Ramp-Up Rate (TLto TP)"),
            "Ramp-Up Rate (TL to TP)"
        );
        // renesasinter__ISL3175EIBZ (md)
        assert_eq!(
            clean_label("Driver Differential VOUTfor Complementary Output States"),
            "Driver Differential VOUT for Complementary Output States"
        );
        for kept in [
            "Photo",
            "Toronto",
            "PHOTO",
            "Max. Capacitive Load",
            "IEC 60068-2-6",
        ] {
            assert_eq!(clean_label(kept), kept);
        }
    }

    #[test]
    fn wire_ranges_in_two_columns() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        // jst__jst_xh: `Applicab<br>mm²` | `le Wire<br>AWG#` (the cut word joined)
        let xh = names(&[
            "Model No.",
            "Applicable Wire mm²",
            "AWG#",
            "Insulation O.D (mm)",
        ]);
        assert_eq!(wire_label(&xh, 1).as_deref(), Some("Applicable Wire"));
        assert_eq!(wire_label(&xh, 2), None);
        // jst__jst_sh: `mm²` | `Applicable<br>AWG#` | `wire<br>Insulation O.D. mm(in.)`
        let cells = names(&[
            "Model No.",
            "mm²",
            "Applicable\nAWG#",
            "wire\nInsulation O.D.",
        ]);
        let header: Vec<String> = rejoin_header(&cells)
            .iter()
            .map(|c| clean_label(c))
            .collect();
        assert_eq!(header[2], "Applicable wire AWG#");
        assert_eq!(header[3], "Applicable wire Insulation O.D.");
        assert_eq!(wire_label(&header, 1).as_deref(), Some("Applicable wire"));
        // `max. Capacitive` starts a heading of its own
        let recom = names(&["incy\n@ max. Vin", "max. Capacitive\nLoad"]);
        assert_eq!(rejoin_header(&recom), recom);
        // a unit that ends a longer word is no unit
        assert_eq!(wire_label(&names(&["Summ2", "AWG"]), 0), None);
    }

    #[test]
    fn product_column_names() {
        // each word is looked up by its own first letter
        for b in 0..=255u8 {
            assert!(product_words(b).iter().all(|w| w[0] == b));
        }
        // every name accepted, as printed (case, punctuation, footnotes), passes the
        // cheap test too
        for (h, ok) in [
            ("Part Number", true),
            ("PART NO.", true),
            ("Part #", true),
            ("Model", true),
            ("Model No:", true),
            ("Model Number (1)", true),
            ("Model Name", true),
            ("Type", true),
            ("TYP", true),
            ("Order Code", true),
            ("Ordering code", true),
            ("Order Number", true),
            ("Order No.", true),
            ("Article No.", true),
            ("Article number", true),
            ("Item No.", true),
            ("Item number", true),
            ("Catalog Number", true),
            ("Catalogue Number", true),
            ("P/N", true),
            ("Product", true),
            ("Product Number", true),
            ("Part Name", true),
            ("SKU", true),
            ("Bestellnummer", true),
            ("Artikelnummer", true),
            ("Amp Code", true),
            ("Type  code", true),
            ("Parameter", false),
            ("Min", false),
            ("Product family", false),
            ("Voltage (V)", false),
            ("Typ.", true),
            ("Teilenummer", false),
        ] {
            assert_eq!(names_products(h), ok, "{h}");
        }
    }

    /// Each property's label, variant and raw text, to compare with what a table says.
    fn label_variant_raw(p: &[RawProperty]) -> Vec<(&str, Option<&str>, &str)> {
        p.iter()
            .map(|p| (p.label.as_str(), p.variant.as_deref(), p.raw.as_str()))
            .collect()
    }

    fn table(rows: &[&[&str]]) -> Vec<Line> {
        rows.iter()
            .map(|r| Line::new(r.iter().map(|c| c.to_string()).collect(), Loc::default()))
            .collect()
    }

    #[test]
    fn labels_lose_footnotes() {
        for (printed, label) in [
            ("Supply voltage (1)", "Supply voltage"),
            ("RIPPLE & NOISE (max.) Note.2", "RIPPLE & NOISE (max.)"),
            ("Input current¹", "Input current"),
            ("Turn on time*", "Turn on time"),
            ("PART NUMBER (Notes 2, 3)", "PART NUMBER"),
            ("CARRIER TYPE (Note 1)", "CARRIER TYPE"),
            (".062 to .125 (1,57) (3,18)", ".062 to .125 (1,57) (3,18)"),
            (
                "Ambient temperature ( Operating )",
                "Ambient temperature ( Operating )",
            ),
        ] {
            assert_eq!(clean_label(printed), label, "{printed:?}");
        }
    }

    #[test]
    fn variant_columns_with_an_optional_suffix_letter() {
        // panasonic__AQY212EH_Panasonic (PDF): `AQY212EH ( A )` names AQY212EH with or
        // without its terminal-shape letter.
        let t = table(&[
            &[
                "Item",
                "Symbol",
                "AQY211EH ( A )",
                "AQY212EH ( A )",
                "Remarks",
            ],
            &[
                "Continuous load current",
                "IL",
                "1 A",
                "0.55 A",
                "Peak AC, DC",
            ],
        ]);
        let p = read(&t, None).expect("header found");
        let variants: Vec<Option<&str>> = p.iter().map(|p| p.variant.as_deref()).collect();
        assert_eq!(variants, [Some("AQY211EH"), Some("AQY212EH")]);
        assert_eq!(p[1].raw, "0.55 A");
    }

    #[test]
    fn label_printed_over_the_rows_of_its_limits() {
        // panasonic__AQY212EH_Panasonic: `LED operate` over `current`, one line per limit.
        let t = table(&[
            &["Item", "", "Symbol", "AQY211EH", "AQY212EH", "Condition"],
            &["LED operate", "Typical", "IFon", "", "1.2 mA", ""],
            &["current", "Maximum", "", "", "3.0 mA", ""],
        ]);
        let p = read(&t, None).expect("header found");
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].label, "LED operate current");
        let l = p[0].limits.as_ref().expect("limits");
        assert_eq!(
            (l.typ.as_deref(), l.max.as_deref()),
            (Some("1.2 mA"), Some("3.0 mA"))
        );
    }

    #[test]
    fn label_and_symbol_printed_over_the_rows_of_its_limits() {
        // panasonic__AQY212EH_Panasonic (Markdown): the symbol `IFon` over two lines too.
        let t = table(&[
            &["Item", "", "Symbol", "AQY211EH", "AQY212EH", "Condition"],
            &["LED operate", "Typical", "I", "", "1.2 mA", ""],
            &["current", "Maximum", "Fon", "", "3.0 mA", ""],
        ]);
        let p = read(&t, None).expect("header found");
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].label, "LED operate current");
        let l = p[0].limits.as_ref().expect("limits");
        assert_eq!(l.symbol.as_deref(), Some("IFon"));
    }

    #[test]
    fn a_header_of_labels_over_one_row_of_values() {
        // tdk__TDK_MPZ2012S601AT000 (Markdown): the header runs over two lines.
        let t = table(&[
            &["Operating", "", "Storage", "Individual"],
            &["temperature range", "", "temperature range", "weight"],
            &["–55 to +125°C", "", "–55 to +125°C", "8 mg"],
            &[
                "The storage temperature r",
                "a",
                "nge is for after the assembly.",
                "",
            ],
        ]);
        let p = label_columns(&t).expect("three properties");
        let got: Vec<(&str, &str)> = p
            .iter()
            .map(|p| (p.label.as_str(), p.raw.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("Operating temperature range", "–55 to +125°C"),
                ("Storage temperature range", "–55 to +125°C"),
                ("Individual weight", "8 mg")
            ]
        );
        // Not such tables: two rows of values, a title block in capitals, letter codes.
        let two_rows = table(&[&["Weight", "Height"], &["8 mg", "2 mm"], &["9 mg", "3 mm"]]);
        assert!(label_columns(&two_rows).is_none());
        let title_block = table(&[&["CHECKED", "REVISION"], &["BBo 1", "001.003"]]);
        assert!(label_columns(&title_block).is_none());
        let codes = table(&[&["C", "B"], &["C0402C 1", "C0603C 2"]]);
        assert!(label_columns(&codes).is_none());
    }

    #[test]
    fn min_max_unit_table() {
        // texasinstrum__TCAN332: absolute maximum ratings.
        let t = table(&[
            &["", "MIN", "MAX", "UNIT"],
            &["Supply Voltage range, VCC", "–0.3", "5", "V"],
            &["Logic output current, IO(LOGIC)", "", "8", "mA"],
        ]);
        let p = read(&t, None).expect("header found");
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].label, "Supply Voltage range, VCC");
        let l = p[1].limits.as_ref().expect("limits");
        assert_eq!((l.min.as_deref(), l.max.as_deref()), (None, Some("8")));
        assert_eq!(l.unit.as_deref(), Some("mA"));
    }

    #[test]
    fn rows_under_merged_condition_and_unit_cells_take_the_unit_above() {
        // texasinstrum__TCAN332 (PDF), switching characteristics: the condition and the
        // unit of `tpHR` are merged cells over the rows to `tf`; `tTXD_DTO` has its own.
        let t = table(&[
            &[
                "",
                "PARAMETER",
                "TEST CONDITIONS",
                "MIN",
                "TYP",
                "MAX",
                "UNIT",
            ],
            &[
                "tpHR",
                "Propagation delay time",
                "See Figure 6-2",
                "",
                "25",
                "",
                "ns",
            ],
            &[
                "tr",
                "Differential output signal rise time",
                "",
                "",
                "17",
                "",
                "",
            ],
            &[
                "tf",
                "Differential output signal fall time",
                "",
                "",
                "9",
                "",
                "",
            ],
            &[
                "tTXD_DTO",
                "Driver dominant time out",
                "See Figure 6-8",
                "1.2",
                "2.6",
                "3.8",
                "ms",
            ],
        ]);
        let p = read(&t, None).expect("header found");
        let units: Vec<Option<&str>> = p
            .iter()
            .map(|p| p.limits.as_ref().and_then(|l| l.unit.as_deref()))
            .collect();
        assert_eq!(units, [Some("ns"), Some("ns"), Some("ns"), Some("ms")]);
        // stmicroelect__USBLC6-2SC6Y (Markdown): the `pF` cell merged over the
        // `Ci/o-GND` and `ΔCi/o-GND` rows is printed on the second; the row above has a
        // unit of its own.
        let same_symbol = table(&[
            &[
                "Symbol",
                "Parameter",
                "Test conditions",
                "Min.",
                "Typ.",
                "Max.",
                "Unit",
            ],
            &[
                "CL",
                "Clamping voltage",
                "IPP= 5 A, 8/20 µs",
                "",
                "",
                "17",
                "V",
            ],
            &[
                "Ci/o-GND",
                "Capacitance between I/O and GND",
                "",
                "",
                "2.5",
                "3.5",
                "",
            ],
            &[
                "ΔCi/o-GND",
                "Interline capacitance matching",
                "VR= 1.65 V",
                "",
                "0.015",
                "",
                "pF",
            ],
        ]);
        let p = read(&same_symbol, None).expect("header found");
        let units: Vec<Option<&str>> = p
            .iter()
            .map(|p| p.limits.as_ref().and_then(|l| l.unit.as_deref()))
            .collect();
        assert_eq!(units, [Some("V"), Some("pF"), Some("pF")]);
        // A number under the unit (a row the converter shifted) is lent to no row.
        let shifted = table(&[
            &["PARAMETER", "TEST CONDITIONS", "MIN", "TYP", "MAX", "UNIT"],
            &["Pulse skew (", ")", "", "", "", "5"],
            &["Output rise time", "", "", "7", "", ""],
            &["Output fall time", "", "", "6", "", "ns"],
        ]);
        let p = read(&shifted, None).expect("header found");
        let rise = p
            .iter()
            .find(|p| p.label == "Output rise time")
            .expect("row");
        assert_eq!(
            rise.limits.as_ref().and_then(|l| l.unit.as_deref()),
            Some("ns")
        );
    }

    #[test]
    fn a_row_without_label_goes_with_the_row_setting_its_variable() {
        // semtech__SM712_Semtech (pymupdf4llm Markdown): the merged `Reverse Leakage
        // Current` cell is printed on the second of its rows; the row above it belongs to
        // breakdown voltage (`It = 1mA`).
        let t = table(&[
            &[
                "Parameter",
                "Symbol",
                "Conditions",
                "Min.",
                "Typ.",
                "Max.",
                "Units",
            ],
            &[
                "Reverse Breakdown Voltage",
                "VBR",
                "It= 1mA, Pin 3 and Pin 1",
                "7.5",
                "",
                "",
                "V",
            ],
            &["", "", "VR= 12 V, Pin 1 or Pin 2 to 3", "", "", "1", ""],
            &[
                "Reverse Leakage Current",
                "IR",
                "VR= 7 V, Pin 3 to Pin 1",
                "",
                "",
                "20",
                "μA",
            ],
        ]);
        let p = read(&t, None).expect("header found");
        let one = p
            .iter()
            .find(|p| p.limits.as_ref().and_then(|l| l.max.as_deref()) == Some("1"))
            .expect("row");
        assert_eq!(one.label, "Reverse Leakage Current");
        assert_eq!(
            one.limits.as_ref().and_then(|l| l.unit.as_deref()),
            Some("μA")
        );
    }

    #[test]
    fn merged_cells_and_groups() {
        // texasinstrum__TCAN332: electrical characteristics, label and unit printed on
        // the middle row of the rows they span.
        let t = table(&[
            &[
                "",
                "PARAMETER",
                "",
                "TEST CONDITIONS",
                "MIN",
                "TYP",
                "MAX",
                "UNIT",
            ],
            &["Supply", "", "", "", "", "", "", ""],
            &["", "", "Dominant", "TXD = 0V", "", "", "55", ""],
            &[
                "",
                "Supply current Normal Mode",
                "",
                "TXD = 0V, high load",
                "",
                "",
                "60",
                "",
            ],
            &[
                "",
                "",
                "Dominant with bus fault",
                "CANH = -12V",
                "",
                "",
                "180",
                "mA",
            ],
            &["ICC", "", "Recessive", "TXD = VCC", "", "", "3.5", ""],
            &[
                "",
                "Supply Current: Silent Mode",
                "",
                "S = VCC",
                "",
                "",
                "2.5",
                "",
            ],
            &[
                "",
                "Supply Current: Standby Mode",
                "",
                "TA < 85°C",
                "",
                "",
                "15",
                "",
            ],
            &["", "", "", "STB at VCC", "", "", "20", "µA"],
        ]);
        let p = read(&t, None).expect("header found");
        let got: Vec<(&str, &str, &str)> = p
            .iter()
            .map(|p| {
                let l = p.limits.as_ref().unwrap();
                (
                    p.label.as_str(),
                    l.max.as_deref().unwrap(),
                    l.unit.as_deref().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("Supply current Normal Mode", "55", "mA"),
                ("Supply current Normal Mode", "60", "mA"),
                ("Supply current Normal Mode", "180", "mA"),
                ("Supply current Normal Mode", "3.5", "mA"),
                ("Supply Current: Silent Mode", "2.5", "mA"),
                ("Supply Current: Standby Mode", "15", "µA"),
                ("Supply Current: Standby Mode", "20", "µA"),
            ]
        );
        assert_eq!(
            p[0].limits.as_ref().unwrap().condition.as_deref(),
            Some("Dominant; TXD = 0V")
        );
    }

    #[test]
    fn variant_columns() {
        // panasonic__AQY212EH_Panasonic: one column per product.
        let t = table(&[
            &["Item", "Symbol", "AQY211EH(A)", "AQY212EH(A)", "Remarks"],
            &["Load voltage (peak AC)", "VL", "30 V", "60 V", ""],
            &["LED forward current", "IF", "50 mA", "", ""],
        ]);
        let p = read(&t, None).expect("header found");
        let got = label_variant_raw(&p);
        assert_eq!(
            got,
            [
                ("Load voltage (peak AC)", Some("AQY211EH"), "30 V"),
                ("Load voltage (peak AC)", Some("AQY212EH"), "60 V"),
                // One cell over blank variant columns applies to every variant.
                ("LED forward current", None, "50 mA"),
            ]
        );
    }

    #[test]
    fn condition_rows_measure_the_parameter_above() {
        // onsemi__2N7002_onsemi (PDF): the conditions are printed under the parameter, in
        // its column, and the unit only on the parameter's row; a condition in the symbol
        // column of a table without a conditions column is one too. A condition cell run
        // into the next label stays that label.
        let t = table(&[
            &["Characteristic", "Symbol", "Min", "Typ", "Max", "Unit"],
            &[
                "Static Drain-Source On-State Voltage",
                "VDS(on)",
                "",
                "",
                "",
                "Vdc",
            ],
            &["(VGS = 10 Vdc, ID = 500 mAdc)", "", "−", "−", "3.75", ""],
            &["(VGS = 5.0 Vdc, ID = 50 mAdc)", "", "−", "−", "0.375", ""],
            &[
                "Static Drain-Source On-State Resistance",
                "rDS(on)",
                "",
                "",
                "",
                "Ohms",
            ],
            &[
                "(VGS = 10 V, ID = 500 mAdc)",
                "TC = 25°C",
                "−",
                "−",
                "7.5",
                "",
            ],
            &["TC = 125°C", "", "−", "−", "13.5", ""],
            &[
                "RG = 25 Ω, RL = 50 Ω Turn-Off Delay Time",
                "td(off)",
                "−",
                "−",
                "40",
                "ns",
            ],
        ]);
        let p = read(&t, None).expect("header found");
        let got: Vec<_> = p
            .iter()
            .map(|p| {
                let l = p.limits.as_ref().expect("limits");
                (
                    p.label.as_str(),
                    l.symbol.as_deref(),
                    l.max.as_deref(),
                    l.unit.as_deref(),
                    l.condition.as_deref(),
                )
            })
            .collect();
        let v = "Static Drain-Source On-State Voltage";
        let r = "Static Drain-Source On-State Resistance";
        let c1 = "VGS = 10 V, ID = 500 mAdc; TC = 25°C";
        assert_eq!(
            got,
            [
                (
                    v,
                    Some("VDS(on)"),
                    Some("3.75"),
                    Some("Vdc"),
                    Some("VGS = 10 Vdc, ID = 500 mAdc")
                ),
                (
                    v,
                    Some("VDS(on)"),
                    Some("0.375"),
                    Some("Vdc"),
                    Some("VGS = 5.0 Vdc, ID = 50 mAdc")
                ),
                (r, Some("rDS(on)"), Some("7.5"), Some("Ohms"), Some(c1)),
                (
                    r,
                    Some("rDS(on)"),
                    Some("13.5"),
                    Some("Ohms"),
                    Some("TC = 125°C")
                ),
                (
                    "RG = 25 Ω, RL = 50 Ω Turn-Off Delay Time",
                    Some("td(off)"),
                    Some("40"),
                    Some("ns"),
                    None
                ),
            ]
        );
    }

    #[test]
    fn a_unit_comes_from_the_same_parameter_before_a_nearer_other() {
        // texasinstrum__SN65HVD3082EDR (PDF): `Mbps` on the first row of three, `°C` on
        // the row right under the third
        let t = table(&[
            &["Parameter", "Condition", "Min", "Max", "Unit"],
            &["Signaling rate", "SN65HVD3082E", "", "0.2", "Mbps"],
            &["", "SN65HVD3085E", "", "1", ""],
            &["", "SN65HVD3088E", "", "20", ""],
            &["Operating temperature", "D package", "-40", "105", "°C"],
            &["", "P package", "-40", "85", ""],
        ]);
        let p = read(&t, None).expect("header found");
        let units: Vec<_> = p
            .iter()
            .map(|p| {
                (
                    p.label.as_str(),
                    p.limits.as_ref().and_then(|l| l.unit.as_deref()),
                )
            })
            .collect();
        assert_eq!(
            units,
            [
                ("Signaling rate", Some("Mbps")),
                ("Signaling rate", Some("Mbps")),
                ("Signaling rate", Some("Mbps")),
                ("Operating temperature", Some("°C")),
                ("Operating temperature", Some("°C")),
            ]
        );
    }

    #[test]
    fn model_codes_over_a_unit_column_are_variants() {
        // omron__omron-g-series-servo-motors (PDF): a title line, then the model codes
        // (one capital and digits), a unit column between label and values.
        let t = table(&[
            &["Applied voltage", "", "", "230 V", ""],
            &[
                "Servo motor model R88M-@",
                "",
                "G05030@",
                "G10030@",
                "G1K030T",
            ],
            &["Rated output", "W", "50", "100", "1,000"],
            &["Rated torque", "N·m", "0.16", "0.32", "3.18"],
        ]);
        let p = read(&t, None).expect("header found");
        assert_eq!(
            label_variant_raw(&p),
            [
                ("Rated output", Some("G05030@"), "50 W"),
                ("Rated output", Some("G10030@"), "100 W"),
                ("Rated output", Some("G1K030T"), "1,000 W"),
                ("Rated torque", Some("G05030@"), "0.16 N·m"),
                ("Rated torque", Some("G10030@"), "0.32 N·m"),
                ("Rated torque", Some("G1K030T"), "3.18 N·m"),
            ]
        );
        // texasinstrum__TCAN332: pin numbers per device are an assignment, not values
        let pins = table(&[
            &["NAME", "TCAN330", "TCAN332", "TCAN334", "I/O"],
            &["TXD", "1", "1", "1", "I"],
            &["SHDN", "5", "—", "5", "I"],
        ]);
        assert!(read(&pins, None).is_none_or(|p| p.iter().all(|p| p.variant.is_none())));
    }

    #[test]
    fn a_centred_cell_cut_at_the_column_lines_applies_to_every_variant() {
        // vishay__Vishay_CRCW_HP (pymupdf4llm): `-55 °C to +155 °C` printed across eight
        // size columns arrives as two cells in the middle two; values given for some
        // variants only do not sit centred between blanks.
        let t = table(&[
            &[
                "Description",
                "CRCW0402",
                "CRCW0603",
                "CRCW0805",
                "CRCW1206",
            ],
            &[
                "Operating temperature range",
                "",
                "-55 °C to",
                "+155 °C",
                "",
            ],
            &["Rated dissipation", "0.2 W", "0.33 W", "", ""],
            &["Rated voltage", "", "", "75 V", "150 V"],
        ]);
        let p = read(&t, None).expect("header found");
        assert_eq!(
            label_variant_raw(&p),
            [
                ("Operating temperature range", None, "-55 °C to +155 °C"),
                ("Rated dissipation", Some("CRCW0402"), "0.2 W"),
                ("Rated dissipation", Some("CRCW0603"), "0.33 W"),
                ("Rated voltage", Some("CRCW0805"), "75 V"),
                ("Rated voltage", Some("CRCW1206"), "150 V"),
            ]
        );
    }

    #[test]
    fn variants_named_in_words_under_a_feature_header() {
        // wrthelektron__Wurth_61200621621 and kemet__KEMET_C1206C102KDGACTU: reflow
        // profiles, one column per solder (a spanning header over the variant names in
        // the second case, cut by the converter).
        let t = table(&[
            &["Profile Feature", "", "Pb-Free Assembly", "Sn-Pb Assembly"],
            &["Preheat Temperature Min", "Ts min", "100 °C", "110 °C"],
            &[
                "Time of actual peak temperature",
                "tp",
                "max. 10 seconds",
                "max. 10 seconds",
            ],
            &["Ramp-down Rate, Min", "", "~ 2 K/ second", "~ 2 K/ second"],
        ]);
        let p = read(&t, None).expect("header found");
        let got = label_variant_raw(&p);
        assert_eq!(
            got,
            [
                (
                    "Preheat Temperature Min",
                    Some("Pb-Free Assembly"),
                    "100 °C"
                ),
                ("Preheat Temperature Min", Some("Sn-Pb Assembly"), "110 °C"),
                (
                    "Time of actual peak temperature",
                    Some("Pb-Free Assembly"),
                    "max. 10 seconds"
                ),
                (
                    "Time of actual peak temperature",
                    Some("Sn-Pb Assembly"),
                    "max. 10 seconds"
                ),
                (
                    "Ramp-down Rate, Min",
                    Some("Pb-Free Assembly"),
                    "~ 2 K/ second"
                ),
                (
                    "Ramp-down Rate, Min",
                    Some("Sn-Pb Assembly"),
                    "~ 2 K/ second"
                ),
            ]
        );
        let t = table(&[
            &["Profile Feature", "Terminati", "on Finish"],
            &["i", "SnPb", "100% Matte Sn"],
            &["Preheat/Soak", "", ""],
            &["Temperature Minimum (TSmin)", "100°C", "150°C"],
            &[
                "Ramp-Up Rate (TLto TP)",
                "3°C/second\nmaximum",
                "3°C/second\nmaximum",
            ],
        ]);
        let p = read(&t, None).expect("header found");
        let got = label_variant_raw(&p);
        assert_eq!(
            got,
            [
                ("Temperature Minimum (TSmin)", Some("SnPb"), "100°C"),
                (
                    "Temperature Minimum (TSmin)",
                    Some("100% Matte Sn"),
                    "150°C"
                ),
                (
                    "Ramp-Up Rate (TL to TP)",
                    Some("SnPb"),
                    "3°C/second maximum"
                ),
                (
                    "Ramp-Up Rate (TL to TP)",
                    Some("100% Matte Sn"),
                    "3°C/second maximum"
                ),
            ]
        );
        // Words over words are not variants: `Test Method` holds no values.
        let t = table(&[
            &["Parameter", "Test Method", "Result"],
            &["Vibration", "MIL-STD-202 Method 204", "No damage"],
            &["Shock", "MIL-STD-202 Method 213", "No damage"],
        ]);
        assert!(read(&t, None).is_none());
    }

    #[test]
    fn names_given_for_the_value_columns() {
        // kemet__KEMET_C1206C102KDGACTU (PDF): the header stands apart from its rows,
        // and the last row wraps onto a line of words.
        let names = ["SnPb".to_string(), "100% Matte Sn".to_string()];
        let t = table(&[
            &["Temperature Minimum (TSmin)", "100°C", "150°C"],
            &["Time 25°C to Peak", "6 minutes", "8 minutes"],
            &["Temperature", "maximum", "maximum"],
        ]);
        let p = read_named(&names, &t).expect("rows of values");
        assert_eq!(
            label_variant_raw(&p),
            [
                ("Temperature Minimum (TSmin)", Some("SnPb"), "100°C"),
                (
                    "Temperature Minimum (TSmin)",
                    Some("100% Matte Sn"),
                    "150°C"
                ),
                (
                    "Time 25°C to Peak Temperature",
                    Some("SnPb"),
                    "6 minutes maximum"
                ),
                (
                    "Time 25°C to Peak Temperature",
                    Some("100% Matte Sn"),
                    "8 minutes maximum"
                ),
            ]
        );
        // Rows of words are no table of values.
        let t = table(&[
            &["Withstanding", "KEMET Internal", "No damage"],
            &["Temperature", "0% Loss/Decade Hour", "Cap: Initial Limit"],
        ]);
        assert!(read_named(&names, &t).is_none());
    }

    #[test]
    fn value_unit_table() {
        // semtech__SM712_Semtech: Rating | Symbol | Value | Units.
        let t = table(&[
            &["Rating", "Symbol", "Value", "Units"],
            &["Peak Pulse Current (tp = 8/20µs)", "IPP", "21", "A"],
            &["Operating Temperature", "TJ", "-55 to +125", "°C"],
        ]);
        let p = read(&t, None).expect("header found");
        let raws: Vec<&str> = p.iter().map(|p| p.raw.as_str()).collect();
        assert_eq!(raws, ["21 A", "-55 to +125 °C"]);
        assert_eq!(p[0].label, "Peak Pulse Current (tp = 8/20µs)");
    }

    #[test]
    fn repeated_limit_groups_are_variants() {
        // texasinstrum__INA219: INA219A and INA219B side by side.
        let t = table(&[
            &["", "", "INA219A", "", "", "INA219B", "", "", ""],
            &[
                "PARAMETER",
                "TEST CONDITIONS",
                "MIN",
                "TYP",
                "MAX",
                "MIN",
                "TYP",
                "MAX",
                "UNIT",
            ],
            &[
                "Quiescent current",
                "",
                "",
                "0.7",
                "1",
                "",
                "0.7",
                "1",
                "mA",
            ],
        ]);
        let p = read(&t, None).expect("header found");
        let got: Vec<(Option<&str>, Option<&str>)> = p
            .iter()
            .map(|p| {
                (
                    p.variant.as_deref(),
                    p.limits.as_ref().unwrap().max.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [(Some("INA219A"), Some("1")), (Some("INA219B"), Some("1"))]
        );
    }

    #[test]
    fn product_rows() {
        // recom__R-78E3.3-0.5: a selection guide, one row per product.
        let t = table(&[
            &[
                "Part\nNumber",
                "Input\nVoltage Range\n[VDC]",
                "Output\nCurrent\n[A]",
                "Efficiency (SCP)",
            ],
            &["R-78E3.3-0.5", "6-28", "0.5", "88"],
            &["R-78E5.0-0.5", "7-28", "0.5", "92"],
        ]);
        let p = read_products(&t).expect("a product table");
        let got: Vec<(&str, Option<&str>, &str)> = p
            .iter()
            .take(3)
            .map(|p| (p.label.as_str(), p.variant.as_deref(), p.raw.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Input Voltage Range [VDC]",
                    Some("R-78E3.3-0.5"),
                    "6-28 VDC"
                ),
                ("Output Current [A]", Some("R-78E3.3-0.5"), "0.5 A"),
                ("Efficiency (SCP)", Some("R-78E3.3-0.5"), "88"),
            ]
        );
        assert!(read_products(&table(&[
            &["Rated voltage", "250 V"],
            &["Rated current", "24 A"]
        ]))
        .is_none());
    }

    #[test]
    fn no_header_no_reading() {
        let t = table(&[
            &["Rated voltage", "250 V", ""],
            &["Rated current", "24 A", ""],
        ]);
        assert!(read(&t, None).is_none());
    }

    #[test]
    fn role_names_pass_the_word_start_test() {
        // Every name word_role knows, as printed in capitals, with a footnote marker, after
        // a `*` or under a line above, is still read as a role past the cheap test.
        let names = [
            "min",
            "minimum",
            "min value",
            "typ",
            "typical",
            "nom",
            "nominal",
            "typ value",
            "max",
            "maximum",
            "max value",
            "unit",
            "units",
            "einheit",
            "unit of measure",
            "dim",
            "dimension unit",
            "symbol",
            "sym",
            "symbols",
            "formelzeichen",
            "value",
            "values",
            "rating",
            "ratings",
            "limit",
            "limits",
            "wert",
            "werte",
            "specification",
            "specifications",
            "spec",
            "rated value",
            "max rating",
            "maximum rating",
            "maximum ratings",
            "requirement",
            "requirements",
            "parameter",
            "parameters",
            "characteristic",
            "characteristics",
            "item",
            "items",
            "description",
            "test",
            "thermal metric",
            "property",
            "properties",
            "feature",
            "features",
            "bezeichnung",
            "merkmal",
            "attribute",
            "remark",
            "remarks",
            "note",
            "notes",
            "comment",
            "comments",
            "bemerkung",
            "dimension",
            "dimensions",
            "size",
            "tolerance",
            "tolerances",
            "tol",
            "toleranz",
            "mark",
            "Pin description",
            "Electrical Parameter",
            "Profile Feature",
            "Test Item",
            "Polarity mark",
            "Test conditions",
            "(Conditions)",
            "bedingung",
            "bedingungen",
        ];
        for n in names {
            let upper = n.to_uppercase();
            for cell in [
                n.to_string(),
                upper.clone(),
                format!("{upper} (1)"),
                format!("*{upper} (1)"),
                format!("8056A\n{n}"),
            ] {
                assert!(word_role(&cell).is_some(), "{cell:?}");
                assert!(role_word_start(n.as_bytes(), n.is_ascii()), "{n:?}");
            }
        }
        assert!(word_role("Supply voltage (V)").is_none());
        assert!(!role_word_start(b"Supply voltage (V)", true));
        // a non-ASCII cell: words after a non-ASCII space, and the Kelvin sign as `k`
        assert!(!role_word_start("Größe".as_bytes(), false));
        assert!(role_word_start("Größe\u{a0}Max".as_bytes(), false));
        assert!(word_role("Größe\u{a0}Max").is_none());
        assert!(role_word_start("\u{212A}ENNGRÖSSE".as_bytes(), false));
    }

    #[test]
    fn words_counted_as_split_whitespace_counts_them() {
        for t in [
            "",
            " ",
            "Min",
            "  Max. value ",
            "Test\tconditions\n(1)",
            "a\x0bb\x0cc\rd",
            "Kenngröße  Wert",
            "x\u{a0}y",
        ] {
            assert_eq!(word_count(t), t.split_whitespace().count(), "{t:?}");
        }
    }
}
