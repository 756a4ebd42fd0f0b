//! PDF → Document (layout-aware reading with pdf-extract). See issue 4.

use std::time::Duration;

use super::SourceError;
use crate::document::Document;

/// Read a PDF with a time and stack budget.
pub fn read_guarded(bytes: &[u8], timeout: Duration) -> Result<Document, SourceError> {
    let _ = (bytes, timeout);
    Err(SourceError::Unsupported(
        "PDF reading is not built yet".into(),
    ))
}
