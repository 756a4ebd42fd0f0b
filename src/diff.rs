//! (&Record, &Record) → what changed, property by property.
//!
//! Properties are matched by section title and label, never by position, so moving a row
//! or a section is not a change. A label reworded only in case or spacing still matches
//! through its `key`. Values are compared unit-aware through their `si` fields (`250 V`
//! equals `0.25 kV`); a change of spelling only (`4,00 mm²` → `4.00 mm²`) is `cosmetic`.
//! Related items match by item number, table rows by table title and first column.
//!
//! The JSON form also carries an RFC 6902 patch turning the old record into the new one.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::normalise::{Gauge, Value};
use crate::record::{Property, Record};

/// Relative tolerance when comparing SI numbers (unit conversions are not exact in binary).
pub const REL_TOL: f64 = 1e-6;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
    Cosmetic,
}

impl ChangeKind {
    pub fn sign(self) -> char {
        match self {
            ChangeKind::Added => '+',
            ChangeKind::Removed => '-',
            ChangeKind::Changed => '~',
            ChangeKind::Cosmetic => '=',
        }
    }
}

/// One difference between two records.
///
/// `path` is a JSON pointer to the item in the new record (in the old one when removed).
/// For properties, `old`/`new` are the `value` objects; for related items and table rows,
/// the item itself. `old_raw`/`new_raw` are the text as printed, for people.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub kind: ChangeKind,
    pub section: String,
    pub label: String,
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_raw: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_raw: Option<String>,
    /// Which fields of the value changed (`max` of a range, `value` of a quantity …).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<&'static str>,
    /// Why a cosmetic change is cosmetic (`spelling`, `label`, `moved`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The whole comparison: all changes (cosmetic included), in reading order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Diff {
    pub changes: Vec<Change>,
}

impl Diff {
    /// Changes that matter (not cosmetic).
    pub fn significant(&self) -> impl Iterator<Item = &Change> {
        self.changes
            .iter()
            .filter(|c| c.kind != ChangeKind::Cosmetic)
    }

    /// Changes to show: all with `all`, else the significant ones.
    pub fn shown(&self, all: bool) -> Vec<&Change> {
        self.changes
            .iter()
            .filter(|c| all || c.kind != ChangeKind::Cosmetic)
            .collect()
    }

    pub fn is_same(&self, all: bool) -> bool {
        self.shown(all).is_empty()
    }
}

/// RFC 6902 operations turning `old` into `new` (the whole record, as serialised).
pub fn patch(old: &Record, new: &Record) -> json_patch::Patch {
    let a = serde_json::to_value(old).expect("records serialise");
    let b = serde_json::to_value(new).expect("records serialise");
    json_patch::diff(&a, &b)
}

/// How two values compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Same,
    Cosmetic,
    Changed(Vec<&'static str>),
}

/// Fold case and whitespace: `Rated  Current` → `rated current`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Text tokens with numbers read as numbers (decimal comma or point), for comparing
/// values the normaliser left as text: `4,00 mm²` and `4.00 mm²` give the same tokens.
#[derive(Debug, PartialEq)]
enum Tok {
    Num(f64),
    Word(String),
}

fn tokens(s: &str) -> Vec<Tok> {
    let s = fold(s);
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut word = String::new();
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            if !word.trim().is_empty() {
                out.push(Tok::Word(word.trim().to_string()));
            }
            word.clear();
            let mut num = String::new();
            while i < chars.len() {
                let d = chars[i];
                let sep_then_digit =
                    (d == '.' || d == ',') && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
                if d.is_ascii_digit() {
                    num.push(d);
                } else if sep_then_digit && !num.contains('.') {
                    num.push('.');
                } else {
                    break;
                }
                i += 1;
            }
            out.push(Tok::Num(num.parse().unwrap_or(f64::NAN)));
        } else if c == ' ' {
            if !word.trim().is_empty() {
                out.push(Tok::Word(word.trim().to_string()));
            }
            word.clear();
            i += 1;
        } else {
            word.push(c);
            i += 1;
        }
    }
    if !word.trim().is_empty() {
        out.push(Tok::Word(word.trim().to_string()));
    }
    out
}

fn tokens_equal(a: &str, b: &str) -> bool {
    let (ta, tb) = (tokens(a), tokens(b));
    ta.len() == tb.len()
        && ta.iter().zip(&tb).all(|(x, y)| match (x, y) {
            (Tok::Num(x), Tok::Num(y)) => close(*x, *y),
            (Tok::Word(x), Tok::Word(y)) => x == y,
            _ => false,
        })
}

/// Equal within [`REL_TOL`].
pub fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= REL_TOL * a.abs().max(b.abs())
}

fn close_opt(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => close(a, b),
        (None, None) => true,
        _ => false,
    }
}

fn same_text(a: &Option<String>, b: &Option<String>) -> bool {
    a.as_deref().map(fold) == b.as_deref().map(fold)
}

/// Name `qualifier` and `condition` in `d` where they differ.
fn qualifier_and_condition(
    d: &mut Vec<&'static str>,
    x: (Option<crate::normalise::Qualifier>, &Option<String>),
    y: (Option<crate::normalise::Qualifier>, &Option<String>),
) {
    if x.0 != y.0 {
        d.push("qualifier");
    }
    if !same_text(x.1, y.1) {
        d.push("condition");
    }
}

