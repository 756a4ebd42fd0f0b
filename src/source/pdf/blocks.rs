//! Laid-out pages → Document blocks: page furniture dropped, wrapped rows joined,
//! headings, key/value rows and multi-column tables told apart.
//!
//! Page furniture (running titles, item numbers, dates, "Page 2 (31)", address blocks) is
//! whatever text sits in the top or bottom band of the page and repeats, digits ignored,
//! on most pages. Header lines are kept where they first appear (page 1 usually names the
//! product), footer lines are dropped everywhere.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::layout::{Cell, PLine, PageLines};
use crate::document::{Block, BlockKind, Line, Loc};

/// Share of the page height that counts as header / footer band.
const BAND: f64 = 0.12;
/// A line at least this many times the body size is a heading.
const HEADING_RATIO: f64 = 1.15;
/// Column alignment tolerance (page units).
const TOL: f64 = 2.5;

/// A line with the page it is on.
#[derive(Debug, Clone)]
struct Item {
    /// Page the line starts on (a row joined across a page break keeps its first page).
    page: u32,
    /// Page the line ends on.
    end_page: u32,
    /// First line of its page (after furniture is removed).
    first_on_page: bool,
    /// Last line of its page.
    last_on_page: bool,
    /// Body font size of its page (headings are larger).
    body: f64,
    /// The depth of a numbered section heading set in body type (see `numbered_heading`).
    section: Option<usize>,
    line: PLine,
}

pub fn build(mut pages: Vec<PageLines>, keep_furniture: bool) -> Vec<Block> {
    let doc_body = body_size(&pages);
    // Turned text is a figure's: one block per page, after the page's other blocks.
    let figures: Vec<(u32, Block)> = pages
        .iter_mut()
        .filter(|p| !p.turned.is_empty())
        .map(|p| {
            let lines = std::mem::take(&mut p.turned)
                .into_iter()
                .map(|l| Line::new(vec![l.text()], loc(p.number)))
                .collect();
            let kind = BlockKind::Figure;
            (p.number, Block { kind, lines })
        })
        .collect();
    let pages = if keep_furniture {
        pages
    } else {
        drop_furniture(pages)
    };
    let mut items = Vec::new();
    for p in pages {
        let body = page_body_size(&p).unwrap_or(doc_body);
        let n = p.lines.len();
        for (i, line) in p.lines.into_iter().enumerate() {
            items.push(Item {
                page: p.number,
                end_page: p.number,
                first_on_page: i == 0,
                last_on_page: i + 1 == n,
                body,
                section: None,
                line,
            });
        }
    }
    mark_sections(&mut items);
    let items = join_wrapped(items);
    let mut blocks = to_blocks(items);
    for (page, figure) in figures.into_iter().rev() {
        let at = blocks
            .iter()
            .rposition(|b| b.loc().page.is_some_and(|p| p <= page))
            .map_or(0, |i| i + 1);
        blocks.insert(at, figure);
    }
    blocks
}

/// The body size of one page, if it has enough text to tell.
fn page_body_size(page: &PageLines) -> Option<f64> {
    let chars: usize = page
        .lines
        .iter()
        .flat_map(|l| &l.cells)
        .map(|c| c.text.len())
        .sum();
    (chars >= 400).then(|| body_size(std::slice::from_ref(page)))
}

/// The font size most characters of the document are set in, counting lines of some
/// length only (axis ticks and drawing labels are many but short).
fn body_size(pages: &[PageLines]) -> f64 {
    let mut sizes: HashMap<i64, usize> = HashMap::new();
    for l in pages.iter().flat_map(|p| &p.lines) {
        let chars: usize = l.cells.iter().map(|c| c.text.chars().count()).sum();
        if chars < 16 {
            continue;
        }
        *sizes.entry((l.size * 2.0).round() as i64).or_default() += chars;
    }
    sizes
        .into_iter()
        .max_by_key(|&(s, n)| (n, s))
        .map_or(10.0, |(s, _)| s as f64 / 2.0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Band {
    Top,
    Bottom,
}

fn band_of(line: &PLine, height: f64) -> Option<Band> {
    if height <= 0.0 {
        return None;
    }
    if line.y < height * BAND {
        Some(Band::Top)
    } else if line.y > height * (1.0 - BAND) {
        Some(Band::Bottom)
    } else {
        None
    }
}

/// Text with digits folded and spacing ignored, so "Page 2 (31)" matches "Page 3 (31)".
fn furniture_key(line: &PLine) -> String {
    fold_key(&line.text())
}

fn fold_key(text: &str) -> String {
    let mut key = String::new();
    let mut in_digits = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                key.push('#');
            }
            in_digits = true;
        } else {
            in_digits = false;
            if !c.is_whitespace() {
                key.extend(c.to_lowercase());
            }
        }
    }
    key
}

