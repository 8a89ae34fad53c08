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
//! A care noun opening a report keeps its span when a name or a number
//! follows ("Patient <name> discharged...", "Pt ID 4471"); only a title
//! ("Patient Safety Week") is skipped.
//! Occupations count like everyday person nouns when they are the subject
//! of a story ("the footballer we had in"), not a predicate ("he was a
//! miner"). Relatives count when a clause ties them to the author's work
//! ("A family I work with") or to a named person ("Hubby of <name>"), and a
//! group the same sentence insults ("some relatives are vultures") is a
//! reference to real people too.
//! When an age sits inside the phrase the span starts after it, so the AGE
//! recognizer keeps the number ("a 72-year-old woman" -> "woman"; ages in
//! words and hyphens count: "a nineteen-year-old student"; so does txt-speak
//! "80 y/o").
//! Informal posts drop capitals and articles: a lowercase bare noun opening
//! a sentence or clause counts when a place ("pt in bay 3", "lady on my
//! list"), a time ("gent tonight") or a verb of telling or doing ("teenager
//! told me", "fella with chest pain") follows; "pts wife" is one patient's
//! relative. A rule about any patient ("a patient is entitled to...", "a
//! client can refuse") is not a story.

use super::case_cues::{
    general_question, has_work_words, joined, sentence_is_generic, sentence_tokens,
    starts_sentence, word_before_in_sentence,
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
static OCCUPATIONS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/patient_ref_occupations.txt")));
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
    "tenants",
    "punters",
    "users",
    "young",
    "people",
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
    "visit",
    "help",
    "helped",
    "care",
    "looking",
];

/// Places after "someone on my ..." that make them a service user.
const CASELOAD_NOUNS: &[&str] = &[
    "caseload", "ward", "list", "books", "unit", "rounds", "clinic", "bay",
];

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
    refs.extend(insulted_groups(doc));
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

/// Plural nouns for the people in the author's care, or their families.
const GROUP_NOUNS: &[&str] = &[
    "relatives",
    "families",
    "patients",
    "punters",
    "parents",
    "clients",
    "residents",
    "pts",
    "mums",
    "dads",
    "visitors",
];

