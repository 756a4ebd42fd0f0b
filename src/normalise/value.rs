//! The `value` kinds of SPEC.md, as Rust types with their serde shape.

use serde::{Deserialize, Serialize};

/// How a printed value is qualified (`approx.`, `<`, `max.` …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    Approx,
    Lt,
    Le,
    Gt,
    Ge,
    Min,
    Max,
    Typ,
    Nom,
}

/// A single value in coherent SI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SiValue {
    pub value: f64,
    pub unit: String,
}

/// A range in coherent SI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SiRange {
    pub min: f64,
    pub max: f64,
    pub unit: String,
}

/// min/typ/max in coherent SI (any may be absent).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SiLimits {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub min: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub typ: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub max: Option<f64>,
    pub unit: String,
}

/// `min`/`max` pair used by cross-sections (thin end, thick end).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Span {
    pub min: f64,
    pub max: f64,
}

/// The AWG half of a cross-section; gauges like `1/0` are kept as printed strings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AwgSpan {
    pub min: Gauge,
    pub max: Gauge,
}

/// An AWG gauge: a plain number (`20`) or an aught size (`"1/0"`, `"4/0"`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Gauge {
    Number(i32),
    Aught(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub value: f64,
    pub unit: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub si: Option<SiValue>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub qualifier: Option<Qualifier>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub condition: Option<String>,
    /// The same quantity printed again in another unit (`9 mm / 0.35 inch`).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub alternatives: Vec<Value>,
    /// A printed tolerance (`12 V ±5%`, `5 % ± 0.5`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub tolerance: Option<Tolerance>,
}

/// A printed `±` tolerance around a value, in its own unit (`%` or the value's unit).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tolerance {
    pub plus: f64,
    pub minus: f64,
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Range {
    pub min: f64,
    pub max: f64,
    pub unit: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub si: Option<SiRange>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub qualifier: Option<Qualifier>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub condition: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub alternatives: Vec<Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrossSection {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub mm2: Option<Span>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub awg: Option<AwgSpan>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub kcmil: Option<Span>,
    pub si: SiRange,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub qualifier: Option<Qualifier>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub condition: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Limits {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub symbol: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub min: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub typ: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub max: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub unit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub si: Option<SiLimits>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub condition: Option<String>,
}

/// A normalised value. Serialises with a `kind` tag, as SPEC.md's table says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Value {
    Quantity(Quantity),
    Range(Range),
    CrossSection(CrossSection),
    Limits(Limits),
    Count {
        value: f64,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        unit: Option<String>,
        /// What the count holds under (`200, without resistive load`).
        #[serde(skip_serializing_if = "Option::is_none", default)]
        condition: Option<String>,
    },
    Boolean {
        value: bool,
    },
    List {
        items: Vec<Value>,
    },
    Text,
}

impl Value {
    /// The snake_case kind name (`quantity`, `range`, …), as serialised.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Quantity(_) => "quantity",
            Value::Range(_) => "range",
            Value::CrossSection(_) => "cross_section",
            Value::Limits(_) => "limits",
            Value::Count { .. } => "count",
            Value::Boolean { .. } => "boolean",
            Value::List { .. } => "list",
            Value::Text => "text",
        }
    }
}
