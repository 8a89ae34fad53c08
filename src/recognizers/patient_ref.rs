//! Recognizer: PATIENT_REF, words that point at one real service user
//! ("my patient", "a lady on my ward", "the lad", "the patient's wife",
//! "54yo male").
//!
//! A reference is a person noun with a determiner, optional modifiers and
//! optional age in between ("an older gent", "a 72-year-old woman"). Care
//! nouns ("patient", "client") count on their own; everyday person nouns
//! ("a man", "the lady") only when the post reads as a case, because "a man
//! of his word" is not anyone's patient. Precision matters more than recall
//! here: advice and hypotheticals ("if a patient asks", "every patient",
//! "when a patient is distressed", "can a patient refuse?"), research
//! sentences, compounds ("patient safety"), titles ("Baby Loss Awareness
//! Week"), made-up teaching cases and the author's own family ("my mum",
//! "Mum was a nurse") are skipped. Relatives after "his"/"her" are left
//! out too: in most posts they are bystanders, and the case is already
//! flagged by its patient. A bare noun counts only when it opens a report
//! ("Pt refused obs", "Lady came in today").
//! When an age sits inside the phrase the span starts after it, so the AGE
//! recognizer keeps the number ("a 72-year-old woman" -> "woman").

use super::case_cues::{
    general_question, has_work_words, joined, sentence_is_generic, starts_sentence,
    word_before_in_sentence,
};
use crate::document::{Document, Token};
use crate::finding::{Finding, Findings};
use crate::label::Label;
use crate::lexicon::PhraseSet;
use std::sync::LazyLock;

static CARE_NOUNS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/patient_ref_heads.txt")));
static PEOPLE: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/patient_ref_people.txt")));
static MODIFIERS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/patient_ref_modifiers.txt")));
static RELATIVES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/patient_ref_relatives.txt")));
static COMPOUNDS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/patient_ref_compounds.txt")));

/// Determiners that single out one person. "your" and "every" are left out:
/// they address readers or speak in general.
const DETERMINERS: &[&str] = &["a", "an", "the", "my", "our", "this", "that"];

/// Person nouns that, after "my", still mean a patient ("my lady in bay 2",
/// "my gent"), unlike "my boy" or "my man".
const MY_PATIENT_WORDS: &[&str] = &["lady", "gent", "gentleman", "chap", "fella"];

/// Plural care nouns after "one of my/our" ("one of my clients").
const PLURAL_NOUNS: &[&str] = &[
    "patients",
    "clients",
    "residents",
    "families",
    "service",
    "ladies",
    "gents",
    "gentlemen",
    "kids",
    "children",
    "mums",
    "dads",
    "regulars",
    "pts",
];

/// Verbs after "someone I ..." / "a woman I ..." that tie a person to the
/// author's work.
const CARE_VERBS: &[&str] = &[
    "cared",
    "nursed",
    "visited",
    "saw",
    "see",
    "work",
    "worked",
    "working",
    "supported",
    "support",
    "treated",
    "delivered",
    "met",
    "looked",
    "look",
    "assessed",
    "admitted",
];

/// Places after "someone on my ..." that make them a service user.
const CASELOAD_NOUNS: &[&str] = &["caseload", "ward", "list", "books", "unit", "rounds"];

/// Adds PATIENT_REF findings.
pub fn find(doc: &Document, found: &mut Findings) {
    // A made-up teaching case refers to nobody.
    if crate::framing::read(doc).fictional {
        return;
    }
    let tokens = doc.tokens();
    let mut refs: Vec<Candidate> = Vec::new();
    let mut at = 0;
    while at < tokens.len() {
        match candidate_at(doc, at) {
            Some(c) => {
                at = c.stop.max(at + 1);
                refs.push(c);
            }
            None => at += 1,
        }
    }
    let is_case =
        refs.iter().any(|c| c.strong) || found.has(Label::Clinical) || has_work_words(doc);
    for c in refs.into_iter().filter(|c| c.strong || is_case) {
        found.push(
            Finding::new(Label::PatientRef, c.start, c.end).confidence(if c.strong {
                0.8
            } else {
                0.6
            }),
        );
    }
}

/// A possible reference: byte span, token stop, and whether it stands alone.
struct Candidate {
    start: usize,
    end: usize,
    stop: usize,
    strong: bool,
}

