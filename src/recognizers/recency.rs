//! Recognizer: RECENCY, words that time a case close to now ("today",
//! "this morning", "last Tuesday", "on Tuesday night", "since Friday",
//! "overnight", "Tonight's was...", "Just discharged ...").
//!
//! Timing a story lets colleagues and relatives link it to a real person, but
//! the same words are everywhere in harmless posts ("happy Nurses Day
//! today", "in today's NHS"). So recency is only reported in a post that
//! reads as a case: one with a patient reference, derogatory words about
//! someone, words of care work (ward, shift, visit, admitted), or clinical
//! detail close to the time phrase (clinical words alone fill health advice
//! too). Even then it is skipped in event and milestone sentences ("retires
//! today"), general advice ("if you're struggling tonight"), quoted words,
//! made-up teaching cases, the author's own news ("Just passed my..."),
//! milestones and family ("Turned 50 today", "My mum was diagnosed this
//! week"; a patient's "who turned 90 today" stays),
//! "today's NHS"-style eras, habits ("every Friday night") and shift names
//! ("my last night shift"). "just" counts only before a past tense, opening
//! a report, before "been", or right after a patient reference.
//! Txt-speak forms ("2nite", "2day", "yday") are listed with the rest;
//! "tomorrow" ("tmrw") usually means the author's plans, so it counts only
//! right beside a patient reference ("pt going home tmrw").

use super::case_cues::{
    has_work_words, joined, sentence_is_generic, sentence_tokens, starts_sentence,
    word_before_in_sentence, SpanIndex,
};
use crate::document::{Document, Token};
use crate::finding::{Finding, Findings};
use crate::label::Label;
use crate::lexicon::PhraseSet;
use std::sync::LazyLock;

static PHRASES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/recency_phrases.txt")));

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const DAY_PARTS: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "nights",
    "shift",
];

/// Nouns after "today's"/"tonight's"/"tomorrow's" that make the phrase mean
/// "the present era" ("today's NHS") rather than a day.
const ERA_NOUNS: &[&str] = &[
    "nhs",
    "world",
    "society",
    "climate",
    "healthcare",
    "health",
    "generation",
    "youth",
    "young",
    "nurses",
    "nursing",
    "doctors",
    "students",
    "culture",
    "standards",
    "economy",
    "news",
    "workforce",
    "profession",
    "patients",
    "children",
    "kids",
    "social",
    "political",
    "digital",
    "modern",
    "care",
    "environment",
    "times",
    "age",
    "media",
];

/// Past participles that follow a report-opening "Just" ("Just seen ...").
const PARTICIPLES: &[&str] = &[
    "been", "seen", "had", "done", "got", "come", "gone", "left", "sent", "given", "taken", "told",
    "met", "found", "heard", "spent", "put", "run", "sat", "held", "made", "said", "fitted",
    "gave", "came", "went", "rang", "threw", "fell", "ran", "took", "brought", "bit", "told",
];

/// Adds RECENCY findings when the post is a case.
pub fn find(doc: &Document, found: &mut Findings) {
    let is_case = found.has(Label::PatientRef)
        || found.has(Label::Conduct)
        || has_work_words(doc)
        || super::conduct::has_conduct(doc);
    if crate::framing::read(doc).fictional {
        return;
    }
    let clinical = SpanIndex::new(found, &[Label::Clinical]);
    let patients = SpanIndex::new(found, &[Label::PatientRef]);
    let tokens = doc.tokens();
    let mut at = 0;
    while at < tokens.len() {
        let len = PHRASES
            .longest_at(doc, at)
            .filter(|&len| {
                !era_phrase(doc, at, len) && !off_case(doc, at, len) && !shift_name(doc, at, len)
            })
            .or_else(|| weekday_at(doc, at))
            .or_else(|| just_at(doc, at, &patients))
            .or_else(|| tomorrow_at(doc, at, &patients).filter(|&len| !off_case(doc, at, len)));
        match len {
            // Clinical words alone are common in health advice, so without
            // other case cues they only count close to the time phrase.
            Some(len) if !is_case && !clinical.near(tokens[at].start, tokens[at].end, 120) => {
                at += len;
            }
            Some(len) => {
                let last = tokens.get(at + len - 1).unwrap_or(&tokens[at]);
                found.push(Finding::new(Label::Recency, tokens[at].start, last.end));
                at += len;
            }
            None => at += 1,
        }
    }
}

