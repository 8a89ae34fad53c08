//! Recognizer: names of private individuals (PERSON).
//!
//! A name is the strongest identifier in a post, but most capitalised words
//! are not names, and many names are ordinary words ("Grace", "Will", "May").
//! So a word becomes a name by one of a few kinds of evidence, strongest first:
//!
//! 1. an honorific before it ("Mrs Patel", "Dr. Okafor", "MISS R OYELARAN",
//!    "mrs begum"): the honorific is part of the span;
//! 2. a person slot before it: a relation, service-user or colleague word
//!    ("his wife Edith", "Nurse Kerry-Ann Boateng", "pt dave") or a naming
//!    phrase ("called Will", "her name's Amira"); the slot word stays in the
//!    text, so the suggestion is to drop the name;
//! 3. a send-off or greeting aimed at someone ("RIP Veronica", "Happy
//!    birthday Bill!");
//! 4. the word itself: a first name from the lists that is not also an
//!    ordinary word, followed by any surname-like words ("Danny Rhodes");
//!    a word-name needs a surname after it ("Bill Thornton");
//! 5. shapes: "HAMMOND, Keith", "Zhang Wei", initials before a bed ("JB in
//!    bed 4"), and lists of surnames ("O'Neill, Bhatti and Wozniak").
//!
//! Never names: public figures (a data list), the author ("I'm Sarah",
//! "my name is ..."), saints, royals and places ("St Mary's", "Rose
//! Cottage", "Holly Ward"), months, weekdays, brands and eponymous
//! conditions ("Parkinson's").

use crate::document::Document;
use crate::finding::{Finding, Findings, Suggestion};
use crate::label::Label;
use crate::lexicon::list_entries;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// A word list loaded from a data file: every whitespace-separated word.
fn word_set(list: &'static str) -> HashSet<&'static str> {
    list_entries(list).flat_map(str::split_whitespace).collect()
}

static FIRST_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../data/person_first_names.txt")));
static SURNAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../data/person_surnames.txt")));
static WORD_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../data/person_word_names.txt")));
static NOT_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../data/person_not_names.txt")));
static TITLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../data/person_titles.txt")));
/// Public figures' names as word keys, by first word, longest first. Matched
/// over [`Word`] keys (not tokens) so "Bruce Willis's" and "Rees-Mogg" match.
static PUBLIC_FIGURES: LazyLock<HashMap<String, Vec<Vec<String>>>> = LazyLock::new(|| {
    let mut map: HashMap<String, Vec<Vec<String>>> = HashMap::new();
    for entry in list_entries(include_str!("../data/person_public_figures.txt")) {
        let doc = Document::new(entry);
        let keys: Vec<String> = words(&doc).into_iter().map(|w| w.key).collect();
        if let Some(first) = keys.first() {
            map.entry(first.clone()).or_default().push(keys);
        }
    }
    for phrases in map.values_mut() {
        phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    }
    map
});

/// Marks the words that belong to a public figure's name.
fn mark_public(words: &mut [Word]) {
    let mut i = 0;
    while i < words.len() {
        let len = PUBLIC_FIGURES.get(&words[i].key).and_then(|phrases| {
            phrases
                .iter()
                .find(|p| {
                    p.iter()
                        .enumerate()
                        .all(|(k, key)| words.get(i + k).is_some_and(|w| &w.key == key))
                })
                .map(Vec::len)
        });
        match len {
            Some(len) if len > 0 => {
                for w in words.iter_mut().skip(i).take(len) {
                    w.public = true;
                }
                i += len;
            }
            _ => i += 1,
        }
    }
}

/// Who a person slot says the person is; it picks the suggested wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Patient,
    Relative,
    Colleague,
}

/// Slot words ("wife", "staff nurse") and the kind of person they introduce.
static ROLES: LazyLock<HashMap<String, Kind>> = LazyLock::new(|| {
    list_entries(include_str!("../data/person_roles.txt"))
        .filter_map(|line| {
            let (words, kind) = line.rsplit_once(char::is_whitespace)?;
            let kind = match kind {
                "relative" => Kind::Relative,
                "colleague" => Kind::Colleague,
                _ => Kind::Patient,
            };
            Some((words.trim().to_string(), kind))
        })
        .collect()
});

/// Words that end a name because a place or organisation follows ("Rose
/// Cottage", "Victoria Hospital", "Holly Ward").
const PLACE_HEADS: &[&str] = &[
    "hospital",
    "ward",
    "unit",
    "clinic",
    "surgery",
    "practice",
    "centre",
    "center",
    "hospice",
    "infirmary",
    "home",
    "house",
    "lodge",
    "court",
    "school",
    "academy",
    "primary",
    "college",
    "university",
    "nursery",
    "road",
    "street",
    "lane",
    "avenue",
    "drive",
    "close",
    "crescent",
    "terrace",
    "way",
    "gardens",
    "grove",
    "estate",
    "park",
    "church",
    "chapel",
    "trust",
    "group",
    "pharmacy",
    "medical",
    "health",
    "manor",
    "mews",
    "cottage",
    "building",
    "wing",
    "suite",
    "village",
    "foundation",
    "island",
    "isle",
    "zoo",
    "towers",
    "pier",
    "beach",
    "bridge",
    "castle",
    "abbey",
    "cathedral",
    "museum",
    "theatre",
    "stadium",
    "arena",
    "airport",
    "station",
    "market",
    "square",
    "forest",
    "valley",
    "heights",
    "moor",
];

