//! Clinical words no list can hold in full: rare diseases and procedures
//! recognised by their shape, and whatever follows "diagnosed with".
//!
//! Medical word-building is regular: "-itis" is inflammation, "-ectomy" a
//! removal, "-aemia" a blood state, and "X syndrome" or "X's disease" a
//! named condition. Matching the shape finds thousands of terms at the cost
//! of a short list of lookalikes ("empathy", "nostalgia", "academia").
//! Trigger phrases ("diagnosed with", "presented with") name a condition
//! even when the words after them are in no list; the span stops at the
//! first small word or punctuation so it covers only the condition.

use super::{Hit, Kind};
use crate::document::{Document, Token};
use crate::lexicon::PhraseSet;
use regex::Regex;
use std::sync::LazyLock;

/// Endings of clinical words, with the shortest word length they count at.
const SUFFIXES: &[&str] = &[
    "itis", "ectomy", "otomy", "ostomy", "plasty", "oscopy", "aemia", "emia", "plegia", "paresis",
    "penia", "uria", "osis", "pathy", "oma", "algia", "cytosis", "ectasis", "trophy",
];

/// Words with a clinical ending that are not clinical.
const LOOKALIKES: &[&str] = &[
    "empathy",
    "sympathy",
    "apathy",
    "antipathy",
    "telepathy",
    "osmosis",
    "hypnosis",
    "diagnosis",
    "prognosis",
    "academia",
    "bohemia",
    "nostalgia",
    "diploma",
    "diplomas",
    "aroma",
    "oklahoma",
    "trophies",
    "apotheosis",
    "metamorphosis",
    "symbiosis",
    "carcinoma",
];

/// Nouns that make the word before them a condition ("Behçet's disease").
const HEADS: &[&str] = &[
    "syndrome",
    "disease",
    "disorder",
    "palsy",
    "deficiency",
    "dystrophy",
    "atrophy",
    "carcinoma",
    "lymphoma",
    "sarcoma",
    "tumour",
    "tumor",
    "cancer",
    "fracture",
    "infection",
    "injury",
    "anaemia",
    "anemia",
    "sclerosis",
    "fever",
    "virus",
    "ulcer",
    "sign",
];

/// Heads that need an eponym before them ("Battle's sign", not "the sign").
const EPONYM_HEADS: &[&str] = &["sign"];

/// Small words that end a condition's name.
const STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "with",
    "at",
    "in",
    "on",
    "of",
    "after",
    "before",
    "since",
    "when",
    "who",
    "which",
    "that",
    "so",
    "because",
    "last",
    "this",
    "yesterday",
    "today",
    "her",
    "his",
    "their",
    "my",
    "our",
    "your",
    "he",
    "she",
    "they",
    "i",
    "we",
    "it",
    "is",
    "was",
    "were",
    "has",
    "had",
    "have",
    "be",
    "been",
    "to",
    "for",
    "from",
    "by",
    "as",
    "then",
    "now",
    "aged",
    "age",
    "years",
    "year",
    "old",
    "just",
    "but",
    "too",
    "very",
    "really",
    "not",
    "no",
    "are",
    "while",
    "whilst",
    "if",
    "into",
    "about",
    "over",
    "under",
    "still",
    "also",
];

/// Phrases after which the next words name a condition.
static TRIGGERS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new([
        "diagnosed with",
        "diagnosis of",
        "dx of",
        "dx'd with",
        "suffering from",
        "suffers from",
        "presented with",
        "presenting with",
        "came in with",
        "admitted with",
        "brought in with",
        "complaining of",
        "c/o",
        "treated for",
        "being treated for",
        "hx of",
        "died of",
        "died from",
        "passed away from",
    ])
});

/// A foreign body: something swallowed, or lodged in a nose, ear or eye.
static FOREIGN_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)swallow(?:ed|ing)? (?:a|an|his|her|their|some|two|three) \w+(?: \w+)?|(?-u:\b)(?:a|an|some) \w+(?: \w+){0,2} (?:up|in|stuck in|stuck up) (?:his|her|their) (?:nose|ear|eye|throat|nostril)(?-u:\b)")
        .expect("pattern compiles")
});

