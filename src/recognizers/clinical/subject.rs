//! Whether a post is about a particular person at all.
//!
//! Clinical words are everywhere in health workers' posts: awareness days,
//! advice, research, their own training. They only need highlighting when
//! they describe someone (the labelling guide gives a general-information
//! post no spans), so the clinical recognizer first looks for any sign of
//! an individual: a third-person pronoun, a word for a patient or relative,
//! a title, a handle being replied to, or an age written as a case ("67M",
//! "29yo", "72-year-old"). The test is deliberately generous: a missed
//! case costs more than an underlined word in advice. A case the post
//! calls fictional or a composite ([`crate::framing`]) is about nobody, and
//! "someone" after "if" or "or" is anyone.

use crate::document::Document;
use crate::lexicon::PhraseSet;
use regex::Regex;
use std::sync::LazyLock;

static PERSON_WORDS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../../data/clinical_subject.txt")));

/// A handle, an age in case-note shape, a bed or bay, a small count of
/// patients seen ("2 pts tonight"), or a greeting to a named person.
static PERSON_SHAPES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"@\w|(?-u:\b)\d{1,3} ?(?:[MF]|(?i:yo|y/o|yrs? old))(?-u:\b)|(?i)(?-u:\b)\d{1,3}[- ]years?[- ]old(?-u:\b)|(?i)(?-u:\b)\d0-something(?-u:\b)|(?i)(?-u:\b)(?:bed|bay|cubicle|room) \d|(?i)(?-u:\b)(?:\d|two|three|four|both) (?:pts|patients|clients)(?-u:\b)|(?-u:\b)(?:Hi|Hello|Dear|Hey|Congrats|Congratulations|Thanks|Thank you),? [A-Z][a-z]+")
        .expect("pattern compiles")
});

/// Shapes that only a particular person's details take: an age in brackets
/// after a name ("Albert (86, ..."), a birth date or a date with a
/// 20th-century year, a record number, a personal (not freephone) phone
/// number, someone's appointment slot ("Dr Khan's 10:20", "my 3pm"), a
/// shift's patient spoken of as a time ("Tonight's was...", "Today's
/// demanded..."), and a pregnancy with the girl's age ("pregnant at 14").
static IDENTIFYING_SHAPES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(\d{2,3}[,)]|(?-u:\b)\d{1,2}[./-]\d{1,2}[./-]19\d\d(?-u:\b)|(?i:born) \d|(?-u:\b)[A-Z]{1,4} ?\d{6,}(?-u:\b)|(?-u:\b)0(?:1\d{2,3}|2\d|7\d{3}) ?\d{3} ?\d{3,4}(?-u:\b)|(?:['’]s|(?i:(?-u:\b)my)) \d{1,2}(?:[:.]\d\d|[ap]m)(?-u:\b)|(?i:(?-u:\b)(?:today|tonight|yesterday)['’]s (?:was|is|had|has|\w+ed)(?-u:\b))|(?i:pregnant at \d)")
        .expect("pattern compiles")
});

/// Words before "someone" that make it anyone at all ("if someone...").
const ANYONE_LEADS: &[&str] = &[
    "if", "or", "when", "whenever", "know", "help", "love", "support", "for",
];

/// Words before a role word that make it any holder of the role ("your
/// patient", "every client").
const ANY_HOLDER_LEADS: &[&str] = &["your", "any", "every", "each", "no"];

/// Verbs after "a patient" that state a rule or a right, not a story ("a
/// patient should...", "a client may...").
const RULE_VERBS: &[&str] = &[
    "should", "must", "may", "might", "can", "cannot", "can't", "deserves", "needs",
];

/// True when a role word names anyone in the role, as advice and policy
/// posts do ("if a patient...", "your patient", "a patient is entitled"):
/// lowercase story openings ("pt in bay 3", "had a patient tell me") keep
/// pointing at someone.
fn is_generic_role(word: &str, [before_lead, lead]: [&str; 2], [next, then]: [&str; 2]) -> bool {
    if !matches!(
        word,
        "patient" | "client" | "resident" | "pt" | "service user"
    ) {
        return false;
    }
    if ANY_HOLDER_LEADS.contains(&lead) || (lead == "a" && before_lead == "if") {
        return true;
    }
    // "a patient is entitled", "a patient has the right": but "a patient
    // is refusing" tells a story, so "is"/"has" only count before a right.
    let states_a_right = matches!((next, then), ("is", "entitled") | ("has", "the"));
    lead == "a" && (RULE_VERBS.contains(&next) || states_a_right)
}

/// True when something in the post points at a particular, real person.
pub(super) fn is_about_someone(doc: &Document) -> bool {
    if crate::framing::read(doc).fictional {
        return false;
    }
    let tokens = doc.tokens();
    let norm = |i: Option<usize>| {
        i.and_then(|i| tokens.get(i))
            .map_or("", |t| t.norm.as_str())
    };
    let points_at_someone = PERSON_WORDS.find_all(doc).iter().any(|m| {
        let word = norm(Some(m.first));
        let lead = norm(m.first.checked_sub(1));
        let anyone = matches!(word, "someone" | "somebody") && ANYONE_LEADS.contains(&lead);
        let after = [norm(Some(m.stop)), norm(Some(m.stop + 1))];
        !anyone && !is_generic_role(word, [norm(m.first.checked_sub(2)), lead], after)
    });
    points_at_someone
        || PERSON_SHAPES.is_match(doc.text())
        || IDENTIFYING_SHAPES.is_match(doc.text())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_and_replies_are_about_someone() {
        for text in [
            "She came in with chest pain",
            "Bed 4 needs obs",
            "@sam_j glad you're home",
            "67M, acute limb ischaemia",
            "a 72-year-old with sepsis",
            "Hi Jo, your results are back",
            "Ellis (79, frail) fell in room 9",
            "Label reads PRICE, Tom 02.03.1948",
            "Ref QZ 4412873 still waiting",
            "Ring back Gwen on 01632 960123 re her ankle",
            "Dr Amir's 14:40 was a splinter",
            "Tonight's was convinced the moon was following him",
            "Today’s demanded a sandwich",
            "Pregnant at 14 and nobody noticed",
            "had a patient tell me her sugars were 30",
            "kiddo at clinic with an ear infection",
            "lass on my list w/ asthma",
            "a patient is refusing her insulin again",
            "2 pts tonight both od'd on paracetamol",
        ] {
            assert!(is_about_someone(&Document::new(text)), "{text}");
        }
    }

    #[test]
    fn general_advice_is_not() {
        for text in [
            "Sepsis kills. Know the signs: fever, confusion, fast breathing.",
            "It's Dementia Awareness Week: 5 tips for carers",
            "We walked 5 m to the car",
            "If someone you love is struggling, call 111",
            "Teaching vignette: Mrs X, 84, with delirium. What next?",
            "Call the helpline on 0808 800 5000 (free) if you need support",
            "Today's tip: check the sugar (1) before (2) the scan",
            "The 1990s saw 12.5% more admissions",
            "If a patient can't swallow, refer them to speech and language therapy",
            "a patient should never be left without a call bell",
            "ask your patient about their meds",
            "a patient is entitled to refuse their bloods",
        ] {
            assert!(!is_about_someone(&Document::new(text)), "{text}");
        }
    }
}
