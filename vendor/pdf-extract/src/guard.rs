// dsx: limits against hostile input (not in upstream pdf-extract).
//
// A small PDF can ask a reader for unbounded work: a Flate bomb, a predictor row of
// 2 GB, a ToUnicode range over all 2^32 codes, a Form XObject that draws itself, objects
// nested 40,000 deep. These checks make each of them a clear error (or a clamp with a
// note) before memory or stack is spent. The decoding budget and the notes live in
// thread-local state that `Processor::new` resets: one document at a time per thread.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::io::Read;

use lopdf::{DecompressError, Dictionary, Error as PdfError, Object, Stream};

/// The most one stream may decode to (content streams, Form XObjects, fonts, CMaps).
/// The corpus's largest is 8.4 MB.
pub const MAX_STREAM_DECODED: usize = 32 << 20;

/// The most the distinct streams of one document may decode to in all (each stream is
/// counted once, however often it is drawn). The corpus's largest total is 49 MB.
pub const MAX_DOCUMENT_DECODED: usize = 512 << 20;

/// The longest predictor row (`/Columns` × `/Colors` × `/BitsPerComponent` / 8) a stream
/// may declare; a row is allocated before any data is read.
pub const MAX_PREDICTOR_ROW: usize = 1 << 20;

/// How deep Form XObjects may draw Form XObjects.
pub const MAX_XOBJECT_DEPTH: usize = 32;

/// How many graphics states one content stream may save at once (`q` without its `Q`);
/// the saves beyond are counted, not kept.
pub const MAX_SAVED_STATES: usize = 1024;

/// How deep arrays, dictionaries and literal strings may nest, in a file's objects or in
/// a CMap (lopdf's own parser stops at 100; real files stay below 10).
pub const MAX_NESTING: usize = 64;

/// The most codes one `bfrange` of a ToUnicode CMap may map (the codes of a two-byte
/// code space); a wider range is clamped.
pub const MAX_CMAP_RANGE: u32 = 1 << 16;

/// The most codes one ToUnicode CMap may map in all; the rest is ignored.
pub const MAX_CMAP_ENTRIES: usize = 1 << 20;

/// The widest `c_first c_last w` range of a CID font's `/W` array (CIDs are below 2^16).
pub const MAX_CID_RANGE: i64 = 1 << 16;

/// Something the reader skipped or clamped, for the caller's diagnostics.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// A stable snake_case code: `content_undecodable`, `cmap_range_clamped`,
    /// `cmap_too_deep`, `cid_width_range_clamped`, `graphics_states_clamped`.
    pub code: &'static str,
    pub message: String,
}

#[derive(Default)]
struct State {
    /// Bytes decoded so far by distinct streams.
    decoded: usize,
    /// Streams already charged (by address; they live in the document).
    charged: HashSet<usize>,
    notes: Vec<Note>,
    /// A limit met where no error can be returned (inside font parsing): the page fails
    /// with this message when it ends.
    tripped: Option<String>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Start a new document.
pub(crate) fn reset() {
    STATE.with(|s| *s.borrow_mut() = State::default());
}

pub(crate) fn note(code: &'static str, message: String) {
    STATE.with(|s| s.borrow_mut().notes.push(Note { code, message }));
}

/// The notes recorded since the last call.
pub(crate) fn take_notes() -> Vec<Note> {
    STATE.with(|s| std::mem::take(&mut s.borrow_mut().notes))
}

pub(crate) fn trip(message: String) {
    STATE.with(|s| {
        s.borrow_mut().tripped.get_or_insert(message);
    });
}

/// The limit met since the last call, if any.
pub(crate) fn take_tripped() -> Option<String> {
    STATE.with(|s| s.borrow_mut().tripped.take())
}

/// Why a stream could not be decoded.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum DecodeError {
    /// Past one of the limits above: the message says which.
    Limit(String),
    /// lopdf could not decode the data (an unknown filter, bad ASCII85, …).
    Corrupt(String),
    /// The data decoded to nothing (corrupt Flate data: lopdf only logs the error).
    Empty(String),
}