/// Tries to read a reference whose head noun starts at token `at`.
fn candidate_at(doc: &Document, at: usize) -> Option<Candidate> {
    let tokens = doc.tokens();
    let tok = tokens.get(at)?;
    if let Some(c) = one_of_my(doc, at).or_else(|| someone_qualified(doc, at)) {
        return Some(c);
    }
    let (len, care) = match CARE_NOUNS.longest_at(doc, at) {
        Some(len) => (len, true),
        None => (PEOPLE.longest_at(doc, at)?, false),
    };
    let mut stop = at + len;
    let head = tokens.get(stop - 1)?;
    if followed_by(doc, stop, &COMPOUNDS) || titled(doc, at, stop) {
        return None;
    }
    let (first, aged) = walk_modifiers(doc, at);
    // "PT" in capitals is physiotherapy or a personal trainer ("pt"/"Pt" is
    // the nurses' shorthand for patient).
    if doc.slice(head.start, head.end) == "PT" {
        return None;
    }
    // "male"/"female" describe a patient only in the "54yo male" shape.
    if matches!(head.norm.as_str(), "male" | "female") && !aged {
        return None;
    }
    // "the patient's wife": the relative is the reference.
    if head.norm.ends_with("'s") && followed_by(doc, stop, &RELATIVES) {
        stop += 1;
    }
    let end = tokens.get(stop - 1)?.end;
    let det = first
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .filter(|d| joined(doc, d, &tokens[first]))
        .filter(|d| DETERMINERS.contains(&d.norm.as_str()));
    if sentence_is_generic(doc, tok.start) || det.is_some_and(|d| speaks_of_any(doc, first - 1, d))
    {
        return None;
    }
    let accepted = match det {
        _ if aged => true,
        // "my man", "my boy" are the author's own people; "my lady in bay
        // 2" is how nurses speak of a patient.
        Some(d) => care || d.norm != "my" || MY_PATIENT_WORDS.contains(&head.norm.as_str()),
        None => bare_reference(doc, first, at, stop, care),
    };
    if !accepted {
        return None;
    }
    // With an age inside, the span starts after it (AGE keeps the number).
    let start = match det {
        _ if aged => tok.start,
        Some(d) => d.start,
        None => tokens[first].start,
    };
    Some(Candidate {
        start,
        end,
        stop,
        strong: care || aged,
    })
}

/// True when the determiner at token `det_at` makes the reference general:
/// "when a patient is distressed", "can a patient refuse?", "as the
/// patient" (the author's own care), "not one of our patients".
fn speaks_of_any(doc: &Document, det_at: usize, det: &Token) -> bool {
    let indefinite = matches!(det.norm.as_str(), "a" | "an");
    (indefinite
        && (general_question(doc, det.start)
            || word_before_in_sentence(doc, det_at, 1, &["when", "whenever", "once"])))
        || word_before_in_sentence(doc, det_at, 1, &["as", "not"])
}

/// A reference without a determiner counts when it opens a report ("Pt
/// refused obs", "Lady came in", "GP life: patient this morning...") or is
/// the nurses' shorthand "pt". Not an exclamation ("Man, what a shift"), not
/// the author's own family ("Mum was a nurse"), not a form field ("Patient:
/// <name>", where the name is what matters).
fn bare_reference(doc: &Document, first: usize, at: usize, stop: usize, care: bool) -> bool {
    let tokens = doc.tokens();
    let (Some(first_tok), Some(head)) = (
        tokens.get(first),
        stop.checked_sub(1).and_then(|i| tokens.get(i)),
    ) else {
        return false;
    };
    let after = doc.text().get(head.end..).unwrap_or("");
    if after.trim_start().starts_with([':', '(']) {
        return false;
    }
    let exclaimed = after.starts_with([',', '!']);
    let family = first == at && RELATIVES.contains_word(&head.norm);
    let opens = (starts_sentence(doc, first) && first_tok.is_capitalized(doc.text()))
        || after_colon(doc, first);
    let pt = care && head.norm == "pt";
    (opens && !exclaimed && !family) || pt
}

/// Walks back from the head over modifiers and an age ("a lovely 80-year-old
/// gent"); returns the first modifier's index and whether an age was among them.
fn walk_modifiers(doc: &Document, at: usize) -> (usize, bool) {
    let tokens = doc.tokens();
    let mut first = at;
    let mut aged = false;
    for _ in 0..5 {
        let Some(prev) = first.checked_sub(1).and_then(|i| tokens.get(i)) else {
            break;
        };
        if !joined(doc, prev, &tokens[first]) {
            break;
        }
        if is_age(&prev.norm) {
            aged = true;
        } else if let Some(left) = hyphen_compound(doc, first - 1) {
            // A hyphenated compound is a modifier ("longest-stay patient").
            first = left;
            continue;
        } else if !MODIFIERS.contains_word(&prev.norm) && !adjective_shaped(&prev.norm) {
            break;
        }
        first -= 1;
    }
    (first, aged)
}

