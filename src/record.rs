//! The record: one per datasheet, the serde shape of the contract (docs/spec.md).
//!
//! Users, scripts and databases depend on these names. Extend with optional fields;
//! change a name only with a `schema_version` bump.

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::normalise::Value;

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub schema_version: u32,
    pub source: Source,
    pub product: Product,
    pub sections: Vec<Section>,
    pub tables: Vec<Table>,
    pub related: Vec<Related>,
    pub identifiers: Identifiers,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub path: String,
    pub format: String,
    pub sha256: String,
    pub bytes: u64,
    pub pages: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Product {
    pub vendor: Option<String>,
    pub item_number: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub title: String,
    pub properties: Vec<Property>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Property {
    pub label: String,
    pub key: String,
    pub raw: String,
    pub value: Value,
    /// The product variant whose table column the value came from (docs/spec.md).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub variant: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub page: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub title: Option<String>,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub page: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Related {
    pub relation: String,
    pub item_number: String,
    pub description: Option<String>,
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub page: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Identifiers {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub gtin: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub gtin_valid: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub customs_tariff: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub country_of_origin: Option<String>,
}

impl Record {
    /// Number of properties over all sections.
    pub fn property_count(&self) -> usize {
        self.sections.iter().map(|s| s.properties.len()).sum()
    }
}

impl Record {
    /// Assemble a record: normalise every property's value, keep its raw text beside it.
    pub fn build(
        source: Source,
        doc_diagnostics: Vec<Diagnostic>,
        s: crate::structure::Structured,
    ) -> Record {
        let mut diagnostics = doc_diagnostics;
        let sections = s
            .sections
            .into_iter()
            .map(|sec| {
                let mut keys = section_keys(&sec.properties).into_iter();
                Section {
                    title: sec.title,
                    properties: sec
                        .properties
                        .into_iter()
                        .map(|p| {
                            let mut parsed = match &p.limits {
                                Some(l) => {
                                    crate::normalise::limits(&crate::normalise::LimitColumns {
                                        symbol: l.symbol.as_deref(),
                                        min: l.min.as_deref(),
                                        typ: l.typ.as_deref(),
                                        max: l.max.as_deref(),
                                        unit: l.unit.as_deref(),
                                        condition: l.condition.as_deref(),
                                    })
                                }
                                None => crate::normalise::parse(&p.raw, Some(&p.label)),
                            };
                            if let Some(c) = &p.condition {
                                add_condition(&mut parsed.value, c);
                            }
                            // `±0.5 °C` is a deviation; a hysteresis or a rise in °C a
                            // difference: neither is a temperature on the scale.
                            // `Maximum acceleration | 10000 g` is g-force, never 10 kg
                            // (the unit first: most values are not in g)
                            if crate::normalise::in_unit(&parsed.value, "g")
                                && crate::normalise::names_acceleration(&p.label)
                            {
                                crate::normalise::as_g_force(&mut parsed.value);
                            }
                            // (the unit first: most values are no temperature)
                            if crate::normalise::in_degrees(&parsed.value) {
                                let deviation = ["±", "+/-", "+/−"]
                                    .iter()
                                    .any(|pm| p.raw.trim_start().starts_with(pm));
                                if deviation || crate::normalise::names_difference(&p.label) {
                                    crate::normalise::as_difference(&mut parsed.value);
                                }
                            }
                            diagnostics.extend(parsed.diagnostics.into_iter().map(|mut d| {
                                d.line = d.line.or(p.loc.line);
                                d.page = d.page.or(p.loc.page);
                                d
                            }));
                            Property {
                                key: keys.next().expect("a key per property"),
                                label: p.label,
                                raw: p.raw,
                                value: parsed.value,
                                variant: p.variant,
                                line: p.loc.line,
                                page: p.loc.page,
                            }
                        })
                        .collect(),
                }
            })
            .collect::<Vec<_>>();
        let mut record = Record {
            schema_version: SCHEMA_VERSION,
            source,
            product: s.product,
            sections,
            tables: s.tables,
            related: s.related,
            identifiers: s.identifiers,
            diagnostics,
        };
        if record.property_count() == 0 {
            record.diagnostics.push(Diagnostic::warning(
                "no_properties",
                "no property rows found (expected `label  value` rows, a table or raw text with aligned columns)",
            ));
        }
        record
    }
}

/// The keys of a section's properties' labels. A label printed again in a section (a
/// product table's rows, once per variant column) takes the key of the one before it, not
/// worked out again: most are among the sixteen properties before.
fn section_keys(properties: &[crate::structure::RawProperty]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::with_capacity(properties.len());
    for (i, p) in properties.iter().enumerate() {
        let from = i.saturating_sub(16);
        let before = properties[from..i]
            .iter()
            .rposition(|q| q.label == p.label)
            .map(|j| keys[from + j].clone());
        keys.push(before.unwrap_or_else(|| crate::structure::key_of(&p.label)));
    }
    keys
}

/// Attach a table row's printed condition to a value that can carry one; a condition
/// the value text already held comes first.
fn add_condition(value: &mut Value, condition: &str) {
    let slot = match value {
        Value::Quantity(q) => &mut q.condition,
        Value::Range(r) => &mut r.condition,
        Value::CrossSection(c) => &mut c.condition,
        Value::Limits(l) => &mut l.condition,
        Value::Count { condition, .. } => condition,
        _ => return,
    };
    *slot = Some(match slot.take() {
        Some(own) => format!("{own}; {condition}"),
        None => condition.to_string(),
    });
}
