//! Conductor cross-sections: mm², AWG (including aught sizes `1/0` … `4/0`) and kcmil,
//! printed together as one value (`0.5 ... 4 mm² / 20 ... 12 AWG`).
//!
//! Every gauge's area comes from ASTM B258 (d = 0.127 mm · 92^((36 − n)/39), n = 1 − m for
//! m/0, A = π d²/4). Each printed mm² ↔ AWG (and mm² ↔ kcmil) pair is checked against that
//! area and against the usual datasheet pairings; a pair that fits neither is a warning
//! (`awg_mm2_mismatch`). The printed values are never rewritten.

use super::units::round_sig;
use super::value::{AwgSpan, CrossSection, Gauge, Qualifier, SiRange, Span};
use crate::diagnostic::Diagnostic;

/// One kcmil in mm².
pub const KCMIL_MM2: f64 = 0.506_707_479_097_497_7;

/// How far a printed mm² may be from a gauge's area (as a ratio either way) and still be
/// "close". One AWG step is a factor 92^(2/39) ≈ 1.26 in area; vendors round the metric
/// size to the next standard step (2.5 mm² ↔ 14 AWG = 2.08 mm² is a ratio of 1.20), so the
/// tolerance admits about one step and no more.
pub const AREA_TOLERANCE: f64 = 1.3;

/// Usual datasheet pairings (mm², gauge): vendors differ, so these are accepted in
/// addition to the area check, not instead of it.
const USUAL_PAIRS: &[(f64, i32)] = &[
    (0.5, 20),
    (0.75, 18),
    (1.0, 18),
    (1.5, 16),
    (2.5, 14),
    (4.0, 12),
    (6.0, 10),
    (10.0, 8),
    (16.0, 6),
    (25.0, 4),
    (35.0, 2),
    (50.0, 1),
    (50.0, 0),
    (70.0, -1),
    (95.0, -2),
    (120.0, -3),
];

/// A printed AWG gauge with its B258 gauge number (`1/0` → 0, `4/0` → −3).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Awg {
    pub n: i32,
    /// Printed as an aught size (`2/0`).
    pub aught: bool,
}

impl Awg {
    pub fn number(n: i32) -> Self {
        Awg { n, aught: false }
    }

    /// `m/0`, m ≥ 1.
    pub fn aught(m: u8) -> Self {
        Awg {
            n: 1 - i32::from(m),
            aught: true,
        }
    }

    /// Area in mm² by ASTM B258.
    pub fn area_mm2(self) -> f64 {
        let d = 0.127 * 92f64.powf(f64::from(36 - self.n) / 39.0);
        std::f64::consts::PI * d * d / 4.0
    }

    pub fn gauge(self) -> Gauge {
        if self.aught {
            Gauge::Aught(format!("{}/0", 1 - self.n))
        } else {
            Gauge::Number(self.n)
        }
    }

    fn label(self) -> String {
        if self.aught {
            format!("{}/0 AWG", 1 - self.n)
        } else {
            format!("{} AWG", self.n)
        }
    }
}

/// The printed halves of a cross-section, each as (thin end, thick end).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Printed {
    pub mm2: Option<(f64, f64)>,
    pub awg: Option<(Awg, Awg)>,
    pub kcmil: Option<(f64, f64)>,
    pub qualifier: Option<Qualifier>,
    pub condition: Option<String>,
}

/// Build the `cross_section` value and check its halves against each other.
pub fn build(p: Printed, diags: &mut Vec<Diagnostic>) -> CrossSection {
    // min/max name the thin and the thick end, whatever order the vendor printed.
    let mm2 = p.mm2.map(|(a, b)| if b < a { (b, a) } else { (a, b) });
    let awg = p.awg.map(|(a, b)| if b.n > a.n { (b, a) } else { (a, b) });
    let kcmil = p.kcmil.map(|(a, b)| if b < a { (b, a) } else { (a, b) });

    if let (Some((lo, hi)), Some((g_lo, g_hi))) = (mm2, awg) {
        check_awg(lo, g_lo, diags);
        if (lo, g_lo.n) != (hi, g_hi.n) {
            check_awg(hi, g_hi, diags);
        }
    }
    if let (Some((lo, hi)), Some((k_lo, k_hi))) = (mm2, kcmil) {
        check_kcmil(lo, k_lo, diags);
        if lo != hi || k_lo != k_hi {
            check_kcmil(hi, k_hi, diags);
        }
    }

    let si = if let Some((lo, hi)) = mm2 {
        (round_sig(lo * 1e-6, 12), round_sig(hi * 1e-6, 12))
    } else if let Some((lo, hi)) = awg {
        let lo_area = lo.area_mm2();
        let hi_area = match kcmil {
            Some((_, k)) => k * KCMIL_MM2,
            None => hi.area_mm2(),
        };
        (round_sig(lo_area * 1e-6, 4), round_sig(hi_area * 1e-6, 4))
    } else if let Some((lo, hi)) = kcmil {
        (
            round_sig(lo * KCMIL_MM2 * 1e-6, 4),
            round_sig(hi * KCMIL_MM2 * 1e-6, 4),
        )
    } else {
        (0.0, 0.0)
    };
    CrossSection {
        mm2: mm2.map(|(min, max)| Span { min, max }),
        awg: awg.map(|(min, max)| AwgSpan {
            min: min.gauge(),
            max: max.gauge(),
        }),
        kcmil: kcmil.map(|(min, max)| Span { min, max }),
        si: SiRange {
            min: si.0,
            max: si.1,
            unit: "m²".to_string(),
        },
        qualifier: p.qualifier,
        condition: p.condition,
    }
}

