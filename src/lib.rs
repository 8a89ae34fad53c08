//! CareCheck's analysis core: decides whether a social-media post written by
//! a health or care professional could identify a service user or attacks
//! someone, and explains why.
//!
//! The core knows nothing of browsers or files: text in, [`Report`] out. It
//! does no I/O, keeps no state between calls and never panics on any input,
//! so it can run per keystroke inside WebAssembly.
//!
//! Data flow: [`Document`] (the words) → [`recognizers`] (one per kind of
//! finding, in order) → overlaps resolved → [`framing`] (consent, fiction) →
//! [`verdict`] (combinations decide) → [`Report`].

pub mod calendar;
pub mod care_context;
pub mod checksum;
#[cfg(not(target_arch = "wasm32"))]
pub mod corpus;
pub mod date_shapes;
pub mod document;
pub mod eval;
pub mod explain;
pub mod finding;
pub mod framing;
pub mod label;
pub mod lexicon;
pub mod offsets;
pub mod places;
pub mod recognizers;
pub mod verdict;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use document::Document;
pub use explain::Duty;
pub use finding::{Finding, Severity, Suggestion};
pub use label::Label;
pub use verdict::{Reason, Risk};

use finding::Findings;
use serde::Serialize;

/// The analysis of one post.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// The verdict: high, low or none.
    pub risk: Risk,
    /// 0 to 1, banded by the verdict.
    pub score: f64,
    /// Everything the recognizers found, sorted, never overlapping, byte
    /// offsets. What a user sees is [`Report::highlights`].
    pub findings: Vec<Finding>,
    /// Post-level reasons, each citing a professional duty.
    pub reasons: Vec<Reason>,
}

/// Analyses one post.
pub fn analyze(text: &str) -> Report {
    let doc = Document::new(text);
    let mut found = Findings::default();
    for recognizer in recognizers::ALL {
        (recognizer.find)(&doc, &mut found);
    }
    report(&doc, found.into_resolved())
}

/// Weighs resolved findings into a report.
fn report(doc: &Document, findings: Vec<Finding>) -> Report {
    let verdict = verdict::decide(&findings, framing::read(doc));
    Report {
        risk: verdict.risk,
        score: verdict.score,
        findings,
        reasons: verdict.reasons,
    }
}

impl Report {
    /// The spans to show the user: all findings when the post is risky, none
    /// when the verdict is none (a safe post shows no marks, so a lone
    /// clinical word in general advice is not underlined).
    pub fn highlights(&self) -> &[Finding] {
        if self.risk == Risk::None {
            &[]
        } else {
            &self.findings
        }
    }
}