/// Words that turn the name before them into an eponym, in any case
/// ("Charles Bonnet syndrome", "Hutchinson's sign", "the Francis report").
const EPONYM_HEADS: &[&str] = &[
    "syndrome",
    "disease",
    "palsy",
    "sign",
    "test",
    "scale",
    "score",
    "criteria",
    "classification",
    "report",
    "inquiry",
    "review",
    "act",
    "principle",
    "method",
    "technique",
    "manoeuvre",
    "maneuver",
    "procedure",
    "position",
    "effect",
    "law",
    "rule",
    "index",
    "model",
    "theory",
    "tube",
    "catheter",
    "frame",
    "splint",
];

/// Words before a capitalised word that make it a place or a public title,
/// not a private person ("St Mary's", "Queen Elizabeth", "Sir Keir").
const NOT_PERSON_BEFORE: &[&str] = &[
    "st",
    "saint",
    "queen",
    "king",
    "prince",
    "princess",
    "duke",
    "duchess",
    "lord",
    "sir",
    "dame",
    "pope",
    "president",
    "senator",
    "minister",
    "secretary",
    "mp",
    "cllr",
    "mount",
    "port",
    "fort",
    "lake",
    "loch",
    "isle",
    "cape",
];

/// Naming phrases: the next word is a name whatever it is ("called Will").
const NAMING: &[&str] = &[
    "called",
    "named",
    "name's",
    "name is",
    "name was",
    "known as",
    "name",
    "name:",
    "call him",
    "call her",
    "call them",
];

/// Send-offs and greetings aimed at someone ("RIP Bertie").
const VOCATIVE: &[&str] = &[
    "rip",
    "birthday",
    "thanks",
    "thank you",
    "congrats",
    "congratulations",
    "well done",
    "cheers",
    "rest easy",
    "bless",
    "proud of you",
    "love you",
    "sleep tight",
    "go on",
    "welcome",
];

/// What follows initials when they stand for a patient ("JB in bed 4").
const CARE_PLACES: &[&str] = &["bed", "bay", "room", "cubicle", "side", "chair", "resus"];

/// One word of a possible name: a token, or tokens joined by hyphens
/// ("Kerry-Louise").
#[derive(Debug)]
struct Word<'a> {
    start: usize,
    /// End of the word without a possessive "'s".
    end: usize,
    /// Lowercase, possessive removed, hyphens kept.
    key: String,
    text: &'a str,
    /// Starts with an uppercase letter.
    cap: bool,
    /// Two or more letters, all uppercase.
    all_caps: bool,
    /// Letters only (plus inner apostrophes and hyphens).
    alphabetic: bool,
    /// Inside a public figure's name.
    public: bool,
}

impl Word<'_> {
    fn parts(&self) -> impl Iterator<Item = &str> {
        self.key.split('-')
    }

    fn in_set(&self, set: &HashSet<&str>) -> bool {
        set.contains(self.key.as_str())
            || (self.key.contains('-') && self.parts().any(|p| set.contains(p)))
    }

    fn is_first(&self) -> bool {
        self.in_set(&FIRST_NAMES)
    }

    fn is_surname(&self) -> bool {
        self.in_set(&SURNAMES) || self.key.starts_with("mc") && self.key.len() > 4
    }

    /// Also an ordinary word, month or place: needs context.
    fn is_word_name(&self) -> bool {
        WORD_NAMES.contains(self.key.as_str())
    }

    fn is_never(&self) -> bool {
        NOT_NAMES.contains(self.key.as_str())
    }

    fn is_known(&self) -> bool {
        self.is_first() || self.is_surname()
    }

    /// A first name, or a word that can be one ("Bill", "Grace").
    fn is_given(&self) -> bool {
        self.is_first() || self.is_word_name()
    }

    /// Capitalised like a name, not a listed non-name, not a public figure.
    fn namey(&self) -> bool {
        self.alphabetic && (self.cap || self.all_caps) && !self.public && !self.is_never()
    }

    /// A listed name that is not also an ordinary word.
    fn strong(&self) -> bool {
        self.namey() && self.is_known() && !self.is_word_name() && !self.all_caps
    }

    fn single_letter(&self) -> bool {
        self.cap && self.key.chars().count() == 1
    }
}

