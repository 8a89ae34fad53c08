//! Scoring the analyser against labelled posts (the format of `LABELS.md`).
//!
//! Span matching is lenient: a gold span counts as found when a predicted
//! span of the same label overlaps it, and a predicted span counts as correct
//! when it overlaps a gold span of the same label. Offsets are code points.

use crate::document::Document;
use crate::finding::Finding;
use crate::label::Label;
use crate::offsets::{self, Unit};
use crate::verdict::Risk;
use crate::{analyze, Report};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// A labelled span, code-point offsets, end exclusive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The label.
    pub label: Label,
}

impl Span {
    fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A post with its gold verdict and spans.
#[derive(Clone, Debug)]
pub struct Example {
    /// The post's id, for reports.
    pub id: String,
    /// The post.
    pub text: String,
    /// The gold verdict.
    pub risk: Risk,
    /// The gold spans.
    pub spans: Vec<Span>,
}

/// Findings as code-point spans.
pub fn spans_in_code_points(text: &str, findings: &[Finding]) -> Vec<Span> {
    let bytes: Vec<usize> = findings.iter().flat_map(|f| [f.start, f.end]).collect();
    let points = offsets::convert(text, &bytes, Unit::CodePoint);
    findings
        .iter()
        .zip(points.chunks_exact(2))
        .map(|(f, p)| Span {
            start: p[0],
            end: p[1],
            label: f.label,
        })
        .collect()
}

/// Counts for one label.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LabelCounts {
    /// Gold spans.
    pub gold: usize,
    /// Gold spans overlapped by a prediction of the same label.
    pub gold_found: usize,
    /// Predicted spans.
    pub predicted: usize,
    /// Predicted spans overlapping a gold span of the same label.
    pub predicted_correct: usize,
}

impl LabelCounts {
    /// Share of predictions that were right (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.predicted_correct, self.predicted)
    }

    /// Share of gold spans found (1 when there were none).
    pub fn recall(&self) -> f64 {
        ratio(self.gold_found, self.gold)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, other: &LabelCounts) {
        self.gold += other.gold;
        self.gold_found += other.gold_found;
        self.predicted += other.predicted;
        self.predicted_correct += other.predicted_correct;
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

const RISKS: [Risk; 3] = [Risk::High, Risk::Low, Risk::None];

/// The least a corpus must score: the acceptance numbers of a test.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Floors {
    /// Least share of gold-high posts warned (verdict high or low).
    pub warned_high: f64,
    /// Least share of gold-low posts warned.
    pub warned_low: f64,
    /// Greatest share of gold-none posts warned (false alarms).
    pub false_alarms: f64,
    /// Least lenient span F1 of the highlights (micro average).
    pub span_f1: f64,
}

/// A post the analyser got wrong, for the `--verbose` listing.
#[derive(Clone, Debug)]
pub struct Miss {
    /// The post's id.
    pub id: String,
    /// Gold verdict.
    pub gold: Risk,
    /// Predicted verdict.
    pub predicted: Risk,
    /// Gold spans not found, as `LABEL "text"`.
    pub missed_spans: Vec<String>,
    /// Predicted spans that match no gold span, as `LABEL "text"`.
    pub extra_spans: Vec<String>,
}

/// The result of scoring a corpus.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    /// `confusion[(gold, predicted)]` = number of posts.
    pub confusion: BTreeMap<(Risk, Risk), usize>,
    /// Span counts per label.
    pub labels: BTreeMap<Label, LabelCounts>,
    /// Span counts when labels are ignored (any overlap counts).
    pub unlabelled: LabelCounts,
    /// Posts with a wrong verdict or imperfect spans.
    pub misses: Vec<Miss>,
}

impl Scores {
    /// Posts with this gold verdict.
    pub fn total(&self, gold: Risk) -> usize {
        RISKS.iter().map(|&p| self.cell(gold, p)).sum()
    }

    /// Posts with this gold verdict and that predicted verdict.
    pub fn cell(&self, gold: Risk, predicted: Risk) -> usize {
        self.confusion.get(&(gold, predicted)).copied().unwrap_or(0)
    }

    /// Share of posts with this gold verdict that were warned (high or low).
    pub fn warned(&self, gold: Risk) -> f64 {
        let warned = self.cell(gold, Risk::High) + self.cell(gold, Risk::Low);
        ratio(warned, self.total(gold))
    }

