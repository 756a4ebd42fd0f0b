//! The unit table: every spelling dsx accepts after a number, its canonical spelling, and
//! how to reach coherent SI (`si = value · factor + offset`).
//!
//! Spellings are generated once (base unit × the SI prefixes it takes) into a hash map and
//! matched longest-first at a byte position, so `mm2` wins over `mm` and `MJ` (megajoule)
//! never reads as `mJ`. Case matters where two units differ only by case (`mW`/`MW`,
//! `mA`/`MA`); it is forgiven only where nothing else is meant (`KV`, `Kg`, `KHz`).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// What a unit measures, as far as the parser needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// An ordinary physical quantity with an SI form.
    Physical,
    /// Conductor area in mm² (or cm², m²).
    Area,
    /// American Wire Gauge: not a unit of measure but a gauge number.
    Awg,
    /// Thousands of circular mils (kcmil, MCM).
    Kcmil,
    /// Decibels (`dB`, `dBc`, `dBm`): kept as printed, no SI form.
    Decibel,
    /// Units relative to something the datasheet itself defines (`LSB`, `LSB/°C`): kept
    /// as printed, no SI form.
    Relative,
    /// Counted things (`pcs`, `cycles`): the value becomes a `count`.
    Count,
}

/// One accepted unit (after prefix expansion).
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Canonical printed spelling (`mm²`, `°C`, `mΩ`, `in`, `VAC`).
    pub canonical: String,
    /// The coherent SI unit (`m²`, `K`, `Ω`, `1`); empty when there is none (dB, counts).
    pub si: &'static str,
    pub factor: f64,
    pub offset: f64,
    pub family: Family,
}

impl Unit {
    /// `value` in coherent SI, rounded so floating noise does not show; `None` without SI.
    pub fn to_si(&self, value: f64) -> Option<f64> {
        if self.si.is_empty() {
            return None;
        }
        Some(round_sig(value * self.factor + self.offset, 12))
    }

    /// Whether two units measure the same thing (so one value may be an alternative of the other).
    pub fn same_dimension(&self, other: &Unit) -> bool {
        !self.si.is_empty() && self.si == other.si && self.family == other.family
    }
}

/// Round to `sig` significant digits so that `4 · 1e-6` prints as `4e-6`, not
/// `4.000000000000001e-6`. Exact powers of ten keep the common case allocation-free.
pub fn round_sig(x: f64, sig: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return if x == 0.0 { 0.0 } else { x };
    }
    let mag = x.abs().log10().floor() as i32;
    let scale = sig - 1 - mag;
    if (0..=22).contains(&scale) {
        let p = POW10[scale as usize];
        let r = (x * p).round() / p;
        if r.is_finite() {
            return r;
        }
    } else if (-22..0).contains(&scale) {
        let p = POW10[(-scale) as usize];
        return (x / p).round() * p;
    }
    format!("{:.*e}", (sig - 1) as usize, x)
        .parse()
        .unwrap_or(x)
}

const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// SI prefixes: the spellings accepted and the canonical one.
const PREFIXES: &[(&[&str], &str, f64)] = &[
    (&["p"], "p", 1e-12),
    (&["n"], "n", 1e-9),
    (&["µ", "μ", "u"], "µ", 1e-6),
    (&["m"], "m", 1e-3),
    (&["c"], "c", 1e-2),
    (&["d"], "d", 1e-1),
    (&["h"], "h", 1e2),
    (&["k", "K"], "k", 1e3),
    (&["M"], "M", 1e6),
    (&["G"], "G", 1e9),
];

/// Which prefixes a base unit takes.
#[derive(Clone, Copy)]
enum Takes {
    None,
    /// p n µ m k M G (the electrical range).
    Electric,
    /// n µ m c d k (lengths).
    Length,
    /// Only the listed canonical prefixes.
    Only(&'static str),
}

impl Takes {
    fn allows(self, canonical_prefix: &str) -> bool {
        match self {
            Takes::None => false,
            Takes::Electric => matches!(canonical_prefix, "p" | "n" | "µ" | "m" | "k" | "M" | "G"),
            Takes::Length => matches!(canonical_prefix, "n" | "µ" | "m" | "c" | "d" | "k"),
            Takes::Only(list) => list.split(' ').any(|p| p == canonical_prefix),
        }
    }
}

struct Base {
    spellings: &'static [&'static str],
    canonical: &'static str,
    si: &'static str,
    factor: f64,
    offset: f64,
    family: Family,
    takes: Takes,
}

