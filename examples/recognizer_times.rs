//! Times each recognizer on a file: `cargo run --release --example recognizer_times FILE`.
use carecheck::document::Document;
use carecheck::finding::Findings;
use carecheck::recognizers::ALL;
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let text = std::fs::read_to_string(path).expect("readable");
    let t = Instant::now();
    let doc = Document::new(&text);
    println!("{:<20}{:>12}", "tokenize", t.elapsed().as_micros());
    let mut found = Findings::default();
    for r in ALL {
        let t = Instant::now();
        (r.find)(&doc, &mut found);
        println!("{:<20}{:>12}", r.name, t.elapsed().as_micros());
    }
}
