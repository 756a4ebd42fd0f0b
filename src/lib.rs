//! dsx: vendor datasheets (PDF or Markdown) → structured, unit-normalised JSON records.
//!
//! The pipeline, one module per stage:
//! 1. [`source`]: bytes → [`document::Document`] (Markdown via pulldown-cmark, PDF via pdf-extract);
//! 2. [`structure`]: Document → sections, properties, tables, related items, product identity;
//! 3. [`normalise`]: each value's text → a typed [`normalise::Value`] in SI;
//! 4. [`record`]: the serde shape of the contract (docs/spec.md);
//! 5. [`sink`]: JSON Lines, JSON files; [`pipeline`] runs it all over a folder with rayon.

pub mod cli;
pub mod diagnostic;
pub mod diff;
pub mod document;
pub mod normalise;
pub mod pipeline;
pub mod record;
pub mod schema;
pub mod sink;
pub mod source;
pub mod structure;

/// Builds the tables and compiles the patterns the stages otherwise build on first use
/// (the unit spellings, the regular expressions of structure and values): a few
/// milliseconds of work that every run pays once. The command line calls it on a thread
/// of its own as it starts, so the first file's conversion does not wait for it: a stage
/// that needs a table before it is ready waits for that table alone. Nothing is searched
/// here, so no pattern's search cache is tied to this thread.
pub fn warm_up() {
    normalise::warm_up();
    structure::warm_up();
}