/// Splits the document into name-sized words.
fn words<'a>(doc: &Document<'a>) -> Vec<Word<'a>> {
    let tokens = doc.tokens();
    let mut out: Vec<Word<'a>> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let first = i;
        while i + 1 < tokens.len()
            && matches!(
                doc.slice(tokens[i].end, tokens[i + 1].start),
                "-" | "\u{2010}" | "\u{2011}"
            )
        {
            i += 1;
        }
        let start = tokens[first].start;
        let full_end = tokens[i].end;
        let text = doc.slice(start, full_end);
        let mut key: String = tokens[first..=i]
            .iter()
            .map(|t| t.norm.as_str())
            .collect::<Vec<_>>()
            .join("-");
        let mut end = full_end;
        if let Some(stem) = key.strip_suffix("'s") {
            key = stem.to_string();
            if let Some(pos) = text.rfind(['\'', '\u{2019}']) {
                end = start + pos;
            }
        }
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        out.push(Word {
            start,
            end,
            cap: text.chars().next().is_some_and(char::is_uppercase),
            all_caps: letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()),
            alphabetic: text.chars().all(|c| {
                c.is_alphabetic() || matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}')
            }),
            public: false,
            key,
            text,
        });
        i += 1;
    }
    out
}

/// The post's words with what is between them.
struct Ctx<'d, 'a> {
    doc: &'d Document<'a>,
    words: Vec<Word<'a>>,
}

