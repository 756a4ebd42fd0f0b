//! Dot leaders: a run of dots that leads the eye from a label to its value
//! (`Current Rating (per contact) ........ 3A max`), in a specification list or in a table
//! of contents (`5.1 Absolute Maximum Ratings ........ 5`). A leader is a column gap the
//! source printed as dots: the text before it is the label, the text after it the value,
//! unless that value is a page number, which makes the line a table of contents entry.

use crate::document::Line;

/// Where the first leader in `s` starts: four dots (`....`), two ellipses (`……`) or four
/// spaced dots (`. . . .`).
fn leader_start(s: &str) -> Option<usize> {
    // (every leader starts with a `.` or the first byte of `…`: only where one of those
    // stands is a leader looked for)
    let b = s.as_bytes();
    super::bytes::find_map(
        b,
        |h| super::bytes::find2(b'.', 0xE2, h),
        |i| {
            let rest = &b[i..];
            (rest.starts_with(b"....")
                || rest.starts_with("……".as_bytes())
                || rest.starts_with(b". . . ."))
            .then_some(i)
        },
    )
}

/// Whether a whole text (a document's) holds a leader anywhere: three vectorised
/// searches, so a document without one pays for no leader test per cell.
pub(crate) fn in_text(text: &str) -> bool {
    let b = text.as_bytes();
    ["....", "……", ". . . ."]
        .iter()
        .any(|l| memchr::memmem::find(b, l.as_bytes()).is_some())
}

/// Whether `s` holds a leader.
pub(crate) fn has_leader(s: &str) -> bool {
    leader_start(s).is_some()
}

/// The characters a leader is drawn with, and the spaces around and between them.
fn leader_char(c: char) -> bool {
    matches!(c, '.' | '…' | '·') || c.is_whitespace()
}

/// `s` without the leader it ends with (`For Cable connectors .......` → `For Cable
/// connectors`); `s` itself when it ends otherwise. A single full stop stays.
pub(crate) fn trim_end(s: &str) -> &str {
    let t = s.trim_end_matches(leader_char);
    if has_leader(&s[t.len()..]) {
        t
    } else {
        s
    }
}

/// `s` without the leader it starts with (`...... See individual drawing`).
pub(crate) fn trim_start(s: &str) -> &str {
    let t = s.trim_start_matches(leader_char);
    if has_leader(&s[..s.len() - t.len()]) {
        t
    } else {
        s
    }
}

/// A value that is a page number, as a table of contents prints after its leaders: a
/// number of up to four digits (`12`), a lower-case Roman one (`iv`), alone or before a
/// slash that runs on into the next entry (`28 / 4 Revision History`).
pub(crate) fn page_number(value: &str) -> bool {
    let v = value.trim().trim_matches('*').trim();
    let end = v
        .find(|c: char| c.is_whitespace() || c == '/')
        .unwrap_or(v.len());
    let (first, rest) = v.split_at(end);
    let page = |p: &str| {
        (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
            || !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b"ivx".contains(&b))
    };
    // (or a range of pages, `13-14`)
    let number = page(first)
        || first
            .split_once(['-', '–'])
            .is_some_and(|(a, b)| page(a) && page(b));
    number && {
        let rest = rest.trim_start();
        rest.is_empty() || rest.starts_with('/')
    }
}

/// Whether a text is a table-of-contents entry: a leader and a page number after it
/// (`Features ........ 1`, `2.1 Ratings ..... | 5`, `Introduction ...... 3-4`).
pub(crate) fn contents_entry(text: &str) -> bool {
    let Some(start) = leader_start(text) else {
        return false;
    };
    let after = trim_start(&text[start..]);
    !has_leader(after) && page_number(after)
}

