//! Numbers as datasheets print them: decimal point or decimal comma (`4,00`), thousands
//! separators (`10 000`, `1,000`, `10'000`), signs (`-35`, `+85`, `−40`, `–55`),
//! exponents (`1.5E-3`, `10^6`, `10⁶`, `2.2 × 10^-3`).
//!
//! The scanner works on bytes without allocating: the digits are copied into a small stack
//! buffer in Rust float syntax and handed to `str::parse::<f64>`.

/// A number found at the start of a string.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub value: f64,
    /// Bytes of the input it used.
    pub len: usize,
    /// Printed without decimal separator or exponent (`4`, `1,000`, not `4,00`).
    pub integer: bool,
    /// An integer printed with a leading zero (`07`, `001`): a code, not a count.
    pub leading_zero: bool,
    /// Digits printed after the decimal separator (`0.35` → 2): the printed precision.
    pub decimals: u8,
    /// Whether it was printed with a sign.
    pub signed: bool,
}

impl Number {
    /// Half a unit in the last printed digit: how far the printed value may be from the truth.
    pub fn half_ulp(&self) -> f64 {
        0.5 * 10f64.powi(-i32::from(self.decimals))
    }
}

const SUPERSCRIPT: [(char, u8); 10] = [
    ('⁰', b'0'),
    ('¹', b'1'),
    ('²', b'2'),
    ('³', b'3'),
    ('⁴', b'4'),
    ('⁵', b'5'),
    ('⁶', b'6'),
    ('⁷', b'7'),
    ('⁸', b'8'),
    ('⁹', b'9'),
];

fn superscript_digit(c: char) -> Option<u8> {
    SUPERSCRIPT.iter().find(|(s, _)| *s == c).map(|&(_, d)| d)
}

/// A minus sign as printed: ASCII hyphen, U+2212 minus, an en dash used as a sign, or the
/// Unicode hyphens (U+2010, U+2011) that some PDF fonts map their hyphen glyph to.
pub fn minus_len(s: &str) -> usize {
    if s.starts_with('-') {
        1
    } else if s.starts_with(['−', '–', '‐', '‑']) {
        3
    } else {
        0
    }
}

struct Buf {
    bytes: [u8; 64],
    len: usize,
}