/// "Some relatives are vultures", "Some of our Friday night punters are
/// animals": a group of service users or their families that the same
/// sentence insults is a reference to real people the author has met
/// (the group noun is the span). Without an insult "some patients" is
/// general talk.
fn insulted_groups(doc: &Document) -> Vec<Candidate> {
    let tokens = doc.tokens();
    let mut out = Vec::new();
    let mut insults: Option<Vec<(usize, usize)>> = None;
    for (at, tok) in tokens.iter().enumerate() {
        if !matches!(tok.norm.as_str(), "some" | "these" | "those") {
            continue;
        }
        let noun = (at + 1..(at + 7).min(tokens.len()))
            .take_while(|&i| i == at + 1 || !starts_sentence(doc, i))
            .find(|&i| GROUP_NOUNS.contains(&tokens[i].norm.as_str()));
        let Some(i) = noun else { continue };
        let (start, end) = super::case_cues::sentence_around(doc, tokens[i].start);
        let spans = insults.get_or_insert_with(|| super::conduct::insult_spans(doc));
        if spans.iter().any(|&(s, e)| s < end && start < e) {
            out.push(Candidate {
                start: tokens[i].start,
                end: tokens[i].end,
                stop: i + 1,
                strong: true,
            });
        }
    }
    out
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
    if let Some(c) = one_of_my(doc, at)
        .or_else(|| someone_qualified(doc, at))
        .or_else(|| relative_of_pts(doc, at))
    {
        return Some(c);
    }
    // "a 16-year-old boy": the head is "boy", not the listed "old boy".
    if tok.norm == "old" && at > 0 && doc.slice(tokens[at - 1].end, tok.start) == "-" {
        return None;
    }
    let job_len = OCCUPATIONS.longest_at(doc, at);
    let (len, care) = match CARE_NOUNS.longest_at(doc, at) {
        Some(len) => (len, true),
        None => match PEOPLE.longest_at(doc, at).or(job_len) {
            Some(len) => (len, false),
            // "A family I work with", "Hubby of <name>": a relative tied to
            // the author's work or to a named person.
            None => {
                let len = RELATIVES.longest_at(doc, at)?;
                let tied = tied_to_author(doc, at + len) || relative_of_named(doc, at + len);
                if !tied {
                    return None;
                }
                (len, true)
            }
        },
    };
    let job = !care && PEOPLE.longest_at(doc, at).is_none() && job_len.is_some();
    let care = care || tied_to_author(doc, at + len);
    let mut stop = at + len;
    let head = tokens.get(stop - 1)?;
    // "Pt ID 4471" gives one patient's number; "patient ID" alone is a topic.
    let numbered = tokens
        .get(stop + 1)
        .is_some_and(|t| t.norm.bytes().any(|b| b.is_ascii_digit()));
    if (followed_by(doc, stop, &COMPOUNDS) && !numbered)
        || followed_by(doc, stop, &STAFF)
        || titled(doc, at, stop, care)
    {
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
    let claim =
        det.is_some_and(|d| matches!(d.norm.as_str(), "a" | "an")) && general_claim(doc, stop);
    if claim
        || sentence_is_generic(doc, tok.start)
        || det.is_some_and(|d| speaks_of_any(doc, first - 1, d))
    {
        return None;
    }
    // An occupation is a reference as the subject of a story ("the
    // footballer we had in"), not as a predicate ("he was a miner", "62
    // years a miner"); "student" and "pupil" are the author's learners
    // unless an age sets them apart.
    if job && !aged {
        let learner = matches!(head.norm.as_str(), "student" | "pupil");
        let predicate = det.is_some_and(|d| matches!(d.norm.as_str(), "a" | "an"))
            && word_before_in_sentence(doc, first - 1, 1, PREDICATE_WORDS);
        if learner || det.is_none() || predicate {
            return None;
        }
    }
    let accepted = match det {
        _ if aged => true,
        // "my man", "my boy" are the author's own people; "my lady in bay
        // 2" is how nurses speak of a patient.
        Some(d) => {
            care || d.norm != "my"
                || MY_PATIENT_WORDS.contains(&head.norm.as_str())
                || work_modifier(doc, first, at)
                || from_work_place(doc, stop)
        }
        None => bare_reference(doc, first, at, stop, care),
    };
    // "lady, 84, fell", "lad 19 in resus", "gent (92)": a bare noun opening
    // a report with the age right after it.
    let aged_after = det.is_none()
        && !accepted
        && !RELATIVES.contains_word(&head.norm)
        && (starts_sentence(doc, first) || after_colon(doc, first) || after_comma(doc, first))
        && age_follows(doc, stop);
    if !accepted && !aged_after {
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
        strong: care || aged || aged_after,
    })
}

/// True when an age follows the noun ending before `stop`: "84" or "84yo"
/// after a space, comma or bracket, or "in her 80s".
fn age_follows(doc: &Document, stop: usize) -> bool {
    let tokens = doc.tokens();
    let (Some(prev), Some(next)) = (
        stop.checked_sub(1).and_then(|i| tokens.get(i)),
        tokens.get(stop),
    ) else {
        return false;
    };
    let gap = doc.slice(prev.end, next.start);
    if !gap.chars().all(|c| matches!(c, ' ' | ',' | '(')) {
        return false;
    }
    let plausible = |word: &str| {
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        is_age(word) && digits.parse::<u32>().is_ok_and(|n| (1..=115).contains(&n))
    };
    let decade = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.norm.len() == 3 && t.norm.ends_with("0s"))
    };
    // "Man, 12 hours on..." is an exclamation: after a comma the age must
    // be set off by a comma or bracket of its own ("Lady, 84, fell").
    let set_off = !gap.contains(',')
        || doc
            .text()
            .get(next.end..)
            .is_some_and(|rest| rest.starts_with([',', ')']));
    (plausible(&next.norm) && set_off)
        || (next.norm == "in"
            && tokens
                .get(stop + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "her" | "his" | "their"))
            && decade(stop + 2))
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

