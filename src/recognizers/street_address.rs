//! Recognizer: street addresses ("44 Kitchener Road", "5 Canklow Meadows",
//! "Flat 2, 9 Mill Lane", "number 8 Rosewood Drive", "1482 Maple Ave").
//!
//! A house number with a street is someone's home. The shape is a house
//! number, one to three capitalised words, then a street type word from a
//! list ("Road", "Close", "Ave"). The house number is what makes it an
//! address: a street name alone places someone (LOCATION), but does not lead
//! to their door. A flat or unit prefix and "number" are kept in the span.
//! The author's own home ("I live at ...") and a notice's venue ("join us at
//! 12 High Street") are not a service user's address.

use crate::calendar;
use crate::care_context;
use crate::document::{Document, Token};
use crate::finding::{Finding, Findings};
use crate::label::Label;
use crate::lexicon::PhraseSet;
use std::sync::LazyLock;

static STREET_TYPES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/street_address_types.txt")));

/// Most capitalised words between the house number and the street type.
const MAX_NAME_WORDS: usize = 3;

/// Adds this recognizer's findings.
pub fn find(doc: &Document, found: &mut Findings) {
    // A notice's address is a public venue ("join us at 12 High Street").
    if care_context::notice_post(doc) {
        return;
    }
    let tokens = doc.tokens();
    let mut i = 0;
    while i < tokens.len() {
        match address_at(doc, i) {
            Some((first, last)) => {
                let start = prefix_start(doc, first).unwrap_or(tokens[first].start);
                let end = without_possessive(doc, &tokens[last]);
                found.push(Finding::new(Label::Address, start, end).confidence(0.85));
                i = last + 1;
            }
            None => i += 1,
        }
    }
}

/// The end of a word without a possessive "'s" ("Drive's" -> "Drive").
fn without_possessive(doc: &Document, tok: &Token) -> usize {
    let word = doc.slice(tok.start, tok.end);
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .map_or(tok.end, |stem| tok.start + stem.len())
}