impl Buf {
    fn push(&mut self, b: u8) -> bool {
        if self.len == self.bytes.len() {
            return false;
        }
        self.bytes[self.len] = b;
        self.len += 1;
        true
    }
    fn as_str(&self) -> &str {
        // Only ASCII digits, '-', '.', 'e' are ever pushed.
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

fn is_digit(b: Option<&u8>) -> bool {
    b.is_some_and(u8::is_ascii_digit)
}

/// Length of a thousands separator at `i` (space, no-break space, thin spaces, `,`, `'`).
fn group_sep_len(s: &[u8], i: usize) -> usize {
    match s.get(i) {
        Some(b' ' | b',' | b'\'') => 1,
        Some(0xC2) if s.get(i + 1) == Some(&0xA0) => 2,
        Some(0xE2) if s.get(i + 1) == Some(&0x80) && matches!(s.get(i + 2), Some(0x89 | 0xAF)) => 3,
        _ => 0,
    }
}

/// Whether exactly three digits start at `i` and no digit (or decimal-point digit run
/// that would make the group ambiguous) follows them.
fn is_group(s: &[u8], i: usize) -> bool {
    is_digit(s.get(i))
        && is_digit(s.get(i + 1))
        && is_digit(s.get(i + 2))
        && !is_digit(s.get(i + 3))
}

/// Scan a number at the start of `s`. `allow_sign` lets a leading `-`/`+`/`−`/`–` count
/// as a sign (the caller knows whether a dash here would rather be a range separator).
pub fn scan(s: &str, allow_sign: bool) -> Option<Number> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut buf = Buf {
        bytes: [0; 64],
        len: 0,
    };
    let mut signed = false;
    if allow_sign {
        let m = minus_len(s);
        let starts_number =
            |j: usize| is_digit(b.get(j)) || (b.get(j) == Some(&b'.') && is_digit(b.get(j + 1)));
        if m > 0 && starts_number(m) {
            buf.push(b'-');
            i = m;
            signed = true;
        } else if b.first() == Some(&b'+') && starts_number(1) {
            i = 1;
            signed = true;
        }
    }
    let int_start = i;
    while is_digit(b.get(i)) {
        buf.push(b[i]);
        i += 1;
    }
    let int_digits = i - int_start;
    let mut integer = true;
    let mut decimals = 0u8;
    if int_digits == 0 {
        // `.150` (a leading-dot decimal)
        if b.get(i) == Some(&b'.') && is_digit(b.get(i + 1)) {
            buf.push(b'0');
        } else {
            return None;
        }
    }
    let leading_zero = int_digits > 1 && b[int_start] == b'0';
    // Thousands groups: only after 1-3 leading digits without a leading zero.
    let mut group_sep: Option<u8> = None;
    if (1..=3).contains(&int_digits) && b[int_start] != b'0' {
        loop {
            let mut n = group_sep_len(b, i);
            // `10.000.000`: dots group thousands only when two groups follow (one dot
            // group alone is a decimal point: `1.000` is one).
            if n == 0
                && b.get(i) == Some(&b'.')
                && (group_sep == Some(b'.') || (b.get(i + 4) == Some(&b'.') && is_group(b, i + 5)))
            {
                n = 1;
            }
            if n == 0 || !is_group(b, i + n) {
                break;
            }
            let sep = b[i];
            if group_sep.is_some_and(|g| g != sep) {
                break;
            }
            if sep == b',' {
                // `1,000` is a thousands group unless a decimal comma follows later
                // (`1,000,5` is nonsense either way).
                if b.get(i + n + 3) == Some(&b',') && !is_group(b, i + n + 4) {
                    break;
                }
            }
            if sep == b' ' || sep == 0xC2 || sep == 0xE2 {
                // A space group must not be the start of the next number of a list
                // (`100 200 mA`): accept only when a separator-free number follows.
                if b.get(i + n + 3) == Some(&b'.') || b.get(i + n + 3) == Some(&b',') {
                    break;
                }
            }
            group_sep = Some(sep);
            for k in 0..3 {
                buf.push(b[i + n + k]);
            }
            i += n + 3;
        }
    }
    // Decimal separator: `.` always; `,` when no comma grouped thousands.
    let dec = b.get(i).copied();
    if ((dec == Some(b'.') && group_sep != Some(b'.'))
        || (dec == Some(b',') && group_sep != Some(b',')))
        && is_digit(b.get(i + 1))
    {
        integer = false;
        buf.push(b'.');
        i += 1;
        while is_digit(b.get(i)) {
            buf.push(b[i]);
            decimals = decimals.saturating_add(1);
            i += 1;
        }
    }
    // Exponent: `E-3`, `e+6`.
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        let mut exp_neg = false;
        match b.get(j) {
            Some(b'-') => {
                exp_neg = true;
                j += 1
            }
            Some(b'+') => j += 1,
            _ => {}
        }
        if is_digit(b.get(j)) {
            buf.push(b'e');
            if exp_neg {
                buf.push(b'-');
            }
            while is_digit(b.get(j)) {
                buf.push(b[j]);
                j += 1;
            }
            integer = false;
            i = j;
        }
    }
    let mut value: f64 = buf.as_str().parse().ok()?;
    // `× 10^6`, `x10^-3`, `·10⁶`, or a bare `10^6` / `10⁶`.
    let mantissa_is_ten = int_digits == 2 && &b[int_start..int_start + 2] == b"10" && integer;
    if let Some((exp, used)) = power_of_ten(&s[i..], mantissa_is_ten) {
        value = if mantissa_is_ten && used.1 {
            if signed && value < 0.0 {
                -(10f64.powi(exp))
            } else {
                10f64.powi(exp)
            }
        } else {
            value * 10f64.powi(exp)
        };
        integer = false;
        i += used.0;
    }
    if !value.is_finite() {
        return None;
    }
    Some(Number {
        value,
        len: i,
        integer,
        leading_zero,
        decimals,
        signed,
    })
}