/// True when a colon or dash just before token `at` opens a new clause
/// ("GP life: patient this morning...", "last month – young lad with...").
fn after_colon(doc: &Document, at: usize) -> bool {
    let Some(tok) = doc.tokens().get(at) else {
        return false;
    };
    let before = doc.words_before(tok.start, 1);
    let gap_start = before.first().map_or(0, |p| p.end);
    doc.slice(gap_start, tok.start)
        .contains([':', '\u{2013}', '\u{2014}'])
}

/// True when the phrase is part of a capitalised title ("Baby Loss
/// Awareness Week"): the word after it is capitalised mid-sentence too.
fn titled(doc: &Document, at: usize, stop: usize) -> bool {
    let tokens = doc.tokens();
    match (tokens.get(at), tokens.get(stop)) {
        (Some(head), Some(next)) => {
            head.is_capitalized(doc.text())
                && next.is_capitalized(doc.text())
                && joined(doc, head, next)
                && !next.is_numeric()
        }
        _ => false,
    }
}

/// A word whose ending marks it as an adjective ("sweetest", "grumpy",
/// "frightened", "grieving"), so unlisted descriptions between a
/// determiner and a person noun still read as one phrase.
fn adjective_shaped(word: &str) -> bool {
    word.len() > 4
        && ["est", "ful", "ous", "ive", "ish", "less", "ed", "ing", "y"]
            .iter()
            .any(|suffix| word.ends_with(suffix))
}

/// When token `at` ends a hyphenated compound ("longest-stay"), the index
/// of its first part.
fn hyphen_compound(doc: &Document, at: usize) -> Option<usize> {
    let tokens = doc.tokens();
    let left = at.checked_sub(1)?;
    let gap = doc.slice(tokens.get(left)?.end, tokens.get(at)?.start);
    (gap == "-").then_some(left)
}

/// "72", "54yo", "80yr" (with "year", "old", "yo" as separate modifiers).
fn is_age(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = word.get(digits.len()..).unwrap_or("");
    !digits.is_empty()
        && digits.len() <= 3
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(suffix, "" | "yo" | "y" | "yr" | "yrs" | "m" | "f")
}

/// True when the word at `stop` is one of the set, glued to the word before.
fn followed_by(doc: &Document, stop: usize, set: &PhraseSet) -> bool {
    let tokens = doc.tokens();
    match (
        stop.checked_sub(1).and_then(|i| tokens.get(i)),
        tokens.get(stop),
    ) {
        (Some(prev), Some(next)) => joined(doc, prev, next) && set.contains_word(&next.norm),
        _ => false,
    }
}

/// "one of my clients", "one of our families". Relatives after "his"/"her"
/// are left alone: in most posts they are bystanders or the author's own
/// circle, and the patient is already flagged elsewhere.
fn one_of_my(doc: &Document, at: usize) -> Option<Candidate> {
    let tokens = doc.tokens();
    let words: Vec<&str> = tokens
        .get(at..(at + 4).min(tokens.len()))?
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let (stop, strong) = match words.as_slice() {
        ["one", "of", "my" | "our", noun, ..] if PLURAL_NOUNS.contains(noun) => {
            (if *noun == "service" { at + 5 } else { at + 4 }, true)
        }
        _ => return None,
    };
    let last = tokens.get(stop.min(tokens.len()) - 1)?;
    Some(Candidate {
        start: tokens[at].start,
        end: last.end,
        stop,
        strong,
    })
}