/// Words after "a patient" that state what any patient may or must do ("a
/// patient is entitled to...", "a client can refuse", "a patient has the
/// right to..."): a rule, not a story.
fn general_claim(doc: &Document, stop: usize) -> bool {
    let tokens = doc.tokens();
    let words: Vec<&str> = tokens
        .get(stop..(stop + 3).min(tokens.len()))
        .unwrap_or(&[])
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    matches!(
        words.as_slice(),
        [
            "can"
                | "cannot"
                | "can't"
                | "may"
                | "might"
                | "must"
                | "should"
                | "shouldn't"
                | "needs"
                | "deserves"
                | "will"
                | "won't"
                | "would",
            ..
        ] | [
            "is" | "isn't",
            "entitled" | "allowed" | "expected" | "required" | "able",
            ..
        ] | ["has" | "have", "the" | "a", "right"]
            | ["has", "to", ..]
            | ["has", "every", "right"]
    )
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
    let family = !care && first == at && RELATIVES.contains_word(&head.norm);
    let opens = (starts_sentence(doc, first) && first_tok.is_capitalized(doc.text()))
        || after_colon(doc, first);
    // Informal posts drop capitals and articles ("gent tonight with chest
    // pain", "lady on my list told me"): a bare noun opening a sentence or a
    // clause counts when a place, a time or a verb of telling follows, which
    // an exclamation or a topic word ("man, what a shift") lacks.
    let informal =
        (starts_sentence(doc, first) || after_comma(doc, first)) && story_follows(doc, stop);
    let pt = care && head.norm == "pt";
    ((opens || informal) && !exclaimed && !family) || pt
}

/// Verbs of telling or doing right after a bare person noun, which make it
/// the subject of a story ("teenager told me", "lady just cried").
const STORY_VERBS: &[&str] = &[
    "told",
    "tells",
    "telling",
    "asked",
    "asks",
    "asking",
    "said",
    "says",
    "brought",
    "brings",
    "thanked",
    "thanks",
    "came",
    "comes",
    "coming",
    "arrived",
    "presented",
    "presents",
    "refused",
    "refuses",
    "refusing",
    "wanted",
    "wants",
    "called",
    "calls",
    "rang",
    "cried",
    "crying",
    "screamed",
    "screaming",
    "shouted",
    "shouting",
    "swore",
    "hugged",
    "gave",
    "gives",
    "showed",
    "shows",
    "kept",
    "keeps",
    "tried",
    "tries",
    "insisted",
    "insists",
    "pulled",
    "punched",
    "kicked",
    "spat",
    "bit",
    "threw",
    "collapsed",
    "died",
    "passed",
    "walked",
    "went",
    "got",
    "was",
    "had",
    "just",
    "literally",
    "who",
    "needed",
    "started",
    "turned",
    "grabbed",
    "hit",
    "laughed",
    "smiled",
    "sang",
    "wouldn't",
    "won't",
    "didn't",
    "disclosed",
    "discloses",
    "admitted",
    "reckons",
    "thinks",
    "thought",
    "remembered",
    "with",
    "w",
];

/// Times right after a bare person noun ("gent tonight", "lady 2day").
const STORY_TIMES: &[&str] = &[
    "today",
    "tonight",
    "tonite",
    "2day",
    "2nite",
    "yesterday",
    "earlier",
    "overnight",
    "last",
    "this",
];