    /// Share of posts whose verdict was exactly right.
    pub fn accuracy(&self) -> f64 {
        let right: usize = RISKS.iter().map(|&r| self.cell(r, r)).sum();
        let all: usize = RISKS.iter().map(|&r| self.total(r)).sum();
        ratio(right, all)
    }

    /// Span counts over all labels (micro average).
    pub fn overall(&self) -> LabelCounts {
        let mut all = LabelCounts::default();
        for counts in self.labels.values() {
            all.add(counts);
        }
        all
    }

    /// Each way these scores fall short of `floors`, in words; empty when
    /// they meet them all.
    pub fn shortfalls(&self, floors: &Floors) -> Vec<String> {
        let mut short = Vec::new();
        let mut below = |what: &str, got: f64, want: f64| {
            if got < want {
                short.push(format!("{what}: {got:.3}, wanted at least {want:.3}"));
            }
        };
        below(
            "warned on high posts",
            self.warned(Risk::High),
            floors.warned_high,
        );
        below(
            "warned on low posts",
            self.warned(Risk::Low),
            floors.warned_low,
        );
        below(
            "posts left alone among none posts",
            1.0 - self.warned(Risk::None),
            1.0 - floors.false_alarms,
        );
        below("lenient span F1", self.overall().f1(), floors.span_f1);
        short
    }

    /// The human-readable report printed by `carecheck eval`.
    pub fn render(&self, verbose: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "posts warned (verdict high or low), by gold verdict:");
        for gold in RISKS {
            let _ = writeln!(
                out,
                "  {:<5} {:6.1}%  ({} posts)",
                gold.as_str(),
                100.0 * self.warned(gold),
                self.total(gold)
            );
        }
        let _ = writeln!(
            out,
            "false alarms on none posts: {:.1}%",
            100.0 * self.warned(Risk::None)
        );
        let _ = writeln!(out, "verdict accuracy: {:.1}%", 100.0 * self.accuracy());
        let _ = writeln!(out, "\nconfusion matrix (rows gold, columns predicted):");
        let _ = writeln!(out, "  {:<6}{:>6}{:>6}{:>6}", "", "high", "low", "none");
        for gold in RISKS {
            let _ = write!(out, "  {:<6}", gold.as_str());
            for predicted in RISKS {
                let _ = write!(out, "{:>6}", self.cell(gold, predicted));
            }
            let _ = writeln!(out);
        }
        let _ = writeln!(out, "\nspans (lenient: same label, any overlap):");
        let _ = writeln!(
            out,
            "  {:<14}{:>7}{:>7}{:>7}{:>7}{:>7}",
            "label", "gold", "pred", "P", "R", "F1"
        );
        let mut rows: Vec<(String, LabelCounts)> = self
            .labels
            .iter()
            .map(|(l, c)| (l.to_string(), *c))
            .collect();
        rows.push(("ALL (micro)".to_string(), self.overall()));
        rows.push(("ANY LABEL".to_string(), self.unlabelled));
        for (name, c) in rows {
            let _ = writeln!(
                out,
                "  {:<14}{:>7}{:>7}{:>7.3}{:>7.3}{:>7.3}",
                name,
                c.gold,
                c.predicted,
                c.precision(),
                c.recall(),
                c.f1()
            );
        }
        if verbose {
            let _ = writeln!(out, "\nmisses:");
            for miss in &self.misses {
                let _ = writeln!(
                    out,
                    "  {} gold={} predicted={}",
                    miss.id,
                    miss.gold.as_str(),
                    miss.predicted.as_str()
                );
                for s in &miss.missed_spans {
                    let _ = writeln!(out, "      missed {s}");
                }
                for s in &miss.extra_spans {
                    let _ = writeln!(out, "      extra  {s}");
                }
            }
        }
        out
    }
}

fn span_text(text: &str, span: &Span) -> String {
    format!(
        "{} {:?}",
        span.label,
        text.chars()
            .skip(span.start)
            .take(span.end.saturating_sub(span.start))
            .collect::<String>()
    )
}

/// Which predicted spans to score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpanSource {
    /// What the user sees: nothing when the verdict is none.
    Highlights,
    /// Every finding, whatever the verdict (to measure recognizers alone).
    Raw,
    /// The gold spans stand in for the recognizers, so the score measures
    /// the verdict rules alone, as if every recognizer were perfect.
    Oracle,
}

