//! Ruled tables: rows and columns from the grid of rules a page draws.
//!
//! Many parameter tables (TI, ST, Analog Devices) rule every cell and wrap long cell text
//! over several lines; a merged cell (a parameter over several test conditions) prints its
//! text on the middle of its rows. Read line by line, such a table interleaves the lines of
//! neighbouring cells, and one row's label, condition and values land on different lines.
//!
//! Where the horizontal and vertical rules of a page meet in a grid, each word belongs to
//! the grid cell around it: its row starts at the nearest horizontal rule above it that
//! crosses its column, its column at the nearest vertical rule to its left. A row of the
//! table is then one line, whose cells are the grid cells' text (wrapped lines joined); a
//! merged cell's text stands on the first row it covers, so the rows below continue it.
//!
//! A grid cell that holds several lines each split into cells (a box of `label  value`
//! lines with no rules between them) is not a wrapped cell: such a grid is left as laid
//! out.

use super::collect::Rule;
use super::layout::{RawLine, Word};

/// Rules closer than this (page units) are one; a rule reaching this close to another meets it.
const SNAP: f64 = 1.5;
/// Rules (merged where collinear) beyond which a page is a drawing, not a table page.
const MAX_SEGMENTS: usize = 3000;
/// Pieces of rules as drawn beyond which a page is not read for tables at all (a table
/// drawn cell by cell with shaded cells has a few thousand).
const MAX_PIECES: usize = 20_000;
/// Lines of type this many times the grid's usual size are titles over it, not cells.
const TITLE_RATIO: f64 = 1.6;
/// Wrapped lines of a cell are at most this many ems apart (baseline to baseline).
const MAX_LEADING: f64 = 1.6;
/// Room (page units) a cell leaves between its rules and its text, each side.
const PADDING: f64 = 2.0;
/// A cell of more lines than this is a box of text, not a table cell.
const MAX_WRAPPED: usize = 6;
/// A grid whose rows that can be joined hold less than this share of its words is left
/// as laid out.
const MIN_JOINED_SHARE: f64 = 0.5;
/// A grid cell this tall (page units) that holds a grid of its own is a page frame's.
const MIN_FRAME_HEIGHT: f64 = 250.0;
/// A grid with fewer words than this per cell is a chart's.
const MIN_WORDS_PER_CELL: f64 = 0.5;

/// A merged horizontal (`at` = y, `lo..hi` = x) or vertical (`at` = x, `lo..hi` = y) rule.
#[derive(Debug, Clone, Copy)]
struct Seg {
    at: f64,
    lo: f64,
    hi: f64,
}

impl Seg {
    fn covers(&self, v: f64) -> bool {
        v >= self.lo - SNAP && v <= self.hi + SNAP
    }
}

/// Merge collinear segments that touch or overlap.
fn merge(mut segs: Vec<Seg>) -> Vec<Seg> {
    segs.sort_by(|a, b| a.at.total_cmp(&b.at).then(a.lo.total_cmp(&b.lo)));
    let mut out: Vec<Seg> = Vec::new();
    // Segments of one line may differ slightly in `at`: group by `at` first.
    let mut i = 0;
    while i < segs.len() {
        let mut j = i + 1;
        while j < segs.len() && segs[j].at - segs[j - 1].at <= SNAP / 2.0 {
            j += 1;
        }
        let mut group: Vec<Seg> = segs[i..j].to_vec();
        let at = group.iter().map(|s| s.at).sum::<f64>() / group.len() as f64;
        group.sort_by(|a, b| a.lo.total_cmp(&b.lo));
        let mut cur: Option<Seg> = None;
        for s in group {
            match cur.as_mut() {
                Some(c) if s.lo <= c.hi + SNAP => c.hi = c.hi.max(s.hi),
                _ => {
                    if let Some(c) = cur.take() {
                        out.push(c);
                    }
                    cur = Some(Seg {
                        at,
                        lo: s.lo,
                        hi: s.hi,
                    });
                }
            }
        }
        out.extend(cur);
        i = j;
    }
    out
}

/// A grid: its rules and its bounding box.
struct Grid {
    h: Vec<Seg>,
    v: Vec<Seg>,
    x0: f64,
    x1: f64,
    y0: f64,
    y1: f64,
    /// Column edges no rule draws (see `joints`).
    undrawn: Vec<f64>,
}

