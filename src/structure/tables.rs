//! Multi-column tables: header detection and min/typ/max ("limits") rows.

use super::{has_letter, LimitCells, RawProperty};
use crate::document::Line;
use crate::record::Table;

/// The role of a column, from its header text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Label,
    Symbol,
    Condition,
    Min,
    Typ,
    Max,
    Unit,
    Value,
    Other,
}

fn role(header: &str) -> Col {
    let h = header.to_lowercase();
    let h = h.trim().trim_end_matches('.');
    match h {
        "min" | "minimum" => Col::Min,
        "typ" | "typical" | "nom" | "nominal" => Col::Typ,
        "max" | "maximum" => Col::Max,
        "unit" | "units" | "unit of measure" => Col::Unit,
        "symbol" | "sym" | "symbols" => Col::Symbol,
        "value" | "values" | "rating" if false => Col::Value,
        "value" | "values" => Col::Value,
        _ if h.contains("condition") => Col::Condition,
        _ if h.contains("parameter") || h.contains("characteristic") || h == "rating" => Col::Label,
        _ => Col::Other,
    }
}

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

/// Property rows from a table whose header names min/typ/max (or value) and unit columns.
pub fn limit_rows(table: &Table, lines: &[Line]) -> Vec<RawProperty> {
    let roles: Vec<Col> = table.header.iter().map(|h| role(h)).collect();
    let has = |c: Col| roles.contains(&c);
    let limits = has(Col::Min) || has(Col::Typ) || has(Col::Max);
    if !(limits || has(Col::Value)) || !has(Col::Unit) {
        return Vec::new();
    }
    // The label column: the one named so, else the first column that is none of the others.
    let label_col = roles
        .iter()
        .position(|&r| r == Col::Label)
        .or_else(|| roles.iter().position(|&r| r == Col::Other));
    let Some(label_col) = label_col else {
        return Vec::new();
    };
    let offset = lines.len() - table.rows.len();
    let mut out = Vec::new();
    for (ri, row) in table.rows.iter().enumerate() {
        let src = &lines[ri + offset].cells;
        let cell = |c: Col| -> Option<String> {
            let i = roles.iter().position(|&r| r == c)?;
            let v = src.get(i)?.trim();
            (!v.is_empty()).then(|| v.to_string())
        };
        let label = row.get(label_col).cloned().unwrap_or_default();
        if !has_letter(&label) {
            continue;
        }
        let numbers = [Col::Min, Col::Typ, Col::Max, Col::Value]
            .iter()
            .filter_map(|&c| cell(c))
            .collect::<Vec<_>>();
        if numbers.is_empty() {
            continue; // a group row ("OFF CHARACTERISTICS")
        }
        // Cells holding several lines (`<br>`) are several sub-rows: keep them as printed
        // text rather than guess which number belongs to which condition.
        let multi = numbers.iter().any(|n| n.contains('\n'));
        let one = |s: Option<String>| s.map(|s| s.replace('\n', " "));
        let unit = one(cell(Col::Unit));
        let raw_parts: Vec<String> = [Col::Min, Col::Typ, Col::Max, Col::Value]
            .iter()
            .filter(|c| has(**c))
            .map(|&c| one(cell(c)).unwrap_or_else(|| "–".into()))
            .collect();
        let mut raw = raw_parts.join(" | ");
        if let Some(u) = &unit {
            raw.push(' ');
            raw.push_str(u);
        }
        let loc = lines[ri + offset].loc;
        let label_text = label.replace('\n', " ");
        let condition = one(cell(Col::Condition));
        if has(Col::Value) && !limits {
            let raw = format!(
                "{} {}",
                one(cell(Col::Value)).unwrap_or_default(),
                unit.unwrap_or_default()
            );
            out.push(RawProperty {
                label: label_text,
                raw: raw.trim().to_string(),
                loc,
                limits: None,
            });
            continue;
        }
        out.push(RawProperty {
            label: label_text,
            raw,
            loc,
            limits: (!multi).then(|| LimitCells {
                symbol: one(cell(Col::Symbol)),
                min: one(cell(Col::Min)),
                typ: one(cell(Col::Typ)),
                max: one(cell(Col::Max)),
                unit,
                condition,
            }),
        });
    }
    out
}
