//! The reference sample (`fixtures/markdown/wago__770-1242_076-000.md`) checked row by row
//! against its source: every property row of its Data sections, in the right section, and
//! none of its repeated page footer.

use std::path::Path;

use dsx::pipeline::convert_bytes;
use dsx::record::Record;
use dsx::source::SourceOptions;

fn sample() -> (String, Record) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/markdown/wago__770-1242_076-000.md"
    );
    let text = std::fs::read_to_string(path).expect("fixture");
    let rec = convert_bytes(
        Path::new("wago__770-1242_076-000.md"),
        text.as_bytes(),
        &SourceOptions::default(),
    )
    .expect("converts");
    (text, rec)
}

/// Every `label<TAB>value` line between `## Data` and `## Approvals / Certificates` in the
/// source is a property, with the label, the section (nearest heading above it) and the
/// line number the source gives.
#[test]
fn every_data_row_is_a_property_in_its_section() {
    let (text, rec) = sample();
    let mut expected = Vec::new();
    let mut section = String::new();
    let mut in_data = false;
    for (i, line) in text.lines().enumerate() {
        if let Some(h) = line.strip_prefix('#') {
            let h = h.trim_start_matches('#').trim();
            if h == "Data" {
                in_data = true;
            } else if h.starts_with("Approvals") {
                in_data = false;
            }
            section = h.to_string();
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let is_underline = cells.iter().all(|c| c.trim().chars().all(|ch| ch == '-'));
        if in_data && cells.len() == 2 && !cells[1].trim().is_empty() && !is_underline {
            expected.push((section.clone(), cells[0].trim().to_string(), i + 1));
        }
    }
    assert!(expected.len() > 50, "the sample has more than 50 data rows");
    let got: Vec<(String, String, usize)> = rec
        .sections
        .iter()
        .flat_map(|s| {
            s.properties
                .iter()
                .map(move |p| (s.title.clone(), p.label.clone(), p.line.expect("line")))
        })
        .collect();
    for e in &expected {
        assert!(got.contains(e), "missing property {e:?}");
    }
}

#[test]
fn no_footer_text_in_the_record() {
    let (text, rec) = sample();
    let json = serde_json::to_string(&rec).expect("json");
    // The footer lines are found in the source by repetition, not by wording.
    let mut counts = std::collections::HashMap::new();
    for l in text
        .lines()
        .map(str::trim)
        .filter(|l| l.len() > 20 && !l.contains('\t'))
    {
        *counts.entry(l).or_insert(0) += 1;
    }
    let footers: Vec<&&str> = counts
        .iter()
        .filter(|(_, &n)| n >= 3)
        .map(|(l, _)| l)
        .collect();
    assert!(
        footers.len() >= 3,
        "the sample repeats its footer: {footers:?}"
    );
    for f in footers {
        let probe = f.split(['[', '(']).next().expect("text").trim();
        assert!(
            !json.contains(probe),
            "footer text {probe:?} leaked into the record"
        );
    }
}

#[test]
fn a_section_split_by_a_footer_continues() {
    let (_, rec) = sample();
    let iec: Vec<_> = rec
        .sections
        .iter()
        .filter(|s| s.title == "IEC Approvals")
        .collect();
    assert_eq!(iec.len(), 1);
    let labels: Vec<&str> = iec[0].properties.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Ratings per",
            "Rated voltage (III / 3)",
            "Rated surge voltage (III/3)",
            "Rated current",
            "Legend (ratings)"
        ]
    );
}

#[test]
fn identity_related_and_identifiers() {
    let (_, rec) = sample();
    let p = &rec.product;
    assert_eq!(p.vendor.as_deref(), Some("WAGO"));
    assert_eq!(p.item_number.as_deref(), Some("770-1242/076-000"));
    assert_eq!(
        p.title.as_deref(),
        Some("Socket; 2-pole; Cod. B; 4,00 mm²; light turquoise")
    );
    assert_eq!(
        p.description.as_deref(),
        Some("Female connector/socket WINSTA® MIDI with protection against mismatching")
    );
    assert_eq!(
        p.url.as_deref(),
        Some("http://www.wago.com/770-1242_076-000")
    );
    let ids = &rec.identifiers;
    assert_eq!(ids.gtin.as_deref(), Some("4055143766760"));
    assert_eq!(ids.gtin_valid, Some(true));
    assert_eq!(ids.customs_tariff.as_deref(), Some("85366990990"));
    assert_eq!(ids.country_of_origin.as_deref(), Some("DE"));
    let rel: Vec<(&str, &str)> = rec
        .related
        .iter()
        .map(|r| (r.relation.as_str(), r.item_number.as_str()))
        .collect();
    assert_eq!(
        rel,
        [
            ("counterpart", "770-1252/076-000"),
            ("counterpart", "770-974/076-000"),
            ("counterpart", "770-977/076-000"),
            ("locking_levers", "770-121"),
            ("locking_levers", "770-131"),
            ("locking_levers", "770-101"),
            ("locking_levers", "770-111"),
            ("strain_relief", "770-502/041-000"),
            ("strain_relief", "770-512/041-000"),
            ("cover", "897-2003"),
            ("tools", "210-719"),
            ("tools", "770-382"),
            ("mounting", "770-317"),
            ("mounting", "770-337"),
        ]
    );
    assert!(rec
        .related
        .iter()
        .all(|r| r.url.as_deref().is_some_and(|u| u.contains(&r.item_number))));
    let ship = rec
        .tables
        .iter()
        .find(|t| t.title.as_deref() == Some("Ship Approvals"))
        .expect("table");
    assert_eq!(
        ship.header,
        [
            "Logo",
            "Approval",
            "Additional Approval Text",
            "Certificate name"
        ]
    );
    assert_eq!(
        ship.rows,
        [[
            "",
            "DNV GL Det Norske Veritas, Germanischer Lloyd",
            "-",
            "TAE00001Z6"
        ]]
    );
}
