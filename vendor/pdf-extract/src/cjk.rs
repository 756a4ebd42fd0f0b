// dsx: predefined CMaps and CID → Unicode for Adobe's CJK character collections
// (ISO 32000-1, 9.7.5.2 and 9.10.2), from Adobe's cmap-resources (BSD-3-Clause, see
// ../cmaps/LICENSE.md), gzip-compressed in ../cmaps/ and parsed once on first use.
//
// - A Type0 font whose /Encoding names a predefined CMap (`GBK-EUC-H`, `90ms-RKSJ-H`,
//   `UniJIS-UTF16-H`, …) maps its character codes to CIDs through that CMap.
// - A CID font with no /ToUnicode (or one that misses a code) whose CIDSystemInfo names
//   Adobe-Japan1, -GB1, -CNS1 or -Korea1 maps CIDs to Unicode through the collection's
//   `Uni*-UTF16-H` CMap, inverted, as poppler does with poppler-data.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

use adobe_cmap_parser::{ByteMapping, CIDRange, CodeRange};
use unicode_normalization::UnicodeNormalization;

const GBK_EUC_H: &[u8] = include_bytes!("../cmaps/GBK-EUC-H.gz");
const RKSJ_90MS_H: &[u8] = include_bytes!("../cmaps/90ms-RKSJ-H.gz");
const UNI_JIS: &[u8] = include_bytes!("../cmaps/UniJIS-UTF16-H.gz");
const UNI_GB: &[u8] = include_bytes!("../cmaps/UniGB-UTF16-H.gz");
const UNI_CNS: &[u8] = include_bytes!("../cmaps/UniCNS-UTF16-H.gz");
const UNI_KS: &[u8] = include_bytes!("../cmaps/UniKS-UTF16-H.gz");
const ROMAN: &[u8] = include_bytes!("../cmaps/Roman.gz");
const ETEN_B5_H: &[u8] = include_bytes!("../cmaps/ETen-B5-H.gz");
const KSCMS_UHC_H: &[u8] = include_bytes!("../cmaps/KSCms-UHC-H.gz");

fn gunzip(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(data)
        .read_to_end(&mut out)
        .expect("embedded CMap is valid gzip");
    out
}

/// The embedded data of a predefined CMap, by the name a font's /Encoding gives. A
/// vertical (`-V`) CMap reads as its horizontal one: only vertical glyph variants differ,
/// and they carry the same characters.
fn predefined_data(name: &str) -> Option<&'static [u8]> {
    let h = name.strip_suffix("-V").map_or(name.to_string(), |s| format!("{s}-H"));
    Some(match h.as_str() {
        "GBK-EUC-H" => GBK_EUC_H,
        "90ms-RKSJ-H" => RKSJ_90MS_H,
        "ETen-B5-H" => ETEN_B5_H,
        "KSCms-UHC-H" => KSCMS_UHC_H,
        "UniJIS-UTF16-H" => UNI_JIS,
        "UniGB-UTF16-H" => UNI_GB,
        "UniCNS-UTF16-H" => UNI_CNS,
        "UniKS-UTF16-H" => UNI_KS,
        _ => return None,
    })
}

/// Whether `name` is a predefined CMap this build carries.
pub fn has_predefined(name: &str) -> bool {
    predefined_data(name).is_some()
}

/// The code → CID mapping of a predefined CMap.
pub fn predefined_cmap(name: &str) -> Option<ByteMapping> {
    let parsed = parse(&gunzip(predefined_data(name)?));
    Some(ByteMapping {
        codespace: parsed.codespace,
        cid: parsed.cids,
    })
}

