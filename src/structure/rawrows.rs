//! Parameter tables that reach dsx as plain text, one row per line with single spaces
//! (a converter that wraps raw PDF text, a PDF line whose gaps were too narrow to split):
//!
//! ```text
//! MIN MAX UNIT
//! VS Supply voltage 6 V
//! Tstg Storage temperature -65 150 degC
//! ```
//!
//! A line made only of column words (`MIN`, `TYP`, `MAX`, `UNIT`, `PARAMETER`, …) names
//! the limit columns; each later line that ends in numbers and a unit is a row. The
//! numbers fill the columns from the left when there are as many; fewer numbers are
//! placed the way such tables print them: one number under `MIN MAX` is the maximum (an
//! absolute rating), under `MIN TYP MAX` the typical value (the minimum for a label that
//! says `Minimum`); two numbers under `MIN TYP MAX` are the range's ends for a label that
//! says `range`, else typical and maximum. A table printed twice side by side (`MIN TYP
//! MAX MIN TYP MAX`, one group per device grade) gives the first group's numbers.
//! What a line holds beyond that (a leading symbol, a test condition after `=`) is split
//! off the label; anything that does not fit is not a row.

use super::grid::clean_label;
use super::{LimitCells, RawProperty};
use crate::document::Loc;
use crate::normalise::units;

/// Limit columns of a plain-text header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    Min,
    Typ,
    Max,
}

/// The limit columns a header line names, left to right, when the line is made only of
/// column words and names at least one limit.
pub(crate) fn header(line: &str) -> Option<Vec<Slot>> {
    let mut slots = Vec::new();
    let mut words = 0;
    for w in line.split_whitespace() {
        slots.extend(column_word(w)?);
        words += 1;
    }
    (words >= 2 && !slots.is_empty()).then_some(slots)
}

/// A column word of a [`header`] line, and the limit column it names if any.
fn column_word(w: &str) -> Option<Option<Slot>> {
    // (lower-cased in a buffer on the stack: no word longer than the longest below is one)
    let t = w.trim_end_matches(['.', ':']).as_bytes();
    let mut buf = [0; 15];
    let lower = buf.get_mut(..t.len())?;
    lower.copy_from_slice(t);
    lower.make_ascii_lowercase();
    Some(match &*lower {
        b"min" | b"minimum" => Some(Slot::Min),
        b"typ" | b"typical" | b"nom" | b"nominal" => Some(Slot::Typ),
        b"max" | b"maximum" => Some(Slot::Max),
        b"unit" | b"units" | b"parameter" | b"parameters" | b"test" | b"conditions"
        | b"condition" | b"symbol" | b"description" | b"characteristic" | b"characteristics" => {
            None
        }
        _ => return None,
    })
}

/// Whether a line whose first word is `first` may be a [`header`] or a [`value_header`]:
/// the word is a column word, or starts with `parameter`.
pub(crate) fn may_head(first: &str) -> bool {
    first
        .as_bytes()
        .get(..9)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"parameter"))
        || column_word(first).is_some()
}

/// `Parameter Condition Value` (or `Parameter Value`): a plain-text table of a label, an
/// optional test condition and a value per line (`Line Regulation low line to high line,
/// full load ±0.5% typ.`), as converters keep the text of a specification picture.
pub(crate) fn value_header(line: &str) -> bool {
    // The first word starts with `parameter`: most lines are ruled out before splitting.
    let first = line.trim_start().as_bytes();
    if !first
        .get(..9)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"parameter"))
    {
        return false;
    }
    let words: Vec<String> = line
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ':']).to_ascii_lowercase())
        .collect();
    let known = |w: &str| {
        matches!(
            w,
            "parameter" | "parameters" | "condition" | "conditions" | "type" | "value" | "values"
        )
    };
    words.len() >= 2
        && words.len() <= 3
        && words.first().is_some_and(|w| w.starts_with("parameter"))
        && words.last().is_some_and(|w| w.starts_with("value"))
        && words.iter().all(|w| known(w))
}