fn close(a: f64, b: f64) -> bool {
    a > 0.0 && b > 0.0 && a / b <= AREA_TOLERANCE && b / a <= AREA_TOLERANCE
}

/// Whether a printed mm² and a gauge belong together (area or usual pairing).
pub fn awg_matches(mm2: f64, g: Awg) -> bool {
    close(mm2, g.area_mm2())
        || USUAL_PAIRS
            .iter()
            .any(|&(m, n)| (m - mm2).abs() < 1e-9 && n == g.n)
}

fn check_awg(mm2: f64, g: Awg, diags: &mut Vec<Diagnostic>) {
    if !awg_matches(mm2, g) {
        diags.push(Diagnostic::warning(
            "awg_mm2_mismatch",
            format!(
                "{} mm² is not close to {} ({} mm²)",
                mm2,
                g.label(),
                fmt_area(g.area_mm2())
            ),
        ));
    }
}

fn check_kcmil(mm2: f64, k: f64, diags: &mut Vec<Diagnostic>) {
    let area = k * KCMIL_MM2;
    // 120 mm² ↔ 250 kcmil (126.7 mm²) is the usual pairing; the tolerance covers it.
    if !close(mm2, area) {
        diags.push(Diagnostic::warning(
            "awg_mm2_mismatch",
            format!(
                "{} mm² is not close to {} kcmil ({} mm²)",
                mm2,
                k,
                fmt_area(area)
            ),
        ));
    }
}

/// An area for a message: two decimals below 10 mm², one above.
fn fmt_area(a: f64) -> String {
    if a < 10.0 {
        format!("{a:.2}")
    } else {
        format!("{a:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn astm_b258_areas() {
        // Published B258 areas (mm²).
        let table = [
            (Awg::number(20), 0.5188),
            (Awg::number(12), 3.309),
            (Awg::number(24), 0.2047),
            (Awg::number(10), 5.261),
            (Awg::aught(1), 53.49),
            (Awg::aught(4), 107.2),
        ];
        for (g, want) in table {
            let got = g.area_mm2();
            // B258 tables round the diameter to 0.1 mil, so allow 0.5 %.
            assert!((got - want).abs() / want < 5e-3, "{g:?}: {got} vs {want}");
        }
    }

    #[test]
    fn usual_pairings_are_accepted() {
        for &(mm2, n) in USUAL_PAIRS {
            let g = if n <= 0 {
                Awg::aught((1 - n) as u8)
            } else {
                Awg::number(n)
            };
            assert!(awg_matches(mm2, g), "{mm2} mm² / {n}");
        }
        assert!(close(120.0, 250.0 * KCMIL_MM2));
    }

    #[test]
    fn mismatches_are_reported_with_areas() {
        // 0.25 mm² sits between 24 AWG (0.205 mm²) and 23 AWG (0.258 mm²); 20 AWG is more
        // than twice as large, four gauge steps away: a real mismatch, so it is flagged.
        let mut d = Vec::new();
        let cs = build(
            Printed {
                mm2: Some((0.25, 1.5)),
                awg: Some((Awg::number(20), Awg::number(16))),
                ..Printed::default()
            },
            &mut d,
        );
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, "awg_mm2_mismatch");
        assert_eq!(d[0].message, "0.25 mm² is not close to 20 AWG (0.52 mm²)");
        assert_eq!(
            cs.mm2,
            Some(Span {
                min: 0.25,
                max: 1.5
            })
        );
    }
}
