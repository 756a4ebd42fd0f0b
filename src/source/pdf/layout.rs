//! Page layout: glyphs → words → lines → cells.
//!
//! Glyphs sharing a baseline (within a fraction of their size, so sub- and superscripts
//! stay on their line) form a line; inside a line, a gap wider than a space separates
//! words, and a gap wider than [`CELL_GAP`] ems, or a vertical ruling line, separates
//! cells. Gaps narrower than that still separate cells where the next word starts at an
//! x position where cells start on several other lines of the page: the columns of a
//! key/value table stay aligned down the page even when a long label nearly touches its
//! value.

use super::collect::{Glyph, PageGlyphs, Rule};

/// A gap of this many ems between two words always starts a new cell.
const CELL_GAP: f64 = 1.2;
/// A gap of this many ems starts a new cell where a page column starts.
const ALIGNED_GAP: f64 = 0.5;
/// A gap of this many ems (of the glyph before it) is a space between words, as poppler
/// decides (`minWordBreakSpace` in its `TextOutputDev`).
const SPACE_GAP: f64 = 0.1;
/// After a space glyph, a gap of this many ems is enough (poppler's `maxCharSpacing`): the
/// writer put a space there and kerned the next glyph towards it.
const SPACED_GAP: f64 = 0.03;
/// How far (page units) two cell starts may differ and still be one column.
const ALIGN_TOLERANCE: f64 = 2.0;

/// A run of glyphs without a space.
#[derive(Debug, Clone)]
pub struct Word {
    pub x0: f64,
    pub x1: f64,
    /// Baseline of its first glyph (a line's words may differ slightly).
    pub y: f64,
    pub text: String,
}

/// A cell: words separated by single spaces.
#[derive(Debug, Clone)]
pub struct Cell {
    pub x0: f64,
    pub x1: f64,
    pub text: String,
}

/// One laid-out line of a page.
#[derive(Debug, Clone)]
pub struct PLine {
    /// Baseline, top-down page coordinates.
    pub y: f64,
    /// Dominant font size (the size most of its characters have).
    pub size: f64,
    pub cells: Vec<Cell>,
    /// The ruled grid (see `ruled.rs`) the line is a row of: rows of one grid are one
    /// table, whose cells span their columns' rules.
    pub grid: Option<u32>,
    /// A row whose wrapped cells the grid joined (it continues no line and no line
    /// continues it).
    pub joined: bool,
}

impl PLine {
    pub fn text(&self) -> String {
        let v: Vec<&str> = self.cells.iter().map(|c| c.text.as_str()).collect();
        v.join(" ")
    }
}

/// A page's lines in reading order (top to bottom).
#[derive(Debug, Clone)]
pub struct PageLines {
    pub number: u32,
    pub height: f64,
    pub lines: Vec<PLine>,
    /// Lines of turned text, each in its own reading direction (`y` of that direction).
    pub turned: Vec<PLine>,
}

/// Words of one line with the gap (in ems) and rule flag before each word.
pub(super) struct RawLine {
    pub y: f64,
    pub size: f64,
    pub words: Vec<Word>,
    /// `breaks[i]`: a cell boundary before word `i` (index 0 unused).
    pub breaks: Vec<bool>,
    /// `gaps[i]`: gap before word `i`, in ems.
    pub gaps: Vec<f64>,
    /// The ruled grid the line is a row of.
    pub grid: Option<u32>,
    /// A row whose wrapped cells the grid joined (it continues no line and no line
    /// continues it).
    pub joined: bool,
}

pub fn lay_out(page: &PageGlyphs) -> PageLines {
    let mut raw: Vec<RawLine> = group_lines(&page.glyphs)
        .into_iter()
        .map(|g| split_words(&g, &page.rules))
        .collect();
    split_at_aligned_columns(&mut raw);
    let raw = super::ruled::regroup(raw, &page.rules, &page.boxes, page.number);
    let raw = split_page_columns(raw);
    let lines = raw.into_iter().filter_map(to_line).collect();
    // Turned text (vertical labels of a drawing, a sidebar) is read in its own direction.
    let mut turned = Vec::new();
    for glyphs in &page.turned {
        let mut raw: Vec<RawLine> = group_lines(glyphs)
            .into_iter()
            .map(|g| split_words(&g, &[]))
            .collect();
        split_at_aligned_columns(&mut raw);
        turned.extend(raw.into_iter().filter_map(to_line));
    }
    PageLines {
        turned,
        number: page.number,
        height: page.height,
        lines,
    }
}

