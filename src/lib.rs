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
pub mod image;
pub mod label;
pub mod lexicon;
pub mod offsets;
pub mod options;
pub mod places;
pub mod recognizers;
pub mod verdict;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use document::Document;
pub use explain::Duty;
pub use finding::{Finding, Severity, Suggestion};
pub use label::Label;
pub use options::{Options, OptionsInput};
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

/// Analyses one post with the default options (every label on, no places,
/// allow-list or watchlist).
pub fn analyze(text: &str) -> Report {
    analyze_with(text, &Options::default())
}

/// Analyses one post with a user's options: their places and watchlist add
/// findings; disabled labels and allow-listed words remove findings before
/// overlaps are resolved and the verdict is made.
pub fn analyze_with(text: &str, options: &Options) -> Report {
    let doc = Document::new(text);
    let mut found = Findings::default();
    for recognizer in recognizers::ALL {
        (recognizer.find)(&doc, &mut found);
    }
    for recognizer in recognizers::WITH_OPTIONS {
        (recognizer.find)(&doc, options, &mut found);
    }
    report(&doc, keep(&doc, options, found).into_resolved())
}

/// The findings the user's options let through: not of a disabled label, and
/// not inside an allow-listed word or phrase of the post.
fn keep(doc: &Document, options: &Options, found: Findings) -> Findings {
    let allowed = options::AllowedSpans::new(doc, &options.allow);
    if options.all_enabled() && allowed.is_empty() {
        return found;
    }
    let mut kept = Findings::default();
    for f in found.all() {
        if options.enabled(f.label) && !allowed.allows(doc, f.start, f.end) {
            kept.push(f.clone());
        }
    }
    kept
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
