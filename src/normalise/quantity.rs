//! One value cell → a [`Value`]: single values, ranges, qualifiers (`approx.`, `<`, `max.`),
//! conditions (`Locked: …`, `… (depending on pole number)`, `200, without …`), dual units
//! (`9 mm / 0.35 inch` → `alternatives`), packed lists (`160 V/2,5 kV/2 9 A`), counts,
//! booleans, and everything else as `text`.
//!
//! The cell is cut into tokens (numbers, units, range separators, qualifiers, words) in
//! one pass, then read by a small grammar. Anything the grammar does not account for makes
//! the whole cell `text`: a wrong number is worse than no number.

use super::cross_section::{self, Awg, Printed};
use super::number::{self, Number};
use super::units::{self, round_sig, Family, Unit};
use super::value::{Qualifier, Quantity, Range, SiRange, SiValue, Tolerance, Value};
use crate::diagnostic::Diagnostic;
use regex::Regex;
use std::sync::LazyLock;

/// What a token is.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Num(Number),
    /// An aught gauge `m/0`.
    Aught(u8),
    Unit(&'static Unit),
    RangeSep,
    Slash,
    Comma,
    Semi,
    PlusMinus,
    Qual(Qualifier),
    Word,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    kind: Kind,
    start: usize,
}

/// Qualifier spellings, matched case-insensitively at a word boundary; longest first
/// within a shared prefix.
const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("approximately", Qualifier::Approx),
    ("approx.", Qualifier::Approx),
    ("approx", Qualifier::Approx),
    ("appr.", Qualifier::Approx),
    ("ca.", Qualifier::Approx),
    ("ca", Qualifier::Approx),
    ("abt.", Qualifier::Approx),
    ("about", Qualifier::Approx),
    ("circa", Qualifier::Approx),
    ("≈", Qualifier::Approx),
    ("typically", Qualifier::Typ),
    ("typical", Qualifier::Typ),
    ("typ.", Qualifier::Typ),
    ("typ", Qualifier::Typ),
    ("maximum", Qualifier::Max),
    ("max.", Qualifier::Max),
    ("max", Qualifier::Max),
    ("minimum", Qualifier::Min),
    ("min.", Qualifier::Min),
    ("min", Qualifier::Min),
    ("nominal", Qualifier::Nom),
    ("nom.", Qualifier::Nom),
    ("nom", Qualifier::Nom),
    ("up to", Qualifier::Le),
    ("bis zu", Qualifier::Le),
    ("at most", Qualifier::Le),
    ("at least", Qualifier::Ge),
    ("less than", Qualifier::Lt),
    ("greater than", Qualifier::Gt),
    ("more than", Qualifier::Gt),
    ("below", Qualifier::Lt),
    ("under", Qualifier::Lt),
    ("unter", Qualifier::Lt),
    ("above", Qualifier::Gt),
    ("over", Qualifier::Gt),
    ("über", Qualifier::Gt),
    ("Über", Qualifier::Gt),
    ("<=", Qualifier::Le),
    (">=", Qualifier::Ge),
    ("≤", Qualifier::Le),
    ("≦", Qualifier::Le),
    ("≥", Qualifier::Ge),
    ("≧", Qualifier::Ge),
    ("<", Qualifier::Lt),
    (">", Qualifier::Gt),
];

/// The [`QUALIFIERS`] grouped by their first byte, each group in the list's order, and the
/// part of that list each first byte's group fills: a word is compared only with the
/// qualifiers that start as it does (most words start as none), the first that matches
/// being the one a search of the whole list finds.
static QUALIFIERS_BY_FIRST: QualifierIndex = {
    let mut list = [("", Qualifier::Approx); QUALIFIERS.len()];
    let mut groups = [(0u8, 0u8); 256];
    let mut n = 0;
    let mut first = 0;
    while first < 256 {
        let start = n;
        let mut k = 0;
        while k < QUALIFIERS.len() {
            if QUALIFIERS[k].0.as_bytes()[0] as usize == first {
                list[n] = QUALIFIERS[k];
                n += 1;
            }
            k += 1;
        }
        groups[first] = (start as u8, n as u8);
        first += 1;
    }
    QualifierIndex { list, groups }
};