impl Grid {
    /// The number of cells the grid would have without merged cells.
    fn cells(&self) -> f64 {
        ((distinct(&self.h) - 1) * (distinct(&self.v) - 1)) as f64
    }

    /// Whether `other` lies inside this grid's bounds and is smaller.
    fn encloses(&self, other: &Grid) -> bool {
        other.x0 >= self.x0 - SNAP
            && other.x1 <= self.x1 + SNAP
            && other.y0 >= self.y0 - SNAP
            && other.y1 <= self.y1 + SNAP
            && (other.x1 - other.x0) * (other.y1 - other.y0)
                < (self.x1 - self.x0) * (self.y1 - self.y0)
    }

    fn contains(&self, x: f64, y: f64) -> bool {
        x > self.x0 + SNAP && x < self.x1 - SNAP && y > self.y0 && y < self.y1
    }

    /// The grid cell around a word spanning `x0..x1` on a line spanning `top..base`: the
    /// top of its row (the nearest rule above that crosses it) and the left and right
    /// edges of its column (the nearest rules beside it; the grid's edge for a first or
    /// last column without an outer rule). `None` unless rules close the cell above, below
    /// and on one side at least: text in an open part of a drawing frame is no cell's.
    fn cell_of(&self, x0: f64, x1: f64, top: f64, base: f64) -> Option<(f64, f64, f64)> {
        let mid = (x0 + x1) / 2.0;
        let above = self
            .h
            .iter()
            .filter(|s| s.at <= top + SNAP && s.covers(mid))
            .map(|s| s.at)
            .reduce(f64::max)?;
        self.h
            .iter()
            .find(|s| s.at >= base - SNAP && s.covers(mid))?;
        let beside = |s: &&Seg| s.lo <= base + SNAP && s.hi >= top - SNAP;
        let left = self
            .v
            .iter()
            .filter(beside)
            .filter(|s| s.at <= x0 + SNAP)
            .map(|s| s.at)
            .reduce(f64::max);
        let right = self
            .v
            .iter()
            .filter(beside)
            .filter(|s| s.at >= x1 - SNAP)
            .map(|s| s.at)
            .reduce(f64::min);
        // A table without outer side rules: its first or last column ends where its
        // horizontal rules end (not both, which is a frame's open middle).
        match (left, right) {
            (Some(l), Some(r)) => Some((above, l, r)),
            (None, Some(r)) => Some((above, self.x0, r)),
            (Some(l), None) => Some((above, l, self.x1)),
            (None, None) => None,
        }
    }
}

