//! What a recognizer reports: a labelled span with a reason and a safer wording.

use crate::explain;
use crate::label::{IdentifierKind, Label};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// How much a finding on its own matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Context that only matters in combination (clinical detail, "my patient").
    Low,
    /// A quasi-identifier or derogatory wording.
    Medium,
    /// Identifies a person on its own.
    High,
}

impl Severity {
    /// The severity a label carries by default.
    pub fn of(label: Label) -> Severity {
        match label.kind() {
            IdentifierKind::Direct => Severity::High,
            IdentifierKind::Quasi | IdentifierKind::Tone => Severity::Medium,
            IdentifierKind::Context => Severity::Low,
        }
    }
}

/// A safer wording for a finding's span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    /// Text to put in place of the span; empty means "delete it".
    pub replacement: Cow<'static, str>,
    /// The advice in plain words, e.g. `Say "an older adult" instead of the exact age.`
    pub advice: Cow<'static, str>,
}

impl Suggestion {
    /// Replace the span with `replacement`.
    pub fn replace(
        replacement: impl Into<Cow<'static, str>>,
        advice: impl Into<Cow<'static, str>>,
    ) -> Self {
        Suggestion {
            replacement: replacement.into(),
            advice: advice.into(),
        }
    }

    /// Delete the span.
    pub fn remove(advice: impl Into<Cow<'static, str>>) -> Self {
        Suggestion::replace("", advice)
    }
}

/// One labelled span of the post.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// Byte offset of the span's start in the analysed text (a char boundary).
    pub start: usize,
    /// Byte offset just past the span (a char boundary).
    pub end: usize,
    /// What the span is.
    pub label: Label,
    /// How much it matters on its own.
    pub severity: Severity,
    /// How sure the recognizer is, 0 to 1.
    pub confidence: f32,
    /// Why it is flagged, in one plain sentence.
    pub reason: Cow<'static, str>,
    /// A safer wording.
    pub suggestion: Suggestion,
}

impl Finding {
    /// A finding with the label's default reason, severity and suggestion.
    pub fn new(label: Label, start: usize, end: usize) -> Self {
        Finding {
            start,
            end,
            label,
            severity: Severity::of(label),
            confidence: 0.8,
            reason: Cow::Borrowed(explain::reason(label)),
            suggestion: explain::suggestion(label),
        }
    }

    /// Sets how sure the recognizer is.
    pub fn confidence(mut self, confidence: f32) -> Self {
        self.confidence = confidence.clamp(0.0, 1.0);
        self
    }

    /// Replaces the default reason.
    pub fn reason(mut self, reason: impl Into<Cow<'static, str>>) -> Self {
        self.reason = reason.into();
        self
    }

    /// Replaces the default suggestion.
    pub fn suggest(mut self, suggestion: Suggestion) -> Self {
        self.suggestion = suggestion;
        self
    }

    /// True when the spans share at least one byte.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        self.start < end && start < self.end
    }

    /// Byte length of the span.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for an empty span.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// The findings gathered so far while a post is analysed. Recognizers run in
/// order and may read what earlier ones found (a bare number is an NHS number
/// only near clinical words; a lowercase name only near "my patient").
///
/// Queries stay cheap however many findings a huge input produces: spans are
/// indexed by start, and a neighbourhood query only walks starts that could
/// reach the window (no span is longer than `longest`).
#[derive(Debug, Default)]
pub struct Findings {
    items: Vec<Finding>,
    by_start: BTreeSet<(usize, usize)>,
    per_label: [usize; Label::ALL.len()],
    longest: usize,
}

impl Findings {
    /// Adds a finding; an empty or inverted span is dropped.
    pub fn push(&mut self, finding: Finding) {
        if finding.is_empty() {
            return;
        }
        self.by_start.insert((finding.start, self.items.len()));
        self.per_label[finding.label as usize] += 1;
        self.longest = self.longest.max(finding.len());
        self.items.push(finding);
    }

    /// Everything found so far, in the order it was found.
    pub fn all(&self) -> &[Finding] {
        &self.items
    }

    /// True when some finding has this label.
    pub fn has(&self, label: Label) -> bool {
        self.per_label[label as usize] > 0
    }