/// Compare two typed values. Only the meaning counts: numbers in SI when both sides have
/// it, else in the printed unit; qualifier and condition too. `None` when the kinds
/// cannot be compared that way (text on either side).
pub fn compare_values(a: &Value, b: &Value) -> Option<Vec<&'static str>> {
    let mut d: Vec<&'static str> = Vec::new();
    match (a, b) {
        (Value::Quantity(x), Value::Quantity(y)) => {
            match (&x.si, &y.si) {
                (Some(sx), Some(sy)) => {
                    if sx.unit != sy.unit {
                        d.push("unit");
                    } else if !close(sx.value, sy.value) {
                        d.push("value");
                    }
                }
                _ => {
                    if fold(&x.unit) != fold(&y.unit) {
                        d.push("unit");
                    } else if !close(x.value, y.value) {
                        d.push("value");
                    }
                }
            }
            qualifier_and_condition(
                &mut d,
                (x.qualifier, &x.condition),
                (y.qualifier, &y.condition),
            );
            let tol_differs = match (&x.tolerance, &y.tolerance) {
                (Some(a), Some(b)) => {
                    !close(a.plus, b.plus)
                        || !close(a.minus, b.minus)
                        || fold(&a.unit) != fold(&b.unit)
                }
                (None, None) => false,
                _ => true,
            };
            if tol_differs {
                d.push("tolerance");
            }
        }
        (Value::Range(x), Value::Range(y)) => {
            // In SI when both sides have it, else in the printed unit.
            let (ux, uy, ex, ey) = match (&x.si, &y.si) {
                (Some(sx), Some(sy)) => (
                    sx.unit.clone(),
                    sy.unit.clone(),
                    (sx.min, sx.max),
                    (sy.min, sy.max),
                ),
                _ => (fold(&x.unit), fold(&y.unit), (x.min, x.max), (y.min, y.max)),
            };
            if ux != uy {
                d.push("unit");
            } else {
                if !close(ex.0, ey.0) {
                    d.push("min");
                }
                if !close(ex.1, ey.1) {
                    d.push("max");
                }
            }
            qualifier_and_condition(
                &mut d,
                (x.qualifier, &x.condition),
                (y.qualifier, &y.condition),
            );
        }
        (Value::CrossSection(x), Value::CrossSection(y)) => {
            if !close(x.si.min, y.si.min) {
                d.push("min");
            }
            if !close(x.si.max, y.si.max) {
                d.push("max");
            }
            let gauge = |g: &Gauge| match g {
                Gauge::Number(n) => n.to_string(),
                Gauge::Aught(s) => s.clone(),
            };
            if let (Some(ax), Some(ay)) = (&x.awg, &y.awg) {
                if gauge(&ax.min) != gauge(&ay.min) || gauge(&ax.max) != gauge(&ay.max) {
                    d.push("awg");
                }
            }
            qualifier_and_condition(
                &mut d,
                (x.qualifier, &x.condition),
                (y.qualifier, &y.condition),
            );
        }
        (Value::Limits(x), Value::Limits(y)) => {
            let (ux, uy, mx, my) = match (&x.si, &y.si) {
                (Some(sx), Some(sy)) => (
                    Some(sx.unit.clone()),
                    Some(sy.unit.clone()),
                    [sx.min, sx.typ, sx.max],
                    [sy.min, sy.typ, sy.max],
                ),
                _ => (
                    x.unit.as_deref().map(fold),
                    y.unit.as_deref().map(fold),
                    [x.min, x.typ, x.max],
                    [y.min, y.typ, y.max],
                ),
            };
            if ux != uy {
                d.push("unit");
            } else {
                for (name, (a, b)) in ["min", "typ", "max"].into_iter().zip(mx.iter().zip(&my)) {
                    if !close_opt(*a, *b) {
                        d.push(name);
                    }
                }
            }
            if !same_text(&x.symbol, &y.symbol) {
                d.push("symbol");
            }
            if !same_text(&x.condition, &y.condition) {
                d.push("condition");
            }
        }
        (
            Value::Count {
                value: vx,
                unit: ux,
                condition: cx,
            },
            Value::Count {
                value: vy,
                unit: uy,
                condition: cy,
            },
        ) => {
            if !close(*vx, *vy) {
                d.push("value");
            }
            if !same_text(ux, uy) {
                d.push("unit");
            }
            if !same_text(cx, cy) {
                d.push("condition");
            }
        }
        (Value::Boolean { value: x }, Value::Boolean { value: y }) => {
            if x != y {
                d.push("value");
            }
        }
        (Value::List { items: x }, Value::List { items: y }) => {
            if x.len() != y.len()
                || x.iter()
                    .zip(y)
                    .any(|(a, b)| compare_values(a, b).is_none_or(|d| !d.is_empty()))
            {
                d.push("items");
            }
        }
        (Value::Text, _) | (_, Value::Text) => return None,
        // a single value printed as a quantity on one side and a range or cross-section
        // with equal ends on the other (`4 mm²` as `quantity` vs `cross_section`)
        _ => match (si_span(a), si_span(b)) {
            (Some((a0, a1, ua)), Some((b0, b1, ub))) if ua == ub => {
                if !close(a0, b0) {
                    d.push("min");
                }
                if !close(a1, b1) {
                    d.push("max");
                }
            }
            _ => d.push("kind"),
        },
    }
    Some(d)
}

