//! CSV: one row per property, flat, for spreadsheets (`dsx extract --format csv`).
//!
//! Quoting is RFC 4180 (the `csv` crate): a field with a comma, quote or line break is
//! quoted and its quotes doubled. Numbers are Rust's shortest round-trip form; a column a
//! value kind does not have is empty.
//!
//! A datasheet is untrusted text and a spreadsheet runs a cell that begins with `=`, `+`,
//! `-` or `@` as a formula (`=HYPERLINK(…)`, `=cmd|…`). So by default ([`CsvMode`]) a
//! text cell that begins with one of those, a tab or a CR gets a leading `'`, as OWASP
//! recommends for CSV injection, and NUL bytes become U+FFFD; the number columns, which
//! dsx writes itself, stay numbers. `--csv-raw` writes the text as it is.

use std::borrow::Cow;
use std::io::Write;

use crate::normalise::{Gauge, Value};
use crate::record::Record;

/// The columns, in order. New columns go at the end, so a script reading by position keeps
/// working: `qualifier` (`approx`, `gt` …), `condition` (`Locked` for `Locked: > 80 N`),
/// `typ` (a limit's typical value), `symbol` (a parameter row's symbol), `variant` (the
/// product column a value came from).
pub const HEADER: [&str; 20] = [
    "file",
    "vendor",
    "item_number",
    "section",
    "label",
    "raw",
    "kind",
    "value",
    "min",
    "max",
    "unit",
    "si_value",
    "si_min",
    "si_max",
    "si_unit",
    "qualifier",
    "condition",
    "typ",
    "symbol",
    "variant",
];

/// The flat columns of a value: value, min, max, unit, si_value, si_min, si_max, si_unit,
/// and what qualifies it: qualifier, condition, typ, symbol.
#[derive(Debug, Default, PartialEq)]
pub struct Columns {
    pub qualifier: Option<String>,
    pub condition: Option<String>,
    pub typ: Option<f64>,
    pub symbol: Option<String>,
    pub value: Option<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub unit: Option<String>,
    pub si_value: Option<f64>,
    pub si_min: Option<f64>,
    pub si_max: Option<f64>,
    pub si_unit: Option<String>,
}

/// Flatten a value into the CSV (and SQLite) columns.
pub fn columns(v: &Value) -> Columns {
    let mut c = Columns::default();
    match v {
        Value::Quantity(q) => {
            c.qualifier = qualifier(q.qualifier);
            c.condition.clone_from(&q.condition);
            c.value = Some(num(q.value));
            c.unit = Some(q.unit.clone());
            if let Some(si) = &q.si {
                c.si_value = Some(si.value);
                c.si_unit = Some(si.unit.clone());
            }
        }
        Value::Range(r) => {
            c.qualifier = qualifier(r.qualifier);
            c.condition.clone_from(&r.condition);
            c.min = Some(r.min);
            c.max = Some(r.max);
            c.unit = Some(r.unit.clone());
            if let Some(si) = &r.si {
                c.si_min = Some(si.min);
                c.si_max = Some(si.max);
                c.si_unit = Some(si.unit.clone());
            }
        }
        Value::CrossSection(x) => {
            c.qualifier = qualifier(x.qualifier);
            c.condition.clone_from(&x.condition);
            if let Some(mm2) = &x.mm2 {
                c.min = Some(mm2.min);
                c.max = Some(mm2.max);
                c.unit = Some("mm²".into());
            } else if let Some(k) = &x.kcmil {
                c.min = Some(k.min);
                c.max = Some(k.max);
                c.unit = Some("kcmil".into());
            } else if let Some(a) = &x.awg {
                if let (Gauge::Number(lo), Gauge::Number(hi)) = (&a.min, &a.max) {
                    c.min = Some(f64::from(*lo));
                    c.max = Some(f64::from(*hi));
                }
                c.unit = Some("AWG".into());
            }
            c.si_min = Some(x.si.min);
            c.si_max = Some(x.si.max);
            c.si_unit = Some(x.si.unit.clone());
        }
        Value::Limits(l) => {
            c.condition.clone_from(&l.condition);
            c.symbol.clone_from(&l.symbol);
            c.typ = l.typ;
            c.value = l.typ.map(num);
            c.min = l.min;
            c.max = l.max;
            c.unit = l.unit.clone();
            if let Some(si) = &l.si {
                c.si_value = si.typ;
                c.si_min = si.min;
                c.si_max = si.max;
                c.si_unit = Some(si.unit.clone());
            }
        }
        Value::Count {
            value,
            unit,
            condition,
        } => {
            c.condition.clone_from(condition);
            c.value = Some(num(*value));
            c.unit = unit.clone();
        }
        Value::Boolean { value } => c.value = Some(value.to_string()),
        Value::List { .. } | Value::Text => {}
    }
    c
}

/// A qualifier as serialised (`approx`, `gt` …).
fn qualifier(q: Option<crate::normalise::Qualifier>) -> Option<String> {
    q.and_then(|q| serde_json::to_value(q).ok())
        .and_then(|v| v.as_str().map(str::to_string))
}

fn num(x: f64) -> String {
    x.to_string()
}

/// Write the header row.
pub fn write_header<W: Write>(w: &mut csv::Writer<W>) -> csv::Result<()> {
    w.write_record(HEADER)
}

/// How text cells are written.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CsvMode {
    /// Formula-leading cells get a `'`, NUL bytes become U+FFFD (the default).
    Neutralised,
    /// Every cell as it is (`--csv-raw`).
    Raw,
}

