//! Product identity (vendor, item number, title, description, URL) and identifiers (GTIN,
//! customs tariff number, country of origin), found in the document itself, never in the
//! file name. The vendor is the organisation behind the document's web and e-mail domains,
//! spelled as the document prints it.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::part::has_ascii_digit;
use super::{key_of, RawSection};
use crate::document::{BlockKind, Document, Line};
use crate::record::{Identifiers, Product};

/// The labels an item number is printed under (`Part No.`, `ORDER CODE`, `SKU`).
const ITEM_LABEL: &str = r"(?:(?:item|article|art\.|part|order|catalog|cat\.)\s*(?:no\.?|nr\.?|number|#|code)|sku|p/n|bestellnummer|artikelnummer)";
/// The labels [`ITEM_LABEL`] knows, lower case, in the order its alternation tries them:
/// a label of the first kind needs a number word after it (`Part No.`, `Order Code`), one of
/// the second kind stands alone (`SKU`).
const NEEDS_NUMBER_WORD: [&[u8]; 7] = [
    b"item", b"article", b"art.", b"part", b"order", b"catalog", b"cat.",
];
const NUMBER_WORDS: [&[u8]; 5] = [b"no", b"nr", b"number", b"#", b"code"];
const STANDS_ALONE: [&[u8]; 4] = [b"sku", b"p/n", b"bestellnummer", b"artikelnummer"];

/// The first three letters of every label, lower case, searched for together (one
/// vectorised pass over a text, not a pass per head). The search does not report a head
/// that overlaps one it found: that head starts after a letter of the one found (no head
/// starts with `/` or `n`), so no label starts there.
static LABEL_HEADS: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new("(?-u)ite|art|par|ord|cat|sku|p/n|bes").expect("valid regex")
});

/// The item numbers printed after an item-number label in `text`, with their byte offsets,
/// in text order: what `(?i-u)\b{ITEM_LABEL}\s*[:.]?\s*([A-Z0-9](?:[A-Z0-9./_-]*[A-Z0-9])?)`
/// captures, match by match. Not that regex: its labels in every letter case give its
/// literal prefilter a hit at nearly every word, and this runs over the first lines of
/// every document. Here the text is lower-cased once, the places where a label can start
/// are found by one search for the label heads, and only those are read (the unit
/// tests hold the two to the same answers). A number labelled `Publication Order Number`
/// is the document's, and left out, as is the first of a list (`USB4125, USB4130`).
fn item_numbers(text: &str) -> Vec<(usize, &str)> {
    let lower = text.to_ascii_lowercase();
    let b = lower.as_bytes();
    let mut out = Vec::new();
    // where the search goes on after a match, as the regex's does
    let mut at = 0;
    for i in LABEL_HEADS.find_iter(b).map(|m| m.start()) {
        if i < at || (i > 0 && is_word_byte(b[i - 1])) {
            continue;
        }
        if let Some((start, end)) = labelled_number(b, i) {
            // `Publication Order Number: 2N7002L/D` numbers the document, not the part
            let publication = lower[..i].trim_end().ends_with("publication");
            // `Part Number: USB4125, USB4130, USB4135`: a family's members, none of which
            // is the document's item more than the others
            let rest = b[end..].strip_prefix(b",").map(|r| r.trim_ascii_start());
            let listed = rest.is_some_and(|r| r.first().is_some_and(u8::is_ascii_alphanumeric));
            if !publication && !listed {
                out.push((start, &text[start..end]));
            }
            at = end;
        }
    }
    out
}

/// `\b`'s word bytes (ASCII: a byte of a longer UTF-8 character is none).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// ASCII whitespace as `(?-u)\s` has it: tab, line feed, vertical tab, form feed, carriage
/// return, space.
fn skip_space(b: &[u8], mut at: usize) -> usize {
    while b
        .get(at)
        .is_some_and(|&c| matches!(c, b'\t'..=b'\r' | b' '))
    {
        at += 1;
    }
    at
}

/// The end of `word` when the lower-cased text `b` holds it at `at`.
fn eat(b: &[u8], at: usize, word: &[u8]) -> Option<usize> {
    b[at..].starts_with(word).then_some(at + word.len())
}

/// The number after the item-number label that starts at `at` in the lower-cased text
/// `b`, as the regex's leftmost-first
/// search finds it: the first label (and number word) in the pattern's order that a number
/// follows. Its whitespace and optional `.` are greedy and no later part can start with
/// what they take, so the first way that reaches a number is the only one.
fn labelled_number(b: &[u8], at: usize) -> Option<(usize, usize)> {
    for label in NEEDS_NUMBER_WORD {
        let Some(end) = eat(b, at, label) else {
            continue;
        };
        let end = skip_space(b, end);
        for word in NUMBER_WORDS {
            let Some(mut after) = eat(b, end, word) else {
                continue;
            };
            if matches!(word, b"no" | b"nr") && b.get(after) == Some(&b'.') {
                after += 1;
            }
            if let Some(number) = number_after(b, after) {
                return Some(number);
            }
        }
    }
    STANDS_ALONE
        .iter()
        .filter_map(|label| eat(b, at, label))
        .find_map(|end| number_after(b, end))
}

/// `\s*[:.]?\s*([a-z0-9](?:[a-z0-9./_-]*[a-z0-9])?)` at `at` in the lower-cased text `b`:
/// the number's byte range, as long as it can be.
fn number_after(b: &[u8], at: usize) -> Option<(usize, usize)> {
    let mut at = skip_space(b, at);
    if matches!(b.get(at), Some(b':' | b'.')) {
        at = skip_space(b, at + 1);
    }
    if !b.get(at)?.is_ascii_alphanumeric() {
        return None;
    }
    let mut end = at + 1;
    for (j, &c) in b.iter().enumerate().skip(at + 1) {
        if c.is_ascii_alphanumeric() {
            end = j + 1;
        } else if !matches!(c, b'.' | b'/' | b'_' | b'-') {
            break;
        }
    }
    Some((at, end))
}