/// The SI span of a value that has one: (min, max, unit); a quantity is (v, v, unit).
fn si_span(v: &Value) -> Option<(f64, f64, &str)> {
    match v {
        Value::Quantity(q) => q.si.as_ref().map(|s| (s.value, s.value, s.unit.as_str())),
        Value::Range(r) => r.si.as_ref().map(|s| (s.min, s.max, s.unit.as_str())),
        Value::CrossSection(x) => Some((x.si.min, x.si.max, x.si.unit.as_str())),
        _ => None,
    }
}

/// Compare two printed values with their parsed forms.
pub fn compare(old_raw: &str, old: &Value, new_raw: &str, new: &Value) -> Verdict {
    if old_raw == new_raw && old == new {
        return Verdict::Same;
    }
    match compare_values(old, new) {
        Some(d) if d.is_empty() => Verdict::Cosmetic,
        Some(d) => Verdict::Changed(d),
        None => {
            if fold(old_raw) == fold(new_raw) || tokens_equal(old_raw, new_raw) {
                if old_raw == new_raw {
                    Verdict::Same
                } else {
                    Verdict::Cosmetic
                }
            } else {
                Verdict::Changed(vec!["raw"])
            }
        }
    }
}

struct Flat<'a> {
    sec: usize,
    idx: usize,
    title: &'a str,
    p: &'a Property,
}

fn flatten(r: &Record) -> Vec<Flat<'_>> {
    r.sections
        .iter()
        .enumerate()
        .flat_map(|(si, s)| {
            s.properties.iter().enumerate().map(move |(pi, p)| Flat {
                sec: si,
                idx: pi,
                title: &s.title,
                p,
            })
        })
        .collect()
}

/// Pair items by a key, first unused with the same key, in order. Returns old→new.
fn pair_by<K: std::hash::Hash + Eq>(
    old_n: usize,
    new_n: usize,
    pairs: &mut [Option<usize>],
    used: &mut [bool],
    key_old: impl Fn(usize) -> Option<K>,
    key_new: impl Fn(usize) -> Option<K>,
) {
    let mut by_key: HashMap<K, Vec<usize>> = HashMap::new();
    for j in (0..new_n).rev() {
        if !used[j] {
            if let Some(k) = key_new(j) {
                by_key.entry(k).or_default().push(j);
            }
        }
    }
    for (i, pair) in pairs.iter_mut().enumerate().take(old_n) {
        if pair.is_some() {
            continue;
        }
        if let Some(k) = key_old(i) {
            if let Some(list) = by_key.get_mut(&k) {
                if let Some(j) = list.pop() {
                    *pair = Some(j);
                    used[j] = true;
                }
            }
        }
    }
}

fn to_json(v: &Value) -> serde_json::Value {
    serde_json::to_value(v).expect("values serialise")
}

/// Compare two records.
pub fn diff(old: &Record, new: &Record) -> Diff {
    // (rank, position, change): rank orders sections as the new record has them, then
    // sections only the old one has.
    let mut out: Vec<(usize, usize, Change)> = Vec::new();
    let mut rank: HashMap<String, usize> = HashMap::new();
    for s in new.sections.iter().chain(&old.sections) {
        let n = rank.len();
        rank.entry(fold(&s.title)).or_insert(n);
    }
    diff_product(old, new, &mut out);
    diff_properties(old, new, &rank, &mut out);
    let base = rank.len() + 1;
    diff_related(old, new, base, &mut out);
    diff_tables(old, new, base + 1, &mut out);
    reflowed(old, new, &mut out);
    out.sort_by_key(|(r, p, _)| (*r, *p));
    Diff {
        changes: out.into_iter().map(|(_, _, c)| c).collect(),
    }
}

fn diff_product(old: &Record, new: &Record, out: &mut Vec<(usize, usize, Change)>) {
    let fields = |r: &Record| -> Vec<(&'static str, &'static str, Option<String>)> {
        let p = &r.product;
        let i = &r.identifiers;
        vec![
            ("product", "vendor", p.vendor.clone()),
            ("product", "item_number", p.item_number.clone()),
            ("product", "title", p.title.clone()),
            ("product", "description", p.description.clone()),
            ("product", "url", p.url.clone()),
            ("identifiers", "gtin", i.gtin.clone()),
            ("identifiers", "customs_tariff", i.customs_tariff.clone()),
            (
                "identifiers",
                "country_of_origin",
                i.country_of_origin.clone(),
            ),
        ]
    };
    for (pos, ((obj, name, a), (_, _, b))) in fields(old).into_iter().zip(fields(new)).enumerate() {
        if a == b {
            continue;
        }
        let kind = match (&a, &b) {
            (None, Some(_)) => ChangeKind::Added,
            (Some(_), None) => ChangeKind::Removed,
            (Some(x), Some(y)) if fold(x) == fold(y) || tokens_equal(x, y) => ChangeKind::Cosmetic,
            _ => ChangeKind::Changed,
        };
        let js = |s: &Option<String>| s.as_ref().map(|s| serde_json::Value::String(s.clone()));
        out.push((
            0,
            pos,
            Change {
                kind,
                section: "Product".into(),
                label: name.into(),
                path: format!("/{obj}/{name}"),
                old: js(&a),
                new: js(&b),
                old_raw: a.clone(),
                new_raw: b.clone(),
                fields: Vec::new(),
                note: None,
            },
        ));
    }
}

