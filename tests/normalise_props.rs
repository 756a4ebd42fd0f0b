//! Property tests of `dsx::normalise::parse`: it never panics, and a printed quantity
//! (number + canonical unit) parses back to the same value and unit.

use dsx::normalise::{parse, Value};
use proptest::prelude::*;

/// Canonical units that print as a plain `quantity`.
const UNITS: &[&str] = &[
    "V", "mV", "kV", "µV", "A", "mA", "µA", "nA", "kA", "W", "mW", "kW", "MW", "VA", "kVA", "Ω",
    "mΩ", "kΩ", "MΩ", "Hz", "kHz", "MHz", "GHz", "F", "µF", "nF", "pF", "H", "mH", "µH", "nH", "N",
    "kN", "J", "mJ", "kJ", "MJ", "Wh", "kWh", "mAh", "g", "mg", "kg", "s", "ms", "µs", "ns", "min",
    "h", "m", "mm", "cm", "µm", "km", "in", "mil", "ft", "°C", "°F", "K", "%", "ppm", "ppm/K",
    "dB", "bar", "mbar", "Pa", "kPa", "MPa", "psi", "N·m", "lb·in", "lbf", "rpm", "°", "rad",
    "VAC", "VDC", "mVp-p", "Vrms", "K/W", "°C/W", "V/µs", "kV/µs", "A/µs", "µV/°C", "mW/°C",
    "nV/√Hz", "pA/√Hz", "A²s", "bit", "kbit/s", "°C/s", "LSB", "LSB/°C", "dBc", "%/°C", "VAC/DC",
    "Vpk",
];

/// What holds for every parse: no panic, the value serialises with a known kind, every
/// number is finite, and diagnostics leave `line`/`page` to the caller.
fn check_invariants(raw: &str, label: Option<&str>) -> Result<(), TestCaseError> {
    let p = parse(raw, label);
    let json = serde_json::to_value(&p.value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let kinds = [
        "quantity",
        "range",
        "cross_section",
        "limits",
        "count",
        "boolean",
        "list",
        "text",
    ];
    prop_assert!(
        kinds.contains(&json["kind"].as_str().unwrap_or("")),
        "{json}"
    );
    prop_assert!(!has_null(&json), "non-finite number in {json}");
    for d in &p.diagnostics {
        prop_assert!(d.line.is_none() && d.page.is_none());
    }
    Ok(())
}

/// serde_json writes a NaN or infinite f64 as `null`; no field of a value is ever null.
fn has_null(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Null => true,
        serde_json::Value::Array(a) => a.iter().any(has_null),
        serde_json::Value::Object(o) => o.values().any(has_null),
        _ => false,
    }
}

fn printed_number() -> impl Strategy<Value = f64> {
    (-1_000_000i64..1_000_000, 0u32..5).prop_map(|(m, k)| m as f64 / 10f64.powi(k as i32))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn never_panics_on_arbitrary_text(s in any::<String>(), label in proptest::option::of(any::<String>())) {
        check_invariants(&s, label.as_deref())?;
    }

    #[test]
    fn never_panics_on_value_like_text(
        s in "[-+0-9 .,/~…–±<>≤≥:;()*xX^⁰¹²³⁴⁵⁶⁷⁸⁹µμuΩ°ºC%mMkKVAWHzNgsnpF\"”'AWGkcmilbis tomax.typ.approx.]{0,48}",
        label in proptest::option::of("[A-Za-z ()\\[\\]²2\u{200a}]{0,24}"),
    ) {
        check_invariants(&s, label.as_deref())?;
    }

    /// No false quantities: register codes, standards, part numbers, dates, pin names and
    /// formulas stay text whatever label they sit under.
    #[test]
    fn codes_and_references_stay_text(
        s in prop_oneof![
            "0[0-9A-F]{1,3}[hH]",
            "[1-9]{0,2}[B-F][0-9A-F]{0,2}h",
            "0x[0-9A-Fa-f]{1,4}",
            "(IEC|EN|UL|DIN|ISO|JESD|IEC/EN) ?[1-9][0-9]{1,4}(-[1-9][0-9]?){0,3}",
            "MIL-STD-[1-9][0-9]{2}[A-G]?(, Method [1-9][0-9]{2})?",
            "UL ?94 ?(V|HB)-?[0-2]",
            "[1-9][0-9]{2,5}-[0-9]{3,4}(/[0-9]{3}-[0-9]{3})?",
            "[0-3][0-9]/[01][0-9]/(20)?[0-9]{2}",
            "20[0-9]{2}-[01][0-9]-[0-3][0-9]",
            // (not `AC`/`DC` before a number: `DC12-24V` is a supply range, read as one)
            "[A-Z]{2,4}[0-9]{0,4}(-[0-9A-Z]{1,5}){1,3}".prop_filter("an AC/DC range", |s| {
                !(["AC", "DC"].iter().any(|p| s.starts_with(p))
                    && s[2..].starts_with(|c: char| c.is_ascii_digit()))
            }),
            "(VDD|VCC|VIO|AVDD) ?[+–-] ?[0-9]\\.[0-9]V?",
            "0\\.[1-9] ?[x×*] ?(VDD|VCC|VIO)",
            "(P[A-D]|RB|GP)[0-7](/[A-Z]{2,4})?",
        ],
        label in proptest::option::of("[A-Za-z ]{0,24}"),
    ) {
        let v = parse(&s, label.as_deref()).value;
        prop_assert!(matches!(v, Value::Text), "{s:?} ({label:?}) → {v:?}");
    }

    /// The other side of the filter above: a supply range printed after `AC`/`DC`.
    #[test]
    fn ac_dc_before_a_range_is_its_condition(lo in 1u32..100, span in 1u32..200, unit in "[VA]") {
        let printed = format!("DC{lo}-{}{unit}", lo + span);
        match parse(&printed, None).value {
            Value::Range(r) => prop_assert_eq!(r.condition.as_deref(), Some("DC"), "{}", printed),
            v => prop_assert!(false, "{printed} → {v:?}"),
        }
    }

    #[test]
    fn printed_quantity_round_trips(v in printed_number(), u in proptest::sample::select(UNITS), space in any::<bool>()) {
        let printed = if space { format!("{v} {u}") } else { format!("{v}{u}") };
        match parse(&printed, None).value {
            Value::Quantity(q) => {
                prop_assert_eq!(q.value, v, "{}", printed);
                prop_assert_eq!(q.unit.as_str(), u, "{}", printed);
                prop_assert!(q.qualifier.is_none() && q.condition.is_none());
            }
            other => prop_assert!(false, "{printed:?} → {other:?}"),
        }
    }

    #[test]
    fn printed_range_round_trips(a in printed_number(), b in printed_number(), u in proptest::sample::select(UNITS)) {
        let printed = format!("{a} ... {b} {u}");
        match parse(&printed, None).value {
            Value::Range(r) => {
                prop_assert_eq!((r.min, r.max), (a, b), "{}", printed);
                prop_assert_eq!(r.unit.as_str(), u);
            }
            other => prop_assert!(false, "{printed:?} → {other:?}"),
        }
    }

    #[test]
    fn printed_cross_section_round_trips(m in 1u32..5000, k in 0u32..3) {
        let v = f64::from(m) / 10f64.powi(k as i32);
        let printed = format!("{v} mm²");
        match parse(&printed, None).value {
            Value::CrossSection(cs) => {
                let span = cs.mm2.expect("mm²");
                prop_assert_eq!((span.min, span.max), (v, v));
            }
            other => prop_assert!(false, "{printed:?} → {other:?}"),
        }
    }
}