/// After a mantissa: `^6`, `⁶` (only when the mantissa is `10`), or `× 10^6`, `x10⁻³`.
/// Returns the exponent and (bytes used, whether the mantissa itself was the base 10).
fn power_of_ten(s: &str, mantissa_is_ten: bool) -> Option<(i32, (usize, bool))> {
    if mantissa_is_ten {
        if let Some((e, n)) = exponent(s) {
            return Some((e, (n, true)));
        }
    }
    let t = s.trim_start_matches(' ');
    let skipped = s.len() - t.len();
    let rest = t
        .strip_prefix('×')
        .or_else(|| t.strip_prefix('x'))
        .or_else(|| t.strip_prefix('·'))
        .or_else(|| t.strip_prefix('*'))?;
    let r2 = rest.trim_start_matches(' ');
    let r3 = r2.strip_prefix("10")?;
    let (e, n) = exponent(r3)?;
    let used = skipped + (t.len() - rest.len()) + (rest.len() - r2.len()) + 2 + n;
    Some((e, (used, false)))
}

/// `^6`, `^-3`, `^(-3)`, `⁶`, `⁻³`: an exponent and the bytes it used.
fn exponent(s: &str) -> Option<(i32, usize)> {
    if let Some(rest) = s.strip_prefix('^') {
        let inner = rest.strip_prefix('(').unwrap_or(rest);
        let paren = inner.len() != rest.len();
        let (neg, digits) = match inner.strip_prefix('-').or_else(|| inner.strip_prefix('−')) {
            Some(d) => (true, d),
            None => (false, inner.strip_prefix('+').unwrap_or(inner)),
        };
        let n = digits.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 3 {
            return None;
        }
        let e: i32 = digits[..n].parse().ok()?;
        let mut used = 1 + (inner.len() - digits.len()) + n;
        if paren {
            if !digits[n..].starts_with(')') {
                return None;
            }
            used += 2;
        }
        return Some((if neg { -e } else { e }, used));
    }
    let mut used = 0;
    let mut neg = false;
    let mut e: i32 = 0;
    let mut any = false;
    for c in s.chars() {
        if c == '⁻' && !any && !neg {
            neg = true;
        } else if let Some(d) = superscript_digit(c) {
            e = e.checked_mul(10)?.checked_add(i32::from(d - b'0'))?;
            any = true;
        } else {
            break;
        }
        used += c.len_utf8();
    }
    if !any || e > 400 {
        return None;
    }
    Some((if neg { -e } else { e }, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Option<(f64, usize)> {
        scan(s, true).map(|n| (n.value, n.len))
    }

    #[test]
    fn numbers_as_printed() {
        let cases: &[(&str, Option<(f64, usize)>)] = &[
            ("4,00 mm²", Some((4.0, 4))),
            ("2,5 kV", Some((2.5, 3))),
            ("10 000 h", Some((10000.0, 6))),
            ("1,000 pcs", Some((1000.0, 5))),
            ("3,000 rpm", Some((3000.0, 5))),
            ("0,500", Some((0.5, 5))),
            ("-35 ...", Some((-35.0, 3))),
            ("+85 °C", Some((85.0, 3))),
            ("−40", Some((-40.0, 5))),
            ("–55ºC", Some((-55.0, 5))),
            ("1.5E-3", Some((1.5e-3, 6))),
            ("10^6", Some((1e6, 4))),
            ("10⁶", Some((1e6, 5))),
            ("2.2 × 10^-3", Some((2.2e-3, 12))),
            (".150 sec", Some((0.15, 4))),
            ("12", Some((12.0, 2))),
            ("10'000", Some((10000.0, 6))),
            ("10.000.000 operations", Some((1e7, 10))),
            ("1.000.000,5", Some((1000000.5, 11))),
            ("1.000 V", Some((1.0, 5))),
            ("1,000.5", Some((1000.5, 7))),
            ("IP20", None),
            ("-", None),
            (".", None),
        ];
        for (s, want) in cases {
            assert_eq!(v(s), *want, "{s}");
        }
    }

    #[test]
    fn precision_and_codes() {
        let n = scan("0.35", false).unwrap();
        assert_eq!(n.decimals, 2);
        assert!(!n.integer);
        assert!(scan("07", false).unwrap().leading_zero);
        assert!(scan("4", false).unwrap().integer);
        assert_eq!(scan("-4", false), None);
    }
}