/// See [`QUALIFIERS_BY_FIRST`].
struct QualifierIndex {
    list: [(&'static str, Qualifier); QUALIFIERS.len()],
    /// Per first byte, the range of `list` holding the qualifiers that start with it.
    groups: [(u8, u8); 256],
}

impl QualifierIndex {
    /// The qualifiers whose first byte is `first`, in [`QUALIFIERS`]' order.
    fn starting_with(&self, first: u8) -> &[(&'static str, Qualifier)] {
        let (start, end) = self.groups[usize::from(first)];
        &self.list[usize::from(start)..usize::from(end)]
    }
}

/// Range separators that are words or symbols (the dashes are handled by position).
const RANGE_WORDS: &[&str] = &[
    "...", "…", "..", "~", "to", "bis", "thru", "through", "up to",
];

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{2009}' || c == '\u{202f}'
}

/// Whether `s` (lower-cased comparison) starts with `word` ending at a boundary.
fn starts_word(s: &str, word: &str) -> bool {
    let n = word.len();
    if s.len() < n || !s.is_char_boundary(n) || !s[..n].eq_ignore_ascii_case(word) {
        return false;
    }
    let last_alpha = word.ends_with(|c: char| c.is_alphanumeric());
    match s[n..].chars().next() {
        None => true,
        Some(c) => !(last_alpha && (c.is_alphanumeric() || c == '.')) || word.ends_with('.'),
    }
}

fn dash_len(s: &str) -> usize {
    if s.starts_with('-') {
        1
    } else if s.starts_with(['–', '—', '−', '‐', '‑']) {
        3
    } else {
        0
    }
}

/// Cut a cell into tokens. Never fails: unknown text becomes `Word` tokens.
fn tokenize(s: &str, out: &mut Vec<Tok>) {
    tokenize_until(s, out, false);
}

/// Tokenize; with `stop_at_leading_word`, give up as soon as the first token is a word
/// (such a cell is text whatever follows, and text cells can be long).
fn tokenize_until(s: &str, out: &mut Vec<Tok>, stop_at_leading_word: bool) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        if stop_at_leading_word && out.len() == 1 && matches!(out[0].kind, Kind::Word) {
            return;
        }
        let rest = &s[i..];
        let c = match rest.chars().next() {
            Some(c) => c,
            None => break,
        };
        if is_space(c) {
            i += c.len_utf8();
            continue;
        }
        let prev = out.last().map(|t| t.kind);
        let after_value = matches!(prev, Some(Kind::Num(_) | Kind::Unit(_) | Kind::Aught(_)));
        let after_bare_num = matches!(prev, Some(Kind::Num(_) | Kind::Aught(_)));
        let push = |out: &mut Vec<Tok>, kind, len: usize| {
            out.push(Tok { kind, start: i });
            i + len
        };
        // Footnote markers stick to values (`15A*`, `*10A`): skip them.
        if c == '*' || c == '†' {
            i += c.len_utf8();
            continue;
        }
        // `AWG #22`: the number sign before a gauge.
        if c == '#' && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
            continue;
        }
        // Aught gauges `1/0` … `4/0` (digit, slash, zero, then no digit).
        if (b'1'..=b'4').contains(&b[i])
            && b.get(i + 1) == Some(&b'/')
            && b.get(i + 2) == Some(&b'0')
            && !b
                .get(i + 3)
                .is_some_and(|x| x.is_ascii_digit() || *x == b'.' || *x == b',')
            && (i == 0 || !b[i - 1].is_ascii_digit())
        {
            i = push(out, Kind::Aught(b[i] - b'0'), 3);
            continue;
        }
        // A dash between values separates a range; elsewhere before a digit it is a sign.
        let dl = dash_len(rest);
        if dl > 0 && after_value && !rest.starts_with('−') {
            i = push(out, Kind::RangeSep, dl);
            continue;
        }
        if c.is_ascii_digit() {
            // `00h`, `7FF0h`, `0x1F`: register codes, never hours or numbers.
            if let Some(n) = hex_code_len(rest) {
                i = push(out, Kind::Word, n);
                continue;
            }
        }
        if c.is_ascii_digit() || c == '.' || c == '+' || dl > 0 {
            if let Some(n) = number::scan(rest, !after_value) {
                i = push(out, Kind::Num(n), n.len);
                continue;
            }
        }
        // (every range word starts with one of these bytes, in either case: most words
        // are told from their first byte, not compared with each range word)
        let may_range = matches!(
            b[i].to_ascii_lowercase(),
            b'.' | 0xE2 | b'~' | b't' | b'b' | b'u'
        );
        let range_word = if may_range && (after_value || c == '~') {
            RANGE_WORDS.iter().find(|w| starts_word(rest, w))
        } else {
            None
        };
        if let Some(w) = range_word {
            // `to`/`bis` only between values; `~` before a value means approx.
            if after_value {
                i = push(out, Kind::RangeSep, w.len());
                continue;
            }
            if *w == "~" {
                i = push(out, Kind::Qual(Qualifier::Approx), 1);
                continue;
            }
        }
        if c == '±' {
            i = push(out, Kind::PlusMinus, 2);
            continue;
        }
        if let Some(pm) = (c == '+')
            .then(|| {
                ["+/-", "+/−", "+ / -", "+-"]
                    .into_iter()
                    .find(|p| rest.starts_with(p))
            })
            .flatten()
        {
            i = push(out, Kind::PlusMinus, pm.len());
            continue;
        }
        match c {
            // `-40/+115°C`: a negative value, a slash, a value printed with its plus sign
            // is a temperature range as catalogues print it, not a ratio or alternatives.
            '/' if after_value
                && rest[1..].starts_with('+')
                && rest[2..].starts_with(|d: char| d.is_ascii_digit())
                && out
                    .iter()
                    .rev()
                    .find_map(|t| match t.kind {
                        Kind::Num(n) => Some(n.value < 0.0),
                        _ => None,
                    })
                    .unwrap_or(false) =>
            {
                i = push(out, Kind::RangeSep, 1);
                continue;
            }
            '/' => {
                i = push(out, Kind::Slash, 1);
                continue;
            }
            ',' => {
                i = push(out, Kind::Comma, 1);
                continue;
            }
            ';' => {
                i = push(out, Kind::Semi, 1);
                continue;
            }
            _ => {}
        }
        // Units follow a number; AWG may also precede one (`AWG 24 – 18`).
        if after_bare_num {
            // `10 min` is ten minutes; `10 min.` or `75 % min.` is a qualifier.
            // (`3,000 min-1` is a speed: the unit table has it)
            if starts_word(rest, "min")
                && !rest[3..].starts_with(['.', '^'])
                && (!rest[3..].starts_with("-1")
                    || rest[5..].starts_with(|c: char| c.is_ascii_digit()))
                && rest.starts_with('m')
            {
                i = push(out, Kind::Unit(units::lookup("mins").expect("mins")), 3);
                continue;
            }
        }
        if after_bare_num {
            if let Some((u, n)) = split_prefix_unit(rest) {
                i = push(out, Kind::Unit(u), n);
                continue;
            }
        }
        if after_bare_num || (c == 'A' || c == 'a') && starts_word(rest, "awg") {
            if let Some((u, n)) = units::match_unit(rest) {
                if after_bare_num || u.family == Family::Awg {
                    // `mm 2`: a superscript that lost its height in PDF extraction.
                    let n = n + squared_suffix(u, &rest[n..]);
                    let u = if n > rest.len() || !rest[..n].ends_with(['2', '²']) {
                        u
                    } else {
                        units::lookup("mm²")
                            .filter(|_| u.canonical == "mm")
                            .unwrap_or(u)
                    };
                    i = push(out, Kind::Unit(u), n);
                    continue;
                }
            }
        }
        let first = b[i].to_ascii_lowercase();
        if let Some(&(w, q)) = QUALIFIERS_BY_FIRST
            .starting_with(first)
            .iter()
            .find(|(w, _)| starts_word(rest, w))
        {
            i = push(out, Kind::Qual(q), w.len());
            continue;
        }
        // Anything else: a word up to the next space or separator.
        let mut n = 0;
        for ch in rest.chars() {
            if n > 0 && (is_space(ch) || matches!(ch, '/' | ',' | ';' | '(' | ')')) {
                break;
            }
            n += ch.len_utf8();
            if matches!(ch, '(' | ')') {
                break;
            }
        }
        i = push(out, Kind::Word, n);
    }
}

/// A unit whose prefix a font change split off with a space: `10m Ω`, `100 M Ω` (the
/// ohm sign from the Symbol font), `10 µ F` (the micro sign from it). The unit and the
/// bytes it covers, space included; only where the joined spelling is a unit.
fn split_prefix_unit(rest: &str) -> Option<(&'static Unit, usize)> {
    let (prefix, after) = match rest.as_bytes() {
        [b'm' | b'k' | b'M' | b'G' | b'n' | b'p', b' ', ..] => (1, &rest[2..]),
        [0xC2, 0xB5, b' ', ..] | [0xCE, 0xBC, b' ', ..] => (2, &rest[3..]),
        _ => return None,
    };
    let ohm = after.starts_with(['Ω', 'Ω']);
    if !(ohm || prefix == 2 && after.starts_with(|c: char| c.is_ascii_alphabetic())) {
        return None;
    }
    let joined = format!("{}{}", &rest[..prefix], after);
    let (u, n) = units::match_unit(&joined)?;
    (n > prefix).then_some((u, n + 1))
}

/// Bytes of a register code at the start of `s` (`00h`, `7FF0h`, `0Ah`, `0x1F`), or `None`.
/// A hexadecimal code has a leading zero or a hex letter before its `h`; `1000h` stays
/// hours and `5Ah` ampere-hours (digits and a lone `A`).
fn hex_code_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let boundary = |j: usize| {
        !b.get(j)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    if b.starts_with(b"0x") || b.starts_with(b"0X") {
        let n = b[2..].iter().take_while(|c| c.is_ascii_hexdigit()).count();
        return (n > 0 && boundary(2 + n)).then_some(2 + n);
    }
    let n = b.iter().take_while(|c| c.is_ascii_hexdigit()).count();
    if n < 2 || !matches!(b.get(n), Some(b'h' | b'H')) || !boundary(n + 1) {
        return None;
    }
    let run = &b[..n];
    let letters = run.iter().filter(|c| c.is_ascii_alphabetic()).count();
    let ampere_hours = letters == 1 && run[n - 1] == b'A' && run[0] != b'0';
    ((run[0] == b'0' || letters > 0) && !ampere_hours).then_some(n + 1)
}

/// Bytes of a detached ` 2` or ` ²` after `mm` (`0,2 – 0,75 mm 2 AWG`, `4 mm ²`), or 0.
fn squared_suffix(u: &Unit, rest: &str) -> usize {
    if u.canonical != "mm" {
        return 0;
    }
    let b = rest.as_bytes();
    if rest.starts_with(" ²") && !b.get(3).is_some_and(u8::is_ascii_alphanumeric) {
        return 3;
    }
    if b.first() == Some(&b' ')
        && b.get(1) == Some(&b'2')
        && !b
            .get(2)
            .is_some_and(|c| c.is_ascii_digit() || *c == b'.' || *c == b',')
    {
        2
    } else {
        0
    }
}

/// A number or gauge as printed.
#[derive(Debug, Clone, Copy)]
struct Printed1 {
    num: Option<Number>,
    aught: Option<u8>,
}

/// `100-000`, `07-12`: numbers a label's unit does not make a range of: a bound printed
/// with a leading zero (a code; a lone `05` is a coil's 5 V), or a span that runs downwards where the unit's scale
/// does not (`downwards`: wire gauges).
fn code_like(it: &Item, downwards: bool) -> bool {
    let num = |p: &Printed1| p.num;
    let (Some(lo), Some(hi)) = (num(&it.lo), it.hi.as_ref().and_then(num)) else {
        return false;
    };
    lo.leading_zero || hi.leading_zero || !downwards && hi.value < lo.value
}