/// A row under a [`value_header`]: the label is the leading run of capitalised words
/// (with a parenthesised abbreviation: `Short Circuit Protection (SCP)`); what follows up
/// to the first number is the condition, the rest the value. A line that starts in lower
/// case, with a number, or is all capitals (a group title) is not a row.
pub(crate) fn value_row(line: &str, loc: Loc) -> Option<RawProperty> {
    let toks: Vec<&str> = line.split_whitespace().collect();
    let capital = |t: &str| {
        t.trim_start_matches('(')
            .starts_with(|c: char| c.is_uppercase())
    };
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    if toks.len() < 2
        || !capital(toks[0])
        || letters.iter().all(|c| c.is_uppercase())
        || toks[0].ends_with(':')
    {
        return None;
    }
    let n = toks.iter().take_while(|t| capital(t)).count();
    if n == 0 || n > 8 || n == toks.len() {
        return None;
    }
    let label = clean_label(&toks[..n].join(" "));
    let rest = &toks[n..];
    let starts_value = |t: &str| {
        let t = t.trim_start_matches(['±', '+', '-', '–', '−', '<', '>', '≤', '≥', '~']);
        t.starts_with(|c: char| c.is_ascii_digit())
    };
    // `10% to 100% load ±1.0% typ.`: a tolerance is the value, what precedes it the
    // condition.
    let at = rest
        .iter()
        .position(|t| t.starts_with('±'))
        .or_else(|| rest.iter().position(|t| starts_value(t)));
    let (condition, value) = match at {
        Some(0) => (None, rest.join(" ")),
        Some(k) => (Some(rest[..k].join(" ")), rest[k..].join(" ")),
        None => (None, rest.join(" ")),
    };
    // Not rows: prose (`The diode can …`), a caption over numbers (`Bottom View 1 2 3`),
    // axis titles (`Ambient Temperature [°C]`), pin labels (`GND GND 0.3V`).
    let first = toks[0].to_ascii_lowercase();
    let prose = matches!(
        first.as_str(),
        "the" | "a" | "an" | "this" | "add" | "if" | "when" | "for" | "see" | "note" | "use"
    );
    let bare_numbers = value
        .split_whitespace()
        .all(|w| w.chars().all(|c| c.is_ascii_digit()));
    let symbol_start = value.starts_with(|c: char| {
        !c.is_alphanumeric()
            && !matches!(c, '±' | '+' | '-' | '–' | '−' | '<' | '>' | '≤' | '≥' | '~')
    });
    let repeated = toks[..n].windows(2).any(|w| w[0] == w[1])
        || value
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with(':'));
    if label.chars().filter(|c| c.is_alphabetic()).count() < 3
        || value.len() > 80
        || prose
        || bare_numbers
        || symbol_start
        || repeated
    {
        return None;
    }
    Some(RawProperty {
        label,
        raw: value,
        loc,
        limits: None,
        variant: None,
        condition,
        ordering_code: false,
    })
}

/// A printed number, possibly signed, with `±`/`+/-`, with `%` attached.
fn number(tok: &str) -> bool {
    let t = tok
        .trim_start_matches("+/-")
        .trim_start_matches(['±', '+', '-', '–', '−']);
    let t = t.strip_suffix('%').unwrap_or(t);
    !t.is_empty()
        && t.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        && t.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && t.chars().any(|c| c.is_ascii_digit())
}