fn diff_properties(
    old: &Record,
    new: &Record,
    rank: &HashMap<String, usize>,
    out: &mut Vec<(usize, usize, Change)>,
) {
    let a = flatten(old);
    let b = flatten(new);
    let mut pairs: Vec<Option<usize>> = vec![None; a.len()];
    let mut used = vec![false; b.len()];
    // 1. section title and label as printed (case and spacing folded in the title).
    pair_by(
        a.len(),
        b.len(),
        &mut pairs,
        &mut used,
        |i| Some((fold(a[i].title), a[i].p.label.clone())),
        |j| Some((fold(b[j].title), b[j].p.label.clone())),
    );
    // 2. a label reworded in case or spacing only: same section, same key.
    pair_by(
        a.len(),
        b.len(),
        &mut pairs,
        &mut used,
        |i| Some((fold(a[i].title), a[i].p.key.clone())),
        |j| Some((fold(b[j].title), b[j].p.key.clone())),
    );
    // 3. a row moved to another section: same key, unique among the rest on both sides.
    let unique = |keys: Vec<&str>| -> HashSet<String> {
        let mut count: HashMap<&str, usize> = HashMap::new();
        for k in keys {
            *count.entry(k).or_default() += 1;
        }
        count
            .into_iter()
            .filter(|(_, n)| *n == 1)
            .map(|(k, _)| k.to_string())
            .collect()
    };
    let ua = unique(
        (0..a.len())
            .filter(|i| pairs[*i].is_none())
            .map(|i| a[i].p.key.as_str())
            .collect(),
    );
    let ub = unique(
        (0..b.len())
            .filter(|j| !used[*j])
            .map(|j| b[j].p.key.as_str())
            .collect(),
    );
    pair_by(
        a.len(),
        b.len(),
        &mut pairs,
        &mut used,
        |i| Some(a[i].p.key.clone()).filter(|k| ua.contains(k) && ub.contains(k)),
        |j| Some(b[j].p.key.clone()).filter(|k| ua.contains(k) && ub.contains(k)),
    );

    let rank_of = |t: &str| rank.get(&fold(t)).copied().unwrap_or(usize::MAX - 2) + 1;
    let path = |f: &Flat<'_>| format!("/sections/{}/properties/{}", f.sec, f.idx);
    for (i, pair) in pairs.iter().enumerate() {
        let o = &a[i];
        match pair {
            Some(j) => {
                let n = &b[*j];
                let verdict = compare(&o.p.raw, &o.p.value, &n.p.raw, &n.p.value);
                let moved = fold(o.title) != fold(n.title);
                let relabelled = o.p.label != n.p.label;
                let (kind, fields, note) = match verdict {
                    Verdict::Changed(f) => (ChangeKind::Changed, f, None),
                    Verdict::Cosmetic => (ChangeKind::Cosmetic, Vec::new(), Some("spelling")),
                    Verdict::Same if relabelled => {
                        (ChangeKind::Cosmetic, Vec::new(), Some("label"))
                    }
                    Verdict::Same if moved => (ChangeKind::Cosmetic, Vec::new(), Some("moved")),
                    Verdict::Same => continue,
                };
                let note = note.map(|n| {
                    if moved {
                        format!("{n}; moved from {}", o.title)
                    } else {
                        n.to_string()
                    }
                });
                out.push((
                    rank_of(n.title),
                    n.sec * 100_000 + n.idx,
                    Change {
                        kind,
                        section: n.title.to_string(),
                        label: n.p.label.clone(),
                        path: path(n),
                        old: Some(to_json(&o.p.value)),
                        new: Some(to_json(&n.p.value)),
                        old_raw: Some(o.p.raw.clone()),
                        new_raw: Some(n.p.raw.clone()),
                        fields,
                        note,
                    },
                ));
            }
            None => out.push((
                rank_of(o.title),
                o.sec * 100_000 + o.idx,
                Change {
                    kind: ChangeKind::Removed,
                    section: o.title.to_string(),
                    label: o.p.label.clone(),
                    path: path(o),
                    old: Some(to_json(&o.p.value)),
                    new: None,
                    old_raw: Some(o.p.raw.clone()),
                    new_raw: None,
                    fields: Vec::new(),
                    note: None,
                },
            )),
        }
    }
    for (j, n) in b.iter().enumerate() {
        if !used[j] {
            out.push((
                rank_of(n.title),
                n.sec * 100_000 + n.idx,
                Change {
                    kind: ChangeKind::Added,
                    section: n.title.to_string(),
                    label: n.p.label.clone(),
                    path: path(n),
                    old: None,
                    new: Some(to_json(&n.p.value)),
                    old_raw: None,
                    new_raw: Some(n.p.raw.clone()),
                    fields: Vec::new(),
                    note: None,
                },
            ));
        }
    }
}