    /// The findings that share a byte with `start - distance .. end + distance`.
    fn around(&self, start: usize, end: usize, distance: usize) -> impl Iterator<Item = &Finding> {
        let from = start.saturating_sub(distance.saturating_add(self.longest));
        let to = end.saturating_add(distance);
        let low = start.saturating_sub(distance);
        self.by_start
            .range((from, 0)..(to, 0))
            .map(move |&(_, index)| &self.items[index])
            .filter(move |f| f.end > low)
    }

    /// True when some finding (any label) shares a byte with `start..end`.
    pub fn covers(&self, start: usize, end: usize) -> bool {
        self.around(start, end, 0).next().is_some()
    }

    /// True when a finding with one of `labels` lies within `distance` bytes of `start..end`.
    pub fn near(&self, labels: &[Label], start: usize, end: usize, distance: usize) -> bool {
        labels.iter().any(|&l| self.has(l))
            && self
                .around(start, end, distance)
                .any(|f| labels.contains(&f.label))
    }

    /// Keeps one finding wherever spans overlap: the higher-ranked label, then
    /// the longer span, then the more confident finding (a watchlist match
    /// says more than a name-list match of the same words), then the earlier
    /// one. Returns them sorted by start.
    pub fn into_resolved(self) -> Vec<Finding> {
        let mut items = self.items;
        items.sort_by(|a, b| {
            b.label
                .overlap_rank()
                .cmp(&a.label.overlap_rank())
                .then(b.len().cmp(&a.len()))
                .then(b.confidence.total_cmp(&a.confidence))
                .then(a.start.cmp(&b.start))
        });
        // Kept spans never overlap each other, so a candidate can only
        // overlap the kept span that starts last before the candidate ends.
        let mut kept: BTreeMap<usize, Finding> = BTreeMap::new();
        for finding in items {
            let clashes = kept
                .range(..finding.end)
                .next_back()
                .is_some_and(|(_, k)| k.end > finding.start);
            if !clashes {
                kept.insert(finding.start, finding);
            }
        }
        kept.into_values().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlaps_keep_the_stronger_label() {
        let mut found = Findings::default();
        found.push(Finding::new(Label::Clinical, 0, 10));
        found.push(Finding::new(Label::NhsNumber, 5, 15));
        found.push(Finding::new(Label::Recency, 20, 25));
        found.push(Finding::new(Label::Recency, 30, 30));
        let kept = found.into_resolved();
        let labels: Vec<Label> = kept.iter().map(|f| f.label).collect();
        assert_eq!(labels, [Label::NhsNumber, Label::Recency]);
    }

    #[test]
    fn the_more_confident_of_two_equal_spans_wins() {
        let mut found = Findings::default();
        found.push(Finding::new(Label::Person, 0, 8).confidence(0.7));
        found.push(
            Finding::new(Label::Person, 0, 8)
                .confidence(1.0)
                .reason("on your watchlist"),
        );
        let kept = found.into_resolved();
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].reason, "on your watchlist");
    }

    #[test]
    fn near_looks_both_ways() {
        let mut found = Findings::default();
        found.push(Finding::new(Label::Clinical, 50, 60));
        assert!(found.near(&[Label::Clinical], 20, 30, 25));
        assert!(!found.near(&[Label::Clinical], 20, 30, 10));
        assert!(!found.near(&[Label::Person], 20, 30, 100));
    }

    #[test]
    fn covers_sees_long_spans_that_start_far_before() {
        let mut found = Findings::default();
        found.push(Finding::new(Label::Address, 0, 100));
        found.push(Finding::new(Label::Age, 200, 202));
        assert!(found.covers(90, 95));
        assert!(!found.covers(100, 200));
        assert!(found.has(Label::Age) && !found.has(Label::Person));
    }

    #[test]
    fn many_findings_resolve_quickly() {
        let mut found = Findings::default();
        for i in 0..50_000 {
            found.push(Finding::new(Label::Clinical, i * 3, i * 3 + 5));
            assert!(found.near(&[Label::Clinical], i * 3, i * 3 + 1, 10));
        }
        let kept = found.into_resolved();
        assert!(kept.windows(2).all(|w| w[0].end <= w[1].start));
        assert_eq!(kept.len(), 25_000);
    }

    #[test]
    fn confidence_is_clamped() {
        assert_eq!(
            Finding::new(Label::Age, 0, 1).confidence(3.0).confidence,
            1.0
        );
    }
}