/// How many of a block's lines are table-of-contents entries, counted up to two. A block
/// of two or more is (part of) a table of contents: its other leaders part no label from a
/// value either (`Changes to Format ..... Universal` in a revision history beside it,
/// `9 Application ..... 255 Related Products` where the converter ran the page numbers
/// into the next entry). A document of fewer than two in all has no table of contents, so
/// a number after its leader is a value (`Moisture Sensitivity Level ........ 1`).
pub(crate) fn contents_entries(lines: &[Line]) -> usize {
    let mut text = String::new();
    lines
        .iter()
        .filter(|l| l.cells.iter().any(|c| has_leader(c)))
        .filter(|l| {
            // (a cell of its own, as where a table sets entries side by side, or the
            // whole line, as where the page number stands in a cell after the leader)
            l.cells.iter().any(|c| contents_entry(c)) || {
                text.clear();
                l.write_text(&mut text);
                contents_entry(&text)
            }
        })
        .take(2)
        .count()
}

/// The title of a group of leader rows: a line of one label ending in a colon, no leader
/// and no digit (`Dielectric Withstanding Voltage (Voltage Proof):` over `M20-PH ......
/// 500V AC for 1 minute` and `Other ...... 1,000V AC for 1 minute`). The rows under it
/// name its cases: their labels become `Title (case)`.
pub(crate) fn group_title(text: &str) -> Option<&str> {
    // Most texts do not end in a colon before white space and `*`: ruled out before they
    // are trimmed (the trims below stop at the colon as this does).
    if !text
        .trim_end_matches(|c: char| c.is_whitespace() || c == '*')
        .ends_with([':', '：'])
    {
        return None;
    }
    let t = text.trim().trim_matches('*').trim();
    let title = t.strip_suffix([':', '：'])?.trim_end();
    (!title.is_empty()
        && title.chars().count() <= 80
        && title.chars().any(char::is_alphabetic)
        && !title.contains(|c: char| c.is_ascii_digit() || c == ':')
        && !has_leader(title))
    .then_some(title)
}

/// Whether a row after a group title is the title's sibling, not one of its cases: its
/// label shares a word of four or more letters with the title (`Contact Material` after
/// `Housing Material:`, `Contact Retention Force (minimum)` after `Withdrawal Force
/// (minimum):`). Cases name variants or conditions (`M20-PH`, `Gold finish on contact
/// area`), not the same kind of quantity again.
pub(crate) fn sibling(title: &str, label: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .collect()
    };
    let title = words(title);
    words(label).iter().any(|w| title.contains(w))
}

/// The label of a row under a group title (`Insulation Resistance (M20-PH)`), and whether
/// the row closes the group: the catch-all case (`Other`, `All others`) is its last.
pub(crate) fn under(title: &str, label: &str) -> (String, bool) {
    let first = label.split_whitespace().next().unwrap_or("");
    let last = label.split_whitespace().last().unwrap_or("");
    let rest = |w: &str| w.eq_ignore_ascii_case("other") || w.eq_ignore_ascii_case("others");
    (format!("{title} ({label})"), rest(first) || rest(last))
}