/// Places after "in"/"on"/"at" that put a bare person noun in the author's
/// work ("pt in bay 3", "lady on my list", "kiddo at clinic").
const STORY_PLACES: &[&str] = &[
    "bay",
    "bed",
    "ward",
    "list",
    "caseload",
    "books",
    "unit",
    "clinic",
    "room",
    "resus",
    "triage",
    "cubicle",
    "majors",
    "minors",
    "surgery",
    "department",
    "a&e",
    "ed",
    "session",
    "theatre",
    "recovery",
    "cell",
    "custody",
    "reception",
    "icu",
    "itu",
    "hdu",
    "rounds",
    "centre",
    "center",
    "hostel",
    "school",
    "home",
    "prison",
    "shelter",
    "practice",
    "station",
    "office",
    "corridor",
    "ambulance",
    "cubicles",
    "clinics",
    "wards",
    "beds",
    "bays",
];

/// True when a place, a time or a verb of telling follows the noun ending
/// before `stop`.
fn story_follows(doc: &Document, stop: usize) -> bool {
    let tokens = doc.tokens();
    let Some(next) = tokens.get(stop) else {
        return false;
    };
    let glued = stop
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|prev| !breaks_clause(doc.slice(prev.end, next.start)));
    if !glued {
        return false;
    }
    if sounds_general(doc, next.start) {
        return false;
    }
    let word = next.norm.as_str();
    // "with" describes as readily in advice ("baby with a fever needs...")
    // as in a story, so the story must show later in the sentence.
    if matches!(word, "with" | "w") {
        return tokens
            .get(stop + 1..(stop + 9).min(tokens.len()))
            .unwrap_or(&[])
            .iter()
            .take_while(|t| !starts_sentence_at(doc, t))
            .any(|t| {
                let w = t.norm.as_str();
                (STORY_VERBS.contains(&w) && !matches!(w, "with" | "w" | "who" | "just"))
                    || STORY_TIMES.contains(&w)
                    || STORY_PLACES.contains(&w)
                    || matches!(w, "me" | "my" | "i")
            });
    }
    if STORY_VERBS.contains(&word) || STORY_TIMES.contains(&word) {
        return true;
    }
    let place = tokens
        .get(stop + 1..(stop + 4).min(tokens.len()))
        .unwrap_or(&[])
        .iter()
        .any(|t| STORY_PLACES.contains(&t.norm.as_str()));
    // "a&e" is two words to the tokenizer.
    let emergency = doc
        .text()
        .get(next.end..)
        .and_then(|rest| rest.trim_start().get(..3))
        .is_some_and(|w| w.eq_ignore_ascii_case("a&e"));
    matches!(word, "in" | "on" | "at" | "from") && (place || emergency)
}

/// True when a token opens a sentence (by byte position).
fn starts_sentence_at(doc: &Document, tok: &Token) -> bool {
    starts_sentence(doc, doc.token_at_or_after(tok.start))
}

/// Words that make a sentence a rule or advice rather than a story
/// ("resident in a care home has the same rights", "client in crisis?
/// stay calm").
const GENERAL_WORDS: &[&str] = &[
    "should", "must", "can", "may", "always", "never", "rights", "entitled", "here's", "tip",
    "tips",
];

/// True when the sentence around `byte` reads as a rule, advice or a
/// question about anyone: it holds a modal or advice word, or asks.
fn sounds_general(doc: &Document, byte: usize) -> bool {
    let words = sentence_tokens(doc, byte);
    let asks = words
        .last()
        .and_then(|t| doc.text().get(t.end..))
        .is_some_and(|rest| rest.trim_start().starts_with('?'));
    // Only the reference's own clause: "baby screamed the house down, I
    // may have cried" is still a story.
    let at = words.partition_point(|t| t.end <= byte);
    let clause = |range: &mut dyn Iterator<Item = usize>| {
        let mut hit = false;
        for i in range {
            let (Some(a), Some(b)) = (words.get(i), words.get(i + 1)) else {
                break;
            };
            if breaks_clause(doc.slice(a.end, b.start)) {
                break;
            }
            hit |= GENERAL_WORDS.contains(&b.norm.as_str())
                || GENERAL_WORDS.contains(&a.norm.as_str());
        }
        hit
    };
    let here = words
        .get(at)
        .is_some_and(|t| GENERAL_WORDS.contains(&t.norm.as_str()));
    asks || here || clause(&mut (at..words.len())) || clause(&mut (0..at).rev())
}