fn diff_related(old: &Record, new: &Record, rank: usize, out: &mut Vec<(usize, usize, Change)>) {
    let mut pairs = vec![None; old.related.len()];
    let mut used = vec![false; new.related.len()];
    pair_by(
        old.related.len(),
        new.related.len(),
        &mut pairs,
        &mut used,
        |i| Some(fold(&old.related[i].item_number)),
        |j| Some(fold(&new.related[j].item_number)),
    );
    let shown = |r: &crate::record::Related| match &r.description {
        Some(d) => format!("{} {d}", r.item_number),
        None => r.item_number.clone(),
    };
    let js = |r: &crate::record::Related| {
        serde_json::json!({"relation": r.relation, "item_number": r.item_number,
                           "description": r.description, "url": r.url})
    };
    for (i, pair) in pairs.iter().enumerate() {
        let o = &old.related[i];
        let (kind, j) = match pair {
            None => (ChangeKind::Removed, None),
            Some(j) => {
                let n = &new.related[*j];
                let key = |r: &crate::record::Related| {
                    (
                        r.relation.clone(),
                        r.item_number.clone(),
                        r.description.clone(),
                        r.url.clone(),
                    )
                };
                if key(o) == key(n) {
                    continue;
                }
                let text_same = |a: &Option<String>, b: &Option<String>| match (a, b) {
                    (Some(a), Some(b)) => fold(a) == fold(b) || tokens_equal(a, b),
                    (a, b) => a == b,
                };
                if fold(&o.relation) == fold(&n.relation)
                    && text_same(&o.description, &n.description)
                    && text_same(&o.url, &n.url)
                {
                    (ChangeKind::Cosmetic, Some(*j))
                } else {
                    (ChangeKind::Changed, Some(*j))
                }
            }
        };
        let n = j.map(|j| &new.related[j]);
        out.push((
            rank,
            j.unwrap_or(i),
            Change {
                kind,
                section: "Related".into(),
                label: o.relation.clone(),
                path: format!("/related/{}", j.unwrap_or(i)),
                old: Some(js(o)),
                new: n.map(js),
                old_raw: Some(shown(o)),
                new_raw: n.map(shown),
                fields: Vec::new(),
                note: None,
            },
        ));
    }
    for (j, n) in new.related.iter().enumerate() {
        if !used[j] {
            out.push((
                rank,
                j,
                Change {
                    kind: ChangeKind::Added,
                    section: "Related".into(),
                    label: n.relation.clone(),
                    path: format!("/related/{j}"),
                    old: None,
                    new: Some(js(n)),
                    old_raw: None,
                    new_raw: Some(shown(n)),
                    fields: Vec::new(),
                    note: None,
                },
            ));
        }
    }
}

/// A table row flattened for matching: (table title, first column, table index, row index).
struct Row<'a> {
    title: String,
    key: String,
    /// the key cell as printed (where `key` came from)
    at: usize,
    table: usize,
    row: usize,
    cells: &'a [String],
}

fn rows(r: &Record) -> Vec<Row<'_>> {
    r.tables
        .iter()
        .enumerate()
        .flat_map(|(ti, t)| {
            let title = t.title.as_deref().map(fold).unwrap_or_default();
            t.rows.iter().enumerate().map(move |(ri, cells)| {
                // the first column, or the first non-empty cell when it is blank (logos)
                let at = cells.iter().position(|c| !c.trim().is_empty());
                Row {
                    title: title.clone(),
                    key: at.map(|i| fold(&cells[i])).unwrap_or_default(),
                    at: at.unwrap_or(0),
                    table: ti,
                    row: ri,
                    cells,
                }
            })
        })
        .collect()
}

