//! Properties of the whole analysis that must hold for every input, whatever
//! the recognizers find: no panics, well-formed spans, a verdict consistent
//! with its highlights, exact offset conversion, deterministic results, and
//! termination on huge adversarial posts.
//!
//! The generated posts mix real-looking fragments (clinical words, number
//! shapes, handles) with the Unicode that breaks naive string code: emoji and
//! ZWJ sequences, combining marks, right-to-left text and controls, NUL and
//! CRLF. Pure random strings rarely come near a recognizer's pattern, so the
//! fragments are what make the span checks bite.

use carecheck::offsets::{self, Unit};
use carecheck::{analyze, Report, Risk};
use proptest::prelude::*;

/// Pieces a post is built from: words recognizers look for, shapes of
/// identifiers, and Unicode edge cases.
const FRAGMENTS: &[&str] = &[
    "my patient",
    "the lady in bed 4",
    "on Ward 7",
    "sectioned",
    "diabetes",
    "chest pain",
    "today",
    "this morning",
    "aged 72",
    "72-year-old",
    "DOB 03/05/1941",
    "12 March",
    "NHS 943 476 5919",
    "9434765919",
    "SSN 078-05-1120",
    "AB 12 34 56 C",
    "07700 900123",
    "+44 7700 900123",
    "jo.bloggs@example.org",
    "@nurse_jo",
    "@",
    "LS6 2QT",
    "12 Elm Road",
    "Mrs Okafor",
    "Dr. O'Neil's",
    "idiot",
    "with permission",
    "fictional",
    " ",
    "  ",
    ".",
    ",",
    "-",
    "'",
    "\u{2019}",
    "\r\n",
    "\n",
    "\t",
    "\0",
    "🦸",
    "👩🏽\u{200d}⚕️",
    "🇬🇧",
    "e\u{301}",
    "\u{301}\u{302}\u{303}",
    "Zoë",
    "İstanbul",
    "ß",
    "ﬁ",
    "مريض",
    "חולה",
    "\u{202e}abc\u{202c}",
    "\u{200f}",
    "中文病人",
    "١٢٣",
    "\u{feff}",
    "\u{fffd}",
    "\u{10ffff}",
];

/// A post: a few dozen fragments, random chars and short random strings.
fn post() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        2 => any::<char>().prop_map(String::from),
        1 => "\\PC{0,8}",
        1 => "[0-9 ./-]{1,12}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// Asserts the invariants every report must keep, naming the text on failure.
fn assert_well_formed(text: &str, report: &Report) {
    let mut previous_end = 0;
    for f in &report.findings {
        assert!(f.start < f.end, "empty span {f:?} in {text:?}");
        assert!(f.end <= text.len(), "span past the end {f:?} in {text:?}");
        assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "span off a char boundary {f:?} in {text:?}"
        );
        assert!(
            previous_end <= f.start,
            "unsorted or overlapping span {f:?} in {text:?}"
        );
        previous_end = f.end;
        assert!((0.0..=1.0).contains(&f.confidence), "confidence {f:?}");
    }
    assert_eq!(
        report.highlights().is_empty(),
        report.risk == Risk::None,
        "highlights must be empty exactly when the verdict is none: {text:?}"
    );
    assert!(
        (0.0..=1.0).contains(&report.score),
        "score {} out of range",
        report.score
    );
}

/// Code points (and UTF-16 units) wholly before byte `at`: an offset inside a
/// char counts as that char's start, as `offsets::convert` documents.
fn naive_count(text: &str, at: usize, unit: Unit) -> usize {
    text.char_indices()
        .filter(|&(i, c)| i + c.len_utf8() <= at)
        .map(|(_, c)| match unit {
            Unit::Byte => c.len_utf8(),
            Unit::CodePoint => 1,
            Unit::Utf16 => c.len_utf16(),
        })
        .sum()
}