/// One value of a cell, before its kind is decided.
#[derive(Debug, Clone)]
struct Item {
    qual: Option<Qualifier>,
    /// A leading `±` (`±0.5 %`): a symmetric range.
    plus_minus: bool,
    lo: Printed1,
    lo_unit: Option<&'static Unit>,
    hi: Option<Printed1>,
    hi_unit: Option<&'static Unit>,
    tol: Option<(Number, Option<&'static Unit>)>,
    start: usize,
}

impl Item {
    fn unit(&self) -> Option<&'static Unit> {
        self.hi_unit.or(self.lo_unit)
    }
    fn has_aught(&self) -> bool {
        self.lo.aught.is_some() || self.hi.is_some_and(|h| h.aught.is_some())
    }
}

struct Cursor<'t> {
    toks: &'t [Tok],
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<Kind> {
        self.toks.get(self.pos).map(|t| t.kind)
    }
    fn peek2(&self) -> Option<Kind> {
        self.toks.get(self.pos + 1).map(|t| t.kind)
    }
    fn bump(&mut self) {
        self.pos += 1;
    }
    fn start(&self) -> usize {
        self.toks.get(self.pos).map_or(usize::MAX, |t| t.start)
    }
}

fn take_value(c: &mut Cursor) -> Option<Printed1> {
    match c.peek()? {
        Kind::Num(n) => {
            c.bump();
            Some(Printed1 {
                num: Some(n),
                aught: None,
            })
        }
        Kind::Aught(m) => {
            c.bump();
            Some(Printed1 {
                num: None,
                aught: Some(m),
            })
        }
        _ => None,
    }
}

fn take_unit(c: &mut Cursor) -> Option<&'static Unit> {
    if let Some(Kind::Unit(u)) = c.peek() {
        c.bump();
        Some(u)
    } else {
        None
    }
}

fn is_suffix_qual(q: Qualifier) -> bool {
    matches!(
        q,
        Qualifier::Min | Qualifier::Max | Qualifier::Typ | Qualifier::Nom | Qualifier::Approx
    )
}

/// `[qual] [AWG] [±] value [unit] [sep [qual] value [unit]] [± tol [unit]] [[,] qual]`
fn item(c: &mut Cursor) -> Option<Item> {
    let start = c.start();
    let mut qual = None;
    while let Some(Kind::Qual(q)) = c.peek() {
        qual.get_or_insert(q);
        c.bump();
    }
    let pre_unit = match c.peek() {
        Some(Kind::Unit(u)) if u.family == Family::Awg => {
            c.bump();
            Some(u)
        }
        _ => None,
    };
    let plus_minus = matches!(c.peek(), Some(Kind::PlusMinus));
    if plus_minus {
        c.bump();
    }
    let lo = take_value(c)?;
    let mut lo_unit = take_unit(c);
    let mut hi = None;
    let mut hi_unit = None;
    if matches!(c.peek(), Some(Kind::RangeSep)) && !plus_minus {
        c.bump();
        while let Some(Kind::Qual(q)) = c.peek() {
            qual.get_or_insert(q);
            c.bump();
        }
        hi = Some(take_value(c)?);
        hi_unit = take_unit(c);
    }
    if let Some(u) = pre_unit {
        if lo_unit.is_some() || hi_unit.is_some() {
            return None;
        }
        lo_unit = Some(u);
        if hi.is_some() {
            hi_unit = Some(u);
        }
    }
    let mut tol = None;
    if matches!(c.peek(), Some(Kind::PlusMinus)) && !plus_minus {
        c.bump();
        let t = take_value(c)?.num?;
        tol = Some((t, take_unit(c)));
    }
    // Suffix qualifier: `75% Max.`, `60 minutes,Minimum` (not `… max. 70 %`, which
    // qualifies the next value).
    let kind_at = |k: usize| c.toks.get(c.pos + k).map(|t| t.kind);
    let starts_value = |k: Option<Kind>| matches!(k, Some(Kind::Num(_) | Kind::PlusMinus));
    match (c.peek(), c.peek2()) {
        (Some(Kind::Qual(q)), next)
            if is_suffix_qual(q) && qual.is_none() && !starts_value(next) =>
        {
            qual = Some(q);
            c.bump();
        }
        (Some(Kind::Comma), Some(Kind::Qual(q)))
            if is_suffix_qual(q) && qual.is_none() && !starts_value(kind_at(2)) =>
        {
            qual = Some(q);
            c.bump();
            c.bump();
        }
        _ => {}
    }
    Some(Item {
        qual,
        plus_minus,
        lo,
        lo_unit,
        hi,
        hi_unit,
        tol,
        start,
    })
}

/// How items of a cell were joined.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Join {
    Slash,
    Punct,
    Space,
}

/// Items of a cell, how they were joined, and where unread text starts.
struct Items {
    items: Vec<Item>,
    joins: Vec<Join>,
    rest: Option<usize>,
}

fn read_items(toks: &[Tok]) -> Option<Items> {
    let mut c = Cursor { toks, pos: 0 };
    let mut items = vec![item(&mut c)?];
    let mut joins = Vec::new();
    loop {
        let Some(k) = c.peek() else {
            return Some(Items {
                items,
                joins,
                rest: None,
            });
        };
        let save = c.pos;
        let join = match k {
            Kind::Slash => {
                // `-3 mV/°C/2 V`: a compound unit divided again; no honest reading.
                if matches!(toks[c.pos - 1].kind, Kind::Unit(u) if u.canonical.contains('/')) {
                    return None;
                }
                c.bump();
                // `mV/°C`, `°C/s`: a unit divided by a unit is a compound unit the table
                // does not hold; better `text` than a list of wrong quantities.
                if matches!(c.peek(), Some(Kind::Unit(u)) if u.family != Family::Awg) {
                    return None;
                }
                Join::Slash
            }
            Kind::Comma | Kind::Semi => {
                c.bump();
                Join::Punct
            }
            _ => Join::Space,
        };
        let starts_item = matches!(
            c.peek(),
            Some(Kind::Num(_) | Kind::Aught(_) | Kind::Qual(_) | Kind::PlusMinus)
        ) || matches!(c.peek(), Some(Kind::Unit(u)) if u.family == Family::Awg);
        if starts_item {
            if let Some(it) = item(&mut c) {
                items.push(it);
                joins.push(join);
                continue;
            }
        }
        c.pos = save;
        return Some(Items {
            items,
            joins,
            rest: Some(c.start()),
        });
    }
}

/// Whether a label (or a `Label:` lead-in) names an identifier (`GTIN`, `Item number`,
/// `Approval ID`) rather than something counted (`Number of poles`).
pub fn is_identifier_label(label: &str) -> bool {
    const ID_WORDS: &[&str] = &[
        "gtin",
        "ean",
        "upc",
        "tariff",
        "customs",
        "eclass",
        "etim",
        "unspsc",
        "id",
        "code",
        "number",
        "no",
        "nr",
        "nummer",
        "artikelnummer",
        "key",
        "sku",
        "mpn",
    ];
    let mut words = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    let mut id = false;
    let mut first = true;
    while let Some(w) = words.next() {
        // `Number of poles`, `No. of cycles`, `Anzahl der Pole` count things.
        let counted = (w.eq_ignore_ascii_case("number") || w.eq_ignore_ascii_case("no"))
            && words.peek().is_some_and(|n| n.eq_ignore_ascii_case("of"));
        if counted || (first && w.eq_ignore_ascii_case("anzahl")) {
            return false;
        }
        first = false;
        id |= ID_WORDS.iter().any(|x| w.eq_ignore_ascii_case(x));
    }
    id
}

/// A unit named by a label, for cells of bare numbers: `[mm]`, `(VDC)`, `(Ω) ±10%`, or a
/// conductor unit at the end (`Conductor cross section AWG`, `Cross section sq. mm`).
pub fn label_unit(label: &str) -> Option<&'static Unit> {
    label_units(label).0
}