fn diff_tables(old: &Record, new: &Record, rank: usize, out: &mut Vec<(usize, usize, Change)>) {
    let a = rows(old);
    let b = rows(new);
    let mut pairs = vec![None; a.len()];
    let mut used = vec![false; b.len()];
    pair_by(
        a.len(),
        b.len(),
        &mut pairs,
        &mut used,
        |i| Some((a[i].title.clone(), a[i].key.clone())),
        |j| Some((b[j].title.clone(), b[j].key.clone())),
    );
    let title = |r: &Record, t: usize| {
        r.tables[t]
            .title
            .clone()
            .unwrap_or_else(|| format!("Table {}", t + 1))
    };
    let label = |r: &Row<'_>| {
        r.cells
            .get(r.at)
            .map(|c| c.trim())
            .unwrap_or("")
            .to_string()
    };
    // the other cells, for people (the JSON form has the whole row)
    let joined = |r: &Row<'_>| {
        r.cells
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != r.at)
            .map(|(_, c)| c.as_str())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let path = |r: &Row<'_>| format!("/tables/{}/rows/{}", r.table, r.row);
    for (i, pair) in pairs.iter().enumerate() {
        let o = &a[i];
        let (kind, n) = match pair {
            None => (ChangeKind::Removed, None),
            Some(j) => {
                let n = &b[*j];
                if o.cells == n.cells {
                    continue;
                }
                let same = o.cells.len() == n.cells.len()
                    && o.cells
                        .iter()
                        .zip(n.cells)
                        .all(|(x, y)| fold(x) == fold(y) || tokens_equal(x, y));
                (
                    if same {
                        ChangeKind::Cosmetic
                    } else {
                        ChangeKind::Changed
                    },
                    Some(n),
                )
            }
        };
        let (sec, at) = match n {
            Some(n) => (title(new, n.table), n),
            None => (title(old, o.table), o),
        };
        out.push((
            rank,
            at.table * 100_000 + at.row,
            Change {
                kind,
                section: format!("Table: {sec}"),
                label: label(o),
                path: path(at),
                old: Some(serde_json::json!(o.cells)),
                new: n.map(|n| serde_json::json!(n.cells)),
                old_raw: Some(joined(o)),
                new_raw: n.map(joined),
                fields: Vec::new(),
                note: None,
            },
        ));
    }
    for (j, n) in b.iter().enumerate() {
        if !used[j] {
            out.push((
                rank,
                n.table * 100_000 + n.row,
                Change {
                    kind: ChangeKind::Added,
                    section: format!("Table: {}", title(new, n.table)),
                    label: label(n),
                    path: path(n),
                    old: None,
                    new: Some(serde_json::json!(n.cells)),
                    old_raw: None,
                    new_raw: Some(joined(n)),
                    fields: Vec::new(),
                    note: None,
                },
            ));
        }
    }
}

/// Every word and number of a record in reading order (titles, labels, values, cells,
/// related items), as comparable tokens.
fn stream(r: &Record) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |s: &str| out.extend(tokens(s).into_iter().map(tok_text));
    for s in &r.sections {
        push(&s.title);
        for p in &s.properties {
            push(&p.label);
            push(&p.raw);
        }
    }
    for t in &r.tables {
        push(t.title.as_deref().unwrap_or(""));
        for c in t.header.iter().chain(t.rows.iter().flatten()) {
            push(c);
        }
    }
    for x in &r.related {
        push(&x.item_number);
        push(x.description.as_deref().unwrap_or(""));
    }
    out
}

fn tok_text(t: Tok) -> String {
    match t {
        Tok::Num(n) => format!("#{n}"),
        Tok::Word(w) => w,
    }
}

/// Token sequences of a text, for finding it in a stream.
fn seq(s: &str) -> Vec<String> {
    tokens(s).into_iter().map(tok_text).collect()
}

/// Does `needle` occur contiguously in the stream? (`index`: positions of each token.)
fn occurs(stream: &[String], index: &HashMap<&str, Vec<usize>>, needle: &[String]) -> bool {
    let Some(first) = needle.first() else {
        return true;
    };
    index.get(first.as_str()).is_some_and(|starts| {
        starts
            .iter()
            .any(|&i| stream.get(i..i + needle.len()) == Some(needle))
    })
}

/// Re-flowed text is not a change. PDF text in two columns, or a table whose cells were
/// split differently, comes out as rows removed in one revision and added in the other
/// with the same words. An added or removed prose row (text value, six words or more)
/// whose label and value both still occur word for word in the other record, a table row
/// whose cells all do, and table rows of a table whose words are the same multiset on
/// both sides, are `cosmetic` with the note `re-flowed`.
fn reflowed(old: &Record, new: &Record, out: &mut [(usize, usize, Change)]) {
    let streams = [stream(old), stream(new)];
    fn index_of(s: &[String]) -> HashMap<&str, Vec<usize>> {
        let mut m: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, t) in s.iter().enumerate() {
            m.entry(t.as_str()).or_default().push(i);
        }
        m
    }
    let indexes = [index_of(&streams[0]), index_of(&streams[1])];
    // tables whose words did not change, as a multiset
    let bag = |r: &Record, title: &str| {
        let mut b: Vec<String> = r
            .tables
            .iter()
            .filter(|t| t.title.as_deref().map(fold).unwrap_or_default() == title)
            .flat_map(|t| t.rows.iter().flatten())
            .flat_map(|c| seq(c))
            .collect();
        b.sort();
        b
    };
    let mut same_tables: HashMap<String, bool> = HashMap::new();
    for (_, _, c) in out.iter_mut() {
        if !matches!(
            c.kind,
            ChangeKind::Added | ChangeKind::Removed | ChangeKind::Changed
        ) {
            continue;
        }
        // the other side's stream: where a removed item would have gone, or come from
        let other = usize::from(c.kind == ChangeKind::Removed);
        let is_table = c.path.starts_with("/tables/");
        let is_property = c.path.starts_with("/sections/");
        let found = |text: &str| occurs(&streams[other], &indexes[other], &seq(text));
        let reflow = if is_table {
            let title = c
                .section
                .strip_prefix("Table: ")
                .map(fold)
                .unwrap_or_default();
            let same = *same_tables
                .entry(title.clone())
                .or_insert_with(|| bag(old, &title) == bag(new, &title));
            same || (c.kind != ChangeKind::Changed && {
                let cells = c
                    .old
                    .as_ref()
                    .or(c.new.as_ref())
                    .and_then(|v| v.as_array())
                    .cloned()
                    .unwrap_or_default();
                let cells: Vec<&str> = cells
                    .iter()
                    .filter_map(|v| v.as_str())
                    .filter(|s| !s.trim().is_empty())
                    .collect();
                !cells.is_empty() && cells.iter().all(|cell| found(cell))
            })
        } else if is_property && c.kind != ChangeKind::Changed {
            let value_is_text = c
                .old
                .as_ref()
                .or(c.new.as_ref())
                .is_some_and(|v| v["kind"] == "text");
            let raw = c.old_raw.as_deref().or(c.new_raw.as_deref()).unwrap_or("");
            value_is_text
                && seq(&c.label).len() + seq(raw).len() >= 6
                && found(&c.label)
                && found(raw)
        } else {
            false
        };
        if reflow {
            c.kind = ChangeKind::Cosmetic;
            c.note = Some("re-flowed".into());
        }
    }
}