/// Lines of prose in two page columns side by side (a first page with `Features` beside
/// `Description`) share baselines, so the line builder puts both columns' text on one
/// line. Where a gutter (an x no word covers) runs down many consecutive lines, most of
/// them hold words of several on each side, and one side is set justified (its lines
/// end together at the column's edge), the lines of that stretch are cut at the gutter
/// and read column by column: the left column's lines, then the right one's.
fn split_page_columns(lines: Vec<RawLine>) -> Vec<RawLine> {
    /// Lines with words on both sides of the gutter it takes to make two page columns.
    const MIN_SIDE_BY_SIDE: usize = 8;
    /// Words each side of a line of prose has at least (median over the stretch).
    const MIN_WORDS: usize = 4;
    /// Room (page units) a gutter leaves free either side of its middle.
    const HALF_GUTTER: f64 = 3.0;
    if lines.len() < MIN_SIDE_BY_SIDE {
        return lines;
    }
    let (x0, x1) = lines
        .iter()
        .flat_map(|l| &l.words)
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), w| {
            (a.min(w.x0), b.max(w.x1))
        });
    let width = x1 - x0;
    if width < 200.0 {
        return lines;
    }
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by(|&a, &b| lines[a].y.total_cmp(&lines[b].y));
    // Whether no word of line `i` covers `c`, and whether it has words on both sides.
    let at = |i: usize, c: f64| {
        let l = &lines[i];
        let clear = l
            .words
            .iter()
            .all(|w| w.x1 < c - HALF_GUTTER || w.x0 > c + HALF_GUTTER);
        let left = l.words.iter().filter(|w| w.x1 < c).count();
        (clear, left, l.words.len() - left)
    };
    // Best stretch: (side-by-side lines, gutter, first and last index into `order`).
    let mut best: Option<(usize, f64, usize, usize)> = None;
    let mut c = x0 + 0.35 * width;
    while c <= x0 + 0.65 * width {
        let mut start = 0;
        let mut both = 0;
        for k in 0..=order.len() {
            let (clear, left, right) = if k < order.len() {
                at(order[k], c)
            } else {
                (false, 0, 0)
            };
            if clear {
                both += usize::from(left > 0 && right > 0);
                continue;
            }
            if both >= MIN_SIDE_BY_SIDE && best.is_none_or(|b| both > b.0) && k > start {
                best = Some((both, c, start, k - 1));
            }
            start = k + 1;
            both = 0;
        }
        c += 2.0;
    }
    let Some((_, c, mut first, mut last)) = best else {
        return lines;
    };
    // The columns start and end with a line that has words on both sides: a title above
    // them that stands on one side only (`SM712` at the right margin) stays where it is.
    let both = |i: usize| {
        let (_, l, r) = at(i, c);
        l > 0 && r > 0
    };
    while first < last && !both(order[first]) {
        first += 1;
    }
    while last > first && !both(order[last]) {
        last -= 1;
    }
    let stretch = &order[first..=last];
    // Prose on both sides, one side justified.
    let mut lefts: Vec<usize> = Vec::new();
    let mut rights: Vec<usize> = Vec::new();
    let (mut left_ends, mut right_ends): (Vec<f64>, Vec<f64>) = (Vec::new(), Vec::new());
    // Side-by-side lines whose sides are each one run of words (a table row has cells).
    let mut runs = 0;
    // Side-by-side lines that start a list item on one side (`• Marking: 712` beside
    // ragged prose).
    let mut bullets = 0;
    let bullet = |w: &str| matches!(w, "•" | "●" | "▪" | "■" | "◦" | "·" | "–" | "➢" | "►");
    for &i in stretch {
        let (_, l, r) = at(i, c);
        if l > 0 && r > 0 {
            let breaks = &lines[i].breaks;
            runs += usize::from(
                !breaks[1..l].iter().any(|&b| b) && !breaks[l + 1..].iter().any(|&b| b),
            );
            lefts.push(l);
            rights.push(r);
            let words = &lines[i].words;
            bullets += usize::from(bullet(&words[0].text)) + usize::from(bullet(&words[l].text));
            left_ends.push(words[l - 1].x1);
            right_ends.push(words[words.len() - 1].x1);
        }
    }
    let median = |v: &mut Vec<usize>| {
        v.sort_unstable();
        v[v.len() / 2]
    };
    let justified = |ends: &[f64]| {
        let edge = ends.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let flush = ends.iter().filter(|&&e| edge - e <= 0.02 * width).count();
        2 * flush >= ends.len()
    };
    // (most lines: a wide gap in justified prose can read as a cell break)
    if 10 * runs < 7 * lefts.len()
        || median(&mut lefts) < MIN_WORDS
        || median(&mut rights) < MIN_WORDS
        || !(justified(&left_ends) || justified(&right_ends) || 4 * bullets >= lefts.len())
    {
        return lines;
    }
    let (top, bottom) = (lines[order[first]].y, lines[order[last]].y);
    let mut before = Vec::new();
    let mut left = Vec::new();
    let mut right = Vec::new();
    let mut after = Vec::new();
    for l in lines {
        if l.y < top {
            before.push(l);
        } else if l.y > bottom {
            after.push(l);
        } else {
            let n = l.words.iter().filter(|w| w.x1 < c).count();
            let (a, b) = cut_line(l, n);
            left.extend(a);
            right.extend(b);
        }
    }
    before.extend(left);
    before.extend(right);
    before.extend(after);
    before
}

/// `line` cut before word `n`: the parts that hold words.
fn cut_line(mut line: RawLine, n: usize) -> (Option<RawLine>, Option<RawLine>) {
    if n == 0 {
        return (None, Some(line));
    }
    if n >= line.words.len() {
        return (Some(line), None);
    }
    let mut breaks = line.breaks.split_off(n);
    breaks[0] = false;
    let right = RawLine {
        y: line.y,
        size: line.size,
        words: line.words.split_off(n),
        breaks,
        gaps: line.gaps.split_off(n),
        grid: line.grid,
        joined: line.joined,
    };
    (Some(line), Some(right))
}