/// A cell that holds an item-number label and nothing else.
static ITEM_LABEL_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i-u)^\s*{ITEM_LABEL}\s*[:.]?\s*$")).expect("valid regex")
});
/// An item number printed in a cell of its own.
static ITEM_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u)^\s*([A-Z0-9](?:[A-Z0-9./_-]*[A-Z0-9])?)\s*$").expect("valid regex")
});
static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u:\b(?:https?://|www\.))[^\s<>()\[\]]+[^\s<>()\[\].,;]").expect("valid regex")
});
/// The web addresses in `text`, in order: what `URL.find_iter` finds. Not that regex, which
/// costs a search per line with an address: an address starts at `http://`, `https://` or
/// `www.` (ASCII case ignored) after no ASCII letter, digit or `_`, and runs over the
/// characters that are no whitespace or bracket to the last one after its first that is
/// no `.`, `,` or `;` (there is none: no address there). The unit tests hold the two to
/// the same answers.
fn web_addresses(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        while from < b.len() {
            // (`h`, `w` in either case, and no other byte, are `h`, `w` with bit 5 set)
            let at = from
                + b[from..]
                    .iter()
                    .position(|&c| matches!(c | 0x20, b'h' | b'w'))?;
            from = at + 1;
            if at > 0 && is_word_byte(b[at - 1]) {
                continue;
            }
            let starts = |p: &[u8]| {
                b[at..]
                    .get(..p.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(p))
            };
            let Some(scheme) = [&b"https://"[..], b"http://", b"www."]
                .into_iter()
                .find(|p| starts(p))
            else {
                continue;
            };
            let body = at + scheme.len();
            let mut end = None;
            for (j, c) in text[body..].char_indices() {
                if c.is_whitespace() || matches!(c, '<' | '>' | '(' | ')' | '[' | ']') {
                    break;
                }
                if j > 0 && !matches!(c, '.' | ',' | ';') {
                    end = Some(body + j + c.len_utf8());
                }
            }
            if let Some(end) = end {
                from = end;
                return Some(&text[at..end]);
            }
        }
        None
    })
}

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u)\b[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+").expect("valid regex")
});

static HTTP: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("http"));
static WWW: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("www."));

/// Compiles this module's patterns and finders now (see [`crate::warm_up`]).
pub(crate) fn warm_up() {
    LazyLock::force(&LABEL_HEADS);
    for re in [&ITEM_LABEL_CELL, &ITEM_CELL, &URL, &EMAIL] {
        LazyLock::force(re);
    }
    LazyLock::force(&HTTP);
    LazyLock::force(&WWW);
}

/// How many lines from the top the item number is looked for.
const IDENTITY_LINES: usize = 400;

/// The letters and digits of `s`, lower case.
pub(crate) fn alnum(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    write_alnum(s, &mut out);
    out
}

/// Append [`alnum`] of `s` to `out`: byte by byte when `s` is ASCII (most addresses are).
fn write_alnum(s: &str, out: &mut String) {
    if s.is_ascii() {
        out.extend(
            s.bytes()
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
    } else {
        out.extend(
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase),
        );
    }
}

/// The organisation label of a host: `www.wago.com` → `wago`, `info.us.wago.co.uk` → `wago`.
#[cfg(test)]
fn org_of_host(host: &str) -> Option<String> {
    org_label(host).map(str::to_ascii_lowercase)
}

/// Count the organisation of `host` ([`org_label`], lower case) in `orgs`: a copy of its
/// name is made only for one not counted before.
fn count_org(orgs: &mut HashMap<String, usize>, host: &str) {
    let Some(label) = org_label(host) else {
        return;
    };
    if label.bytes().any(|b| b.is_ascii_uppercase()) {
        *orgs.entry(label.to_ascii_lowercase()).or_default() += 1;
    } else if let Some(n) = orgs.get_mut(label) {
        *n += 1;
    } else {
        orgs.insert(label.to_string(), 1);
    }
}

/// The organisation label of a host as the host spells it (`www.WAGO.com` → `WAGO`).
fn org_label(host: &str) -> Option<&str> {
    let host = host.trim_start_matches("www.");
    // from the end: the top-level domain, then the label before it
    let mut labels = host.rsplit('.').filter(|p| !p.is_empty()).skip(1);
    let second = labels.next()?;
    // second-level registries: co.uk, com.cn, …
    let registry = ["co", "com", "ac", "or", "ne", "gov"]
        .iter()
        .any(|r| second.eq_ignore_ascii_case(r));
    let org = if registry {
        labels.next().unwrap_or(second)
    } else {
        second
    };
    Some(org)
}

/// The domain of an address `EMAIL` matched: what follows its only `@` (the local part
/// cannot hold one), without a capture group, so the search stays on the fast engines.
fn domain_of(address: &str) -> Option<&str> {
    address.split_once('@').map(|(_, domain)| domain)
}

fn host_of(url: &str) -> Option<&str> {
    // after the first `://` (up to a second one, whose `:` the split below cuts at); a
    // plain scan: a `str` search sets up its searcher per call
    let rest = url
        .as_bytes()
        .windows(3)
        .position(|w| w == b"://")
        .map_or(url, |i| &url[i + 3..]);
    rest.split(['/', '?', '#', ':']).next()
}