/// The human form: changes grouped by section,
/// `~ Rated current: 25 A → 24 A`, `+ label: new`, `- label: old`.
pub fn render(changes: &[&Change], colour: bool) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let mut section: Option<&str> = None;
    for c in changes {
        if section != Some(c.section.as_str()) {
            if section.is_some() {
                s.push('\n');
            }
            let _ = writeln!(s, "{}", paint(&format!("## {}", c.section), "1", colour));
            section = Some(&c.section);
        }
        let old = c.old_raw.as_deref().unwrap_or("");
        let new = c.new_raw.as_deref().unwrap_or("");
        let line = match c.kind {
            ChangeKind::Added => format!("+ {}: {new}", c.label),
            ChangeKind::Removed => format!("- {}: {old}", c.label),
            ChangeKind::Changed | ChangeKind::Cosmetic => {
                let mut l = format!("{} {}: {old} → {new}", c.kind.sign(), c.label);
                // Name the part that changed when it is not the obvious one (`[max]` of a
                // range, `[unit]`, `[qualifier]`).
                if !c.fields.is_empty() && c.fields != ["raw"] && c.fields != ["value"] {
                    let _ = write!(l, "  [{}]", c.fields.join(", "));
                }
                if let Some(n) = &c.note {
                    let _ = write!(l, "  ({n})");
                }
                l
            }
        };
        let code = match c.kind {
            ChangeKind::Added => "32",
            ChangeKind::Removed => "31",
            ChangeKind::Changed => "33",
            ChangeKind::Cosmetic => "2",
        };
        let _ = writeln!(s, "{}", paint(&line, code, colour));
    }
    s
}