/// A footer's document-control text: a revision (`Rev 6.0`, `MF-R SERIES, REV. AQ,
/// 05/26`, `Revised: GD. 11/30/21`), furniture even on the one page that prints it.
fn revision_note(text: &str) -> bool {
    static REVISION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|[\s,(])rev(?:ision|ised)?[.:]?\s+[a-z0-9][a-z0-9.]{0,5}(?:$|[\s,;)])")
            .expect("valid regex")
    });
    text.chars().count() <= 60 && REVISION.is_match(text)
}

/// A footer cell of words (`Final Datasheet`, `Product Folder Links: …`), not a page
/// number, a value or a part number that the last row of a table on several pages shares.
fn wordy_cell(text: &str) -> bool {
    text.split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
        >= 2
}

fn drop_furniture(mut pages: Vec<PageLines>) -> Vec<PageLines> {
    let n = pages.len();
    if n < 2 {
        return pages;
    }
    let mut seen: HashMap<(Band, String), usize> = HashMap::new();
    // Footer cells, counted apart: a footer the line builder joined to other text on
    // some pages (`Final Datasheet | Rev 6.0` beside a contact block).
    let mut seen_cells: HashMap<String, usize> = HashMap::new();
    // Each footer cell's text as first printed, by key.
    let mut footer_cells: HashMap<String, String> = HashMap::new();
    for p in &pages {
        let mut keys: Vec<(Band, String)> = p
            .lines
            .iter()
            .filter_map(|l| Some((band_of(l, p.height)?, furniture_key(l))))
            .collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
        let mut cells: Vec<String> = p
            .lines
            .iter()
            .filter(|l| band_of(l, p.height) == Some(Band::Bottom))
            .flat_map(|l| &l.cells)
            .filter(|c| wordy_cell(&c.text))
            .map(|c| {
                let key = fold_key(&c.text);
                footer_cells
                    .entry(key.clone())
                    .or_insert_with(|| c.text.clone());
                key
            })
            .collect();
        cells.sort();
        cells.dedup();
        for k in cells {
            *seen_cells.entry(k).or_default() += 1;
        }
    }
    // Two pages suffice: datasheets change footers between chapters (a drawing page, a
    // legal page), and text in the margin bands that repeats is rarely content.
    let needed = (n / 5).max(2);
    let mut kept_header: std::collections::HashSet<String> = Default::default();
    for p in &mut pages {
        let height = p.height;
        p.lines.retain_mut(|l| {
            let Some(band) = band_of(l, height) else {
                return true;
            };
            let key = furniture_key(l);
            if seen.get(&(band, key.clone())).copied().unwrap_or(0) < needed {
                // A footer line of furniture cells and other text keeps the text.
                if band == Band::Bottom {
                    l.cells.retain(|c| {
                        let repeated = wordy_cell(&c.text)
                            && seen_cells.get(&fold_key(&c.text)).copied().unwrap_or(0) >= needed;
                        !repeated && !revision_note(&c.text)
                    });
                    return !l.cells.is_empty();
                }
                return true;
            }
            // Header: keep the first occurrence (it often names the product).
            band == Band::Top && kept_header.insert(key)
        });
    }
    // A footer cell the line builder moved out of the band, into a table row or a
    // drawing's labels (`RXDDTO | Product Folder Links: TCAN330 …`), or printed over
    // other text so that its end is garbled, is furniture still: its printed start is.
    // (A sentence that opens with the footer's company name shares its start, not most of
    // its words.)
    let marks: Vec<(String, Vec<String>)> = footer_cells
        .into_iter()
        .filter(|(k, _)| seen_cells.get(k).copied().unwrap_or(0) >= needed)
        .filter(|(k, _)| k.chars().count() >= FOOTER_MARK)
        .map(|(k, text)| (k.chars().take(FOOTER_MARK).collect(), word_keys(&text)))
        .collect();
    if !marks.is_empty() {
        let furniture = |text: &str| {
            let key = fold_key(text);
            let words = word_keys(text);
            marks.iter().any(|(start, known)| {
                let shared = words.iter().filter(|w| known.contains(w)).count();
                key.starts_with(start.as_str()) && shared * 3 >= words.len() * 2
            })
        };
        for p in &mut pages {
            p.lines.retain_mut(|l| {
                let before = l.cells.len();
                l.cells
                    .retain(|c| !(wordy_cell(&c.text) && furniture(&c.text)));
                l.cells.len() == before || !l.cells.is_empty()
            });
        }
    }
    pages
}