impl Ctx<'_, '_> {
    fn word(&self, i: usize) -> Option<&Word<'_>> {
        self.words.get(i)
    }

    fn key(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.key.as_str())
    }

    /// The text between word `i` and word `i + 1` (possessive included).
    fn gap_after(&self, i: usize) -> &str {
        match (self.words.get(i), self.words.get(i + 1)) {
            (Some(a), Some(b)) => self.doc.slice(a.start + a.text.len(), b.start),
            _ => "",
        }
    }

    /// The text before word `i`, back to the previous word.
    fn gap_before(&self, i: usize) -> &str {
        match i.checked_sub(1) {
            Some(p) => self.gap_after(p),
            None => self.words.get(i).map_or("", |w| self.doc.slice(0, w.start)),
        }
    }

    /// True when word `i` starts a sentence.
    fn sentence_start(&self, i: usize) -> bool {
        i == 0
            || self.gap_before(i).chars().any(|c| {
                matches!(c, '.' | '!' | '?' | '\n' | ':' | ';' | '"' | '\u{201c}') || is_symbol(c)
            })
    }

    /// Word `i + 1` continues the same name: only spaces, an initial's dot or
    /// a nickname's quote between them.
    fn joined(&self, i: usize) -> bool {
        let gap = self.gap_after(i);
        let after_initial = self.word(i).is_some_and(Word::single_letter);
        let quotes = gap.chars().filter(|c| is_quote(*c)).count();
        gap.chars().count() <= 3
            && !gap.is_empty()
            && quotes <= 1
            && gap
                .chars()
                .all(|c| c == ' ' || is_quote(c) || (c == '.' && after_initial))
    }

    /// The key of the one or two words before word `i`, if only spaces (or a
    /// comma, colon or bracket) separate them from it.
    fn before(&self, i: usize, n: usize) -> Option<String> {
        let first = i.checked_sub(n)?;
        let gap = self
            .gap_before(i)
            .trim_matches(|c: char| c == ' ' || is_quote(c));
        if !matches!(gap, "" | "," | ":" | "(" | "-" | "\u{2013}") {
            return None;
        }
        let mut keys = Vec::with_capacity(n);
        for j in first..i {
            if j > first && !matches!(self.gap_after(j - 1), " ") {
                return None;
            }
            keys.push(
                self.words
                    .get(j)?
                    .text
                    .to_lowercase()
                    .replace('\u{2019}', "'"),
            );
        }
        Some(keys.join(" "))
    }

    /// The slot word(s) right before word `i`, if they are in `list`.
    fn slot_in(&self, i: usize, list: &[&str]) -> bool {
        (1..=3).any(|n| {
            self.before(i, n)
                .is_some_and(|k| list.contains(&k.as_str()))
        })
    }

    /// The role word(s) right before word `i`.
    fn role_before(&self, i: usize) -> Option<Kind> {
        (1..=2).find_map(|n| self.before(i, n).and_then(|k| ROLES.get(&k).copied()))
    }

    /// Extends a name from word `i` over surname-like words; returns the
    /// index of its last word, or None when a place head follows.
    fn chain(&self, i: usize, allow_caps: bool) -> Option<usize> {
        let mut last = i;
        while last < i + 4 && self.joined(last) {
            let Some(next) = self.word(last + 1) else {
                break;
            };
            let ok = next.alphabetic
                && !next.public
                && (next.cap || next.all_caps)
                && (!next.is_never() || next.is_surname() || next.single_letter())
                && (!next.all_caps || allow_caps || next.is_known() || next.key.len() == 1);
            if EPONYM_HEADS.contains(&next.key.as_str()) {
                return None;
            }
            if !ok || PLACE_HEADS.contains(&next.key.as_str()) {
                break;
            }
            last += 1;
        }
        let after = self.word(last + 1).filter(|_| self.joined(last));
        // "Rose Cottage", "Baby Loss Awareness Week": a place or an event;
        // "Charles Bonnet syndrome", "the Francis report": an eponym.
        if after.is_some_and(|w| {
            EPONYM_HEADS.contains(&w.key.as_str())
                || w.cap
                    && (PLACE_HEADS.contains(&w.key.as_str())
                        || (w.is_never() && !w.is_known() && !w.all_caps))
        }) {
            return None;
        }
        Some(last)
    }

    /// The author speaking of themselves: "I'm Sarah", "my name is Sarah".
    fn about_author(&self, i: usize) -> bool {
        self.slot_in(
            i,
            &[
                "i'm",
                "im",
                "i am",
                "my name is",
                "my name's",
                "call me",
                "this is me",
            ],
        ) || self.signature(i)
    }

    /// A signature or self-introduction: "Sarah here, ...", "— Dave,
    /// paramedic", "- Jo" at the end.
    fn signature(&self, i: usize) -> bool {
        let intro = self.sentence_start(i) && self.key(i + 1) == "here";
        let before = self.gap_before(i);
        let dash = before.contains(['\u{2014}', '\u{2013}'])
            || before.trim_start_matches(' ').starts_with('-') && before.contains('\n')
            || (i == 0 && before.trim() == "-");
        let after = self.gap_after(i);
        let closes = i + 1 >= self.words.len() || after.starts_with(',') || after.contains('\n');
        intro || (dash && closes) || self.sign_off(i)
    }

    /// A name alone on the last line, or after "love," at the end: the
    /// author signing ("Love, Jo x").
    fn sign_off(&self, i: usize) -> bool {
        let rest_is_kisses = (i + 1..self.words.len()).all(|j| {
            matches!(
                self.key(j),
                "x" | "xx" | "xxx" | "xo" | "rn" | "rgn" | "rmn"
            )
        });
        let line_start = self.gap_before(i).contains('\n');
        let after_closing = i.checked_sub(1).is_some_and(|p| {
            matches!(
                self.key(p),
                "love" | "cheers" | "regards" | "wishes" | "from" | "thanks" | "x" | "xx"
            ) && self.gap_after(p).starts_with(',')
        });
        let kissed = i + 1 < self.words.len() && self.gap_before(i).contains(',');
        rest_is_kisses && (line_start || after_closing || kissed)
    }

    /// A saint, royal or place word right before word `i`.
    fn not_person_context(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|p| {
            NOT_PERSON_BEFORE.contains(&self.key(p))
                && (self.gap_after(p) == " " || self.key(p) == "st" && self.gap_after(p) == ". ")
        })
    }

    /// A lowercase name goes on over a listed lowercase surname ("john smith").
    fn lower_surname(&self, i: usize) -> usize {
        let next = self.word(i + 1).filter(|_| self.gap_after(i) == " ");
        if next.is_some_and(|w| !w.cap && w.is_surname() && !w.is_word_name() && !w.is_never()) {
            i + 1
        } else {
            i
        }
    }

    /// The author's own family ("my grandad Eddie"): their life, not a case.
    fn author_family(&self, i: usize, kind: Kind) -> bool {
        kind == Kind::Relative
            && i.checked_sub(2)
                .is_some_and(|j| matches!(self.key(j), "my" | "our"))
    }

    /// Word `i` is part of a tag, an email address or a link.
    fn in_address(&self, i: usize) -> bool {
        let before = self.gap_before(i);
        let after = self.gap_after(i);
        before.ends_with(['@', '/', '_', '.', '#']) && !before.ends_with(". ") && i > 0
            || matches!(after, "@" | "." | "_" | "/")
            || before.ends_with('@')
    }

    /// A lone name right after "in" or "at" is usually a town ("in Denton").
    fn place_preposition_before(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|p| {
            matches!(self.key(p), "in" | "at" | "near" | "nr") && self.gap_after(p) == " "
        })
    }

    /// An age in brackets right after word `i`: "Ollie (4)", "Tam (87, ...)".
    fn age_after(&self, i: usize) -> bool {
        self.gap_after(i).trim_end() == " ("
            && self
                .word(i + 1)
                .is_some_and(|w| w.key.len() <= 3 && w.key.bytes().all(|b| b.is_ascii_digit()))
            && matches!(self.gap_after(i + 1).chars().next(), Some(')' | ','))
    }

    /// Initials before a care place: "JB in bed 4", "KT (bed 9)".
    fn care_place_after(&self, i: usize) -> bool {
        let next = self.key(i + 1);
        let then = self.key(i + 2);
        (matches!(next, "in" | "on") && (CARE_PLACES.contains(&then) || then == "ward"))
            || (self.gap_after(i).contains('(') && CARE_PLACES.contains(&next))
    }
}

/// An unlisted word with an English word ending ("Retires", "Practitioner",
/// "Guides") is not taken for a name after a person word; unlisted names
/// rarely end like that.
fn looks_like_word(key: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "s", "ed", "ing", "ly", "tion", "sion", "ment", "ness", "ship", "ful", "less", "able",
        "ible", "ous", "ive", "ise", "ize", "er", "ist", "ism", "ity", "ary", "ory", "al",
    ];
    ENDINGS.iter().any(|e| key.ends_with(e))
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '\'' | '"' | '\u{2018}' | '\u{2019}' | '\u{201c}' | '\u{201d}'
    )
}

