//! `dsx value`: normalise one value string typed or pasted by a user.
//!
//! A value copied from a Markdown datasheet still carries the markup that `dsx extract`
//! cleans while reading (`4,00 mm<sup>2</sup>`, `**25 A**`, `&deg;C`, `<br>`); it is cleaned
//! the same way here so `dsx value` answers as `dsx extract` would. The printed `raw`
//! stays the text as given.

use std::borrow::Cow;
use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Result;

/// Print the JSON of one value on one line: `raw` as given, `value` and `diagnostics` of
/// the cleaned text. With `unit`, the text is a value cell and `unit` its separate unit cell.
pub fn run(text: &str, label: Option<&str>, unit: Option<&str>) -> Result<ExitCode> {
    let cleaned = clean_markup(text);
    let parsed = match unit {
        Some(u) => crate::normalise::parse_with_unit(&cleaned, &clean_markup(u), label),
        None => crate::normalise::parse(&cleaned, label),
    };
    // one line in schema order, as `dsx extract` prints a value (a `json!` map would sort
    // the keys)
    #[derive(serde::Serialize)]
    struct Out<'a> {
        raw: &'a str,
        value: &'a crate::normalise::Value,
        diagnostics: &'a [crate::diagnostic::Diagnostic],
    }
    let out = Out {
        raw: text,
        value: &parsed.value,
        diagnostics: &parsed.diagnostics,
    };
    let mut stdout = io::stdout().lock();
    serde_json::to_writer(&mut stdout, &out)?;
    writeln!(stdout)?;
    Ok(ExitCode::SUCCESS)
}

/// Inline tags a Markdown datasheet carries in its value cells.
const TAGS: &[&str] = &[
    "sup", "sub", "br", "b", "strong", "i", "em", "u", "span", "mark", "p",
];

/// Remove the inline markup `dsx extract` removes: `<sup>2</sup>` → `²` glued to the word
/// before it, `<br>` → a space, other inline tags dropped, `**`/`__` emphasis, backslash
/// escapes and the common HTML entities; whitespace runs folded. Text without markup is
/// returned as is.
pub fn clean_markup(text: &str) -> Cow<'_, str> {
    if !text.contains(['<', '&', '*', '_', '\\']) && !text.contains("  ") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            if let Some((name, closing, len)) = tag_at(rest) {
                rest = &rest[len..];
                match (name, closing) {
                    ("sup", false) => {
                        let end = rest.find("</sup>").unwrap_or(rest.len());
                        let inner = rest[..end].trim();
                        match superscript(inner) {
                            Some(sup) => {
                                out.truncate(out.trim_end().len());
                                out.push_str(&sup);
                            }
                            None if matches!(inner, "®" | "™" | "©") => {
                                out.truncate(out.trim_end().len());
                                out.push_str(inner);
                            }
                            None => out.push_str(inner),
                        }
                        rest = rest[end..].strip_prefix("</sup>").unwrap_or(&rest[end..]);
                    }
                    ("br", _) => out.push(' '),
                    _ => {}
                }
                continue;
            }
        }
        if c == '&' {
            if let Some((decoded, len)) = entity_at(rest) {
                out.push(decoded);
                rest = &rest[len..];
                continue;
            }
        }
        if c == '\\' {
            if let Some(e) = rest[1..]
                .chars()
                .next()
                .filter(|e| "_*\\|#[]()<>`~".contains(*e))
            {
                out.push(e);
                rest = &rest[1 + e.len_utf8()..];
                continue;
            }
        }
        if rest.starts_with("**") || rest.starts_with("__") {
            rest = &rest[2..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// An inline tag at the start of `s`: its lower-case name, whether it closes, its length.
fn tag_at(s: &str) -> Option<(&'static str, bool, usize)> {
    let end = s.find('>')?;
    let inner = &s[1..end];
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(i) => (true, i),
        None => (false, inner),
    };
    let name_len = inner
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(inner.len());
    let (name, attrs) = inner.split_at(name_len);
    if !(attrs.is_empty() || attrs.starts_with([' ', '/'])) || attrs.contains('<') {
        return None;
    }
    let tag = TAGS.iter().find(|t| t.eq_ignore_ascii_case(name))?;
    Some((tag, closing, end + 1))
}

/// A named or numeric HTML entity at the start of `s` and its length.
fn entity_at(s: &str) -> Option<(char, usize)> {
    let end = s[..s.len().min(10)].find(';')?;
    let name = &s[1..end];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "nbsp" => ' ',
        "deg" => '°',
        "micro" => 'µ',
        "plusmn" => '±',
        "le" => '≤',
        "ge" => '≥',
        "ndash" => '–',
        "minus" => '−',
        "Omega" | "ohm" => 'Ω',
        "sup2" => '²',
        "times" => '×',
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(h) => u32::from_str_radix(h, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((c, end + 1))
}

/// `2` → `²`, `-3` → `⁻³`; `None` when some character has no superscript form.
fn superscript(s: &str) -> Option<String> {
    if s.is_empty() {
        return None;
    }
    s.chars().map(crate::source::superscript).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_cleaned_as_extract_cleans_it() {
        let cases = [
            ("4,00 mm<sup>2</sup>", "4,00 mm²"),
            ("4 mm <sup>2</sup>", "4 mm²"),
            ("10<sup>-3</sup> s", "10⁻³ s"),
            ("WINSTA <sup>®</sup>", "WINSTA®"),
            ("**25 A**", "25 A"),
            ("-40 &deg;C", "-40 °C"),
            (
                "-20 ~ +70<br>(Refer to \"Derating Curve\")<br>℃",
                "-20 ~ +70 (Refer to \"Derating Curve\") ℃",
            ),
            ("<b>1 µA</b> (max.)", "1 µA (max.)"),
            ("MSTB 2,5/..-ST", "MSTB 2,5/..-ST"),
            ("<2mA / 240VAC", "<2mA / 240VAC"),
            ("< 5 mA", "< 5 mA"),
            ("V\\_OUT", "V_OUT"),
            ("5 &plusmn; 0,5 %", "5 ± 0,5 %"),
        ];
        for (raw, want) in cases {
            assert_eq!(clean_markup(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn clean_text_is_not_copied() {
        assert!(matches!(clean_markup("0.5 ... 4 mm²"), Cow::Borrowed(_)));
    }
}
