//! Value text → [`Value`]: numbers, units to SI, ranges, qualifiers, conditions and
//! mm²/AWG/kcmil cross-sections checked against each other.
//!
//! The structure stage hands over a value cell's text (already cleaned of markup) and the
//! row's label; `parse` returns the typed value plus any diagnostics (a mismatching
//! mm²/AWG pair). The printed text is never rewritten: the record keeps it as `raw`.
//!
//! - [`number`]: printed numbers (decimal commas, thousands groups, signs, exponents);
//! - [`units`]: the unit table (canonical spelling, SI unit, factor/offset);
//! - [`quantity`]: the grammar of a cell (single values, ranges, lists, conditions);
//! - [`cross_section`]: mm²/AWG/kcmil and the ASTM B258 check.

pub mod cross_section;
pub mod number;
pub mod quantity;
#[doc(hidden)]
pub mod samples;
pub mod units;
mod value;

#[cfg(test)]
mod tests;

/// Builds the unit tables and compiles the value patterns now (see [`crate::warm_up`]).
pub(crate) fn warm_up() {
    units::warm_up();
    quantity::warm_up();
}

pub use value::*;

use crate::diagnostic::{Diagnostic, Severity};
use quantity::Context;
use units::Unit;

/// A parsed value and what the parser noticed about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub value: Value,
    pub diagnostics: Vec<Diagnostic>,
}

/// Full-width forms of East Asian datasheets read as their ASCII letters (`＋100`,
/// `IF ＝ 5 mA`, the ideographic space), and a horizontal bar before a digit as the minus
/// sign it is printed for (`―40 to ＋85 ℃`). A glyph the converter could not map
/// (U+FFFD) between `±` and its number is the thin space set there (`±�115`), and goes.
/// The raw text is kept as printed elsewhere.
fn fold_wide(raw: &str) -> std::borrow::Cow<'_, str> {
    let wide = |c: char| {
        ('\u{FF01}'..='\u{FF5E}').contains(&c) || matches!(c, '\u{3000}' | '―' | '\u{FFFD}')
    };
    // Each of them is three bytes in UTF-8 starting with 0xEF, 0xE3 or 0xE2: text without
    // those bytes (most values) is not decoded.
    // (and ASCII text, most values, is told at once)
    if raw.is_ascii()
        || memchr::memchr3(0xEF, 0xE3, 0xE2, raw.as_bytes()).is_none()
        || !raw.chars().any(wide)
    {
        return std::borrow::Cow::Borrowed(raw);
    }
    let chars: Vec<char> = raw.chars().collect();
    let mut out = String::with_capacity(raw.len());
    for (i, &c) in chars.iter().enumerate() {
        out.push(match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '―' if chars
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_digit() || ('０'..='９').contains(n)) =>
            {
                '-'
            }
            '\u{FFFD}'
                if i > 0
                    && chars[i - 1] == '±'
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit) =>
            {
                continue;
            }
            c => c,
        });
    }
    std::borrow::Cow::Owned(out)
}

/// Normalise one printed value. `label` is the row's label, which may carry meaning
/// (`Conductor cross section AWG`, `Rated voltage (III / 3)`).
pub fn parse(raw: &str, label: Option<&str>) -> Parsed {
    let raw = &*fold_wide(raw);
    let mut diagnostics = Vec::new();
    let mut value = quantity::parse_cell(raw, Context { label, unit: None }, &mut diagnostics);
    // `42 g.`, `10 lbs.`: a full stop after the unit ends the sentence, not the value
    if value == Value::Text {
        if let Some(cut) = raw.trim_end().strip_suffix('.') {
            // (`300min.` is a minimum, `NO.` an abbreviation: neither is a unit)
            let lower = cut.to_ascii_lowercase();
            let qualifier = ["min", "max", "typ", "nom", "approx", "no"]
                .iter()
                .any(|q| lower.ends_with(q));
            // (and it ends in a unit: a sentence's last word is not read twice)
            let last = cut.rsplit(' ').next().unwrap_or(cut);
            let last = last.trim_start_matches(|c: char| c.is_ascii_digit() || ".,+-".contains(c));
            if units::lookup(last).is_some() && !qualifier {
                let mut d = Vec::new();
                let v = quantity::parse_cell(cut, Context { label, unit: None }, &mut d);
                if matches!(v, Value::Quantity(_) | Value::Range(_)) {
                    value = v;
                    diagnostics = d;
                }
            }
        }
    }
    Parsed { value, diagnostics }
}