/// The unit a label names for its values, and the unit it names in brackets after that
/// one for a second, bracketed value: `Conductor size AWG (mm2)` prints `#32 to #28
/// (0.032 to 0.08)`, gauges first, the area in brackets.
fn label_units(label: &str) -> (Option<&'static Unit>, Option<&'static Unit>) {
    let Some(found) = bracket_unit(label) else {
        return (plain_label_unit(label), None);
    };
    // (only an area or a gauge has a second spelling in brackets: most units are told
    // before the word in front of the bracket is looked up)
    let Some(open) = is_cs(found).then(|| label.rfind(['(', '['])).flatten() else {
        return (Some(found), None);
    };
    let before = label[..open].trim_end();
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    match units::lookup(word) {
        Some(outer) if is_cs(outer) && is_cs(found) && outer.family != found.family => {
            (Some(outer), Some(found))
        }
        _ => (Some(found), None),
    }
}

/// The last unit a label names in brackets (`Rated current [A]`, `Weight (g)`).
fn bracket_unit(label: &str) -> Option<&'static Unit> {
    let mut found = None;
    for (open, close) in [('[', ']'), ('(', ')')] {
        let mut rest = label;
        while let Some(i) = rest.find(open) {
            let after = &rest[i + open.len_utf8()..];
            let Some(j) = after.find(close) else { break };
            let inner = after[..j].trim();
            // `[h]`, `[w]`: a dimension's symbol, not a unit.
            let single_lower =
                inner.len() == 1 && inner.starts_with(|c: char| c.is_ascii_lowercase());
            if !single_lower {
                if let Some(u) = units::lookup(inner) {
                    found = Some(u);
                }
            }
            rest = &after[j..];
        }
    }
    found
}

/// The unit a label names outside brackets: `Amp Rating`, `Cross section AWG`.
fn plain_label_unit(label: &str) -> Option<&'static Unit> {
    // `Amp Rating`, `Volts`: a label that opens with a unit's name.
    // (compared in place, ASCII case ignored: no lower-cased copies)
    let first = label.split_whitespace().next().unwrap_or("");
    let named = [
        ("amp", "A"),
        ("amps", "A"),
        ("ampere", "A"),
        ("amperes", "A"),
        ("volt", "V"),
        ("volts", "V"),
        ("watt", "W"),
        ("watts", "W"),
    ]
    .into_iter()
    .find(|(name, _)| first.eq_ignore_ascii_case(name))
    .map(|(_, unit)| unit);
    if let Some(u) = named
        .filter(|_| label.split_whitespace().count() <= 3 && !super::mentions(label, &["code"]))
    {
        return units::lookup(u);
    }
    // Whitespace may be wider than a byte (U+200A): step over the whole character.
    let after_last_space = |x: &str| {
        x.char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map(|(i, c)| i + c.len_utf8())
    };
    let t = label.trim_end();
    let last_start = after_last_space(t).unwrap_or(0);
    let two = after_last_space(t[..last_start].trim_end()).map(|i| &t[i..]);
    let u = two
        .and_then(units::lookup)
        .or_else(|| units::lookup(&t[last_start..]))?;
    matches!(u.family, Family::Awg | Family::Area | Family::Kcmil).then_some(u)
}

/// What the caller knows beyond the cell text: the row's label, read only when a cell of
/// bare numbers needs it (most cells carry their own unit).
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'l> {
    pub label: Option<&'l str>,
    /// The unit of the row printed in a separate cell (a parameter table's `Unit` column):
    /// bare numbers take it before any unit the label names.
    pub unit: Option<&'static Unit>,
}

impl Context<'_> {
    fn label_unit(&self) -> Option<&'static Unit> {
        self.label.and_then(label_unit)
    }
    fn identifier(&self) -> bool {
        self.label.is_some_and(is_identifier_label)
    }
}

static SPACED_SIGN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|\s)([-+–−]) (\d)").expect("valid regex"));

/// Compiles this module's patterns now (see [`crate::warm_up`]).
pub(crate) fn warm_up() {
    LazyLock::force(&SPACED_SIGN);
}

/// Where the ASCII byte `b` last occurs in `s`: `s.rfind(char::from(b))`, by a plain scan
/// (cells are short: a character searcher costs more to set up than to run there).
fn rfind_byte(s: &str, b: u8) -> Option<usize> {
    s.as_bytes().iter().rposition(|&c| c == b)
}

/// Where the ASCII byte `b` first occurs in `s`, as [`rfind_byte`].
fn find_byte(s: &str, b: u8) -> Option<usize> {
    s.as_bytes().iter().position(|&c| c == b)
}