/// True when a comma or semicolon just before token `at` opens a new clause
/// ("long shift, old fella told me...").
fn after_comma(doc: &Document, at: usize) -> bool {
    let Some(tok) = doc.tokens().get(at) else {
        return false;
    };
    let before = doc.words_before(tok.start, 1);
    let Some(prev) = before.first() else {
        return false;
    };
    doc.slice(prev.end, tok.start).contains([',', ';'])
}

/// "pts wife", "pts mum": txt-speak drops the apostrophe of "pt's", so a
/// relative right after "pts" is one patient's relative, not a plural.
fn relative_of_pts(doc: &Document, at: usize) -> Option<Candidate> {
    let tokens = doc.tokens();
    let (pts, next) = (tokens.get(at)?, tokens.get(at + 1)?);
    let singular = !matches!(
        next.norm.as_str(),
        "parents" | "kids" | "children" | "family"
    );
    (pts.norm == "pts"
        && singular
        && doc.slice(pts.end, next.start) == " "
        && RELATIVES.contains_word(&next.norm)
        && !sentence_is_generic(doc, pts.start))
    .then_some(Candidate {
        start: pts.start,
        end: next.end,
        stop: at + 2,
        strong: true,
    })
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
        if let Some(number) = slashed_years_old(doc, first - 1) {
            // "80 y/o lady": the slash would otherwise break the phrase.
            aged = true;
            first = number;
            continue;
        }
        if !joined(doc, prev, &tokens[first]) {
            break;
        }
        if is_age_at(doc, first - 1) {
            aged = true;
        } else if let Some(left) = hyphen_compound(doc, first - 1) {
            // A hyphenated compound is a modifier ("longest-stay patient"),
            // an age when its first part is a number ("twenty-three-year-old").
            aged |= is_age_at(doc, left);
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
/// Awareness Week", "Patient Safety Day"): a run of capitalised words after
/// it ends in a word that names an event or an organisation. A name ("Patient
/// Harold Smith"), an initial, "I'm" or a field in capitals ("Pt ID") is not
/// a title. After an everyday noun a capitalised name is the identifier
/// itself ("Baby Amelia", "Mum Sarah"): the name is flagged, not the noun.
fn titled(doc: &Document, at: usize, stop: usize, care: bool) -> bool {
    let tokens = doc.tokens();
    if !tokens
        .get(at)
        .is_some_and(|head| head.is_capitalized(doc.text()))
    {
        return false;
    }
    let mut prev = stop.saturating_sub(1);
    for i in stop..(stop + 4).min(tokens.len()) {
        let (Some(left), Some(next)) = (tokens.get(prev), tokens.get(i)) else {
            break;
        };
        if !joined(doc, left, next) || !next.is_capitalized(doc.text()) || next.is_numeric() {
            break;
        }
        let pronoun = matches!(next.norm.as_str(), "i" | "i'm" | "i've" | "i'd");
        if TITLE_WORDS.contains(&next.norm.as_str()) || (!care && !pronoun && i == stop) {
            return true;
        }
        prev = i;
    }
    false
}

/// Words before "a"/"the" that make an occupation a predicate ("was a
/// miner", "worked as a chef").
const PREDICATE_WORDS: &[&str] = &[
    "was", "is", "been", "be", "being", "as", "became", "become", "were", "years", "former",
    "retired", "ex", "like", "he's", "she's", "i'm", "am",
];

/// Last words of event and organisation titles ("... Awareness Week").
const TITLE_WORDS: &[&str] = &[
    "week",
    "day",
    "month",
    "year",
    "awareness",
    "services",
    "service",
    "association",
    "trust",
    "group",
    "network",
    "charity",
    "council",
    "programme",
    "program",
    "forum",
    "team",
    "centre",
    "center",
    "foundation",
    "award",
    "awards",
    "conference",
    "summit",
    "project",
    "campaign",
    "safety",
    "experience",
    "partnership",
    "board",
    "panel",
    "alliance",
    "society",
    "unit",
    "charter",
    "initiative",
    "fund",
    "appeal",
    "festival",
    "loss",
    "bank",
];

/// Staff nouns after a patient word make a job title ("student nurse",
/// "client liaison"), not a service user.
static STAFF: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new([
        "nurse",
        "nurses",
        "midwife",
        "midwives",
        "paramedic",
        "paramedics",
        "doctor",
        "doctors",
        "social",
        "physio",
        "physios",
        "therapist",
        "placement",
        "officer",
        "worker",
        "workers",
        "teacher",
        "union",
        "loan",
        "loans",
        "finance",
        "ot",
        "dr",
        "mentor",
    ])
});