/// Spellings of "tomorrow", txt-speak included.
const TOMORROW: &[&str] = &[
    "tomorrow", "tmrw", "tmw", "2moro", "2morrow", "tomoz", "tomorow",
];

/// "a patient on my list tomorrow", "pt going home tmrw": tomorrow is
/// usually the author's plans, so it times a case only right beside a
/// patient reference (within a few words).
fn tomorrow_at(doc: &Document, at: usize, patients: &SpanIndex) -> Option<usize> {
    let tok = doc.tokens().get(at)?;
    (TOMORROW.contains(&tok.norm.as_str()) && patients.near(tok.start, tok.end, 60)).then_some(1)
}

/// "today's NHS", "in today's world", "tomorrow's nurses".
fn era_phrase(doc: &Document, at: usize, len: usize) -> bool {
    let tokens = doc.tokens();
    let Some(first) = tokens.get(at) else {
        return false;
    };
    let possessive = matches!(
        first.norm.as_str(),
        "today's" | "tonight's" | "tomorrow's" | "yesterday's"
    );
    if first.norm == "tomorrow's" {
        return true;
    }
    possessive
        && len == 1
        && tokens
            .get(at + 1)
            .is_some_and(|next| ERA_NOUNS.contains(&next.norm.as_str()))
}

/// Words of a sentence about an event, a milestone or the author's own
/// career rather than someone's care ("retires today", "turns 50 this week").
const EVENT_WORDS: &[&str] = &[
    "retires",
    "retire",
    "retiring",
    "retirement",
    "turns",
    "anniversary",
    "convention",
    "conference",
    "awareness",
    "webinar",
    "launch",
    "launches",
    "launched",
    "opens",
    "opening",
    "training",
    "teaching",
    "cpd",
    "revalidation",
    "averaged",
    "target",
    "lit",
    "incident",
    "struggling",
    "recruiting",
    "recruitment",
    "hiring",
    "vacancy",
    "vacancies",
    "throwback",
    "published",
    "guidance",
    "award",
    "awards",
    "mbe",
    "students",
    "profession",
    "opened",
    "welcome",
    "newest",
    "joined",
    "joins",
    "congress",
    "speak",
    "speaking",
    "honoured",
    "honored",
    "keynote",
    "talk",
    "speaker",
];

/// True when the time phrase at `at` is not about a case: in an event
/// sentence, in general advice ("if you're struggling tonight") or quoted
/// as a word ("'Today' plus a detail").
fn off_case(doc: &Document, at: usize, len: usize) -> bool {
    let tokens = doc.tokens();
    let (Some(first), Some(last)) = (tokens.get(at), tokens.get(at + len - 1)) else {
        return true;
    };
    let quoted = doc
        .text()
        .get(..first.start)
        .and_then(|s| s.chars().next_back())
        == Some('\'')
        && doc.text().get(last.end..).and_then(|s| s.chars().next()) == Some('\'');
    // "ten years ago today" is an anniversary, not a recent event.
    let anniversary = word_before_in_sentence(doc, at, 1, &["ago"]);
    let sentence = sentence_tokens(doc, first.start);
    // "100% of patients this month" is a statistic.
    let statistic = match (sentence.first(), sentence.last()) {
        (Some(a), Some(b)) => doc.slice(a.start, b.end).contains('%'),
        _ => false,
    };
    quoted
        || anniversary
        || statistic
        || own_milestone(sentence)
        || own_family(sentence)
        || counterfactual(sentence)
        || sentence_is_generic(doc, first.start)
        || sentence
            .iter()
            .any(|t| EVENT_WORDS.contains(&t.norm.as_str()))
}

/// "Today he'd have been 95": a remembrance, not an event.
fn counterfactual(sentence: &[Token]) -> bool {
    sentence.windows(2).any(|w| {
        matches!(
            w[0].norm.as_str(),
            "would" | "he'd" | "she'd" | "they'd" | "i'd" | "we'd"
        ) && w[1].norm == "have"
    })
}