impl DecodeError {
    /// Why the data did not decode, for a note.
    pub(crate) fn why(&self) -> &str {
        match self {
            DecodeError::Limit(m) | DecodeError::Corrupt(m) | DecodeError::Empty(m) => m,
        }
    }
}

/// Decode a stream under [`MAX_STREAM_DECODED`], [`MAX_DOCUMENT_DECODED`] and
/// [`MAX_PREDICTOR_ROW`]. Flate data that decodes to nothing because it is corrupt is
/// [`DecodeError::Empty`] (lopdf only logs a Flate error and returns what it got).
pub(crate) fn decode(stream: &Stream) -> Result<Vec<u8>, DecodeError> {
    let filters = match stream.filters() {
        Ok(f) if !f.is_empty() => f,
        _ => return Ok(stream.content.clone()),
    };
    check_predictors(stream, filters.len())?;
    let key = stream as *const Stream as usize;
    let (charged, decoded) = STATE.with(|s| {
        let s = s.borrow();
        (s.charged.contains(&key), s.decoded)
    });
    let remaining = MAX_DOCUMENT_DECODED.saturating_sub(decoded);
    let limit = if charged { MAX_STREAM_DECODED } else { MAX_STREAM_DECODED.min(remaining) };
    let data = match stream.decompressed_content_with_limit(limit) {
        Ok(data) => data,
        Err(PdfError::Decompress(DecompressError::MemoryLimitExceeded { .. })) => {
            return Err(DecodeError::Limit(if limit == MAX_STREAM_DECODED {
                format!("a stream decompresses to more than {} MiB", MAX_STREAM_DECODED >> 20)
            } else {
                format!(
                    "the document's streams decompress to more than {} MiB in all",
                    MAX_DOCUMENT_DECODED >> 20
                )
            }))
        }
        Err(e) => return Err(DecodeError::Corrupt(format!("{} ({})", e, names(&filters)))),
    };
    if data.is_empty() && stream.content.iter().any(|b| !b.is_ascii_whitespace()) {
        if let Some(why) = flate_error(stream, &filters) {
            return Err(DecodeError::Empty(why));
        }
    }
    if !charged {
        STATE.with(|s| {
            let mut s = s.borrow_mut();
            s.charged.insert(key);
            s.decoded += data.len();
        });
    }
    Ok(data)
}

fn names(filters: &[&[u8]]) -> String {
    filters.iter().map(|f| format!("/{}", String::from_utf8_lossy(f))).collect::<Vec<_>>().join(" ")
}

/// Why Flate data gave nothing, or `None` when it is a well-formed empty stream (8 bytes
/// of zlib) or not Flate data (other decoders report their errors).
fn flate_error(stream: &Stream, filters: &[&[u8]]) -> Option<String> {
    if filters.first() != Some(&&b"FlateDecode"[..]) {
        return None;
    }
    let mut sink = [0u8; 4096];
    let mut z = flate2::read::ZlibDecoder::new(&stream.content[..]);
    loop {
        match z.read(&mut sink) {
            Ok(0) => return None,
            Ok(_) => continue,
            Err(e) => return Some(format!("/FlateDecode: {e} ({} bytes of data)", stream.content.len())),
        }
    }
}