/// The product a document is about, and whether its item number was printed under an
/// item-number label. `all` is the document's [`CellText`] (built once for every search
/// over all cells).
pub(crate) fn product(
    doc: &Document,
    all: &CellText,
    sections: &[RawSection],
    wrapped: bool,
) -> (Product, bool) {
    // Identity is printed near the top: the first lines, as text.
    // Lines are turned into text only as far as each search needs to go.
    let head = || {
        doc.blocks
            .iter()
            .flat_map(|b| b.lines.iter())
            .take(IDENTITY_LINES)
    };
    // A label begins with one of the label heads, and no head holds a space, so none
    // spans two cells: only a line with a cell holding a head can hold an item number.
    // One search over the head's cells finds those lines; only they are turned into text.
    let head_end = all.line_start(IDENTITY_LINES);
    // (a head the search steps over shares bytes, and so its cell, with one it found)
    // Only a head at the start of a word can begin a label (one the search steps over
    // starts after a letter of, or the `/` of `p/n` in, the one found: with no head
    // starting with `n`, never at a word's start): the others' lines are not read.
    let lower = all.lower.as_bytes();
    let head_hits = LABEL_HEADS
        .find_iter(&lower[..head_end])
        .map(|m| m.start())
        .filter(|&i| i == 0 || !is_word_byte(lower[i - 1]))
        .map(|i| (i, 3));
    let mut label_lines: Vec<usize> = all.cells_at(head_hits).map(|c| all.cells[c].1).collect();
    label_lines.dedup();
    // The lines that could hold an item number are searched as one text, joined by NUL:
    // the pattern matches no NUL, so no match spans two lines, and one search replaces a
    // search per line. (Where each line starts in it, and which line it is.)
    let mut head_text = String::new();
    let mut text_lines: Vec<(usize, usize)> = Vec::new();
    for li in label_lines {
        let l = all.lines[li];
        if !l.cells.iter().any(|c| has_ascii_digit(c)) {
            continue;
        }
        let start = head_text.len();
        l.write_text(&mut head_text);
        if head_text.len() - start < 6 {
            head_text.truncate(start);
        } else {
            head_text.push('\0');
            text_lines.push((start, li));
        }
    }
    // Each number with its line and the NULs inside that line's cells before it.
    let mut found: Vec<(usize, usize, &str)> = Vec::new();
    for (start, id) in item_numbers(&head_text) {
        if id.bytes().any(|b| b.is_ascii_digit()) {
            let (line_start, li) = text_lines[text_lines.partition_point(|&(s, _)| s <= start) - 1];
            let inner = memchr::memchr_iter(0, &head_text.as_bytes()[line_start..start]).count();
            found.push((li, inner, id));
        }
    }
    // Two different numbers under item-number labels on one line of the head or on two
    // lines in a row (`Part Number: CRCW0603562RFKEAHP` over `Part Number:
    // CRCW06030000Z0EAHP`) are examples of how the series' numbers are built, not the
    // document's item. Lines count as in the text of every head line with a digit and six
    // bytes or more, joined by NUL, where a NUL inside a cell is a line break too: those
    // lines are walked only when there are two numbers to compare.
    let mut numbers: Vec<(usize, &str)> = Vec::with_capacity(found.len());
    if found.len() < 2 {
        numbers.extend(found.iter().map(|&(_, _, id)| (0, id)));
    } else {
        let mut line = 0;
        let mut text = String::new();
        let mut next = found.iter().peekable();
        for (li, l) in all.lines.iter().enumerate() {
            while let Some(&(_, inner, id)) = next.next_if(|&&(nli, _, _)| nli == li) {
                numbers.push((line + inner, id));
            }
            if next.peek().is_none() {
                break;
            }
            if l.cells.iter().any(|c| has_ascii_digit(c)) {
                text.clear();
                l.write_text(&mut text);
                if text.len() >= 6 {
                    line += 1 + memchr::memchr_iter(0, text.as_bytes()).count();
                }
            }
        }
    }
    // two different numbers on one line or on lines next to each other
    let examples = numbers.iter().enumerate().any(|(j, &(lj, id))| {
        numbers[..j]
            .iter()
            .rev()
            .take_while(|&&(lk, _)| lj - lk <= 1)
            .any(|&(_, other)| other != id)
    });
    // Printed under an item-number label (`Part No.:`, `SKU:`): what the document says
    // it is about, which no file name overrides (see `file_name`).
    let labelled = (!examples)
        .then(|| numbers.first().map(|&(_, id)| id.to_string()))
        .flatten()
        .or_else(|| labelled_item(sections, false));
    let item_labelled = labelled.is_some();
    let item_number = labelled
        .or_else(|| super::part::guess(doc, all))
        // An ordering table's one code (`SM712.TCT`) when the title names no part.
        .or_else(|| labelled_item(sections, true))
        // Last: an ordering table's first row sits under its `Part Number` header too.
        .or_else(|| stacked_item(doc))
        .map(|item| uncut(item, all));

    // URLs and e-mail domains, in document order. Both hold a dot; a line is searched when
    // one of its cells holds a dot and `http`/`www.` (a web address) or `@` (an e-mail).
    let dotted = |&cell: &usize| memchr::memchr(b'.', all.cells[cell].0.as_bytes()).is_some();
    let mut web_lines = vec![false; all.lines.len()];
    let mut mail_lines = vec![false; all.lines.len()];
    // Only lines with a link or one of those cells hold an address: they are visited in
    // document order, the others not at all.
    let mut visit = all.linked.clone();
    let web_hits = HTTP.find_iter(all.text.as_bytes()).map(|i| (i, 4));
    let web_hits = web_hits.chain(WWW.find_iter(all.text.as_bytes()).map(|i| (i, 4)));
    for cell in all.cells_at(web_hits).filter(dotted) {
        web_lines[all.cells[cell].1] = true;
        visit.push(all.cells[cell].1);
    }
    let at_signs = memchr::memchr_iter(b'@', all.text.as_bytes()).map(|i| (i, 1));
    for cell in all.cells_at(at_signs).filter(dotted) {
        mail_lines[all.cells[cell].1] = true;
        visit.push(all.cells[cell].1);
    }
    visit.sort_unstable();
    visit.dedup();
    let mut urls: Vec<String> = Vec::new();
    let mut orgs: HashMap<String, usize> = HashMap::new();
    for li in visit {
        let l = all.lines[li];
        for link in &l.links {
            if let Some(email) = link.url.strip_prefix("mailto:") {
                if let Some(domain) = EMAIL.find(email).and_then(|m| domain_of(m.as_str())) {
                    count_org(&mut orgs, domain);
                }
            } else if link.url.starts_with("http") || link.url.starts_with("www.") {
                urls.push(link.url.clone());
            }
        }
        let (has_url, has_mail) = (web_lines[li], mail_lines[li]);
        if !(has_url || has_mail) {
            continue;
        }
        let text = l.text();
        if has_url {
            urls.extend(web_addresses(&text).map(str::to_string));
        }
        if has_mail {
            for domain in EMAIL.find_iter(&text).filter_map(|m| domain_of(m.as_str())) {
                count_org(&mut orgs, domain);
            }
        }
    }
    for host in urls.iter().filter_map(|u| host_of(u)) {
        count_org(&mut orgs, host);
    }
    let url = item_number.as_ref().and_then(|item| {
        let key = alnum(item);
        if key.is_empty() {
            return None;
        }
        // (each address folded into one buffer, searched by one finder)
        let finder = memchr::memmem::Finder::new(key.as_bytes());
        let mut folded = String::new();
        urls.iter()
            .find(|u| {
                folded.clear();
                write_alnum(u, &mut folded);
                finder.find(folded.as_bytes()).is_some()
            })
            .cloned()
    });
    let vendor = orgs
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(org, _)| printed_name(all, org));

    // Title: the first heading or text line that is not an item-number line or a link.
    // Rows (`label<TAB>value`) are data, never the title.
    let title = head()
        .filter(|l| l.filled() <= 1)
        .map(Line::text)
        .find(|t| {
            let t = t.trim();
            t.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && item_numbers(t).is_empty()
                && web_addresses(t).next().is_none()
                && Some(t) != item_number.as_deref()
        })
        .map(|t| t.trim().to_string());
    let item_number = item_number.or_else(|| title.as_deref().and_then(super::part::leading_part));

    // A converter's own summary around raw page text describes the file, not the product.
    let description = if wrapped {
        None
    } else {
        description(doc, title.as_deref())
    };
    let product = Product {
        vendor,
        item_number,
        title,
        description,
        url,
    };
    (product, item_labelled)
}

