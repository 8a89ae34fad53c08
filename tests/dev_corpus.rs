//! The acceptance numbers on the shared development corpus
//! (`../shared/eval/dev.jsonl`, beside the checkout; not part of the repo):
//! warned on at least 97% of high posts and 85% of low posts, false alarms on
//! at most 5% of none posts, lenient span F1 of at least 0.85.
//!
//! Where the corpus is absent (a checkout without `shared/`), the test says
//! so and passes: the thresholds are then guarded by `tests/regression.rs`.

use carecheck::corpus;
use carecheck::eval::{self, Example, SpanSource};
use carecheck::Risk;
use std::path::PathBuf;

const MIN_WARNED_HIGH: f64 = 0.97;
const MIN_WARNED_LOW: f64 = 0.85;
const MAX_FALSE_ALARMS: f64 = 0.05;
const MIN_SPAN_F1: f64 = 0.85;

#[test]
fn dev_corpus_meets_the_acceptance_numbers() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev.jsonl");
    if !path.exists() {
        eprintln!("skipped: no dev corpus at {}", path.display());
        return;
    }
    let examples: Vec<Example> = corpus::read_file(&path)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|post| post.example)
        .collect();
    assert!(examples.len() > 100, "the dev corpus looks truncated");
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