const fn base(
    spellings: &'static [&'static str],
    canonical: &'static str,
    si: &'static str,
    factor: f64,
    takes: Takes,
) -> Base {
    Base {
        spellings,
        canonical,
        si,
        factor,
        offset: 0.0,
        family: Family::Physical,
        takes,
    }
}

const INCH: f64 = 0.0254;
const DEG: f64 = std::f64::consts::PI / 180.0;

static BASES: &[Base] = &[
    base(&["V", "v"], "V", "V", 1.0, Takes::Electric),
    base(&["A"], "A", "A", 1.0, Takes::Electric),
    base(&["W"], "W", "W", 1.0, Takes::Electric),
    base(&["VA"], "VA", "VA", 1.0, Takes::Electric),
    // The units spelled out (`120 Volts`, `15 Amps`, `5 watts`).
    base(
        &["Volt", "Volts", "volt", "volts", "VOLT", "VOLTS"],
        "V",
        "V",
        1.0,
        Takes::None,
    ),
    base(
        &[
            "Amp", "Amps", "amp", "amps", "AMP", "AMPS", "Ampere", "Amperes", "ampere", "amperes",
        ],
        "A",
        "A",
        1.0,
        Takes::None,
    ),
    base(
        &["Watt", "Watts", "watt", "watts", "WATT", "WATTS"],
        "W",
        "W",
        1.0,
        Takes::None,
    ),
    base(
        &["\u{3a9}", "\u{2126}", "Ohm", "Ohms", "ohm", "ohms", "OHM"],
        "Ω",
        "Ω",
        1.0,
        Takes::Electric,
    ),
    // Ohms with the prefix spelled out (`10 milliohms`, `1000 Megohms`).
    base(
        &[
            "milliohm",
            "milliohms",
            // `20 m ohms max.`: the prefix set apart
            "m ohm",
            "m ohms",
            "Milliohm",
            "Milliohms",
            "MILLIOHMS",
        ],
        "mΩ",
        "Ω",
        1e-3,
        Takes::None,
    ),
    base(
        &[
            "kilohm", "kilohms", "Kilohm", "Kilohms", "kohm", "kohms", "KOHMS", "k ohm", "k ohms",
        ],
        "kΩ",
        "Ω",
        1e3,
        Takes::None,
    ),
    base(
        &[
            "megohm", "megohms", "Megohm", "Megohms", "MEGOHMS", "Mohm", "Mohms", "MOhm", "M ohm",
            "M ohms",
        ],
        "MΩ",
        "Ω",
        1e6,
        Takes::None,
    ),
    base(&["picofarad", "picofarads"], "pF", "F", 1e-12, Takes::None),
    base(&["nanofarad", "nanofarads"], "nF", "F", 1e-9, Takes::None),
    base(&["microfarad", "microfarads"], "µF", "F", 1e-6, Takes::None),
    base(&["Hz", "hz", "HZ"], "Hz", "Hz", 1.0, Takes::Electric),
    base(&["F"], "F", "F", 1.0, Takes::Electric),
    base(&["H"], "H", "H", 1.0, Takes::Electric),
    base(&["N"], "N", "N", 1.0, Takes::Only("m k")),
    base(&["J"], "J", "J", 1.0, Takes::Electric),
    base(&["Wh"], "Wh", "J", 3600.0, Takes::Only("m k M G")),
    base(&["Ah"], "Ah", "C", 3600.0, Takes::Only("m")),
    base(&["g"], "g", "kg", 1e-3, Takes::Only("µ m k")),
    base(
        &["s", "sec", "sec.", "secs", "secs.", "second", "seconds"],
        "s",
        "s",
        1.0,
        Takes::Only("p n µ m"),
    ),
    base(
        &["minutes", "minute", "mins"],
        "min",
        "s",
        60.0,
        Takes::None,
    ),
    base(
        &["h", "hr", "hrs", "hour", "hours", "Hours", "Hrs"],
        "h",
        "s",
        3600.0,
        Takes::Only("k"),
    ),
    base(&["m"], "m", "m", 1.0, Takes::Length),
    base(
        &[
            "in", "inch", "inches", "Inch", "Inches", "INCH", "\"", "”", "''", "″",
        ],
        "in",
        "m",
        INCH,
        Takes::None,
    ),
    base(&["mil", "mils"], "mil", "m", INCH / 1000.0, Takes::None),
    base(&["ft"], "ft", "m", 0.3048, Takes::None),
    base(&["K"], "K", "K", 1.0, Takes::Only("m")),
    base(&["%"], "%", "1", 0.01, Takes::None),
    base(&["ppm"], "ppm", "1", 1e-6, Takes::None),
    base(&["ppm/K"], "ppm/K", "1/K", 1e-6, Takes::None),
    base(
        &["ppm/°C", "ppm/ºC", "ppm/℃", "ppm/ °C", "ppm / °C"],
        "ppm/°C",
        "1/K",
        1e-6,
        Takes::None,
    ),
    base(&["%/K"], "%/K", "1/K", 1e-2, Takes::None),
    base(
        &["%/°C", "%/ºC", "%/℃", "%/ °C", "% / °C"],
        "%/°C",
        "1/K",
        1e-2,
        Takes::None,
    ),
    base(&["K/W"], "K/W", "K/W", 1.0, Takes::None),
    base(&["°C/W", "ºC/W", "℃/W"], "°C/W", "K/W", 1.0, Takes::None),
    base(&["bar"], "bar", "Pa", 1e5, Takes::Only("m")),
    base(&["Pa"], "Pa", "Pa", 1.0, Takes::Only("h k M G")),
    base(&["psi"], "psi", "Pa", 6894.757293168361, Takes::None),
    base(
        &["N·m", "Nm", "N.m", "N-m", "N⋅m"],
        "N·m",
        "N·m",
        1.0,
        Takes::Only("m k"),
    ),
    base(
        &[
            "lb·in", "lb-in", "lbf·in", "lbf-in", "in-lb", "in·lb", "in-lbs", "lbf in", "lb in",
            "in lb", "in lbs",
        ],
        "lb·in",
        "N·m",
        0.112_984_829_027_616_7,
        Takes::None,
    ),
    base(
        &["lbf", "lbs", "lb"],
        "lbf",
        "N",
        4.448_221_615_260_5,
        Takes::None,
    ),
    base(&["ozf"], "ozf", "N", 0.278_013_850_953_781_2, Takes::None),
    base(
        &[
            "rpm", "RPM", "min⁻¹", "1/min", "min-1", "min^-1", "r/min", "rev/min",
        ],
        "rpm",
        "Hz",
        1.0 / 60.0,
        Takes::None,
    ),
    base(
        &[
            "°", "º", "deg", "deg.", "Degree", "Degrees", "degree", "degrees",
        ],
        "°",
        "rad",
        DEG,
        Takes::None,
    ),
    base(&["rad"], "rad", "rad", 1.0, Takes::Only("m µ")),
    // Bits are counted, never prefixed (`256 Kbit` is 2¹⁸ bits, not 256 000); bit rates
    // are decimal everywhere (`1 Mbps` = 10⁶ bit/s).
    base(
        &["bit", "bits", "Bit", "Bits", "BIT", "BITS"],
        "bit",
        "bit",
        1.0,
        Takes::None,
    ),
    base(
        &["bps", "bit/s", "b/s"],
        "bit/s",
        "bit/s",
        1.0,
        Takes::Only("k M G"),
    ),
];