/// The words of a text, folded as [`fold_key`] folds them.
fn word_keys(text: &str) -> Vec<String> {
    text.split_whitespace().map(fold_key).collect()
}

/// Characters (folded) of a repeated footer cell that identify it wherever it is printed.
const FOOTER_MARK: usize = 20;

/// Does the text look like a number (a table value rather than words)?
fn numeric(s: &str) -> bool {
    s.chars().next().is_some_and(|c| {
        c.is_ascii_digit() || matches!(c, '−' | '-' | '+' | '±' | '.' | '<' | '>' | '≤' | '≥')
    })
}

/// All capitals (a group caption such as "BODY-DRAIN DIODE RATINGS").
fn shouting(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase())
}

fn starts_lowercase_or_digit(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() || c == '(')
}

/// Index of the cell of `row` whose column holds x-range `[x0, x1]`: from its start to
/// the start of the next cell.
fn column_of(row: &PLine, x0: f64, x1: f64) -> Option<usize> {
    let n = row.cells.len();
    (0..n).find(|&j| {
        let start = row.cells[j].x0 - TOL;
        let end = if j + 1 < n {
            row.cells[j + 1].x0 - TOL
        } else {
            f64::INFINITY
        };
        x0 >= start && x1 <= end + TOL
    })
}

/// Join lines that continue a row: a label or value that wrapped onto the next line
/// (also across a page break, where the continuation is the first line of the next page).
fn join_wrapped(items: Vec<Item>) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::new();
    for item in items {
        if let Some(prev) = out.last_mut() {
            if wrapped_bullet(prev, &item) {
                let (target, cell) = (&mut prev.line.cells[0], &item.line.cells[0]);
                target.text.push(' ');
                target.text.push_str(&cell.text);
                target.x1 = target.x1.max(cell.x1);
                prev.line.y = item.line.y;
                continue;
            }
            if let Some(targets) = continuation(prev, &item) {
                for (cell, j) in item.line.cells.iter().zip(targets) {
                    let target = &mut prev.line.cells[j];
                    target.text.push(' ');
                    target.text.push_str(&cell.text);
                    target.x1 = target.x1.max(cell.x1);
                }
                prev.line.y = item.line.y;
                prev.end_page = item.end_page;
                prev.last_on_page = item.last_on_page;
                continue;
            }
        }
        out.push(item);
    }
    out
}

/// `• Wide ambient operation temperature range: –40°C` over `to 125°C`: a bullet's text
/// that wraps onto the next line, set under the bullet's text and starting in lower
/// case.
fn wrapped_bullet(prev: &Item, next: &Item) -> bool {
    let (p, l) = (&prev.line, &next.line);
    let [bullet] = &p.cells[..] else {
        return false;
    };
    let [cell] = &l.cells[..] else {
        return false;
    };
    let gap = l.y - p.y;
    bullet.text.starts_with(['•', '●', '▪', '■', '–', '-'])
        && cell.text.starts_with(|c: char| c.is_lowercase())
        // (`■ Betriebstemperatur:` introduces the lines under it)
        && !bullet.text.trim_end().ends_with(':')
        && prev.end_page == next.page
        && gap > 0.0
        && gap <= 1.6 * p.size.max(l.size)
        && cell.x0 > bullet.x0 + 0.5
        && !is_heading(next)
}