/// The value of the first property labelled as an item number (`Part No.`, `Order
/// number`): from pairs, or (`ordering`) from the product column of an ordering table.
fn labelled_item(sections: &[RawSection], ordering: bool) -> Option<String> {
    sections
        .iter()
        .flat_map(|s| &s.properties)
        .filter(|p| p.ordering_code == ordering)
        .find_map(|p| {
            // An item number is one word, not a condition (`Ta=25°C`).
            if p.raw.contains([' ', '=', '°']) {
                return None;
            }
            let is_item = matches!(
                key_of(&p.label).as_str(),
                "item_number"
                    | "item_no"
                    | "article_number"
                    | "part_number"
                    | "order_number"
                    | "order_code"
                    | "catalog_number"
                    | "order_no"
                    | "part_no"
            );
            is_item.then(|| p.raw.clone())
        })
}

/// An item number printed under its label in a table, the label's cell over the number's
/// (a drawing's title block: `ORDER CODE` over `61200621621`).
fn stacked_item(doc: &Document) -> Option<String> {
    let tables = doc
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Table { .. }));
    for b in tables {
        for pair in b.lines.windows(2) {
            for (i, cell) in pair[0].cells.iter().enumerate() {
                // `ORDER CODE` is 10 bytes; the longest label is a few more.
                if cell.len() > 24 || !ITEM_LABEL_CELL.is_match(cell) {
                    continue;
                }
                let below = pair[1].cells.get(i).map_or("", String::as_str);
                if let Some(c) = ITEM_CELL.captures(below) {
                    let id = &c[1];
                    if id.len() >= 4 && id.bytes().any(|b| b.is_ascii_digit()) {
                        return Some(id.to_string());
                    }
                }
            }
        }
    }
    None
}

/// An item number a converter cut at a cell boundary (`6120062` of `61200621621`, its
/// rest in the next cell): the word it begins, printed at least twice elsewhere in the
/// document (`3D_61200621621`, `Download_STP_61200621621`), is the whole number.
fn uncut(item: String, all: &CellText) -> String {
    if item.len() < 5 || !item.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return item;
    }
    let finder = memchr::memmem::Finder::new(item.as_bytes());
    let mut longer: HashMap<&str, usize> = HashMap::new();
    let mut exact = 0;
    // One search over all cells: the NUL after each cell (and a cell's own NUL, kept as
    // another control byte) is no letter or digit, so words end where their cells end.
    let bytes = all.text.as_bytes();
    for at in finder.find_iter(bytes) {
        // Only where the item starts a word: `3D_61200621621`, not `961200621`.
        if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let end = bytes[at..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(bytes.len(), |n| at + n);
        if end == at + item.len() {
            exact += 1;
        } else {
            *longer.entry(&all.text[at..end]).or_default() += 1;
        }
    }
    match longer
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
    {
        Some((word, n)) if n >= 2 && n > exact => word.to_string(),
        _ => item,
    }
}

/// Every cell of a document in one text, each cell followed by a NUL, so that one search
/// over the whole text replaces a search per cell: most cells are a few bytes long, and
/// starting a search costs more than its scan, and the cells lie in one place in memory,
/// not each in its own allocation.
pub(crate) struct CellText<'d> {
    pub(crate) text: String,
    /// `text` with ASCII lower-cased (the same offsets): a search that ignores ASCII case
    /// is a plain substring search over it, not a search for a letter in either case.
    pub(crate) lower: String,
    /// Where each cell starts in `text`.
    starts: Vec<usize>,
    /// Each cell, and the index of its line in document order.
    cells: Vec<(&'d str, usize)>,
    /// The document's lines in order.
    pub(crate) lines: Vec<&'d Line>,
    /// The numbers of the lines that carry links, in order (few do).
    linked: Vec<usize>,
}

impl<'d> CellText<'d> {
    pub(crate) fn new(doc: &'d Document) -> Self {
        // sized up front: the text is as long as the document's cells and a NUL each
        let (mut lines, mut cells, mut bytes) = (0, 0, 0);
        for l in doc.blocks.iter().flat_map(|b| &b.lines) {
            lines += 1;
            cells += l.cells.len();
            bytes += l.cells.iter().map(|c| c.len() + 1).sum::<usize>();
        }
        let mut all = CellText {
            text: String::with_capacity(bytes),
            lower: String::new(),
            starts: Vec::with_capacity(cells),
            cells: Vec::with_capacity(cells),
            lines: Vec::with_capacity(lines),
            linked: Vec::new(),
        };
        let lines = doc.blocks.iter().flat_map(|b| b.lines.iter());
        for (li, l) in lines.enumerate() {
            for c in &l.cells {
                all.starts.push(all.text.len());
                all.cells.push((c.as_str(), li));
                all.text.push_str(c);
                all.text.push('\0');
            }
            if !l.links.is_empty() {
                all.linked.push(li);
            }
            all.lines.push(l);
        }
        // A NUL in `text` always ends a cell: one inside a cell (a PDF's unmapped glyph)
        // is kept as another control byte of the same length. (One count over the text
        // tells whether there is any, not a search per cell.)
        if memchr::memchr_iter(0, all.text.as_bytes()).count() > all.cells.len() {
            let mut text = std::mem::take(&mut all.text).into_bytes();
            for (&start, &(c, _)) in all.starts.iter().zip(&all.cells) {
                for b in &mut text[start..start + c.len()] {
                    if *b == 0 {
                        *b = 1;
                    }
                }
            }
            all.text = String::from_utf8(text).expect("NUL and U+0001 are one byte each");
        }
        all.lower = all.text.to_ascii_lowercase();
        all
    }

