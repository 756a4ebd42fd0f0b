//! Characters of the Symbol font that a PDF (and pymupdf4llm's Markdown from it) leaves in
//! the Private Use Area.
//!
//! A symbol font without a Unicode map puts its glyph codes at U+F020–U+F0FF: `330 `
//! is `330 Ω`, `VOD` is `ΔVOD`, `JA` is `θJA`. The code is the Adobe Symbol encoding
//! plus U+F000. Only the codes a datasheet prints as units, signs and symbols are mapped;
//! the rest of the block (Wingdings arrows and check boxes, approval-mark fonts that
//! reuse Latin codes) stays as it is, since the font cannot be told from the code alone.

use std::borrow::Cow;

/// The character a Symbol-font code point stands for, if it is one dsx maps.
pub(crate) fn symbol_char(c: char) -> Option<char> {
    let code = (c as u32).checked_sub(0xF000)?;
    let mapped = match u8::try_from(code).ok()? {
        0x20 => ' ',
        0x2A => '*',
        0x2D => '−',
        0x44 => 'Δ',
        0x46 => 'Φ',
        0x51 => 'Θ',
        0x53 => 'Σ',
        0x57 => 'Ω',
        0x61 => 'α',
        0x62 => 'β',
        0x64 => 'δ',
        0x65 => 'ε',
        0x66 => 'φ',
        0x68 => 'η',
        0x6C => 'λ',
        0x6D => 'μ',
        0x70 => 'π',
        0x71 => 'θ',
        0x72 => 'ρ',
        0x73 => 'σ',
        0x74 => 'τ',
        0x77 => 'ω',
        0xA2 => '′',
        0xA3 => '≤',
        0xA5 => '∞',
        0xB0 => '°',
        0xB1 => '±',
        0xB2 => '″',
        0xB3 => '≥',
        0xB4 => '×',
        0xB7 => '•',
        0xB9 => '≠',
        0xBB => '≈',
        _ => return None,
    };
    Some(mapped)
}

/// `text` with its Symbol-font code points mapped; borrowed when it has none (the test
/// is one byte scan: every such code point is UTF-8 `EF 80`–`EF 83` …). The text between
/// them is copied as it is, not character by character.
pub(crate) fn map_symbols(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    // (0xEF is never a continuation byte: every match starts a character)
    let mut symbols = memchr::memchr_iter(0xEF, b).filter_map(|i| {
        if !matches!(b.get(i + 1), Some(0x80..=0x83)) {
            return None;
        }
        symbol_at(text, i).map(|c| (i, c))
    });
    let Some(first) = symbols.next() else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for (i, c) in std::iter::once(first).chain(symbols) {
        out.push_str(&text[from..i]);
        out.push(c);
        // every code point mapped is three bytes long
        from = i + 3;
    }
    out.push_str(&text[from..]);
    Cow::Owned(out)
}

fn symbol_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next().and_then(symbol_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbol_codes_mapped() {
        // stmicroelect__USBLC6-2SC6Y, renesasinter__ISL3175EIBZ, omron servo motors
        assert_eq!(map_symbols("R = 330\u{F057})"), "R = 330Ω)");
        assert_eq!(map_symbols("\u{F044}VOD"), "ΔVOD");
        assert_eq!(map_symbols("\u{F071}JA(°C/W)"), "θJA(°C/W)");
        assert_eq!(
            map_symbols("tolerance of \u{F0B1} 0.05 mm"),
            "tolerance of ± 0.05 mm"
        );
        // Wingdings check boxes and approval marks are left alone.
        assert_eq!(map_symbols("\u{F0FE} Einzelne"), "\u{F0FE} Einzelne");
        assert!(matches!(map_symbols("\u{F043}"), Cow::Borrowed(_)));
        assert!(matches!(
            map_symbols("plain °C – text\u{FFFD}"),
            Cow::Borrowed(_)
        ));
    }
}
