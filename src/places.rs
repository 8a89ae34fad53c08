//! Word shapes shared by the facility and location recognizers.
//!
//! Both recognizers look for the same thing underneath: a run of capitalised
//! words ("Hawthorn", "Ashby Vale", "St Oswald's") glued to a head word that says
//! what kind of place it is ("ward", "Hospital", "Road", "estate"), or a name
//! from a gazetteer. The helpers here find such runs without looking further
//! than a few words either side, so both recognizers stay linear in the post.
//!
//! Capitalisation is the main cue for a proper name, but every sentence starts
//! with a capital and posts capitalise freely ("Night Shift", "Best Practice"),
//! so a list of capitalised words that never begin a place name
//! ([`NOT_NAMES`]) and a sentence-start check keep the runs honest.

use crate::document::{Document, Token};
use crate::lexicon::PhraseSet;
use std::sync::LazyLock;

/// Capitalised words that are not (the start of) a place or facility name:
/// determiners, pronouns, days, months, languages, titles, common sentence
/// openers and service-speak ("Night", "Best", "Acute").
pub static NOT_NAMES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("data/location_not_names.txt")));

/// UK, Irish and major world towns, cities, districts and regions that are not
/// ordinary words, so a capitalised mention is taken as a place.
pub static PLACES: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(
        crate::lexicon::list_entries(include_str!("data/location_uk_places.txt")).chain(
            crate::lexicon::list_entries(include_str!("data/location_world_places.txt")),
        ),
    )
});

/// Places whose name is also a common word or first name ("Reading", "Bath",
/// "Leigh"): taken as a place only after a preposition ("in Reading").
pub static AMBIGUOUS_PLACES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("data/location_ambiguous_places.txt")));

/// Street-type words after a name ("Hollowmead Road").
pub static STREET_TYPES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("data/location_street_types.txt")));

/// Street-type words that are also everyday words ("Way", "Close"): only
/// when written with a capital.
pub static WEAK_STREET_TYPES: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_list(include_str!("data/location_street_types_capitalised.txt"))
});

/// Landmark words after a name ("Humber Bridge", "Parkside skate park").
pub static LANDMARK_TYPES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("data/location_landmark_types.txt")));

/// True when a street or landmark word starts at token `index` ("Road",
/// "bus station"), so the name before it is a street or landmark.
pub fn place_type_at(doc: &Document, index: usize) -> bool {
    let capitalised = doc
        .tokens()
        .get(index)
        .is_some_and(|t| is_capitalized(doc, t));
    STREET_TYPES.longest_at(doc, index).is_some()
        || LANDMARK_TYPES.longest_at(doc, index).is_some()
        || (capitalised && WEAK_STREET_TYPES.longest_at(doc, index).is_some())
}

/// Prepositions that put a place name after them ("in Leeds", "near Hove").
pub const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "from", "near", "at", "to", "around", "outside", "towards", "round", "through", "via",
    "into", "of", "nr", "between", "across", "past", "beyond", "inside", "opposite", "behind",
    "by", "on", "off", "along", "up", "down", "outta",
];

/// True when the word starts with an uppercase letter as typed.
pub fn is_capitalized(doc: &Document, token: &Token) -> bool {
    token.is_capitalized(doc.text())
}

/// True when the word is written all in capitals and has at least two letters
/// ("ICU", "MSK"), as typed.
pub fn is_all_caps(doc: &Document, token: &Token) -> bool {
    let word = doc.slice(token.start, token.end);
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// True when the word is the first of its sentence (start of text, or after
/// `.`, `!`, `?`, `:`, a line break, a bullet or an emoji), where a capital
/// letter says nothing about names.
pub fn starts_sentence(doc: &Document, index: usize) -> bool {
    let Some(token) = doc.tokens().get(index) else {
        return false;
    };
    let before = doc.text().get(..token.start).unwrap_or("");
    match before
        .trim_end_matches([' ', '\t', '"', '\'', '‘', '“', '('])
        .chars()
        .last()
    {
        None => true,
        Some(c) => {
            matches!(
                c,
                '.' | '!' | '?' | ':' | '\n' | '\r' | '•' | '-' | '–' | '—' | '*'
            ) || (!c.is_ascii() && !c.is_alphanumeric())
        }
    }
}

/// True when only spaces (or one hyphen) separate two neighbouring words, so
/// they can belong to one name; a comma or full stop breaks the name, except
/// the dot of "St." .
pub fn glued(doc: &Document, left: &Token, right: &Token) -> bool {
    let gap = doc.slice(left.end, right.start);
    let dotted = left.norm == "st" && gap == ". ";
    dotted || (gap.len() <= 2 && !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '-'))
}

