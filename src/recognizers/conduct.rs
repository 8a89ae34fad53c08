//! Recognizer: CONDUCT, abusive, derogatory or humiliating words aimed at a
//! patient, colleague or employer ("useless, lazy jobsworth", "absolute
//! muppet", "known drug-seeker", labelled 'non-compliant').
//!
//! Insults are read as a run: intensifiers and demeaning adjectives, then an
//! optional head noun. The span covers the whole run so the user sees every
//! word to remove. Rules lean to precision:
//! - an insulting noun ("muppet", "waste of space") counts on its own;
//! - a softer noun ("joke", "nightmare", "children") only with an intensifier
//!   or as "X is a joke";
//! - an adjective counts before a person noun ("disgusting man") or said of
//!   someone ("the SENCo is useless"), never of a thing ("useless printer")
//!   or of the author ("I'm so lazy today");
//! - a stigmatising label ('non-compliant') counts only in scare quotes, and
//!   not where the sentence argues against such labels ("stop calling...");
//! - hedges between the copula and the noun change nothing ("they're just
//!   vultures", "she's honestly a joke"), except when they excuse people
//!   ("they're just kids"); a group tag aims a bare adjective at people
//!   ("useless, the lot of them"), and an unlisted noun after an adjective
//!   said of people is a person noun ("receptionists are rude gatekeepers");
//! - advice to readers ("don't be an idiot") is not aimed at anyone;
//! - a few mocking shapes no list catches are matched by a bounded regex
//!   ("can't take a history to save his life", "wouldn't know a patient if...").
//!
//! Every finding cites the duty of respect and suggests removing the words,
//! or describing a real concern neutrally and raising it properly.

use super::case_cues::{
    joined, sentence_around, sentence_tokens, starts_sentence, word_before_in_sentence,
};
use crate::document::{Document, Token};
use crate::finding::{Finding, Findings, Suggestion};
use crate::label::Label;
use crate::lexicon::PhraseSet;
use regex::Regex;
use std::sync::LazyLock;

static INSULTS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_list(include_str!("../data/conduct_insults.txt")).with_plurals()
});
static SOFT: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/conduct_soft.txt")).with_plurals());
static ADJECTIVES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/conduct_adjectives.txt")));
static STIGMA: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_list(include_str!("../data/conduct_stigma.txt")).with_plurals()
});
static TARGETS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_list(include_str!("../data/conduct_targets.txt")).with_plurals()
});
static OBJECTS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/conduct_objects.txt")));

/// Mocking shapes that no word list catches: "can't examine a patient to
/// save his life", "wouldn't know a patient if one fell on her", "can't even
/// write a goal", "stinking of lager" (a clinical note says "smelt of
/// alcohol"). Bounded repetitions keep them linear.
static MOCKING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)can[’']?t(?: \w+){1,4} to save (?:his|her|their|your) (?:life|lives)(?-u:\b)|(?-u:\b)wouldn[’']?t know (?:a|an|the) \w+(?: \w+)? if [^.!?\n]{1,40}|(?-u:\b)can[’']?t even \w+(?: (?:a|an|the|her|his))? \w+|(?-u:\b)(?:stinking|stank|stinks|reeking|reeked|reeks) of \w+",
    )
    .expect("pattern compiles")
});

/// Words that strengthen an insult and belong in its span.
const INTENSIFIERS: &[&str] = &[
    "absolute",
    "absolutely",
    "complete",
    "completely",
    "total",
    "totally",
    "utter",
    "utterly",
    "proper",
    "right",
    "real",
    "bloody",
    "fucking",
    "effing",
    "little",
    "old",
    "most",
    "such",
    "so",
    "too",
    "more",
    "known",
    "massive",
    "huge",
    "full",
    "pure",
    "bunch",
    "pack",
    "load",
];

/// Verbs and adverbs that make an adjective said of someone ("is useless").
const PREDICATIVE: &[&str] = &[
    "a",
    "an",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "seems",
    "seem",
    "looks",
    "so",
    "too",
    "really",
    "very",
    "just",
    "such",
    "absolutely",
    "completely",
    "totally",
    "utterly",
    "bloody",
    "she's",
    "he's",
    "they're",
    "you're",
    "who's",
    "most",
    "honestly",
    "literally",
    "actually",
    "basically",
    "genuinely",
    "all",
];

