//! Regression test over our own labelled corpus, `tests/corpus/regression.jsonl`
//! (original posts written for this project, in the `LABELS.md` format).
//!
//! What it checks:
//! - every post NOT listed in `tests/corpus/regression_known_misses.txt` gets
//!   its gold verdict (all wrong posts are printed, then the test fails);
//! - every post listed there is still wrong, so the list stays honest (a
//!   post that now passes is printed with "now passes, remove from the
//!   known-misses list");
//! - the corpus-level metrics of `carecheck eval` (warned rates on high and
//!   low posts, false alarms on none posts, lenient span F1 of the
//!   highlights) stay at or above the floors below, which only ever go up.
//!
//! Regenerating the known-misses list after a change that moves verdicts:
//!
//! ```text
//! CARECHECK_BLESS=1 cargo test --test regression
//! ```
//!
//! rewrites `regression_known_misses.txt` with the posts that currently get a
//! wrong verdict instead of failing. Review the diff before committing it: a
//! post leaving the list is progress, a post joining it is a regression.
//!
//! The corpus itself is generated from `tests/corpus/tools/build_corpus.py`
//! (spans are marked inline there and the offsets computed); edit that file
//! and rerun it rather than editing the JSON Lines by hand.

use carecheck::eval::{self, Example, Span, SpanSource};
use carecheck::{analyze, Label, Risk};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;

// Floors for the corpus-level metrics. They are 0.0 while the recognizers
// are stubs; raise each one to just under the measured value after
// integration so that a regression fails the test.

/// Share of gold-high posts that get a warning (verdict high or low).
const MIN_WARNED_HIGH: f64 = 0.0;
/// Share of gold-low posts that get a warning (verdict high or low).
const MIN_WARNED_LOW: f64 = 0.0;
/// Share of gold-none posts left alone, i.e. 1 − the false-alarm rate (kept
/// as a floor so that every threshold here moves the same way).
const MIN_NONE_CLEAR: f64 = 0.0;
/// Lenient span F1 (same label, any overlap) of the highlights, micro average.
const MIN_SPAN_F1: f64 = 0.0;

const BLESS_VAR: &str = "CARECHECK_BLESS";

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// A corpus post: the scoring example plus what reports need.
struct Post {
    example: Example,
    /// The gold span texts, to check the offsets.
    span_texts: Vec<String>,
}

fn field<'a>(value: &'a Value, key: &str, line: usize) -> &'a Value {
    let found = &value[key];
    assert!(
        !found.is_null(),
        "regression.jsonl:{line}: missing \"{key}\""
    );
    found
}

fn text_field(value: &Value, key: &str, line: usize) -> String {
    field(value, key, line)
        .as_str()
        .unwrap_or_else(|| panic!("regression.jsonl:{line}: \"{key}\" is not a string"))
        .to_string()
}

fn offset_field(value: &Value, key: &str, line: usize) -> usize {
    let n = field(value, key, line)
        .as_u64()
        .unwrap_or_else(|| panic!("regression.jsonl:{line}: \"{key}\" is not an offset"));
    usize::try_from(n).unwrap_or_else(|_| panic!("regression.jsonl:{line}: offset too large"))
}

fn parse_post(line_text: &str, line: usize) -> Post {
    let value: Value = serde_json::from_str(line_text)
        .unwrap_or_else(|e| panic!("regression.jsonl:{line}: invalid JSON: {e}"));
    let risk_name = text_field(&value, "risk", line);
    let risk = Risk::parse(&risk_name)
        .unwrap_or_else(|| panic!("regression.jsonl:{line}: bad risk {risk_name:?}"));
    let mut spans = Vec::new();
    let mut span_texts = Vec::new();
    for span in field(&value, "spans", line)
        .as_array()
        .unwrap_or_else(|| panic!("regression.jsonl:{line}: \"spans\" is not a list"))
    {
        let label_name = text_field(span, "label", line);
        let label: Label = label_name
            .parse()
            .unwrap_or_else(|_| panic!("regression.jsonl:{line}: bad label {label_name:?}"));
        spans.push(Span {
            start: offset_field(span, "start", line),
            end: offset_field(span, "end", line),
            label,
        });
        span_texts.push(text_field(span, "text", line));
    }
    Post {
        example: Example {
            id: text_field(&value, "id", line),
            text: text_field(&value, "text", line),
            risk,
            spans,
        },
        span_texts,
    }
}

fn load_corpus() -> Vec<Post> {
    let path = corpus_dir().join("regression.jsonl");
    let file = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    file.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| parse_post(l, i + 1))
        .collect()
}

fn known_misses_path() -> PathBuf {
    corpus_dir().join("regression_known_misses.txt")
}