/// True when the person noun ending before `stop` is tied to the author's
/// work by a clause after it: "Lad I'm working with", "Lady I visited
/// earlier", "A family I work with".
fn tied_to_author(doc: &Document, stop: usize) -> bool {
    let tokens = doc.tokens();
    let words: Vec<&str> = tokens
        .get(stop..(stop + 3).min(tokens.len()))
        .unwrap_or(&[])
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let glued = stop
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .zip(tokens.get(stop))
        .is_some_and(|(a, b)| !breaks_clause(doc.slice(a.end, b.start)));
    glued
        && match words.as_slice() {
            ["i" | "we", verb, ..] => CARE_VERBS.contains(verb),
            ["i'm" | "i've" | "we're" | "we've", "been", verb] => CARE_VERBS.contains(verb),
            ["i'm" | "i've" | "we're" | "we've", verb, ..] => CARE_VERBS.contains(verb),
            _ => false,
        }
}

/// True when a relative ending before `stop` is followed by "of" and a name
/// or a patient ("Hubby of <name> in bay 4", "daughter of the patient").
fn relative_of_named(doc: &Document, stop: usize) -> bool {
    let tokens = doc.tokens();
    let (Some(of), Some(next)) = (tokens.get(stop), tokens.get(stop + 1)) else {
        return false;
    };
    of.norm == "of"
        && (next.is_capitalized(doc.text())
            && !matches!(
                next.norm.as_str(),
                "the" | "a" | "my" | "our" | "his" | "her"
            )
            || tokens
                .get(stop + 2)
                .is_some_and(|t| CARE_NOUNS.contains_word(&t.norm)))
}

/// True when the text between two words breaks a clause.
fn breaks_clause(gap: &str) -> bool {
    gap.contains(['.', '!', '?', '\n', ',', ';', ':'])
}

/// Modifiers that make "my <person>" someone in the author's care ("my
/// caseload mum", "my clinic lady").
const WORK_MODIFIERS: &[&str] = &["caseload", "clinic", "ward", "community", "antenatal"];

/// True when a modifier between `first` and `at` is a work word.
fn work_modifier(doc: &Document, first: usize, at: usize) -> bool {
    doc.tokens()
        .get(first..at)
        .unwrap_or(&[])
        .iter()
        .any(|t| WORK_MODIFIERS.contains(&t.norm.as_str()))
}

