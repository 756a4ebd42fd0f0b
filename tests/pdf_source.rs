//! The PDF source on real datasheets (fixtures/pdf, copied from the corpus) and on bad
//! input (fixtures/invalid): rows come out as `[label, value]` lines with their page,
//! multi-column tables as table rows, and every failure as its `SourceError` kind.

use std::path::{Path, PathBuf};
use std::time::Duration;

use dsx::document::{BlockKind, Document, Line};
use dsx::source::pdf;

const BUDGET: Duration = Duration::from_secs(120);

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
}

fn read(rel: &str) -> Document {
    let bytes = std::fs::read(fixture(rel)).unwrap();
    match pdf::read_guarded(&bytes, BUDGET) {
        Ok(doc) => doc,
        Err(e) => panic!("{rel}: {e}"),
    }
}

fn error_kind(rel: &str) -> &'static str {
    let bytes = std::fs::read(fixture(rel)).unwrap();
    match pdf::read_guarded(&bytes, BUDGET) {
        Ok(doc) => panic!("{rel}: expected an error, got {} blocks", doc.blocks.len()),
        Err(e) => e.kind(),
    }
}

fn lines(doc: &Document) -> impl Iterator<Item = &Line> {
    doc.blocks.iter().flat_map(|b| &b.lines)
}

/// The non-empty cells of a line.
fn filled(line: &Line) -> Vec<&str> {
    line.cells
        .iter()
        .map(|c| c.as_str())
        .filter(|c| !c.is_empty())
        .collect()
}

/// The line whose non-empty cells are exactly `cells`.
fn row<'a>(doc: &'a Document, cells: &[&str]) -> &'a Line {
    lines(doc)
        .find(|l| filled(l) == cells)
        .unwrap_or_else(|| panic!("no line {cells:?}"))
}

#[test]
fn phoenix_key_value_rows_and_wrapped_label_across_page_break() {
    let doc = read("pdf/phoenixconta__1757019_p1-4.pdf");
    assert_eq!(doc.pages, Some(4));
    let nominal = row(&doc, &["Nominal current IN", "12 A"]);
    assert_eq!(nominal.cells.len(), 2);
    assert_eq!(nominal.loc.page, Some(2));
    // The label wraps from the last row of page 2 onto the first line of page 3.
    let wrapped = row(
        &doc,
        &[
            "Conductor cross section flexible, with ferrule without plastic sleeve",
            "0.25 mm² ... 2.5 mm²",
        ],
    );
    assert_eq!(wrapped.loc.page, Some(2));
    // A label wrapping within a page.
    row(
        &doc,
        &[
            "2 conductors with same cross section, flexible, with ferrule without plastic sleeve",
            "0.25 mm² ... 1 mm²",
        ],
    );
    // A value wrapping within a page.
    row(
        &doc,
        &[
            "Note",
            "WEEE/RoHS-compliant, free of whiskers according to IEC 60068-2-82/JEDEC JESD 201",
        ],
    );
    assert_eq!(row(&doc, &["GTIN", "4017918029548"]).loc.page, Some(1));
    // Headings by size.
    assert!(doc
        .blocks
        .iter()
        .any(|b| matches!(b.kind, BlockKind::Heading { .. }) && b.text() == "Technical data"));
    // Page furniture: the footer never, the running header only where it first appears.
    assert!(!lines(&doc).any(|l| l.text().contains("Page 2 (31)")));
    let titles = lines(&doc)
        .filter(|l| l.text() == "MSTB 2,5/ 2-ST-5,08 - PCB connector")
        .count();
    assert_eq!(titles, 1);
    // Every line knows its page.
    assert!(lines(&doc).all(|l| l.loc.page.is_some()));
}