/// Words that mean the author speaks of themselves ("I'm so lazy").
const SELF: &[&str] = &["i'm", "im", "myself", "i've", "i'd", "i'll"];

/// Verbs that, right after "I", describe the author ("I felt useless").
const SELF_VERBS: &[&str] = &[
    "am", "was", "feel", "felt", "get", "look", "looked", "seem", "seemed",
];

/// Words that argue against a label rather than apply it.
const REJECTING: &[&str] = &[
    "stop",
    "don't",
    "dont",
    "avoid",
    "instead",
    "stigma",
    "endthestigma",
    "languagematters",
    "please",
    "rather",
    "think",
    "never",
    "shouldn't",
    "ban",
    "retire",
    "complain",
    "complaining",
    "complains",
    "myth",
    "phrase",
    "term",
    "terms",
    "word",
    "words",
    "label",
    "labels",
    "labelling",
    "labeling",
    "language",
    "describe",
    "reminder",
];

/// Reason and advice shown with every CONDUCT finding.
const REASON: &str = "Derogatory words about a patient, colleague or employer fail the duty to treat people with dignity and respect, online as at work.";
const ADVICE: &str = "Remove the insult; if there is a real concern, describe what happened neutrally and raise it through the proper channel.";

/// Adds CONDUCT findings.
pub fn find(doc: &Document, found: &mut Findings) {
    for (start, end) in spans(doc) {
        found.push(
            Finding::new(Label::Conduct, start, end)
                .reason(REASON)
                .suggest(Suggestion::remove(ADVICE)),
        );
    }
}

/// True when the post holds derogatory words (for recognizers that weigh a
/// post as a case, such as recency).
pub fn has_conduct(doc: &Document) -> bool {
    !spans(doc).is_empty()
}

/// Byte spans of every insult in the post, in order (for recognizers that
/// look for a group someone insults, such as patient references).
pub fn insult_spans(doc: &Document) -> Vec<(usize, usize)> {
    spans(doc)
}

/// Byte spans of every insult in the post, in order, never overlapping.
fn spans(doc: &Document) -> Vec<(usize, usize)> {
    let tokens = doc.tokens();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    while at < tokens.len() {
        match run_at(doc, at).or_else(|| quoted_label_at(doc, at)) {
            Some((stop, start, end)) => {
                out.push((start, end));
                at = stop.max(at + 1);
            }
            None => at += 1,
        }
    }
    for m in MOCKING.find_iter(doc.text()) {
        if !out.iter().any(|&(s, e)| s < m.end() && m.start() < e) {
            out.push((m.start(), m.end()));
        }
    }
    out.sort_unstable();
    out
}

