//! Shared context cues for the recognizers that read a post as a case or as
//! general talk: patient references, recency and conduct.
//!
//! The same words ("a patient", "today", "useless") are risky in a story
//! about one real person and harmless in advice, campaigns or the author's own
//! life, so these helpers look at the sentence and the post around a match.

use crate::document::{Document, Token};
use crate::finding::Findings;
use crate::label::Label;

/// Words that make a sentence general or hypothetical ("if a patient asks",
/// "every patient", "always ask the patient").
const GENERIC_MARKERS: &[&str] = &[
    "if",
    "whenever",
    "every",
    "any",
    "each",
    "always",
    "never",
    "should",
    "shouldn't",
    "must",
    "imagine",
    "suppose",
    "unless",
    "whether",
    "would",
    "wouldn't",
];

/// Words that show the author tells about their own care work, so an
/// everyday person noun in the post likely means someone in their care.
const WORK_WORDS: &[&str] = &[
    "shift",
    "ward",
    "bay",
    "bed",
    "cubicle",
    "clinic",
    "caseload",
    "visit",
    "visited",
    "session",
    "admitted",
    "discharged",
    "resus",
    "triage",
    "cared",
    "nursed",
    "assessed",
    "nights",
    "handover",
    "patient",
    "client",
    "referral",
    "appointment",
    "a&e",
    "ed",
    "icu",
    "itu",
    "theatre",
    "ambulance",
    "crew",
    "scene",
    "home",
    "consult",
    "surgery",
    "waiting",
    "room",
    "labour",
    "delivered",
    "treated",
    "scan",
    "obs",
    "meds",
    "dressing",
    "district",
    "resident",
    "placement",
    "assessment",
    "safeguarding",
    "sectioned",
    "diagnosed",
    "diagnosis",
    "hospice",
    "unit",
    "rounds",
    "x-ray",
    "x-rayed",
    "scanned",
    "pharmacy",
    "dispensary",
    "gp",
    "practice",
    "truck",
    "job",
    "birth",
    "midwife",
    "therapy",
    "cmht",
    "camhs",
    "amhp",
    "hospital",
    "nhs",
    "nurse",
    "paramedic",
    "physio",
    "ot",
    "slt",
    "nicu",
    "scbu",
    "majors",
    "minors",
    "cubicle",
    "stretcher",
    "trolley",
    "bedside",
    "caseworker",
    "social",
    "worker",
    "s136",
    "5150",
    "mri",
    "ct",
    "jab",
    "jag",
    "pharmacist",
    "x",
    "rayed",
    "vaccine",
    "injection",
    "iv",
    "cannula",
    "catheter",
    "surgery",
    "op",
];

/// True when the post talks about care work (wards, shifts, visits,
/// treatment), so a person or a time in it likely belongs to a case.
pub fn has_work_words(doc: &Document) -> bool {
    doc.has_word(WORK_WORDS) || doc.text().contains("A&E") || doc.text().contains("a&e")
}

/// Words that make a whole sentence about research, wherever they stand
/// ("research shows a patient's network..."). Teaching words ("tip",
/// "students") are left out: nurses often open a real story with them.
const ADVICE_CUES: &[&str] = &[
    "research",
    "study",
    "studies",
    "evidence",
    "trial",
    "survey",
    "statistics",
    "stats",
    "reminder",
];

/// Words that open a yes/no or how-to question about patients in general
/// ("Is a patient allowed to refuse...?").
const QUESTION_OPENERS: &[&str] = &[
    "is", "are", "can", "could", "should", "do", "does", "may", "must", "will", "how", "what",
];

/// True when the sentence around `byte` is a general question ("Can a
/// patient refuse?"): it ends with "?" and opens with an auxiliary.
pub fn general_question(doc: &Document, byte: usize) -> bool {
    let words = sentence_tokens(doc, byte);
    let asks = words
        .last()
        .and_then(|t| doc.text().get(t.end..))
        .is_some_and(|rest| {
            rest.trim_start_matches(['\'', '"', '\u{2019}', '\u{201d}'])
                .starts_with('?')
        });
    asks && words
        .first()
        .is_some_and(|t| QUESTION_OPENERS.contains(&t.norm.as_str()))
}

/// Earlier findings of some labels, sorted, for nearness checks that stay
/// logarithmic however many findings a huge post has.
pub struct SpanIndex {
    spans: Vec<(usize, usize)>,
}