/// Where the cells of `next` go in `prev` if `next` continues it.
fn continuation(prev: &Item, next: &Item) -> Option<Vec<usize>> {
    let (p, l) = (&prev.line, &next.line);
    if p.cells.len() < 2
        || l.cells.len() >= p.cells.len()
        || is_heading(next)
        || prev.section.is_some()
    {
        return None;
    }
    let same_page = prev.end_page == next.page;
    // A ruled grid's rows are whole: their wrapped cells are joined already (a label
    // that wraps onto the next page is another matter).
    if p.joined || (same_page && l.joined) {
        return None;
    }
    if same_page {
        let gap = l.y - p.y;
        if gap <= 0.0 || gap > 1.9 * p.size.max(l.size) {
            return None;
        }
    } else {
        // Across a page break only a label that wraps: the last row of one page and the
        // first line of the next, lower-case, in the label column.
        let c = &l.cells[0];
        let ok = prev.last_on_page
            && next.first_on_page
            && l.cells.len() == 1
            && (c.x0 - p.cells[0].x0).abs() <= TOL
            && c.x1 < p.cells[1].x0
            && starts_lowercase_or_digit(&c.text);
        return ok.then(|| vec![0]);
    }
    let mut targets = Vec::new();
    for c in &l.cells {
        let j = column_of(p, c.x0, c.x1)?;
        if targets.last().is_some_and(|&t| t >= j) {
            return None;
        }
        // The last column runs to the page edge: text that starts beyond its cell by more
        // than an em (the prose of a second page column beside a table) continues nothing.
        if j + 1 == p.cells.len() && j > 0 && c.x0 > p.cells[j].x1 + p.size.max(l.size) {
            return None;
        }
        // In a multi-column table a line with numbers is a row of its own (another
        // condition with its own limits), not a continuation.
        if p.cells.len() > 2 && (numeric(&c.text) || shouting(&c.text)) {
            return None;
        }
        targets.push(j);
    }
    // A label continuation must start at the label's left edge (an indented line is a
    // sub-heading or a new row, not a wrapped label) — unless it is in a later column.
    if targets[0] == 0 && (l.cells[0].x0 - p.cells[0].x0).abs() > TOL && p.cells.len() == 2 {
        return None;
    }
    Some(targets)
}

fn is_heading(item: &Item) -> bool {
    let l = &item.line;
    if l.cells.len() != 1 || l.size < item.body * HEADING_RATIO {
        return false;
    }
    let t = &l.cells[0].text;
    let n = t.chars().count();
    (2..=90).contains(&n) && t.chars().any(char::is_alphabetic)
}

/// Mark numbered section headings: lines `numbered_heading` accepts whose number has a
/// sibling or a neighbour among them (`4.0` beside `4.3` or `5.0`). A lone one is a chart's
/// tick beside its legend (`2.0 | AQY210EH, AQY214EH`) or a drawing's dimension.
fn mark_sections(items: &mut [Item]) {
    let found: Vec<(usize, usize, u32)> = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| numbered_heading(&item.line).map(|(d, first)| (i, d, first)))
        .collect();
    for &(i, depth, first) in &found {
        let others = || found.iter().filter(|&&(j, _, _)| j != i);
        if others().any(|&(_, _, f)| f == first || f + 1 == first || first + 1 == f) {
            items[i].section = Some(depth);
        }
    }
}

/// A numbered section heading set in body type (`4.3 | TEMPERATURE (AMBIENT +30°C TEMP)`,
/// `6.1 | ELECTRICAL PERFORMANCE`): its depth (`4.0` is 1, `4.3` is 2, `2.3.1` is 3) and
/// the number's first part.
fn numbered_heading(line: &PLine) -> Option<(usize, u32)> {
    let [number, title] = &line.cells[..] else {
        return None;
    };
    // Words of letters (digits inside brackets only): a chart's legend (`AQY212EH`,
    // `▬▬▬ CRCW1206-HP`) is no title.
    let mut depth = 0i32;
    let wordy = title.text.chars().all(|c| {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        c.is_alphabetic()
            || c.is_whitespace()
            || "()&/,-.:'".contains(c)
            || (depth > 0 && !c.is_control())
    });
    if line.grid.is_some() || !shouting(&title.text) || !wordy {
        return None;
    }
    let parts = crate::document::clause_number(&number.text)?;
    let depth = parts.len() - usize::from(parts.last() == Some(&0));
    Some((depth, parts[0]))
}