/// An injury or loss of function told as a verb on a body part ("broke her
/// hip", "can't move his left arm"), and falls or jumps from a height.
static INJURY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:broke|broken|fractured|dislocated|sprained|injured|hurt|twisted|cut|burnt|burned|snapped|smashed|bust|crushed|hit|banged|bumped|bashed|smacked|knocked|(?:can't|cannot|couldn't|can not) (?:move|use|feel|lift|bend|weight bear on)) (?:his|her|their) (?:left |right )?(?:hip|knee|leg|legs|arm|arms|wrist|ankle|shoulder|elbow|neck|back|spine|skull|jaw|nose|ribs?|pelvis|femur|collarbone|hand|foot|fingers?|toes?|face|head)|(?:jumped|fell|thrown) (?:from|off) (?:a|the|his|her|their) (?:bridge|building|roof|balcony|car park|multi-storey|cliff|window|train|platform|ladder|stepladder|scaffolding|horse|bike|motorbike))(?-u:\b)")
        .expect("pattern compiles")
});

/// A joint named as one person's ("his hip", "her new knee"): in a post
/// "Passed" as a death, which only its surroundings tell from passing an
/// exam or a message: a person before it and a time or place of dying
/// after it ("who passed at the hospice", "she passed overnight").
static PASSED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:who|he|she|they|sadly|peacefully) (passed(?: away)?) (?:at|in (?:his|her|their) sleep|last night|last week|yesterday|overnight|peacefully|today|earlier|this (?:morning|afternoon|evening|week))(?-u:\b)")
        .expect("pattern compiles")
});

/// about someone it is the operation or the injury.
static JOINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:his|her|their) (?:new )?(?:hip|knee)s?(?-u:\b)")
        .expect("pattern compiles")
});

/// How many words after a trigger may belong to the condition's name.
const MAX_NAME_WORDS: usize = 4;

/// Adds shape-based clinical hits to `hits`.
pub(super) fn find(doc: &Document, hits: &mut Vec<Hit>) {
    let tokens = doc.tokens();
    for (i, token) in tokens.iter().enumerate() {
        if has_clinical_ending(&token.norm) {
            hits.push(hit(token.start, token.end));
        }
        if HEADS.contains(&token.norm.as_str()) {
            let eponym = i
                .checked_sub(1)
                .and_then(|p| tokens.get(p))
                .filter(|t| t.norm.ends_with("'s") && adjacent(doc, t, token));
            if EPONYM_HEADS.contains(&token.norm.as_str()) {
                if let Some(name) = eponym {
                    hits.push(hit(name.start, token.end));
                }
            } else if let Some(start) = named_before(doc, i) {
                hits.push(hit(start, token.end));
            }
        }
    }
    for m in FOREIGN_BODY
        .find_iter(doc.text())
        .chain(INJURY.find_iter(doc.text()))
    {
        // "his"/"her" in the phrase already points at someone.
        hits.push(Hit {
            particular: true,
            ..hit(m.start(), m.end())
        });
    }
    for death in PASSED.captures_iter(doc.text()).filter_map(|c| c.get(1)) {
        hits.push(Hit {
            kind: Kind::Status,
            ..hit(death.start(), death.end())
        });
    }
    for m in JOINT.find_iter(doc.text()) {
        hits.push(hit(m.start(), m.end()));
    }
    for m in TRIGGERS.find_all(doc) {
        if let Some(end) = name_after(doc, m.stop) {
            if let Some(first) = tokens.get(m.stop) {
                hits.push(hit(first.start, end));
            }
        }
    }
}

fn hit(start: usize, end: usize) -> Hit {
    Hit {
        start,
        end,
        kind: Kind::Condition,
        confidence: 0.6,
        particular: false,
    }
}

fn has_clinical_ending(word: &str) -> bool {
    word.chars().count() >= 8
        && word.chars().all(char::is_alphabetic)
        && SUFFIXES.iter().any(|s| word.ends_with(s))
        && !LOOKALIKES.contains(&word)
}