/// The label and value of one text with one leader between them (`Contact Material
/// ........ Copper alloy`). None for a table of contents entry (a page number after the
/// leader, in a document with `pages`: one that has a table of contents), a text with more
/// than one leader (two entries run together), or a side that is empty or, for the label,
/// without a letter.
pub(crate) fn pair(text: &str, pages: bool) -> Option<(&str, &str)> {
    let start = leader_start(text)?;
    let label = text[..start].trim();
    let value = trim_start(&text[start..]).trim();
    // (a label with a bracket it never opened, or that opens with one, is the end of one
    // that wrapped, `VDD)`, `(60 degC, 90 % RH)`; a value of one letter is a drawing's, `P`,
    // where one digit is a value, `1`)
    if label.is_empty()
        || !label.chars().any(char::is_alphabetic)
        || label.matches(')').count() > label.matches('(').count()
        || label.starts_with('(')
        || value.chars().count() < 2 && !value.starts_with(|c: char| c.is_ascii_digit())
        || has_leader(value)
        || pages && page_number(value)
    {
        return None;
    }
    Some((label, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leader_parts_label_and_value() {
        assert_eq!(
            pair(
                "Current Rating (per contact) ...................... 3A max",
                true
            ),
            Some(("Current Rating (per contact)", "3A max"))
        );
        assert_eq!(
            pair("Case ............................................ Molded plastic per UL Class 94V-0", true),
            Some(("Case", "Molded plastic per UL Class 94V-0"))
        );
        assert_eq!(pair("Bag……………1,000", true), Some(("Bag", "1,000")));
        assert_eq!(
            pair(
                "Operating Temperature Range . . . . . . -40°C to +105°C",
                true
            ),
            Some(("Operating Temperature Range", "-40°C to +105°C"))
        );
    }

    #[test]
    fn a_table_of_contents_entry_is_no_pair() {
        assert_eq!(
            pair("5.1 Absolute Maximum Ratings ..................... 5", true),
            None
        );
        assert_eq!(
            pair("**2   Überblick ..............................3**", true),
            None
        );
        assert_eq!(
            pair(
                "Information ........................ 28 / 4 Revision History",
                true
            ),
            None
        );
        assert_eq!(
            pair("Revision History ........................ iv", true),
            None
        );
        assert_eq!(
            pair("Receptacles ........................ 13-14", true),
            None
        );
        // in a document without a table of contents the number is the value
        assert_eq!(
            pair("Moisture Sensitivity Level ............... 1", false),
            Some(("Moisture Sensitivity Level", "1"))
        );
        assert!(contents_entry("Features ............ 1") && contents_entry("Ratings .... 5"));
        assert!(!contents_entry("Bag ............ 1,000") && !contents_entry("Features"));
        assert!(in_text("a\nFeatures . . . . . 1") && in_text("Bag……1,000"));
        assert!(!in_text("Rated 6.3 to 30 Amps... see page 2"));
        // the end of a label that wrapped; a drawing's letter
        assert_eq!(
            pair("VDD)........................ -0.6V to (VDD + 0.6V)", true),
            None
        );
        assert_eq!(pair("SR ROP DOUT ................ P", true), None);
        assert_eq!(
            pair("(60  degC, 90 % RH) .......................1,500 h", true),
            None
        );
        // two entries run together
        assert_eq!(
            pair(
                "Sensitivity Level .........1 / ESD Classification (HBM).......3B",
                true
            ),
            None
        );
        // no label, no value
        assert_eq!(pair("........................ 3A", true), None);
        assert_eq!(pair("Contact Finish ........................", true), None);
        // an ellipsis or a full stop is no leader
        assert_eq!(pair("Rated 6.3 to 30 Amps... see page 2", true), None);
    }

    #[test]
    fn a_title_with_a_colon_heads_its_cases() {
        assert_eq!(
            group_title("Insulation Resistance:"),
            Some("Insulation Resistance")
        );
        assert_eq!(group_title("Note:"), Some("Note"));
        assert_eq!(group_title("Rated voltage: 250 V"), None);
        assert_eq!(group_title("Section 2:"), None);
        assert_eq!(group_title("Ratings ........:"), None);
        assert_eq!(
            under("Insulation Resistance", "M20-PH"),
            ("Insulation Resistance (M20-PH)".to_string(), false)
        );
        assert!(under("Shock", "Other").1 && under("Shock", "All others").1);
        assert!(sibling("Housing Material", "Contact Material"));
        assert!(sibling(
            "Withdrawal Force (minimum)",
            "Contact Retention Force (minimum)"
        ));
        assert!(!sibling("Housing Material", "For Cable connectors"));
        assert!(!sibling("Insulation Resistance", "M20-PH"));
    }

    #[test]
    fn a_leader_is_trimmed_off_the_side_it_ends() {
        assert_eq!(
            trim_end("For Cable connectors ......."),
            "For Cable connectors"
        );
        assert_eq!(trim_end("Max."), "Max.");
        assert_eq!(
            trim_start("....... See individual drawing"),
            "See individual drawing"
        );
        assert_eq!(trim_start(".5 mm"), ".5 mm");
        assert!(page_number("12") && page_number(" 3 ") && !page_number("300 operations"));
        assert!(!page_number("1,000") && !page_number("3A max") && !page_number("12345"));
    }
}
