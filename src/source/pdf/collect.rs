//! Glyph collection: pdf-extract's [`OutputDev`] callbacks → positioned glyphs and rules.
//!
//! pdf-extract interprets the content streams and calls us once per glyph with the text
//! rendering matrix; we keep each glyph's baseline position (top-down page coordinates),
//! advance width and effective font size, and the thin rectangles and lines that tables
//! are ruled with. Layout analysis happens later (`layout.rs`), on whole pages.

use pdf_extract::{ColorSpace, MediaBox, OutputDev, OutputError, Path, PathOp, Transform};

/// One glyph as drawn: `x`/`y` is the left end of its baseline, y growing downwards.
#[derive(Debug, Clone)]
pub struct Glyph {
    pub x: f64,
    pub y: f64,
    /// Advance width in page units.
    pub w: f64,
    /// Effective font size in page units.
    pub size: f64,
    pub text: String,
    /// The glyph drawn just before it (in content order) was a space: the writer
    /// separated two words here, however narrow the gap.
    pub after_space: bool,
}

/// A ruling line (stroked segment or thin filled rectangle), normalised so that
/// `x0 <= x1`, `y0 <= y1`.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rule {
    pub fn is_vertical(&self) -> bool {
        thin_long(self.x1 - self.x0, self.y1 - self.y0)
    }
    pub fn is_horizontal(&self) -> bool {
        thin_long(self.y1 - self.y0, self.x1 - self.x0)
    }
}

/// A rule is thin across and long along; a hairline piece (under a unit thick) counts from
/// twice its thickness, so the short joints a table drawn piece by piece puts where its
/// rules cross (Word's filled-rectangle borders) join the rules they connect.
fn thin_long(across: f64, along: f64) -> bool {
    across < 2.0 && (along > 4.0 || (across <= 1.0 && along >= 2.0 && along >= 2.0 * across))
}

/// How far (page units) a rule may reach past the page's edges and still be on it.
const OFF_PAGE: f64 = 2.0;

/// Everything collected from one page.
#[derive(Debug, Clone, Default)]
pub struct PageGlyphs {
    /// 1-based page number.
    pub number: u32,
    pub height: f64,
    pub glyphs: Vec<Glyph>,
    pub rules: Vec<Rule>,
    /// Rectangles larger than a rule (shaded cells, boxes): their edges rule tables too.
    pub boxes: Vec<Rule>,
    /// Glyphs drawn turned by a quarter, half or three quarters of a turn (vertical labels
    /// in drawings, a sidebar), by [`Turn`], each in the coordinates of its own reading
    /// direction: `x` along the baseline, `y` growing towards the following lines.
    pub turned: [Vec<Glyph>; 3],
    /// Glyphs drawn mirrored or slanted: counted, not read.
    pub rotated: usize,
    /// Glyphs that decoded to nothing printable (no Unicode mapping): a sign of a
    /// broken font encoding when they are the majority.
    pub blank: usize,
    /// Glyphs drawn outside the page (cropped away, as poppler drops them too).
    pub offpage: usize,
    /// Glyphs (of `glyphs`) whose font decodes through a standard encoding only (no font
    /// program, no ToUnicode, no Differences): their text cannot be a scrambled encoding.
    pub standard: usize,
}

/// The direction text is drawn in, by quarter turns counter-clockwise.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Turn {
    Upright,
    Up,
    UpsideDown,
    Down,
}

impl Turn {
    /// The turn of a glyph whose text rendering matrix (times the font size) starts
    /// `[a b c d]`, PDF space (y up): its baseline runs along `(a, b)`, its up along
    /// `(c, d)`. `None` for mirrored or slanted glyphs (off the axes by more than a tenth).
    fn of(a: f64, b: f64, c: f64, d: f64) -> Option<Turn> {
        if b.abs() + c.abs() <= 0.1 * a.abs().min(d.abs()) {
            match (a > 0.0, d > 0.0) {
                (true, true) => Some(Turn::Upright),
                (false, false) => Some(Turn::UpsideDown),
                _ => None,
            }
        } else if a.abs() + d.abs() <= 0.1 * b.abs().min(c.abs()) {
            match (b > 0.0, c < 0.0) {
                (true, true) => Some(Turn::Up),
                (false, false) => Some(Turn::Down),
                _ => None,
            }
        } else {
            None
        }
    }
}