/// Parse one cell (already trimmed) into a value.
pub fn parse_cell(raw: &str, ctx: Context<'_>, diags: &mut Vec<Diagnostic>) -> Value {
    let s = raw.trim();
    if s.is_empty() {
        return Value::Text;
    }
    if let Some(v) = boolean(s) {
        return Value::Boolean { value: v };
    }
    // `0402 Inch`, `0603`: four digits and no point before the word `Inch`, or after a
    // leading zero, are a code (an imperial case size), not an amount. A length in inches
    // is printed with the symbol (`3129in`, `7 in`) and stays one.
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = s[digits..].trim_start();
    let inches = matches!(rest, "Inch" | "inch" | "INCH");
    if digits == 4 && (inches || s.starts_with('0') && rest.is_empty()) {
        return Value::Text;
    }
    // `- 40°C to + 80°C`: a sign set apart from its number.
    let closed: String;
    // (its sign is followed by a space: a value without one is not searched; the spaces
    // found byte by byte, as a cell is short)
    let sign_space = s
        .bytes()
        .enumerate()
        .any(|(i, c)| c == b' ' && s[..i].ends_with(['-', '+', '–', '−']));
    let s = if sign_space && SPACED_SIGN.is_match(s) {
        closed = SPACED_SIGN.replace_all(s, "$1$2$3").into_owned();
        closed.as_str()
    } else {
        s
    };
    let mut conditions: Vec<&str> = Vec::new();
    let mut core = s;
    // `10 milliohms MAXIMUM [initial]`: a bracketed note at the end is a condition.
    if let Some(open) = core.strip_suffix(']').and_then(|c| rfind_byte(c, b'[')) {
        let inner = core[open + 1..core.len() - 1].trim();
        let before = core[..open].trim_end();
        if !inner.is_empty() && inner.contains(char::is_alphabetic) && !before.is_empty() {
            conditions.push(inner);
            core = before;
        }
    }
    // `17.8 N (4.0 lbf) MINIMUM`: a limit word after the alternative belongs in front.
    // `17.8 N (4.0 lbf) MINIMUM withdrawal force`: and the words after it are a note.
    let moved: String;
    if let Some(close) = rfind_byte(core, b')') {
        let (before, after) = (&core[..=close], core[close + 1..].trim());
        let (word, note) = after.split_once(char::is_whitespace).unwrap_or((after, ""));
        let limit = matches!(
            word.to_ascii_lowercase().as_str(),
            "maximum" | "minimum" | "max." | "min." | "max" | "min" | "typ." | "typical"
        );
        let note = note.trim();
        let wordy = note
            .split_whitespace()
            .all(|w| w.chars().all(char::is_lowercase));
        // `2.94 N (300 grams) average`: a word or three in lower case after it, a note.
        let words = after.split_whitespace().count();
        let lower_note = (1..=3).contains(&words)
            && after
                .split_whitespace()
                .all(|w| w.chars().all(|c| c.is_alphabetic() && c.is_lowercase()));
        if limit && matching_open(before).is_some() && wordy {
            moved = format!("{word} {}", before.trim_end());
            core = &moved;
            if !note.is_empty() {
                conditions.push(note);
            }
        } else if !limit && lower_note && matching_open(before).is_some() {
            conditions.push(after);
            core = before;
        }
    }
    // `-20 ~ +70 (Refer to "Derating Curve") ℃`: a note between the numbers and their unit.
    let joined: String;
    // `Locked: > 80 N`: a short wordy lead-in before a colon is a condition.
    if let Some(i) = find_byte(core, b':') {
        let left = core[..i].trim();
        let right = core[i + 1..].trim();
        if !left.is_empty()
            && left.len() <= 48
            && !right.is_empty()
            && left.contains(char::is_alphabetic)
            && (!left.contains(|c: char| c.is_ascii_digit())
                || core[i + 1..].starts_with(char::is_whitespace))
        {
            if is_identifier_label(left) {
                return Value::Text;
            }
            conditions.push(left);
            core = right;
        }
    }
    // A trailing parenthesis: an alternative unit (`8.0 N (1.8 lbf)`) or a condition.
    let mut paren: Option<&str> = None;
    if let Some((before, inner, unit)) = note_before_unit(core) {
        joined = format!("{before} {unit}");
        paren = Some(inner);
        core = &joined;
    } else if core.ends_with(')') {
        if let Some(open) = matching_open(core) {
            let inner = core[open + 1..core.len() - 1].trim();
            let before = core[..open].trim_end();
            if !before.is_empty() && !inner.is_empty() {
                paren = Some(inner);
                core = before;
            }
        }
    } else if let Some(open) =
        rfind_byte(core, b'(').filter(|&o| find_byte(&core[o..], b')').is_none())
    {
        // `-25℃ to +85℃ (including temperature rise in`: a note the cell cut off at its
        // wrap is a condition all the same (its words, never a number, start it).
        let inner = core[open + 1..].trim();
        let before = core[..open].trim_end();
        if !before.is_empty() && inner.starts_with(|c: char| c.is_alphabetic()) {
            paren = Some(inner);
            core = before;
        }
    }
    let mut toks = Vec::with_capacity(16);
    tokenize_until(core, &mut toks, true);
    if matches!(
        toks.first(),
        None | Some(Tok {
            kind: Kind::Word,
            ..
        })
    ) {
        return leading_words(s, core, ctx, &conditions, diags).unwrap_or(Value::Text);
    }
    let Some(mut read) = read_items(&toks) else {
        return Value::Text;
    };
    if read.items.first().map(|it| it.start) != toks.first().map(|t| t.start) {
        return Value::Text;
    }
    // Text after the values: a condition when it reads like one.
    if let Some(at) = read.rest {
        let tail = &core[at..];
        let unit = read.items[0].unit();
        match trailing_condition(tail).or_else(|| unit.and_then(|_| short_note(tail))) {
            Some(cond) if read.items.len() == 1 && !contradicts(cond, read.items[0].unit()) => {
                conditions.push(cond)
            }
            _ => {
                if conditions.is_empty() && paren.is_none() {
                    if let Some(v) = described_values(core, &toks) {
                        return v;
                    }
                }
                return Value::Text;
            }
        }
    }
    // `COLD START 65A / 230VAC`, `500VAC 50/60HZ`: the value and what it was measured at.
    if read.items.len() >= 2 && read.rest.is_none() {
        if let Some(at) = condition_tail(&read, ctx) {
            conditions.push(core[at..].trim());
            read.items.truncate(1);
            read.joins.clear();
        }
    }
    // Bare numbers take the unit column's unit (`±4.096` | `V`), or the label's
    // (`Cross section AWG` → `24 ... 12`).
    if let Some(u) = ctx.unit {
        if read
            .items
            .iter()
            .all(|it| it.unit().is_none() && it.tol.is_none_or(|(_, tu)| tu.is_none()))
        {
            for it in &mut read.items {
                it.lo_unit = Some(u);
                if it.hi.is_some() {
                    it.hi_unit = Some(u);
                }
            }
        }
    } else if read
        .items
        .iter()
        .all(|it| it.unit().is_none() && it.tol.is_none())
    {
        // (gauges run downwards: `24 ... 12` AWG)
        let fits = |u: &Unit| {
            !read
                .items
                .iter()
                .any(|it| code_like(it, u.canonical.contains("AWG")))
        };
        if let Some(u) = ctx.label_unit().filter(|u| fits(u)) {
            for it in &mut read.items {
                it.lo_unit = Some(u);
                if it.hi.is_some() {
                    it.hi_unit = Some(u);
                }
            }
        }
    }
    let mut alt_paren: Option<Value> = None;
    let mut cs_paren: Option<Items> = None;
    if let Some(inner) = paren {
        let mut ptoks = Vec::with_capacity(8);
        tokenize(inner, &mut ptoks);
        let main_unit = read.items[0].unit();
        // `#32 to #28 (0.032 to 0.08)` under `… AWG (mm2)`: bare numbers in brackets
        // take the unit the label prints in brackets.
        if let (Some(bu), Some(mu)) = (ctx.label.and_then(|l| label_units(l).1), main_unit) {
            if is_cs(mu) && mu.family != bu.family {
                if let Some(mut p) = read_items(&ptoks) {
                    if p.rest.is_none() && p.items.iter().all(|it| it.unit().is_none()) {
                        for it in &mut p.items {
                            it.lo_unit = Some(bu);
                            if it.hi.is_some() {
                                it.hi_unit = Some(bu);
                            }
                        }
                        cs_paren = Some(p);
                        ptoks.clear();
                    }
                }
            }
        }
        // `1 uA (max.)`: a qualifier in parentheses qualifies the value.
        if let [Tok {
            kind: Kind::Qual(q),
            ..
        }] = ptoks[..]
        {
            if read.items.len() == 1 && read.items[0].qual.is_none() {
                read.items[0].qual = Some(q);
                ptoks.clear();
            }
        }
        match read_items(&ptoks) {
            _ if ptoks.is_empty() => {}
            Some(p)
                if p.rest.is_none()
                    && p.items.len() == 1
                    && p.items[0].unit().is_some_and(|u| {
                        matches!(u.family, Family::Area | Family::Awg | Family::Kcmil)
                    })
                    && main_unit.is_some_and(|u| {
                        matches!(u.family, Family::Area | Family::Awg | Family::Kcmil)
                    }) =>
            {
                cs_paren = Some(p);
            }
            Some(p)
                if p.rest.is_none()
                    && p.items.len() == 1
                    && p.items[0].qual.is_none()
                    && matches!((p.items[0].unit(), main_unit), (Some(a), Some(b)) if a.same_dimension(b)) =>
            {
                alt_paren = single(&p.items[0], None);
                if alt_paren.is_none() {
                    return Value::Text;
                }
            }
            _ => conditions.push(inner),
        }
    }
    for cond in &conditions {
        if contradicts(cond, read.items[0].unit()) {
            return Value::Text;
        }
    }
    let condition = match conditions.len() {
        0 => None,
        1 => Some(conditions[0].to_string()),
        _ => Some(conditions.join("; ")),
    };
    if let Some(p) = cs_paren {
        read.items.extend(p.items);
        read.joins.push(Join::Slash);
    }
    build(read, condition, alt_paren, ctx, diags).unwrap_or(Value::Text)
}

/// `-20 ~ +70 (Refer to "Derating Curve") ℃`, `260 (10 sec.) OC`: numbers, a parenthesised
/// note, then the unit alone. Returns (numbers, note, unit) so the unit can rejoin its numbers.
fn note_before_unit(core: &str) -> Option<(&str, &str, &str)> {
    let close = rfind_byte(core, b')')?;
    let unit = core[close + 1..].trim();
    if unit.is_empty() || unit.len() > 12 || units::lookup(unit).is_none() {
        return None;
    }
    let open = matching_open(&core[..=close])?;
    let before = core[..open].trim_end();
    let inner = core[open + 1..close].trim();
    (before.ends_with(|c: char| c.is_ascii_digit()) && !inner.is_empty())
        .then_some((before, inner, unit))
}