/// The index of the first word of the run of name-like words that ends just
/// before `head` (at most `max` words), or `None` when the word before `head`
/// is not name-like. Name-like: capitalised or all capitals, glued to the next
/// word, and not in [`NOT_NAMES`].
pub fn name_run_before(doc: &Document, head: usize, max: usize) -> Option<usize> {
    name_run_before_allowing(doc, head, max, |_| false)
}

/// Like [`name_run_before`], but words for which `allow` says yes may sit in
/// the run even when they are in [`NOT_NAMES`] ("Southmoor Community").
pub fn name_run_before_allowing(
    doc: &Document,
    head: usize,
    max: usize,
    allow: impl Fn(&Token) -> bool,
) -> Option<usize> {
    let tokens = doc.tokens();
    let mut first = head;
    while first > 0 && head - first < max {
        let candidate = &tokens[first - 1];
        let next = &tokens[first];
        let name_like = (is_capitalized(doc, candidate) || is_all_caps(doc, candidate))
            && (!NOT_NAMES.contains_word(&candidate.norm) || allow(candidate))
            && glued(doc, candidate, next);
        if !name_like {
            break;
        }
        first -= 1;
        if starts_sentence(doc, first) {
            break;
        }
    }
    // A run may not begin with a word that is only allowed inside it.
    while first < head && NOT_NAMES.contains_word(&tokens[first].norm) {
        first += 1;
    }
    (first < head).then_some(first)
}

/// The lowercase word just before token `index`, if it sits in the same
/// sentence (no full stop or line break between).
pub fn word_before<'d>(doc: &'d Document, index: usize) -> Option<&'d str> {
    let tokens = doc.tokens();
    let this = tokens.get(index)?;
    let prev = tokens.get(index.checked_sub(1)?)?;
    let gap = doc.slice(prev.end, this.start);
    (!gap.contains(['.', '!', '?', '\n'])).then_some(prev.norm.as_str())
}

/// True when the word looks like the outward half of a UK postcode as typed
/// ("PA20", "WN7", "SE15"), which says the words before it are an address.
pub fn is_postcode_district(doc: &Document, token: &Token) -> bool {
    let word = doc.slice(token.start, token.end);
    let letters = word.chars().take_while(char::is_ascii_uppercase).count();
    let rest = word.get(letters..).unwrap_or("");
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let tail = rest.get(digits..).unwrap_or("");
    (1..=2).contains(&letters)
        && (1..=2).contains(&digits)
        && (tail.is_empty() || (tail.len() == 1 && tail.chars().all(|c| c.is_ascii_uppercase())))
}

/// The word just before token `index` when only spaces separate them ("in
/// Leeds", not "in, Doris").
pub fn word_just_before<'d>(doc: &'d Document, index: usize) -> Option<&'d str> {
    let tokens = doc.tokens();
    let this = tokens.get(index)?;
    let prev = tokens.get(index.checked_sub(1)?)?;
    let gap = doc.slice(prev.end, this.start);
    (!gap.is_empty() && gap.chars().all(|c| c == ' ')).then_some(prev.norm.as_str())
}

/// True when one of `words` comes just before token `index`, skipping one
/// article or possessive ("in the", "at our").
pub fn preceded_by(doc: &Document, index: usize, words: &[&str]) -> bool {
    match word_before(doc, index) {
        Some(w) if words.contains(&w) => true,
        Some("the" | "a" | "an" | "our" | "my" | "their" | "his" | "her" | "your" | "big") => {
            index >= 1 && word_before(doc, index - 1).is_some_and(|w| words.contains(&w))
        }
        _ => false,
    }
}

/// True when the words `first..stop` are written like a name: the first
/// (after a leading "the") and the last capitalised, so "Newcastle upon Tyne"
/// and "the Wirral" pass and "bury" does not.
pub fn written_as_name(doc: &Document, first: usize, stop: usize) -> bool {
    let tokens = doc.tokens();
    let first = match tokens.get(first) {
        Some(t) if t.norm == "the" && first + 1 < stop => first + 1,
        _ => first,
    };
    let (Some(a), Some(b)) = (
        tokens.get(first),
        stop.checked_sub(1).and_then(|i| tokens.get(i)),
    ) else {
        return false;
    };
    is_capitalized(doc, a) && is_capitalized(doc, b)
}

/// True when the match `first..stop` is glued by a hyphen to a capitalised
/// word, as in a double-barrelled name ("Kerry-Ann"), so it is not a place.
pub fn part_of_compound(doc: &Document, first: usize, stop: usize) -> bool {
    let tokens = doc.tokens();
    let joined = |a: &Token, b: &Token| doc.slice(a.end, b.start) == "-" && is_capitalized(doc, b);
    let after = stop
        .checked_sub(1)
        .and_then(|last| Some((tokens.get(last)?, tokens.get(stop)?)))
        .is_some_and(|(a, b)| joined(a, b));
    let before = first
        .checked_sub(1)
        .and_then(|prev| Some((tokens.get(prev)?, tokens.get(first)?)))
        .is_some_and(|(a, b)| doc.slice(a.end, b.start) == "-" && is_capitalized(doc, a));
    after || before
}