static SPECIAL: LazyLock<Vec<(&'static [&'static str], Unit)>> = LazyLock::new(|| {
    let u = |canonical: &str, si: &'static str, factor: f64, offset: f64, family: Family| Unit {
        canonical: canonical.to_string(),
        si,
        factor,
        offset,
        family,
    };
    vec![
        (
            // `oC`/`OC`: a superscript o (or a symbol-font °) that lost its height;
            // `˚C`: the ring above (U+02DA) some fonts print for the degree sign.
            &[
                "°C", "ºC", "˚C", "℃", "° C", "º C", "˚ C", "deg C", "degC", "°c", "oC", "OC",
            ][..],
            u("°C", "K", 1.0, 273.15, Family::Physical),
        ),
        (
            &["°F", "ºF", "˚F", "℉", "° F", "deg F", "degF", "oF"][..],
            u(
                "°F",
                "K",
                5.0 / 9.0,
                273.15 - 32.0 * 5.0 / 9.0,
                Family::Physical,
            ),
        ),
        (
            &["mm²", "mm2", "mm^2", "sq mm", "sq. mm", "qmm"][..],
            u("mm²", "m²", 1e-6, 0.0, Family::Area),
        ),
        (&["cm²", "cm2"][..], u("cm²", "m²", 1e-4, 0.0, Family::Area)),
        (&["m²", "m2"][..], u("m²", "m²", 1.0, 0.0, Family::Area)),
        (
            &["AWG", "awg", "Awg", "AWG/kcmil"][..],
            u("AWG", "", 1.0, 0.0, Family::Awg),
        ),
        (
            &["kcmil", "KCMIL", "kcm", "MCM", "mcm", "kcmils"][..],
            u("kcmil", "m²", 5.067_074_790_974_977e-7, 0.0, Family::Kcmil),
        ),
        (&["dB"][..], u("dB", "", 1.0, 0.0, Family::Decibel)),
        (&["dBm"][..], u("dBm", "", 1.0, 0.0, Family::Decibel)),
        (&["dBc"][..], u("dBc", "", 1.0, 0.0, Family::Decibel)),
        (&["dBV"][..], u("dBV", "", 1.0, 0.0, Family::Decibel)),
        (&["dBFS"][..], u("dBFS", "", 1.0, 0.0, Family::Decibel)),
        (
            &["dBµV", "dBμV", "dBuV"][..],
            u("dBµV", "", 1.0, 0.0, Family::Decibel),
        ),
        (
            &["dB(A)", "dBA"][..],
            u("dB(A)", "", 1.0, 0.0, Family::Decibel),
        ),
        (
            &["LSB", "LSBs"][..],
            u("LSB", "", 1.0, 0.0, Family::Relative),
        ),
        (
            &["LSB/°C", "LSB/ºC", "LSB/℃", "LSB/ °C", "LSB / °C"][..],
            u("LSB/°C", "", 1.0, 0.0, Family::Relative),
        ),
        (
            &["LSB/K", "LSB / K"][..],
            u("LSB/K", "", 1.0, 0.0, Family::Relative),
        ),
        // Percent of full scale: a ratio like any percentage; the canonical spelling keeps
        // what it is a share of.
        (
            &["%FS", "% FS", "%F.S.", "% F.S.", "%FSR", "% FSR"][..],
            u("%FS", "1", 0.01, 0.0, Family::Physical),
        ),
        // Milli-percent (TI's gain errors, `±40 m%`): 10⁻⁵.
        (&["m%"][..], u("m%", "1", 1e-5, 0.0, Family::Physical)),
        (&["mV/V"][..], u("mV/V", "1", 1e-3, 0.0, Family::Physical)),
        (
            &["µV/V", "μV/V", "uV/V"][..],
            u("µV/V", "1", 1e-6, 0.0, Family::Physical),
        ),
        // Acceleration (shock, vibration) and light.
        (
            &["m/s²", "m/s2", "m/s^2", "m/sec²", "m/sec2"][..],
            u("m/s²", "m/s²", 1.0, 0.0, Family::Physical),
        ),
        (&["mcd"][..], u("mcd", "cd", 1e-3, 0.0, Family::Physical)),
        (&["cd"][..], u("cd", "cd", 1.0, 0.0, Family::Physical)),
        (
            &["lx", "Lux", "lux", "LUX"][..],
            u("lx", "lx", 1.0, 0.0, Family::Physical),
        ),
        (&["lm"][..], u("lm", "lm", 1.0, 0.0, Family::Physical)),
        // Temperature rates (reflow ramps): a difference per time, no offset.
        (
            &[
                "°C/s",
                "ºC/s",
                "℃/s",
                "°C/sec",
                "ºC/sec",
                "℃/sec",
                "°C / s",
                "°C/ s",
                "°C/second",
            ][..],
            u("°C/s", "K/s", 1.0, 0.0, Family::Physical),
        ),
        (
            &["K/s", "K/sec"][..],
            u("K/s", "K/s", 1.0, 0.0, Family::Physical),
        ),
        (
            &["°C/min", "ºC/min", "℃/min", "°C / min"][..],
            u("°C/min", "K/s", 1.0 / 60.0, 0.0, Family::Physical),
        ),
        (
            &["K/min"][..],
            u("K/min", "K/s", 1.0 / 60.0, 0.0, Family::Physical),
        ),
        // Fuse melting integral I²t.
        (
            &[
                "A²s", "A2s", "A² s", "A2 s", "A²sec", "A2sec", "A² sec", "A2 sec", "A^2s",
                "A^2 s", "A²·s", "A2·s",
            ][..],
            u("A²s", "A²·s", 1.0, 0.0, Family::Physical),
        ),
        (
            &[
                "%RH",
                "% RH",
                "%rH",
                "% rH",
                "% r.h.",
                "%r.h.",
                "% r. h.",
                "% rel. hum.",
                "%R.H.",
                "% R.H.",
                "%rh",
                "% rh",
            ][..],
            u("%RH", "1", 0.01, 0.0, Family::Physical),
        ),
        (
            &[
                "pcs", "pcs.", "pc", "pc.", "Stück", "Stk", "Stk.", "pieces", "piece", "Pcs", "PCS",
            ][..],
            u("pcs", "", 1.0, 0.0, Family::Count),
        ),
        // Packing quantities: pieces per reel, tray, bag or box (`1600PCS/REEL`).
        (
            &[
                "pcs/reel",
                "pcs / reel",
                "PCS/REEL",
                "Pcs/Reel",
                "pcs/Reel",
                "pieces/reel",
                "pcs per reel",
                "pcs per Reel",
                "pieces per reel",
            ][..],
            u("pcs/reel", "", 1.0, 0.0, Family::Count),
        ),
        (
            &["pcs/tray", "PCS/TRAY", "pieces/tray", "pcs per tray"][..],
            u("pcs/tray", "", 1.0, 0.0, Family::Count),
        ),
        (
            &["pcs/bag", "PCS/BAG", "pieces/bag", "pcs per bag"][..],
            u("pcs/bag", "", 1.0, 0.0, Family::Count),
        ),
        (
            &["pcs/box", "PCS/BOX", "pieces/box", "pcs per box"][..],
            u("pcs/box", "", 1.0, 0.0, Family::Count),
        ),
        (
            &[
                "cycles",
                "Cycles",
                "cycle",
                "mating cycles",
                "Mating cycles",
                "Mating Cycles",
                "switching cycles",
                "Switching cycles",
                "insertion cycles",
            ][..],
            u("cycles", "", 1.0, 0.0, Family::Count),
        ),
        (
            &["operations", "Operations", "operation", "ops."][..],
            u("operations", "", 1.0, 0.0, Family::Count),
        ),
        (
            &["times", "Times"][..],
            u("times", "", 1.0, 0.0, Family::Count),
        ),
        (
            &["poles", "pole", "-pole", "polig", "-polig"][..],
            u("poles", "", 1.0, 0.0, Family::Count),
        ),
    ]
});

