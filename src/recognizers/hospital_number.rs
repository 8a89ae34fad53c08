//! Recognizer: hospital, record, case, referral and prison numbers.
//!
//! Local record numbers have no common shape (MRN 10293847, KH3310872,
//! CP-2291-0457, 74-29-118), so the signal is the phrase that introduces them:
//! "MRN", "hosp no", "case ref", "referral number", "UBRN", "prison no". The
//! identifier-shaped run right after such a phrase is the finding, and so is a
//! second one joined by "and"/"or"/a comma ("hosp no K0482913 and K0489921").
//! A bare "ref" or "reference" also introduces order and invoice numbers, so
//! it only counts in a care context. The one shape strong enough alone is an
//! NHS trust's own prefix: "R" plus two characters and six to eight digits
//! (RTH0093381, RXF 6620184), as printed on wristbands and labels.
//!
//! [`id_after`] is shared with [`super::medicare`] for Medicaid and member IDs.

use super::nhs_number::care_context;
use crate::document::Document;
use crate::finding::{Finding, Findings, Suggestion};
use crate::label::Label;
use crate::lexicon::PhraseSet;
use regex::Regex;
use std::sync::LazyLock;

static INTRO: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/hospital_number_context.txt")));

/// Introducing words that also precede order and invoice numbers.
const WEAK_INTROS: &[&str] = &["ref", "reference", "ref no", "reference number"];

/// Words before a bare "ref" that make it a business reference, not a case.
const NOT_A_CASE: &[&str] = &[
    "job",
    "vacancy",
    "order",
    "invoice",
    "tracking",
    "booking",
    "ticket",
    "charity",
    "company",
    "donation",
    "grant",
    "study",
    "ethics",
    "trial",
    "iras",
    "foi",
    "publication",
    "course",
    "payment",
    "account",
    "delivery",
    "parcel",
];

/// Filler between the introducing phrase and the number.
static FILLER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\A(?:[\s:#=.(\-–]|(?-u:\b)(?:no|number|num|nr|is|was|id)(?-u:\b))*")
        .expect("pattern compiles")
});

/// An identifier: an optional uppercase prefix, then digit-bearing groups
/// joined by dashes or slashes (any length) or spaces (three or more characters), and an
/// optional short letter suffix after a dash ("4471-22-CX").
static ID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\A(?:[A-Z]{1,4}[ \-/]?)?\d[A-Za-z0-9]*(?:[\-/][A-Za-z0-9]*\d[A-Za-z0-9]*| \d[A-Za-z0-9]{2,})*(?:-[A-Z]{1,3}(?-u:\b))?",
    )
    .expect("pattern compiles")
});

/// Joins a second identifier to the first.
static JOINER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\A(?:\s*,\s*|\s+(?:and|or|&)\s+|\s*/\s*)").expect("pattern compiles")
});

/// An NHS trust prefix and a local number, e.g. RTH0093381.
static TRUST_PREFIXED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)R[A-Z0-9]{2} ?\d{6,8}(?-u:\b)").expect("pattern compiles")
});

/// A date written with slashes, dots or dashes: "12/03/2024".
static DATE_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\A(?:0?[1-9]|[12]\d|3[01])[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:\d{2}|\d{4})\z")
        .expect("pattern compiles")
});

/// True when `id` looks like an identifier rather than a year, price, count
/// or date: at least four digits and five characters.
fn plausible_id(id: &str) -> bool {
    let digits = id.bytes().filter(u8::is_ascii_digit).count();
    let alnum = id.bytes().filter(u8::is_ascii_alphanumeric).count();
    let is_year = id.len() == 4 && (id.starts_with("19") || id.starts_with("20"));
    let after_prefix = id.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == ' ');
    digits >= 4 && alnum >= 5 && !is_year && !DATE_LIKE.is_match(after_prefix)
}

/// True when a second identifier joined to the first has the same make-up
/// (letters in front, length), as two numbers from one system do.
fn same_shape(first: &str, second: &str) -> bool {
    let letters = |s: &str| s.chars().take_while(char::is_ascii_alphabetic).count();
    letters(first) == letters(second) && first.len().abs_diff(second.len()) <= 1
}