/// CID → Unicode for an Adobe collection (`Japan1`, `GB1`, `CNS1`, `Korea1`).
pub fn cid_to_unicode(ordering: &str) -> Option<&'static HashMap<u32, String>> {
    static JAPAN1: OnceLock<HashMap<u32, String>> = OnceLock::new();
    static GB1: OnceLock<HashMap<u32, String>> = OnceLock::new();
    static CNS1: OnceLock<HashMap<u32, String>> = OnceLock::new();
    static KOREA1: OnceLock<HashMap<u32, String>> = OnceLock::new();
    use encoding_rs::{Encoding, BIG5, EUC_KR, GBK, SHIFT_JIS, WINDOWS_1252};
    let (cell, data, legacy): (_, _, &[(&[u8], &'static Encoding)]) = match ordering {
        "Japan1" => (
            &JAPAN1,
            UNI_JIS,
            &[(RKSJ_90MS_H, SHIFT_JIS), (ROMAN, WINDOWS_1252)],
        ),
        "GB1" => (&GB1, UNI_GB, &[(GBK_EUC_H, GBK)]),
        "CNS1" => (&CNS1, UNI_CNS, &[(ETEN_B5_H, BIG5)]),
        "Korea1" => (&KOREA1, UNI_KS, &[(KSCMS_UHC_H, EUC_KR)]),
        _ => return None,
    };
    Some(cell.get_or_init(|| {
        let mut map = invert_utf16(&parse(&gunzip(data)));
        // CIDs the Unicode CMap never reaches (proportional and other alternate forms)
        // are reached by the collection's legacy CMaps: decode their codes.
        for (cmap, encoding) in legacy {
            add_legacy(&mut map, &parse(&gunzip(cmap)), encoding);
        }
        map
    }))
}

/// Add CID → Unicode for the CIDs a legacy CMap (Shift-JIS, GBK, Big5, UHC codes → CID)
/// reaches and `map` lacks, decoding each code with its encoding.
fn add_legacy(map: &mut HashMap<u32, String>, p: &Parsed, encoding: &'static encoding_rs::Encoding) {
    for r in &p.cids {
        if r.src_code_hi < r.src_code_lo || r.src_code_hi - r.src_code_lo > 0x10000 {
            continue;
        }
        for code in r.src_code_lo..=r.src_code_hi {
            let cid = r.dst_CID_lo + (code - r.src_code_lo);
            if cid == 0 || map.contains_key(&cid) {
                continue;
            }
            let bytes: Vec<u8> = if code > 0xFF {
                vec![(code >> 8) as u8, code as u8]
            } else {
                vec![code as u8]
            };
            let (s, had_errors) = encoding.decode_without_bom_handling(&bytes);
            if !had_errors && s.chars().count() == 1 && !s.chars().all(char::is_control) {
                map.insert(cid, s.into_owned());
            }
        }
    }
}

struct Parsed {
    codespace: Vec<CodeRange>,
    cids: Vec<CIDRange>,
}

/// The `codespacerange`, `cidrange` and `cidchar` sections of a CMap file (the embedded
/// ones use nothing else that matters for text: `notdefrange` maps to the notdef glyph).
fn parse(text: &[u8]) -> Parsed {
    let mut codespace = Vec::new();
    let mut cids = Vec::new();
    #[derive(PartialEq)]
    enum Section {
        None,
        Codespace,
        CidRange,
        CidChar,
    }
    let mut section = Section::None;
    for line in text.split(|&b| b == b'\n') {
        let line = std::str::from_utf8(line).unwrap_or("").trim();
        if line.starts_with('%') || line.is_empty() {
            continue;
        }
        if line.ends_with("begincodespacerange") {
            section = Section::Codespace;
            continue;
        }
        if line.ends_with("begincidrange") {
            section = Section::CidRange;
            continue;
        }
        if line.ends_with("begincidchar") {
            section = Section::CidChar;
            continue;
        }
        if line.starts_with("end") {
            section = Section::None;
            continue;
        }
        let mut hex = Vec::new();
        let mut num = None;
        for tok in line.split_whitespace() {
            if let Some(h) = tok.strip_prefix('<').and_then(|t| t.strip_suffix('>')) {
                if let Ok(v) = u32::from_str_radix(h, 16) {
                    hex.push((v, (h.len() / 2) as u32));
                }
            } else if let Ok(n) = tok.parse::<u32>() {
                num = Some(n);
            }
        }
        match section {
            Section::Codespace if hex.len() == 2 => codespace.push(CodeRange {
                width: hex[0].1,
                start: hex[0].0,
                end: hex[1].0,
            }),
            Section::CidRange if hex.len() == 2 && num.is_some() => cids.push(CIDRange {
                src_code_lo: hex[0].0,
                src_code_hi: hex[1].0,
                dst_CID_lo: num.unwrap(),
            }),
            Section::CidChar if hex.len() == 1 && num.is_some() => cids.push(CIDRange {
                src_code_lo: hex[0].0,
                src_code_hi: hex[0].0,
                dst_CID_lo: num.unwrap(),
            }),
            _ => {}
        }
    }
    Parsed { codespace, cids }
}

/// Invert a `Uni*-UTF16-H` CMap (UTF-16 code → CID) into CID → Unicode. Where several
/// code points map to one CID, a character that is its own NFKC form wins over a
/// compatibility character (日 U+65E5, not the radical ⽇ U+2F47), then the lowest
/// (`-` U+002D, not `‑` U+2011).
fn invert_utf16(p: &Parsed) -> HashMap<u32, String> {
    let mut out: HashMap<u32, ((bool, u32), String)> = HashMap::new();
    for r in &p.cids {
        if r.src_code_hi < r.src_code_lo || r.src_code_hi - r.src_code_lo > 0x10000 {
            continue;
        }
        for code in r.src_code_lo..=r.src_code_hi {
            let units: Vec<u16> = if code > 0xFFFF {
                vec![(code >> 16) as u16, code as u16]
            } else {
                vec![code as u16]
            };
            if let Ok(s) = String::from_utf16(&units) {
                let cid = r.dst_CID_lo + (code - r.src_code_lo);
                let rank = (s.nfkc().collect::<String>() != s, code);
                match out.get(&cid) {
                    Some((r, _)) if *r <= rank => {}
                    _ => {
                        out.insert(cid, (rank, s));
                    }
                }
            }
        }
    }
    out.into_iter().map(|(cid, (_, s))| (cid, s)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collections_and_predefined_cmaps() {
        // Adobe-Japan1 CID 3284 is 日 (U+65E5); Adobe-GB1 CID 4559 is 中 (U+4E2D).
        assert_eq!(cid_to_unicode("Japan1").unwrap()[&3284], "日");
        assert_eq!(cid_to_unicode("GB1").unwrap()[&4559], "中");
        // CID 14 is reached from U+002D and U+2011: the hyphen-minus.
        assert_eq!(cid_to_unicode("Japan1").unwrap()[&14], "-");
        // CID 1 of every collection is the space.
        assert_eq!(cid_to_unicode("Korea1").unwrap()[&1], " ");
        assert!(cid_to_unicode("Identity").is_none());
        let gbk = predefined_cmap("GBK-EUC-H").unwrap();
        // GBK D6D0 is 中.
        let cid = gbk
            .cid
            .iter()
            .find(|r| (r.src_code_lo..=r.src_code_hi).contains(&0xD6D0))
            .map(|r| 0xD6D0 - r.src_code_lo + r.dst_CID_lo)
            .unwrap();
        assert_eq!(cid_to_unicode("GB1").unwrap()[&cid], "中");
        assert!(gbk.codespace.iter().any(|c| c.width == 1 && c.start == 0));
        // Proportional Latin of Adobe-Japan1 (the `Roman` CMap: 0x28 → CID 239) is `(`.
        assert_eq!(cid_to_unicode("Japan1").unwrap()[&239], "(");
    }
}