/// Reads an insult run starting at token `at`: intensifiers and adjectives,
/// then maybe a head noun. Returns (token stop, byte start, byte end).
fn run_at(doc: &Document, at: usize) -> Option<(usize, usize, usize)> {
    let tokens = doc.tokens();
    let start_tok = tokens.get(at)?;
    let mut i = at;
    let mut adjectives = 0;
    let mut intensified = false;
    let mut last_word_stop = at;
    // The modifiers: "nasty, vindictive, jumped-up little".
    loop {
        if i > at && !run_glue(doc, i) {
            break;
        }
        let Some(tok) = tokens.get(i) else { break };
        if tok.norm == "and" && i > at {
            i += 1;
            continue;
        }
        // "a bunch of clowns", "pack of vultures": the "of" joins the
        // collective to its noun.
        if tok.norm == "of"
            && i > at
            && tokens
                .get(i - 1)
                .is_some_and(|p| matches!(p.norm.as_str(), "bunch" | "pack" | "load"))
        {
            i += 1;
            last_word_stop = i;
            continue;
        }
        // An insult phrase that opens with a modifier ("pure theatre").
        if INSULTS.longest_at(doc, i).is_some() {
            break;
        }
        if let Some(len) = ADJECTIVES.longest_at(doc, i).or_else(|| graded(doc, i)) {
            // An adjective that is also the start of an insult ("useless lump").
            if INSULTS.longest_at(doc, i).is_some_and(|l| l > len) {
                break;
            }
            adjectives += 1;
            i += len;
            last_word_stop = i;
        } else if INTENSIFIERS.contains(&tok.norm.as_str()) {
            intensified = true;
            i += 1;
            last_word_stop = i;
        } else {
            break;
        }
    }
    // A trailing "and" is not part of the run.
    i = last_word_stop;
    let head = head_at(doc, i, intensified || adjectives > 0);
    let bare = matches!(head, Head::Nothing);
    let (stop, hit) = match head {
        // "stop calling them bed blockers": a stigma label argued against.
        Head::Insult(len) => (
            i + len,
            !(is_stigma(doc, i) && rejecting(doc, start_tok.start)),
        ),
        Head::Soft(len) => (
            i + len,
            intensified || adjectives > 0 || aimed_at_someone(doc, i, i + len),
        ),
        Head::Person(len) => (i + len, adjectives > 0),
        // "receptionists are rude gatekeepers": an unlisted noun said of a
        // person is a person noun too ("the system is useless junk" is not).
        Head::Thing if adjectives > 0 && is_noun_like_at(doc, i) && said_of_someone(doc, at) => {
            (i + 1, true)
        }
        Head::Thing if adjectives > 0 && group_tag(doc, i) => (i, true),
        Head::Thing => (i, false),
        Head::Nothing => (
            i,
            adjectives > 0
                && (said_of_someone(doc, at)
                    || group_tag(doc, i)
                    || matches!(start_tok.norm.as_str(), "too" | "so")),
        ),
    };
    if !hit || stop <= at || about_self(doc, at) || advice_to_reader(doc, at) {
        return None;
    }
    // "you're entitled to adjustments": an adjective before "to" is not
    // said of anyone unless it is "too ... to" ("too gutless to act").
    if bare && head_is_to(doc, stop) && !intensified {
        return None;
    }
    // Words in quotes may be someone else's that the author rejects
    // ("people complain about 'lazy nurses'").
    if opens_quote(doc, start_tok.start) && rejecting(doc, start_tok.start) {
        return None;
    }
    let last = tokens.get(stop - 1)?;
    Some((stop, start_tok.start, last.end))
}

/// "thickest", "laziest", "rudest": a graded form of a listed adjective
/// (one word), so superlatives need no list entries of their own.
fn graded(doc: &Document, i: usize) -> Option<usize> {
    let word = doc.tokens().get(i)?.norm.as_str();
    let stem = word
        .strip_suffix("est")
        .or_else(|| word.strip_suffix("er"))?;
    let mut candidates = vec![stem.to_string(), format!("{stem}e")];
    if let Some(base) = stem.strip_suffix('i') {
        candidates.push(format!("{base}y"));
    }
    // "fattest" -> "fat": a doubled final consonant.
    let bytes = stem.as_bytes();
    if let [.., a, b] = bytes {
        if a == b {
            candidates.push(stem.get(..stem.len() - 1).unwrap_or("").to_string());
        }
    }
    candidates
        .iter()
        .any(|c| c.len() > 2 && ADJECTIVES.contains_word(c))
        .then_some(1)
}

/// What follows a run of modifiers.
enum Head {
    Insult(usize),
    Soft(usize),
    Person(usize),
    Thing,
    Nothing,
}

fn head_at(doc: &Document, i: usize, modified: bool) -> Head {
    if modified && i > 0 && !run_glue(doc, i) {
        return Head::Nothing;
    }
    if let Some(len) = INSULTS.longest_at(doc, i) {
        return Head::Insult(len);
    }
    if let Some(len) = SOFT.longest_at(doc, i) {
        // "excuse for a GP": take the noun after it too.
        let excuse = doc.tokens().get(i).is_some_and(|t| t.norm == "excuse");
        return Head::Soft(if excuse { len + 1 } else { len });
    }
    if let Some(len) = TARGETS.longest_at(doc, i) {
        return Head::Person(len);
    }
    match doc.tokens().get(i) {
        Some(t) if modified && OBJECTS.contains_word(&t.norm) => Head::Thing,
        Some(t) if modified && is_noun_like(doc, t) => Head::Thing,
        _ => Head::Nothing,
    }
}