/// Suffixes of V and A: spellings and canonical form.
const SUFFIXES: &[(&[&str], &str)] = &[
    (&["AC", "ac", "Ac"], "AC"),
    (&["DC", "dc", "Dc"], "DC"),
    (&["rms", "RMS", "eff"], "rms"),
    (&["p-p", "pp", "PP", "P-P"], "p-p"),
    (&["pk", "Pk", "PK"], "pk"),
    (&["AC/DC", "ac/dc", "AC / DC"], "AC/DC"),
];

/// The spellings → unit map, built once.
static TABLE: LazyLock<Table> = LazyLock::new(build);

/// Builds the unit tables now (see [`crate::warm_up`]).
pub(crate) fn warm_up() {
    LazyLock::force(&TABLE);
    LazyLock::force(&SPECIAL);
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

struct Table {
    map: FastMap<&'static str, Unit>,
    /// Longest spelling in bytes (bounds the match loop).
    longest: usize,
    /// Per first byte, bit `n` set when a spelling of `n` bytes starts with it (a spelling
    /// of 64 bytes or more sets bit 63): [`match_unit`] looks up only the lengths there are.
    lengths: [u64; 256],
}

/// The bit of [`Table::lengths`] for a spelling of `len` bytes.
fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

/// FNV-1a: units are short strings, so a simple hash beats SipHash here.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The pieces joined into one string, sized once: the table holds thousands of generated
/// spellings, built in every run before its first value is read (`format!` costs several
/// times a sized copy).
fn cat(pieces: &[&str]) -> String {
    let mut s = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
    pieces.iter().for_each(|p| s.push_str(p));
    s
}

fn build() -> Table {
    let mut map: FastMap<&'static str, Unit> = FastMap::default();
    // Prefixed spellings first, plain base spellings after, special spellings last: a later
    // insert wins, so `m` is metre (not a prefix of nothing), `mm2` is an area, `min` never
    // becomes milli-inch, and `Pa`/`ppm` stay themselves.
    for b in BASES {
        for &(pre_spellings, pre_canon, pre_factor) in PREFIXES {
            if !b.takes.allows(pre_canon) {
                continue;
            }
            for &ps in pre_spellings {
                for &bs in b.spellings {
                    // Forgiving spellings stay forgiving only in the obvious direction:
                    // `K` as kilo needs an upper-case base (`KV`, `KHz`, `Kg` are fine).
                    let key: &'static str = Box::leak(cat(&[ps, bs]).into_boxed_str());
                    map.entry(key).or_insert_with(|| Unit {
                        canonical: cat(&[pre_canon, b.canonical]),
                        si: b.si,
                        factor: round_sig(pre_factor * b.factor, 15),
                        offset: b.offset,
                        family: b.family,
                    });
                }
            }
        }
    }
    for b in BASES {
        for &bs in b.spellings {
            map.insert(
                bs,
                Unit {
                    canonical: b.canonical.to_string(),
                    si: b.si,
                    factor: b.factor,
                    offset: b.offset,
                    family: b.family,
                },
            );
        }
    }
    compounds(&mut map);
    // Volts and amperes carry a kind suffix (`VAC`, `V DC`, `mVp-p`, `Arms`): the suffix
    // stays in the canonical spelling, the SI unit is plain V or A.
    let electric: Vec<(&'static str, Unit)> = map
        .iter()
        .filter(|(_, u)| (u.si == "V" || u.si == "A") && u.family == Family::Physical)
        .map(|(k, u)| (*k, u.clone()))
        .collect();
    for (spelling, unit) in electric {
        for &(suffixes, canon) in SUFFIXES {
            for &sfx in suffixes {
                for space in ["", " "] {
                    let key: &'static str =
                        Box::leak(cat(&[spelling, space, sfx]).into_boxed_str());
                    map.entry(key).or_insert_with(|| Unit {
                        canonical: cat(&[&unit.canonical, canon]),
                        ..unit.clone()
                    });
                }
            }
        }
    }
    for (spellings, unit) in SPECIAL.iter() {
        for &s in spellings.iter() {
            map.insert(s, unit.clone());
        }
    }
    // Spellings that would be misread through prefix expansion.
    for bad in [
        "min", "mins", "Min", "pin", "nin", "din", "cin", "kin", "Kin",
    ] {
        map.remove(bad);
    }
    map.insert(
        "mins",
        Unit {
            canonical: "min".into(),
            si: "s",
            factor: 60.0,
            offset: 0.0,
            family: Family::Physical,
        },
    );
    let longest = map.keys().map(|k| k.len()).max().unwrap_or(0);
    let mut lengths = [0; 256];
    for k in map.keys() {
        if let Some(&first) = k.as_bytes().first() {
            lengths[usize::from(first)] |= length_bit(k.len());
        }
    }
    Table {
        map,
        longest,
        lengths,
    }
}

/// Compound units of component datasheets, generated from the prefixed volt, ampere and
/// watt spellings already in `map`: rates (`V/µs`, `A/ms`), temperature coefficients
/// (`µV/°C`, `mW/°C`; a temperature difference, so no offset) and noise densities
/// (`nV/√Hz`, `pA/√Hz`). Explicit spellings already in the map win.
fn compounds(map: &mut FastMap<&'static str, Unit>) {
    const TIME: &[(&str, &str, f64)] = &[
        ("s", "s", 1.0),
        ("ms", "ms", 1e-3),
        ("µs", "µs", 1e-6),
        ("μs", "µs", 1e-6),
        ("us", "µs", 1e-6),
        ("ns", "ns", 1e-9),
    ];
    const TEMPERATURE: &[(&str, &str)] = &[
        ("°C", "°C"),
        ("ºC", "°C"),
        ("˚C", "°C"),
        ("℃", "°C"),
        ("K", "K"),
    ];
    const ROOT_HZ: &[&str] = &["√Hz", "√(Hz)", "rtHz", "√ Hz"];
    let numerators: Vec<(&'static str, Unit)> = map
        .iter()
        .filter(|(k, u)| {
            matches!(u.si, "V" | "A" | "W")
                && u.family == Family::Physical
                && !k.contains([' ', '/'])
        })
        .map(|(k, u)| (*k, u.clone()))
        .collect();
    let mut add = |key: String, canonical: String, si: &'static str, factor: f64| {
        let key: &'static str = Box::leak(key.into_boxed_str());
        map.entry(key).or_insert_with(|| Unit {
            canonical,
            si,
            factor: round_sig(factor, 15),
            offset: 0.0,
            family: Family::Physical,
        });
    };
    for (spelling, u) in &numerators {
        let (per_s, per_k, per_root_hz) = match u.si {
            "V" => (Some("V/s"), "V/K", Some("V/√Hz")),
            "A" => (Some("A/s"), "A/K", Some("A/√Hz")),
            _ => (None, "W/K", None),
        };
        if let Some(si) = per_s {
            for &(t, t_canon, t_factor) in TIME {
                add(
                    cat(&[spelling, "/", t]),
                    cat(&[&u.canonical, "/", t_canon]),
                    si,
                    u.factor / t_factor,
                );
            }
        }
        for &(t, t_canon) in TEMPERATURE {
            for sep in ["/", "/ ", " / "] {
                add(
                    cat(&[spelling, sep, t]),
                    cat(&[&u.canonical, "/", t_canon]),
                    per_k,
                    u.factor,
                );
            }
        }
        if let Some(si) = per_root_hz {
            for &r in ROOT_HZ {
                add(
                    cat(&[spelling, "/", r]),
                    cat(&[&u.canonical, "/√Hz"]),
                    si,
                    u.factor,
                );
            }
        }
    }
}

/// Look up an exact spelling (`"mm2"`, `"KV"`); used for unit columns and labels.
pub fn lookup(spelling: &str) -> Option<&'static Unit> {
    TABLE.map.get(spelling.trim())
}

/// Whether `c` may not follow a unit (the unit would be part of a longer word).
fn continues_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '²' || c == '³'
}