/// Titles before a person's name ("Mrs Iris Hill" is a person, not a street).
pub const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "nurse",
    "sister",
    "prof",
    "professor",
    "sir",
    "dame",
    "lady",
    "lord",
    "auntie",
    "aunty",
    "uncle",
    "nan",
    "grandma",
    "grandad",
];

/// Endings of English and Welsh place names ("Meadowbank", "Oldfield",
/// "Ardenleigh", "Thornbury"): a capitalised word with one is a name even at
/// the start of a sentence.
const PLACE_NAME_ENDINGS: &[&str] = &[
    "bank", "field", "fields", "wood", "woods", "dale", "ton", "ley", "leigh", "ford", "brook",
    "side", "mead", "hurst", "combe", "lands", "moor", "croft", "holme", "thorpe", "wick", "worth",
    "bury", "borough", "burgh", "ham", "stead", "cliffe", "haven", "vale", "ridge", "lea", "dene",
    "garth", "shaw", "haugh",
];

/// Everyday words with a place-name ending ("Bedside Care", "Review Team").
const NOT_PLACE_NAMES: &[&str] = &[
    "inside",
    "outside",
    "bedside",
    "beside",
    "roadside",
    "seaside",
    "upside",
    "downside",
    "offside",
    "alongside",
    "interview",
    "review",
    "preview",
    "overview",
    "trolley",
    "barley",
    "valley",
    "medley",
    "afford",
    "cotton",
    "button",
    "skeleton",
    "boredom",
    "freedom",
    "kingdom",
    "wisdom",
    "fieldwork",
    "northside",
    "southside",
    "eastside",
    "westside",
];

/// True when a capitalised word of at least six letters ends like a place
/// name ("Meadowbank", "Oldfield") and is not a common capitalised word.
pub fn looks_like_place_name(doc: &Document, token: &Token) -> bool {
    let word = token.norm.as_str();
    word.chars().count() >= 6
        && word.chars().all(char::is_alphabetic)
        && is_capitalized(doc, token)
        && !NOT_NAMES.contains_word(word)
        && !NOT_PLACE_NAMES.contains(&word)
        && PLACE_NAME_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// True when the word ends in a possessive `'s` ("St Oswald's").
pub fn is_possessive(token: &Token) -> bool {
    token.norm.ends_with("'s") || token.norm.ends_with("s'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_stop_at_lowercase_and_sentence_starts() {
        let doc = Document::new("we went to Ashby Vale Hospital. The Ward");
        let head = doc.tokens().iter().position(|t| t.norm == "hospital");
        let first = head.and_then(|h| name_run_before(&doc, h, 4));
        assert_eq!(first.map(|f| doc.tokens()[f].norm.as_str()), Some("ashby"));
        // "The" is not a name.
        assert_eq!(name_run_before(&doc, doc.tokens().len() - 1, 4), None);
    }

    #[test]
    fn sentence_starts() {
        let doc = Document::new("Hi. Leeds is 🦸 Nice\nOk");
        assert!(starts_sentence(&doc, 0));
        assert!(starts_sentence(&doc, 1));
        assert!(!starts_sentence(&doc, 2));
        assert!(starts_sentence(&doc, 3));
        assert!(starts_sentence(&doc, 4));
        assert!(!starts_sentence(&doc, 9));
    }

    #[test]
    fn recognizers_survive_awkward_mixtures() {
        use crate::finding::Findings;
        let pieces = [
            "in ", "at ", "Leeds", " Ward ", "5", "St ", "Ben's ", "Royal ", "é", "🦸", " Road",
            " estate", "-", ". ", "\n", "A&E", "bed ", "Bay C", "Mr ", "Hospital", "’s", "WN7",
            "41 ", "\u{301}", "İ",
        ];
        // Every ordered pair and triple of pieces, so edges meet every edge.
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}");
                    let doc = Document::new(&text);
                    let mut found = Findings::default();
                    crate::recognizers::facility::find(&doc, &mut found);
                    crate::recognizers::location::find(&doc, &mut found);
                    for f in found.all() {
                        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
                        assert!(f.start < f.end && f.end <= text.len());
                    }
                }
            }
        }
    }

    #[test]
    fn place_name_endings() {
        let doc = Document::new("Meadowbank Oldfield Bedside Review Hill field");
        let looks: Vec<bool> = doc
            .tokens()
            .iter()
            .map(|t| looks_like_place_name(&doc, t))
            .collect();
        assert_eq!(looks, [true, true, false, false, false, false]);
    }

    #[test]
    fn prepositions_skip_articles() {
        let doc = Document::new("outside the Tesco and Asda");
        assert!(preceded_by(&doc, 2, &["outside"]));
        assert!(!preceded_by(&doc, 4, &["outside"]));
    }
}