    /// Where the cells of line `line` and the lines after it start in `text` (its end when
    /// there are none).
    pub(crate) fn line_start(&self, line: usize) -> usize {
        let cell = self.cells.partition_point(|&(_, l)| l < line);
        self.starts.get(cell).copied().unwrap_or(self.text.len())
    }

    /// `piece`, a part of `text` inside one cell, as the cell holds it: the same bytes, but
    /// for a NUL inside the cell, which `text` holds as U+0001.
    pub(crate) fn in_cell(&self, piece: &str) -> &'d str {
        let at = piece.as_ptr() as usize - self.text.as_ptr() as usize;
        let cell = self.starts.partition_point(|&s| s <= at) - 1;
        let from = at - self.starts[cell];
        &self.cells[cell].0[from..from + piece.len()]
    }

    /// The lines that hold the matches `(offset in text, length)` given in text order,
    /// each line once, in document order.
    pub(crate) fn lines_at(
        &self,
        hits: impl Iterator<Item = (usize, usize)>,
    ) -> impl Iterator<Item = &'d Line> + '_ {
        self.line_numbers_at(hits).map(|line| self.lines[line])
    }

    /// The numbers (in document order) of [`CellText::lines_at`].
    pub(crate) fn line_numbers_at(
        &self,
        hits: impl Iterator<Item = (usize, usize)>,
    ) -> impl Iterator<Item = usize> + '_ {
        let mut last = None;
        self.cells_at(hits).filter_map(move |cell| {
            let line = self.cells[cell].1;
            (last != Some(line)).then(|| {
                last = Some(line);
                line
            })
        })
    }

    /// The cells that hold the matches `(offset in text, length)` given in text order,
    /// each cell once, in order. A match that runs past its cell's end is not in it.
    pub(crate) fn cells_at(
        &self,
        hits: impl Iterator<Item = (usize, usize)>,
    ) -> impl Iterator<Item = usize> + '_ {
        let mut hits: Vec<(usize, usize)> = hits.collect();
        hits.sort_unstable();
        let mut last = None;
        // The cell of the hit before: the next hit is in it or in a cell after it, found by
        // a search over those only (most hits are in the cell of the one before).
        let mut cell = 0;
        hits.into_iter().filter_map(move |(at, len)| {
            if self.starts.get(cell + 1).is_some_and(|&s| s <= at) {
                cell += self.starts[cell + 1..].partition_point(|&s| s <= at);
            }
            let start = *self.starts.get(cell)?;
            let inside = at + len <= start + self.cells[cell].0.len();
            (inside && last != Some(cell)).then(|| {
                last = Some(cell);
                cell
            })
        })
    }
}

/// Where `needle` (lower case) occurs in `hay`, ASCII case ignored: the first byte is found
/// with `memchr2` (both cases at once), the rest compared in place.
fn find_ignore_case<'h>(hay: &'h str, needle: &'h str) -> impl Iterator<Item = usize> + 'h {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let (n0, rest) = n.split_first().map_or((0, &[][..]), |(a, r)| (*a, r));
    memchr::memchr2_iter(n0, n0.to_ascii_uppercase(), h)
        .filter(move |&i| {
            h.get(i + 1..i + n.len()).is_some_and(|w| {
                w.iter()
                    .zip(rest)
                    .all(|(a, b)| a.to_ascii_lowercase() == *b)
            })
        })
        .take(if n.is_empty() { 0 } else { usize::MAX })
}

/// `needle` (lower case) occurs in `hay`, ASCII case ignored.
fn contains_ignore_case(hay: &str, needle: &str) -> bool {
    needle.is_empty() || find_ignore_case(hay, needle).next().is_some()
}

/// How the document spells the organisation `org` (`wago` → `WAGO`, `phoenixcontact` →
/// `Phoenix Contact`): the most frequent run of one to three words whose letters are it.
fn printed_name(all: &CellText, org: &str) -> String {
    let fallback = || {
        let mut c = org.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    };
    let org_chars: Vec<char> = org.chars().collect();
    let Some(&first) = org_chars.first() else {
        return fallback();
    };
    let mut forms: HashMap<String, usize> = HashMap::new();
    // Only a cell holding the name's first two letters can spell it.
    let head: String = org_chars.iter().take(2).collect();
    // (the name is lower case) One search over the text, which goes on at the next cell
    // after a hit inside one: a cell is scanned once however often it holds the head.
    let lower = all.lower.as_bytes();
    let finder = memchr::memmem::Finder::new(head.as_bytes());
    let mut head_cells: Vec<usize> = Vec::new();
    let (mut at, mut cell) = (0, 0);
    while let Some(i) = finder.find(&lower[at..]).map(|i| at + i) {
        // (the cells after the one before, as hits come in text order)
        cell += all.starts[cell..].partition_point(|&s| s <= i) - 1;
        let end = all.starts[cell] + all.cells[cell].0.len();
        if i + head.len() <= end {
            head_cells.push(cell);
            at = end;
        } else {
            at = i + 1;
        }
    }
    let mut count = |cell: &str, word_start: usize| {
        if let Some(run) = spelled_run(&cell[word_start..], &org_chars) {
            let cand = run.trim_matches(|c: char| !c.is_alphanumeric());
            if !cand.contains(['.', '@', '/']) {
                // (a spelling seen before is counted without a copy of it)
                match forms.get_mut(cand) {
                    Some(n) => *n += 1,
                    None => {
                        forms.insert(cand.to_string(), 1);
                    }
                }
            }
        }
    };
    // A run starts at a word whose first letter or digit is the name's first letter.
    if first.is_ascii() {
        // Only the cells holding the name's first two letters are scanned for the letter.
        let f = first as u8;
        // The letter in either case is the lower-case letter in `lower`, where a cell has
        // the same offsets (but for a NUL inside it, kept as U+0001 there, and capitals).
        let in_lower = !f.is_ascii_uppercase() && f > 1;
        for &cell in &head_cells {
            let t = all.cells[cell].0;
            let low = &lower[all.starts[cell]..all.starts[cell] + t.len()];
            // (a short cell byte by byte: a `memchr` costs more to start than to run there)
            let short = (in_lower && low.len() < 64).then(|| {
                low.iter()
                    .enumerate()
                    .filter(move |&(_, &b)| b == f)
                    .map(|(i, _)| i)
            });
            let long = (short.is_none()).then(|| {
                if in_lower {
                    memchr::memchr2_iter(f, f, low)
                } else {
                    memchr::memchr2_iter(f, f.to_ascii_uppercase(), t.as_bytes())
                }
            });
            let hits = short
                .into_iter()
                .flatten()
                .chain(long.into_iter().flatten());
            'hits: for i in hits {
                // (most such letters are inside a word, after an ASCII letter or digit:
                // told from the byte before, first)
                if i > 0 && t.as_bytes()[i - 1].is_ascii_alphanumeric() {
                    continue;
                }
                // A run from here spells the name's second letter next: a letter or digit
                // right after the first that is another ends it (`the`, `to` for `ti`),
                // before the walk back.
                if let (Some(&next), Some(&second)) = (t.as_bytes().get(i + 1), org_chars.get(1)) {
                    if next.is_ascii_alphanumeric()
                        && char::from(next.to_ascii_lowercase()) != second
                    {
                        continue;
                    }
                }
                // back to the word's start, giving up at the first letter or digit (the
                // letter is inside a word then): each byte is walked over at most once per
                // word
                let mut word_start = 0;
                for (j, c) in t[..i].char_indices().rev() {
                    if c.is_whitespace() {
                        word_start = j + c.len_utf8();
                        break;
                    }
                    if c.is_alphanumeric() {
                        continue 'hits;
                    }
                }
                // (most runs fail in their first word: told from its ASCII bytes first)
                if first_word_may_spell(&t.as_bytes()[i..], &org_chars) {
                    count(t, word_start);
                }
            }
        }
    } else {
        for &cell in &head_cells {
            let t = all.cells[cell].0;
            let starts = word_starts(t).filter(|&i| {
                t[i..]
                    .chars()
                    .take_while(|c| !c.is_whitespace())
                    .find(|c| c.is_alphanumeric())
                    .is_some_and(|c| c.to_lowercase().eq(std::iter::once(first)))
            });
            for i in starts {
                count(t, i);
            }
        }
    }
    forms
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map(|(f, _)| f)
        .unwrap_or_else(fallback)
}