/// True when `left` and `right` are one phrase: only a space or hyphen apart.
fn adjacent(doc: &Document, left: &Token, right: &Token) -> bool {
    let gap = doc.slice(left.end, right.start);
    !gap.is_empty() && gap.len() <= 2 && gap.chars().all(|c| c == ' ' || c == '-')
}

fn is_name_word(token: &Token) -> bool {
    !STOP.contains(&token.norm.as_str())
        && token.norm.chars().all(|c| c.is_alphabetic() || c == '\'')
}

/// Start of the one or two words naming a condition before the head noun at
/// `head` ("Guillain-Barré syndrome"), if any.
fn named_before(doc: &Document, head: usize) -> Option<usize> {
    let tokens = doc.tokens();
    let mut start = None;
    let mut right = tokens.get(head)?;
    for back in 1..=2 {
        let left = tokens.get(head.checked_sub(back)?)?;
        if !adjacent(doc, left, right) || !is_name_word(left) {
            break;
        }
        start = Some(left.start);
        right = left;
    }
    start
}

/// End of the condition named from token `first` on: up to
/// [`MAX_NAME_WORDS`] words, stopping at a small word or punctuation.
fn name_after(doc: &Document, first: usize) -> Option<usize> {
    let tokens = doc.tokens();
    let mut end = None;
    let mut prev: Option<&Token> = None;
    for token in tokens.iter().skip(first).take(MAX_NAME_WORDS) {
        if prev.is_some_and(|p| !adjacent(doc, p, token)) || !is_name_word(token) {
            break;
        }
        end = Some(token.end);
        prev = Some(token);
    }
    end
}

#[cfg(test)]
mod tests {
    use super::super::tests::spans;

    #[test]
    fn clinical_word_endings() {
        assert_eq!(spans("she had a cholecystectomy"), ["cholecystectomy"]);
        assert_eq!(spans("known sarcoidosis"), ["sarcoidosis"]);
        assert!(spans("Empathy and nostalgia in academia").is_empty());
    }

    #[test]
    fn named_conditions_before_a_head_noun() {
        assert_eq!(spans("living with Behçet's disease"), ["Behçet's disease"]);
        assert!(spans("the disease spreads").is_empty());
    }

    #[test]
    fn injuries_told_as_verbs() {
        assert_eq!(spans("she broke her hip"), ["broke her hip"]);
        assert_eq!(
            spans("can't move his left arm"),
            ["can't move his left arm"]
        );
        assert_eq!(spans("jumped off a bridge"), ["jumped off a bridge"]);
        assert!(spans("he broke the news to her").is_empty());
        assert_eq!(spans("positive Battle's sign"), ["Battle's sign"]);
        assert!(spans("a sign of the times").is_empty());
    }

    #[test]
    fn longer_foreign_bodies() {
        assert_eq!(
            spans("she put a whole chilli pepper in her eye"),
            ["a whole chilli pepper in her eye"]
        );
    }

    #[test]
    fn passed_as_a_death() {
        assert_eq!(spans("Ivy, who passed at the hospice"), ["passed"]);
        assert_eq!(spans("he passed away overnight"), ["passed away"]);
        assert!(spans("she passed her driving test").is_empty());
        assert!(spans("who passed the message on").is_empty());
    }

    #[test]
    fn joints_named_as_ones_own() {
        assert_eq!(spans("waiting for her new knee"), ["her new knee"]);
    }

    #[test]
    fn foreign_bodies() {
        assert_eq!(spans("he swallowed a coin"), ["swallowed a coin"]);
        assert_eq!(spans("a bead up her nose"), ["a bead up her nose"]);
        assert!(spans("she swallowed hard").is_empty());
    }

    #[test]
    fn whatever_follows_diagnosed_with() {
        assert_eq!(
            spans("diagnosed with Erdheim Chester, aged 40"),
            ["Erdheim Chester"]
        );
        assert!(spans("diagnosed with the.").is_empty());
    }
}