/// Words that never name the thing an adjective describes.
const FUNCTION_WORDS: &[&str] = &[
    "and",
    "or",
    "to",
    "who",
    "at",
    "in",
    "on",
    "with",
    "about",
    "as",
    "but",
    "when",
    "it's",
    "it",
    "that",
    "this",
    "which",
    "than",
    "then",
    "of",
    "for",
    "from",
    "by",
    "she",
    "he",
    "they",
    "you",
    "we",
    "i",
    "she's",
    "he's",
    "they're",
    "you're",
    "i'm",
    "if",
    "so",
    "because",
    "like",
    "all",
    "again",
    "too",
    "really",
    "honestly",
    "lol",
    "tbh",
    "though",
    "now",
    "today",
    "tonight",
    "yesterday",
    "here",
    "there",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "towards",
    "toward",
    "around",
    "every",
    "everyone",
];

/// True when token `i` is an unlisted noun glued to the word before, not a
/// thing from the objects list, that ends its phrase ("are rude
/// gatekeepers." but not "she's worthless sounds like...": there the word
/// is a verb of a new clause).
fn is_noun_like_at(doc: &Document, i: usize) -> bool {
    let tokens = doc.tokens();
    let ends_phrase = match (tokens.get(i), tokens.get(i + 1)) {
        (Some(t), Some(next)) => !doc.slice(t.end, next.start).trim().is_empty(),
        (Some(_), None) => true,
        _ => false,
    };
    ends_phrase
        && tokens.get(i).is_some_and(|t| {
            !OBJECTS.contains_word(&t.norm)
                && !PRONOUNS.contains(&t.norm.as_str())
                && is_noun_like(doc, t)
        })
}

/// Object pronouns, which follow verbs ("bullying her"), never adjectives.
const PRONOUNS: &[&str] = &["her", "him", "them", "me", "us", "you", "it", "everyone"];

fn is_noun_like(doc: &Document, tok: &Token) -> bool {
    !FUNCTION_WORDS.contains(&tok.norm.as_str())
        && doc
            .words_before(tok.start, 1)
            .first()
            .is_some_and(|prev| joined(doc, prev, tok))
}

/// True when only spaces, commas or hyphens separate token `i` from the one
/// before it, so both belong to one run ("nasty, vindictive").
fn run_glue(doc: &Document, i: usize) -> bool {
    let tokens = doc.tokens();
    match (i.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(i)) {
        (Some(prev), Some(tok)) => {
            let gap = doc.slice(prev.end, tok.start);
            gap.chars().count() <= 3 && gap.chars().all(|c| matches!(c, ' ' | ',' | '-'))
        }
        _ => false,
    }
}

/// A soft noun from token `i` to `stop` is aimed at someone when it is said
/// of them ("HR are a joke", "the managers are vultures"), follows "these"
/// ("these sharks") or sits in scare quotes ("'the zombies'").
fn aimed_at_someone(doc: &Document, i: usize, stop: usize) -> bool {
    let tokens = doc.tokens();
    let prev = |k: usize| i.checked_sub(k).and_then(|p| tokens.get(p));
    // "are just vultures", "is honestly a clown": hedges and an article may
    // stand between the copula and the noun.
    let mut copula_at = 1;
    let mut hedged = false;
    for _ in 0..4 {
        match prev(copula_at).map(|t| t.norm.as_str()) {
            Some("a" | "an") => copula_at += 1,
            Some(word) if HEDGES.contains(&word) => {
                hedged = true;
                copula_at += 1;
            }
            _ => break,
        }
    }
    // "they're just kids" excuses people rather than insulting them.
    let excusing = hedged
        && tokens
            .get(i)
            .is_some_and(|t| SITUATIONS.contains(&t.norm.as_str()));
    let said = !excusing
        && prev(copula_at).is_some_and(|t| COPULAS.contains(&t.norm.as_str()))
        && said_of_someone(doc, (i + 1).saturating_sub(copula_at));
    // "... is a control freak and a snake": the copula reaches over "and".
    let coordinated = prev(copula_at).is_some_and(|t| t.norm == "and")
        && word_before_in_sentence(doc, i, 8, COPULAS);
    let pointed = prev(1).is_some_and(|t| matches!(t.norm.as_str(), "these" | "those"));
    let quoted = match (
        tokens.get(i),
        stop.checked_sub(1).and_then(|l| tokens.get(l)),
    ) {
        (Some(first), Some(last)) => {
            let open = prev(1)
                .filter(|t| t.norm == "the")
                .map_or(first.start, |t| t.start);
            let before = doc.text().get(..open).and_then(|s| s.chars().next_back());
            let after = doc.text().get(last.end..).and_then(|s| s.chars().next());
            before.is_some_and(is_quote) && after.is_some_and(is_quote)
        }
        _ => false,
    };
    said || coordinated || pointed || quoted || alone_as_sentence(doc, i, stop)
}