/// Match the longest unit spelling at the start of `s`. Returns the unit and bytes used.
/// A match must end at a word boundary: `mm2` matches, `IP20` or `Vibration` do not.
pub fn match_unit(s: &str) -> Option<(&'static Unit, usize)> {
    let table = &*TABLE;
    let mut ends: [usize; 24] = [0; 24];
    let mut n = 0;
    for (i, _) in s.char_indices().skip(1) {
        if i > table.longest || n == ends.len() {
            break;
        }
        ends[n] = i;
        n += 1;
    }
    if s.len() <= table.longest && n < ends.len() {
        ends[n] = s.len();
        n += 1;
    }
    let lengths = s
        .as_bytes()
        .first()
        .map_or(0, |&b| table.lengths[usize::from(b)]);
    for &end in ends[..n].iter().rev() {
        if lengths & length_bit(end) == 0 {
            continue;
        }
        let cand = &s[..end];
        // The boundary is cheap to check, the lookup less so: boundary first.
        let boundary = match s[end..].chars().next() {
            None => true,
            // A unit ending in a letter must not run into a letter or digit (`IP20`,
            // `Vibration`); one ending in a symbol (`%`, `°`) may touch a word (`75%Max.`)
            // but not a digit or superscript.
            Some(c) => {
                !continues_word(c)
                    || (!cand.ends_with(|ch: char| ch.is_alphanumeric())
                        && !c.is_ascii_digit()
                        && c != '²'
                        && c != '³')
            }
        };
        if boundary {
            if let Some(u) = table.map.get(cand) {
                return Some((u, end));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_respect_case() {
        assert_eq!(lookup("mW").unwrap().factor, 1e-3);
        assert_eq!(lookup("MW").unwrap().factor, 1e6);
        assert_eq!(lookup("mA").unwrap().factor, 1e-3);
        assert_eq!(lookup("MA").unwrap().factor, 1e6);
        assert_eq!(lookup("MJ").unwrap().factor, 1e6);
        assert_eq!(lookup("KV").unwrap().canonical, "kV");
        assert_eq!(lookup("uF").unwrap().canonical, "µF");
        assert_eq!(lookup("μF").unwrap().canonical, "µF");
        assert_eq!(lookup("mOhm").unwrap().canonical, "mΩ");
    }

    #[test]
    fn spellings_that_must_not_exist() {
        assert!(
            lookup("min").is_none(),
            "min is a qualifier, not milli-inch"
        );
        assert!(lookup("IP").is_none());
        assert_eq!(lookup("mm2").unwrap().canonical, "mm²");
        assert_eq!(lookup("m").unwrap().canonical, "m");
        assert_eq!(lookup("Pa").unwrap().factor, 1.0);
    }

    #[test]
    fn matching_needs_a_word_boundary() {
        assert_eq!(
            match_unit("mm2 / 20").map(|(u, n)| (u.canonical.as_str(), n)),
            Some(("mm²", 3))
        );
        assert_eq!(
            match_unit("mm / 0.35").map(|(u, n)| (u.canonical.as_str(), n)),
            Some(("mm", 2))
        );
        assert!(match_unit("Vibration").is_none());
        assert_eq!(
            match_unit("ºC to").map(|(u, _)| u.canonical.as_str()),
            Some("°C")
        );
        assert_eq!(
            match_unit("°").map(|(u, _)| u.canonical.as_str()),
            Some("°")
        );
    }

    /// Every SI unit the table converts to is one the record schema lists (`$defs/si_unit`).
    #[test]
    fn si_units_are_in_the_schema() {
        let schema = crate::schema::record_schema();
        let listed: Vec<&str> = schema["$defs"]["si_unit"]["enum"]
            .as_array()
            .expect("si_unit enum")
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        let mut missing: Vec<&str> = TABLE
            .map
            .values()
            .map(|u| u.si)
            .filter(|si| !si.is_empty() && !listed.contains(si))
            .collect();
        missing.sort_unstable();
        missing.dedup();
        assert!(missing.is_empty(), "not in the schema: {missing:?}");
    }

    #[test]
    fn compound_units_are_generated() {
        let cases = [
            ("V/µs", "V/µs", "V/s", 1e6),
            ("kV/us", "kV/µs", "V/s", 1e9),
            ("A/ms", "A/ms", "A/s", 1e3),
            ("μV/°C", "µV/°C", "V/K", 1e-6),
            ("mV / K", "mV/K", "V/K", 1e-3),
            ("mW/℃", "mW/°C", "W/K", 1e-3),
            ("nV/√Hz", "nV/√Hz", "V/√Hz", 1e-9),
            ("pA/rtHz", "pA/√Hz", "A/√Hz", 1e-12),
            ("°C/sec", "°C/s", "K/s", 1.0),
            ("A2s", "A²s", "A²·s", 1.0),
            ("Degrees", "°", "rad", DEG),
            ("Mbps", "Mbit/s", "bit/s", 1e6),
        ];
        for (spelling, canonical, si, factor) in cases {
            let u = lookup(spelling).unwrap_or_else(|| panic!("{spelling}"));
            assert_eq!(
                (u.canonical.as_str(), u.si, u.factor, u.offset),
                (canonical, si, factor, 0.0),
                "{spelling}"
            );
        }
        assert!(lookup("LSB").is_some_and(|u| u.si.is_empty()));
        assert!(lookup("V/°C/V").is_none());
    }

    #[test]
    fn rounding_hides_float_noise() {
        assert_eq!(round_sig(4.0 * 1e-6, 12), 4e-6);
        assert_eq!(round_sig(0.024 * 1e6, 12), 24000.0);
        assert_eq!(round_sig(-35.0 + 273.15, 12), 238.15);
        assert_eq!(round_sig(0.35 * 0.0254, 12), 0.00889);
        assert_eq!(round_sig(1e-12 * 3.3, 12), 3.3e-12);
    }
}