/// Normalise a value cell whose unit is printed in a separate cell (a parameter table's
/// `Unit` column): `–0.3 to +5.5` with `V` is a range in V, `±4.096` with `V` a symmetric
/// range, `2.5` with `pF` 2.5e-12 F. Numbers that carry their own unit keep it. A unit the
/// table does not know is read as if printed after the value (`raw unit`), so nothing is
/// guessed: what that text does not account for stays `text`.
pub fn parse_with_unit(raw: &str, unit: &str, label: Option<&str>) -> Parsed {
    let raw = &*fold_wide(raw);
    let unit = unit.trim();
    if unit.is_empty() {
        return parse(raw, label);
    }
    let Some(u) = units::lookup(unit) else {
        return parse(&format!("{} {unit}", raw.trim()), label);
    };
    let mut diagnostics = Vec::new();
    let ctx = Context {
        label,
        unit: Some(u),
    };
    let value = quantity::parse_cell(raw, ctx, &mut diagnostics);
    Parsed { value, diagnostics }
}

/// Columns of one electrical-characteristics row, as the structure stage found them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LimitColumns<'a> {
    pub symbol: Option<&'a str>,
    pub min: Option<&'a str>,
    pub typ: Option<&'a str>,
    pub max: Option<&'a str>,
    pub unit: Option<&'a str>,
    pub condition: Option<&'a str>,
}

/// The number of a cell printed as a symmetric limit (`±0.2%`, `+/-0.5`, `± 4.0`), after
/// its sign.
fn symmetric_bound(cell: &str) -> Option<&str> {
    ["±", "+/-", "+/−", "+-"]
        .iter()
        .find_map(|pm| cell.strip_prefix(pm))
        .map(str::trim_start)
        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit() || c == '.'))
}

/// One min/typ/max cell: a number, possibly with its unit (`6VDC`).
fn limit_cell(
    cell: Option<&str>,
    which: &str,
    diags: &mut Vec<Diagnostic>,
) -> (Option<f64>, Option<&'static Unit>) {
    let Some(raw) = cell.map(str::trim) else {
        return (None, None);
    };
    // an empty cell, however it is drawn: a dash of any kind (the minus sign and the
    // katakana long-vowel mark of Japanese datasheets included), a slash, n/a
    let dashes = ['-', '–', '—', '−', '‒', '―', '‐', 'ー'];
    if raw.is_empty()
        || raw.chars().all(|c| dashes.contains(&c))
        || matches!(raw, "/" | "n/a" | "N/A")
    {
        return (None, None);
    }
    // `±0.2%` under Typ or Max: a symmetric limit, whose bound is the magnitude (the
    // printed sign stays in the property's raw text).
    let raw = symmetric_bound(raw).unwrap_or(raw);
    if let Some(n) = number::scan(raw, true) {
        let rest = raw[n.len..].trim();
        if rest.is_empty() {
            return (Some(n.value), None);
        }
        if let Some(u) = units::lookup(rest) {
            return (Some(n.value), Some(u));
        }
        // `1.25 V (1.14 V at IF = 5 mA)`: the limit, then a note on another condition in
        // brackets (kept in the raw text).
        if let Some((unit, note)) = rest.split_once('(') {
            let unit = unit.trim();
            if note.trim_end().ends_with(')') {
                if unit.is_empty() {
                    return (Some(n.value), None);
                }
                if let Some(u) = units::lookup(unit) {
                    return (Some(n.value), Some(u));
                }
            }
        }
    }
    diags.push(Diagnostic::new(
        Severity::Info,
        "limit_not_a_number",
        format!("{which} cell {raw:?} is not a number"),
    ));
    (None, None)
}