#[test]
fn onsemi_electrical_characteristics_table() {
    let doc = read("pdf/onsemi__2N7002_onsemi.pdf");
    let table = doc
        .blocks
        .iter()
        .find(|b| {
            b.kind == BlockKind::Table { header: true }
                && filled(&b.lines[0]) == ["Characteristic", "Symbol", "Min", "Typ", "Max", "Unit"]
        })
        .expect("electrical characteristics table with its header row first");
    let width = table.lines[0].cells.len();
    assert!(table.lines.iter().all(|l| l.cells.len() == width));
    assert!(table
        .lines
        .iter()
        .any(|l| filled(l) == ["OFF CHARACTERISTICS"]));
    // Each ruled group of the table (OFF, ON, DYNAMIC, …) is a grid of its own; its rows
    // keep their cells, the µ of the Symbol-encoded Greek font included.
    let vth = doc
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Table { .. }))
        .flat_map(|b| &b.lines)
        .find(|l| filled(l).contains(&"VGS(th)"))
        .expect("threshold voltage row");
    assert_eq!(
        filled(vth),
        [
            "Gate Threshold Voltage (VDS = VGS, ID = 250 µAdc)",
            "VGS(th)",
            "1.0",
            "−",
            "2.5",
            "Vdc"
        ]
    );
    assert_eq!(vth.loc.page, Some(2));
}

/// Onsemi's Interleaf Greek font (`IntDutch801G-Roman`, Symbol-encoded, no ToUnicode)
/// names its glyphs by their Symbol code: `/C0109` is µ, `/C0087` Ω, `/C0113` θ. They
/// were dropped (`Pulse Width ≤ 300 s`, a false number); read as `m`, `W`, `q` (as
/// pdftotext does) they would be false units (`300 ms`, `1.0 MW`).
#[test]
fn onsemi_symbol_encoded_glyph_names() {
    let doc = read("pdf/onsemi__2N7002_onsemi.pdf");
    let text: Vec<String> = lines(&doc).map(|l| filled(l).join(" | ")).collect();
    let has = |needle: &str| text.iter().any(|t| t.contains(needle));
    assert!(has("Pulse Width ≤ 300 µs, Duty Cycle ≤ 2.0%"), "µ");
    assert!(has("(RGS = 1.0 M\u{2126})"), "Ω");
    assert!(has("R\u{3b8}JA"), "θ");
    assert!(!has("300 s,") && !has("300 ms"));
}

#[test]
fn meanwell_specification_rows() {
    let doc = read("pdf/meanwell__RS-15-SPEC.pdf");
    let rated = row(
        &doc,
        &[
            "RATED CURRENT",
            "3A",
            "3A",
            "1.3A",
            "1A",
            "0.625A",
            "0.313A",
        ],
    );
    assert_eq!(rated.loc.page, Some(1));
    row(
        &doc,
        &[
            "MODEL",
            "RS-15-3.3",
            "RS-15-5",
            "RS-15-12",
            "RS-15-15",
            "RS-15-24",
            "RS-15-48",
        ],
    );
}

#[test]
fn jst_connector_ratings() {
    let doc = read("pdf/jst__jst_sh.pdf");
    assert_eq!(
        row(&doc, &["• Current rating:", "1.0A AC, DC (AWG #28)"])
            .loc
            .page,
        Some(1)
    );
    row(&doc, &["• Voltage rating:", "50V AC, DC"]);
    row(
        &doc,
        &[
            "3",
            "SHR-03V-S-B",
            "SHR-03V-S",
            "2.0(.079)",
            "6.0(.236)",
            "4.0(.157)",
            "2,000",
        ],
    );
}

/// AES-256 (R 6) with an empty user password: lopdf 0.47 decrypts it while loading.
#[test]
fn jst_aes256_encrypted_file_reads() {
    let doc = read("pdf/jst__jst_rcy.pdf");
    row(&doc, &["・Voltage rating: 250 V AC/DC"]);
    row(&doc, &["2", "3", "2", "1", "0.5"]);
}

#[test]
fn relay_coil_table() {
    let doc = read("pdf/songle__SRD-05VDC-SL-C-Datasheet.pdf");
    let r = row(&doc, &["12", "12", "30", "400"]);
    assert_eq!(r.loc.page, Some(2));
    row(
        &doc,
        &["TUV", "FILE NUMBER:", "R 50056114", "10A/250VAC 30VDC"],
    );
}