/// A text cell as written in `mode`.
pub fn text_cell(s: &str, mode: CsvMode) -> Cow<'_, str> {
    if mode == CsvMode::Raw {
        return Cow::Borrowed(s);
    }
    let s: Cow<'_, str> = if s.contains('\0') {
        Cow::Owned(s.replace('\0', "\u{FFFD}"))
    } else {
        Cow::Borrowed(s)
    };
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{s}"))
    } else {
        s
    }
}

/// Write one row per property of `r`.
pub fn write_record<W: Write>(
    w: &mut csv::Writer<W>,
    r: &Record,
    mode: CsvMode,
) -> csv::Result<()> {
    let text = |s: &str| text_cell(s, mode).into_owned();
    let opt = |s: &Option<String>| s.as_deref().map(text).unwrap_or_default();
    let f = |x: Option<f64>| x.map(num).unwrap_or_default();
    for s in &r.sections {
        for p in &s.properties {
            let c = columns(&p.value);
            w.write_record([
                text(&r.source.path),
                opt(&r.product.vendor),
                opt(&r.product.item_number),
                text(&s.title),
                text(&p.label),
                text(&p.raw),
                p.value.kind().to_string(),
                // numbers and booleans dsx wrote itself
                c.value.unwrap_or_default(),
                f(c.min),
                f(c.max),
                opt(&c.unit),
                f(c.si_value),
                f(c.si_min),
                f(c.si_max),
                opt(&c.si_unit),
                opt(&c.qualifier),
                opt(&c.condition),
                f(c.typ),
                opt(&c.symbol),
                opt(&p.variant),
            ])?;
        }
    }
    Ok(())
}

/// A CSV writer with RFC 4180 settings (CRLF line ends, quotes only where needed).
pub fn writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::{Quantity, SiValue};
    use crate::record::{Identifiers, Product, Property, Section, Source};

    fn record(props: Vec<(&str, &str, Value)>) -> Record {
        Record {
            schema_version: 1,
            source: Source {
                path: "a, \"b\".md".into(),
                format: "markdown".into(),
                sha256: String::new(),
                bytes: 0,
                pages: None,
            },
            product: Product {
                vendor: Some("WAGO".into()),
                item_number: Some("770-1242/076-000".into()),
                ..Product::default()
            },
            sections: vec![Section {
                title: "Data".into(),
                properties: props
                    .into_iter()
                    .map(|(label, raw, value)| Property {
                        label: label.into(),
                        key: crate::structure::key_of(label),
                        raw: raw.into(),
                        value,
                        variant: None,
                        line: None,
                        page: None,
                    })
                    .collect(),
            }],
            tables: Vec::new(),
            related: Vec::new(),
            identifiers: Identifiers::default(),
            diagnostics: Vec::new(),
        }
    }

    #[test]
    fn quoting_is_rfc_4180() {
        let r = record(vec![
            ("Note", "a, b and \"c\"\nsecond line", Value::Text),
            (
                "Rated voltage",
                "0.25 kV",
                Value::Quantity(Quantity {
                    value: 0.25,
                    unit: "kV".into(),
                    si: Some(SiValue {
                        value: 250.0,
                        unit: "V".into(),
                    }),
                    qualifier: Some(crate::normalise::Qualifier::Approx),
                    condition: Some("Locked".into()),
                    alternatives: Vec::new(),
                    tolerance: None,
                }),
            ),
        ]);
        let mut w = writer(Vec::new());
        write_header(&mut w).expect("header");
        write_record(&mut w, &r, CsvMode::Neutralised).expect("rows");
        let text = String::from_utf8(w.into_inner().expect("flush")).expect("utf-8");
        assert_eq!(
            text,
            "file,vendor,item_number,section,label,raw,kind,value,min,max,unit,si_value,si_min,si_max,si_unit,qualifier,condition,typ,symbol,variant\r\n\
             \"a, \"\"b\"\".md\",WAGO,770-1242/076-000,Data,Note,\"a, b and \"\"c\"\"\nsecond line\",text,,,,,,,,,,,,,\r\n\
             \"a, \"\"b\"\".md\",WAGO,770-1242/076-000,Data,Rated voltage,0.25 kV,quantity,0.25,,,kV,250,,,V,approx,Locked,,,\r\n"
        );
        // and it reads back to the same fields
        let mut rd = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = rd.records().map(|r| r.expect("row")).collect();
        assert_eq!(&rows[0][5], "a, b and \"c\"\nsecond line");
        assert_eq!(&rows[0][0], "a, \"b\".md");
    }

    #[test]
    fn formula_cells_are_neutralised_unless_raw() {
        for (cell, neutral) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("=cmd|\"/c calc\"!A1", "'=cmd|\"/c calc\"!A1"),
            ("+1", "'+1"),
            ("-35 ... +85 °C", "'-35 ... +85 °C"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("a\0b", "a\u{FFFD}b"),
            ("250 V", "250 V"),
            ("", ""),
        ] {
            assert_eq!(text_cell(cell, CsvMode::Neutralised), neutral, "{cell:?}");
            assert_eq!(text_cell(cell, CsvMode::Raw), cell, "{cell:?}");
        }
        // number columns stay numbers
        let r = record(vec![(
            "=Temp",
            "-35 °C",
            Value::Quantity(Quantity {
                value: -35.0,
                unit: "°C".into(),
                si: None,
                qualifier: None,
                condition: None,
                alternatives: Vec::new(),
                tolerance: None,
            }),
        )]);
        let mut w = writer(Vec::new());
        write_record(&mut w, &r, CsvMode::Neutralised).expect("rows");
        let text = String::from_utf8(w.into_inner().expect("flush")).expect("utf-8");
        assert!(text.contains(",'=Temp,'-35 °C,quantity,-35,"), "{text}");
    }
}