/// A label that names a temperature difference, not a temperature: `Thermal shutdown
/// hysteresis`, `Temperature rise`, `Accuracy`, `ΔT`.
pub fn names_difference(label: &str) -> bool {
    const WORDS: [&str; 12] = [
        "hysteresis",
        "rise",
        "difference",
        "delta",
        "gradient",
        "drift",
        "accuracy",
        "tolerance",
        "offset",
        "increase",
        "deviation",
        "overshoot",
    ];
    if label.contains('Δ') {
        return true;
    }
    mentions(label, &WORDS)
}

/// A label that names an acceleration (`Maximum acceleration`, `Shock`, `Vibration`): a
/// value in `g` under it is g-force, not grams.
pub fn names_acceleration(label: &str) -> bool {
    mentions(label, &["acceleration", "shock", "vibration", "g-force"])
}

/// Whether `label` holds one of the ASCII `words` (lower case), in either case (compared
/// with the label's bytes: no lower-cased copy). One pass over the label: a word is
/// compared only where the label holds its first letter.
fn mentions(label: &str, words: &[&str]) -> bool {
    // (the words' first bytes, one bit each: all are ASCII)
    let firsts = words
        .iter()
        .filter_map(|w| w.as_bytes().first())
        .fold(0u128, |set, &f| set | 1 << (f & 0x7f));
    let b = label.as_bytes();
    (0..b.len()).any(|i| {
        let first = b[i].to_ascii_lowercase();
        first < 0x80
            && firsts >> first & 1 != 0
            && words.iter().any(|w| {
                b[i..]
                    .get(..w.len())
                    .is_some_and(|win| win.eq_ignore_ascii_case(w.as_bytes()))
            })
    })
}

/// Read a value printed in `g` as g-force: its SI value in m/s² (standard gravity,
/// 9.80665 m/s²), the printed unit kept. Values in other units are left alone.
pub fn as_g_force(value: &mut Value) {
    const G: f64 = 9.806_65;
    let scale = |v: f64| units::round_sig(v * G, 12);
    match value {
        Value::Quantity(q) if q.unit == "g" => {
            q.si = Some(SiValue {
                value: scale(q.value),
                unit: "m/s²".to_string(),
            });
        }
        Value::Range(r) if r.unit == "g" => {
            r.si = Some(SiRange {
                min: scale(r.min),
                max: scale(r.max),
                unit: "m/s²".to_string(),
            });
        }
        Value::Limits(l) if l.unit.as_deref() == Some("g") => {
            l.si = Some(SiLimits {
                min: l.min.map(scale),
                typ: l.typ.map(scale),
                max: l.max.map(scale),
                unit: "m/s²".to_string(),
            });
        }
        Value::List { items } => items.iter_mut().for_each(as_g_force),
        _ => {}
    }
}

/// Whether a value is printed in °C or °F (a temperature or a difference of two).
pub fn in_degrees(value: &Value) -> bool {
    in_unit(value, "°C") || in_unit(value, "°F")
}

/// Whether a value (or an item of a list) is printed in the unit of canonical spelling
/// `unit`.
pub fn in_unit(value: &Value, unit: &str) -> bool {
    match value {
        Value::Quantity(q) => q.unit == unit,
        Value::Range(r) => r.unit == unit,
        Value::Limits(l) => l.unit.as_deref() == Some(unit),
        Value::List { items } => items.iter().any(|v| in_unit(v, unit)),
        _ => false,
    }
}