#[test]
fn wago_ordering_rows() {
    let doc = read("pdf/wago__WAGO_2060-14_DB.pdf");
    assert_eq!(doc.pages, Some(1));
    row(
        &doc,
        &[
            "1",
            "2060-1401/998-404",
            "10800 (9 x 1200)",
            "1",
            "2060-1421/998-404",
            "10800 (9 x 1200)",
        ],
    );
}

#[test]
fn recom_parses_page_by_page() {
    // pdf-extract panics on part of this file; page by page, the readable pages come out.
    let doc = read("pdf/recom__R-78E3.3-0.5.pdf");
    assert!(lines(&doc).count() > 50);
}

/// pdf-extract used to panic on every page (a Symbol core-font glyph name outside the
/// Adobe glyph list).
#[test]
fn hirose_with_symbol_core_font_reads() {
    let doc = read("pdf/hirose__U.FL-R-SMT-1_C88373.pdf");
    row(&doc, &["3. Light weight"]);
}

#[test]
fn problem_files_give_their_kinds() {
    for (rel, kind) in [
        ("pdf/amphenol__RJHSE-5380.pdf", "no_text_layer"),
        ("pdf/unknownmicro__micro_power.pdf", "garbled_text"),
        ("invalid/empty.pdf", "empty"),
        ("invalid/html.pdf", "not_pdf"),
        ("invalid/truncated.pdf", "bad_pdf"),
    ] {
        assert_eq!(error_kind(rel), kind, "{rel}");
    }
}

/// A minimal PDF of `pages` pages, each with one key/value line, built at runtime.
fn many_pages(pages: usize) -> Vec<u8> {
    let content = "BT /F1 12 Tf 72 400 Td (Rated current of the terminal) Tj 250 0 Td (12 A) Tj ET";
    one_content_pdf(pages, content)
}