proptest! {
    #[test]
    fn reports_are_well_formed(text in post()) {
        assert_well_formed(&text, &analyze(&text));
    }

    #[test]
    fn arbitrary_strings_are_well_formed(text in any::<String>()) {
        assert_well_formed(&text, &analyze(&text));
    }

    #[test]
    fn analysis_is_deterministic(text in post()) {
        prop_assert_eq!(analyze(&text), analyze(&text));
    }

    #[test]
    fn code_points_and_utf16_match_a_naive_count(
        text in post(),
        picks in prop::collection::vec(any::<prop::sample::Index>(), 0..12),
    ) {
        // Any byte offset, on a char boundary or not, plus past the end.
        let offsets: Vec<usize> = picks.iter().map(|i| i.index(text.len() + 3)).collect();
        for unit in [Unit::Byte, Unit::CodePoint, Unit::Utf16] {
            let converted = offsets::convert(&text, &offsets, unit);
            let naive: Vec<usize> = offsets.iter().map(|&at| naive_count(&text, at, unit)).collect();
            prop_assert_eq!(converted, naive, "{:?}", unit);
        }
    }

    #[test]
    fn char_boundaries_round_trip(text in post()) {
        let bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        for unit in [Unit::CodePoint, Unit::Utf16] {
            let there = offsets::convert(&text, &bytes, unit);
            prop_assert_eq!(offsets::to_bytes(&text, &there, unit), bytes.clone(), "{:?}", unit);
        }
    }

    #[test]
    fn finding_offsets_convert_to_the_same_text(text in post()) {
        // What the CLI and the extension show must be the finding's own text.
        let report = analyze(&text);
        let spans = carecheck::eval::spans_in_code_points(&text, &report.findings);
        for (f, s) in report.findings.iter().zip(&spans) {
            let by_points: String = text.chars().skip(s.start).take(s.end - s.start).collect();
            prop_assert_eq!(text.get(f.start..f.end), Some(by_points.as_str()));
        }
    }
}

/// A deterministic pseudo-random generator (64-bit LCG), so the large inputs
/// are the same on every run and need no extra dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }
}

const MEGABYTE: usize = 1 << 20;

/// Repeats `unit` up to about `bytes` bytes.
fn repeated(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}

fn analyze_large(text: &str) {
    assert!(text.len() >= MEGABYTE, "input is {} bytes", text.len());
    let report = analyze(text);
    assert_well_formed(text, &report);
}

#[test]
fn large_random_text_finishes() {
    let mut rng = Lcg(0x00c0_ffee);
    let mut text = String::with_capacity(MEGABYTE + 64);
    while text.len() < MEGABYTE {
        text.push_str(FRAGMENTS[rng.next() % FRAGMENTS.len()]);
        text.push(if rng.next() % 7 == 0 { '\n' } else { ' ' });
    }
    analyze_large(&text);
}

#[test]
fn large_clinical_text_finishes() {
    let sentence = "Tonight my patient in bed 4 on Ward 7, aged 72, was sectioned after \
                    a fall with a fractured hip and low sodium; Mrs Okafor's son rang \
                    07700 900123 and the consultant was rude. ";
    analyze_large(&repeated(sentence, MEGABYTE));
}

#[test]
fn one_giant_token_finishes() {
    analyze_large(&repeated("ab1é", MEGABYTE));
}

#[test]
fn a_megabyte_of_digits_finishes() {
    analyze_large(&repeated("0123456789", MEGABYTE));
}

#[test]
fn a_megabyte_of_at_signs_finishes() {
    analyze_large(&"@".repeat(MEGABYTE));
}

#[test]
fn empty_and_tiny_posts() {
    for text in ["", " ", "\0", "\r\n", "@", "é", "\u{301}", "🦸", "9", "a"] {
        let report = analyze(text);
        assert_well_formed(text, &report);
        assert_eq!(report.risk, Risk::None, "{text:?}");
    }
}
