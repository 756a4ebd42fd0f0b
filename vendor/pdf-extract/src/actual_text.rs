// dsx: marked content with `/ActualText` (PDF 32000-1 14.9.4): the text a sequence of glyphs
// stands for (small caps drawn as a smaller font, a hyphen at a line break that is a soft
// hyphen, a ligature). Its glyphs are measured instead of shown; at the sequence's end the
// text is shown in their place, from the first glyph's origin over the glyphs' extent, each
// character an equal share of it, as poppler's TextOutputDev does. A sequence that draws no
// glyph shows nothing.

use crate::{OutputDev, OutputError, PDFDocEncoding, Transform};
use euclid::Transform2D;
use lopdf::{Dictionary, Document, Object};

pub(crate) struct ActualText {
    text: String,
    /// The first glyph's text rendering matrix and font size.
    first: Option<(Transform, f64)>,
    /// How far the glyphs reach from the first glyph's origin along its direction, in device
    /// space.
    extent: f64,
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Object> {
    match o {
        Object::Reference(r) => doc.get_object(*r).ok(),
        _ => Some(o),
    }
}

/// A PDF text string: UTF-16BE or UTF-8 after their byte order mark, else PDFDocEncoding.
fn text_string(s: &[u8]) -> String {
    if let Some(utf16) = s.strip_prefix(b"\xfe\xff") {
        let units: Vec<u16> = utf16.chunks_exact(2).map(|p| u16::from_be_bytes([p[0], p[1]])).collect();
        String::from_utf16_lossy(&units)
    } else if let Some(utf8) = s.strip_prefix(b"\xef\xbb\xbf") {
        String::from_utf8_lossy(utf8).into_owned()
    } else {
        s.iter().filter_map(|&b| char::from_u32(u32::from(PDFDocEncoding[usize::from(b)]))).collect()
    }
}

impl ActualText {
    /// The ActualText of a `BDC` whose operands are `tag properties`: the properties inline or
    /// a name in the resources' `/Properties`.
    pub(crate) fn of(doc: &Document, resources: &Dictionary, operands: &[Object]) -> Option<ActualText> {
        let properties = match operands.get(1)? {
            Object::Dictionary(d) => d,
            Object::Name(name) => {
                let all = deref(doc, resources.get(b"Properties").ok()?)?.as_dict().ok()?;
                deref(doc, all.get(name).ok()?)?.as_dict().ok()?
            }
            _ => return None,
        };
        let text = match deref(doc, properties.get(b"ActualText").ok()?)? {
            Object::String(s, _) => text_string(s),
            _ => return None,
        };
        // Control characters only (Word writes a BEL over a space glyph) are no text: the
        // glyphs stand as drawn. An empty ActualText still hides them.
        if !text.is_empty() && text.chars().all(|c| c.is_control() && !c.is_whitespace()) {
            return None;
        }
        Some(ActualText { text, first: None, extent: 0. })
    }

    /// A glyph of the sequence: `advance` is how far it moves the text position, character
    /// and word spacing included, in unscaled text space units.
    pub(crate) fn glyph(&mut self, trm: &Transform, advance: f64, font_size: f64) {
        let (dx, dy) = (trm.m11 * advance, trm.m12 * advance);
        match self.first {
            None => {
                self.first = Some((*trm, font_size));
                self.extent = advance * trm.m11.hypot(trm.m12);
            }
            Some((first, _)) => {
                let norm = first.m11.hypot(first.m12);
                if norm > 0. {
                    let (ux, uy) = (first.m11 / norm, first.m12 / norm);
                    let reach = (trm.m31 + dx - first.m31) * ux + (trm.m32 + dy - first.m32) * uy;
                    self.extent = self.extent.max(reach);
                }
            }
        }
    }

    /// Shows the text where the glyphs were.
    pub(crate) fn show(self, output: &mut dyn OutputDev) -> Result<(), OutputError> {
        let Some((first, font_size)) = self.first else { return Ok(()) };
        let n = self.text.chars().count();
        if n == 0 {
            return Ok(());
        }
        let norm = first.m11.hypot(first.m12);
        let step = self.extent.max(0.) / n as f64;
        let (ux, uy, width) = if norm * font_size > 0. {
            (first.m11 / norm, first.m12 / norm, step / (norm * font_size))
        } else {
            (0., 0., 0.)
        };
        output.text_encoding(true)?;
        output.begin_word()?;
        for (i, c) in self.text.chars().enumerate() {
            let along = step * i as f64;
            let trm = Transform2D::row_major(
                first.m11, first.m12, first.m21, first.m22,
                first.m31 + along * ux, first.m32 + along * uy);
            output.output_character(&trm, width, 0., font_size, c.encode_utf8(&mut [0; 4]))?;
        }
        output.end_word()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MediaBox;

    #[test]
    fn text_strings() {
        for (bytes, text) in [
            (&b"\xfe\xff\x00e\x00c\x00t"[..], "ect"),
            (b"\xfe\xff\x00\xad", "\u{ad}"),
            (b"\xfe\xff\x00", ""),
            (b"\xef\xbb\xbfC\xc3\xa9", "Cé"),
            (b"fi", "fi"),
        ] {
            assert_eq!(text_string(bytes), text);
        }
    }

    #[derive(Default)]
    struct Shown(Vec<(f64, f64, String)>);

    impl OutputDev for Shown {
        fn begin_page(&mut self, _: u32, _: &MediaBox, _: Option<(f64, f64, f64, f64)>) -> Result<(), OutputError> { Ok(()) }
        fn end_page(&mut self) -> Result<(), OutputError> { Ok(()) }
        fn output_character(&mut self, trm: &Transform, width: f64, _: f64, font_size: f64, c: &str) -> Result<(), OutputError> {
            self.0.push((trm.m31, width * trm.m11 * font_size, c.to_string()));
            Ok(())
        }
        fn begin_word(&mut self) -> Result<(), OutputError> { Ok(()) }
        fn end_word(&mut self) -> Result<(), OutputError> { Ok(()) }
        fn end_line(&mut self) -> Result<(), OutputError> { Ok(()) }
    }

    #[test]
    fn text_spans_the_glyphs() {
        let at = |x: f64| Transform2D::row_major(10., 0., 0., 10., x, 700.);
        // Small caps `ECT` in two strings: the text spans 100 to 121.
        let mut span = ActualText { text: "ect".into(), first: None, extent: 0. };
        span.glyph(&at(100.), 0.7, 1.);
        span.glyph(&at(107.), 0.7, 1.);
        span.glyph(&at(114.), 0.7, 1.);
        let mut out = Shown::default();
        span.show(&mut out).unwrap();
        let shown: Vec<(f64, f64, String)> = out.0.into_iter().map(|(x, w, c)| ((x * 1e6).round() / 1e6, (w * 1e6).round() / 1e6, c)).collect();
        assert_eq!(shown, [(100., 7., "e".into()), (107., 7., "c".into()), (114., 7., "t".into())]);
        // No glyph, or no text: nothing.
        let mut out = Shown::default();
        ActualText { text: "x".into(), first: None, extent: 0. }.show(&mut out).unwrap();
        let mut empty = ActualText { text: String::new(), first: None, extent: 0. };
        empty.glyph(&at(100.), 0.5, 1.);
        empty.show(&mut out).unwrap();
        assert!(out.0.is_empty());
    }
}