/// Hedging adverbs that may stand between a copula and an insult ("they're
/// just vultures", "she's honestly such a...").
const HEDGES: &[&str] = &[
    "just",
    "honestly",
    "literally",
    "actually",
    "basically",
    "genuinely",
    "all",
    "really",
];

/// "..., the lot of them", "..., every one of them": a tag that aims the
/// words before it at a group of people.
fn group_tag(doc: &Document, stop: usize) -> bool {
    let words: Vec<&str> = doc
        .tokens()
        .get(stop..(stop + 4).min(doc.tokens().len()))
        .unwrap_or(&[])
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    matches!(
        words.as_slice(),
        ["the", "lot", "of", "them" | "em" | "'em"]
            | ["all", "of", "them" | "em" | "'em", ..]
            | ["every", "one", "of", "them" | "em" | "'em"]
            | ["every", "last", "one", ..]
    )
}

/// Soft nouns that describe a situation ("Nightmare.", "Shambles.") rather
/// than a person, so they are not insults when they stand alone.
const SITUATIONS: &[&str] = &[
    "nightmare",
    "shambles",
    "mess",
    "zoo",
    "circus",
    "children",
    "kids",
    "babies",
];

/// "Sent my patient home twice. Clown.": a soft noun for a person that
/// makes a sentence on its own is a verdict on someone in the post.
fn alone_as_sentence(doc: &Document, i: usize, stop: usize) -> bool {
    let tokens = doc.tokens();
    let ends = stop >= tokens.len() || starts_sentence(doc, stop);
    starts_sentence(doc, i)
        && ends
        && stop == i + 1
        && tokens
            .get(i)
            .is_some_and(|t| !SITUATIONS.contains(&t.norm.trim_end_matches('s')))
}

/// Pronouns and contractions that make a person the subject.
const PERSON_SUBJECTS: &[&str] = &[
    "she", "he", "they", "you", "who", "she's", "he's", "they're", "you're", "who's", "shes",
    "hes", "theyre", "youre", "whos", "u",
];

/// Copulas that make what follows said of the subject.
const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "seems", "seem", "looks", "she's", "he's", "they're",
    "you're", "who's",
];

/// An adjective or soft noun alone counts when it is said of a person: the
/// sentence opens with it ("Useless."), or a copula links it to a subject
/// that is a person ("the SENCo is useless", "she's so lazy", "HR are a
/// joke") and not a thing ("the printer is useless", "food is disgusting").
fn said_of_someone(doc: &Document, at: usize) -> bool {
    if starts_sentence(doc, at) {
        return true;
    }
    let tokens = doc.tokens();
    let mut i = at;
    let mut linked = false;
    for _ in 0..4 {
        let Some(prev) = i.checked_sub(1).and_then(|p| tokens.get(p)) else {
            break;
        };
        let word = prev.norm.as_str();
        if PERSON_SUBJECTS.contains(&word) && COPULAS.contains(&word) {
            return true;
        }
        if !PREDICATIVE.contains(&word) {
            break;
        }
        linked |= COPULAS.contains(&word);
        i -= 1;
    }
    if !linked {
        return false;
    }
    // The subject: the nearest word before the copula decides a thing ("the
    // new system is useless"); a person anywhere in the few words before it
    // decides a person ("the receptionists at my surgery are rude").
    let Some(subject) = i.checked_sub(1).and_then(|p| tokens.get(p)) else {
        return false;
    };
    if OBJECTS.contains_word(&subject.norm) {
        return false;
    }
    let (sentence_start, _) = sentence_around(doc, subject.start);
    let from = i.saturating_sub(6);
    tokens
        .get(from..i)
        .unwrap_or(&[])
        .iter()
        .enumerate()
        .filter(|(_, t)| t.start >= sentence_start)
        .any(|(k, t)| {
            let word = t.norm.as_str();
            PERSON_SUBJECTS.contains(&word)
                || TARGETS.contains_word(word)
                || INSULTS.contains_word(word)
                || (t.is_capitalized(doc.text())
                    && !OBJECTS.contains_word(word)
                    && !starts_sentence(doc, from + k))
        })
}