/// Reject a predictor row longer than [`MAX_PREDICTOR_ROW`] before anything is decoded.
fn check_predictors(stream: &Stream, filters: usize) -> Result<(), DecodeError> {
    let params: Vec<&Dictionary> = match stream.dict.get(b"DecodeParms") {
        Ok(Object::Dictionary(d)) => vec![d],
        Ok(Object::Array(a)) => a.iter().take(filters).filter_map(|o| o.as_dict().ok()).collect(),
        _ => return Ok(()),
    };
    for p in params {
        let predictor = p.get(b"Predictor").and_then(Object::as_i64).unwrap_or(1);
        if predictor < 2 {
            continue;
        }
        let get = |key: &[u8]| p.get(key).and_then(Object::as_i64).unwrap_or(1).max(1) as u128;
        let (columns, colors, bits) = (get(b"Columns"), get(b"Colors"), get(b"BitsPerComponent"));
        let bits = if p.has(b"BitsPerComponent") { bits } else { 8 };
        let row = (columns * colors * bits).div_ceil(8);
        if row > MAX_PREDICTOR_ROW as u128 {
            return Err(DecodeError::Limit(format!(
                "a predictor row of {row} bytes (/Columns {columns}) is longer than {} MiB",
                MAX_PREDICTOR_ROW >> 20
            )));
        }
    }
    Ok(())
}