/// A PDF of `pages` pages that all draw `content` (Helvetica as `/F1`).
fn one_content_pdf(pages: usize, content: &str) -> Vec<u8> {
    let kids: Vec<String> = (0..pages).map(|i| format!("{} 0 R", 5 + i)).collect();
    let mut objects: Vec<String> = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".into(),
        format!(
            "<< /Type /Pages /Count {pages} /Kids [{}] >>",
            kids.join(" ")
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".into(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
    ];
    for _ in 0..pages {
        objects.push(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] \
             /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
                .into(),
        );
    }
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for off in offsets {
        pdf.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

/// Word processors draw a table's rules as thin bars filled with the even-odd rule
/// (`re f*`, a third of the corpus PDFs): they rule a grid whose wrapped cell is one cell.
#[test]
fn rules_filled_even_odd_rule_a_table() {
    let bar = |x: f64, y: f64, w: f64, h: f64| format!("{x} {y} {w} {h} re f* ");
    let mut content = String::new();
    for y in [700.0, 680.0, 620.0] {
        content += &bar(70.0, y, 400.0, 0.8);
    }
    for x in [70.0, 250.0, 470.0] {
        content += &bar(x, 620.0, 0.8, 80.8);
    }
    for (x, y, text) in [
        (75.0, 686.0, "Rated voltage"),
        (255.0, 686.0, "250 V"),
        (75.0, 664.0, "Insulation resistance"),
        (75.0, 652.0, "between adjacent"),
        (75.0, 640.0, "contacts"),
        (255.0, 652.0, "1000 MOhm"),
    ] {
        content += &format!("BT /F1 10 Tf {x} {y} Td ({text}) Tj ET ");
    }
    let doc = pdf::read_guarded(&one_content_pdf(1, &content), BUDGET).expect("ruled table");
    row(
        &doc,
        &[
            "Insulation resistance between adjacent contacts",
            "1000 MOhm",
        ],
    );
}

#[test]
fn a_thousand_pages() {
    let pages = 1000;
    let doc = pdf::read_guarded(&many_pages(pages), BUDGET).expect("1000-page PDF");
    assert_eq!(doc.pages, Some(pages as u32));
    let rows: Vec<&Line> = lines(&doc)
        .filter(|l| filled(l) == ["Rated current of the terminal", "12 A"])
        .collect();
    assert_eq!(rows.len(), pages);
    assert_eq!(rows[pages - 1].loc.page, Some(pages as u32));
}

/// TI's CID fonts give most widths as `c_first c_last w` ranges under `/DW 0`; the range
/// form was misread, glyphs had no advance, and a doubled character was drawn on itself
/// and dropped as fake bold (`TCAN330` → `TCAN30`, `55` → `5`, `11.9` → `1.19`).
#[test]
fn doubled_characters_stay_doubled() {
    let doc = read("pdf-text/texasinstrum__TCAN332_p1p6.pdf");
    let words: std::collections::HashSet<String> = lines(&doc)
        .flat_map(|l| {
            l.text()
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    for w in [
        "TCAN330,", "TCAN332,", "TCAN337G", "Supply", "supply", "VCC", "11898-2", "55", "55.2",
        "11.7", "11.9", "MAY",
    ] {
        assert!(words.contains(w), "{w:?} missing");
    }
    for w in [
        "TCAN30,", "TCAN32,", "Suply", "suply", "VC", "1898-12", "1.19", "MYA",
    ] {
        assert!(!words.contains(w), "{w:?} read");
    }
}

/// A table twice as wide as the page, drawn whole on both pages and cropped to its left
/// and right half: text outside the page is not read (it doubled every word).
#[test]
fn text_outside_the_page_is_not_read() {
    let doc = read("pdf-text/fujielectric__Contactors.pdf");
    // The page of every occurrence of word `w`.
    let count = |w: &str| {
        lines(&doc)
            .flat_map(|l| {
                let n = l.text().split_whitespace().filter(|t| *t == w).count();
                std::iter::repeat_n(l.loc.page, n)
            })
            .collect::<Vec<_>>()
    };
    // Right half of the table: page 2 only.
    assert_eq!(count("N400KP").len(), 2);
    assert!(count("N400KP").iter().all(|p| *p == Some(2)));
    // Left half: page 1 only.
    assert_eq!(count("T10KP").len(), 1);
    assert!(count("T10KP").iter().all(|p| *p == Some(1)));
}

/// The words of every line, in order.
fn words(doc: &Document) -> Vec<String> {
    lines(doc)
        .flat_map(|l| {
            l.text()
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Adobe-Japan1 CID fonts with no `/ToUnicode` (Identity-H, proportional Latin CIDs):
/// decoded through the collection's CID → Unicode data, not rejected as scrambled.
#[test]
fn cid_font_without_to_unicode_reads_through_its_collection() {
    let doc = read("pdf-text/jst__B8B-PH-K-S.pdf");
    let text: Vec<String> = lines(&doc).map(Line::text).collect();
    for s in [
        "Voltage rating: 100 V AC/DC",
        "Temperature range: -40℃ to +105℃",
        "(including temperature rise in",
        "Insulation O.D./ φ0.5 mm to φ1.5 mm",
    ] {
        assert!(text.iter().any(|t| t == s), "{s:?} missing");
    }
}

/// A CID font encoded with the predefined CMap GBK-EUC-H (pdf-extract panicked:
/// "unsupported encoding"): codes → Adobe-GB1 CIDs → Unicode.
#[test]
fn predefined_gbk_cmap() {
    let doc = read("pdf-text/ncrnrpseries__NRP-07.pdf");
    let w = words(&doc);
    for s in ["-40℃～+85℃", "≤9g", "(cosφ=1)", "●", "NRP-07"] {
        assert!(w.iter().any(|t| t == s), "{s:?} missing");
    }
}

/// A few bytes inserted before the cross-reference table (so `startxref` and every offset
/// after it are off): lopdf 0.36 rejected the file ("invalid file trailer"); lopdf 0.47
/// rebuilds the table and the text is the same as the intact file's.
#[test]
fn damaged_xref_offsets_still_read() {
    for rel in [
        "pdf/songle__SRD-05VDC-SL-C-Datasheet.pdf",
        "pdf/meanwell__RS-15-SPEC.pdf",
    ] {
        let bytes = std::fs::read(fixture(rel)).unwrap();
        let at = bytes
            .windows(9)
            .rposition(|w| w == b"startxref")
            .expect("startxref");
        let offset: usize = String::from_utf8_lossy(&bytes[at + 9..])
            .split_whitespace()
            .next()
            .and_then(|n| n.parse().ok())
            .expect("startxref offset");
        let mut damaged = bytes[..offset].to_vec();
        damaged.extend_from_slice(b"\n%% inserted\n");
        damaged.extend_from_slice(&bytes[offset..]);
        let intact = read(rel);
        let doc = pdf::read_guarded(&damaged, BUDGET).unwrap_or_else(|e| panic!("{rel}: {e}"));
        assert_eq!(doc.blocks, intact.blocks, "{rel}");
        assert!(!doc.blocks.is_empty());
    }
}

/// A raised, smaller number after `10` is an exponent: `10⁵ operations` reads
/// `10^5 operations` (it read `105`), `7976 x 10³ hours` reads `7976 x 10^3 hours`.
#[test]
fn raised_exponent_after_ten() {
    for (rel, exponent, flattened) in [
        ("pdf/songle__SRD-05VDC-SL-C-Datasheet.pdf", "10^5", "105"),
        ("pdf/recom__R-78E3.3-0.5.pdf", "10^3", "103"),
    ] {
        let doc = read(rel);
        let w = words(&doc);
        assert!(
            w.iter().any(|t| t == exponent),
            "{rel}: {exponent:?} missing"
        );
        assert!(
            !w.iter().any(|t| t == flattened),
            "{rel}: {flattened:?} read"
        );
    }
}

/// Small caps drawn as smaller capitals with the lower-case text in `/ActualText`
/// (`ConnECTiviTy` was read), and the hyphens at line breaks it marks as soft hyphens.
#[test]
fn actual_text_stands_for_its_glyphs() {
    // `Connectivity` is printed in the running footer (`TE Connectivity /// Circuit
    // protection product catalog`): read with the page furniture kept.
    let bytes = std::fs::read(fixture(
        "pdf-text/littelfusepo__S11_PolySwitch-Fundamentals.pdf",
    ))
    .unwrap();
    let doc = pdf::read_guarded_with(&bytes, BUDGET, true).unwrap();
    let w = words(&doc);
    for read in ["Connectivity", "Protection"] {
        assert!(w.iter().any(|t| t == read), "{read:?} not read");
    }
    for garbled in ["ConnECTiviTy", "proTECTion", "CirCuiT"] {
        assert!(!w.iter().any(|t| t == garbled), "{garbled:?} read");
    }
}

/// A drawing inside a ruled table (WAGO SMD terminal blocks, page 5): its labels are read
/// once (a wrapped cell's lines were joined once per visual line: `6,1 6,1 6,1`), and a
/// dimension drawn over its dimension line is a word of its own (`_0_,_4>`).
#[test]
fn drawing_labels_are_read_once_and_apart_from_their_lines() {
    let doc = read("pdf-text/wago__WAGO_SMD_Terminal_Blocks_p5.pdf");
    let w = words(&doc);
    for label in ["6,1", "14"] {
        assert_eq!(w.iter().filter(|t| *t == label).count(), 1, "{label:?}");
    }
    assert!(
        !w.iter().any(|t| t.contains("_0") || t.contains("0_")),
        "{w:?}"
    );
}

/// Words apart as poppler parts them: a gap over a tenth of an em, or a space glyph the
/// next letter is kerned into (`and Trip` read `andTrip`), and dot leaders apart from the
/// words they lead from and to.
#[test]
fn words_apart_at_narrow_and_kerned_spaces() {
    let doc = read("pdf-text/littelfusepo__S11_PolySwitch-Fundamentals.pdf");
    let w = words(&doc);
    for glued in ["andTrip", "ofTemperature", "aTrip"] {
        assert!(!w.iter().any(|t| t == glued), "{glued:?} read");
    }
    let text: Vec<String> = lines(&doc).map(Line::text).collect();
    assert!(
        text.iter()
            .any(|t| t == "Example of Hold and Trip Current as a Function of Temperature"),
        "heading missing"
    );
    let doc = read("pdf-text/harwin__harwin_m20.pdf");
    let w = words(&doc);
    for word in ["Material", "Copper", "connector", "High"] {
        assert!(w.iter().any(|t| t == word), "{word:?} missing");
    }
    assert!(
        !w.iter()
            .any(|t| t.contains("..") && t.chars().any(char::is_alphanumeric)),
        "a dot leader glued to a word"
    );
}

/// `--keep-furniture` keeps what the furniture rule drops (the footer of every page and
/// the repeated header), and nothing else changes.
#[test]
fn keep_furniture_keeps_headers_and_footers() {
    let rel = "pdf/phoenixconta__1757019_p1-4.pdf";
    let bytes = std::fs::read(fixture(rel)).unwrap();
    let all = pdf::read_guarded_with(&bytes, BUDGET, true).unwrap();
    let kept = read(rel);
    let footers = |doc: &Document| {
        lines(doc)
            .filter(|l| l.text().contains("Page ") && l.text().contains("(31)"))
            .count()
    };
    assert_eq!(footers(&kept), 0);
    assert_eq!(footers(&all), 4);
    let (a, k) = (words(&all), words(&kept));
    assert!(a.len() > k.len());
    for word in &k {
        assert!(a.contains(word), "{word:?} only without furniture");
    }
}

/// Text drawn turned by quarter turns (a page rotated 270° whose drawing labels are turned
/// back upright; vertical dimensions) is read in its own direction, as a `Figure` block:
/// the text layer has it, the structure stage does not take it for rows.
#[test]
fn turned_text_is_read_as_a_figure() {
    let doc = read("pdf-text/hroelectroni__HRO_TYPE-C-31-M-12_C165948.pdf");
    assert!(doc.blocks.iter().all(|b| b.kind == BlockKind::Figure));
    assert_eq!(words(&doc), ["ROHS", "A", "B", "B", "A"]);
    // Upright text of a page stays in its blocks; its turned text follows them.
    let doc = read("pdf/jst__jst_sh.pdf");
    let first_figure = doc
        .blocks
        .iter()
        .position(|b| b.kind == BlockKind::Figure)
        .expect("a figure");
    let page = doc.blocks[first_figure].loc().page;
    assert!(doc.blocks[..first_figure]
        .iter()
        .all(|b| b.loc().page <= page));
    assert!(doc.blocks[first_figure + 1..]
        .iter()
        .all(|b| b.loc().page > page));
}

#[test]
fn bourns_table_ruled_by_horizontal_rules_only() {
    // Rows are ruled apart, columns only where each row's rule is drawn in pieces. A
    // value sits over its inch value in parentheses; both are one cell of the row, read
    // with the label beside them even though its baseline lies between theirs.
    let doc = read("pdf/bourns__MF-R025_p7.pdf");
    row(
        &doc,
        &["Hold down tape width", "W0", "W0", "5 (.197)", "min."],
    );
    row(
        &doc,
        &[
            "Sprocket hole position",
            "W1",
            "W1",
            "9 (.354)",
            "+0.75/-0.5 (+.030/-.020)",
        ],
    );
    // A cell printed across the undrawn column edges stays one cell.
    row(
        &doc,
        &["Hold down tape", "No protrusion beyond the carrier tape"],
    );
}

#[test]
fn littelfuse_header_of_stacked_words_in_shaded_cells() {
    // The header cells are shaded rectangles as tall as four lines, their words stacked
    // (`Amp` over `Code` beside `Amp` over `Rating`), the `2` of `I²t` raised on a line
    // of its own: one header row of names, over rows of products.
    let doc = read("pdf/littelfuse__0215001.MXP_p2.pdf");
    let header = lines(&doc)
        .find(|l| filled(l).first() == Some(&"Amp Code"))
        .expect("the header row");
    let names = filled(header);
    assert_eq!(names[..3], ["Amp Code", "Amp Rating", "Voltage Rating (V)"]);
    assert!(names.contains(&"Maximum Voltage Drop at Rated Current (mV)"));
    row(
        &doc,
        &[
            ".125", "0.125", "250", "11.4455", "0.0330", "2600", "1.6", "-", "-", "x", "-", "x",
            "-", "x", "-", "-", "-", "x",
        ],
    );
}
