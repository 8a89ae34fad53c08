//! What the corpus tests share: scoring a labelled file against floors.

use carecheck::corpus;
use carecheck::eval::{self, Example, Floors, SpanSource};
use std::path::Path;

/// Scores a corpus file (printing the `carecheck eval` report) and lists how
/// it falls short of `floors`.
pub fn shortfalls(path: &Path, floors: &Floors) -> Vec<String> {
    let examples: Vec<Example> = corpus::read_file(path)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|post| post.example)
        .collect();
    assert!(examples.len() >= 150, "{} looks truncated", path.display());
    let scores = eval::score(&examples, SpanSource::Highlights);
    println!("{}", scores.render(false));
    scores.shortfalls(floors)
}