/// "someone on my caseload", "someone I cared for".
fn someone_qualified(doc: &Document, at: usize) -> Option<Candidate> {
    let tokens = doc.tokens();
    let tok = tokens.get(at)?;
    if tok.norm != "someone" && tok.norm != "somebody" {
        return None;
    }
    let next: Vec<&Token> = tokens
        .get(at + 1..(at + 4).min(tokens.len()))?
        .iter()
        .collect();
    let words: Vec<&str> = next.iter().map(|t| t.norm.as_str()).collect();
    let stop = match words.as_slice() {
        ["on" | "from", "my" | "our", place, ..] if CASELOAD_NOUNS.contains(place) => at + 4,
        ["i" | "we" | "i'm" | "i've" | "we've", verb, ..] if CARE_VERBS.contains(verb) => at + 3,
        ["i'm" | "i've" | "we're", "been", verb] if CARE_VERBS.contains(verb) => at + 4,
        _ => return None,
    };
    if word_before_in_sentence(doc, at, 2, &["if", "every", "any", "for"]) {
        return None;
    }
    let last = tokens.get(stop.min(tokens.len()) - 1)?;
    Some(Candidate {
        start: tok.start,
        end: last.end,
        stop,
        strong: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        let mut found = Findings::default();
        find(&doc, &mut found);
        found
            .all()
            .iter()
            .map(|f| doc.slice(f.start, f.end).to_string())
            .collect()
    }

    #[test]
    fn care_nouns_with_determiners() {
        assert_eq!(refs("Had my patient back in today."), ["my patient"]);
        assert_eq!(refs("A patient told me a joke."), ["A patient"]);
        assert_eq!(refs("Pt refused obs again."), ["Pt"]);
        assert_eq!(refs("one of my clients rang"), ["one of my clients"]);
        assert_eq!(refs("Met our new service user."), ["our new service user"]);
    }

    #[test]
    fn people_need_a_case() {
        assert_eq!(
            refs("A lovely older gent on the ward"),
            ["A lovely older gent"]
        );
        assert!(refs("He was a man of his word.").is_empty());
        assert_eq!(
            refs("Visited a first-time mum; her husband was lovely."),
            ["a first-time mum"]
        );
    }

    #[test]
    fn ages_stay_outside_the_span() {
        assert_eq!(refs("Saw a 72-year-old woman in clinic"), ["woman"]);
        assert_eq!(refs("My lovely lady in bay 2 sang"), ["My lovely lady"]);
        assert!(refs("My boy started nursery, my man cooked, ward closed").is_empty());
        assert_eq!(refs("54yo male with chest pain"), ["male"]);
    }

    #[test]
    fn relatives_and_someone() {
        assert_eq!(refs("the patient's wife cried"), ["the patient's wife"]);
        assert_eq!(
            refs("someone on my caseload called"),
            ["someone on my caseload"]
        );
    }

    #[test]
    fn hard_negatives() {
        for text in [
            "Patient safety is everyone's job.",
            "If a patient asks, tell the truth.",
            "Every patient deserves dignity.",
            "Would I say this in front of my patient?",
            "Be patient with yourself.",
            "Your patients trust you.",
            "My mum was a nurse and my son is too.",
            "Improving patient experience this year.",
        ] {
            assert!(refs(text).is_empty(), "{text}: {:?}", refs(text));
        }
    }

    #[test]
    fn openers_and_modifiers() {
        assert_eq!(
            refs("Lovely old boy on my rounds told me about the war."),
            ["Lovely old boy"]
        );
        assert_eq!(
            refs("Had the sweetest elderly lady in bay 3."),
            ["the sweetest elderly lady"]
        );
        assert_eq!(
            refs("Shout out to our longest-stay patient!"),
            ["our longest-stay patient"]
        );
        assert_eq!(
            refs("GP life: patient this morning had a list"),
            ["patient"]
        );
        assert_eq!(refs("A patient of mine passed away."), ["A patient"]);
        assert_eq!(
            refs("Visited a gentleman I've supported for years."),
            ["a gentleman"]
        );
    }

    #[test]
    fn general_talk_is_not_a_case() {
        for text in [
            "When a patient is distressed, slow down.",
            "Is a patient allowed to refuse a transfusion?",
            "New research shows a patient's network predicts recovery.",
            "Man, what a shift on the ward.",
            "Mum was a nurse on the ward for 40 years.",
            "Patient: see notes on the ward.",
            "Booked a PT session at the gym.",
            "Baby Loss Awareness Week on the ward.",
            "After six weeks as the patient I get it.",
        ] {
            assert!(refs(text).is_empty(), "{text}: {:?}", refs(text));
        }
    }

    #[test]
    fn unicode_and_edges_never_panic() {
        for text in [
            "",
            "🦸",
            "patient",
            "my",
            "one of my",
            "someone",
            "Zoë’s patient’s wife",
        ] {
            let _ = refs(text);
        }
    }
}