/// The listed ids: one per line, `#` starts a comment.
fn load_known_misses() -> BTreeSet<String> {
    let path = known_misses_path();
    let file = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    file.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn write_known_misses(ids: &[&str]) {
    let mut out = String::from(
        "# Regression posts whose verdict is currently wrong (one id a line).\n\
         # Generated by `CARECHECK_BLESS=1 cargo test --test regression`;\n\
         # an id leaving this list is progress, one joining it a regression.\n",
    );
    for id in ids {
        out.push_str(id);
        out.push('\n');
    }
    let path = known_misses_path();
    std::fs::write(&path, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

fn blessing() -> bool {
    std::env::var(BLESS_VAR).is_ok_and(|v| v == "1")
}

#[test]
fn corpus_is_well_formed() {
    let posts = load_corpus();
    assert!(posts.len() >= 180, "only {} posts", posts.len());
    let mut ids = BTreeSet::new();
    let mut problems = Vec::new();
    for post in &posts {
        let ex = &post.example;
        if !ids.insert(ex.id.clone()) {
            problems.push(format!("{}: duplicate id", ex.id));
        }
        let chars: Vec<char> = ex.text.chars().collect();
        let mut previous_end = 0;
        let mut sorted: Vec<&Span> = ex.spans.iter().collect();
        sorted.sort_by_key(|s| (s.start, s.end));
        for span in sorted {
            if span.start < previous_end {
                problems.push(format!("{}: overlapping span at {}", ex.id, span.start));
            }
            previous_end = span.end;
        }
        for (span, expected) in ex.spans.iter().zip(&post.span_texts) {
            let covered: Option<String> =
                chars.get(span.start..span.end).map(|c| c.iter().collect());
            if span.start >= span.end || covered.as_deref() != Some(expected.as_str()) {
                problems.push(format!(
                    "{}: span {}..{} covers {covered:?}, not {expected:?}",
                    ex.id, span.start, span.end
                ));
            }
        }
        if ex.risk == Risk::None && !ex.spans.is_empty() {
            problems.push(format!("{}: a none post has spans", ex.id));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn verdicts_match_gold_except_known_misses() {
    let posts = load_corpus();
    let known = load_known_misses();
    let ids: BTreeSet<&str> = posts.iter().map(|p| p.example.id.as_str()).collect();
    let mut misses = Vec::new();
    let mut regressions = Vec::new();
    let mut fixed = Vec::new();
    for post in &posts {
        let ex = &post.example;
        let predicted = analyze(&ex.text).risk;
        let wrong = predicted != ex.risk;
        if wrong {
            misses.push(ex.id.as_str());
        }
        let line = format!(
            "  {} gold={} predicted={}: {}",
            ex.id,
            ex.risk.as_str(),
            predicted.as_str(),
            ex.text
        );
        match (wrong, known.contains(&ex.id)) {
            (true, false) => regressions.push(line),
            (false, true) => fixed.push(format!(
                "{line}\n    now passes, remove from the known-misses list"
            )),
            _ => {}
        }
    }
    let stale: Vec<&String> = known
        .iter()
        .filter(|id| !ids.contains(id.as_str()))
        .collect();
    println!(
        "regression corpus: {} posts, {} with a wrong verdict",
        posts.len(),
        misses.len()
    );
    if blessing() {
        write_known_misses(&misses);
        println!("{BLESS_VAR}=1: rewrote {}", known_misses_path().display());
        return;
    }
    let mut report = Vec::new();
    if !regressions.is_empty() {
        report.push(format!(
            "{} post(s) with a wrong verdict that are not known misses:\n{}",
            regressions.len(),
            regressions.join("\n")
        ));
    }
    if !fixed.is_empty() {
        report.push(format!(
            "{} known miss(es) now get the right verdict:\n{}",
            fixed.len(),
            fixed.join("\n")
        ));
    }
    if !stale.is_empty() {
        report.push(format!(
            "ids in the known-misses list that are not in the corpus: {stale:?}"
        ));
    }
    if !report.is_empty() {
        report.push(format!(
            "(if the change is intended, regenerate the list with {BLESS_VAR}=1 cargo test --test regression)"
        ));
    }
    assert!(report.is_empty(), "{}", report.join("\n\n"));
}

#[test]
fn corpus_metrics_stay_above_floors() {
    let examples: Vec<Example> = load_corpus().into_iter().map(|p| p.example).collect();
    let scores = eval::score(&examples, SpanSource::Highlights);
    let warned_high = scores.warned(Risk::High);
    let warned_low = scores.warned(Risk::Low);
    let false_alarms = scores.warned(Risk::None);
    let none_clear = 1.0 - false_alarms;
    let span_f1 = scores.overall().f1();
    println!("{}", scores.render(false));
    let checks = [
        ("warned on high posts", warned_high, MIN_WARNED_HIGH),
        ("warned on low posts", warned_low, MIN_WARNED_LOW),
        (
            "none posts left alone (1 - false alarms)",
            none_clear,
            MIN_NONE_CLEAR,
        ),
        ("lenient span F1 (micro)", span_f1, MIN_SPAN_F1),
    ];
    let failures: Vec<String> = checks
        .iter()
        .filter(|(_, value, floor)| value < floor)
        .map(|(name, value, floor)| format!("{name}: {value:.3} is below the floor {floor:.3}"))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