impl SpanIndex {
    /// Collects the spans of `labels` found so far.
    pub fn new(found: &Findings, labels: &[Label]) -> Self {
        let mut spans: Vec<(usize, usize)> = found
            .all()
            .iter()
            .filter(|f| labels.contains(&f.label))
            .map(|f| (f.start, f.end))
            .collect();
        spans.sort_unstable();
        SpanIndex { spans }
    }

    /// True when a span lies within `distance` bytes of `start..end`. Only
    /// the few spans starting nearest are checked: findings are short.
    pub fn near(&self, start: usize, end: usize, distance: usize) -> bool {
        let stop = self
            .spans
            .partition_point(|&(s, _)| s < end.saturating_add(distance));
        self.spans
            .get(stop.saturating_sub(8)..stop)
            .unwrap_or(&[])
            .iter()
            .any(|&(_, e)| start < e.saturating_add(distance))
    }
}

/// How many words a sentence is looked for on each side of a word.
const SENTENCE_WORDS: usize = 40;

/// How far, in bytes, a sentence is looked for on each side of a word.
/// Real sentences are far shorter; the cap keeps every lookup constant-time
/// so a huge post without full stops stays linear to check.
const SENTENCE_WINDOW: usize = 400;

/// Byte range of the sentence around `byte`, like
/// [`Document::sentence_around`] but never scanning more than
/// [`SENTENCE_WINDOW`] bytes each way.
pub fn sentence_around(doc: &Document, byte: usize) -> (usize, usize) {
    let text = doc.text();
    let mut lo = byte.saturating_sub(SENTENCE_WINDOW);
    while lo > 0 && !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = byte.saturating_add(SENTENCE_WINDOW).min(text.len());
    while hi < text.len() && !text.is_char_boundary(hi) {
        hi += 1;
    }
    let is_stop = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let before = text.get(lo..byte).unwrap_or("");
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| is_stop(c))
        .map_or(lo, |(i, c)| lo + i + c.len_utf8());
    let after = text.get(byte..hi).unwrap_or("");
    let end = after
        .char_indices()
        .find(|&(_, c)| is_stop(c))
        .map_or(hi, |(i, _)| byte + i);
    (start, end)
}

/// Tokens of the sentence around `byte`, as a slice of the document's words.
pub fn sentence_tokens<'d>(doc: &'d Document, byte: usize) -> &'d [Token] {
    let tokens = doc.tokens();
    let at = doc.token_at_or_after(byte);
    if at >= tokens.len() {
        return &[];
    }
    // Walk word by word to the sentence breaks, at most SENTENCE_WORDS each
    // way, so a post without full stops still costs a bounded amount per call.
    let mut first = at;
    while first > 0 && at - first < SENTENCE_WORDS && !starts_sentence(doc, first) {
        first -= 1;
    }
    let mut stop = at + 1;
    while stop < tokens.len() && stop - at < SENTENCE_WORDS && !starts_sentence(doc, stop) {
        stop += 1;
    }
    tokens.get(first..stop).unwrap_or(&[])
}

/// True when the clause leading up to `byte` reads as general advice or a
/// hypothetical ("If a patient asks", "every patient", "would I say this in
/// front of my patient?"). Only words before the reference count, and only
/// back to a clause break, so reported speech after it ("a patient asked me
/// if...") and a heading before a colon ("Heads up to any nurses: the
/// patient at...") leave a real case alone.
pub fn sentence_is_generic(doc: &Document, byte: usize) -> bool {
    // "Reminder Lisa, you owe me": a reminder addressed to a named person
    // is not advice.
    let sentence = sentence_tokens(doc, byte);
    if sentence.iter().enumerate().any(|(i, t)| {
        ADVICE_CUES.contains(&t.norm.as_str())
            && !(t.norm == "reminder"
                && sentence
                    .get(i + 1)
                    .is_some_and(|n| n.is_capitalized(doc.text())))
    }) {
        return true;
    }
    let mut right = byte;
    for t in doc.words_before(byte, 8).iter().rev() {
        let gap = doc.slice(t.end, right);
        if breaks_sentence(gap) || gap.contains([':', ';', '(', '\u{2014}', '\u{2013}']) {
            break;
        }
        if GENERIC_MARKERS.contains(&t.norm.as_str()) {
            return true;
        }
        right = t.start;
    }
    false
}