/// Group glyphs by baseline; each group sorted left to right.
///
/// Two passes: glyphs on (nearly) the same baseline form runs; then a run of smaller type
/// within half an em of a run of larger type (a sub- or superscript, `T` + `C` of `TC`)
/// joins it. Joining on first-seen order instead let a subscript that sat lower than the
/// tolerance of the line's *first* glyph start a line of its own.
fn group_lines(glyphs: &[Glyph]) -> Vec<Vec<&Glyph>> {
    let mut sorted: Vec<&Glyph> = glyphs
        .iter()
        .filter(|g| !g.text.trim().is_empty() && g.size > 0.5)
        .collect();
    sorted.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut runs: Vec<Vec<&Glyph>> = Vec::new();
    let mut first_y = f64::NEG_INFINITY;
    let mut size = 0.0f64;
    for g in sorted {
        let tol = SAME_BASELINE * size.max(g.size).max(1.0);
        match runs.last_mut() {
            Some(run) if g.y - first_y <= tol => {
                run.push(g);
                size = size.max(g.size);
            }
            _ => {
                first_y = g.y;
                size = g.size;
                runs.push(vec![g]);
            }
        }
    }
    let runs = runs
        .into_iter()
        .flat_map(split_overprinted)
        .flat_map(split_overdrawn)
        .collect();
    let mut lines = attach_scripts(runs);
    for line in &mut lines {
        line.sort_by(|a, b| a.x.total_cmp(&b.x));
        // Fake bold: the same glyph drawn twice at (nearly) the same place, start and end
        // (a narrower `.` an /ActualText put where a leader starts is not the leader's dot).
        line.dedup_by(|b, a| {
            let near = 0.3 * a.size.max(1.0) * 0.5;
            a.text == b.text
                && (a.x - b.x).abs() < near
                && (a.x + a.w - b.x - b.w).abs() < near
                && (a.y - b.y).abs() < 0.5
        });
    }
    lines
}

/// Two texts of clearly different sizes drawn over each other on nearby baselines (a
/// subtitle across a large product name) are two runs, not one interleaved string.
fn split_overprinted(run: Vec<&Glyph>) -> Vec<Vec<&Glyph>> {
    let (lo, hi) = run.iter().fold((f64::INFINITY, 0.0f64), |(lo, hi), g| {
        (lo.min(g.size), hi.max(g.size))
    });
    if hi < OVERPRINT_RATIO * lo {
        return vec![run];
    }
    let cut = (lo * hi).sqrt();
    let (small, large): (Vec<&Glyph>, Vec<&Glyph>) = run.iter().partition(|g| g.size < cut);
    let mut by_x = large.clone();
    by_x.sort_by(|a, b| a.x.total_cmp(&b.x));
    // Overprinted: some small glyph sits inside a large glyph's box, between two large
    // glyphs of one word.
    let inside = small.iter().any(|g| {
        let mid = g.x + g.w / 2.0;
        by_x.windows(2).any(|w| {
            w[0].x < mid && mid < w[1].x + w[1].w && w[1].x - (w[0].x + w[0].w) < 0.1 * w[0].size
        })
    });
    if inside {
        vec![large, small]
    } else {
        vec![run]
    }
}

/// Two texts on baselines apart by some [`OVERDRAWN_STEP`] ems, drawn over each other (a
/// drawing's dimension `0,4` over its dimension line `___>`), are two runs, not one
/// interleaved string (`_0_,_4>`), as poppler reads them. The run is cut at its widest
/// step between baselines; glyphs on different baselines that do not overlap (a cell set
/// a little lower) stay one run.
fn split_overdrawn(run: Vec<&Glyph>) -> Vec<Vec<&Glyph>> {
    let mut ys: Vec<f64> = run.iter().map(|g| g.y).collect();
    ys.sort_by(f64::total_cmp);
    let Some((at, step)) = ys
        .windows(2)
        .map(|w| (w[0], w[1] - w[0]))
        .max_by(|a, b| a.1.total_cmp(&b.1))
    else {
        return vec![run];
    };
    if step < OVERDRAWN_STEP * dominant_size(&run) {
        return vec![run];
    }
    let cut = at + step / 2.0;
    let (upper, lower): (Vec<&Glyph>, Vec<&Glyph>) = run.iter().partition(|g| g.y < cut);
    if overlaps(&upper, &lower) {
        vec![upper, lower]
    } else {
        vec![run]
    }
}

/// Baselines this many ems apart can be two texts drawn over each other.
const OVERDRAWN_STEP: f64 = 0.2;

/// Sizes differing by this factor can be two overprinted texts.
const OVERPRINT_RATIO: f64 = 1.3;

/// Runs closer than this many ems share a baseline.
const SAME_BASELINE: f64 = 0.45;
/// A run of type at most this share of its neighbour's size is a sub- or superscript.
const SCRIPT_RATIO: f64 = 0.9;
/// How far (ems of the larger type) a sub- or superscript sits off its baseline.
const SCRIPT_SHIFT: f64 = 0.5;
/// A glyph at least this many ems above its line's baseline, in smaller type, is raised.
const RAISED: f64 = 0.2;

/// Sub- and superscripts are short (a run may hold those of several columns).
const SCRIPT_MAX_GLYPHS: usize = 30;

/// Whether some glyph of `a` is drawn over a glyph of `b` (two texts at nearby baselines,
/// like the labels of a chart, rather than a script beside its base).
fn overlaps(a: &[&Glyph], b: &[&Glyph]) -> bool {
    a.iter().any(|g| {
        b.iter().any(|h| {
            let o = (g.x + g.w).min(h.x + h.w) - g.x.max(h.x);
            o > 0.5 * g.w.min(h.w).max(0.1)
        })
    })
}