/// Find the grids among a page's rules: rules that meet, with at least three horizontal
/// and two vertical rules (two rows between two columns' edges).
fn grids(rules: &[Rule], boxes: &[Rule]) -> Vec<Grid> {
    let mut h = Vec::new();
    let mut v = Vec::new();
    let edges = boxes.iter().flat_map(|b| {
        [
            Rule { y1: b.y0, ..*b },
            Rule { y0: b.y1, ..*b },
            Rule { x1: b.x0, ..*b },
            Rule { x0: b.x1, ..*b },
        ]
    });
    for r in rules.iter().copied().chain(edges) {
        if r.is_horizontal() {
            h.push(Seg {
                at: (r.y0 + r.y1) / 2.0,
                lo: r.x0,
                hi: r.x1,
            });
        } else if r.is_vertical() {
            v.push(Seg {
                at: (r.x0 + r.x1) / 2.0,
                lo: r.y0,
                hi: r.y1,
            });
        }
    }
    if h.len() < 3 || h.len() + v.len() > MAX_PIECES {
        return Vec::new();
    }
    let undrawn = joints(&h, &v);
    if v.len() + undrawn.len() < 2 {
        return Vec::new();
    }
    let h = merge(h);
    let v = merge(v);
    if h.len() + v.len() + undrawn.len() > MAX_SEGMENTS {
        return Vec::new();
    }
    // Union-find over h (0..nh), drawn v (nh..nh + nv) and undrawn edges (after).
    let (nh, nv) = (h.len(), v.len());
    let mut parent: Vec<usize> = (0..nh + nv + undrawn.len()).collect();
    fn find(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    for (i, a) in h.iter().enumerate() {
        for (j, b) in v.iter().enumerate() {
            if a.covers(b.at) && b.covers(a.at) {
                let (ri, rj) = (find(&mut parent, i), find(&mut parent, nh + j));
                parent[ri] = rj;
            }
        }
    }
    // An undrawn edge joins the rules of its rows, but never two tables that draw their
    // vertical rules (the bottom rule of one and the top rule of the next).
    let mut drawn = vec![false; parent.len()];
    for j in 0..nv {
        let r = find(&mut parent, nh + j);
        drawn[r] = true;
    }
    for (k, u) in undrawn.iter().enumerate() {
        let crossed: Vec<usize> = (0..nh)
            .filter(|&i| h[i].covers(u.at) && u.covers(h[i].at))
            .collect();
        let mut roots: Vec<usize> = crossed.iter().map(|&i| find(&mut parent, i)).collect();
        roots.sort_unstable();
        roots.dedup();
        if roots.iter().filter(|&&r| drawn[r]).count() >= 2 {
            continue;
        }
        let me = nh + nv + k;
        for r in roots {
            let d = drawn[r];
            let rm = find(&mut parent, me);
            parent[r] = rm;
            drawn[rm] |= d;
        }
    }
    // Per group: its horizontal rules, its vertical edges, and which of those are undrawn.
    type Group = (Vec<Seg>, Vec<Seg>, Vec<f64>);
    let mut groups: std::collections::BTreeMap<usize, Group> = Default::default();
    for i in 0..parent.len() {
        let r = find(&mut parent, i);
        let g = groups.entry(r).or_default();
        if i < nh {
            g.0.push(h[i]);
        } else if i < nh + nv {
            g.1.push(v[i - nh]);
        } else {
            g.1.push(undrawn[i - nh - nv]);
            g.2.push(undrawn[i - nh - nv].at);
        }
    }
    let mut out: Vec<Grid> = groups
        .into_values()
        .filter(|(h, v, _)| distinct(h) >= 3 && distinct(v) >= 2)
        .map(|(h, v, undrawn)| {
            let x0 = h.iter().map(|s| s.lo).fold(f64::INFINITY, f64::min);
            let x1 = h.iter().map(|s| s.hi).fold(f64::NEG_INFINITY, f64::max);
            let y0 = v.iter().map(|s| s.lo).fold(f64::INFINITY, f64::min);
            let y1 = v.iter().map(|s| s.hi).fold(f64::NEG_INFINITY, f64::max);
            Grid {
                h,
                v,
                x0,
                x1,
                y0,
                y1,
                undrawn,
            }
        })
        .collect();
    out.sort_by(|a, b| a.y0.total_cmp(&b.y0).then(a.x0.total_cmp(&b.x0)));
    out
}

/// Vertical edges a table draws without vertical rules: where the horizontal rules of
/// several rows are drawn cell by cell, one piece ending where the next begins at the same
/// x, that x is a column edge (Bourns draws its tape tables so): one edge per row between
/// two rules that break there, over runs of at least three such rules no farther apart
/// than a table's rows. A break where a drawn vertical rule meets is that rule's, not an
/// undrawn edge.
fn joints(h: &[Seg], v: &[Seg]) -> Vec<Seg> {
    /// Rows of one table are at most this far apart (page units).
    const MAX_ROW: f64 = 60.0;
    /// Pieces of a rule are at least this long (page units): shorter ones draw curves.
    const MIN_PIECE: f64 = 15.0;
    let mut pieces: Vec<&Seg> = h.iter().filter(|s| s.hi - s.lo >= MIN_PIECE).collect();
    pieces.sort_by(|a, b| a.at.total_cmp(&b.at).then(a.lo.total_cmp(&b.lo)));
    // (x, y) of every place where a piece ends and a collinear one begins.
    let mut at: Vec<(f64, f64)> = Vec::new();
    for (i, a) in pieces.iter().enumerate() {
        let next = pieces[i + 1..]
            .iter()
            .take_while(|b| b.at - a.at <= SNAP / 2.0)
            .find(|b| (b.lo - a.hi).abs() <= SNAP);
        let drawn = v
            .iter()
            .any(|r| (r.at - a.hi).abs() <= SNAP && r.covers(a.at));
        if next.is_some() && !drawn {
            at.push((a.hi, a.at));
        }
    }
    at.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let mut out = Vec::new();
    let mut i = 0;
    while i < at.len() {
        let mut j = i + 1;
        while j < at.len() && at[j].0 - at[i].0 <= SNAP {
            j += 1;
        }
        let mut ys: Vec<f64> = at[i..j].iter().map(|p| p.1).collect();
        ys.sort_by(f64::total_cmp);
        ys.dedup_by(|a, b| (*a - *b).abs() <= SNAP);
        let x = at[i..j].iter().map(|p| p.0).sum::<f64>() / (j - i) as f64;
        // One edge per row, over runs of at least two rows.
        let mut start = 0;
        for k in 1..=ys.len() {
            if k == ys.len() || ys[k] - ys[k - 1] > MAX_ROW {
                if k - start >= 3 {
                    out.extend(ys[start..k].windows(2).map(|w| Seg {
                        at: x,
                        lo: w[0],
                        hi: w[1],
                    }));
                }
                start = k;
            }
        }
        i = j;
    }
    out
}

/// The number of distinct positions of some rules.
fn distinct(segs: &[Seg]) -> usize {
    let mut ats: Vec<f64> = segs.iter().map(|s| s.at).collect();
    ats.sort_by(f64::total_cmp);
    ats.dedup_by(|a, b| (*a - *b).abs() <= SNAP);
    ats.len()
}

/// One word placed in a grid.
struct Placed {
    line: usize,
    word: usize,
    row: f64,
    col: f64,
    right: f64,
}

/// Regroup the words of ruled grids into one line per table row.
pub(super) fn regroup(
    lines: Vec<RawLine>,
    rules: &[Rule],
    boxes: &[Rule],
    page: u32,
) -> Vec<RawLine> {
    let grids = grids(rules, boxes);
    if grids.is_empty() {
        return lines;
    }
    let mut taken: Vec<Vec<bool>> = lines.iter().map(|l| vec![false; l.words.len()]).collect();
    let mut rows_out: Vec<RawLine> = Vec::new();
    let mut member: Vec<Vec<Option<u32>>> =
        lines.iter().map(|l| vec![None; l.words.len()]).collect();
    let tops: Vec<f64> = grids.iter().map(|g| g.y0).collect();
    for (gi, grid) in grids.iter().enumerate() {
        let id = page.saturating_mul(1000).saturating_add(gi as u32);
        let mut placed: Vec<Placed> = Vec::new();
        let frames: Vec<(f64, f64, f64)> = grids
            .iter()
            .filter(|g| grid.encloses(g))
            .filter_map(|g| {
                let (x0, x1, y) = (g.x0 + 2.0 * SNAP, g.x1 - 2.0 * SNAP, g.y0 + 2.0 * SNAP);
                let cell = grid.cell_of(x0, x1, y, y)?;
                // A frame's cell is a page body, taller than any table cell (a drawing
                // inside a table cell draws small grids of its own).
                let mid = (x0 + x1) / 2.0;
                let bottom = grid
                    .h
                    .iter()
                    .filter(|s| s.at >= g.y1 - SNAP && s.covers(mid))
                    .map(|s| s.at)
                    .reduce(f64::min)?;
                (bottom - cell.0 >= MIN_FRAME_HEIGHT).then_some(cell)
            })
            .collect();
        for (li, l) in lines.iter().enumerate() {
            let top_of = |w: &Word| w.y - 0.7 * l.size;
            for (wi, w) in l.words.iter().enumerate() {
                let (mid, y) = ((w.x0 + w.x1) / 2.0, w.y - 0.3 * l.size);
                if taken[li][wi] || !grid.contains(mid, y) {
                    continue;
                }
                if let Some((row, col, right)) = grid.cell_of(w.x0, w.x1, top_of(w), w.y) {
                    // A cell that holds a grid of its own is a frame's (a page border
                    // ruled like a form): its text is no table cell's.
                    let same = |f: &(f64, f64, f64)| {
                        (f.0 - row).abs() <= SNAP && (f.1 - col).abs() <= SNAP
                    };
                    if frames.iter().any(same) {
                        continue;
                    }
                    placed.push(Placed {
                        line: li,
                        word: wi,
                        row,
                        col,
                        right,
                    });
                }
            }
        }
        // Type much larger than the grid's own (a page title drawn across it) is none of
        // its cells' text.
        if !placed.is_empty() {
            let mut sizes: Vec<f64> = placed.iter().map(|p| lines[p.line].size).collect();
            sizes.sort_by(f64::total_cmp);
            let median = sizes[sizes.len() / 2];
            placed.retain(|p| lines[p.line].size <= TITLE_RATIO * median);
        }
        // Words one line runs across an undrawn column edge, with no cell break, are one
        // cell over both columns (`No protrusion beyond the carrier tape`).
        for k in 1..placed.len() {
            let (a, b) = (&placed[k - 1], &placed[k]);
            let across = grid
                .undrawn
                .iter()
                .any(|&x| x > a.col + SNAP && x <= b.col + SNAP);
            if a.line == b.line
                && a.word + 1 == b.word
                && (a.row - b.row).abs() <= SNAP
                && !lines[b.line].breaks[b.word]
                && across
            {
                let (col, right, line) = (a.col, b.right.max(a.right), b.line);
                for p in placed[..=k].iter_mut().rev() {
                    if p.line != line || (p.col - col).abs() > SNAP {
                        break;
                    }
                    p.right = right;
                }
                placed[k].col = col;
                placed[k].right = right;
            }
        }
        // A chart's grid: mostly empty cells (axis numbers sit outside it).
        if (placed.len() as f64) < MIN_WORDS_PER_CELL * grid.cells() {
            continue;
        }
        let rows = build_rows(grid, &lines, &placed);
        if !rows.is_empty() {
            // Words of the grid's lines that stay as laid out are rows of its table all
            // the same.
            for p in &placed {
                member[p.line][p.word] = Some(id);
            }
        }
        for (_, used) in &rows {
            for &i in used {
                taken[placed[i].line][placed[i].word] = true;
            }
        }
        rows_out.extend(rows.into_iter().map(|(mut line, _)| {
            line.grid = Some(id);
            line.joined = true;
            line
        }));
    }

    if rows_out.is_empty() {
        return lines;
    }
    // What is left of each line: the words of a grid it stays in as laid out (rows the
    // grid does not rule apart) and the words outside, each a line of its own.
    let mut out: Vec<RawLine> = Vec::new();
    for (li, l) in lines.into_iter().enumerate() {
        let mut parts: Vec<RawLine> = Vec::new();
        let mut prev: Option<(Option<u32>, usize)> = None;
        for (wi, w) in l.words.into_iter().enumerate() {
            if taken[li][wi] {
                prev = None;
                continue;
            }
            let grid = member[li][wi];
            let k = match parts.iter().position(|p| p.grid == grid) {
                Some(k) => k,
                None => {
                    parts.push(RawLine {
                        y: l.y,
                        size: l.size,
                        words: Vec::new(),
                        breaks: Vec::new(),
                        gaps: Vec::new(),
                        grid,
                        joined: false,
                    });
                    parts.len() - 1
                }
            };
            let part = &mut parts[k];
            let follows = prev == Some((grid, k));
            part.breaks
                .push(!part.words.is_empty() && (l.breaks[wi] || !follows));
            part.gaps.push(l.gaps[wi]);
            part.words.push(w);
            prev = Some((grid, k));
        }
        out.extend(parts);
    }
    out.extend(rows_out);
    // A grid's rows stay together where the grid starts: text beside it (a second page
    // column) follows the whole table instead of interleaving with its rows.
    let key = |l: &RawLine| match l.grid {
        Some(id) => (tops.get((id % 1000) as usize).copied().unwrap_or(l.y), l.y),
        None => (l.y, l.y),
    };
    out.sort_by(|a, b| {
        let (ka, kb) = (key(a), key(b));
        ka.0.total_cmp(&kb.0).then(ka.1.total_cmp(&kb.1))
    });
    out
}

/// A cell of a row being built: its words, with the cell break and gap before each.
type CellWords = Vec<(Word, bool, f64)>;

/// A table row being built: its cells by left edge, the baselines of the lines it was
/// built from, and the placed words it holds.
struct Built {
    cells: Vec<(f64, CellWords)>,
    ys: Vec<f64>,
    y: f64,
    size: f64,
    used: Vec<usize>,
}

impl Built {
    fn new() -> Self {
        Built {
            cells: Vec::new(),
            ys: Vec::new(),
            y: f64::INFINITY,
            size: 0.0,
            used: Vec::new(),
        }
    }

    fn into_line(mut self) -> (RawLine, Vec<usize>) {
        self.cells.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut line = RawLine {
            y: self.y,
            size: self.size,
            words: Vec::new(),
            breaks: Vec::new(),
            gaps: Vec::new(),
            grid: None,
            joined: false,
        };
        for (_, cell) in self.cells {
            for (k, (w, brk, gap)) in cell.into_iter().enumerate() {
                line.breaks.push(!line.words.is_empty() && (k == 0 || brk));
                line.gaps.push(if k == 0 { 99.0 } else { gap });
                line.words.push(w);
            }
        }
        (line, self.used)
    }
}

/// A line of a grid cell that is not wrapped text (rows the grid does not rule apart):
/// it joins the row built from a line on its baseline.
struct Piece {
    y: f64,
    size: f64,
    x: f64,
    words: CellWords,
    used: Vec<usize>,
}

/// The distinct values of `v`, ascending, values within [`SNAP`] of the one before kept as
/// one.
fn keys(v: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut keys: Vec<f64> = v.collect();
    keys.sort_by(f64::total_cmp);
    keys.dedup_by(|a, b| (*a - *b).abs() <= SNAP);
    keys
}

/// The index of the key nearest `v`: each word is in one row and one column, even where
/// keys are less than two [`SNAP`]s apart (a drawing's dimension lines), and a value then
/// lies within [`SNAP`] of two.
fn nearest(keys: &[f64], v: f64) -> usize {
    (0..keys.len())
        .min_by(|&a, &b| (keys[a] - v).abs().total_cmp(&(keys[b] - v).abs()))
        .unwrap_or(0)
}

/// The table rows of one grid, each with the indices (into `placed`) of its words.
///
/// A grid cell of one line keeps its cells; a cell of several lines is wrapped text,
/// joined, unless its lines are rows the grid does not rule apart (several value lines,
/// lines split into cells, a rule between them, short lines facing as many lines of
/// another cell): then each of its lines joins the row on its baseline. A grid without
/// wrapped cells, or where such lines are most of the text, reads the same line by line
/// and gives no rows.
fn build_rows(grid: &Grid, lines: &[RawLine], placed: &[Placed]) -> Vec<(RawLine, Vec<usize>)> {
    if placed.is_empty() {
        return Vec::new();
    }
    let rows = keys(placed.iter().map(|p| p.row));
    let row_of: Vec<usize> = placed.iter().map(|p| nearest(&rows, p.row)).collect();
    let mut built: Vec<Built> = Vec::new();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut wrapped = false;
    let mut joined_words = 0usize;
    for r in 0..rows.len() {
        let in_row: Vec<usize> = (0..placed.len()).filter(|&i| row_of[i] == r).collect();
        let cols = keys(in_row.iter().map(|&i| placed[i].col));
        let col_of = |i: usize| nearest(&cols, placed[i].col);
        let mut this = Built::new();
        // A row where one cell's lines are rows the grid does not rule apart is such rows
        // in every column: a first pass finds out, the second builds.
        let mut row_fails = false;
        // The first row of a grid, with no number in any cell (a raised `2` aside), is a
        // header: its cells' words may be spread over the row's height, `I²t` with its
        // `2` on a line of its own, and stacked in every column (`Amp` over `Code` beside
        // `Amp` over `Rating`): names, not rows.
        let header = r == 0 && {
            let mut cell_lines: Vec<(usize, usize)> = in_row
                .iter()
                .map(|&i| (col_of(i), placed[i].line))
                .collect();
            cell_lines.sort_unstable();
            cell_lines.dedup();
            !cell_lines.iter().any(|&(c, li)| {
                let words: Vec<&str> = in_row
                    .iter()
                    .filter(|&&i| placed[i].line == li && col_of(i) == c)
                    .map(|&i| lines[li].words[placed[i].word].text.as_str())
                    .collect();
                value_like(&words) && !(words.len() == 1 && words[0].len() == 1)
            })
        };
        for pass in 0..2 {
            for (c, &col) in cols.iter().enumerate() {
                let mut cell: Vec<usize> =
                    in_row.iter().copied().filter(|&i| col_of(i) == c).collect();
                let word = |i: usize| &lines[placed[i].line].words[placed[i].word];
                let line_of = |i: usize| &lines[placed[i].line];
                cell.sort_by(|&a, &b| {
                    line_of(a)
                        .y
                        .total_cmp(&line_of(b).y)
                        .then(placed[a].line.cmp(&placed[b].line))
                        .then(placed[a].word.cmp(&placed[b].word))
                });
                // Lines less than half an em apart are one visual line (a raised `²` laid out
                // as a line of its own): read left to right.
                let mut k = 0;
                while k < cell.len() {
                    let y = line_of(cell[k]).y;
                    let half = 0.5 * line_of(cell[k]).size;
                    let end = k + cell[k..]
                        .iter()
                        .take_while(|&&i| line_of(i).y - y < half)
                        .count();
                    cell[k..end].sort_by(|&a, &b| word(a).x0.total_cmp(&word(b).x0));
                    k = end;
                }
                // The cell's source lines, each once (a visual line read left to right
                // alternates between them).
                let mut src: Vec<usize> = Vec::new();
                for &i in &cell {
                    if !src.contains(&placed[i].line) {
                        src.push(placed[i].line);
                    }
                }
                let words_of = |li: usize| -> Vec<usize> {
                    cell.iter()
                        .copied()
                        .filter(|&i| placed[i].line == li)
                        .collect()
                };
                // The words of one source line with their own cell breaks.
                let own = |idx: &[usize]| -> CellWords {
                    idx.iter()
                        .enumerate()
                        .map(|(k, &i)| {
                            let (l, p) = (&lines[placed[i].line], &placed[i]);
                            let brk =
                                k == 0 || l.breaks[p.word] || placed[idx[k - 1]].word + 1 != p.word;
                            (l.words[p.word].clone(), brk, l.gaps[p.word])
                        })
                        .collect()
                };
                if src.len() == 1 {
                    if pass == 0 {
                        continue;
                    }
                    let l = &lines[src[0]];
                    this.y = this.y.min(
                        cell.iter()
                            .map(|&i| word(i).y)
                            .fold(f64::INFINITY, f64::min),
                    );
                    this.size = this.size.max(l.size);
                    this.ys.push(l.y);
                    this.cells.push((word(cell[0]).x0, own(&cell)));
                    this.used.extend(&cell);
                    joined_words += cell.len();
                    continue;
                }
                let split_lines = src
                    .iter()
                    .filter(|&&li| {
                        words_of(li)
                            .iter()
                            .skip(1)
                            .any(|&i| lines[li].breaks[placed[i].word])
                    })
                    .count();
                let value_lines = src
                    .iter()
                    .filter(|&&li| {
                        let words: Vec<&str> = words_of(li)
                            .iter()
                            .map(|&i| word(i).text.as_str())
                            .collect();
                        value_like(&words)
                    })
                    .count();
                // Wrapped lines follow each other at line spacing, with no rule between them
                // (in another column); farther apart, or many, they are paragraphs in a box.
                let spread = src.windows(2).any(|w| {
                    let (a, b) = (&lines[w[0]], &lines[w[1]]);
                    let ruled = grid
                        .h
                        .iter()
                        .any(|s| s.at > a.y + SNAP && s.at < b.y - 0.7 * b.size);
                    b.y - a.y > MAX_LEADING * a.size || ruled
                });
                // A line wraps where the next word would not fit on it; short lines beside as
                // many lines of another cell, baseline for baseline, are entries of their own
                // (`case` over `potting` beside their materials).
                let width = placed[cell[0]].right - col;
                let fits = src.windows(2).any(|w| {
                    let (first, next) = (words_of(w[0]), words_of(w[1]));
                    let x0 = first
                        .iter()
                        .map(|&i| word(i).x0)
                        .fold(f64::INFINITY, f64::min);
                    let x1 = first
                        .iter()
                        .map(|&i| word(i).x1)
                        .fold(f64::NEG_INFINITY, f64::max);
                    next.first().is_some_and(|&n| {
                        let n = word(n);
                        x1 - x0 + 0.3 * lines[w[0]].size + (n.x1 - n.x0) < width - 2.0 * PADDING
                    })
                });
                let ys: Vec<f64> = src.iter().map(|&li| lines[li].y).collect();
                // A value over its second unit in parentheses (`9` over `(.354)`) is one
                // entry, whatever faces it.
                let second_unit = src.iter().skip(1).all(|&li| {
                    let idx = words_of(li);
                    idx.first().is_some_and(|&i| word(i).text.starts_with('('))
                        && idx.last().is_some_and(|&i| word(i).text.ends_with(')'))
                });
                // The baselines of each other cell of the row.
                let others: Vec<Vec<f64>> = (0..cols.len())
                    .filter(|&other| other != c)
                    .map(|other| {
                        let mut theirs: Vec<f64> = in_row
                            .iter()
                            .filter(|&&i| col_of(i) == other)
                            .map(|&i| line_of(i).y)
                            .collect();
                        theirs.sort_by(f64::total_cmp);
                        theirs.dedup_by(|a, b| (*a - *b).abs() <= SNAP);
                        theirs
                    })
                    .collect();
                let facing = |theirs: &Vec<f64>| {
                    theirs.len() == ys.len()
                        && theirs.iter().zip(&ys).all(|(a, b)| (a - b).abs() <= SNAP)
                };
                // A cell of the row wrapping on baselines of its own (a test condition of
                // two lines beside a label and a requirement of three) shows the row's
                // cells are wrapped text, not entries facing each other.
                let paired = fits
                    && !second_unit
                    && others.iter().any(facing)
                    && !others.iter().any(|t| {
                        // Lines less than half an em apart are one visual line (`t` over
                        // its subscript `p`).
                        let half = 0.5 * lines[src[0]].size;
                        let visual = 1 + t.windows(2).filter(|w| w[1] - w[0] >= half).count();
                        visual >= 2 && !facing(t)
                    });
                let fails = split_lines >= 1
                    || src.len() > MAX_WRAPPED
                    || !header && (value_lines >= 2 || spread || paired);
                if pass == 0 {
                    row_fails |= fails;
                    continue;
                }
                if row_fails {
                    for &li in &src {
                        let idx = words_of(li);
                        pieces.push(Piece {
                            y: lines[li].y,
                            size: lines[li].size,
                            x: word(idx[0]).x0,
                            words: own(&idx),
                            used: idx,
                        });
                    }
                    continue;
                }
                wrapped = true;
                let mut text = String::new();
                let (mut x0, mut x1) = (f64::INFINITY, f64::NEG_INFINITY);
                let mut y = f64::INFINITY;
                for &i in &cell {
                    let w = word(i);
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    text.push_str(&w.text);
                    x0 = x0.min(w.x0);
                    x1 = x1.max(w.x1);
                    y = y.min(w.y);
                }
                this.y = this.y.min(y);
                this.size = this
                    .size
                    .max(src.iter().map(|&li| lines[li].size).fold(0.0, f64::max));
                this.ys.extend(&ys);
                this.cells
                    .push((x0, vec![(Word { x0, x1, y, text }, true, 99.0)]));
                this.used.extend(&cell);
                joined_words += cell.len();
            }
        }
        if !this.cells.is_empty() {
            built.push(this);
        }
    }
    // Most of the grid's text in lines the grid does not rule apart: rules around groups
    // of rows only, read better line by line.
    if !wrapped || (joined_words as f64) < MIN_JOINED_SHARE * placed.len() as f64 {
        return Vec::new();
    }
    for piece in pieces {
        let near = |y: f64| (y - piece.y).abs() < 0.5 * piece.size;
        let k = match built.iter().position(|b| b.ys.iter().any(|&y| near(y))) {
            Some(k) => k,
            None => {
                built.push(Built::new());
                built.len() - 1
            }
        };
        let b = &mut built[k];
        b.y = b.y.min(piece.y);
        b.size = b.size.max(piece.size);
        b.ys.push(piece.y);
        b.cells.push((piece.x, piece.words));
        b.used.extend(piece.used);
    }
    built.sort_by(|a, b| a.y.total_cmp(&b.y));
    built.into_iter().map(Built::into_line).collect()
}

/// A number with at most a unit or two (`0.125A – 0.800A`, `60 V`, `±5 %`): the value of a
/// row, where the text of a wrapped cell is words.
fn value_like(words: &[&str]) -> bool {
    let mut chars = words.first().map(|w| w.chars()).into_iter().flatten();
    let first = chars.next();
    let starts_number = match first {
        Some(c) if c.is_ascii_digit() => true,
        Some('-' | '–' | '−' | '+' | '±' | '<' | '>' | '≤' | '≥' | '.') => {
            chars.next().is_some_and(|c| c.is_ascii_digit())
        }
        _ => false,
    };
    // `−55 to` over `+150`: a range that wraps.
    let open_ended = words
        .last()
        .is_some_and(|w| matches!(*w, "to" | "-" | "–" | "~" | "…" | "...") || w.ends_with(','));
    starts_number
        && !open_ended
        && words.len() <= 4
        && words.iter().map(|w| w.chars().count()).sum::<usize>() <= 24
        && !words.iter().any(|w| w.contains('='))
}