/// Whether [`spelled_run`] can find `org` in a run whose first word's first letter or digit
/// starts `b`: false when an ASCII letter or digit of that word, before any byte outside
/// ASCII, is not the letter of `org` it would have to be (the run ends there); true when
/// the bytes cannot tell.
fn first_word_may_spell(b: &[u8], org: &[char]) -> bool {
    let mut matched = 0;
    for &x in b {
        // (outside ASCII, or the word's end: the run is read)
        if !x.is_ascii() || matches!(x, b'\t'..=b'\r' | b' ') {
            return true;
        }
        if x.is_ascii_alphanumeric() {
            if org.get(matched) != Some(&char::from(x.to_ascii_lowercase())) {
                return false;
            }
            matched += 1;
        }
    }
    true
}

/// Byte offsets where the whitespace-separated words of `t` start.
fn word_starts(t: &str) -> impl Iterator<Item = usize> + '_ {
    t.char_indices()
        .scan(true, |after_space, (i, c)| {
            let start = *after_space && !c.is_whitespace();
            *after_space = c.is_whitespace();
            Some(start.then_some(i))
        })
        .flatten()
}

/// The run of one to three words at the start of `t` whose letters and digits, lower-cased,
/// are `org`, its words joined by single spaces; `None` as soon as they stop being a prefix.
/// Where single spaces join them in `t` already (most runs are one word), the run is that
/// part of `t`, not a copy.
fn spelled_run<'t>(t: &'t str, org: &[char]) -> Option<Cow<'t, str>> {
    let mut matched = 0;
    // where the first word starts and the last one ends in `t`, and whether single spaces
    // join them
    let mut span: Option<(usize, usize)> = None;
    let mut single = true;
    for w in t.split_whitespace().take(3) {
        for c in w
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
        {
            if org.get(matched) != Some(&c) {
                return None;
            }
            matched += 1;
        }
        if matched == 0 {
            return None;
        }
        // (`w` is a part of `t`)
        let at = w.as_ptr() as usize - t.as_ptr() as usize;
        span = Some(match span {
            None => (at, at + w.len()),
            Some((start, end)) => {
                single &= &t[end..at] == " ";
                (start, at + w.len())
            }
        });
        if matched == org.len() {
            let (start, end) = span?;
            return Some(if single {
                Cow::Borrowed(&t[start..end])
            } else {
                Cow::Owned(
                    t[start..end]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                )
            });
        }
    }
    None
}

/// The product description: the first heading or paragraph of a section named for it,
/// else the first longer paragraph that shares a word with the title.
fn description(doc: &Document, title: Option<&str>) -> Option<String> {
    let mut in_desc = false;
    for b in &doc.blocks {
        match b.kind {
            BlockKind::Heading { .. } | BlockKind::Text if in_desc => {
                let text = b.text();
                if !text.trim().is_empty() {
                    return Some(text.replace('\n', " "));
                }
            }
            // (a key holding `description` needs the word in the text: the cheap test first)
            BlockKind::Heading { .. }
                if b.lines
                    .iter()
                    .flat_map(|l| &l.cells)
                    .any(|c| contains_ignore_case(c, "description"))
                    && key_of(&b.text()).contains("description") =>
            {
                in_desc = true
            }
            _ => {}
        }
    }
    let title_words: Vec<String> = title
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect();
    let ascii_words = title_words.iter().all(|w| w.is_ascii());
    doc.blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Text && b.lines.iter().all(|l| l.filled() <= 1))
        // the joined text is no longer than its cells and one separator per cell (lines
        // without cells, which no reader makes, would add only trailing newlines): a block
        // shorter than that can never qualify, and is not joined
        .filter(|b| {
            b.lines
                .iter()
                .flat_map(|l| &l.cells)
                .map(|c| c.len() + 1)
                .sum::<usize>()
                >= 40
        })
        .map(|b| b.text().replace('\n', " "))
        .filter(|t| t.len() >= 40 && Some(t.as_str()) != title)
        .find(|t| {
            // No character but these two lower-cases to ASCII (`İ` → `i̇`, the Kelvin sign
            // → `k`): without them an ASCII word is in the lower-cased text where it is in
            // the text with ASCII case ignored, and the text is not lower-cased (slow for
            // a long paragraph that is not all ASCII).
            if ascii_words && (t.is_ascii() || !t.contains(LOWER_TO_ASCII)) {
                title_words.iter().any(|w| contains_ignore_case(t, w))
            } else {
                let lower = t.to_lowercase();
                title_words.iter().any(|w| lower.contains(w.as_str()))
            }
        })
}