/// Emoji and other pictographs, which often stand where a full stop would.
fn is_symbol(c: char) -> bool {
    (c as u32) >= 0x2190 && !c.is_alphanumeric() && !is_quote(c)
}

/// A name found: its first and last word, and why.
struct Hit {
    first: usize,
    last: usize,
    kind: Kind,
    /// A slot word stays before the name, so dropping the name suffices.
    after_slot: bool,
    confidence: f32,
}

/// Adds this recognizer's findings.
pub fn find(doc: &Document, found: &mut Findings) {
    let mut words = words(doc);
    mark_public(&mut words);
    let ctx = Ctx { doc, words };
    let mut used = vec![false; ctx.words.len()];
    let mut hits = Vec::new();
    let mut i = 0;
    while i < ctx.words.len() {
        if let Some(hit) = name_at(&ctx, i) {
            for u in used.iter_mut().take(hit.last + 1).skip(hit.first) {
                *u = true;
            }
            i = hit.last + 1;
            hits.push(hit);
        } else {
            i += 1;
        }
    }
    let more = mentions(&ctx, &used, &hits);
    for hit in &more {
        if let Some(u) = used.get_mut(hit.first) {
            *u = true;
        }
    }
    hits.extend(more);
    hits.extend(surname_lists(&ctx, &used));
    for hit in hits {
        let (Some(first), Some(last)) = (ctx.word(hit.first), ctx.word(hit.last)) else {
            continue;
        };
        found.push(
            Finding::new(Label::Person, first.start, last.end)
                .confidence(hit.confidence)
                .suggest(suggestion(&ctx, &hit)),
        );
    }
}

/// The name starting at word `i`, if any.
fn name_at(ctx: &Ctx, i: usize) -> Option<Hit> {
    let w = ctx.word(i)?;
    // "@Tasha Reid" is a tag and "sarah.jones@nhs.net" an address: the
    // handle and contact recognizers own them.
    if w.public || ctx.in_address(i) || ctx.about_author(i) || ctx.not_person_context(i) {
        return None;
    }
    let hit = |last: usize, kind: Kind, after_slot: bool, confidence: f32| {
        Some(Hit {
            first: i,
            last,
            kind,
            after_slot,
            confidence,
        })
    };
    if is_title(w) {
        return titled_name(ctx, i).map(|(last, kind)| Hit {
            first: i,
            last,
            kind,
            after_slot: false,
            confidence: 0.9,
        });
    }
    if !w.alphabetic || (w.is_never() && !(w.cap && w.is_given())) {
        return None;
    }
    let lower_ok = !w.cap && !w.all_caps && w.is_given() && !w.is_never();
    // 2. A person slot: "his wife Edith", "pt dave", "called Will".
    let naming = ctx.slot_in(i, NAMING);
    if let Some(kind) = ctx.role_before(i).or(naming.then_some(Kind::Patient)) {
        let lower_ok = lower_ok && (naming || !w.is_word_name() || ctx.care_place_after(i));
        if ctx.author_family(i, kind) {
            return None;
        }
        let cap_ok = w.cap
            && (!w.is_never() || w.is_given())
            && (w.is_known() || w.is_word_name() || !looks_like_word(&w.key))
            && (!w.single_letter() || naming)
            && (!w.all_caps
                || w.is_known()
                || w.key.chars().count() <= 3 && (naming || kind == Kind::Patient));
        if cap_ok || lower_ok {
            let last = if w.cap {
                ctx.chain(i, w.all_caps)?
            } else {
                ctx.lower_surname(i)
            };
            return hit(last, kind, true, 0.85);
        }
    }
    // 3. A send-off or greeting: "RIP Veronica", "Happy birthday Bill!".
    if w.cap && !w.all_caps && w.is_given() && !w.is_never() && ctx.slot_in(i, VOCATIVE) {
        let last = ctx.chain(i, false)?;
        return hit(last, Kind::Patient, false, 0.8);
    }
    // 5a. Surname first, as on labels and lists: "HAMMOND, Keith",
    // "Kowalski, Tomasz".
    if (w.all_caps || w.strong() && w.is_surname())
        && w.namey()
        && ctx.gap_after(i) == ", "
        && ctx
            .word(i + 1)
            .is_some_and(|n| n.cap && n.is_first() && !n.all_caps)
    {
        return hit(i + 1, Kind::Patient, false, 0.85);
    }
    // 4. A listed first name, with any surname after it.
    if w.strong() && w.is_first() {
        let last = ctx.chain(i, false)?;
        if last == i && ctx.place_preposition_before(i) && w.end == w.start + w.text.len() {
            return None;
        }
        let confidence = if last > i { 0.85 } else { 0.7 };
        return hit(last, Kind::Patient, false, confidence);
    }
    // 4b. A word-name needs a surname after it ("Bill Thornton", "Jordan
    // Pike") or a bed ("Will in bay 3").
    if w.alphabetic && w.cap && !w.all_caps && !w.public && w.is_given() {
        let last = ctx.chain(i, false)?;
        let surname = last > i
            && ctx
                .word(last)
                .is_some_and(|s| s.is_surname() || s.is_word_name());
        if surname || ctx.care_place_after(i) {
            return hit(last, Kind::Patient, false, 0.75);
        }
    }
    // 5f. An unlisted given name before a listed surname: "Iolo Prys".
    if w.namey()
        && !w.all_caps
        && !w.single_letter()
        && !looks_like_word(&w.key)
        && ctx.joined(i)
        && ctx
            .word(i + 1)
            .is_some_and(|n| n.strong() && n.is_surname())
    {
        let last = ctx.chain(i, false)?;
        return hit(last, Kind::Patient, false, 0.7);
    }
    // 5b. Surname then given name: "Zhang Wei", "Li Na".
    if w.namey()
        && !w.all_caps
        && w.is_surname()
        && !w.is_word_name()
        && ctx.joined(i)
        && ctx
            .word(i + 1)
            .is_some_and(|n| n.namey() && n.is_first() && !n.all_caps)
    {
        return hit(i + 1, Kind::Patient, false, 0.75);
    }
    // 5c. Lowercase name in a care place: "dave in bed 3", "rose (bed 9)".
    if lower_ok && ctx.care_place_after(i) {
        return hit(i, Kind::Patient, false, 0.7);
    }
    // 5d. Initials before a care place: "JB in bed 4".
    if w.all_caps
        && (2..=3).contains(&w.key.chars().count())
        && !w.is_never()
        && ctx.care_place_after(i)
    {
        return hit(i, Kind::Patient, false, 0.7);
    }
    // 5e. An unlisted name given with an age: "Ollie (4) from ...".
    if w.namey() && !w.all_caps && !w.single_letter() && ctx.age_after(i) {
        return hit(i, Kind::Patient, false, 0.6);
    }
    None
}