/// A house number: 1-4 digits, maybe a letter ("12a").
fn is_house_number(tok: &Token) -> bool {
    let digits = tok.norm.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let letters = tok.norm.len() - digits.len();
    !digits.is_empty()
        && digits.len() <= 4
        && letters <= 1
        && !digits.starts_with('0')
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Words before a number that make it a ward, bed or count, not a house.
fn counts_things(word: &str) -> bool {
    [
        "ward", "bay", "bed", "room", "cubicle", "floor", "level", "suite", "theatre", "block",
        "wing", "pod", "zone", "year", "day", "week", "page", "step", "section", "stage", "grade",
        "band", "table", "chapter", "the", "top", "aged", "age", "for", "about", "over", "under",
        "than",
    ]
    .contains(&word)
}

/// True when a public venue comes right before the house number ("our
/// charity shop at 12 High St", "the pharmacy on 3 Mill Lane"): the address
/// of a place anyone can walk into, not of a person.
fn venue_before(doc: &Document, at: usize) -> bool {
    const VENUES: &[&str] = &[
        "shop",
        "shops",
        "office",
        "offices",
        "clinic",
        "centre",
        "center",
        "hub",
        "surgery",
        "practice",
        "cafe",
        "café",
        "store",
        "branch",
        "hq",
        "headquarters",
        "base",
        "premises",
        "building",
        "hall",
        "church",
        "library",
        "venue",
        "pharmacy",
        "chemist",
        "bank",
        "museum",
        "theatre",
        "gym",
        "pub",
        "restaurant",
        "school",
        "college",
        "station",
        "depot",
        "warehouse",
        "studio",
        "gallery",
        "market",
        "mosque",
        "temple",
        "synagogue",
    ];
    let before = doc.words_before(at, 3);
    before
        .last()
        .is_some_and(|t| matches!(t.norm.as_str(), "at" | "on" | "in"))
        && before.iter().any(|t| VENUES.contains(&t.norm.as_str()))
}

/// The token range (first, last) of an address starting at token `i`.
fn address_at(doc: &Document, i: usize) -> Option<(usize, usize)> {
    let tokens = doc.tokens();
    let number = tokens.get(i)?;
    if !is_house_number(number) {
        return None;
    }
    if i > 0 && counts_things(&tokens[i - 1].norm) {
        return None;
    }
    // "I live at 12 Oak Road": the author's own home.
    let author = doc
        .words_before(number.start, 3)
        .iter()
        .any(|t| matches!(t.norm.as_str(), "i" | "we" | "i've" | "we've"));
    if author || venue_before(doc, number.start) {
        return None;
    }
    for k in 1..=MAX_NAME_WORDS + 1 {
        let prev = &tokens[i + k - 1];
        let tok = tokens.get(i + k)?;
        // Words join with spaces or hyphens, or a dot after an initial ("N. Main").
        let gap = doc.slice(prev.end, tok.start);
        let initial = prev.norm.chars().count() == 1 && k > 1;
        let joined = gap
            .chars()
            .all(|c| c == ' ' || c == '-' || (initial && c == '.'));
        // Names are capitalised, or ordinals ("W 3rd St").
        let name_like = tok.is_capitalized(doc.text()) || calendar::ordinal(&tok.norm).is_some();
        if gap.is_empty() || !joined || !name_like {
            return None;
        }
        let word = tok.norm.strip_suffix("'s").unwrap_or(&tok.norm);
        if k > 1 && STREET_TYPES.contains_word(word) {
            return Some((i, i + k));
        }
    }
    None
}

/// Where an address really starts when a flat or unit, or "number", comes
/// before the house number ("Flat 2, 9 Mill Lane", "number 8 Rosewood").
fn prefix_start(doc: &Document, first: usize) -> Option<usize> {
    let tokens = doc.tokens();
    let prev = tokens.get(first.checked_sub(1)?)?;
    if matches!(prev.norm.as_str(), "number" | "no") {
        return Some(prev.start);
    }
    let unit = tokens.get(first.checked_sub(2)?)?;
    let is_unit = matches!(
        unit.norm.as_str(),
        "flat" | "apartment" | "apt" | "unit" | "suite" | "room"
    );
    let gap = doc.slice(prev.end, tokens[first].start).trim();
    (is_unit && is_house_number(prev) && (gap == "," || gap.is_empty())).then_some(unit.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addresses(text: &str) -> Vec<&str> {
        crate::recognizers::testing::spans(find, text)
    }

    #[test]
    fn house_number_and_street() {
        assert_eq!(addresses("at 5 Canklow Meadows (Mr"), ["5 Canklow Meadows"]);
        assert_eq!(
            addresses("Asante, 44 Kitchener Road, B29"),
            ["44 Kitchener Road"]
        );
        assert_eq!(
            addresses("kitchen of Flat 2, 9 Mill Lane because"),
            ["Flat 2, 9 Mill Lane"]
        );
        assert_eq!(
            addresses("Fiona at number 8 Rosewood Drive's husband"),
            ["number 8 Rosewood Drive"]
        );
        assert_eq!(
            addresses("lives at 1482 Maple Ave, Dayton"),
            ["1482 Maple Ave"]
        );
        assert_eq!(
            addresses("at 12a Upper Castle Street"),
            ["12a Upper Castle Street"]
        );
    }

    #[test]
    fn not_addresses() {
        assert!(addresses("lives on Carrington Street near the Mill Lane shops").is_empty());
        assert!(addresses("Ward 5 Park View unit, Bed 3 Oak Lane bay").is_empty());
        assert!(addresses("3 Road traffic accidents, 4 Lane closures").is_empty());
        assert!(addresses("12 hour shifts on Maple Ave").is_empty());
        assert!(addresses("5 nurses went to Mill Lane").is_empty());
        assert!(addresses("I live at 12 Oak Road").is_empty());
        assert!(addresses("Join us at 12 High Street for the raffle").is_empty());
        assert!(addresses("Our craft shop at 4 Bridge Street wants help").is_empty());
        assert!(addresses("the new clinic on 30 Oak Road opens").is_empty());
    }

    #[test]
    fn unicode_is_safe() {
        assert_eq!(addresses("🏠 7 Żabia Street ü"), ["7 Żabia Street"]);
    }
}