/// A symbol printed before the label (`VS`, `TJ`, `Tstg`, `CMRR`), not a word of it.
fn symbol(tok: &str, next: Option<&str>) -> bool {
    if !next.is_some_and(|n| n.starts_with(|c: char| c.is_uppercase())) {
        return false;
    }
    // `V(ANODE)`, `I(SHDN)`, `t(SUSTA)`: a letter or two and a subscript in parentheses.
    if let Some((head, sub)) = tok.split_once('(') {
        return (1..=3).contains(&head.len())
            && head.chars().all(|c| c.is_ascii_alphabetic())
            && sub.ends_with(')')
            && sub.len() <= 14
            && sub.chars().any(|c| c.is_ascii_uppercase());
    }
    let upper = tok.chars().filter(char::is_ascii_uppercase).count();
    let vowel = tok
        .chars()
        .skip(1)
        .any(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'));
    tok.chars().count() <= 6
        && tok.starts_with(|c: char| c.is_ascii_alphabetic())
        && tok
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_+-".contains(c))
        && (upper >= 2 || upper == 1 && !vowel)
}

/// One plain-text row under a header with the limit columns `slots`.
pub(crate) fn row(line: &str, slots: &[Slot], loc: Loc) -> Option<RawProperty> {
    let toks: Vec<&str> = line.split_whitespace().collect();
    if toks.len() < 3 {
        return None;
    }
    // The unit: the last token (`uV/ degC` is one unit printed in two pieces), unless the
    // numbers carry it (`+/-0.5%`).
    let mut end = toks.len();
    let mut unit = None;
    let last = toks[end - 1];
    if !number(last) {
        let two = (end >= 2 && toks[end - 2].ends_with('/'))
            .then(|| format!("{}{}", toks[end - 2], last));
        if let Some(u) = two.filter(|u| units::lookup(u).is_some()) {
            unit = Some(u);
            end -= 2;
        } else if units::lookup(last).is_some() {
            unit = Some(last.to_string());
            end -= 1;
        } else {
            return None;
        }
    }
    let mut start = end;
    while start > 0 && number(toks[start - 1]) && end - start < slots.len() {
        start -= 1;
    }
    let nums = &toks[start..end];
    if nums.is_empty() || (unit.is_none() && !nums.iter().all(|n| n.ends_with('%'))) {
        return None;
    }
    // The label: what is left, without a leading symbol and a trailing test condition.
    let mut words = &toks[..start];
    let mut sym = None;
    if words.len() >= 2 && symbol(words[0], words.get(1).copied()) {
        sym = Some(words[0].to_string());
        words = &words[1..];
    }
    let mut condition = None;
    // The condition starts at `=` (`VIN+ = 0 to 26 V`) or a comparison (`0 <= VIN <= VS`),
    // with the name or number printed before the operator.
    let operator = |w: &str| matches!(w, "=" | "<" | ">" | "<=" | ">=" | "≤" | "≥");
    if let Some(eq) = words.iter().position(|w| operator(w) || w.ends_with('=')) {
        let before = eq >= 1 && (words[eq] == "=" || operator(words[eq]) && number(words[eq - 1]));
        let cut = eq - usize::from(before);
        condition = Some(words[cut..].join(" "));
        words = &words[..cut];
    }
    let label = clean_label(&words.join(" "));
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    // A sentence that ends in a quantity is prose, not a row.
    let sentence = matches!(
        words.first().map(|w| w.to_ascii_lowercase()).as_deref(),
        Some("the" | "a" | "an" | "this" | "these" | "it" | "if" | "when" | "for" | "see")
    );
    if letters < 3
        || sentence
        || !label.starts_with(char::is_alphabetic)
        || label.len() > 90
        || words.len() > 12
    {
        return None;
    }
    let placed = place(nums, slots, &label)?;
    let get = |s: Slot| {
        placed
            .iter()
            .find(|(k, _)| *k == s)
            .map(|(_, v)| v.to_string())
    };
    let shown: Vec<&str> = [Slot::Min, Slot::Typ, Slot::Max]
        .iter()
        .filter(|s| slots.contains(s))
        .map(|s| placed.iter().find(|(k, _)| k == s).map_or("–", |(_, v)| *v))
        .collect();
    let raw = match &unit {
        Some(u) => format!("{} {u}", shown.join(" | ")),
        None => shown.join(" | "),
    };
    Some(RawProperty {
        label,
        raw,
        loc,
        limits: Some(LimitCells {
            symbol: sym,
            min: get(Slot::Min),
            typ: get(Slot::Typ),
            max: get(Slot::Max),
            unit,
            condition,
        }),
        variant: None,
        condition: None,
        ordering_code: false,
    })
}

/// Which limit each number is.
fn place<'a>(nums: &[&'a str], slots: &[Slot], label: &str) -> Option<Vec<(Slot, &'a str)>> {
    // One group of a table printed twice side by side.
    let distinct = [Slot::Min, Slot::Typ, Slot::Max]
        .iter()
        .filter(|s| slots.contains(s))
        .count();
    let (group, nums) = if slots.len() > distinct && slots.len().is_multiple_of(distinct) {
        let g = &slots[..distinct];
        let n = nums.len();
        // `20 20`: one number per group; `28 35`: both in the first group.
        if n.is_multiple_of(2) && nums[..n / 2] == nums[n / 2..] {
            (g, &nums[..n / 2])
        } else if n <= distinct {
            (g, nums)
        } else if n == slots.len() {
            (g, &nums[..distinct])
        } else {
            return None;
        }
    } else {
        (slots, nums)
    };
    if nums.len() == group.len() {
        return Some(group.iter().copied().zip(nums.iter().copied()).collect());
    }
    let lower = label.to_lowercase();
    let has = |s: Slot| group.contains(&s);
    let pick: Vec<Slot> = match nums.len() {
        1 if lower.starts_with("minimum") && has(Slot::Min) => vec![Slot::Min],
        1 if lower.starts_with("maximum") && has(Slot::Max) => vec![Slot::Max],
        1 if has(Slot::Typ) => vec![Slot::Typ],
        1 if has(Slot::Max) => vec![Slot::Max],
        2 if lower.contains("range") && has(Slot::Min) && has(Slot::Max) => {
            vec![Slot::Min, Slot::Max]
        }
        2 if has(Slot::Typ) && has(Slot::Max) => vec![Slot::Typ, Slot::Max],
        _ => return None,
    };
    Some(pick.into_iter().zip(nums.iter().copied()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameter_condition_value_rows() {
        // recom__R-78E3.3-0.5 (Markdown): the text of a specification picture.
        assert!(value_header("Parameter Condition Value"));
        assert!(value_header("Parameter  Value"));
        // recom__R-78E3.3-0.5 packaging information
        assert!(value_header("Parameter Type Value"));
        assert!(!value_header("Parameter Condition Min Typ Max"));
        let read =
            |line: &str| value_row(line, Loc::default()).map(|p| (p.label, p.condition, p.raw));
        assert_eq!(
            read("Line Regulation low line to high line, full load ±0.5% typ."),
            Some((
                "Line Regulation".to_string(),
                Some("low line to high line, full load".to_string()),
                "±0.5% typ.".to_string()
            ))
        );
        assert_eq!(
            read("Load Regulation 10% to 100% load ±1.0% typ."),
            Some((
                "Load Regulation".to_string(),
                Some("10% to 100% load".to_string()),
                "±1.0% typ.".to_string()
            ))
        );
        assert_eq!(
            read("Short Circuit Protection (SCP) continuous, automatic recovery"),
            Some((
                "Short Circuit Protection (SCP)".to_string(),
                None,
                "continuous, automatic recovery".to_string()
            ))
        );
        for not_a_row in [
            "REGULATIONS",
            "+25°C 7976 x 10 3 hours",
            "The diode can either be fitted",
            "Ambient Temperature [°C]",
            "Bottom View 1 2 3",
            "GND GND 0.3V",
        ] {
            assert_eq!(read(not_a_row), None, "{not_a_row:?}");
        }
    }

    fn read(header_line: &str, line: &str) -> Option<(String, Option<String>, String)> {
        let slots = header(header_line).expect("a header");
        let p = row(line, &slots, Loc::default())?;
        let l = p.limits.expect("limits");
        Some((p.label, l.symbol, p.raw))
    }

    #[test]
    fn absolute_maximum_rows() {
        assert_eq!(
            read("MIN MAX UNIT", "VS Supply voltage 6 V"),
            Some(("Supply voltage".into(), Some("VS".into()), "– | 6 V".into()))
        );
        assert_eq!(
            read("MIN MAX UNIT", "Tstg Storage temperature -65 150 degC"),
            Some((
                "Storage temperature".into(),
                Some("Tstg".into()),
                "-65 | 150 degC".into()
            ))
        );
        assert_eq!(
            read("MIN MAX UNIT", "Input current into any pin (2) 5 mA"),
            Some(("Input current into any pin".into(), None, "– | 5 mA".into()))
        );
    }

    #[test]
    fn grade_groups_and_conditions() {
        let h = "MIN TYP MAX MIN TYP MAX";
        assert_eq!(
            read(h, "Shunt voltage, 1 LSB step size 10 10 uV"),
            Some((
                "Shunt voltage, 1 LSB step size".into(),
                None,
                "– | 10 | – uV".into()
            ))
        );
        assert_eq!(
            read(h, "SMBus timeout (6) 28 35 ms").map(|r| r.2),
            Some("– | 28 | 35 ms".into())
        );
        assert_eq!(
            read(h, "Operating supply range 3 5.5 3 5.5 V").map(|r| r.2),
            Some("3 | – | 5.5 V".into())
        );
        let p = row(
            "CMRR Common-mode rejection VIN+ = 0 to 26 V 100 120 100 120 dB",
            &header(h).unwrap(),
            Loc::default(),
        )
        .unwrap();
        assert_eq!(p.label, "Common-mode rejection");
        assert_eq!(
            p.limits.unwrap().condition.as_deref(),
            Some("VIN+ = 0 to 26 V")
        );
        let p = row(
            "Leakage input current 0 <= VIN <= VS 0.1 1 0.1 1 uA",
            &header(h).unwrap(),
            Loc::default(),
        )
        .unwrap();
        assert_eq!(p.label, "Leakage input current");
        assert_eq!(
            p.limits.unwrap().condition.as_deref(),
            Some("0 <= VIN <= VS")
        );
    }

    #[test]
    fn not_rows() {
        let slots = header("MIN TYP MAX UNIT").unwrap();
        for line in [
            "Copyright (c) 2008-2015, Texas Instruments Incorporated 3",
            "12 bit 532 586 532 586 us",
            "See Table 2",
            "The device draws 5 mA",
        ] {
            assert!(row(line, &slots, Loc::default()).is_none(), "{line}");
        }
        assert!(header("MIN MAX UNIT").is_some());
        assert!(header("The minimum and maximum").is_none());
        assert!(header("UNIT").is_none());
    }
}