/// An honorific: capitalised, or a lowercase "mr"/"mrs"/"ms"/"dr".
fn is_title(w: &Word) -> bool {
    TITLES.contains(w.key.as_str())
        && (w.cap || matches!(w.key.as_str(), "mr" | "mrs" | "ms" | "dr"))
}

/// Rule 1, an honorific and a name: "Mrs Patel", "Dr. Okafor", "Mrs P",
/// "MISS R OYELARAN", "mrs begum". Returns the last word and the kind.
fn titled_name(ctx: &Ctx, i: usize) -> Option<(usize, Kind)> {
    let w = ctx.word(i)?;
    let next = ctx.word(i + 1)?;
    let gap = ctx.gap_after(i);
    let close = gap.chars().count() <= 3
        && gap.chars().all(|c| c == ' ' || c == '.' || is_quote(c))
        && gap.contains(' ');
    let lower_name = next.is_known() && !next.is_word_name() && !next.is_never();
    let name_like = next.alphabetic
        && !next.public
        && (lower_name
            || w.cap
                && (next.cap || next.all_caps)
                && (!next.is_never() || next.is_known() || next.single_letter()));
    let strict = matches!(w.key.as_str(), "doctor" | "master" | "professor");
    if !close || !name_like || (strict && !next.is_known()) {
        return None;
    }
    let last = ctx
        .chain(i + 1, w.all_caps || next.all_caps)
        .unwrap_or(i + 1);
    let kind = if matches!(w.key.as_str(), "dr" | "doctor" | "prof" | "professor") {
        Kind::Colleague
    } else {
        Kind::Patient
    };
    Some((last, kind))
}

/// Later mentions of a name already found: "Bill Thornton ... Bill was a
/// miner". The first mention had the evidence; the others share it.
fn mentions(ctx: &Ctx, used: &[bool], hits: &[Hit]) -> Vec<Hit> {
    let names: HashSet<&str> = hits
        .iter()
        .flat_map(|h| h.first..=h.last)
        .filter_map(|j| ctx.word(j))
        .filter(|w| w.cap && !w.single_letter() && !is_title(w) && !w.is_never())
        .map(|w| w.key.as_str())
        .collect();
    (0..ctx.words.len())
        .filter(|&i| !used.get(i).copied().unwrap_or(true))
        .filter(|&i| {
            ctx.word(i).is_some_and(|w| {
                w.cap && !w.all_caps && !w.public && names.contains(w.key.as_str())
            }) && !ctx.about_author(i)
                && !ctx.not_person_context(i)
        })
        .map(|i| Hit {
            first: i,
            last: i,
            kind: Kind::Patient,
            after_slot: false,
            confidence: 0.7,
        })
        .collect()
}

