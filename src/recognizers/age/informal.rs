//! Ages in the shorthand of quick posts: an age straight after a bare word
//! for the person ("gent 88 with a UTI", "pt 88yrs", "lady 88 years",
//! "kiddo 7y"), a hedge ("lady pushing 90", "she's like 90"), an "-ish" or
//! "something" ("gent 90ish", "a 90 something"), and a lowercase sex letter
//! glued on ("88f", "88m") where a triage note would put a capital, and
//! the decade-of-life nouns ("a nonagenarian").
//!
//! Informal posts drop the articles and verbs that the tidy shapes hang on,
//! so the person word right before the number is the owner. A bare number
//! needs more care than one with a years marker: "pt 2" numbers patients, so
//! bare numbers count only from 13 and only when a clause or a non-unit word
//! follows ("gent 88 fell", not "lady 20 minutes late").

use super::{clause_follows, hit, norm, number_at, years_old, Hit, PEOPLE};
use crate::document::Document;

/// Words for one person that only informal posts put right before an age.
const INFORMAL_PEOPLE: &[&str] = &[
    "kiddo", "kiddie", "kiddy", "laddie", "lassie", "dude", "feller", "geezer", "oldie", "bub",
    "bubba", "youngun", "bro", "fam",
];

/// Hedges between a person word and an age ("lady pushing 90").
const HEDGES: &[&str] = &[
    "pushing", "nearly", "almost", "about", "around", "like", "roughly", "approx", "approx.",
    "maybe", "prob", "probably", "easily", "only", "just",
];

/// Years markers written after the number, apart or glued ("88 yrs", "88y").
const YEARS: &[&str] = &["y", "yr", "yrs", "year", "years", "yo", "yoa"];

fn is_person(word: &str) -> bool {
    PEOPLE.contains(&word) || INFORMAL_PEOPLE.contains(&word) || word == "pt"
}

/// "gent 88", "lady pushing 90", "pt 88yrs", "kiddo 7y", "gent 90ish":
/// an age right after a bare person word.
pub(super) fn after_person(doc: &Document, i: usize) -> Option<Hit> {
    if !is_person(norm(doc, i)) {
        return None;
    }
    let at = if HEDGES.contains(&norm(doc, i + 1)) {
        i + 2
    } else {
        i + 1
    };
    // "a patient, 23 years!" is how long they have come; the shorthand
    // puts the age straight after the word, a space apart.
    let tokens = doc.tokens();
    let (word, number) = (tokens.get(i)?, tokens.get(at)?);
    if !doc
        .slice(word.end, number.start)
        .chars()
        .all(|c| c == ' ' || c.is_alphabetic())
    {
        return None;
    }
    number_with_marker(doc, at)
}

/// "she's like 90", "he's pushing 90", "she's 90ish": the hedges the tidy
/// copula shape leaves out. Called with the index right after the verb.
pub(super) fn hedged_copula(doc: &Document, at: usize) -> Option<Hit> {
    if matches!(norm(doc, at), "like" | "pushing" | "about" | "around") {
        return number_with_marker(doc, at + 1);
    }
    let n = ish(norm(doc, at))?;
    hit(at, at, n, 0.7)
}

/// "a 90 something lady", "a 90ish gent": an informal age after "a".
pub(super) fn a_something(doc: &Document, i: usize) -> Option<Hit> {
    if norm(doc, i) != "a" {
        return None;
    }
    let at = i + 1;
    if let Some(n) = ish(norm(doc, at)) {
        return hit(at, at, n, 0.7);
    }
    let tok = doc.tokens().get(at)?;
    let n: u32 = tok.norm.parse().ok().filter(|_| tok.is_numeric())?;
    let something = norm(doc, at + 1) == "something";
    (something && n % 10 == 0 && n >= 20)
        .then(|| hit(at, at + 1, n, 0.7))
        .flatten()
}

/// "a nonagenarian", "our centenarian": one person named by their decade of
/// life. The plural ("centenarians") is a population and is left alone.
pub(super) fn generation(doc: &Document, i: usize) -> Option<Hit> {
    let n = match norm(doc, i) {
        "sexagenarian" => 60,
        "septuagenarian" => 70,
        "octogenarian" => 80,
        "nonagenarian" => 90,
        "centenarian" | "supercentenarian" => 100,
        _ => return None,
    };
    // "#centenarian" tags the post's topic rather than telling an age.
    let start = doc.tokens().get(i)?.start;
    if doc.text().get(..start).is_some_and(|s| s.ends_with('#')) {
        return None;
    }
    hit(i, i, n, 0.7)
}

