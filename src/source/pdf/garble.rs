//! Garbage detection: is the extracted text language, or a scrambled font encoding?
//!
//! Some PDFs map glyph codes to the wrong Unicode values (a subset font without a usable
//! `ToUnicode` map): "Prevents accidental" comes out as `1SFWFOUTBDDJEFOUBM`. No
//! dictionary is needed to see that: the letter frequencies of any English, German,
//! French… text are close to one familiar profile (`e` and `t` common, `q` and `z` rare),
//! while a substituted alphabet moves the peaks to other letters. We also count
//! private-use, control and replacement characters, the other sign of a broken encoding.
//!
//! Letters are only judged where an encoding could be scrambled: not when every glyph
//! decodes through a standard encoding (a font without program or ToUnicode, WinAnsi or
//! Standard, no Differences), and only in words: tokens of at least [`MIN_WORD`] letters
//! without a digit. Part numbers, values with units and their pieces (`SN74LVC1G08DBVR`,
//! `10mA`, `MS-`, `x` in `2 x T65`) are no language. A token longer than [`MAX_CODE`]
//! characters is no part number and is judged whatever it holds (a scrambled encoding
//! can map the space to a digit: `2oO23[L2/1(@N43`).

/// Letter frequencies (percent, a–z) of English and German prose, averaged.
const PROFILE: [f64; 26] = [
    7.3, 1.7, 2.9, 4.7, 14.2, 1.9, 2.6, 5.5, 7.2, 0.2, 1.0, 3.7, 2.5, 8.2, 5.1, 1.4, 0.05, 7.0,
    6.5, 7.6, 3.7, 0.9, 2.1, 0.1, 1.0, 0.6,
];

/// Letters a token needs to be judged as a word.
const MIN_WORD: usize = 4;

/// The longest token that may be a code (part number, value with unit) rather than text.
const MAX_CODE: usize = 24;

/// Minimum number of letters before we dare to judge.
const MIN_LETTERS: usize = 400;

/// Below this cosine similarity with [`PROFILE`] the letters are not language.
const MIN_SIMILARITY: f64 = 0.72;

/// Share of unmapped glyphs (percent) above which a document is unreadable. Ordinary
/// files stay below 20 %; the corpus's scrambled one is at 45 %.
const MAX_BLANK_PERCENT: usize = 35;

/// `Some(reason)` when the text does not read as language. `standard`: every glyph
/// decoded through a standard encoding, so only junk characters can condemn it.
pub fn garbled<'a>(texts: impl Iterator<Item = &'a str>, standard: bool) -> Option<String> {
    let mut counts = [0usize; 26];
    let mut chars = 0usize;
    let mut junk = 0usize;
    for token in texts.flat_map(str::split_whitespace) {
        let word = !token.bytes().any(|b| b.is_ascii_digit())
            && token.bytes().filter(u8::is_ascii_alphabetic).count() >= MIN_WORD;
        let judged = !standard && (word || token.chars().count() > MAX_CODE);
        for c in token.chars() {
            chars += 1;
            if is_junk(c) {
                junk += 1;
            } else if judged && c.is_ascii_alphabetic() {
                counts[(c.to_ascii_lowercase() as u8 - b'a') as usize] += 1;
            }
        }
    }
    if chars >= 50 && junk * 4 > chars {
        return Some(format!(
            "{junk} of {chars} characters are control, private-use or replacement characters"
        ));
    }
    let letters: usize = counts.iter().sum();
    if letters >= MIN_LETTERS {
        let sim = similarity(&counts);
        if sim < MIN_SIMILARITY {
            return Some(format!(
                "the letter frequencies do not match any Latin-script language \
                 (similarity {sim:.2} < {MIN_SIMILARITY}): the font encoding is scrambled"
            ));
        }
    }
    None
}

/// `Some(reason)` when most glyphs decoded to nothing printable: the font has no usable
/// Unicode mapping, so what text there is would be fragments.
pub fn mostly_unmapped(glyphs: usize, blank: usize) -> Option<String> {
    (glyphs >= 200 && blank * 100 > glyphs * MAX_BLANK_PERCENT)
        .then(|| format!("{blank} of {glyphs} glyphs have no Unicode mapping in their font"))
}

/// Cosine similarity between letter counts and [`PROFILE`].
pub fn similarity(counts: &[usize; 26]) -> f64 {
    let (mut dot, mut a2, mut b2) = (0.0, 0.0, 0.0);
    for (c, p) in counts.iter().zip(PROFILE) {
        let c = *c as f64;
        dot += c * p;
        a2 += c * c;
        b2 += p * p;
    }
    if a2 == 0.0 {
        return 1.0;
    }
    dot / (a2.sqrt() * b2.sqrt())
}

fn is_junk(c: char) -> bool {
    let cp = c as u32;
    (c.is_control() && !c.is_whitespace())
        || (0xE000..=0xF8FF).contains(&cp)
        || cp == 0xFFFD
        || (0xF0000..=0x10FFFF).contains(&cp)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(s: &str) -> [usize; 26] {
        let mut c = [0; 26];
        for ch in s.chars().filter(char::is_ascii_alphabetic) {
            c[(ch.to_ascii_lowercase() as u8 - b'a') as usize] += 1;
        }
        c
    }

    #[test]
    fn language_and_garbage() {
        let prose = "Polarized housing receptacles prevent accidental mismatching. \
                     The terminals are fully isolated; contact area plating offered in gold. \
                     Provides design flexibility, offering circuit sizes from two to twelve.";
        // The same text with every lower-case letter moved one place up and upper-cased.
        let shifted: String = prose
            .chars()
            .map(|c| {
                if c.is_ascii_lowercase() {
                    ((c as u8 - b'a' + 1) % 26 + b'A') as char
                } else {
                    c
                }
            })
            .collect();
        assert!(similarity(&counts(prose)) > 0.85);
        assert!(similarity(&counts(&shifted)) < MIN_SIMILARITY);
        // as words in a document: judged, and found scrambled
        assert!(garbled(std::iter::once(prose.repeat(4).as_str()), false).is_none());
        assert!(garbled(std::iter::once(shifted.repeat(4).as_str()), false).is_some());
        // also when the space maps to a digit (a spliced Würth file read that way)
        let run_on = shifted.replace(' ', "2");
        assert!(garbled(std::iter::once(run_on.repeat(4).as_str()), false).is_some());
        assert!(garbled(
            std::iter::once("\u{e001}\u{e002}\u{e003}".repeat(30).as_str()),
            true
        )
        .is_some());
    }

    #[test]
    fn part_numbers_are_not_a_scrambled_encoding() {
        let parts = "TPS7A4701RGWR SN74LVC1G08DBVR XC7Z020-1CLG400C ATMEGA328P-AU \
                     STM32F103C8T6 BSS138LT1G MMBT3904LT1G NCP1117ST33T3G W25Q128JVSIQ "
            .repeat(20);
        assert!(garbled(std::iter::once(parts.as_str()), false).is_none());
        // a model list: codes split at spaces (Fuji Electric's contactors, one page)
        let models = "S-2 x T65 MS-T65 MSO-2 x N125KP TH-N120(TA) JIS IEC EN ".repeat(40);
        assert!(garbled(std::iter::once(models.as_str()), false).is_none());
        // the letters alone would be judged, and fail
        let letters: String = parts.chars().filter(|c| !c.is_ascii_digit()).collect();
        assert!(garbled(std::iter::once(letters.as_str()), false).is_some());
        // unless every glyph decoded through a standard encoding
        assert!(garbled(std::iter::once(letters.as_str()), true).is_none());
    }
}