/// The identifiers written right after byte `at` (after "no", "#", ":" and
/// the like): the first, and any joined to it by "and", "or" or a comma.
pub(crate) fn id_after(doc: &Document, at: usize) -> Vec<(usize, usize)> {
    let text = doc.text();
    let mut out = Vec::new();
    let rest = text.get(at..).unwrap_or("");
    let skip = FILLER.find(rest).map_or(0, |m| m.end());
    let mut pos = at + skip;
    let mut first: Option<&str> = None;
    while let Some(m) = text.get(pos..).and_then(|r| ID.find(r)) {
        let id = m.as_str().trim_end_matches([' ', '-']);
        if !plausible_id(id) || first.is_some_and(|f| !same_shape(f, id)) {
            break;
        }
        first = first.or(Some(id));
        let end = pos + id.len();
        out.push((pos, end));
        match text.get(end..).and_then(|r| JOINER.find(r)) {
            Some(j) => pos = end + j.end(),
            None => break,
        }
    }
    out
}

fn record_finding(start: usize, end: usize, confidence: f32) -> Finding {
    Finding::new(Label::RecordId, start, end)
        .confidence(confidence)
        .reason("A hospital, case or referral number leads straight to one person's records.")
        .suggest(Suggestion::remove(
            "Remove the number; colleagues who need it can find it in the record.",
        ))
}

/// Adds record numbers introduced by a record phrase, and trust-prefixed ones.
pub fn find(doc: &Document, found: &mut Findings) {
    for m in INTRO.find_all(doc) {
        let (start, end) = m.span(doc);
        let intro = doc.slice(start, end).to_lowercase();
        let ids = id_after(doc, end);
        let weak = WEAK_INTROS.contains(&intro.as_str());
        let business = || {
            doc.words_before(start, 1)
                .iter()
                .any(|t| NOT_A_CASE.contains(&t.norm.as_str()))
        };
        if weak
            && ids
                .first()
                .is_some_and(|&(s, e)| business() || !care_context(doc, found, s, e))
        {
            continue;
        }
        for (s, e) in ids {
            found.push(record_finding(s, e, if weak { 0.7 } else { 0.9 }));
        }
    }
    for m in TRUST_PREFIXED.find_iter(doc.text()) {
        found.push(record_finding(m.start(), m.end(), 0.8));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        crate::recognizers::testing::spans(find, text)
    }

    #[test]
    fn introduced_numbers() {
        assert_eq!(spans("MRN 55512345, seen today"), ["55512345"]);
        assert_eq!(spans("hosp no. QE7712345 on the list"), ["QE7712345"]);
        assert_eq!(spans("Hospital number: 12-34-567."), ["12-34-567"]);
        assert_eq!(spans("case ref AB-1234-5678?"), ["AB-1234-5678"]);
        assert_eq!(spans("UBRN 1234 5678 9012 for him"), ["1234 5678 9012"]);
        assert_eq!(spans("prison no. B1234XY"), ["B1234XY"]);
        assert_eq!(spans("Hosp. No. Q1234567"), ["Q1234567"]);
        assert_eq!(spans("CP ref CP/2291/0457"), ["CP/2291/0457"]);
        assert_eq!(spans("MRN#12345678"), ["12345678"]);
    }

    #[test]
    fn joined_numbers() {
        assert_eq!(
            spans("hosp no T1234567 and T7654321, both his"),
            ["T1234567", "T7654321"]
        );
        assert_eq!(spans("MRN 12345678, DOB 03/22/1941"), ["12345678"]);
        assert_eq!(spans("MRN 12345678, 1234"), ["12345678"]);
    }

    #[test]
    fn trust_prefixes_stand_alone() {
        assert_eq!(spans("label says RAB 1234567"), ["RAB 1234567"]);
        assert_eq!(spans("RXQ12345678"), ["RXQ12345678"]);
        assert_eq!(spans("R1H 1234567"), ["R1H 1234567"]);
        assert!(spans("RSV 2024 season").is_empty());
    }

    #[test]
    fn weak_intros_need_care_context() {
        assert!(spans("Order ref 12345678 dispatched").is_empty());
        assert!(spans("Job ref 180-1234-567, band 5 ward nurse, patient care").is_empty());
        assert_eq!(
            spans("the referral for my client (ref 8812-33-KX)"),
            ["8812-33-KX"]
        );
    }

    #[test]
    fn hard_negatives() {
        assert!(spans("MRN scanners are down").is_empty());
        assert!(spans("case number 2024 was a hard year").is_empty());
        assert!(spans("hospital number 3 of 5").is_empty());
        assert!(spans("unit number is to be confirmed").is_empty());
        assert!(spans("reference 😀 ünïcode 1234").is_empty());
        assert!(spans("case ref 12/03/2024 was discussed").is_empty());
        assert!(spans("the hospital 10 miles away").is_empty());
    }
}