/// "88f", "88m": a lowercase sex letter glued to an age, trusted only at
/// the very start of the post or of a line, as a case note opens.
pub(super) fn lowercase_sex(doc: &Document, i: usize) -> Option<Hit> {
    let tok = doc.tokens().get(i)?;
    let digits = tok
        .norm
        .strip_suffix('f')
        .or_else(|| tok.norm.strip_suffix('m'))?;
    if digits.len() != 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let before = doc.text().get(..tok.start).unwrap_or("");
    let opens_line = before.trim_end_matches([' ', '\t']).is_empty()
        || before.trim_end_matches([' ', '\t']).ends_with('\n');
    if !opens_line {
        return None;
    }
    hit(i, i, digits.parse().ok()?, 0.7)
}

/// A number at `at` written as an age: with a years marker (apart or
/// glued), "-ish", or bare from 13 when a clause follows.
fn number_with_marker(doc: &Document, at: usize) -> Option<Hit> {
    // The tidy shape knows "88 y.o." and "88yrs old" best.
    if let Some(hit) = years_old(doc, at) {
        return Some(hit);
    }
    let word = norm(doc, at);
    if let Some((n, rest)) = split_digits(word) {
        if YEARS.contains(&rest) {
            let last = if norm(doc, at + 1) == "old" {
                at + 1
            } else {
                at
            };
            return hit(at, last, n, 0.8);
        }
    }
    if let Some(n) = ish(word) {
        return hit(at, at, n, 0.7);
    }
    let (n, used) = number_at(doc, at)?;
    let last = at + used - 1;
    if YEARS.contains(&norm(doc, last + 1)) {
        let end = if norm(doc, last + 2) == "old" {
            last + 2
        } else {
            last + 1
        };
        return hit(at, end, n, 0.8);
    }
    if norm(doc, last + 1) == "ish" || norm(doc, last + 1) == "something" {
        return hit(at, last + 1, n, 0.7);
    }
    ((13..=110).contains(&n) && clause_follows(doc, last))
        .then(|| hit(at, last, n, 0.6))
        .flatten()
}

/// "88yrs" -> (88, "yrs"): up to three digits and the letters after them.
fn split_digits(word: &str) -> Option<(u32, &str)> {
    let split = word.bytes().position(|b| !b.is_ascii_digit())?;
    let (digits, rest) = word.split_at(split);
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    Some((digits.parse().ok()?, rest))
}

/// "90ish" or "90-ish" -> 90, ages from 13.
fn ish(word: &str) -> Option<u32> {
    let (n, rest) = split_digits(word)?;
    (matches!(rest, "ish" | "-ish") && (13..=110).contains(&n)).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::super::tests::ages;

    #[test]
    fn informal_ages_after_a_person_word() {
        assert_eq!(ages("gent 91 with a chest infection"), ["91"]);
        assert_eq!(ages("pt 77 yrs, fell at home"), ["77 yrs"]);
        assert_eq!(ages("pt 77yrs fell at home"), ["77yrs"]);
        assert_eq!(ages("kiddo 6y with wheeze"), ["6y"]);
        assert_eq!(ages("lady 83years old fell"), ["83years old"]);
        assert_eq!(ages("lady 83 years with a uti"), ["83 years"]);
        assert_eq!(ages("lady pushing 95 and sharp as a tack"), ["95"]);
        assert_eq!(ages("gent 80ish, confused tonight"), ["80ish"]);
        assert_eq!(ages("she's like 97 and still gardening"), ["97"]);
        assert_eq!(ages("a 70 something gent on my list"), ["70 something"]);
        assert_eq!(ages("76f fall at home, long lie"), ["76f"]);
        assert_eq!(ages("lady 79 y.o. fell"), ["79 y.o"]);
        assert_eq!(ages("our octogenarian in bed 2"), ["octogenarian"]);
    }

    #[test]
    fn numbers_that_are_not_ages() {
        assert!(ages("pt 2 was much easier").is_empty());
        assert!(ages("our longest patient, 31 years!").is_empty());
        assert!(ages("the lady 20 minutes late again").is_empty());
        assert!(ages("we raised 50m for charity").is_empty());
        assert!(ages("see you at 3ish").is_empty());
        assert!(ages("gent 3 doors down").is_empty());
        assert!(ages("I've got 90 something emails").is_empty());
        assert!(ages("a study of centenarians").is_empty());
        assert!(ages("students in their late teens").is_empty());
        assert_eq!(ages("lad, late teens, od"), ["late teens"]);
        assert!(ages("what a party #centenarian").is_empty());
    }
}
