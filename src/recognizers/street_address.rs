//! Recognizer: street_address (not written yet).

use crate::document::Document;
use crate::finding::Findings;

/// Adds this recognizer's findings.
pub fn find(_doc: &Document, _found: &mut Findings) {}