impl PageGlyphs {
    /// Glyphs read, upright and turned.
    pub fn glyph_count(&self) -> usize {
        self.glyphs.len() + self.turned.iter().map(Vec::len).sum::<usize>()
    }
}

/// The [`OutputDev`] that records pages.
#[derive(Default)]
pub struct Collector {
    pub pages: Vec<PageGlyphs>,
    /// Flips PDF user space (y up) into top-down page coordinates.
    flip_height: f64,
    origin_x: f64,
    width: f64,
    /// Whether the string being shown has a standard-encoding font.
    standard_run: bool,
    /// The last glyph drawn on the page was a space.
    after_space: bool,
}

/// Safety valve: a page with more glyphs than this is a drawing or a hostile file.
const MAX_GLYPHS_PER_PAGE: usize = 200_000;
/// The tallest rectangle whose edges count as table rules (a shaded header of two or three
/// lines); taller ones are frames and figures.
const MAX_BOX_HEIGHT: f64 = 60.0;

impl Collector {
    fn page(&mut self) -> Option<&mut PageGlyphs> {
        self.pages.last_mut()
    }

    fn to_page(&self, x: f64, y: f64) -> (f64, f64) {
        (x - self.origin_x, self.flip_height - y)
    }

    /// The page rectangle between two corners in user space.
    fn to_rule(&self, a: (f64, f64), b: (f64, f64)) -> Rule {
        let (ax, ay) = self.to_page(a.0, a.1);
        let (bx, by) = self.to_page(b.0, b.1);
        Rule {
            x0: ax.min(bx),
            y0: ay.min(by),
            x1: ax.max(bx),
            y1: ay.max(by),
        }
    }

