//! `dsx diff` over revision pairs: hand-edited Markdown pairs with known changes, and five
//! real vendor revisions (PDF) whose diffs are snapshots to read against PAIRS.tsv.

use std::path::{Path, PathBuf};

use dsx::diff::{self, ChangeKind};
use dsx::pipeline::convert_bytes;
use dsx::record::Record;
use dsx::source::SourceOptions;

fn revisions() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/revisions")
}

fn record(case: &str, file: &str) -> Record {
    let path = revisions().join(case).join(file);
    let bytes = std::fs::read(&path).expect("fixture readable");
    let rel = Path::new(case).join(file);
    convert_bytes(&rel, &bytes, &SourceOptions::default()).expect("fixture converts")
}

fn pair(case: &str, ext: &str) -> (Record, Record) {
    (
        record(case, &format!("old.{ext}")),
        record(case, &format!("new.{ext}")),
    )
}

/// (kind, section, label) of each change.
fn summary(d: &diff::Diff, all: bool) -> Vec<(ChangeKind, String, String)> {
    d.shown(all)
        .into_iter()
        .map(|c| (c.kind, c.section.clone(), c.label.clone()))
        .collect()
}

fn s(kind: ChangeKind, section: &str, label: &str) -> (ChangeKind, String, String) {
    (kind, section.to_string(), label.to_string())
}

/// Applying the patch to the old record gives the new one.
fn assert_patch_round_trips(old: &Record, new: &Record) {
    let mut doc = serde_json::to_value(old).expect("serialise");
    json_patch::patch(&mut doc, &diff::patch(old, new)).expect("patch applies");
    assert_eq!(doc, serde_json::to_value(new).expect("serialise"));
    let back: Record = serde_json::from_value(doc).expect("a record again");
    assert_eq!(&back, new);
}

#[test]
fn rating_changed() {
    let (old, new) = pair("wago_rating", "md");
    let d = diff::diff(&old, &new);
    assert_eq!(
        summary(&d, true),
        [s(ChangeKind::Changed, "IEC Approvals", "Rated current")]
    );
    let c = &d.changes[0];
    assert_eq!(c.old_raw.as_deref(), Some("25 A"));
    assert_eq!(c.new_raw.as_deref(), Some("24 A"));
    assert_eq!(c.path, "/sections/1/properties/3");
    assert_eq!(
        diff::render(&d.shown(false), false),
        "## IEC Approvals\n~ Rated current: 25 A → 24 A\n"
    );
    assert_patch_round_trips(&old, &new);
}

#[test]
fn row_added() {
    let (old, new) = pair("wago_row_added", "md");
    let d = diff::diff(&old, &new);
    assert_eq!(
        summary(&d, true),
        [s(
            ChangeKind::Added,
            "Material data",
            "Flammability class per UL 94"
        )]
    );
    assert_eq!(d.changes[0].old, None);
    assert_eq!(d.changes[0].new_raw.as_deref(), Some("V0"));
    assert_patch_round_trips(&old, &new);
}

#[test]
fn row_reworded_in_case_and_spacing_is_cosmetic() {
    let (old, new) = pair("wago_reworded", "md");
    let d = diff::diff(&old, &new);
    assert!(d.is_same(false), "{:?}", d.changes);
    let all = summary(&d, true);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].0, ChangeKind::Cosmetic);
    assert_eq!(all[0].1, "Connection 1");
    assert_eq!(d.changes[0].note.as_deref(), Some("label"));
    assert_patch_round_trips(&old, &new);
}

#[test]
fn section_reordered_is_no_change() {
    let (old, new) = pair("wago_reordered", "md");
    assert_ne!(
        old.sections.iter().map(|s| &s.title).collect::<Vec<_>>(),
        new.sections.iter().map(|s| &s.title).collect::<Vec<_>>(),
        "the fixture does move a section"
    );
    let d = diff::diff(&old, &new);
    assert_eq!(summary(&d, true), []);
    assert!(!diff::patch(&old, &new).0.is_empty(), "the records differ");
    assert_patch_round_trips(&old, &new);
}

#[test]
fn accessory_dropped() {
    let (old, new) = pair("wago_accessory_dropped", "md");
    let d = diff::diff(&old, &new);
    assert_eq!(
        summary(&d, true),
        [s(ChangeKind::Removed, "Related", "locking_levers")]
    );
    assert_eq!(
        diff::render(&d.shown(false), false),
        "## Related\n- locking_levers: 770-131 Locking lever; for flying leads; for tool operation; white\n"
    );
    assert_patch_round_trips(&old, &new);
}

#[test]
fn decimal_comma_swap_is_cosmetic() {
    let (old, new) = pair("wago_decimal_swap", "md");
    let d = diff::diff(&old, &new);
    assert!(d.is_same(false), "{:?}", d.changes);
    assert_eq!(
        summary(&d, true),
        [
            s(ChangeKind::Cosmetic, "Product", "title"),
            s(ChangeKind::Cosmetic, "Material data", "Fire load"),
            s(ChangeKind::Cosmetic, "Related", "counterpart"),
        ]
    );
    assert_patch_round_trips(&old, &new);
}

#[test]
fn a_record_equals_itself() {
    let (old, _) = pair("wago_rating", "md");
    assert_eq!(diff::diff(&old, &old).changes, []);
    assert!(diff::patch(&old, &old).0.is_empty());
}

#[test]
fn real_revisions() {
    insta::glob!("../fixtures", "revisions/*/old.pdf", |path| {
        let case = path
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str())
            .expect("case folder");
        // a side the PDF source cannot read is part of the claim: its error is the snapshot
        let convert = |file: &str| {
            let rel = Path::new(case).join(file);
            let bytes = std::fs::read(revisions().join(&rel)).expect("fixture readable");
            convert_bytes(&rel, &bytes, &SourceOptions::default())
                .map_err(|e| format!("error: {file}: {e} ({})\n", e.kind()))
        };
        let shown = match (convert("old.pdf"), convert("new.pdf")) {
            (Ok(old), Ok(new)) => {
                assert_patch_round_trips(&old, &new);
                diff::render(&diff::diff(&old, &new).shown(false), false)
            }
            (a, b) => [a.err(), b.err()].into_iter().flatten().collect(),
        };
        insta::assert_snapshot!(shown);
    });
}
