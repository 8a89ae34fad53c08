//! How long `analyze` takes: a tweet-sized post, a long Facebook post, and
//! a scaling series (1k to 100k characters) that shows whether the cost per
//! character stays flat, i.e. the analysis is linear in the post.
//!
//! The extension re-analyses on every pause in typing, so the 280-character
//! median is the number that matters to users; the scaling series guards the
//! "no quadratic recognizer" rule. After a `cargo bench` run the medians are
//! read back from Criterion's `estimates.json` files and printed as one table
//! with nanoseconds per character.

use carecheck::analyze;
use criterion::{black_box, BenchmarkId, Criterion, Throughput};
use std::path::PathBuf;

/// Sentences in the voice of the posts CareCheck checks: shift stories with
/// names, numbers, places and clinical words, mixed with harmless chat, so
/// every kind of recognizer has work to do. Written for this benchmark.
const SENTENCES: &[&str] = &[
    "Long night on the acute medical unit, three admissions before midnight.",
    "My patient in bay 2, a 79-year-old retired miner from Barnsley, finally ate some toast.",
    "Mrs Adeyemi's daughter rang 07700 900456 twice asking about the new warfarin dose.",
    "Reminder: hand hygiene audit on Thursday, please complete the e-learning by Friday.",
    "The lad in bed 6 was sectioned under section 2 after a rough night and a failed discharge.",
    "Huge thanks to the porters who kept us going when the lifts broke again 🙏",
    "Clinic letter for NHS 943 476 5919 still not typed, born 14/02/1958, lives on Elm Road LS6 2QT.",
    "Anyone else find the new rota app impossible? Asking for the whole team 😂",
    "Lovely moment with a lady with dementia who sang every word of an old hymn this afternoon.",
    "@student_nurse_kay well done on passing your OSCE, so proud of you!",
    "The consultant was rude to the junior doctor again on the ward round, honestly what a clown.",
    "Chest pain, raised troponin, query NSTEMI, transferred to the cath lab at 03:40.",
    "Coffee and cake in the staff room for anyone on the late shift ☕",
    "Admitted 12 March with a fractured neck of femur after a fall at Oakwood Care Home.",
];

/// The same kind of posts in other scripts and with emoji between words: the
/// regex engine's fast path must survive non-ASCII text (a Unicode `\b` once
/// made such posts 20 times slower).
const UNICODE_SENTENCES: &[&str] = &[
    "Diolch o galon i'r tîm 🏴󠁧󠁢󠁷󠁬󠁳󠁿 — Mrs Llŷr in bay 3 went home today 🎉",
    "Pani Wiśniewska, 84, z demencją, była dziś bardzo spokojna 🙏",
    "患者 Zhang Wei 在 Ward 7B，今天早上 sepsis 🤒 NHS 943 476 5919",
    "مریض کی طبیعت بہتر ہے — the gentleman in bed 12 smiled at last 😊",
    "Zoë's nan (92) from Αθήνα came in by ambulance this morning 🚑",
];

const TWEET_CHARS: usize = 280;
const LONG_POST_CHARS: usize = 5_000;
const SCALING_CHARS: [usize; 4] = [1_000, 10_000, 50_000, 100_000];

/// Exactly `chars` characters of the sentences, repeated in a shuffled-looking
/// but fixed order (so no two neighbouring runs are identical).
fn post_of(chars: usize) -> String {
    post_from(SENTENCES, chars)
}

fn post_from(sentences: &[&str], chars: usize) -> String {
    let mut text = String::new();
    let (mut i, mut count) = (0, 0);
    while count < chars {
        let sentence = sentences[(i * 5) % sentences.len()];
        text.push_str(sentence);
        text.push(if i % 4 == 3 { '\n' } else { ' ' });
        count += sentence.chars().count() + 1;
        i += 1;
    }
    text.chars().take(chars).collect()
}

fn bench_posts(c: &mut Criterion) {
    let mut group = c.benchmark_group("post");
    for (id, chars) in [("280_chars", TWEET_CHARS), ("5000_chars", LONG_POST_CHARS)] {
        let text = post_of(chars);
        group.throughput(Throughput::Elements(chars as u64));
        group.bench_with_input(BenchmarkId::from_parameter(id), &text, |b, text| {
            b.iter(|| analyze(black_box(text)))
        });
    }
    let mixed: Vec<&str> = SENTENCES.iter().chain(UNICODE_SENTENCES).copied().collect();
    let text = post_from(&mixed, LONG_POST_CHARS);
    group.throughput(Throughput::Elements(LONG_POST_CHARS as u64));
    group.bench_with_input(
        BenchmarkId::from_parameter("5000_chars_unicode"),
        &text,
        |b, text| b.iter(|| analyze(black_box(text))),
    );
    group.finish();
}

fn bench_scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("scaling");
    // Fewer samples: the 100k case takes long enough that 100 samples would
    // hog the shared machine.
    group.sample_size(20);
    for chars in SCALING_CHARS {
        let text = post_of(chars);
        group.throughput(Throughput::Elements(chars as u64));
        group.bench_with_input(BenchmarkId::from_parameter(chars), &text, |b, text| {
            b.iter(|| analyze(black_box(text)))
        });
    }
    group.finish();
}

/// Where Criterion writes its results (the rules of `criterion::Criterion`).
fn criterion_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| PathBuf::from("target"), PathBuf::from)
        .join("criterion")
}

/// The median time of one benchmark in nanoseconds, from its last run.
fn median_ns(group: &str, id: &str) -> Option<f64> {
    let path = criterion_dir()
        .join(group)
        .join(id)
        .join("new")
        .join("estimates.json");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

fn human(ns: f64) -> String {
    match ns {
        ns if ns >= 1e9 => format!("{:.2} s", ns / 1e9),
        ns if ns >= 1e6 => format!("{:.2} ms", ns / 1e6),
        ns if ns >= 1e3 => format!("{:.2} µs", ns / 1e3),
        ns => format!("{ns:.0} ns"),
    }
}

/// Prints every median measured, with the cost per character.
fn print_summary() {
    let rows = [
        ("post", "280_chars".to_string(), TWEET_CHARS),
        ("post", "5000_chars".to_string(), LONG_POST_CHARS),
        ("post", "5000_chars_unicode".to_string(), LONG_POST_CHARS),
    ]
    .into_iter()
    .chain(SCALING_CHARS.iter().map(|&n| ("scaling", n.to_string(), n)));
    println!("\nsummary (medians of the last run):");
    println!("  {:<22}{:>12}{:>14}", "benchmark", "median", "ns/char");
    for (group, id, chars) in rows {
        if let Some(ns) = median_ns(group, &id) {
            println!(
                "  {:<22}{:>12}{:>14.1}",
                format!("{group}/{id}"),
                human(ns),
                ns / chars as f64
            );
        }
    }
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    bench_posts(&mut criterion);
    bench_scaling(&mut criterion);
    criterion.final_summary();
    // `cargo test --benches` runs each benchmark once without measuring;
    // only a real `cargo bench` run (which passes --bench) has medians.
    if std::env::args().any(|a| a == "--bench") {
        print_summary();
    }
}