/// "It's my 40th today", "my birthday this week", "Mammy's 80th today",
/// "Turned 50 today": the author's (or their family's) milestone, not a care
/// event. A patient's birthday ("who turned 90 today", "his 100th") stays.
fn own_milestone(sentence: &[Token]) -> bool {
    let ordinal = |word: &str| {
        word.len() > 2
            && word.as_bytes().first().is_some_and(u8::is_ascii_digit)
            && ["st", "nd", "rd", "th"].iter().any(|e| word.ends_with(e))
    };
    let own = |word: &str| {
        word == "my"
            || word
                .strip_suffix("'s")
                .is_some_and(|w| OWN_FAMILY.contains(&w))
    };
    sentence.windows(2).enumerate().any(|(i, w)| {
        let (this, next) = (w[0].norm.as_str(), w[1].norm.as_str());
        (own(this) && (ordinal(next) || matches!(next, "birthday" | "anniversary" | "wedding")))
            || (i == 0
                && matches!(this, "turned" | "turning")
                && next.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// Relatives that, after "my", are the author's own family: "My mum was
/// diagnosed this week" is the author's life, not a case.
const OWN_FAMILY: &[&str] = &[
    "mum", "mam", "mammy", "mom", "dad", "mother", "father", "son", "daughter", "husband", "wife",
    "partner", "nan", "nana", "gran", "grandma", "grandad", "grandpa", "sister", "brother", "kids",
    "baby", "boy", "girl", "auntie", "aunt", "uncle",
];

/// True when the sentence is about the author's own family ("my mum"), not
/// "one of my kids" at the school the author nurses in.
fn own_family(sentence: &[Token]) -> bool {
    sentence
        .windows(3)
        .any(|w| w[0].norm != "of" && w[1].norm == "my" && OWN_FAMILY.contains(&w[2].norm.as_str()))
        || sentence
            .first()
            .zip(sentence.get(1))
            .is_some_and(|(a, b)| a.norm == "my" && OWN_FAMILY.contains(&b.norm.as_str()))
}

/// "my last night shift", "a night shift": the kind of shift, not a time.
fn shift_name(doc: &Document, at: usize, len: usize) -> bool {
    doc.tokens()
        .get(at + len)
        .is_some_and(|t| matches!(t.norm.as_str(), "shift" | "shifts"))
        && doc
            .tokens()
            .get(at + len - 1)
            .is_some_and(|t| t.norm == "night")
}

/// "Wednesday morning", "on Tuesday night", "last Tuesday"; not a habit
/// ("every Friday night").
fn weekday_at(doc: &Document, at: usize) -> Option<usize> {
    let tokens = doc.tokens();
    let tok = tokens.get(at)?;
    if !matches!(tok.norm.as_str(), "last" | "this" | "on" | "since")
        && !WEEKDAYS.contains(&tok.norm.trim_end_matches("'s"))
    {
        return None;
    }
    // "every Friday night", "our Friday night regulars": a habit.
    if word_before_in_sentence(doc, at, 1, &["every", "most", "some", "our", "my", "your"]) {
        return None;
    }
    let day = |i: usize| {
        tokens
            .get(i)
            .filter(|t| WEEKDAYS.contains(&t.norm.trim_end_matches("'s")))
    };
    if matches!(tok.norm.as_str(), "last" | "this" | "on" | "since") {
        let d = day(at + 1).filter(|d| joined(doc, tok, d))?;
        let part = tokens
            .get(at + 2)
            .filter(|p| DAY_PARTS.contains(&p.norm.as_str()) && joined(doc, d, p));
        // "on Tuesday" alone is often a plan; "since Friday" times a case.
        if tok.norm == "on" && part.is_none() {
            return None;
        }
        return Some(if part.is_some() { 3 } else { 2 });
    }
    let d = day(at)?;
    tokens
        .get(at + 1)
        .filter(|p| DAY_PARTS.contains(&p.norm.as_str()) && joined(doc, d, p))
        .map(|_| 2)
}

/// "Just discharged ...", "has just been admitted", "Patient just asked":
/// "just" before a past tense, opening a report, before "been", or right
/// after a reference to a patient.
fn just_at(doc: &Document, at: usize, patients: &SpanIndex) -> Option<usize> {
    let tokens = doc.tokens();
    let tok = tokens.get(at).filter(|t| t.norm == "just")?;
    let next = tokens.get(at + 1).filter(|n| joined(doc, tok, n))?;
    let word = next.norm.as_str();
    // "need", "feed" end in -ed without being past tenses.
    let past = PARTICIPLES.contains(&word)
        || (word.ends_with("ed") && !word.ends_with("eed") && word.len() > 3);
    let after_patient = patients.near(tok.start, tok.start, 12);
    // "Just passed my revalidation" is the author's own news; "Just needed
    // to say it" is about the post itself.
    if tokens
        .get(at + 2)
        .is_some_and(|t| t.norm == "my" || t.norm == "to")
    {
        return None;
    }
    (past && (starts_sentence(doc, at) || word == "been" || after_patient)).then_some(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn times(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        let mut found = Findings::default();
        found.push(Finding::new(Label::Clinical, 0, 1));
        find(&doc, &mut found);
        found
            .all()
            .iter()
            .filter(|f| f.label == Label::Recency)
            .map(|f| doc.slice(f.start, f.end).to_string())
            .collect()
    }

    #[test]
    fn round_two_shapes() {
        assert_eq!(times("Fell overnight, skin tear."), ["overnight"]);
        assert_eq!(times("Tonight's was wearing a cape."), ["Tonight's"]);
        assert_eq!(
            times("Missing since Tuesday, please share."),
            ["since Tuesday"]
        );
        assert_eq!(
            times("He ate cake every day 😋 Today it was three slices."),
            ["Today"]
        );
        assert_eq!(times("Dad's patient turned 95 today!"), ["today"]);
        for text in [
            "Turned 40 today and feeling it.",
            "Nana's 90th today, party time.",
            "My dad was admitted this week, pray for him.",
            "Our newest nurse joined the unit this week.",
            "Just needed to get that off my chest.",
            "Our Saturday night regulars in A&E again.",
            "Today's NHS is stretched.",
        ] {
            assert!(times(text).is_empty(), "{text}: {:?}", times(text));
        }
    }

    #[test]
    fn times_a_case() {
        assert_eq!(
            times("Saw her this morning and today"),
            ["this morning", "today"]
        );
        assert_eq!(
            times("Admitted on Tuesday night, seen last Friday"),
            ["on Tuesday night", "last Friday"]
        );
        assert_eq!(times("Wednesday morning clinic"), ["Wednesday morning"]);
        assert_eq!(
            times("Just discharged him. Mum has just been admitted."),
            ["Just discharged", "just been"]
        );
        assert_eq!(times("Busy on tonight's shift"), ["tonight's shift"]);
    }

    #[test]
    fn era_words_and_plain_just_are_skipped() {
        assert!(times("In today's NHS, tomorrow's nurses need support").is_empty());
        assert!(times("It was just a small thing, every morning").is_empty());
        assert!(times("These days, nowadays, on Tuesday").is_empty());
    }

    #[test]
    fn the_authors_news_and_events_are_skipped() {
        for text in [
            "Just passed my revalidation!",
            "Finished my last night shift of the block.",
            "Our new ward opens this week, come and visit.",
            "If you're struggling tonight, call us.",
            "Is it recent? 'Today' plus a detail is risky.",
            "Off to the gym every Friday night.",
            "Our hospice ward is recruiting volunteers this month.",
            "My first shift on the ward was ten years ago today.",
            "It's my 40th today and I'm on the ward!",
            "Today he'd have been 95, and I think of his ward.",
            "100% of ward patients had a falls check this month.",
        ] {
            assert!(times(text).is_empty(), "{text}: {:?}", times(text));
        }
    }

    #[test]
    fn needs_a_case() {
        let doc = Document::new("Happy Nurses Day today!");
        let mut found = Findings::default();
        find(&doc, &mut found);
        assert!(found.all().is_empty());
    }

    #[test]
    fn never_panics() {
        for text in ["", "just", "last", "on", "today's", "🦸 tonight ✨"] {
            let _ = times(text);
        }
    }

    #[test]
    fn tomorrow_beside_a_patient() {
        let text = "my pt goes home tmrw";
        let doc = Document::new(text);
        let mut found = Findings::default();
        found.push(Finding::new(Label::PatientRef, 0, 5));
        find(&doc, &mut found);
        let got: Vec<&str> = found
            .all()
            .iter()
            .filter(|f| f.label == Label::Recency)
            .map(|f| doc.slice(f.start, f.end))
            .collect();
        assert_eq!(got, ["tmrw"]);
        // Without a patient beside it, tomorrow is the author's plan.
        assert!(times("back on the ward tomorrow, can't wait").is_empty());
    }

    #[test]
    fn txt_speak_times() {
        assert_eq!(times("pt pulled his line out 2nite"), ["2nite"]);
        assert_eq!(times("seen in clinic 2day"), ["2day"]);
        assert_eq!(times("admitted yday with a fall"), ["yday"]);
        assert_eq!(times("rough one last nite on the ward"), ["last nite"]);
    }
}