/// The byte offset where arrays, dictionaries or literal strings first nest deeper than
/// `limit`, or `None`. Comments, hexadecimal strings and stream data are skipped; the
/// depth starts again at each `obj` and `endobj`, so a damaged object does not carry its
/// open brackets into the next. Linear in the input, no allocation.
pub fn nesting_beyond(bytes: &[u8], limit: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    let n = bytes.len();
    while i < n {
        let c = bytes[i];
        match c {
            b'%' => {
                while i < n && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
                continue;
            }
            b'(' => {
                // A literal string: its parentheses nest too (lopdf and the CMap
                // parser recurse on them).
                let mut inner = 0usize;
                while i < n {
                    match bytes[i] {
                        b'\\' => i += 1,
                        b'(' => {
                            inner += 1;
                            if depth + inner > limit {
                                return Some(i);
                            }
                        }
                        b')' => {
                            inner -= 1;
                            if inner == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            b'<' if bytes.get(i + 1) == Some(&b'<') => {
                depth += 1;
                if depth > limit {
                    return Some(i);
                }
                i += 1;
            }
            b'<' => {
                while i < n && bytes[i] != b'>' {
                    i += 1;
                }
            }
            b'>' if bytes.get(i + 1) == Some(&b'>') => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b'[' => {
                depth += 1;
                if depth > limit {
                    return Some(i);
                }
            }
            b']' => depth = depth.saturating_sub(1),
            b'/' => {
                // A name (`/stream` is not the keyword).
                i += 1;
                while i < n && is_regular(bytes[i]) {
                    i += 1;
                }
                continue;
            }
            b'o' | b's' | b'e' if i == 0 || !is_regular(bytes[i - 1]) => {
                let start = i;
                while i < n && is_regular(bytes[i]) {
                    i += 1;
                }
                match &bytes[start..i] {
                    b"obj" | b"endobj" => depth = 0,
                    b"stream" => {
                        // Binary data up to `endstream` (its /Length may be wrong).
                        match find(&bytes[i..], b"endstream") {
                            Some(at) => i += at + b"endstream".len(),
                            None => return None,
                        }
                        depth = 0;
                    }
                    _ => {}
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// A ToUnicode CMap's code → UTF-16BE map, as `adobe_cmap_parser::get_unicode_map`
/// builds it, but with each `bfrange` clamped to [`MAX_CMAP_RANGE`] codes, at most
/// [`MAX_CMAP_ENTRIES`] codes in all, and the nesting checked before the (recursive)
/// parser sees it. `Ok(None)`: too deeply nested to parse (noted).
pub(crate) fn to_unicode_cmap(input: &[u8]) -> Result<Option<HashMap<u32, Vec<u8>>>, &'static str> {
    use adobe_cmap_parser::Value;
    if let Some(at) = nesting_beyond(input, MAX_NESTING) {
        note(
            "cmap_too_deep",
            format!("a ToUnicode CMap nests deeper than {MAX_NESTING} at byte {at}; it is not read"),
        );
        return Ok(None);
    }
    let code = |v: &Value| match v {
        Value::LiteralString(s) => Ok(s.iter().fold(0u32, |c, b| (c << 8) | *b as u32)),
        _ => Err("beginbfrange exected hexstring"),
    };
    let lexed = adobe_cmap_parser::parse(input).expect("failed to parse");
    let mut map = HashMap::new();
    let mut entries = 0usize;
    let mut full = false;
    let mut i = 0;
    while i < lexed.len() {
        let op = match &lexed[i] {
            Value::Operator(o) => o.as_str(),
            _ => {
                i += 1;
                continue;
            }
        };
        let count = match (op, i.checked_sub(1).map(|j| &lexed[j])) {
            ("beginbfchar" | "beginbfrange", Some(Value::Integer(c))) => *c,
            ("beginbfchar", _) => return Err("beginbfchar exected int"),
            ("beginbfrange", _) => return Err("beginbfrange exected int"),
            _ => {
                i += 1;
                continue;
            }
        };
        i += 1;
        for _ in 0..count {
            let item = |k: usize| lexed.get(i + k).ok_or("CMap ends inside a mapping");
            if op == "beginbfchar" {
                let from = code(item(0)?).map_err(|_| "beginbfchar exected hexstring")?;
                let Value::LiteralString(to) = item(1)? else { return Err("beginbfchar exected hexstring") };
                if entries < MAX_CMAP_ENTRIES {
                    map.insert(from, to.clone());
                    entries += 1;
                } else {
                    full = true;
                }
                i += 2;
                continue;
            }
            let (lo, hi) = (code(item(0)?)?, code(item(1)?)?);
            if hi < lo {
                i += 3;
                continue;
            }
            let codes = (hi as u64 + 1).saturating_sub(lo as u64);
            let mut last = hi;
            if codes > MAX_CMAP_RANGE as u64 {
                last = lo + (MAX_CMAP_RANGE - 1);
                note(
                    "cmap_range_clamped",
                    format!(
                        "a ToUnicode bfrange <{lo:0w$X}>..<{hi:0w$X}> maps {codes} codes; only the first {MAX_CMAP_RANGE} are read",
                        w = if hi > 0xFFFF { 8 } else { 4 }
                    ),
                );
            }
            let room = MAX_CMAP_ENTRIES - entries;
            if (last as u64 + 1).saturating_sub(lo as u64) > room as u64 {
                full = true;
                if room == 0 {
                    i += 3;
                    continue;
                }
                last = lo + (room as u32 - 1);
            }
            match item(2)? {
                Value::LiteralString(start) => match start.len() {
                    4 => {
                        let val = code(item(2)?)?;
                        for c in lo..=last {
                            map.insert(c, val.wrapping_add(c - lo).to_be_bytes().to_vec());
                        }
                    }
                    2 => {
                        let val = code(item(2)?)? as u16;
                        for c in lo..=last {
                            map.insert(c, val.wrapping_add((c - lo) as u16).to_be_bytes().to_vec());
                        }
                    }
                    _ => panic!("bad length of hexstring"),
                },
                Value::Array(strings) => {
                    if codes != strings.len() as u64 {
                        return Err("bad length of array");
                    }
                    for (c, s) in (lo..=last).zip(strings) {
                        let Value::LiteralString(s) = s else { return Err("beginbfrange exected hexstring") };
                        map.insert(c, s.clone());
                    }
                }
                _ => return Err("beginbfrange exected array or literal"),
            }
            entries += (last - lo) as usize + 1;
            i += 3;
        }
        i += 1;
    }
    if full {
        note(
            "cmap_range_clamped",
            format!("a ToUnicode CMap maps more than {MAX_CMAP_ENTRIES} codes; the rest are not read"),
        );
    }
    Ok(Some(map))
}

fn is_regular(c: u8) -> bool {
    !(c.is_ascii_whitespace() || c == 0 || b"()<>[]{}/%".contains(&c))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle[0];
    let mut from = 0;
    while let Some(p) = haystack[from..].iter().position(|&b| b == first) {
        let at = from + p;
        if haystack[at..].starts_with(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmap(body: &str) -> Vec<u8> {
        format!(
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap \
             1 begincodespacerange <0000> <FFFF> endcodespacerange {body} endcmap end end"
        )
        .into_bytes()
    }

    #[test]
    fn tounicode_ranges() {
        take_notes();
        // chars, a range with a start string, a range with an array: as the parser read them
        let map = to_unicode_cmap(&cmap(
            "1 beginbfchar <0001> <0041> endbfchar \
             2 beginbfrange <0010> <0012> <0061> <0020> <0021> [<0058> <0059>] endbfrange",
        ))
        .unwrap()
        .unwrap();
        assert_eq!(map[&1], vec![0, 0x41]);
        assert_eq!(map[&0x12], vec![0, 0x63]);
        assert_eq!(map[&0x21], vec![0, 0x59]);
        assert_eq!(map.len(), 6);
        assert!(take_notes().is_empty());
        // a range over all codes: its first 65536, with a note
        let map = to_unicode_cmap(&cmap("1 beginbfrange <00000000> <FFFFFFFF> <0000> endbfrange"))
            .unwrap()
            .unwrap();
        assert_eq!(map.len(), MAX_CMAP_RANGE as usize);
        let notes = take_notes();
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].code, "cmap_range_clamped");
        // many ranges: MAX_CMAP_ENTRIES codes in all
        let ranges: String = (0..20u32)
            .map(|i| format!("<{:08X}> <{:08X}> <0000> ", i << 16, (i << 16) | 0xFFFF))
            .collect();
        let map = to_unicode_cmap(&cmap(&format!("20 beginbfrange {ranges} endbfrange")))
            .unwrap()
            .unwrap();
        assert_eq!(map.len(), MAX_CMAP_ENTRIES);
        assert!(take_notes().iter().any(|n| n.message.contains("more than")));
        // a range whose end is below its start maps nothing
        let map = to_unicode_cmap(&cmap("1 beginbfrange <0010> <0001> <0041> endbfrange"))
            .unwrap()
            .unwrap();
        assert!(map.is_empty());
        // nested too deep for the recursive parser: not read, with a note
        let deep = cmap(&format!("{}{}", "[".repeat(100), "]".repeat(100)));
        assert_eq!(to_unicode_cmap(&deep).unwrap(), None);
        assert_eq!(take_notes()[0].code, "cmap_too_deep");
    }

    #[test]
    fn nesting() {
        let deep = |open: &str, close: &str, n: usize| {
            let mut s = b"1 0 obj\n<< /K ".to_vec();
            s.extend(open.repeat(n).bytes());
            s.extend(close.repeat(n).bytes());
            s.extend(b" >>\nendobj\n");
            s
        };
        assert_eq!(nesting_beyond(&deep("[", "]", 63), 64), None);
        assert!(nesting_beyond(&deep("[", "]", 64), 64).is_some());
        assert!(nesting_beyond(&deep("<</K ", ">>", 64), 64).is_some());
        assert!(nesting_beyond(&deep("(", ")", 64), 64).is_some());
        // brackets inside strings, comments, hex strings and stream data do not count
        let mut s = b"1 0 obj << /S (\\( [[[[ \\)) /H <5B5B> >> % [[[[[\n".to_vec();
        s.extend(b"stream\n");
        s.extend(b"[".repeat(1000));
        s.extend(b"\nendstream endobj");
        assert_eq!(nesting_beyond(&s, 4), None);
        // a damaged object's open brackets end at the next object
        let mut s = b"1 0 obj [[[[ endobj 2 0 obj [[[[ ]]]] endobj".to_vec();
        assert_eq!(nesting_beyond(&s, 4), None);
        s.extend(b" [[[[[");
        assert!(nesting_beyond(&s, 4).is_some());
    }
}