/// `COLD START 65A / 230VAC`: one or two words (each of three letters or more, not a
/// standard's body) before a single value with a unit are that value's condition.
/// `s` is the whole cell, `core` the part left after a `Label:` lead-in (in `conditions`).
fn leading_words(
    s: &str,
    core: &str,
    ctx: Context<'_>,
    conditions: &[&str],
    diags: &mut Vec<Diagnostic>,
) -> Option<Value> {
    let mut end = 0;
    let mut words = 0;
    let mut current = false;
    for (k, c) in core.char_indices() {
        if k < end || is_space(c) {
            continue;
        }
        // A sign after a word is an operator (`VDD -0.3V`): a formula, not a condition.
        if matches!(c, '+' | '-' | '–' | '−' | '±' | '×' | '*') {
            return None;
        }
        if c.is_ascii_digit() || matches!(c, '<' | '>' | '≤' | '≥') {
            break;
        }
        let word_end = core[k..]
            .find(|c: char| is_space(c))
            .map_or(core.len(), |n| k + n);
        let w = &core[k..word_end];
        // `DC500V`, `AC 1000V`: the kind of current, printed before the value.
        if words == 0
            && (w.starts_with("AC") || w.starts_with("DC"))
            && w[2..].chars().next().is_none_or(|c| c.is_ascii_digit())
        {
            words += 1;
            end = k + 2;
            current = true;
            continue;
        }
        if words == 2
            || w.chars().count() < 3
            || !w.starts_with(char::is_uppercase)
            || !w.chars().all(char::is_alphabetic)
            || STANDARD_BODIES.iter().any(|b| w.eq_ignore_ascii_case(b))
        {
            return None;
        }
        words += 1;
        end = word_end;
    }
    if words == 0 || end >= core.len() {
        return None;
    }
    let lead = core[..end].trim();
    // `core` is a slice of `s`: the rest keeps any parenthesis the caller split off.
    let offset = core.as_ptr() as usize - s.as_ptr() as usize;
    let rest = s.get(offset + end..)?;
    // Words run on after the value (`Apply 500V DC between adjacent terminals …`): a
    // sentence, not a value with a condition in front.
    if has_prose(rest) {
        return None;
    }
    let mut local = Vec::new();
    let mut v = parse_cell(rest, ctx, &mut local);
    // `AC`/`DC` only lead an electrical value (`DC0h` is a register code).
    let electrical = |si: Option<&str>| matches!(si, Some("V" | "A" | "W" | "VA"));
    if current
        && !match &v {
            Value::Quantity(q) => electrical(q.si.as_ref().map(|s| s.unit.as_str())),
            Value::Range(r) => electrical(r.si.as_ref().map(|s| s.unit.as_str())),
            _ => false,
        }
    {
        return None;
    }
    let cond = match &mut v {
        Value::Quantity(q) => &mut q.condition,
        Value::Range(r) => &mut r.condition,
        _ => return None,
    };
    let mut all: Vec<&str> = conditions.to_vec();
    all.push(lead);
    if let Some(c) = cond.as_deref() {
        all.push(c);
    }
    *cond = Some(all.join("; "));
    diags.extend(local);
    Some(v)
}

/// Whether `s` has a lower-case word of three letters or more outside parentheses.
fn has_prose(s: &str) -> bool {
    let mut depth = 0u32;
    let mut run = 0usize;
    let mut lower_start = false;
    for c in s.chars().chain([' ']) {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if c.is_alphabetic() {
            if run == 0 {
                lower_start = c.is_lowercase();
            }
            run += 1;
        } else {
            if depth == 0 && run >= 3 && lower_start {
                return true;
            }
            run = 0;
        }
    }
    false
}

/// Label words naming a dimension, and its SI unit.
const LABEL_DIMENSIONS: &[(&str, &str)] = &[
    ("current", "A"),
    ("voltage", "V"),
    ("temperature", "K"),
    ("temp", "K"),
    ("resistance", "Ω"),
    ("capacitance", "F"),
    ("inductance", "H"),
    ("frequency", "Hz"),
    ("power", "W"),
    ("force", "N"),
    ("torque", "N·m"),
    ("weight", "kg"),
    ("mass", "kg"),
    ("humidity", "1"),
    ("time", "s"),
    ("duration", "s"),
    ("delay", "s"),
    ("pressure", "Pa"),
];

/// The one dimension a label names (`LEAKAGE CURRENT` → A), or `None` when it names none
/// or several (`Voltage drop at rated current`).
fn label_dimension(label: &str) -> Option<&'static str> {
    let mut found: Option<&'static str> = None;
    for w in label.split(|c: char| !c.is_alphanumeric()) {
        if let Some(&(_, si)) = LABEL_DIMENSIONS
            .iter()
            .find(|(name, _)| w.eq_ignore_ascii_case(name))
        {
            if found.is_some_and(|f| f != si) {
                return None;
            }
            found = Some(si);
        }
    }
    found
}

/// Where the condition starts in a cell of several values that is one value and what it
/// was measured at: `65A / 230VAC` when the label names only the first value's dimension
/// (`INRUSH CURRENT`), or an AC value and its mains frequency (`500VAC 50/60HZ`).
fn condition_tail(read: &Items, ctx: Context<'_>) -> Option<usize> {
    let first = read.items[0].unit()?;
    if first.si.is_empty() || is_cs(first) {
        return None;
    }
    let rest = &read.items[1..];
    let is_hz = |it: &Item| it.unit().is_some_and(|u| u.si == "Hz");
    let frequency = read.joins[0] == Join::Space
        && first.si != "Hz"
        && rest.last().is_some_and(is_hz)
        && rest.iter().all(|it| it.unit().is_none() || is_hz(it));
    let labelled = read.joins.iter().all(|j| *j == Join::Slash)
        && ctx.label.and_then(label_dimension) == Some(first.si)
        && rest.iter().all(|it| {
            it.unit()
                .is_some_and(|u| !u.si.is_empty() && u.si != first.si)
        });
    (frequency || labelled).then(|| read.items[1].start)
}

/// Several values of one dimension, each followed by words describing it:
/// `approx. 1 mΩ of contact resistance approx. 0.25 mΩ contact transition plug/socket`
/// → a list of two quantities, each with its description as `condition`.
fn described_values(core: &str, toks: &[Tok]) -> Option<Value> {
    let mut c = Cursor { toks, pos: 0 };
    let mut out = Vec::new();
    let mut first_unit: Option<&'static Unit> = None;
    while c.peek().is_some() {
        let it = item(&mut c)?;
        let u = it.unit()?;
        if !first_unit.get_or_insert(u).same_dimension(u) {
            return None;
        }
        let words_start = c.start();
        while matches!(c.peek(), Some(Kind::Word | Kind::Slash | Kind::Comma)) {
            c.bump();
        }
        let words_end = c.start().min(core.len());
        let cond = core
            .get(words_start.min(words_end)..words_end)
            .map(str::trim);
        // `10 mm x 5 mm`: dimensions joined by a times sign carry no description.
        let dims = cond.is_some_and(|w| matches!(w, "x" | "X" | "×" | "*"));
        let cond = cond.filter(|w| !w.is_empty() && !dims);
        // A description is words (`of contact resistance`), not the tail of a compound
        // unit (`mV/°C/2 V`).
        if cond.is_some_and(|w| {
            w.starts_with('/') || w.chars().filter(|c| c.is_alphabetic()).count() < 3
        }) {
            return None;
        }
        if cond.is_none() && !dims && c.peek().is_some() {
            return None;
        }
        out.push(single(&it, cond.map(str::to_string))?);
    }
    (out.len() >= 2).then_some(Value::List { items: out })
}

/// The `(` matching the final `)`.
fn matching_open(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Words that start a condition after a value (`4 A at 25 °C`, `1 mΩ of contact resistance`).
const CONDITION_LEADS: &[&str] = &[
    "at",
    "@",
    "for",
    "of",
    "per",
    "with",
    "without",
    "when",
    "if",
    "in",
    "on",
    "under",
    "depending",
    "dependent",
    "according",
    "acc.",
    "bei",
    "für",
    "ohne",
    "mit",
    "je",
    "pro",
    "non-condensing",
    "noncondensing",
    "continuous",
    "peak",
    "each",
    "between",
    "above",
    "below",
    "after",
    "during",
];

/// Bodies whose standards a value cell names after the value (`1608.8 khrs min.
/// MIL-HDBK-217F`, `500 V IEC 60664-1`): the reference is the value's condition.
const STANDARD_BODIES: &[&str] = &[
    "IEC",
    "EN",
    "UL",
    "MIL",
    "JESD",
    "JEDEC",
    "ISO",
    "DIN",
    "VDE",
    "ANSI",
    "EIA",
    "IPC",
    "ASTM",
    "CSA",
    "JIS",
    "IEEE",
    "SAE",
    "AEC",
    "GB",
    "Telcordia",
    "Bellcore",
];

/// Whether `t` starts with a standard's designation: a body's name, then a hyphen, a
/// slash or a space and a digit or another upper-case word (`MIL-HDBK-217F`, `IEC 60068-2-6`).
fn starts_standard(t: &str) -> bool {
    STANDARD_BODIES.iter().any(|body| {
        t.strip_prefix(body).is_some_and(|r| {
            let r = r.strip_prefix(['-', '/', ' ']).unwrap_or("");
            r.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase())
        })
    })
}

