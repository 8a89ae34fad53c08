//! Recognizer: US ZIP codes ("Dayton OH 45406", "ZIP 90031", "lives alone in
//! 90031").
//!
//! Five digits are also prices, counts and record numbers, so a ZIP code
//! needs address context: a state name or capitalised postal abbreviation
//! right before it, the word "ZIP", or someone living or moving "in" it.

use crate::document::Document;
use crate::finding::{Finding, Findings};
use crate::label::Label;
use crate::lexicon::PhraseSet;
use regex::Regex;
use std::sync::LazyLock;

static ZIP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[0-9]{5}(?:-[0-9]{4})?(?-u:\b)").expect("pattern compiles")
});

static STATES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/zip_code_states.txt")));

static STREET_TYPES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/street_address_types.txt")));

/// Adds this recognizer's findings.
pub fn find(doc: &Document, found: &mut Findings) {
    let text = doc.text();
    for m in ZIP.find_iter(text) {
        let before = text.get(..m.start()).and_then(|s| s.chars().next_back());
        let after = text.get(m.end()..).and_then(|s| s.chars().next());
        if before.is_some_and(|c| matches!(c, '$' | '£' | '€' | '#' | '-' | '/' | '.' | ','))
            || after.is_some_and(|c| matches!(c, '%' | '/' | ','))
                && text
                    .get(m.end()..)
                    .and_then(|s| s.chars().nth(1))
                    .is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        // "33101-2345": the ZIP+4 shape is an address on its own.
        let plus_four = m.as_str().len() == 10 && !reference_before(doc, m.start());
        if plus_four
            || after_state(doc, m.start())
            || zip_cue(doc, m.start())
            || after_city(doc, m.start())
        {
            found.push(Finding::new(Label::Address, m.start(), m.end()).confidence(0.85));
        }
    }
}

/// A state right before: a name ("Ohio 45406") or an abbreviation written
/// in capitals ("OH 45406", not "in 45406").
fn after_state(doc: &Document, start: usize) -> bool {
    let before = doc.words_before(start, 2);
    let Some(last) = before.last() else {
        return false;
    };
    let raw = doc.slice(last.start, last.end);
    let abbreviation = raw.len() == 2 && raw.bytes().all(|b| b.is_ascii_uppercase());
    let name = last.is_capitalized(doc.text()) && raw.len() > 2;
    let two_words = before.len() == 2
        && before[0].is_capitalized(doc.text())
        && STATES.longest_at(doc, doc.token_at_or_after(before[0].start)) == Some(2);
    ((abbreviation || name) && STATES.contains_word(&last.norm)) || two_words
}

/// "Ref 12345-6789", "claim no. 12345-6789": a reference, not a ZIP+4.
fn reference_before(doc: &Document, start: usize) -> bool {
    doc.words_before(start, 2).iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "ref"
                | "reference"
                | "no"
                | "number"
                | "id"
                | "claim"
                | "case"
                | "order"
                | "account"
                | "invoice"
                | "policy"
                | "crn"
                | "mrn"
                | "ticket"
        )
    })
}

/// A city right after a street: "W Cermak Rd, Chicago 60608", "Elm St,
/// San Jose 95112". One or two capitalised words, then a comma, then a
/// street type word.
fn after_city(doc: &Document, start: usize) -> bool {
    let before = doc.words_before(start, 3);
    (1..=2).any(|k| {
        let Some(split) = before.len().checked_sub(k + 1) else {
            return false;
        };
        let street = &before[split];
        let city = &before[split + 1..];
        city.iter().all(|t| t.is_capitalized(doc.text()))
            && doc.slice(street.end, city[0].start).trim() == ","
            && STREET_TYPES.contains_word(&street.norm)
    })
}

/// "ZIP 90031", "zip code 90031", "lives alone in 90031".
fn zip_cue(doc: &Document, start: usize) -> bool {
    let before = doc.words_before(start, 4);
    let zip = before
        .iter()
        .rev()
        .take(2)
        .any(|t| matches!(t.norm.as_str(), "zip" | "zipcode" | "postal"));
    let lives_in = before.last().is_some_and(|t| t.norm == "in")
        && before.iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "lives" | "living" | "lived" | "resides" | "moved" | "live" | "address"
            )
        });
    zip || lives_in
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zips(text: &str) -> Vec<&str> {
        crate::recognizers::testing::spans(find, text)
    }

    #[test]
    fn zip_codes_with_address_context() {
        assert_eq!(zips("Maple Ave, Dayton OH 45406, mom's"), ["45406"]);
        assert_eq!(zips("Austin, Texas 78701-1234"), ["78701-1234"]);
        assert_eq!(zips("Albany, New York 12207"), ["12207"]);
        assert_eq!(zips("She lives alone in 90031 and"), ["90031"]);
        assert_eq!(zips("ZIP code 10001"), ["10001"]);
        assert_eq!(zips("at 12 Oak St, Springfield 62704."), ["62704"]);
        assert_eq!(zips("77 Elm Ave, San Jose 95112"), ["95112"]);
        assert_eq!(zips("flooded out. 60614-1234. Call"), ["60614-1234"]);
    }

    #[test]
    fn other_five_digit_numbers() {
        assert!(zips("billed $45406, MRN 12345, in 2019 we had 10000 calls").is_empty());
        assert!(zips("in 45406 cases, or 12345").is_empty());
        assert!(zips("steps: 12,345 and 45406%").is_empty());
        assert!(zips("Meeting in Boston 12345 times, Chicago 60608").is_empty());
        assert!(zips("Ref 12345-6789 for the claim").is_empty());
    }

    #[test]
    fn unicode_is_safe() {
        assert_eq!(zips("é OH 45406 🏠"), ["45406"]);
    }
}
