//! The acceptance numbers on the shared development corpus
//! (`../shared/eval/dev.jsonl`, beside the checkout; not part of the repo):
//! warned on at least 97% of high posts and 85% of low posts, false alarms on
//! at most 5% of none posts, lenient span F1 of at least 0.85.
//!
//! Where the corpus is absent (a checkout without `shared/`), the test says
//! so and passes: the thresholds are then guarded by `tests/regression.rs`.

mod common;

use carecheck::eval::Floors;
use std::path::PathBuf;

/// The acceptance numbers.
const FLOORS: Floors = Floors {
    warned_high: 0.97,
    warned_low: 0.85,
    false_alarms: 0.05,
    span_f1: 0.85,
};

#[test]
fn dev_corpus_meets_the_acceptance_numbers() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev.jsonl");
    if !path.exists() {
        eprintln!("skipped: no dev corpus at {}", path.display());
        return;
    }
    let short = common::shortfalls(&path, &FLOORS);
    assert!(short.is_empty(), "{}", short.join("\n"));
}