/// `100 mΩ max. initial`: one or two lower-case words of a note after a value with a unit.
fn short_note(tail: &str) -> Option<&str> {
    let t = tail.trim();
    let mut words = t.split(|c: char| is_space(c)).filter(|w| !w.is_empty());
    let note = words.clone().count() <= 2
        && words.all(|w| {
            w.starts_with(|c: char| c.is_lowercase())
                && w.chars().count() >= 3
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        });
    note.then_some(t)
}

fn trailing_condition(tail: &str) -> Option<&str> {
    let t = tail.trim();
    // `26 – 22 “sol.”`: a quoted annotation.
    for (open, close) in [('“', '”'), ('"', '"'), ('„', '“')] {
        if let Some(inner) = t.strip_prefix(open).and_then(|r| r.strip_suffix(close)) {
            if !inner.is_empty() && !inner.contains([open, close]) {
                return Some(inner.trim());
            }
        }
    }
    // `200, without resistive load`
    if let Some(after) = t.strip_prefix(',').or_else(|| t.strip_prefix(';')) {
        let a = after.trim();
        if a.starts_with(char::is_alphabetic) {
            return Some(a);
        }
        return None;
    }
    if starts_standard(t) {
        return Some(t);
    }
    // `1,000 VAC/minute`, `500 V AC / 1 min`: how long a test voltage is applied.
    if let Some(per) = t.strip_prefix('/') {
        let p = per
            .trim()
            .trim_start_matches('1')
            .trim()
            .trim_end_matches('.');
        if matches!(
            p.to_ascii_lowercase().as_str(),
            "min" | "mins" | "minute" | "minutes" | "s" | "sec" | "second"
        ) {
            return Some(per.trim());
        }
    }
    let first = t.split(|c: char| is_space(c)).next()?;
    if CONDITION_LEADS
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
    {
        return Some(t);
    }
    None
}

/// A condition that carries another value of the main value's dimension is a second value
/// (`1 mΩ of contact resistance approx. 0.25 mΩ …`), not a condition: the cell is text.
fn contradicts(cond: &str, main: Option<&'static Unit>) -> bool {
    let Some(main) = main else {
        return false;
    };
    let mut toks = Vec::new();
    tokenize(cond, &mut toks);
    toks.iter().any(|t| match t.kind {
        Kind::Unit(u) => {
            u.same_dimension(main) || (u.family == main.family && u.family != Family::Physical)
        }
        _ => false,
    })
}

fn boolean(s: &str) -> Option<bool> {
    const TRUE: &[&str] = &["yes", "ja", "true", "with", "mit", "y"];
    const FALSE: &[&str] = &["no", "nein", "false", "without", "ohne", "none", "n"];
    if s.len() > 7 {
        return None;
    }
    if TRUE.iter().any(|w| s.eq_ignore_ascii_case(w)) {
        Some(true)
    } else if FALSE.iter().any(|w| s.eq_ignore_ascii_case(w)) {
        Some(false)
    } else {
        None
    }
}

fn is_cs(u: &Unit) -> bool {
    matches!(u.family, Family::Area | Family::Awg | Family::Kcmil)
}