/// The only characters outside ASCII whose lower case holds ASCII.
const LOWER_TO_ASCII: [char; 2] = ['\u{130}', '\u{212A}'];

/// Valid GTIN-8/12/13/14: the last digit is the GS1 check digit of the others.
pub fn gtin_valid(digits: &str) -> bool {
    if !matches!(digits.len(), 8 | 12 | 13 | 14) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let d: Vec<u32> = digits.bytes().map(|b| u32::from(b - b'0')).collect();
    let (body, check) = d.split_at(d.len() - 1);
    let sum: u32 = body
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| if i % 2 == 0 { x * 3 } else { x })
        .sum();
    (10 - sum % 10) % 10 == check[0]
}

pub fn identifiers(sections: &[RawSection]) -> Identifiers {
    // (finders built once: a `str::contains` sets up its searcher on every call, and
    // this runs on every property)
    static TARIFF: LazyLock<[memchr::memmem::Finder<'static>; 3]> =
        LazyLock::new(|| ["tariff", "hs_code", "taric"].map(memchr::memmem::Finder::new));
    static ORIGIN: LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        LazyLock::new(|| ["country_of_origin", "ursprungsland"].map(memchr::memmem::Finder::new));
    let has = |k: &str, words: &[memchr::memmem::Finder]| {
        words.iter().any(|w| w.find(k.as_bytes()).is_some())
    };
    let mut ids = Identifiers::default();
    for p in sections.iter().flat_map(|s| &s.properties) {
        let digits = || -> String { p.raw.chars().filter(char::is_ascii_digit).collect() };
        let only_digits = p
            .raw
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace());
        // A value of more than digits can only be a country of origin, whose key holds
        // `country` or `ursprungsland`: a label gives those letters in a row only from the
        // same ASCII letters in a row (no other character lower-cases to one of them; `ä ö
        // ü ß` give `ae oe ue ss`, which neither word holds, starts with the second letter
        // of or ends with the first of), so the key of a label without either word, ASCII
        // case ignored, is not taken.
        if !only_digits
            && (ids.country_of_origin.is_some()
                || !(contains_ignore_case(&p.label, "country")
                    || contains_ignore_case(&p.label, "ursprungsland")))
        {
            continue;
        }
        let k = key_of(&p.label);
        if ids.gtin.is_none()
            && (k == "gtin" || k == "ean" || k.starts_with("gtin_") || k.starts_with("ean_"))
            && only_digits
        {
            let digits = digits();
            ids.gtin_valid = Some(gtin_valid(&digits));
            ids.gtin = Some(digits);
        } else if ids.customs_tariff.is_none() && has(&k, &*TARIFF) && only_digits {
            ids.customs_tariff = Some(digits());
        } else if ids.country_of_origin.is_none() && has(&k, &*ORIGIN) {
            ids.country_of_origin = Some(p.raw.trim().to_string());
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gtin_check_digit() {
        for (gtin, ok) in [
            ("4055143766760", true),
            ("4055143766761", false),
            ("4017918029548", true),
            ("12345", false),
            ("96385074", true),
        ] {
            assert_eq!(gtin_valid(gtin), ok, "{gtin}");
        }
    }

    #[test]
    fn printed_names_of_organisations() {
        use crate::document::{Block, Loc, SourceFormat};
        let doc = |texts: &[&str]| Document {
            format: SourceFormat::Markdown,
            blocks: vec![Block {
                kind: BlockKind::Text,
                lines: texts
                    .iter()
                    .map(|t| Line::new(vec![t.to_string()], Loc::default()))
                    .collect(),
            }],
            pages: None,
            diagnostics: Vec::new(),
        };
        let cases: &[(&[&str], &str, &str)] = &[
            // the most frequent spelling of one to three words wins
            (
                &[
                    "Phoenix Contact GmbH",
                    "(PHOENIX CONTACT)",
                    "Phoenix Contact",
                ],
                "phoenixcontact",
                "Phoenix Contact",
            ),
            // punctuation before the word is not part of it; inside a word it is no start
            (&["(WAGO)", "x-wago", "WAGO is"], "wago", "WAGO"),
            // a spelling inside an address does not count; no spelling: the capitalised org
            (&["see www.acme.com"], "acme", "Acme"),
            // a name whose first letter is not ASCII
            (&["Ölflex Ölflex cable"], "ölflex", "Ölflex"),
            // a run never reaches into the next cell
            (
                &["Phoenix", "Contact", "Phoenix Contact"],
                "phoenixcontact",
                "Phoenix Contact",
            ),
            // a NUL inside a cell is no cell boundary
            (&["x\0Wago", "x\0Wago", "WAGO"], "wago", "WAGO"),
        ];
        for (texts, org, want) in cases {
            let doc = doc(texts);
            assert_eq!(printed_name(&CellText::new(&doc), org), *want, "{texts:?}");
        }
    }

    #[test]
    fn only_two_characters_lower_case_to_ascii() {
        let to_ascii: Vec<char> = (0x80..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.to_lowercase().any(|l| l.is_ascii()))
            .collect();
        assert_eq!(to_ascii, LOWER_TO_ASCII);
    }

    #[test]
    fn organisations_of_hosts() {
        for (host, org) in [
            ("www.wago.com", Some("wago")),
            ("info.us.wago.com", Some("wago")),
            ("www.phoenixcontact.com", Some("phoenixcontact")),
            ("shop.vendor.co.uk", Some("vendor")),
            ("localhost", None),
        ] {
            assert_eq!(org_of_host(host).as_deref(), org, "{host}");
        }
    }
}

#[cfg(test)]
mod item_tests {
    use super::*;
    use crate::document::{Block, Loc, SourceFormat};

    /// A document of a title heading over lines of text.
    fn doc(title: &str, texts: &[&str]) -> Document {
        let line = |t: &str| Line::new(vec![t.to_string()], Loc::default());
        Document {
            format: SourceFormat::Markdown,
            blocks: vec![
                Block {
                    kind: BlockKind::Heading { level: 1 },
                    lines: vec![line(title)],
                },
                Block {
                    kind: BlockKind::Text,
                    lines: texts.iter().map(|t| line(t)).collect(),
                },
            ],
            pages: None,
            diagnostics: Vec::new(),
        }
    }

    #[test]
    fn example_part_numbers_are_not_the_item() {
        // One number under an item-number label is the document's item.
        let one = doc("CRCW-HP e3", &["Part Number: CRCW0603562RFKEAHP"]);
        assert_eq!(
            product(&one, &CellText::new(&one), &[], false)
                .0
                .item_number
                .as_deref(),
            Some("CRCW0603562RFKEAHP")
        );
        // printed under its label: no file name overrides it
        assert!(product(&one, &CellText::new(&one), &[], false).1);
        // Two in a row are examples of how the series' numbers are built: the title's
        // series name is the item.
        let two = doc(
            "CRCW-HP e3",
            &[
                "Part Number: CRCW0603562RFKEAHP",
                "Part Number: CRCW06030000Z0EAHP",
            ],
        );
        assert_eq!(
            product(&two, &CellText::new(&two), &[], false)
                .0
                .item_number
                .as_deref(),
            Some("CRCW-HP")
        );
    }

    #[test]
    fn item_numbers_in_a_title_block() {
        // wrthelektron__Wurth_61200621621 (PDF): `ORDER CODE` over the number in a
        // drawing's title block, and no other item line.
        let row = |cells: &[&str]| {
            Line::new(
                cells.iter().map(|c| c.to_string()).collect(),
                Loc::default(),
            )
        };
        let mut d = doc("connector drawing", &["Scale - 1:1"]);
        d.blocks.push(Block {
            kind: BlockKind::Table { header: false },
            lines: vec![
                row(&[
                    "Row cavity",
                    "Würth Elektronik eiSos GmbH",
                    "",
                    "ORDER CODE",
                    "",
                ]),
                row(&["", "74638 Waldenburg Germany", "", "61200621621", ""]),
            ],
        });
        assert_eq!(
            product(&d, &CellText::new(&d), &[], false)
                .0
                .item_number
                .as_deref(),
            Some("61200621621")
        );
        // The Markdown of the same sheet: the converter cut the number at a cell
        // boundary; the whole number is the word it begins elsewhere, twice or more.
        let cut = doc(
            "connector drawing",
            &[
                "ORDER CODE 6120062",
                "3D_61200621621",
                "Download_STP_61200621621",
            ],
        );
        assert_eq!(
            product(&cut, &CellText::new(&cut), &[], false)
                .0
                .item_number
                .as_deref(),
            Some("61200621621")
        );
        // Printed once whole, the longer word is another number.
        let once = doc("connector drawing", &["ORDER CODE 6120062", "61200621621"]);
        assert_eq!(
            product(&once, &CellText::new(&once), &[], false)
                .0
                .item_number
                .as_deref(),
            Some("6120062")
        );
    }
}

#[cfg(test)]
mod item_number_scan_tests {
    use super::*;

    /// The pattern [`item_numbers`] stands for.
    fn oracle(text: &str) -> Vec<(usize, &str)> {
        let re = Regex::new(&format!(
            r"(?i-u)\b{ITEM_LABEL}\s*[:.]?\s*([A-Z0-9](?:[A-Z0-9./_-]*[A-Z0-9])?)"
        ))
        .expect("valid regex");
        re.captures_iter(text)
            .filter_map(|c| c.get(1))
            .map(|m| (m.start(), m.as_str()))
            .collect()
    }

    #[test]
    fn the_scan_finds_what_the_pattern_finds() {
        for text in [
            "Part Number: CRCW0603562RFKEAHP",
            "Item no.: 770-131 Locking lever",
            "ART.NO. 12-34/5_6. next",
            "Art.-Nr. 5",
            "Article No 5; Artikelnummer: 7; Bestellnummer 9",
            "SKU: ab-12-. P/N:X1 p/n  . 42",
            "Order Code\t61200621621\0Catalog # 5 Cat.No.7",
            "spare part no. 5 xpart no 6 _item no 7 ÄItem no 8",
            "Part No.: - 5 Part No .5 Part No..5 Part No.:.5",
            "SKU No. 5 item number5 item numbers item #",
            "Part\u{b}No\u{c}:\r\n5",
            "catalogue no 5 items no 6",
            "",
            "part",
            "part no",
        ] {
            assert_eq!(item_numbers(text), oracle(text), "{text:?}");
        }
    }

    #[test]
    fn web_addresses_are_what_the_pattern_finds() {
        for text in [
            "see www.wago.com/770-131.",
            "HTTPS://Ti.com, http://x.y; Www.a.b) www. x www.a",
            "xhttp://a.b _www.a.b -www.a.b éwww.a.b http://é.b..., http://a",
            "(http://a.b/c[d]) <www.e.f> http://a.b\u{a0}c www.\u{2009}x",
            "https:/a.b http//a.b hTtP://q.r,;. wwW.s.t;x",
            "www.a.b\0www.c.d",
            "",
            "h w",
        ] {
            let want: Vec<&str> = URL.find_iter(text).map(|m| m.as_str()).collect();
            assert_eq!(web_addresses(text).collect::<Vec<_>>(), want, "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn web_addresses_are_the_pattern(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "http", "HTTP", "https", "s", "://", ":/", "/", "www", "WwW", ".", ",",
                    ";", " ", "\u{a0}", "a", "é", "_", "(", ")", "[", "]", "<", ">", "-",
                    "7", "\t", "\0", "x.y",
                ]),
                0..14,
            )
        ) {
            let text = words.concat();
            let want: Vec<&str> = URL.find_iter(&text).map(|m| m.as_str()).collect();
            proptest::prop_assert_eq!(web_addresses(&text).collect::<Vec<_>>(), want);
        }

        #[test]
        fn the_scan_is_the_pattern(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Part", "NO", "no.", "Nr", "number", "#", "code", "Item", "article",
                    "Art.", "art", "ORDER", "catalog", "Cat.", "sku", "P/N", "bestellnummer",
                    "Artikelnummer", " ", "  ", ":", ".", "-", "_", "/", "\t", "\n", "\0", "5",
                    "A1", "770-131", "x", "é", "12.", "_7", "s",
                ]),
                0..14,
            )
        ) {
            let text = words.concat();
            proptest::prop_assert_eq!(item_numbers(&text), oracle(&text));
        }
    }
}
