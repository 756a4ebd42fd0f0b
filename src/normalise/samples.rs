//! Value strings from the corpus, shared by the unit tests and the benchmark.

/// `(raw, label)` pairs taken from `/work/shared/corpus/` (see `tests.rs` for the file of
/// each group and the expected value).
pub const CORPUS_VALUES: &[(&str, Option<&str>)] = &[("250 V", Some("Rated voltage"))];