fn loc(page: u32) -> Loc {
    Loc {
        line: None,
        page: Some(page),
    }
}

fn to_blocks(items: Vec<Item>) -> Vec<Block> {
    // Heading levels: larger size, higher level.
    let mut heading_sizes: Vec<i64> = items
        .iter()
        .filter(|i| is_heading(i))
        .map(|i| (i.line.size * 2.0).round() as i64)
        .collect();
    heading_sizes.sort_unstable_by(|a, b| b.cmp(a));
    heading_sizes.dedup();
    let level_of = |size: f64| {
        let s = (size * 2.0).round() as i64;
        heading_sizes
            .iter()
            .position(|&h| h == s)
            .unwrap_or(0)
            .min(5) as u8
            + 1
    };

    let mut blocks: Vec<Block> = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let item = &items[i];
        if is_heading(item) {
            blocks.push(Block {
                kind: BlockKind::Heading {
                    level: level_of(item.line.size),
                },
                lines: vec![Line::new(
                    vec![item.line.cells[0].text.clone()],
                    loc(item.page),
                )],
            });
            i += 1;
            continue;
        }
        if let Some(depth) = item.section {
            let text = format!("{} {}", item.line.cells[0].text, item.line.cells[1].text);
            blocks.push(Block {
                kind: BlockKind::Heading {
                    level: (heading_sizes.len() + depth).min(6) as u8,
                },
                lines: vec![Line::new(vec![text], loc(item.page))],
            });
            i += 1;
            continue;
        }
        if item.line.cells.len() >= 2 {
            let end = row_run_end(&items, i);
            blocks.push(rows_block(&items[i..end]));
            i = end;
            continue;
        }
        // Running text: one-cell lines until a gap, a page change, a heading or a row.
        let mut lines = vec![Line::new(
            vec![item.line.cells[0].text.clone()],
            loc(item.page),
        )];
        let mut j = i + 1;
        while j < items.len() {
            let (a, b) = (&items[j - 1], &items[j]);
            if b.line.cells.len() != 1
                || is_heading(b)
                || a.page != b.page
                || b.line.y - a.line.y > 2.0 * a.line.size.max(b.line.size)
            {
                break;
            }
            lines.push(Line::new(vec![b.line.cells[0].text.clone()], loc(b.page)));
            j += 1;
        }
        blocks.push(Block {
            kind: BlockKind::Text,
            lines,
        });
        i = j;
    }
    blocks
}

/// End of a run of rows starting at `start`: lines of two or more cells, plus one-cell
/// lines (group captions such as "ON CHARACTERISTICS") sitting between rows of a
/// multi-column table.
fn row_run_end(items: &[Item], start: usize) -> usize {
    // A table caption (`Table 4. | Ordering information`) is a run of its own: the table it
    // names starts after it, and the one before it has ended.
    if is_caption(&items[start].line) {
        return start + 1;
    }
    let mut end = start + 1;
    let mut wide = items[start].line.cells.len() >= 3;
    while end < items.len() {
        let l = &items[end].line;
        // A ruled grid's table ends with its last row (what follows is another table
        // beside it, or the chart after it); the header or group titles above a grid
        // are often not ruled into it, and lead into it.
        let (a, b) = (&items[end - 1], &items[end]);
        if a.line.grid != b.line.grid && (a.line.grid.is_some() || a.page != b.page) {
            break;
        }
        // A title leads into the grid below it only from right above it: lines a gap above
        // (numbered section headings) are no header of it.
        if a.line.grid.is_none()
            && b.line.grid.is_some()
            && b.line.y - a.line.y > 2.0 * a.line.size.max(b.line.size)
        {
            break;
        }
        if is_caption(l) || items[end].section.is_some() {
            break;
        }
        if l.cells.len() >= 2 {
            wide |= l.cells.len() >= 3;
            end += 1;
            continue;
        }
        // A one-cell line inside a ruled grid (a group title, a condition printed across
        // the row) is a row of its table.
        let same_grid = |n: &Item| l.grid.is_some() && n.line.grid == l.grid;
        let next_wide = items.get(end + 1).is_some_and(|n| {
            n.line.cells.len() >= 3
                || (n.line.cells.len() >= 2 && same_grid(n) && same_grid(&items[end - 1]))
        });
        if wide && next_wide && !is_heading(&items[end]) && items[end].page == items[start].page {
            end += 1;
            continue;
        }
        break;
    }
    end
}

