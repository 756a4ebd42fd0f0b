//! The JSON Schema of a record (`dsx schema`), for consumers that validate what dsx writes.
//!
//! Hand-written beside the types (`schema/record.schema.json`) so it can say what the
//! types cannot (value kinds, qualifiers, descriptions). It cannot drift silently: the
//! tests below build a record using every field of every type and check the schema accepts
//! it and rejects unknown fields, and `tests/schema.rs` validates every fixture's record.

/// The schema text, JSON (draft 2020-12).
pub const RECORD_SCHEMA: &str = include_str!("schema/record.schema.json");

/// The schema, parsed.
pub fn record_schema() -> serde_json::Value {
    serde_json::from_str(RECORD_SCHEMA).expect("the bundled schema is valid JSON")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Diagnostic, Severity};
    use crate::normalise::*;
    use crate::record::*;

    /// A record that sets every optional field and uses every value kind.
    fn everything() -> Record {
        let quantity = Value::Quantity(Quantity {
            value: 9.0,
            unit: "mm".into(),
            si: Some(SiValue {
                value: 0.009,
                unit: "m".into(),
            }),
            qualifier: Some(Qualifier::Approx),
            condition: Some("at 20 °C".into()),
            alternatives: vec![Value::Quantity(Quantity {
                value: 0.35,
                unit: "in".into(),
                si: None,
                qualifier: None,
                condition: None,
                alternatives: Vec::new(),
                tolerance: None,
            })],
            tolerance: Some(Tolerance {
                plus: 0.5,
                minus: 0.5,
                unit: "%".into(),
            }),
        });
        let values = vec![
            quantity.clone(),
            Value::Range(Range {
                min: -35.0,
                max: 85.0,
                unit: "°C".into(),
                si: Some(SiRange {
                    min: 238.15,
                    max: 358.15,
                    unit: "K".into(),
                }),
                qualifier: Some(Qualifier::Le),
                condition: Some("x".into()),
                alternatives: vec![quantity.clone()],
            }),
            Value::CrossSection(CrossSection {
                mm2: Some(Span { min: 0.5, max: 4.0 }),
                awg: Some(AwgSpan {
                    min: Gauge::Number(20),
                    max: Gauge::Aught("1/0".into()),
                }),
                kcmil: Some(Span {
                    min: 250.0,
                    max: 500.0,
                }),
                si: SiRange {
                    min: 5e-7,
                    max: 4e-6,
                    unit: "m²".into(),
                },
                qualifier: Some(Qualifier::Max),
                condition: Some("y".into()),
            }),
            Value::Limits(Limits {
                symbol: Some("VDD".into()),
                min: Some(2.7),
                typ: Some(3.3),
                max: Some(5.5),
                unit: Some("V".into()),
                si: Some(SiLimits {
                    min: Some(2.7),
                    typ: Some(3.3),
                    max: Some(5.5),
                    unit: "V".into(),
                }),
                condition: Some("z".into()),
            }),
            Value::Count {
                value: 100.0,
                unit: Some("pcs".into()),
                condition: Some("without resistive load".into()),
            },
            Value::Boolean { value: true },
            Value::List {
                items: vec![quantity, Value::Text],
            },
            Value::Text,
        ];
        Record {
            schema_version: SCHEMA_VERSION,
            source: Source {
                path: "a.pdf".into(),
                format: "pdf".into(),
                sha256: "0".repeat(64),
                bytes: 10,
                pages: Some(2),
            },
            product: Product {
                vendor: Some("V".into()),
                item_number: Some("1".into()),
                title: Some("t".into()),
                description: Some("d".into()),
                url: Some("u".into()),
            },
            sections: vec![Section {
                title: "S".into(),
                properties: values
                    .into_iter()
                    .map(|value| Property {
                        label: "L".into(),
                        key: "l".into(),
                        raw: "r".into(),
                        value,
                        variant: Some("V".into()),
                        line: Some(3),
                        page: Some(1),
                    })
                    .collect(),
            }],
            tables: vec![Table {
                title: Some("T".into()),
                header: vec!["a".into()],
                rows: vec![vec!["b".into()]],
                line: Some(1),
                page: Some(1),
            }],
            related: vec![Related {
                relation: "counterpart".into(),
                item_number: "2".into(),
                description: Some("d".into()),
                url: Some("u".into()),
                line: Some(1),
                page: Some(1),
            }],
            identifiers: Identifiers {
                gtin: Some("4055143766760".into()),
                gtin_valid: Some(true),
                customs_tariff: Some("85366990990".into()),
                country_of_origin: Some("DE".into()),
            },
            diagnostics: vec![Diagnostic {
                severity: Severity::Warning,
                code: "c".into(),
                line: Some(1),
                page: Some(1),
                message: "m".into(),
            }],
        }
    }

    fn errors(instance: &serde_json::Value) -> Vec<String> {
        let v = jsonschema::validator_for(&record_schema()).expect("schema compiles");
        v.iter_errors(instance)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect()
    }

    #[test]
    fn accepts_every_field_of_every_type() {
        let full = serde_json::to_value(everything()).expect("serialise");
        assert_eq!(errors(&full), Vec::<String>::new());
        let mut bare = everything();
        bare.product = Product::default();
        bare.identifiers = Identifiers::default();
        bare.source.pages = None;
        let bare = serde_json::to_value(bare).expect("serialise");
        assert_eq!(errors(&bare), Vec::<String>::new());
    }

    #[test]
    fn rejects_what_the_types_do_not_write() {
        let full = serde_json::to_value(everything()).expect("serialise");
        for (pointer, field) in [
            ("", "extra"),
            ("/source", "extra"),
            ("/sections/0/properties/0", "extra"),
            ("/sections/0/properties/0/value", "extra"),
            ("/sections/0/properties/2/value", "extra"),
            ("/related/0", "extra"),
        ] {
            let mut bad = full.clone();
            bad.pointer_mut(pointer)
                .and_then(|v| v.as_object_mut())
                .expect("an object")
                .insert(field.into(), serde_json::json!(1));
            assert!(!errors(&bad).is_empty(), "{pointer}/{field} accepted");
        }
        let mut bad = full.clone();
        *bad.pointer_mut("/sections/0/properties/0/value/kind")
            .expect("kind") = serde_json::json!("quantum");
        assert!(!errors(&bad).is_empty());
    }
}