    fn add_path(&mut self, ctm: &Transform, path: &Path) {
        // Curves mean a drawing or outlined text, whose straight pieces are not rules.
        if path.ops.iter().any(|op| matches!(op, PathOp::CurveTo(..))) {
            return;
        }
        let tf = |x: f64, y: f64| -> (f64, f64) {
            (
                x * ctm.m11 + y * ctm.m21 + ctm.m31,
                x * ctm.m12 + y * ctm.m22 + ctm.m32,
            )
        };
        let mut rules = Vec::new();
        let mut boxes = Vec::new();
        let mut cur: Option<(f64, f64)> = None;
        let mut start: Option<(f64, f64)> = None;
        for op in &path.ops {
            match *op {
                PathOp::MoveTo(x, y) => {
                    cur = Some(tf(x, y));
                    start = cur;
                }
                PathOp::LineTo(x, y) => {
                    let p = tf(x, y);
                    if let Some(c) = cur {
                        rules.push((c, p));
                    }
                    cur = Some(p);
                }
                PathOp::CurveTo(_, _, _, _, x, y) => cur = Some(tf(x, y)),
                PathOp::Rect(x, y, w, h) => {
                    let a = tf(x, y);
                    let b = tf(x + w, y + h);
                    rules.push((a, b));
                    boxes.push((a, b));
                }
                PathOp::Close => {
                    if let (Some(c), Some(s)) = (cur, start) {
                        rules.push((c, s));
                    }
                    cur = start;
                }
            }
        }
        let height = self.pages.last().map_or(f64::INFINITY, |p| p.height);
        let width = self.width;
        // A rule drawn past the page's edges (a background or mask larger than the page)
        // rules no table on it.
        let on_page = |r: &Rule| {
            r.x0 >= -OFF_PAGE
                && r.x1 <= width + OFF_PAGE
                && r.y0 >= -OFF_PAGE
                && r.y1 <= height + OFF_PAGE
        };
        for (a, b) in rules {
            let r = self.to_rule(a, b);
            if (r.is_vertical() || r.is_horizontal()) && on_page(&r) {
                if let Some(p) = self.page() {
                    if p.rules.len() < MAX_GLYPHS_PER_PAGE {
                        p.rules.push(r);
                    }
                }
            }
        }
        for (a, b) in boxes {
            let r = self.to_rule(a, b);
            // Cell-sized only: a page-sized background or frame rules nothing.
            let cell = r.y1 - r.y0 <= MAX_BOX_HEIGHT && r.x1 - r.x0 <= 0.9 * self.width;
            if cell && !r.is_vertical() && !r.is_horizontal() {
                if let Some(p) = self.page() {
                    if p.boxes.len() < MAX_GLYPHS_PER_PAGE {
                        p.boxes.push(r);
                    }
                }
            }
        }
    }
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.flip_height = media_box.ury;
        self.origin_x = media_box.llx;
        self.width = (media_box.urx - media_box.llx).abs();
        self.after_space = false;
        self.pages.push(PageGlyphs {
            number: page_num,
            height: (media_box.ury - media_box.lly).abs(),
            ..PageGlyphs::default()
        });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        let (x, y) = self.to_page(trm.m31, trm.m32);
        let Some(page) = self.pages.last_mut() else {
            return Ok(());
        };
        if page.glyph_count() >= MAX_GLYPHS_PER_PAGE {
            return Ok(());
        }
        // Upright, or turned by quarter turns (read in their own direction, as poppler
        // does); mirrored or slanted text is not read.
        let (a, b) = (trm.m11 * font_size, trm.m12 * font_size);
        let (c, d) = (trm.m21 * font_size, trm.m22 * font_size);
        let turn = Turn::of(a, b, c, d);
        let Some(turn) = turn else {
            page.rotated += 1;
            return Ok(());
        };
        let size = (a * d - b * c).abs().sqrt();
        if !size.is_finite() || !x.is_finite() || !y.is_finite() {
            return Ok(());
        }
        // Outside the page: text a page crops away (a wide table cut into two pages
        // draws all of it on each). Same test as poppler's `TextPage::addChar`.
        let w = width * (a * a + b * b).sqrt();
        let (x_end, y_top) = match turn {
            Turn::Upright => (x + w, y - size),
            _ => (x, y),
        };
        if x.max(x_end) < 0.0 || x.min(x_end) > self.width || y < 0.0 || y_top > page.height {
            page.offpage += 1;
            return Ok(());
        }
        let mapped = crate::source::symbol_font::map_symbols(char);
        let char = mapped.as_ref();
        if char.chars().all(|c| c.is_control() || c == '\u{FFFD}') {
            page.blank += 1;
        }
        if self.standard_run {
            page.standard += 1;
        }
        let space = char.chars().all(char::is_whitespace);
        let (width, height) = (self.width, page.height);
        let (x, y) = match turn {
            Turn::Upright => (x, y),
            // Reading up the page: lines follow to the right.
            Turn::Up => (height - y, x),
            Turn::UpsideDown => (width - x, height - y),
            // Reading down the page: lines follow to the left.
            Turn::Down => (y, width - x),
        };
        let glyph = Glyph {
            x,
            y,
            w,
            size,
            text: char.to_string(),
            after_space: self.after_space && !space,
        };
        match turn {
            Turn::Upright => page.glyphs.push(glyph),
            Turn::Up => page.turned[0].push(glyph),
            Turn::UpsideDown => page.turned[1].push(glyph),
            Turn::Down => page.turned[2].push(glyph),
        }
        self.after_space = space;
        Ok(())
    }

    fn text_encoding(&mut self, standard: bool) -> Result<(), OutputError> {
        self.standard_run = standard;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn stroke(
        &mut self,
        ctm: &Transform,
        _colorspace: &ColorSpace,
        _color: &[f64],
        path: &Path,
    ) -> Result<(), OutputError> {
        self.add_path(ctm, path);
        Ok(())
    }

    fn fill(
        &mut self,
        ctm: &Transform,
        _colorspace: &ColorSpace,
        _color: &[f64],
        path: &Path,
    ) -> Result<(), OutputError> {
        self.add_path(ctm, path);
        Ok(())
    }
}