/// True when, within a few words after the noun, a preposition introduces a
/// place of the author's work ("my girl with CF from clinic", "my lad on
/// the ward").
fn from_work_place(doc: &Document, stop: usize) -> bool {
    let tokens = doc.tokens();
    let mut prev = stop.saturating_sub(1);
    for i in stop..(stop + 6).min(tokens.len()) {
        let (Some(left), Some(t)) = (tokens.get(prev), tokens.get(i)) else {
            break;
        };
        if breaks_clause(doc.slice(left.end, t.start)) {
            break;
        }
        if CASELOAD_NOUNS.contains(&t.norm.as_str())
            && matches!(
                left.norm.as_str(),
                "from" | "on" | "in" | "at" | "the" | "my" | "our"
            )
        {
            return true;
        }
        prev = i;
    }
    false
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

/// When token `o` is the "o" of "80 y/o" or "80y/o", the index of the
/// token holding the number.
fn slashed_years_old(doc: &Document, o: usize) -> Option<usize> {
    let tokens = doc.tokens();
    let o_tok = tokens.get(o).filter(|t| t.norm == "o")?;
    let y = o.checked_sub(1)?;
    let y_tok = tokens.get(y)?;
    if doc.slice(y_tok.end, o_tok.start) != "/" {
        return None;
    }
    if y_tok.norm != "y" {
        // "80y/o": the number and the "y" are one word.
        return (y_tok.norm.ends_with('y') && is_age(&y_tok.norm)).then_some(y);
    }
    let n = y.checked_sub(1)?;
    let n_tok = tokens.get(n)?;
    (joined(doc, n_tok, y_tok) && is_age(&n_tok.norm)).then_some(n)
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

/// True when token `i` is an age: digits ("72", "54yo") or a number word
/// before a unit ("nineteen year old", "seven week old"), so "the two
/// ladies" stays a plain count.
fn is_age_at(doc: &Document, i: usize) -> bool {
    let tokens = doc.tokens();
    let Some(tok) = tokens.get(i) else {
        return false;
    };
    let unit = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "year" | "years" | "yr" | "yrs" | "month" | "months" | "week" | "weeks"
            )
        })
    };
    let number = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| crate::calendar::number_words(&t.norm, None).is_some())
    };
    // "nineteen year old", "thirty-one-year-old".
    is_age(&tok.norm) || (number(i) && (unit(i + 1) || (number(i + 1) && unit(i + 2))))
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
        ["one", "of", "my" | "our", noun, ..] if PLURAL_NOUNS.contains(noun) => (
            if matches!(*noun, "service" | "young") {
                at + 5
            } else {
                at + 4
            },
            true,
        ),
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

    fn refs(text: &str) -> Vec<&str> {
        crate::recognizers::testing::spans(find, text)
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
    fn report_openers_with_names_or_numbers() {
        assert_eq!(refs("Patient Mary Jones refused her tea."), ["Patient"]);
        assert_eq!(refs("Any advice? Pt ID 4471920, 58, declined."), ["Pt"]);
        assert_eq!(refs("Client J.B., 15, missed school again."), ["Client"]);
        assert!(refs("Patient Safety Week starts on the ward.").is_empty());
        assert!(refs("Our Patient Experience Team on the ward.").is_empty());
    }

    #[test]
    fn people_tied_to_the_author() {
        assert_eq!(refs("Lad I support finally got his flat keys."), ["Lad"]);
        assert_eq!(
            refs("A family I visit weekly got housing at last."),
            ["A family"]
        );
        assert_eq!(refs("Wife of Derek in bay 2 brought cake."), ["Wife"]);
        assert_eq!(
            refs("So proud of my caseload mum, she did it."),
            ["my caseload mum"]
        );
        assert_eq!(
            refs("my lad with asthma from clinic passed his test"),
            ["my lad"]
        );
        assert!(refs("my lad passed his driving test, proud dad").is_empty());
        assert!(refs("Mum of two, nurse of ten years.").is_empty());
    }

    #[test]
    fn occupations_as_references() {
        assert_eq!(
            refs("The plumber we saw on the ward last week is home."),
            ["The plumber"]
        );
        assert_eq!(
            refs("Nursed an old sailor on nights, he sang shanties."),
            ["an old sailor"]
        );
        assert_eq!(
            refs("Admitted a nineteen year old student overnight."),
            ["student"]
        );
        assert!(refs("He was a plumber for years before his stroke on the ward.").is_empty());
        assert!(refs("Our student nurse on the ward was brilliant.").is_empty());
        assert!(refs("Had a student with me on the ward today.").is_empty());
    }

    #[test]
    fn insulted_groups_are_references() {
        assert_eq!(
            refs("Honestly some visitors are absolute animals."),
            ["visitors"]
        );
        assert_eq!(
            refs("Some of our Saturday night relatives are vultures."),
            ["relatives"]
        );
        assert!(refs("Some relatives bring cake for the whole team.").is_empty());
    }

    #[test]
    fn hyphenated_and_worded_ages() {
        assert_eq!(refs("We had a 15-year-old boy in resus"), ["boy"]);
        assert_eq!(
            refs("a thirty-one-year-old roofer fell on the ward"),
            ["roofer"]
        );
        assert_eq!(refs("Saw a six week old baby in clinic"), ["baby"]);
        assert_eq!(
            refs("The only client with this condition came in."),
            ["The only client"]
        );
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

    #[test]
    fn informal_bare_openers() {
        assert_eq!(refs("bloke in cubicle 6 wants a sandwich"), ["bloke"]);
        assert_eq!(
            refs("old boy tonight on the ward with a nosebleed"),
            ["old boy"]
        );
        assert_eq!(refs("girl at clinic told me about her bruises"), ["girl"]);
        assert_eq!(
            refs("long shift on the ward, young lad asked me for a hug"),
            ["young lad"]
        );
        assert_eq!(refs("client earlier cried in session"), ["client"]);
        assert_eq!(refs("fella with a head injury in resus"), ["fella"]);
        assert_eq!(refs("lad in a&e after a fight"), ["lad"]);
        assert_eq!(refs("pts husband rang again"), ["pts husband"]);
        assert_eq!(refs("Gent, 77, fell at home"), ["Gent"]);
        assert_eq!(refs("girl 15 brought in by her mum"), ["girl"]);
        assert_eq!(refs("fella (60) came in"), ["fella"]);
        assert_eq!(refs("man in his 50s with chest pain"), ["man"]);
        assert!(refs("Man, 500 emails to answer").is_empty());
        assert!(refs("Man, 12 hours on the ward").is_empty());
        // Advice and questions in lowercase stay general.
        assert!(refs("baby with a fever under 3 months needs to be seen on the ward").is_empty());
        assert!(refs("resident in a care home has the same rights").is_empty());
        assert!(refs("client in crisis on the phone? stay calm in session").is_empty());
        assert!(refs("Man, what a night").is_empty());
        assert_eq!(refs("the pt's daughter was lovely"), ["the pt's daughter"]);
        assert!(refs("pts families need support").is_empty());
        assert_eq!(refs("woman at the day centre on my visit"), ["woman"]);
        // No place, time or story verb: a topic, not a person.
        assert!(refs("man, what a shift on the ward").is_empty());
        assert!(refs("kids these days on the ward are lovely").is_empty());
        // The author's own family stays out.
        assert!(refs("mum told me to rest after my shift").is_empty());
    }

    #[test]
    fn slashed_ages_and_new_words() {
        assert_eq!(refs("the 91 y/o gent on the ward"), ["gent"]);
        assert_eq!(refs("a 7y/o girl in clinic"), ["girl"]);
        assert_eq!(refs("kiddo on my list drew me a cat in clinic"), ["kiddo"]);
        for text in ["", "y/o", "/o lady", "80 y/", "y/o lady", "🙂 y/o gent"] {
            let _ = refs(text);
        }
    }

    #[test]
    fn first_person_stories_and_rules() {
        assert_eq!(refs("had a patient ask me to marry him"), ["a patient"]);
        assert_eq!(refs("a client said her landlord scares her"), ["a client"]);
        assert!(refs("a patient is entitled to see their notes").is_empty());
        assert!(refs("A client can withdraw consent at any time.").is_empty());
        assert!(refs("a patient has the right to refuse").is_empty());
        assert!(refs("if a client discloses harm, tell your lead").is_empty());
    }
}
