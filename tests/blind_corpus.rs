//! A guard on the blind corpus (`tests/corpus/blind.jsonl`): 200 posts written
//! by a different author, in other voices and styles, that no one tuning a
//! recognizer looked at. It measures how the analyser generalises, so this
//! test checks only corpus-level floors (a little under the measured values),
//! never individual posts: a per-post list would invite tuning to it.

use carecheck::corpus;
use carecheck::eval::{self, Example, SpanSource};
use carecheck::Risk;
use std::path::PathBuf;

const MIN_WARNED_HIGH: f64 = 0.85;
const MIN_WARNED_LOW: f64 = 0.66;
const MAX_FALSE_ALARMS: f64 = 0.05;
const MIN_SPAN_F1: f64 = 0.74;

#[test]
fn blind_corpus_stays_above_its_floors() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/blind.jsonl");
    let examples: Vec<Example> = corpus::read_file(&path)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|post| post.example)
        .collect();
    assert!(examples.len() >= 200, "the blind corpus looks truncated");
    let scores = eval::score(&examples, SpanSource::Highlights);
    println!("{}", scores.render(false));
    let f1 = scores.overall().f1();
    assert!(
        scores.warned(Risk::High) >= MIN_WARNED_HIGH,
        "warned on high posts"
    );
    assert!(
        scores.warned(Risk::Low) >= MIN_WARNED_LOW,
        "warned on low posts"
    );
    assert!(
        scores.warned(Risk::None) <= MAX_FALSE_ALARMS,
        "false alarms on none posts"
    );
    assert!(f1 >= MIN_SPAN_F1, "lenient span F1 {f1:.3}");
}