/// A table caption: a line that opens with `Table 4.`, `Table 7-1:` and names the table in
/// the next cell. (A figure's caption is left where it is: the chart above or below it
/// is no table, and its axis labels must not start one.)
fn is_caption(line: &PLine) -> bool {
    static CAPTION: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^Table\s?\d+(?:[-.]\d+)*[.:]?$").expect("valid"));
    line.cells.len() >= 2
        && CAPTION.is_match(line.cells[0].text.trim())
        && line.cells[1..]
            .iter()
            .any(|c| c.text.chars().any(char::is_alphabetic))
}

/// A run of rows: key/value rows stay a Text block of `[label, value]` lines; a run with
/// three or more columns becomes a Table with its cells put into the table's columns.
fn rows_block(items: &[Item]) -> Block {
    let wide = items.iter().filter(|i| i.line.cells.len() >= 3).count();
    if wide < 2 {
        return Block {
            kind: BlockKind::Text,
            lines: items
                .iter()
                .map(|i| Line::new(cell_texts(&i.line.cells), loc(i.page)))
                .collect(),
        };
    }
    let mut columns = columns(items);
    if columns.is_empty() {
        columns.push((f64::NEG_INFINITY, f64::INFINITY));
    }
    let n = columns.len();
    let lines: Vec<Line> = items
        .iter()
        .map(|i| {
            let mut cells = vec![String::new(); n];
            for c in &i.line.cells {
                let j = assign(&columns, c);
                if !cells[j].is_empty() {
                    cells[j].push(' ');
                }
                cells[j].push_str(&c.text);
            }
            Line::new(cells, loc(i.page))
        })
        .collect();
    let header = lines.first().is_some_and(|l| {
        l.filled() >= 3
            && l.cells
                .iter()
                .all(|c| !without_notes(c).chars().any(|ch| ch.is_ascii_digit()))
    });
    Block {
        kind: BlockKind::Table { header },
        lines,
    }
}