/// Read a value in °C or °F as a temperature difference: its SI value is the difference
/// in K, without the scale's offset (a 5 °C hysteresis is 5 K, not 278.15 K).
pub fn as_difference(value: &mut Value) {
    let factor = |unit: &str| {
        units::lookup(unit)
            .filter(|u| u.offset != 0.0 && u.si == "K")
            .map(|u| u.factor)
    };
    let scale = |v: f64, f: f64| units::round_sig(v * f, 12);
    match value {
        Value::Quantity(q) => {
            if let (Some(f), Some(si)) = (factor(&q.unit), q.si.as_mut()) {
                si.value = scale(q.value, f);
            }
        }
        Value::Range(r) => {
            if let (Some(f), Some(si)) = (factor(&r.unit), r.si.as_mut()) {
                si.min = scale(r.min, f);
                si.max = scale(r.max, f);
            }
        }
        Value::Limits(l) => {
            let f = l.unit.as_deref().and_then(factor);
            if let (Some(f), Some(si)) = (f, l.si.as_mut()) {
                si.min = l.min.map(|v| scale(v, f));
                si.typ = l.typ.map(|v| scale(v, f));
                si.max = l.max.map(|v| scale(v, f));
            }
        }
        Value::List { items } => items.iter_mut().for_each(as_difference),
        _ => {}
    }
}

/// Build a `limits` value from the columns of a min/typ/max table row.
pub fn limits(cols: &LimitColumns<'_>) -> Parsed {
    let mut diagnostics = Vec::new();
    // `327 | 68...to | ...1 Hz`: one value (`32.768 kHz to 1 Hz`) a converter cut into the
    // columns, an ellipsis at each cut. Its pieces are no limits: the value is text.
    let cells = [cols.min, cols.typ, cols.max];
    if cells
        .iter()
        .flatten()
        .any(|c| c.contains("...") || c.contains('…'))
    {
        return Parsed {
            value: Value::Text,
            diagnostics,
        };
    }
    // `−55 to | | +150`: a range printed from the Min column to the Max column.
    let min_cell = match (cols.min, cols.max) {
        (Some(m), Some(x)) if number::scan(x.trim(), true).is_some() => {
            Some(m.trim_end().strip_suffix(" to").unwrap_or(m))
        }
        (m, _) => m,
    };
    let (min, u_min) = limit_cell(min_cell, "min", &mut diagnostics);
    let (typ, u_typ) = limit_cell(cols.typ, "typ", &mut diagnostics);
    let (max, u_max) = limit_cell(cols.max, "max", &mut diagnostics);
    let printed_unit = cols.unit.map(str::trim).filter(|u| !u.is_empty());
    let unit = match printed_unit {
        Some(p) => units::lookup(p),
        None => u_max.or(u_typ).or(u_min),
    };
    // `±16 g` is an acceleration range (g-force), never a mass: the unit is left as printed.
    let symmetric = [cols.min, cols.typ, cols.max]
        .iter()
        .flatten()
        .any(|c| symmetric_bound(c.trim()).is_some());
    let g_force = unit.filter(|u| symmetric && u.si == "kg");
    let unit = unit.filter(|_| g_force.is_none());
    let si = unit.filter(|u| !u.si.is_empty()).map(|u| SiLimits {
        min: min.and_then(|v| u.to_si(v)),
        typ: typ.and_then(|v| u.to_si(v)),
        max: max.and_then(|v| u.to_si(v)),
        unit: u.si.to_string(),
    });
    let unit_text = match (unit, printed_unit) {
        (Some(u), _) => Some(u.canonical.clone()),
        (None, Some(p)) => Some(p.to_string()),
        (None, None) => g_force.map(|u| u.canonical.clone()),
    };
    Parsed {
        value: Value::Limits(Limits {
            symbol: cols
                .symbol
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string),
            min,
            typ,
            max,
            unit: unit_text,
            si,
            condition: cols
                .condition
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string),
        }),
        diagnostics,
    }
}