/// Analyses an example with its gold spans in place of the recognizers.
fn analyze_with_gold_spans(example: &Example) -> Report {
    let text = &example.text;
    let points: Vec<usize> = example
        .spans
        .iter()
        .flat_map(|s| [s.start, s.end])
        .collect();
    let bytes = offsets::to_bytes(text, &points, Unit::CodePoint);
    let findings = example
        .spans
        .iter()
        .zip(bytes.chunks_exact(2))
        .map(|(s, b)| Finding::new(s.label, b[0], b[1]))
        .collect();
    crate::report(&Document::new(text), findings)
}

/// Analyses every example and scores the results.
pub fn score(examples: &[Example], source: SpanSource) -> Scores {
    let mut scores = Scores::default();
    for example in examples {
        let report = match source {
            SpanSource::Oracle => analyze_with_gold_spans(example),
            _ => analyze(&example.text),
        };
        let findings = match source {
            SpanSource::Highlights | SpanSource::Oracle => report.highlights(),
            SpanSource::Raw => &report.findings,
        };
        let predicted = spans_in_code_points(&example.text, findings);
        *scores
            .confusion
            .entry((example.risk, report.risk))
            .or_default() += 1;

        let mut missed_spans = Vec::new();
        let mut extra_spans = Vec::new();
        for label in Label::ALL {
            let gold: Vec<&Span> = example.spans.iter().filter(|s| s.label == label).collect();
            let pred: Vec<&Span> = predicted.iter().filter(|s| s.label == label).collect();
            let counts = scores.labels.entry(label).or_default();
            counts.gold += gold.len();
            counts.predicted += pred.len();
            for g in &gold {
                if pred.iter().any(|p| p.overlaps(g)) {
                    counts.gold_found += 1;
                } else {
                    missed_spans.push(span_text(&example.text, g));
                }
            }
            for p in &pred {
                if gold.iter().any(|g| g.overlaps(p)) {
                    counts.predicted_correct += 1;
                } else {
                    extra_spans.push(span_text(&example.text, p));
                }
            }
        }
        let any = &mut scores.unlabelled;
        any.gold += example.spans.len();
        any.predicted += predicted.len();
        any.gold_found += example
            .spans
            .iter()
            .filter(|g| predicted.iter().any(|p| p.overlaps(g)))
            .count();
        any.predicted_correct += predicted
            .iter()
            .filter(|p| example.spans.iter().any(|g| g.overlaps(p)))
            .count();

        if report.risk != example.risk || !missed_spans.is_empty() || !extra_spans.is_empty() {
            scores.misses.push(Miss {
                id: example.id.clone(),
                gold: example.risk,
                predicted: report.risk,
                missed_spans,
                extra_spans,
            });
        }
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lenient_counts() {
        let c = LabelCounts {
            gold: 4,
            gold_found: 3,
            predicted: 5,
            predicted_correct: 4,
        };
        assert!((c.precision() - 0.8).abs() < 1e-9);
        assert!((c.recall() - 0.75).abs() < 1e-9);
        assert!((c.f1() - 2.0 * 0.8 * 0.75 / 1.55).abs() < 1e-9);
        assert_eq!(LabelCounts::default().f1(), 1.0);
    }

    #[test]
    fn shortfalls_name_each_missed_floor() {
        let mut scores = Scores::default();
        scores.confusion.insert((Risk::High, Risk::None), 1);
        scores.confusion.insert((Risk::None, Risk::None), 3);
        let floors = Floors {
            warned_high: 0.9,
            warned_low: 0.0,
            false_alarms: 0.05,
            span_f1: 0.0,
        };
        let short = scores.shortfalls(&floors);
        assert_eq!(short.len(), 1, "{short:?}");
        assert!(short[0].starts_with("warned on high posts"));
    }

    #[test]
    fn a_safe_post_scores_as_none() {
        let scores = score(
            &[Example {
                id: "t1".into(),
                text: "Remember to drink water on shift, everyone.".into(),
                risk: Risk::None,
                spans: vec![],
            }],
            SpanSource::Highlights,
        );
        assert_eq!(scores.cell(Risk::None, Risk::None), 1);
        assert_eq!(scores.warned(Risk::None), 0.0);
        assert!(scores
            .render(true)
            .contains("false alarms on none posts: 0.0%"));
    }
}