/// Lone surnames named together: "O'Neill, Bhatti and Wozniak". One lone
/// surname is too weak (it may be a shop or a place), a list of them is not.
fn surname_lists(ctx: &Ctx, used: &[bool]) -> Vec<Hit> {
    let lone = |i: usize| {
        ctx.word(i).is_some_and(|w| w.strong() && w.is_surname())
            && !used.get(i).copied().unwrap_or(true)
            && !ctx.sentence_start(i)
    };
    let mut hits = Vec::new();
    for i in 0..ctx.words.len() {
        if !lone(i) {
            continue;
        }
        // Neighbours across ", " or " and ".
        let right = if ctx.gap_after(i).trim() == "," || ctx.gap_after(i).trim() == "&" {
            Some(i + 1)
        } else if ctx.key(i + 1) == "and" {
            Some(i + 2)
        } else {
            None
        };
        let left = if i > 0 && matches!(ctx.gap_after(i - 1).trim(), "," | "&") {
            Some(i - 1)
        } else if i > 1 && ctx.key(i - 1) == "and" {
            Some(i - 2)
        } else {
            None
        };
        let partner =
            |j: Option<usize>| j.is_some_and(|j| lone(j) || used.get(j).copied().unwrap_or(false));
        if partner(left) || partner(right) {
            hits.push(Hit {
                first: i,
                last: i,
                kind: Kind::Patient,
                after_slot: false,
                confidence: 0.6,
            });
        }
    }
    hits
}