/// Merge each run of smaller type into the nearest run of larger type within
/// [`SCRIPT_SHIFT`] ems, if there is one; runs are in y order and stay so.
fn attach_scripts(runs: Vec<Vec<&Glyph>>) -> Vec<Vec<&Glyph>> {
    let stats: Vec<(f64, f64)> = runs
        .iter()
        .map(|r| {
            let y = r.iter().map(|g| g.y).sum::<f64>() / r.len() as f64;
            (y, dominant_size(r))
        })
        .collect();
    let host = |i: usize| -> Option<usize> {
        let (y, size) = stats[i];
        if runs[i].len() > SCRIPT_MAX_GLYPHS {
            return None;
        }
        let fits = |j: usize| {
            let (yj, sj) = stats[j];
            size <= SCRIPT_RATIO * sj
                && (y - yj).abs() <= SCRIPT_SHIFT * sj
                && !overlaps(&runs[i], &runs[j])
        };
        let before = (0..i).rev().take(3).find(|&j| fits(j));
        let after = (i + 1..stats.len()).take(3).find(|&j| fits(j));
        match (before, after) {
            (Some(b), Some(a)) => Some(if (y - stats[b].0).abs() <= (stats[a].0 - y).abs() {
                b
            } else {
                a
            }),
            (b, a) => b.or(a),
        }
    };
    let hosts: Vec<Option<usize>> = (0..runs.len()).map(host).collect();
    let mut lines: Vec<Vec<&Glyph>> = runs.iter().map(|_| Vec::new()).collect();
    let mut scripts = Vec::new();
    for (i, run) in runs.into_iter().enumerate() {
        if hosts[i].is_none() {
            lines[i] = run;
        } else {
            scripts.push((i, run));
        }
    }
    for (i, run) in scripts {
        // Follow the chain (a script of a script) to a run that stays a line.
        let mut target = i;
        for _ in 0..4 {
            match hosts[target] {
                Some(h) => target = h,
                None => break,
            }
        }
        // Two scripts drawn over each other (chart labels) are not one line.
        if target == i || overlaps(&run, &lines[target]) {
            lines[i] = run;
        } else {
            lines[target].extend(run);
        }
    }
    lines.retain(|l| !l.is_empty());
    lines
}

fn dominant_size(line: &[&Glyph]) -> f64 {
    // Size carried by most characters; ties go to the larger.
    let mut sizes: Vec<(f64, usize)> = Vec::new();
    for g in line {
        let s = (g.size * 2.0).round() / 2.0;
        match sizes.iter_mut().find(|(x, _)| *x == s) {
            Some(e) => e.1 += g.text.chars().count(),
            None => sizes.push((s, g.text.chars().count())),
        }
    }
    sizes
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(a.0.total_cmp(&b.0)))
        .map_or(0.0, |(s, _)| s)
}

/// How a raised run of smaller type joined to a number is written.
#[derive(Clone, Copy, PartialEq)]
enum Script {
    /// After `10` (`1×10⁷`, `10¹¹`): `^` and the exponent, `1×10^7`.
    Exponent,
    /// After any other number: a footnote marker, in superscript digits (`5.5¹`).
    Marker,
}

/// The baseline of a line's dominant type (the median over its glyphs of that size), so
/// that raised scripts do not pull it up.
fn baseline(line: &[&Glyph], size: f64) -> f64 {
    let mut ys: Vec<f64> = line
        .iter()
        .filter(|g| (g.size - size).abs() <= 0.25 * size)
        .map(|g| g.y)
        .collect();
    if ys.is_empty() {
        return line.iter().map(|g| g.y).sum::<f64>() / line.len() as f64;
    }
    ys.sort_by(f64::total_cmp);
    ys[ys.len() / 2]
}

/// How a raised glyph starting a script run after `word` is written, if it is one: a
/// digit or sign right after a number. Never plain digits glued to the number (`1011`).
fn script_after(word: &str, glyph: &str) -> Option<Script> {
    let starts_number = glyph
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || matches!(c, '-' | '−' | '+'));
    if !starts_number || !word.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // `10` on its own or after a sign or operator (`×10`, `x10`, `>10`, `(10`), not `2010`,
    // `0.10`.
    let before_ten = word.strip_suffix("10").map(|b| b.chars().last());
    match before_ten {
        Some(None) => Some(Script::Exponent),
        Some(Some('x' | 'X')) => Some(Script::Exponent),
        Some(Some(c)) if !c.is_alphanumeric() && c != '.' && c != ',' => Some(Script::Exponent),
        _ => Some(Script::Marker),
    }
}

/// Append a glyph of a script run to a word.
fn push_script(word: &mut String, glyph: &str, script: Script) {
    match script {
        Script::Exponent => word.push_str(glyph),
        Script::Marker => word.extend(
            glyph
                .chars()
                .map(|c| crate::source::superscript(c).unwrap_or(c)),
        ),
    }
}

