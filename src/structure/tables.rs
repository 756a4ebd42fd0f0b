//! Multi-column tables as the record's `tables` (header row and body rows as printed);
//! their meaning is read by [`super::grid`].

use crate::document::Line;
use crate::record::Table;

/// A header row has text in most cells and reads like names, not numbers.
fn is_header(line: &Line) -> bool {
    let filled = line.filled();
    filled * 2 >= line.cells.len()
        && line
            .cells
            .iter()
            .all(|c| c.chars().filter(char::is_ascii_digit).count() <= 2)
}

/// A table from consecutive lines of three or more cells.
pub fn from_lines(title: Option<String>, lines: &[Line]) -> Table {
    let one = |c: &String| c.replace('\n', " ");
    let header_first = lines.len() > 1 && is_header(&lines[0]);
    let (header, body) = if header_first {
        (lines[0].cells.iter().map(one).collect(), &lines[1..])
    } else {
        (Vec::new(), lines)
    };
    let loc = lines.first().map(|l| l.loc).unwrap_or_default();
    Table {
        title,
        header,
        rows: body
            .iter()
            .map(|l| l.cells.iter().map(one).collect())
            .collect(),
        line: loc.line,
        page: loc.page,
    }
}