/// The safer wording: drop the name after a slot word ("his wife Edith" ->
/// "his wife"), otherwise a neutral reference of the right kind.
fn suggestion(ctx: &Ctx, hit: &Hit) -> Suggestion {
    if hit.after_slot {
        return Suggestion::remove(
            "Leave the name out; the words before it already say who this is.",
        );
    }
    let kind = (1..=4)
        .filter_map(|back| hit.first.checked_sub(back))
        .find_map(|j| ROLES.get(ctx.key(j)).copied())
        .unwrap_or(hit.kind);
    match kind {
        Kind::Relative => {
            Suggestion::replace("a relative", "Leave the name out; say \"a relative\".")
        }
        Kind::Colleague => {
            Suggestion::replace("a colleague", "Leave the name out; say \"a colleague\".")
        }
        Kind::Patient => Suggestion::replace(
            "a patient",
            "Leave the name out; say \"a patient\" or \"someone\".",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        let mut found = Findings::default();
        find(&doc, &mut found);
        found
            .all()
            .iter()
            .filter(|f| f.label == Label::Person)
            .map(|f| doc.slice(f.start, f.end).to_string())
            .collect()
    }

    fn assert_names(text: &str, want: &[&str]) {
        assert_eq!(names(text), want, "in {text:?}");
    }

    #[test]
    fn titles_with_names_initials_and_capitals() {
        assert_names("Mrs Patel was discharged", &["Mrs Patel"]);
        assert_names("Saw Mr Stanley Beaumont again", &["Mr Stanley Beaumont"]);
        assert_names(
            "handover: Mrs P. Kaur and Mr J. Daly",
            &["Mrs P. Kaur", "Mr J. Daly"],
        );
        assert_names("Bless you Mrs P, see you soon", &["Mrs P"]);
        assert_names("LABEL SAYS MISS R OYELARAN", &["MISS R OYELARAN"]);
        assert_names("Dr. Okafor's clinic ran late", &["Dr. Okafor"]);
        assert_names("anyone know if mr smith in bay 2 went home", &["mr smith"]);
        assert_names("Ask Prof Adeyemi about it", &["Prof Adeyemi"]);
    }

    #[test]
    fn role_words_stay_outside_the_name() {
        assert_names("Sister Bernadette Kelly on ward 9", &["Bernadette Kelly"]);
        assert_names("Nurse Kerry-Ann Boateng was rude", &["Kerry-Ann Boateng"]);
        assert_names("his wife Edith visited", &["Edith"]);
        assert_names("Her daughter Grace came in", &["Grace"]);
        assert_names("pt called dave keeps pulling his cannula", &["dave"]);
        assert_names("a man called Will rang the ward", &["Will"]);
        assert_names("Her name's Amira Haddad, she is 12", &["Amira Haddad"]);
    }

    #[test]
    fn slot_suggestion_drops_the_name() {
        let doc = Document::new("his wife Edith came in");
        let mut found = Findings::default();
        find(&doc, &mut found);
        let finding = found.all().first().expect("a name");
        assert_eq!(finding.suggestion.replacement, "");
        let doc = Document::new("Dr Okafor was late again");
        let mut found = Findings::default();
        find(&doc, &mut found);
        let finding = found.all().first().expect("a name");
        assert_eq!(finding.suggestion.replacement, "a colleague");
    }

    #[test]
    fn names_of_many_origins() {
        assert_names("Gwen loved the choir", &["Gwen"]);
        assert_names("Chidi Okonkwo was admitted", &["Chidi Okonkwo"]);
        assert_names("we discharged Siobhan O'Sullivan", &["Siobhan O'Sullivan"]);
        assert_names("Małgorzata said thank you", &["Małgorzata"]);
        assert_names("Priyanka Sharma from the estate", &["Priyanka Sharma"]);
        assert_names("trace Zhang Wei please", &["Zhang Wei"]);
        assert_names("Thanks for the laugh, Becky!", &["Becky"]);
        assert_names("Reply to Lorraine's post", &["Lorraine"]);
        assert_names("Pauline's 88 today", &["Pauline"]);
        assert_names("Kwame and Abena came to visit", &["Kwame", "Abena"]);
        assert_names("label reads HAMMOND, Keith", &["HAMMOND, Keith"]);
        assert_names("records for Kowalski, Tomasz merged", &["Kowalski, Tomasz"]);
        assert_names("Albert 'Bertie' Nolan died", &["Albert 'Bertie' Nolan"]);
    }

    #[test]
    fn word_names_need_context() {
        assert_names("Will you join us on Friday?", &[]);
        assert_names("Hope this helps everyone", &[]);
        assert_names("Grace period ends in May", &[]);
        assert_names("Rose to the challenge. Will be back.", &[]);
        assert_names(
            "Bill Thornton turned 100. Bill was a miner.",
            &["Bill Thornton", "Bill"],
        );
        assert_names("Happy birthday Bill!", &["Bill"]);
        assert_names("Will in bay 3 is poorly", &["Will"]);
        assert_names("check on rose (bed 9) please", &["rose"]);
        assert_names("my son will be home soon", &[]);
    }

    #[test]
    fn initials_before_a_bed() {
        assert_names("JB in bed 4 is asking for you", &["JB"]);
        assert_names("ED in bed crisis again", &[]);
        assert_names("we'll call him D for now", &["D"]);
        assert_names("pt JB keeps pulling his NG out", &["JB"]);
        assert_names("my patient UTI again", &[]);
    }

    #[test]
    fn surname_lists() {
        assert_names(
            "names visible include O'Neill, Bhatti and Wozniak",
            &["O'Neill", "Bhatti", "Wozniak"],
        );
        assert_names("went to Boots for Patel", &[]);
    }

    #[test]
    fn public_figures_authors_and_places_are_not_people() {
        assert_names("Florence Nightingale would be proud", &[]);
        assert_names("Wes Streeting announced the plan", &[]);
        assert_names("Bruce Willis's family shared news", &[]);
        assert_names("Dr Google strikes again", &[]);
        assert_names("Hi all, I'm Sarah and I'm a nurse", &[]);
        assert_names("my name is Priya and I work nights", &[]);
        assert_names("Off to Chester for the weekend", &[]);
        assert_names("Jordan is lovely in spring", &[]);
        assert_names("Parkinson's disease and Crohn's", &[]);
        assert_names("St Mary's Hospital and Victoria Ward", &[]);
        assert_names("Holly Ward is short staffed", &[]);
        assert_names("Rose Cottage care home", &[]);
        assert_names("Thanks everyone! Today was long.", &[]);
        assert_names("Paracetamol on Monday, review in June", &[]);
        assert_names("My grandad Eddie was a miner", &[]);
        assert_names("Baby Loss Awareness Week starts", &[]);
        assert_names("Paramedic Q&A tonight", &[]);
        assert_names("the clinic in Denton", &[]);
    }

    #[test]
    fn unlisted_names_need_a_surname_an_age_or_a_slot() {
        assert_names("Iolo Prys came in again", &["Iolo Prys"]);
        assert_names("Ollie (4) swallowed a Lego man", &["Ollie"]);
        assert_names("Sprocket (4) is a robot", &["Sprocket"]);
        assert_names("my client Seonaidh rang", &["Seonaidh"]);
        assert_names("our ward manager Retires next week", &[]);
        assert_names("the nurse Practitioner role", &[]);
        assert_names("Big man United fan in bay 4", &[]);
        assert_names("patient name: john smith", &["john smith"]);
        assert_names("the dr said he could go", &[]);
    }

    #[test]
    fn signatures_tags_and_eponyms_are_not_cases() {
        assert_names("Sarah here, district nurse, ask me anything", &[]);
        assert_names("Great shift.\n\u{2014} Dave, paramedic", &[]);
        assert_names("@Tasha Reid is this your nan?", &[]);
        assert_names("See you all at the walk!\nLove, Jo x", &[]);
        assert_names("Great night on the ward. Thanks, Becky x", &[]);
        assert_names("Thanks for the laugh, Becky!", &["Becky"]);
        assert_names("Charles Bonnet syndrome is common", &[]);
        assert_names("Read the Francis Report", &[]);
        assert_names("Hong Kong flu jab clinic", &[]);
        assert_names("Dr Martens are the best shift shoes", &[]);
        assert_names("email Sarah.Jones@nhs.net or see nhs.uk/Karen", &[]);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            "Mrs",
            "Mr.",
            "'",
            "🦸 Zoë in bed 4",
            "Mrs 🙂 Zoë",
            "HAMMOND,",
            "called",
            "O’Neill’s",
            "-",
            "Kerry-",
            "a ( 4",
            "Ollie (",
        ] {
            let _ = names(text);
        }
        assert_names("Zoë Ó Briain’s bed", &["Zoë Ó Briain"]);
    }
}
