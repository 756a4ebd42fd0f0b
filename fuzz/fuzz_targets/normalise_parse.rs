//! Fuzz `dsx::normalise::parse`: any bytes that are UTF-8, split into a value and a label
//! at the first tab, must parse without panicking, and the result must serialise.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let (raw, label) = match s.split_once('\t') {
        Some((r, l)) => (r, Some(l)),
        None => (s, None),
    };
    let parsed = dsx::normalise::parse(raw, label);
    let _ = serde_json::to_string(&parsed.value);
});
