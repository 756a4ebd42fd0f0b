//! dsx: a hand-written content-stream tokenizer replacing `lopdf::content::Content::decode`.
//!
//! lopdf's nom parser spent about a third of the whole run on content streams (and
//! stopped at the first token it did not understand, dropping the rest of the page). This
//! one makes one pass over the bytes, tolerates junk (an unparsable token is skipped, a
//! malformed number reads as 0), and skips inline image data without decoding it.

use lopdf::content::Operation;
use lopdf::{Dictionary, Object, StringFormat};

/// Nesting limit for arrays, dictionaries and parenthesised strings.
const MAX_DEPTH: usize = 64;

/// All operations of a content stream.
#[cfg(test)]
pub(crate) fn decode(data: &[u8]) -> Vec<Operation> {
    Operations::new(data).collect()
}

/// The operations of a content stream, one at a time (a page of vector art can hold
/// millions; materialising them all took hundreds of megabytes).
pub(crate) struct Operations<'a> {
    lx: Lexer<'a>,
    operands: Vec<Object>,
}

impl<'a> Operations<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Self {
        Operations { lx: Lexer { data, pos: 0 }, operands: Vec::new() }
    }
}

impl Iterator for Operations<'_> {
    type Item = Operation;

    fn next(&mut self) -> Option<Operation> {
        let lx = &mut self.lx;
        loop {
            lx.skip_space();
            let c = *lx.data.get(lx.pos)?;
            if is_regular(c) && !starts_number(c) {
                let word = lx.regular_run();
                match word {
                    b"true" => self.operands.push(Object::Boolean(true)),
                    b"false" => self.operands.push(Object::Boolean(false)),
                    b"null" => self.operands.push(Object::Null),
                    b"BI" => {
                        lx.skip_inline_image();
                        self.operands.clear();
                        return Some(Operation { operator: "BI".into(), operands: Vec::new() });
                    }
                    _ => {
                        let operator = String::from_utf8_lossy(word).into_owned();
                        let operands = std::mem::take(&mut self.operands);
                        return Some(Operation { operator, operands });
                    }
                }
                continue;
            }
            match lx.object(0) {
                Some(obj) => self.operands.push(obj),
                // Unparsable byte (a stray `)`, `>`, `}` …): skip it.
                None => lx.pos += 1,
            }
        }
    }
}

struct Lexer<'a> {
    data: &'a [u8],
    pos: usize,
}

fn is_whitespace(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\0' | b'\x0C')
}

