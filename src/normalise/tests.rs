//! Table-driven tests over value strings taken from the corpus.

use super::*;
use serde_json::json;

fn check(raw: &str, label: Option<&str>, want: serde_json::Value) {
    let got = serde_json::to_value(parse(raw, label).value).unwrap();
    assert_eq!(got, want, "raw {raw:?} label {label:?}");
}

#[test]
fn issue_examples() {
    // /work/shared/corpus/md/wago__770-1242_076-000.md
    check(
        "0.5 ... 4 mm² / 20 ... 12 AWG",
        Some("Solid conductor"),
        json!({"kind":"cross_section","mm2":{"min":0.5,"max":4.0},"awg":{"min":20,"max":12},"si":{"min":5e-7,"max":4e-6,"unit":"m²"}}),
    );
    check(
        "-35 ... +85 °C",
        Some("Continuous operating temperature"),
        json!({"kind":"range","min":-35.0,"max":85.0,"unit":"°C","si":{"min":238.15,"max":358.15,"unit":"K"}}),
    );
    check(
        "Locked: > 80 N",
        None,
        json!({"kind":"quantity","value":80.0,"unit":"N","si":{"value":80.0,"unit":"N"},"qualifier":"gt","condition":"Locked"}),
    );
}