/// A cell's text without its note references (`PART NUMBER (Notes 2, 3)`, `UNIT (1)`).
fn without_notes(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut rest = cell;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        let inner = rest[open + 1..close].trim();
        let inner = inner
            .strip_prefix("Notes")
            .or_else(|| inner.strip_prefix("Note"))
            .unwrap_or(inner);
        let note = inner.chars().any(|c| c.is_ascii_digit())
            && inner
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | ' ' | '-' | '.'));
        out.push_str(&rest[..open]);
        if !note {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

fn cell_texts(cells: &[Cell]) -> Vec<String> {
    cells.iter().map(|c| c.text.clone()).collect()
}

/// Column spans of a table. Rows are taken fullest first; each cell that overlaps one
/// column widens it, a cell that overlaps none opens a new column (a column only a few
/// rows fill, such as `NOM`), and a cell that overlaps two columns, or would after
/// widening, spans them and shapes neither. So rows with as many cells but another
/// layout (`OUTPUT | VOLTAGE ADJ. RANGE | …` beside `LINE REGULATION | Note.4 | …`) cannot
/// merge a group column into the label column.
fn columns(items: &[Item]) -> Vec<(f64, f64)> {
    let mut rows: Vec<&Item> = items.iter().filter(|i| i.line.cells.len() >= 2).collect();
    rows.sort_by_key(|i| std::cmp::Reverse(i.line.cells.len()));
    let mut cols: Vec<(f64, f64)> = Vec::new();
    let overlaps = |&(a, b): &(f64, f64), x0: f64, x1: f64| x0 < b + TOL && a - TOL < x1;
    for c in rows.iter().flat_map(|i| i.line.cells.iter()) {
        let hit: Vec<usize> = (0..cols.len())
            .filter(|&j| overlaps(&cols[j], c.x0, c.x1))
            .collect();
        match hit[..] {
            [] => cols.push((c.x0, c.x1)),
            [j] => {
                let wide = (cols[j].0.min(c.x0), cols[j].1.max(c.x1));
                if !(0..cols.len()).any(|k| k != j && overlaps(&cols[k], wide.0, wide.1)) {
                    cols[j] = wide;
                }
            }
            _ => {}
        }
    }
    cols.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Two neighbouring columns that no row fills both of are one column whose cells
    // start at different places (a narrow header word over values set further right).
    let mut j = 0;
    while j + 1 < cols.len() {
        let both = rows.iter().any(|i| {
            let mut hit = [false; 2];
            for c in &i.line.cells {
                let k = assign(&cols, c);
                if k == j || k == j + 1 {
                    hit[k - j] = true;
                }
            }
            hit[0] && hit[1]
        });
        if both {
            j += 1;
        } else {
            cols[j] = (cols[j].0.min(cols[j + 1].0), cols[j].1.max(cols[j + 1].1));
            cols.remove(j + 1);
        }
    }
    cols
}

/// The column a cell belongs to: most overlap, else nearest centre.
fn assign(columns: &[(f64, f64)], c: &Cell) -> usize {
    let mut best = (0, f64::NEG_INFINITY);
    for (j, &(x0, x1)) in columns.iter().enumerate() {
        let overlap = c.x1.min(x1) - c.x0.max(x0);
        let score = if overlap > 0.0 {
            overlap
        } else {
            let centre = (c.x0 + c.x1) / 2.0;
            -(centre - (x0 + x1) / 2.0).abs()
        };
        if score > best.1 {
            best = (j, score);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::{
        continuation, drop_furniture, mark_sections, revision_note, without_notes, wrapped_bullet,
        Item,
    };
    use crate::source::pdf::layout::{Cell, PLine, PageLines};

    fn pline(y: f64, cells: &[&str]) -> PLine {
        PLine {
            y,
            size: 9.0,
            cells: cells
                .iter()
                .enumerate()
                .map(|(i, t)| Cell {
                    x0: 50.0 + 200.0 * i as f64,
                    x1: 200.0 + 200.0 * i as f64,
                    text: t.to_string(),
                })
                .collect(),
            grid: None,
            joined: false,
        }
    }

    #[test]
    fn a_footer_cell_moved_out_of_its_band_is_furniture_still() {
        // texasinstrum__TCAN332: the footer joined to a drawing's label, higher up.
        const FOOTER: &str = "Product Folder Links: TCAN330 TCAN332 TCAN334 TCAN337";
        let page = |number: u32, extra: Vec<PLine>| {
            let mut lines = vec![pline(100.0, &["Body text of the page"])];
            lines.extend(extra);
            lines.push(pline(780.0, &["Submit Document Feedback", FOOTER]));
            PageLines {
                number,
                height: 792.0,
                lines,
                turned: Vec::new(),
            }
        };
        let pages = vec![
            page(1, Vec::new()),
            page(2, Vec::new()),
            page(3, vec![pline(600.0, &["RXDDTO", FOOTER])]),
            page(
                4,
                vec![pline(
                    400.0,
                    &["Product Folder Links: TCAN330 TCAN332 shows the family of devices"],
                )],
            ),
        ];
        let texts: Vec<Vec<String>> = drop_furniture(pages)
            .iter()
            .map(|p| p.lines.iter().map(|l| l.text()).collect())
            .collect();
        assert_eq!(texts[2], ["Body text of the page", "RXDDTO"]);
        assert_eq!(
            texts[3],
            [
                "Body text of the page",
                "Product Folder Links: TCAN330 TCAN332 shows the family of devices"
            ]
        );
    }

    fn item(y: f64, cells: &[(f64, f64, &str)]) -> Item {
        Item {
            page: 1,
            end_page: 1,
            first_on_page: false,
            last_on_page: false,
            body: 9.0,
            section: None,
            line: PLine {
                y,
                size: 9.0,
                cells: cells
                    .iter()
                    .map(|&(x0, x1, t)| Cell {
                        x0,
                        x1,
                        text: t.to_string(),
                    })
                    .collect(),
                grid: None,
                joined: false,
            },
        }
    }

    #[test]
    fn prose_of_the_other_page_column_continues_no_row() {
        // analogdevice__AD8055_8056, page 5: a ratings table in the left column, prose in
        // the right one, their lines interleaved.
        let row = item(
            153.7,
            &[(54.0, 110.0, "Supply Voltage"), (228.0, 250.0, "13.2 V")],
        );
        let prose = item(159.9, &[(333.0, 563.0, "AD8055/AD8056 is limited by the")]);
        assert_eq!(continuation(&row, &prose), None);
        // A value that wraps under its cell continues it.
        let row = item(
            190.3,
            &[
                (54.0, 170.0, "Output Short-Circuit Duration"),
                (228.0, 283.0, "Observe Power"),
            ],
        );
        let wrapped = item(200.5, &[(228.0, 290.0, "Derating Curves")]);
        assert_eq!(continuation(&row, &wrapped), Some(vec![1]));
    }

    #[test]
    fn a_bullet_wraps_onto_the_next_line() {
        // texasinstrum__TCAN332: `• Wide ambient operation temperature range: –40°C` over
        // `to 125°C`; mec: `■ Betriebstemperatur:` over the lines it introduces.
        let bullet = item(
            100.0,
            &[(50.0, 250.0, "• Wide ambient operation range: –40°C")],
        );
        let wrap = item(110.0, &[(58.0, 100.0, "to 125°C")]);
        assert!(wrapped_bullet(&bullet, &wrap));
        let intro = item(100.0, &[(50.0, 150.0, "■ Betriebstemperatur:")]);
        let under = item(110.0, &[(58.0, 200.0, "temp.fest Taster: -40/+160°C")]);
        assert!(!wrapped_bullet(&intro, &under));
        let next = item(110.0, &[(50.0, 200.0, "• Total loop delay < 135ns")]);
        assert!(!wrapped_bullet(&bullet, &next));
    }

    #[test]
    fn numbered_section_headings_in_body_type() {
        // molex__molex_kk254: `4.0 | ELECTRICAL PERFORMANCE RATINGS`, `4.3 | TEMPERATURE
        // (AMBIENT +30°C TEMP)`; a chart's tick beside its legend is none.
        let mut items: Vec<Item> = [
            &["4.0", "ELECTRICAL PERFORMANCE RATINGS"][..],
            &["4.3", "TEMPERATURE (AMBIENT +30°C TEMP)"],
            &["Operating Temperature", "-40°C to +80°C"],
            &["2.3.1", "UL FILE NUMBER"],
            &["12.0", "AQY210EH, AQY214EH"],
            &["7.5", "MAX"],
        ]
        .iter()
        .enumerate()
        .map(|(i, cells)| Item {
            line: pline(10.0 * i as f64, cells),
            ..item(0.0, &[])
        })
        .collect();
        mark_sections(&mut items);
        let sections: Vec<Option<usize>> = items.iter().map(|i| i.section).collect();
        assert_eq!(sections, [Some(1), Some(2), None, None, None, None]);
    }

    #[test]
    fn note_references_leave_header_cells() {
        assert_eq!(without_notes("PART NUMBER (Notes 2, 3)"), "PART NUMBER ");
        assert_eq!(without_notes("UNIT (1)"), "UNIT ");
        assert_eq!(without_notes("CARRIER TYPE (Note 1)"), "CARRIER TYPE ");
        assert_eq!(without_notes("Ihold (A) at 23 °C"), "Ihold (A) at 23 °C");
        assert_eq!(without_notes("(2.5 mm) pitch ("), "(2.5 mm) pitch (");
    }

    #[test]
    fn revision_notes_in_footers() {
        for (text, note) in [
            ("Rev 6.0", true),
            ("MF-R SERIES, REV. AQ, 05/26", true),
            ("Revised: GD. 11/30/21", true),
            ("Revision 2", true),
            ("Reverse polarity protection", false),
            ("Reverse voltage", false),
            ("Rev", false),
        ] {
            assert_eq!(revision_note(text), note, "{text:?}");
        }
    }
}