/// True when a label from the stigma list starts at token `i`.
fn is_stigma(doc: &Document, i: usize) -> bool {
    STIGMA.longest_at(doc, i).is_some()
}

/// "Don't be an idiot": advice to readers, not an insult aimed at anyone.
fn advice_to_reader(doc: &Document, at: usize) -> bool {
    let start = doc.tokens().get(at).map_or(0, |t| t.start);
    let before: Vec<&str> = doc
        .words_before(start, 4)
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    before.contains(&"be")
        && before
            .iter()
            .any(|w| matches!(*w, "don't" | "dont" | "never" | "not"))
}

/// True when the author speaks of themselves just before the run
/// ("I'm so lazy today", "I felt useless").
fn about_self(doc: &Document, at: usize) -> bool {
    let Some(tok) = doc.tokens().get(at) else {
        return false;
    };
    let (sentence_start, _) = sentence_around(doc, tok.start);
    let before: Vec<&Token> = doc
        .words_before(tok.start, 4)
        .iter()
        .filter(|t| t.start >= sentence_start)
        .collect();
    before.iter().any(|t| SELF.contains(&t.norm.as_str()))
        || before
            .windows(2)
            .any(|w| w[0].norm == "i" && SELF_VERBS.contains(&w[1].norm.as_str()))
}

/// A stigmatising label in scare quotes ("labelled 'non-compliant'"), unless
/// the sentence argues against such labels.
fn quoted_label_at(doc: &Document, at: usize) -> Option<(usize, usize, usize)> {
    let tokens = doc.tokens();
    let len = STIGMA.longest_at(doc, at)?;
    let first = tokens.get(at)?;
    let last = tokens.get(at + len - 1)?;
    let open = doc.text().get(..first.start)?.chars().next_back()?;
    let close = doc.text().get(last.end..)?.chars().next()?;
    if !is_quote(open) || !is_quote(close) {
        return None;
    }
    let start = first.start.saturating_sub(open.len_utf8());
    let end = last.end + close.len_utf8();
    (!rejecting(doc, first.start)).then_some((at + len, start, end))
}

/// True when the sentence around `byte` argues against a label.
fn rejecting(doc: &Document, byte: usize) -> bool {
    sentence_tokens(doc, byte)
        .iter()
        .any(|t| REJECTING.contains(&t.norm.as_str()))
}

/// True when an opening quote mark (one not inside a word, so not the
/// apostrophe of "don't") comes before `byte` in its clause.
fn opens_quote(doc: &Document, byte: usize) -> bool {
    let (sentence_start, _) = sentence_around(doc, byte);
    let before = doc.text().get(sentence_start..byte).unwrap_or("");
    let clause = before
        .rsplit([',', '.', '!', '?', '\n', ':'])
        .next()
        .unwrap_or("");
    let mut prev = ' ';
    clause.chars().any(|c| {
        let opening = is_quote(c) && !prev.is_alphanumeric();
        prev = c;
        opening
    })
}

/// True when the word at token `stop` is "to".
fn head_is_to(doc: &Document, stop: usize) -> bool {
    doc.tokens().get(stop).is_some_and(|t| t.norm == "to")
}