fn split_words(line: &[&Glyph], rules: &[Rule]) -> RawLine {
    let size = dominant_size(line).max(1.0);
    let y = line.iter().map(|g| g.y).sum::<f64>() / line.len() as f64;
    let base = baseline(line, size);
    let mut words: Vec<Word> = Vec::new();
    let mut breaks = Vec::new();
    let mut gaps = Vec::new();
    let mut end = f64::NEG_INFINITY;
    // The raised run being written (`Some`), and whether it is a script after a number.
    let mut script: Option<Option<Script>> = None;
    // The last glyph of base type (not raised) in the current word.
    let mut host: Option<&Glyph> = None;
    // The glyph before `g`.
    let mut prev: Option<&Glyph> = None;
    for g in line {
        let gap = g.x - end;
        let prev_size = prev.map_or(g.size, |p| p.size).max(0.5);
        let spaced =
            gap > SPACE_GAP * prev_size || (g.after_space && gap >= SPACED_GAP * prev_size);
        prev = Some(g);
        let em = size.max(g.size);
        let ruled = !words.is_empty() && rule_between(rules, end, g.x, y, size);
        // Raised: smaller than, and above, both the line's type and the glyph it follows.
        let raised = g.size <= SCRIPT_RATIO * size
            && base - g.y > RAISED * size
            && host.is_some_and(|h| g.size <= SCRIPT_RATIO * h.size && h.y - g.y > RAISED * h.size);
        if words.is_empty() || spaced || ruled {
            breaks.push(!words.is_empty() && (gap > CELL_GAP * em || ruled));
            gaps.push(gap / em);
            words.push(Word {
                x0: g.x,
                x1: g.x + g.w,
                y: g.y,
                text: visible(&g.text),
            });
            script = None;
            host = Some(g);
        } else if let Some(w) = words.last_mut() {
            if !raised {
                script = None;
                host = Some(g);
            } else if script.is_none() {
                // Only the first glyph of a raised run decides what the run is (`2` with
                // a raised tolerance `±0.05` stays plain throughout).
                script = Some(script_after(&w.text, &g.text));
                if script == Some(Some(Script::Exponent)) {
                    w.text.push('^');
                }
            }
            match script {
                Some(Some(s)) => push_script(&mut w.text, &g.text, s),
                _ => w.text.push_str(&visible(&g.text)),
            }
            w.x1 = w.x1.max(g.x + g.w);
        }
        end = end.max(g.x + g.w);
    }
    let mut raw = RawLine {
        y,
        size,
        words,
        breaks,
        gaps,
        grid: None,
        joined: false,
    };
    join_letter_spaced(&mut raw);
    split_leaders(&mut raw);
    raw
}

/// A dot leader (`Contact Material ........ Copper alloy`, a table of contents) runs from
/// one word to another: at least this many dots.
const LEADER_DOTS: usize = 4;

/// Cut dot leaders drawn without a gap out of the words they touch
/// (`area......` → `area`, `......`): the words are words of their own, as poppler reads
/// them when the leader stands apart. The leader stays in its cell: the structure stage
/// tells a label-value pair from a table-of-contents entry by it (`structure/leaders.rs`).
fn split_leaders(line: &mut RawLine) {
    let leader_at = |t: &str| t.find(&".".repeat(LEADER_DOTS)).or_else(|| t.find("……"));
    let glued = |t: &str| leader_at(t).is_some() && t.chars().any(|c| c != '.' && c != '…');
    if !line.words.iter().any(|w| glued(&w.text)) {
        return;
    }
    let mut words = Vec::with_capacity(line.words.len() + 2);
    let mut breaks = Vec::with_capacity(words.capacity());
    let mut gaps = Vec::with_capacity(words.capacity());
    for (i, w) in std::mem::take(&mut line.words).into_iter().enumerate() {
        let per_char = (w.x1 - w.x0) / w.text.chars().count().max(1) as f64;
        let mut x = w.x0;
        let mut rest = w.text.as_str();
        let mut first = true;
        while !rest.is_empty() {
            // The next piece: a leader, or the text up to the next leader.
            let len = match leader_at(rest) {
                Some(0) => rest
                    .find(|c: char| c != '.' && c != '…')
                    .unwrap_or(rest.len()),
                Some(at) => at,
                None => rest.len(),
            };
            let (piece, next) = rest.split_at(len);
            let x1 = x + per_char * piece.chars().count() as f64;
            breaks.push(first && line.breaks[i]);
            gaps.push(if first { line.gaps[i] } else { 0.0 });
            words.push(Word {
                x0: x,
                x1,
                y: w.y,
                text: piece.to_string(),
            });
            x = x1;
            rest = next;
            first = false;
        }
    }
    line.words = words;
    line.breaks = breaks;
    line.gaps = gaps;
}

/// Letter-spaced text (`R S - 1 5 s e r i e s`, tracking wider than a word space's
/// threshold) is a run of one-letter words. As poppler does for a line of one-letter words,
/// such a run keeps a space only where the gap is clearly wider than its narrowest gap (by
/// [`LETTER_SPACED_RATIO`]); gaps past [`LETTER_SPACED_MAX`] ems always stay spaces. The
/// run is the whole line when all its words have one letter (a chart's axis, `2 4 6 8 1 0`,
/// whose `10` is as spaced as its neighbours), otherwise each cell of at least three such
/// words; it never joins across a cell boundary.
fn join_letter_spaced(line: &mut RawLine) {
    let single = |w: &Word| w.text.chars().count() == 1;
    // Runs as word ranges, the last first, so that merging leaves the others in place.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    if line.words.len() >= 2 && line.words.iter().all(single) {
        runs.push((0, line.words.len()));
    } else {
        let starts: Vec<usize> = (0..line.words.len())
            .filter(|&i| i == 0 || line.breaks[i])
            .collect();
        let mut end = line.words.len();
        for &start in starts.iter().rev() {
            if end - start >= 3 && line.words[start..end].iter().all(single) {
                runs.push((start, end));
            }
            end = start;
        }
    }
    for (start, end) in runs {
        let min = line.gaps[start + 1..end]
            .iter()
            .copied()
            .fold(f64::INFINITY, f64::min);
        let limit = (LETTER_SPACED_RATIO * min).min(LETTER_SPACED_MAX);
        for i in (start + 1..end).rev() {
            if line.gaps[i] < limit && !line.breaks[i] {
                let w = line.words.remove(i);
                line.breaks.remove(i);
                line.gaps.remove(i);
                let host = &mut line.words[i - 1];
                host.text.push_str(&w.text);
                host.x1 = host.x1.max(w.x1);
            }
        }
    }
}