/// True when a word is among the `n` words before index `at` in the sentence
/// (the scan stops at a sentence break).
pub fn word_before_in_sentence(doc: &Document, at: usize, n: usize, words: &[&str]) -> bool {
    let tokens = doc.tokens();
    let from = at.saturating_sub(n);
    // Walk back word by word and stop at a sentence break, so the cost is
    // bounded by `n` whatever the length of the post.
    for i in (from..at).rev() {
        let (Some(t), Some(next)) = (tokens.get(i), tokens.get(i + 1)) else {
            break;
        };
        if breaks_sentence(doc.slice(t.end, next.start)) {
            break;
        }
        if words.contains(&t.norm.as_str()) {
            return true;
        }
    }
    false
}

/// True when the text between two words ends a sentence. In social posts an
/// emoji often stands for the full stop ("...her diabetes 🙄 Today was...").
fn breaks_sentence(gap: &str) -> bool {
    gap.chars().any(|c| {
        matches!(c, '.' | '!' | '?' | '\n')
            || matches!(c, '\u{1F300}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}')
    })
}
/// True when token `at` is the first word of its sentence.
pub fn starts_sentence(doc: &Document, at: usize) -> bool {
    let tokens = doc.tokens();
    match (
        at.checked_sub(1).and_then(|i| tokens.get(i)),
        tokens.get(at),
    ) {
        (Some(prev), Some(tok)) => breaks_sentence(doc.slice(prev.end, tok.start)),
        (None, Some(_)) => true,
        _ => false,
    }
}
/// True when nothing but spaces, hyphens or apostrophes separates two words,
/// so they read as one phrase.
pub fn joined(doc: &Document, left: &Token, right: &Token) -> bool {
    let gap = doc.slice(left.end, right.start);
    gap.chars().count() <= 2
        && gap
            .chars()
            .all(|c| matches!(c, ' ' | '-' | '\u{2010}' | '\u{2011}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_sentences() {
        let text = "If a patient asks, listen. I saw a patient today. A man asked if";
        let doc = Document::new(text);
        assert!(sentence_is_generic(&doc, 5));
        assert!(!sentence_is_generic(&doc, 34));
        assert!(!sentence_is_generic(&doc, 52));
    }

    #[test]
    fn sentence_tokens_stay_in_the_sentence() {
        let doc = Document::new("One two. Three four");
        let words: Vec<&str> = sentence_tokens(&doc, 12)
            .iter()
            .map(|t| t.norm.as_str())
            .collect();
        assert_eq!(words, ["three", "four"]);
    }

    #[test]
    fn bounded_sentences_match_the_document_on_short_text() {
        let text = "First one. Second here! Third";
        let doc = Document::new(text);
        for byte in [0, 5, 12, 20, text.len()] {
            assert_eq!(sentence_around(&doc, byte), doc.sentence_around(byte));
        }
        let long = "é".repeat(2000);
        let doc = Document::new(&long);
        let (s, e) = sentence_around(&doc, 1001);
        assert!(long.is_char_boundary(s) && long.is_char_boundary(e) && s < e);
    }

    #[test]
    fn span_index_nearness() {
        let mut found = Findings::default();
        found.push(crate::finding::Finding::new(Label::Clinical, 50, 60));
        let index = SpanIndex::new(&found, &[Label::Clinical]);
        assert!(index.near(20, 30, 25));
        assert!(!index.near(20, 30, 10));
        assert!(index.near(65, 70, 10));
        assert!(!SpanIndex::new(&found, &[Label::Person]).near(0, 100, 100));
    }

    #[test]
    fn joined_words() {
        let doc = Document::new("first-time mum, then");
        let t = doc.tokens();
        assert!(joined(&doc, &t[0], &t[1]));
        assert!(!joined(&doc, &t[2], &t[3]));
    }
}

#[cfg(test)]
mod robustness {
    use crate::document::Document;
    use crate::finding::Findings;
    use proptest::prelude::*;

    proptest! {
        /// Any text, in any script, yields spans on char boundaries and no panic
        /// from the three recognizers that share these cues.
        #[test]
        fn any_text_is_safe(text in "\\PC{0,200}", words in "(my patient|a lady|today|just|useless|'non-compliant'|Pt|the lad|é|🦸|\\.|,| ){0,40}") {
            for input in [text.as_str(), words.as_str()] {
                let doc = Document::new(input);
                let mut found = Findings::default();
                super::super::patient_ref::find(&doc, &mut found);
                super::super::recency::find(&doc, &mut found);
                super::super::conduct::find(&doc, &mut found);
                for f in found.all() {
                    prop_assert!(f.start < f.end && f.end <= input.len());
                    prop_assert!(input.is_char_boundary(f.start) && input.is_char_boundary(f.end));
                }
            }
        }
    }
}