fn paint(s: &str, code: &str, colour: bool) -> String {
    if colour {
        format!("\x1b[{code}m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::{Quantity, Range, SiRange, SiValue};

    fn q(value: f64, unit: &str, si: f64, si_unit: &str) -> Value {
        Value::Quantity(Quantity {
            value,
            unit: unit.into(),
            si: Some(SiValue {
                value: si,
                unit: si_unit.into(),
            }),
            qualifier: None,
            condition: None,
            alternatives: Vec::new(),
            tolerance: None,
        })
    }

    fn range(min: f64, max: f64, unit: &str) -> Value {
        Value::Range(Range {
            min,
            max,
            unit: unit.into(),
            si: Some(SiRange {
                min,
                max,
                unit: unit.into(),
            }),
            qualifier: Some(crate::normalise::Qualifier::Approx),
            condition: Some("depending on pole number".into()),
            alternatives: Vec::new(),
        })
    }

    #[test]
    fn unit_aware_values() {
        let cases: Vec<(&str, Value, &str, Value, Verdict)> = vec![
            (
                "250 V",
                q(250.0, "V", 250.0, "V"),
                "0.25 kV",
                q(0.25, "kV", 250.0, "V"),
                Verdict::Cosmetic,
            ),
            (
                "0.35 inch",
                q(0.35, "in", 0.35 * 0.0254, "m"),
                "8.89 mm",
                q(8.89, "mm", 8.89e-3, "m"),
                Verdict::Cosmetic,
            ),
            (
                "4,00 mm²",
                q(4.0, "mm²", 4e-6, "m²"),
                "4 mm²",
                q(4.0, "mm²", 4e-6, "m²"),
                Verdict::Cosmetic,
            ),
            (
                "25 A",
                q(25.0, "A", 25.0, "A"),
                "24 A",
                q(24.0, "A", 24.0, "A"),
                Verdict::Changed(vec!["value"]),
            ),
            (
                "approx. 20 ... 70 N (depending on pole number)",
                range(20.0, 70.0, "N"),
                "approx. 20 ... 75 N (depending on pole number)",
                range(20.0, 75.0, "N"),
                Verdict::Changed(vec!["max"]),
            ),
            (
                "250 V",
                q(250.0, "V", 250.0, "V"),
                "250 A",
                q(250.0, "A", 250.0, "A"),
                Verdict::Changed(vec!["unit"]),
            ),
            (
                "Polyamide (PA66)",
                Value::Text,
                "polyamide  (PA66)",
                Value::Text,
                Verdict::Cosmetic,
            ),
            (
                "0.024 MJ",
                Value::Text,
                "0,024 MJ",
                Value::Text,
                Verdict::Cosmetic,
            ),
            (
                "Polyamide (PA66)",
                Value::Text,
                "Polyamide (PA6)",
                Value::Text,
                Verdict::Changed(vec!["raw"]),
            ),
            ("Yes", Value::Text, "Yes", Value::Text, Verdict::Same),
            (
                "4 mm²",
                q(4.0, "mm²", 4e-6, "m²"),
                "4 mm²",
                Value::CrossSection(crate::normalise::CrossSection {
                    mm2: Some(crate::normalise::Span { min: 4.0, max: 4.0 }),
                    awg: None,
                    kcmil: None,
                    si: SiRange {
                        min: 4e-6,
                        max: 4e-6,
                        unit: "m²".into(),
                    },
                    qualifier: None,
                    condition: None,
                }),
                Verdict::Cosmetic,
            ),
            (
                "4 mm²",
                q(4.0, "mm²", 4e-6, "m²"),
                "Yes",
                Value::Boolean { value: true },
                Verdict::Changed(vec!["kind"]),
            ),
        ];
        for (ra, a, rb, b, want) in cases {
            assert_eq!(compare(ra, &a, rb, &b), want, "{ra} vs {rb}");
        }
    }

    #[test]
    fn with_the_normaliser() {
        // whatever the normaliser makes of these, the verdict must not depend on it
        for (a, b, want) in [
            ("4,00 mm²", "4.00 mm²", Verdict::Cosmetic),
            ("0.024 MJ", "0,024 MJ", Verdict::Cosmetic),
            ("25 A", "24 A", Verdict::Changed(vec![])),
            ("Yes", "No", Verdict::Changed(vec![])),
        ] {
            let pa = crate::normalise::parse(a, None).value;
            let pb = crate::normalise::parse(b, None).value;
            let got = compare(a, &pa, b, &pb);
            match want {
                Verdict::Changed(_) => assert!(matches!(got, Verdict::Changed(_)), "{a} {b}"),
                w => assert_eq!(got, w, "{a} vs {b}"),
            }
        }
    }

    fn rec(sections: serde_json::Value, tables: serde_json::Value) -> Record {
        serde_json::from_value(serde_json::json!({
            "schema_version": 1,
            "source": {"path": "x.pdf", "format": "pdf", "sha256": "", "bytes": 0, "pages": 1},
            "product": {"vendor": null, "item_number": null, "title": null, "description": null, "url": null},
            "sections": sections, "tables": tables, "related": [], "identifiers": {}, "diagnostics": []
        }))
        .expect("a record")
    }

    fn prop(label: &str, raw: &str) -> serde_json::Value {
        serde_json::json!({"label": label, "key": crate::structure::key_of(label), "raw": raw,
                           "value": {"kind": "text"}})
    }

    #[test]
    fn reflowed_text_is_cosmetic() {
        let table = |rows: serde_json::Value| serde_json::json!([{"title": "Dimensions", "header": [], "rows": rows}]);
        // two-column prose paired differently, and a table whose cells were split differently
        let old = rec(
            serde_json::json!([{"title": "Notes", "properties": [
                prop("Stresses above those listed", "may cause permanent damage to the device"),
                prop("Rated current", "25 A"),
            ]}]),
            table(serde_json::json!([[
                "0.50+0.10/-0.05",
                "0.25±0.05",
                "2",
                "GND"
            ]])),
        );
        let new = rec(
            serde_json::json!([{"title": "Notes", "properties": [
                prop("Exposure to", "Stresses above those listed may cause permanent damage to the device"),
                prop("Rated current", "24 A"),
            ]}]),
            table(serde_json::json!([
                ["+0.10/-0.05", "±0.05", "2", "GND"],
                ["0.50", "0.25", "", ""]
            ])),
        );
        let d = diff(&old, &new);
        let shown: Vec<_> = d
            .shown(false)
            .iter()
            .map(|c| (c.kind, c.label.clone()))
            .collect();
        // the removed prose row is still there word for word; the added one is not
        assert_eq!(
            shown,
            [
                (ChangeKind::Added, "Exposure to".to_string()),
                (ChangeKind::Changed, "Rated current".to_string()),
            ]
        );
        assert!(d
            .changes
            .iter()
            .filter(|c| c.kind == ChangeKind::Cosmetic)
            .all(|c| c.note.as_deref() == Some("re-flowed")));
        assert_eq!(d.changes.len(), 6, "{:#?}", d.changes);
    }

    #[test]
    fn folding_and_tokens() {
        assert_eq!(fold("  Rated \t Current "), "rated current");
        assert!(tokens_equal("4,00 mm²", "4 mm²"));
        assert!(tokens_equal(
            "0.5 ... 4 mm² / 20 ... 12 AWG",
            "0,5 ... 4,0 mm² / 20 ... 12 AWG"
        ));
        assert!(!tokens_equal("20 ... 70 N", "20 ... 75 N"));
        assert!(!tokens_equal("1.5 mm", "1.5 mm2"));
    }
}