/// In a run of one-letter words, a gap less than this many times the narrowest is
/// letter spacing (poppler's `maxWideCharSpacingMul`).
const LETTER_SPACED_RATIO: f64 = 1.3;
/// Letter spacing is at most this many ems (poppler's `maxWideCharSpacing`).
const LETTER_SPACED_MAX: f64 = 0.4;

/// A vertical rule strictly between `x0` and `x1` that spans the text of a line with
/// baseline `y` (from near cap height to the baseline).
fn rule_between(rules: &[Rule], x0: f64, x1: f64, y: f64, size: f64) -> bool {
    x1 - x0 > 0.5
        && rules.iter().any(|r| {
            r.is_vertical()
                && r.y0 <= y - 0.6 * size
                && r.y1 >= y
                && r.x0 > x0 - 0.5
                && r.x1 < x1 + 0.5
        })
}

/// Split lines at word gaps that fall on a column start shared by other lines.
fn split_at_aligned_columns(lines: &mut [RawLine]) {
    let mut starts: Vec<f64> = Vec::new();
    for l in lines.iter() {
        for (i, w) in l.words.iter().enumerate() {
            if l.breaks[i] {
                starts.push(w.x0);
            }
        }
    }
    if starts.len() < 3 {
        return;
    }
    starts.sort_by(f64::total_cmp);
    let support = |x: f64| {
        let lo = starts.partition_point(|s| *s < x - ALIGN_TOLERANCE);
        let hi = starts.partition_point(|s| *s <= x + ALIGN_TOLERANCE);
        hi - lo
    };
    for l in lines.iter_mut() {
        for i in 1..l.words.len() {
            if !l.breaks[i] && l.gaps[i] > ALIGNED_GAP && support(l.words[i].x0) >= 3 {
                l.breaks[i] = true;
            }
        }
    }
}

fn to_line(raw: RawLine) -> Option<PLine> {
    let mut cells: Vec<Cell> = Vec::new();
    for (i, w) in raw.words.into_iter().enumerate() {
        match cells.last_mut() {
            Some(c) if !raw.breaks[i] => {
                c.text.push(' ');
                c.text.push_str(&w.text);
                c.x1 = c.x1.max(w.x1);
            }
            _ => cells.push(Cell {
                x0: w.x0,
                x1: w.x1,
                text: w.text,
            }),
        }
    }
    for c in &mut cells {
        c.text = clean(&c.text);
    }
    cells.retain(|c| !c.text.is_empty());
    (!cells.is_empty()).then_some(PLine {
        y: raw.y,
        size: raw.size,
        cells,
        grid: raw.grid,
        joined: raw.joined,
    })
}

/// A glyph's text without control characters (a font that maps a glyph of `±115` to
/// `\u{2}` puts one inside the number).
fn visible(text: &str) -> String {
    if text.chars().any(char::is_control) {
        text.chars().filter(|c| !c.is_control()).collect()
    } else {
        text.to_owned()
    }
}