fn build(
    mut read: Items,
    condition: Option<String>,
    alt_paren: Option<Value>,
    ctx: Context<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Value> {
    for it in &mut read.items {
        settle_units(it)?;
    }
    let items = &read.items;
    // Cross-sections: every item in mm², AWG or kcmil.
    if items
        .iter()
        .any(|it| it.unit().is_some_and(is_cs) || it.has_aught())
    {
        return cross(items, &read.joins, condition, diags);
    }
    if items.len() == 1 {
        let v = single(&items[0], condition)?;
        return Some(match (v, alt_paren) {
            (Value::Quantity(mut q), Some(a)) => {
                check_alternative(&Value::Quantity(q.clone()), &a, diags);
                q.alternatives.push(a);
                Value::Quantity(q)
            }
            (Value::Range(mut r), Some(a)) => {
                check_alternative(&Value::Range(r.clone()), &a, diags);
                r.alternatives.push(a);
                Value::Range(r)
            }
            (Value::Count { unit: None, .. }, _)
                if items[0]
                    .lo
                    .num
                    .is_some_and(|n| !whole(n) || n.leading_zero || n.signed) =>
            {
                // A bare non-integer, signed or zero-led number: a code or an unlabelled
                // measurement; nothing honest to say beyond text.
                return None;
            }
            (Value::Count { unit: None, .. }, _)
                if looks_like_id(&items[0]) || ctx.identifier() =>
            {
                return None
            }
            (v, None) => v,
            (_, Some(_)) => return None,
        });
    }
    if alt_paren.is_some() || condition.is_some() {
        return None;
    }
    // Several values joined by `/` in one dimension: the same value in other units.
    let all_slash = read.joins.iter().all(|j| *j == Join::Slash);
    let first_unit = items[0].unit();
    if all_slash
        && first_unit.is_some()
        && items
            .iter()
            .all(|it| matches!((it.unit(), first_unit), (Some(a), Some(b)) if a.same_dimension(b)))
    {
        let mut main = single(&items[0], None)?;
        let mut alts = Vec::new();
        for it in &items[1..] {
            let a = single(it, None)?;
            if a.kind() != main.kind() {
                return None;
            }
            check_alternative(&main, &a, diags);
            alts.push(a);
        }
        match &mut main {
            Value::Quantity(q) => q.alternatives = alts,
            Value::Range(r) => r.alternatives = alts,
            _ => return None,
        }
        return Some(main);
    }
    // A packed list: every item must stand on its own. Bare numbers in a list of slashes
    // with no unit anywhere are dates or codes (`26/05/21`), not counts.
    if items.iter().all(|it| it.unit().is_none()) && read.joins.contains(&Join::Slash) {
        return None;
    }
    let mixed = items.iter().any(|it| it.unit().is_some());
    let mut out = Vec::with_capacity(items.len());
    for (k, it) in items.iter().enumerate() {
        let v = single(it, None)?;
        if let Value::Count { unit: None, .. } = v {
            let n = it.lo.num?;
            if !whole(n) || n.leading_zero || n.signed || looks_like_id(it) || ctx.identifier() {
                return None;
            }
            // Among values with units, a bare number stands on its own only after a
            // slash (`160 V/2,5 kV/2  9 A`); `1500 250 VAC` is a split cell, not a count.
            if mixed && (k == 0 || read.joins[k - 1] != Join::Slash) {
                return None;
            }
        }
        out.push(v);
    }
    Some(Value::List { items: out })
}

/// A whole number as printed: `12`, `1,000`, or a power of ten (`10⁷`, `1×10^6`), not `4.0`.
fn whole(n: Number) -> bool {
    n.integer || (n.decimals == 0 && n.value.fract() == 0.0)
}

/// The dimensionless unit of a bare qualified fraction (`>0,99` power factor).
static RATIO: std::sync::LazyLock<Unit> = std::sync::LazyLock::new(|| Unit {
    canonical: "1".to_string(),
    si: "1",
    factor: 1.0,
    offset: 0.0,
    family: Family::Physical,
});

/// Bare integers that are identifiers rather than counts (GTINs, tariff numbers).
fn looks_like_id(it: &Item) -> bool {
    it.lo
        .num
        .is_some_and(|n| n.integer && n.value.abs() >= 1e6 && n.len >= 7)
}

/// Give both ends of a range the same unit (`0.5 ... 4 mm²`), converting a differently
/// prefixed start (`10 Hz ... 1 kHz`) into the end's unit. `None` if they cannot agree.
fn settle_units(it: &mut Item) -> Option<()> {
    if let (Some((_, Some(tu))), None) = (it.tol, it.lo_unit) {
        // `25 ± 3 °C`: the unit printed once, after the tolerance.
        if tu.si != "1" {
            it.lo_unit = Some(tu);
        }
    }
    if it.hi.is_none() {
        return Some(());
    }
    match (it.lo_unit, it.hi_unit) {
        (None, Some(u)) => it.lo_unit = Some(u),
        (Some(u), None) => it.hi_unit = Some(u),
        (Some(a), Some(b)) if a.canonical != b.canonical => {
            if !a.same_dimension(b) || a.offset != 0.0 || b.offset != 0.0 || it.has_aught() {
                return None;
            }
            let mut lo = it.lo.num?;
            lo.value = round_sig(lo.value * a.factor / b.factor, 12);
            it.lo = Printed1 {
                num: Some(lo),
                aught: None,
            };
            it.lo_unit = Some(b);
        }
        _ => {}
    }
    Some(())
}

/// One item as a value of its own (quantity, range, count).
fn single(it: &Item, condition: Option<String>) -> Option<Value> {
    if it.has_aught() {
        return None;
    }
    let lo = it.lo.num?;
    let unit = it.unit();
    let Some(u) = unit else {
        let plain = it.hi.is_none() && !it.plus_minus && it.tol.is_none();
        // `>0,99`, `≥ 0.95`: a decimal fraction bounded by a comparison is a ratio (power
        // factor); `0.203 MAX.` is a length whose unit is printed elsewhere.
        let compared = matches!(
            it.qual,
            Some(Qualifier::Lt | Qualifier::Le | Qualifier::Gt | Qualifier::Ge)
        );
        if plain && compared && lo.decimals > 0 && lo.value.abs() <= 1.0 {
            return single(
                &Item {
                    lo_unit: Some(&RATIO),
                    ..it.clone()
                },
                condition,
            );
        }
        // A bare number: a count, when it is a plain integer.
        if !plain || it.qual.is_some() {
            return None;
        }
        return Some(Value::Count {
            value: lo.value,
            unit: None,
            condition,
        });
    };
    if u.family == Family::Count {
        if it.hi.is_some()
            || it.plus_minus
            || it.tol.is_some()
            || lo.value.fract() != 0.0
            || lo.signed
        {
            return None;
        }
        return Some(Value::Count {
            value: lo.value,
            unit: Some(u.canonical.clone()),
            condition,
        });
    }
    // `±3 %` (accuracy, tolerance, regulation) is a deviation of at most 3 %: a quantity.
    // `±2.5 V` in a physical unit is the symmetric range -2.5 … 2.5 V.
    if it.plus_minus && !(u.si == "1" && it.hi.is_none()) {
        let x = lo.value.abs();
        return Some(range_value(-x, x, u, it.qual, condition));
    }
    if let Some(hi) = it.hi {
        let hi = hi.num?;
        return Some(range_value(lo.value, hi.value, u, it.qual, condition));
    }
    let tolerance = match it.tol {
        Some((t, tu)) => {
            let tu = tu.unwrap_or(u);
            Some(Tolerance {
                plus: t.value,
                minus: t.value,
                unit: tu.canonical.clone(),
            })
        }
        None => None,
    };
    Some(Value::Quantity(Quantity {
        value: lo.value,
        unit: u.canonical.clone(),
        si: u.to_si(lo.value).map(|v| SiValue {
            value: v,
            unit: u.si.to_string(),
        }),
        qualifier: it.qual,
        condition,
        alternatives: Vec::new(),
        tolerance,
    }))
}

fn range_value(
    lo: f64,
    hi: f64,
    u: &Unit,
    qual: Option<Qualifier>,
    condition: Option<String>,
) -> Value {
    let si = match (u.to_si(lo), u.to_si(hi)) {
        (Some(a), Some(b)) => Some(SiRange {
            min: a,
            max: b,
            unit: u.si.to_string(),
        }),
        _ => None,
    };
    Value::Range(Range {
        min: lo,
        max: hi,
        unit: u.canonical.clone(),
        si,
        qualifier: qual,
        condition,
        alternatives: Vec::new(),
    })
}

/// `9 mm / 0.35 inch`: the alternative must agree with the main value within the rounding
/// of the less precise print (plus 1 % for vendors who round a little generously).
fn check_alternative(main: &Value, alt: &Value, diags: &mut Vec<Diagnostic>) {
    let pairs: Vec<(f64, f64)> = match (main, alt) {
        (Value::Quantity(a), Value::Quantity(b)) => match (&a.si, &b.si) {
            (Some(x), Some(y)) => vec![(x.value, y.value)],
            _ => return,
        },
        (Value::Range(a), Value::Range(b)) => match (&a.si, &b.si) {
            (Some(x), Some(y)) => vec![(x.min, y.min), (x.max, y.max)],
            _ => return,
        },
        _ => return,
    };
    let (main_unit, alt_unit, main_vals, alt_vals) = match (main, alt) {
        (Value::Quantity(a), Value::Quantity(b)) => {
            (&a.unit, &b.unit, vec![a.value], vec![b.value])
        }
        (Value::Range(a), Value::Range(b)) => {
            (&a.unit, &b.unit, vec![a.min, a.max], vec![b.min, b.max])
        }
        _ => return,
    };
    let (Some(mu), Some(au)) = (units::lookup(main_unit), units::lookup(alt_unit)) else {
        return;
    };
    for (k, (x, y)) in pairs.into_iter().enumerate() {
        let slack = half_ulp_of(main_vals[k]) * mu.factor + half_ulp_of(alt_vals[k]) * au.factor;
        let tol = slack + 0.01 * x.abs().max(y.abs());
        if (x - y).abs() > tol {
            diags.push(Diagnostic::warning(
                "alternative_mismatch",
                format!(
                    "{} {} does not agree with {} {}",
                    main_vals[k], main_unit, alt_vals[k], alt_unit
                ),
            ));
            return;
        }
    }
}

/// Half a unit in the last decimal of a value as Rust prints it (shortest round-trip form).
fn half_ulp_of(v: f64) -> f64 {
    let printed = format!("{v}");
    match printed.find('.') {
        Some(dot) => 0.5 * 10f64.powi(-((printed.len() - dot - 1) as i32)),
        None => 0.5,
    }
}

fn cross(
    items: &[Item],
    joins: &[Join],
    condition: Option<String>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Value> {
    if joins.contains(&Join::Punct) {
        return None;
    }
    let mut p = Printed {
        condition,
        ..Printed::default()
    };
    for it in items {
        let u = it.unit()?;
        if it.plus_minus || it.tol.is_some() {
            return None;
        }
        if let Some(q) = it.qual {
            if p.qualifier.is_some_and(|x| x != q) {
                return None;
            }
            p.qualifier = Some(q);
        }
        let hi = it.hi.unwrap_or(it.lo);
        match u.family {
            Family::Area => {
                if p.mm2.is_some() || it.has_aught() {
                    return None;
                }
                let f = u.factor / 1e-6;
                let (a, b) = (it.lo.num?.value, hi.num?.value);
                p.mm2 = Some((round_sig(a * f, 12), round_sig(b * f, 12)));
            }
            Family::Awg => {
                if p.awg.is_some() {
                    return None;
                }
                p.awg = Some((gauge(it.lo)?, gauge(hi)?));
            }
            Family::Kcmil => {
                if p.kcmil.is_some() || it.has_aught() {
                    return None;
                }
                p.kcmil = Some((it.lo.num?.value, hi.num?.value));
            }
            _ => return None,
        }
    }
    Some(Value::CrossSection(cross_section::build(p, diags)))
}

fn gauge(v: Printed1) -> Option<Awg> {
    if let Some(m) = v.aught {
        return Some(Awg::aught(m));
    }
    let n = v.num?;
    if !n.integer || n.signed || !(0.0..=50.0).contains(&n.value) {
        return None;
    }
    if n.value == 0.0 {
        // `0 AWG` is 1/0.
        return Some(Awg::aught(1));
    }
    Some(Awg::number(n.value as i32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifier_groups_keep_the_list_order() {
        for first in 0..=255u8 {
            let want: Vec<&str> = QUALIFIERS
                .iter()
                .filter(|(w, _)| w.as_bytes()[0] == first)
                .map(|&(w, _)| w)
                .collect();
            let got: Vec<&str> = QUALIFIERS_BY_FIRST
                .starting_with(first)
                .iter()
                .map(|&(w, _)| w)
                .collect();
            assert_eq!(got, want, "{first}");
        }
    }
}