fn is_quote(c: char) -> bool {
    matches!(c, '\'' | '"' | '‘' | '’' | '“' | '”')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn insults(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        spans(&doc)
            .into_iter()
            .map(|(s, e)| doc.slice(s, e).to_string())
            .collect()
    }

    #[test]
    fn insult_runs() {
        assert_eq!(
            insults("Our boss is a useless, lazy jobsworth."),
            ["useless, lazy jobsworth"]
        );
        assert_eq!(
            insults("The new reg is an absolute muppet"),
            ["absolute muppet"]
        );
        assert_eq!(
            insults("What a pathetic excuse for a surgeon"),
            ["pathetic excuse for a surgeon"]
        );
        assert_eq!(insults("Rude, arrogant man."), ["Rude, arrogant man"]);
        assert_eq!(
            insults("The office manager is useless and rude"),
            ["useless and rude"]
        );
        assert_eq!(insults("The board are a joke"), ["joke"]);
        assert_eq!(insults("He's a known drug-seeker"), ["known drug-seeker"]);
    }

    #[test]
    fn graded_adjectives_and_one_word_verdicts() {
        assert_eq!(
            insults("The laziest manager we've ever had."),
            ["laziest manager"]
        );
        assert_eq!(insults("Ignored my referral twice. Weasel."), ["Weasel"]);
        assert!(insults("Night shift on the unit. Nightmare.").is_empty());
        assert!(insults("The fastest runner in the team.").is_empty());
    }

    #[test]
    fn mocking_smells() {
        assert_eq!(insults("Back again, reeking of fags."), ["reeking of fags"]);
        assert!(insults("Smelt of alcohol on arrival.").is_empty());
    }

    #[test]
    fn labels_discussed_as_words() {
        assert_eq!(
            insults("She was written off as 'needy' by the team."),
            ["'needy'"]
        );
        for text in [
            "The word 'bed blocker' has to go.",
            "Quick reminder that 'frequent flyer' is not a diagnosis.",
        ] {
            assert!(insults(text).is_empty(), "{text}: {:?}", insults(text));
        }
    }

    #[test]
    fn insults_in_context() {
        assert_eq!(insults("Honestly I think she's a liar about it."), ["liar"]);
        assert_eq!(insults("Don't work for these sharks."), ["sharks"]);
        assert_eq!(insults("Partners too cowardly to act."), ["too cowardly"]);
        assert_eq!(
            insults("She calls them 'the zombies' to their faces"),
            ["zombies"]
        );
        assert_eq!(
            insults("The manager is useless and rude."),
            ["useless and rude"]
        );
    }

    #[test]
    fn mocking_shapes() {
        assert_eq!(
            insults("She can't take a history to save her life"),
            ["can't take a history to save her life"]
        );
    }

    #[test]
    fn quoted_labels() {
        assert_eq!(
            insults("She was labelled 'difficult' for years"),
            ["'difficult'"]
        );
        assert!(insults("Stop calling patients 'non-compliant'.").is_empty());
        assert!(insults("The wound was difficult to dress").is_empty());
    }

    #[test]
    fn hard_negatives() {
        for text in [
            "I'm so lazy today",
            "This useless printer again",
            "What an absolute legend, beast mode",
            "A nightmare shift with no breaks",
            "I felt useless when I couldn't help",
            "The weather is horrible",
            "I was the guinea pig for the new pumps",
            "Baby Shark on repeat in the playroom",
            "Found a lump in her breast",
            "Maggot therapy and leeches still work",
            "Snakes and ladders with the kids",
            "The new system is useless and crashes",
            "Hospital food is disgusting",
            "Don't be an idiot, wear sunscreen",
            "Stop calling them bed blockers, they are people",
            "The rota is a joke this month",
            "My manager is so supportive",
        ] {
            assert!(insults(text).is_empty(), "{text}: {:?}", insults(text));
        }
    }

    #[test]
    fn findings_cite_respect_and_never_panic() {
        let doc = Document::new("Total muppet 🦸 ‘aggressive’");
        let mut found = Findings::default();
        find(&doc, &mut found);
        assert_eq!(found.all().len(), 2);
        assert!(found.all()[0].reason.contains("respect"));
        for text in ["", "'", "so", "useless", "excuse for a", "can't even"] {
            let _ = insults(text);
        }
    }

    #[test]
    fn hedged_and_group_insults() {
        assert_eq!(
            insults("the families on that unit are just vultures"),
            ["vultures"]
        );
        assert_eq!(insults("my managers are honestly a joke"), ["joke"]);
        assert_eq!(
            insults("agency porters are lazy skivers, the lot of them."),
            ["lazy skivers"]
        );
        assert_eq!(insults("HR? useless, the lot of them"), ["useless"]);
        assert_eq!(insults("mgmt? lazy the lot of them"), ["lazy"]);
        assert_eq!(insults("this pt is a nightmare"), ["nightmare"]);
        assert_eq!(insults("mgmt are clueless as ever"), ["clueless"]);
        assert_eq!(
            insults("the board are a bunch of clowns"),
            ["bunch of clowns"]
        );
        assert!(insults("a bunch of flowers from a family").is_empty());
        // Unlisted nouns after an adjective stay things or new clauses.
        assert!(insults("the new rota is useless rubbish").is_empty());
        assert!(insults("she says her ex was bullying her online").is_empty());
        assert!(insults("feeling she's worthless sounds hard").is_empty());
        assert!(insults("they're just kids").is_empty());
    }
}