/// Normalise what fonts put into text: ligatures, soft hyphens, odd spaces.
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{00AD}' | '\u{200B}' | '\u{FEFF}' => {}
            '\u{00A0}' | '\u{2002}'..='\u{200A}' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glyphs of one text run: (text, x, y, size), each one `0.5 * size` wide.
    fn glyphs(spec: &[(&str, f64, f64, f64)]) -> Vec<Glyph> {
        spec.iter()
            .map(|&(t, x, y, size)| Glyph {
                x,
                y,
                w: 0.5 * size,
                size,
                text: t.to_string(),
                after_space: false,
            })
            .collect()
    }

    /// The words one line of glyphs splits into.
    fn texts(g: &[Glyph]) -> Vec<String> {
        let refs: Vec<&Glyph> = g.iter().collect();
        split_words(&refs, &[])
            .words
            .into_iter()
            .map(|w| w.text)
            .collect()
    }

    fn words_of(spec: &[(&str, f64, f64, f64)]) -> Vec<String> {
        texts(&glyphs(spec))
    }

    /// A line of words at `y`: (text, x0, x1), cell breaks where `|` stands before a word.
    fn raw_line(y: f64, words: &[(&str, f64, f64)]) -> RawLine {
        RawLine {
            y,
            size: 9.0,
            words: words
                .iter()
                .map(|&(t, x0, x1)| Word {
                    x0,
                    x1,
                    y,
                    text: t.trim_start_matches('|').to_string(),
                })
                .collect(),
            breaks: words.iter().map(|w| w.0.starts_with('|')).collect(),
            gaps: vec![0.3; words.len()],
            grid: None,
            joined: false,
        }
    }

    /// Ten lines of `left` words over 50..240 and `right` words over 320..550; flush right
    /// (justified), or ragged on both sides.
    fn two_columns(right_flush: bool, right_cells: bool) -> Vec<RawLine> {
        (0..10)
            .map(|i| {
                let y = 100.0 + 12.0 * i as f64;
                let mut words: Vec<(&str, f64, f64)> = (0..5)
                    .map(|k| ("left", 50.0 + 40.0 * k as f64, 80.0 + 40.0 * k as f64))
                    .collect();
                let end = if right_flush {
                    550.0
                } else {
                    500.0 + 5.0 * i as f64
                };
                if !right_flush {
                    words[4].2 = 200.0 + 7.0 * i as f64;
                }
                for k in 0..4 {
                    let x0 = 320.0 + 50.0 * k as f64;
                    let text = if right_cells && k == 2 {
                        "|right"
                    } else {
                        "right"
                    };
                    words.push((text, x0, if k == 3 { end } else { x0 + 30.0 }));
                }
                words[5].0 = "|right";
                raw_line(y, &words)
            })
            .collect()
    }

    #[test]
    fn two_page_columns_of_prose_read_one_after_the_other() {
        let out = split_page_columns(two_columns(true, false));
        let texts: Vec<&str> = out.iter().map(|l| l.words[0].text.as_str()).collect();
        assert_eq!(texts, [["left"; 10], ["right"; 10]].concat());
        // Ragged on both sides, or a table's cells on the right: left as laid out.
        assert_eq!(split_page_columns(two_columns(false, false)).len(), 10);
        assert_eq!(split_page_columns(two_columns(true, true)).len(), 10);
    }

    #[test]
    fn a_label_drawn_over_a_line_of_its_size_is_a_line_of_its_own() {
        // (text, x, y) at 6 pt, 3 wide → the lines' texts
        let lines = |spec: &[(&str, f64, f64)]| -> Vec<String> {
            let glyphs: Vec<Glyph> = spec
                .iter()
                .map(|&(t, x, y)| Glyph {
                    x,
                    y,
                    w: 3.0,
                    size: 6.0,
                    text: t.to_string(),
                    after_space: false,
                })
                .collect();
            group_lines(&glyphs)
                .iter()
                .map(|l| l.iter().map(|g| g.text.as_str()).collect())
                .collect()
        };
        // `0,4` over `___>` 2.6 pt (0.43 em) lower
        assert_eq!(
            lines(&[
                ("_", 0.0, 102.6),
                ("_", 3.0, 102.6),
                ("_", 6.0, 102.6),
                (">", 9.0, 102.6),
                ("0", 1.0, 100.0),
                (",", 4.0, 100.0),
                ("4", 7.0, 100.0),
            ]),
            ["0,4", "___>"]
        );
        // a cell set 2 pt lower beside another: one line
        assert_eq!(
            lines(&[("a", 0.0, 100.0), ("b", 3.0, 100.0), ("c", 9.0, 102.0)]),
            ["abc"]
        );
    }

    #[test]
    fn a_glyph_drawn_twice_at_one_place_is_read_once() {
        // (text, x, width) at 10 pt → the line's glyphs
        let line = |spec: &[(&str, f64, f64)]| -> Vec<String> {
            let glyphs: Vec<Glyph> = spec
                .iter()
                .map(|&(t, x, w)| Glyph {
                    x,
                    y: 100.0,
                    w,
                    size: 10.0,
                    text: t.to_string(),
                    after_space: false,
                })
                .collect();
            let lines = group_lines(&glyphs);
            lines[0].iter().map(|g| g.text.clone()).collect()
        };
        // fake bold: a copy 0.5 pt to the right
        assert_eq!(line(&[("A", 0.0, 6.0), ("A", 0.5, 6.0)]), ["A"]);
        // a narrow `.` where a leader's dot starts is not that dot
        assert_eq!(
            line(&[
                ("n", 0.0, 5.0),
                (".", 5.0, 0.8),
                (".", 5.8, 2.6),
                (".", 8.4, 2.6)
            ]),
            ["n", ".", ".", "."]
        );
    }

    #[test]
    #[allow(
        clippy::type_complexity,
        reason = "a table of glyph runs and the words they give"
    )]
    fn raised_runs_after_numbers_are_exponents_or_markers() {
        // (base text at 10 pt on y = 100, raised 6.5 pt glyphs at y = 95) → words
        let cases: &[(&[(&str, f64, f64, f64)], &[&str])] = &[
            // 1×10⁷
            (
                &[
                    ("1", 0.0, 100.0, 10.0),
                    ("×", 5.0, 100.0, 10.0),
                    ("1", 10.0, 100.0, 10.0),
                    ("0", 15.0, 100.0, 10.0),
                    ("7", 20.0, 95.0, 6.5),
                ],
                &["1×10^7"],
            ),
            // 10¹¹ Ω
            (
                &[
                    ("1", 0.0, 100.0, 10.0),
                    ("0", 5.0, 100.0, 10.0),
                    ("1", 10.0, 95.0, 6.5),
                    ("1", 13.25, 95.0, 6.5),
                    ("Ω", 25.0, 100.0, 10.0),
                ],
                &["10^11", "Ω"],
            ),
            // 10⁻⁶
            (
                &[
                    ("1", 0.0, 100.0, 10.0),
                    ("0", 5.0, 100.0, 10.0),
                    ("-", 10.0, 95.0, 6.5),
                    ("6", 13.25, 95.0, 6.5),
                ],
                &["10^-6"],
            ),
            // 5.5 with footnote 1
            (
                &[
                    ("5", 0.0, 100.0, 10.0),
                    (".", 5.0, 100.0, 10.0),
                    ("5", 10.0, 100.0, 10.0),
                    ("1", 15.0, 95.0, 6.5),
                ],
                &["5.5¹"],
            ),
            // a year with footnote 2: not an exponent
            (
                &[
                    ("2", 0.0, 100.0, 10.0),
                    ("0", 5.0, 100.0, 10.0),
                    ("1", 10.0, 100.0, 10.0),
                    ("0", 15.0, 100.0, 10.0),
                    ("2", 20.0, 95.0, 6.5),
                ],
                &["2010²"],
            ),
            // m2x10⁻⁴ (the unit kg·m²×10⁻⁴, written with x)
            (
                &[
                    ("2", 0.0, 100.0, 10.0),
                    ("x", 5.0, 100.0, 10.0),
                    ("1", 10.0, 100.0, 10.0),
                    ("0", 15.0, 100.0, 10.0),
                    ("-", 20.0, 95.0, 6.5),
                    ("4", 23.25, 95.0, 6.5),
                ],
                &["2x10^-4"],
            ),
            // >10⁹
            (
                &[
                    (">", 0.0, 100.0, 10.0),
                    ("1", 5.0, 100.0, 10.0),
                    ("0", 10.0, 100.0, 10.0),
                    ("9", 15.0, 95.0, 6.5),
                ],
                &[">10^9"],
            ),
            // 2 with a raised tolerance ±0.05: the run is not a script, no digit changes
            (
                &[
                    ("2", 0.0, 100.0, 10.0),
                    ("±", 5.0, 95.0, 6.5),
                    ("0", 8.25, 95.0, 6.5),
                    (".", 11.5, 95.0, 6.5),
                    ("0", 14.75, 95.0, 6.5),
                    ("5", 18.0, 95.0, 6.5),
                ],
                &["2±0.05"],
            ),
            // a subscript (lowered) stays as it was: V_CC
            (
                &[
                    ("V", 0.0, 100.0, 10.0),
                    ("C", 5.0, 102.0, 6.5),
                    ("C", 8.25, 102.0, 6.5),
                ],
                &["VCC"],
            ),
            // same-size digits on the baseline are one number
            (
                &[
                    ("1", 0.0, 100.0, 10.0),
                    ("0", 5.0, 100.0, 10.0),
                    ("1", 10.0, 100.0, 10.0),
                ],
                &["101"],
            ),
        ];
        for (spec, expected) in cases {
            assert_eq!(words_of(spec), *expected, "{spec:?}");
        }
    }

    /// Words of glyphs given as (text, x, width, after a space glyph), 10 pt on one
    /// baseline.
    fn spaced_words(spec: &[(&str, f64, f64, bool)]) -> Vec<String> {
        let g: Vec<Glyph> = spec
            .iter()
            .map(|&(t, x, w, after_space)| Glyph {
                x,
                y: 100.0,
                w,
                size: 10.0,
                text: t.to_string(),
                after_space,
            })
            .collect();
        texts(&g)
    }

    #[test]
    #[allow(
        clippy::type_complexity,
        reason = "a table of glyph runs and the words they give"
    )]
    fn word_breaks_as_poppler_makes_them() {
        let cases: &[(&[(&str, f64, f64, bool)], &[&str])] = &[
            // kerned pair, gap 0.05 em: one word
            (&[("a", 0.0, 5.0, false), ("b", 5.5, 5.0, false)], &["ab"]),
            // gap 0.12 em (narrower than a space, wider than poppler's 0.1 em): two words
            (
                &[
                    ("a", -5.0, 5.0, false),
                    ("d", 0.0, 5.0, false),
                    ("T", 6.2, 5.0, false),
                ],
                &["ad", "T"],
            ),
            // a space glyph the next glyph is kerned into (gap 0.05 em): still two words
            (
                &[
                    ("a", -5.0, 5.0, false),
                    ("d", 0.0, 5.0, false),
                    ("T", 5.5, 5.0, true),
                ],
                &["ad", "T"],
            ),
            // a space glyph with the next glyph touching it: one word, as poppler prints it
            (&[("d", 0.0, 5.0, false), ("T", 5.1, 5.0, true)], &["dT"]),
            // letter-spaced `s e r i e s` (gaps 0.15 em): one word
            (
                &[
                    ("s", 0.0, 4.0, false),
                    ("e", 5.5, 4.0, false),
                    ("r", 11.0, 4.0, false),
                    ("i", 16.5, 4.0, false),
                    ("e", 22.0, 4.0, false),
                    ("s", 27.5, 4.0, false),
                ],
                &["series"],
            ),
            // letters with word spaces (0.3 em) between letter-spaced pairs (0.15 em)
            (
                &[
                    ("R", 0.0, 5.0, false),
                    ("S", 6.5, 5.0, false),
                    ("A", 14.5, 5.0, false),
                    ("B", 21.0, 5.0, false),
                ],
                &["RS", "AB"],
            ),
            // a dot leader glued to the words it joins is a word of its own
            (
                &[
                    ("a", 0.0, 5.0, false),
                    (".", 5.0, 1.0, false),
                    (".", 6.0, 1.0, false),
                    (".", 7.0, 1.0, false),
                    (".", 8.0, 1.0, false),
                    ("b", 9.0, 5.0, false),
                ],
                &["a", "....", "b"],
            ),
            // three dots are a range, not a leader
            (
                &[
                    ("1", 0.0, 5.0, false),
                    (".", 7.0, 1.0, false),
                    (".", 8.0, 1.0, false),
                    (".", 9.0, 1.0, false),
                    ("4", 12.0, 5.0, false),
                ],
                &["1", "...", "4"],
            ),
            // a chart axis of one-letter words: `1 0` is as spaced as the letters of `10`
            // elsewhere on the line are, and the line's narrowest gap decides
            (
                &[
                    ("2", 0.0, 4.0, false),
                    ("4", 10.0, 4.0, false),
                    ("1", 20.0, 4.0, false),
                    ("0", 25.5, 4.0, false),
                ],
                &["2", "4", "10"],
            ),
            // one-letter words at word spacing stay words when a longer word is in the cell
            (
                &[
                    ("a", 0.0, 5.0, false),
                    ("b", 8.0, 5.0, false),
                    ("c", 16.0, 5.0, false),
                    ("d", 21.0, 5.0, false),
                ],
                &["a", "b", "cd"],
            ),
        ];
        for (spec, expected) in cases {
            assert_eq!(spaced_words(spec), *expected, "{spec:?}");
        }
    }
}