fn is_delimiter(c: u8) -> bool {
    matches!(c, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%')
}

fn is_regular(c: u8) -> bool {
    !is_whitespace(c) && !is_delimiter(c)
}

fn starts_number(c: u8) -> bool {
    c.is_ascii_digit() || matches!(c, b'+' | b'-' | b'.')
}

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

impl<'a> Lexer<'a> {
    fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while let Some(c) = self.peek() {
            if is_whitespace(c) {
                self.pos += 1;
            } else if c == b'%' {
                while let Some(c) = self.peek() {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    fn regular_run(&mut self) -> &'a [u8] {
        let start = self.pos;
        while self.peek().is_some_and(is_regular) {
            self.pos += 1;
        }
        &self.data[start..self.pos]
    }

    /// One operand at the current position (not an operator).
    fn object(&mut self, depth: usize) -> Option<Object> {
        let c = self.peek()?;
        match c {
            b'/' => {
                self.pos += 1;
                Some(Object::Name(self.name_body()))
            }
            b'(' => {
                self.pos += 1;
                Some(Object::String(self.literal_body(), StringFormat::Literal))
            }
            b'<' if self.data.get(self.pos + 1) == Some(&b'<') => {
                self.pos += 2;
                Some(Object::Dictionary(self.dict_body(depth + 1)))
            }
            b'<' => {
                self.pos += 1;
                Some(Object::String(self.hex_body(), StringFormat::Hexadecimal))
            }
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                if depth >= MAX_DEPTH {
                    return None;
                }
                loop {
                    self.skip_space();
                    match self.peek() {
                        None => break,
                        Some(b']') => {
                            self.pos += 1;
                            break;
                        }
                        Some(_) => {
                            if let Some(obj) = self.item(depth + 1) {
                                items.push(obj);
                            }
                        }
                    }
                }
                Some(Object::Array(items))
            }
            c if starts_number(c) => Some(self.number()),
            _ => None,
        }
    }

    /// An element inside an array or dictionary: keywords are values there.
    fn item(&mut self, depth: usize) -> Option<Object> {
        let c = self.peek()?;
        if is_regular(c) && !starts_number(c) {
            return Some(match self.regular_run() {
                b"true" => Object::Boolean(true),
                b"false" => Object::Boolean(false),
                _ => Object::Null,
            });
        }
        let obj = self.object(depth);
        if obj.is_none() {
            self.pos += 1;
        }
        obj
    }

    fn number(&mut self) -> Object {
        let tok = self.regular_run();
        let s = std::str::from_utf8(tok).unwrap_or("");
        if !tok.contains(&b'.') {
            if let Ok(i) = s.parse::<i64>() {
                return Object::Integer(i);
            }
        }
        Object::Real(s.parse::<f32>().unwrap_or(0.0))
    }

    fn name_body(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        while let Some(c) = self.peek() {
            if !is_regular(c) {
                break;
            }
            self.pos += 1;
            if c == b'#' {
                let h = self.data.get(self.pos).copied().and_then(hex_val);
                let l = self.data.get(self.pos + 1).copied().and_then(hex_val);
                if let (Some(h), Some(l)) = (h, l) {
                    out.push(h << 4 | l);
                    self.pos += 2;
                    continue;
                }
            }
            out.push(c);
        }
        out
    }

    fn literal_body(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut depth = 0usize;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                b'(' => {
                    depth += 1;
                    out.push(c);
                }
                b')' => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                    out.push(c);
                }
                b'\\' => {
                    let Some(e) = self.peek() else { break };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(b'\x08'),
                        b'f' => out.push(b'\x0C'),
                        b'0'..=b'7' => {
                            let mut v = u16::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u16::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(v as u8);
                        }
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        other => out.push(other),
                    }
                }
                _ => out.push(c),
            }
        }
        out
    }

    fn hex_body(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut high: Option<u8> = None;
        while let Some(c) = self.peek() {
            self.pos += 1;
            if c == b'>' {
                break;
            }
            if let Some(v) = hex_val(c) {
                match high.take() {
                    Some(h) => out.push(h << 4 | v),
                    None => high = Some(v),
                }
            }
        }
        if let Some(h) = high {
            out.push(h << 4);
        }
        out
    }

    fn dict_body(&mut self, depth: usize) -> Dictionary {
        let mut dict = Dictionary::new();
        if depth >= MAX_DEPTH {
            return dict;
        }
        loop {
            self.skip_space();
            match self.peek() {
                None => break,
                Some(b'>') => {
                    self.pos += 1;
                    if self.peek() == Some(b'>') {
                        self.pos += 1;
                    }
                    break;
                }
                Some(b'/') => {
                    self.pos += 1;
                    let key = self.name_body();
                    self.skip_space();
                    if matches!(self.peek(), Some(b'>') | None) {
                        break;
                    }
                    if let Some(value) = self.item(depth) {
                        dict.set(key, value);
                    }
                }
                Some(_) => {
                    // A value without a key: skip it.
                    if self.item(depth).is_none() && self.peek().is_none() {
                        break;
                    }
                }
            }
        }
        dict
    }

    /// After `BI`: skip the inline image dictionary, `ID`, the data, and `EI`.
    fn skip_inline_image(&mut self) {
        // Dictionary entries up to the `ID` keyword.
        loop {
            self.skip_space();
            match self.peek() {
                None => return,
                Some(c) if is_regular(c) && !starts_number(c) => {
                    if self.regular_run() == b"ID" {
                        break;
                    }
                }
                Some(_) => {
                    if self.object(0).is_none() {
                        self.pos += 1;
                    }
                }
            }
        }
        // One whitespace byte, then binary data up to whitespace `EI` whitespace/end.
        self.pos += 1;
        let d = self.data;
        let mut i = self.pos;
        while i + 1 < d.len() {
            if d[i] == b'E'
                && d[i + 1] == b'I'
                && (i == self.pos || is_whitespace(d[i - 1]))
                && d.get(i + 2).is_none_or(|&c| is_whitespace(c) || is_delimiter(c))
            {
                self.pos = i + 2;
                return;
            }
            i += 1;
        }
        self.pos = d.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_and_operands() {
        let ops = decode(b"BT /F1 12 Tf 1 0 0 1 72.5 -.5 Tm (a\\(b\\)c\\101) Tj [(x) -120 <4142 3>] TJ ET");
        let names: Vec<&str> = ops.iter().map(|o| o.operator.as_str()).collect();
        assert_eq!(names, ["BT", "Tf", "Tm", "Tj", "TJ", "ET"]);
        assert_eq!(ops[1].operands, vec![Object::Name(b"F1".to_vec()), Object::Integer(12)]);
        assert_eq!(ops[2].operands[5], Object::Real(-0.5));
        assert_eq!(ops[3].operands[0], Object::String(b"a(b)cA".to_vec(), StringFormat::Literal));
        let Object::Array(ref a) = ops[4].operands[0] else { panic!() };
        assert_eq!(a[2], Object::String(vec![0x41, 0x42, 0x30], StringFormat::Hexadecimal));
    }

    #[test]
    fn inline_image_and_marked_content() {
        let ops = decode(b"/P <</MCID 3>> BDC BI /W 2 /H 1 /BPC 8 /CS /G ID \x00EI\xff EI Q % c\nq");
        let names: Vec<&str> = ops.iter().map(|o| o.operator.as_str()).collect();
        assert_eq!(names, ["BDC", "BI", "Q", "q"]);
    }
}
