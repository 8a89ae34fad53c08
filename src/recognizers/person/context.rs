//! Context around a candidate name: the slot words before it, what follows
//! it, sentence starts, signatures and places.
//!
//! Rules ask questions of word positions ("is a role word right before word
//! 7?"), never of raw byte offsets, so every lookup is bounded and safe.

use super::words::{is_quote, is_symbol, Word};
use crate::document::Document;
use crate::lexicon::list_entries;
use crate::lexicon::WordMap;
use std::sync::LazyLock;

/// Who a person slot says the person is; it picks the suggested wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Patient,
    Relative,
    Colleague,
}

/// Slot words ("wife", "staff nurse") and the kind of person they introduce.
pub(super) static ROLES: LazyLock<WordMap<String, Kind>> = LazyLock::new(|| {
    list_entries(include_str!("../../data/person_roles.txt"))
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

/// Care places named after people, in any case ("Elizabeth ward", "Keats
/// unit"): the name is the facility's, not a patient's.
pub(super) const UNIT_HEADS: &[&str] = &[
    "ward", "wards", "unit", "hospital", "hospice", "clinic", "surgery", "practice", "centre",
    "center", "lodge", "wing", "suite", "bay",
];

/// Words that end a name because a place or organisation follows ("Rose
/// Cottage", "Victoria Hospital", "Holly Ward").
pub(super) const PLACE_HEADS: &[&str] = &[
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
pub(super) const EPONYM_HEADS: &[&str] = &[
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
    "drain",
    "tear",
    "stockings",
    "needle",
    "pump",
    "reflex",
    "node",
    "nodes",
    "cells",
    "tumour",
    "tumor",
    "ulcer",
    "hernia",
    "cyst",
    "duct",
    "fracture",
    "formula",
    "protocol",
    "pathway",
    "bundle",
    "tool",
    "questionnaire",
    "checklist",
];

/// Words before a capitalised word that make it a place or a public title,
/// not a private person ("St Mary's", "Queen Elizabeth", "Sir Keir").
pub(super) const NOT_PERSON_BEFORE: &[&str] = &[
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
pub(super) const NAMING: &[&str] = &[
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
pub(super) const VOCATIVE: &[&str] = &[
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
    // The same aimed through "to": "congrats to Tyrone", "RIP to Bertie".
    "rip to",
    "birthday to",
    "thanks to",
    "thank you to",
    "congrats to",
    "congratulations to",
    "well done to",
    "shout out to",
    "shoutout to",
    "big up",
];

/// What follows initials when they stand for a patient ("JB in bed 4").
pub(super) const CARE_PLACES: &[&str] =
    &["bed", "bay", "room", "cubicle", "side", "chair", "resus"];

/// Words between "my" and a relative word that make the relative a service
/// user ("my caseload mum", "one of my clinic dads").
const CARE_MODIFIERS: &[&str] = &[
    "caseload",
    "case",
    "client",
    "clients",
    "patient",
    "patients",
    "ward",
    "clinic",
    "unit",
    "booking",
    "antenatal",
    "postnatal",
    "community",
    "service",
    "list",
    "group",
    "home",
    "hospice",
    "surgery",
    "practice",
    "school",
    "nursery",
    "team's",
    "resident",
    "residents",
];

/// The post's words with what is between them.
pub(super) struct Ctx<'d, 'a> {
    /// The post.
    pub(super) doc: &'d Document<'a>,
    /// Its name-sized words, public figures marked.
    pub(super) words: Vec<Word<'a>>,
}

/// A post written all in lowercase ("ffs siobhan rang again"): no sentence
/// starts with a capital, so a lowercase listed name is as good as a
/// capitalised one.
pub(super) fn lowercase_post(words: &[Word], doc: &Document) -> bool {
    let ctx = |i: usize| {
        let w = words.get(i)?;
        let gap = match i.checked_sub(1) {
            Some(p) => doc.slice(words.get(p).map_or(0, |p| p.start + p.text.len()), w.start),
            None => doc.slice(0, w.start),
        };
        Some((w, gap))
    };
    let mut starts = 0;
    for i in 0..words.len() {
        let Some((w, gap)) = ctx(i) else { break };
        let start = i == 0 || gap.chars().any(|c| matches!(c, '.' | '!' | '?' | '\n'));
        if start && w.alphabetic && !w.all_caps {
            if w.cap && w.key != "i" {
                return false;
            }
            starts += 1;
        }
    }
    starts > 0
}

impl Ctx<'_, '_> {
    /// Word `i`, if there is one.
    pub(super) fn word(&self, i: usize) -> Option<&Word<'_>> {
        self.words.get(i)
    }

    /// The lookup key of word `i`, or "" past either end.
    pub(super) fn key(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.key.as_str())
    }

    /// The text between word `i` and word `i + 1` (possessive included).
    pub(super) fn gap_after(&self, i: usize) -> &str {
        match (self.words.get(i), self.words.get(i + 1)) {
            (Some(a), Some(b)) => self.doc.slice(a.start + a.text.len(), b.start),
            _ => "",
        }
    }

    /// The text before word `i`, back to the previous word.
    pub(super) fn gap_before(&self, i: usize) -> &str {
        match i.checked_sub(1) {
            Some(p) => self.gap_after(p),
            None => self.words.get(i).map_or("", |w| self.doc.slice(0, w.start)),
        }
    }

    /// True when word `i` starts a sentence.
    pub(super) fn sentence_start(&self, i: usize) -> bool {
        i == 0
            || self.gap_before(i).chars().any(|c| {
                matches!(c, '.' | '!' | '?' | '\n' | ':' | ';' | '"' | '\u{201c}') || is_symbol(c)
            })
    }

    /// Word `i + 1` continues the same name: only spaces, an initial's dot or
    /// a nickname's quote between them.
    pub(super) fn joined(&self, i: usize) -> bool {
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

    /// The `n` words before word `i`, lowercased and joined by spaces, if
    /// only spaces join them and only spaces, quotes, a comma, colon, dash
    /// or bracket separate them from it ("her son, Dean"; "mum (Shantelle").
    pub(super) fn before(&self, i: usize, n: usize) -> Option<String> {
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
    pub(super) fn slot_in(&self, i: usize, list: &[&str]) -> bool {
        (1..=3).any(|n| {
            self.before(i, n)
                .is_some_and(|k| list.contains(&k.as_str()))
        })
    }

    /// The role word(s) right before word `i`.
    pub(super) fn role_before(&self, i: usize) -> Option<Kind> {
        (1..=2).find_map(|n| self.before(i, n).and_then(|k| ROLES.get(&k).copied()))
    }

    /// Extends a name from word `i` over surname-like words; returns the
    /// index of its last word, or None when a place head follows.
    pub(super) fn chain(&self, i: usize, allow_caps: bool) -> Option<usize> {
        let mut last = i;
        while last < i + 4 && self.joined(last) {
            let Some(next) = self.word(last + 1) else {
                break;
            };
            let ok = next.alphabetic
                && !next.public
                && (next.cap || next.all_caps)
                && (!next.is_never()
                    || next.is_surname() && !next.is_word_name()
                    || next.single_letter())
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
        // "Dean Walsh hospital no X123...": a record number, not a place.
        let record = matches!(self.key(last + 2), "no" | "number" | "num" | "id" | "ref");
        // "Rose Cottage", "Baby Loss Awareness Week": a place or an event;
        // "Charles Bonnet syndrome", "the Francis report": an eponym.
        if after.is_some_and(|w| {
            EPONYM_HEADS.contains(&w.key.as_str())
                || UNIT_HEADS.contains(&w.key.as_str()) && !record
                || w.cap
                    && !record
                    && (PLACE_HEADS.contains(&w.key.as_str())
                        || (w.is_never() && !w.is_known() && !w.all_caps))
        }) {
            return None;
        }
        Some(last)
    }

    /// Words around a name that praise a colleague's career ("on her
    /// promotion", "retirement", "and the whole team"): a colleague
    /// congratulated or thanked by name is not a case to flag.
    pub(super) fn staff_praise(&self, first: usize, last: usize) -> bool {
        const CAREER: &[&str] = &[
            "promotion",
            "promoted",
            "retirement",
            "retiring",
            "nominated",
            "shortlisted",
            "award",
            "awards",
            "stethoscope",
            "well-deserved",
            "appointed",
            "newest",
            "preceptorship",
            "preceptee",
            "graduated",
            "graduation",
            "newly-qualified",
            "preceptees",
            "revalidation",
            "leaving",
        ];
        let window = first.saturating_sub(12)..(last + 12).min(self.words.len());
        let career = window.clone().any(|j| CAREER.contains(&self.key(j)));
        // "Welcome to the team, Priya!": a new colleague greeted.
        let welcome = window.clone().any(|j| self.key(j) == "welcome")
            && window.into_iter().any(|j| self.key(j) == "team");
        let and_team =
            self.key(last + 1) == "and" && (last + 2..last + 6).any(|j| self.key(j) == "team");
        career || welcome || and_team
    }

    /// Praise and no complaint around words `first..=last`: a colleague
    /// thanked or cheered by name ("huge thanks to our HCA Bev") is not
    /// flagged; one attacked by name is.
    pub(super) fn praised(&self, first: usize, last: usize) -> bool {
        const PRAISE: &[&str] = &[
            "thanks",
            "thank",
            "shout",
            "shoutout",
            "amazing",
            "superstar",
            "star",
            "legend",
            "proud",
            "congratulations",
            "congrats",
            "brilliant",
            "fantastic",
            "wonderful",
            "welcome",
            "inspiration",
            "inspiring",
            "kind",
            "kindness",
            "grateful",
            "best",
            "mentor",
            "lovely",
            "support",
            "supportive",
        ];
        const COMPLAINT: &[&str] = &[
            "bully",
            "bullying",
            "useless",
            "incompetent",
            "rude",
            "nightmare",
            "lazy",
            "idiot",
            "clueless",
            "arrogant",
            "toxic",
            "disgrace",
            "disgusting",
            "awful",
            "worst",
            "sexist",
            "racist",
            "gutless",
            "spineless",
            "reported",
            "complaint",
            "joke",
            "pathetic",
            "shocking",
            "unsafe",
            "dangerous",
            "negligent",
            "liar",
            "thief",
            "vile",
            "hate",
            "never",
            "not",
            "no",
            "don't",
            "doesn't",
            "won't",
            "didn't",
            "isn't",
        ];
        let window = first.saturating_sub(10)..(last + 10).min(self.words.len());
        let keys = || window.clone().map(|j| self.key(j));
        keys().any(|k| PRAISE.contains(&k)) && !keys().any(|k| COMPLAINT.contains(&k))
    }

    /// A name in a group with the author: "Sarah, Emma and I ran ...", "me
    /// and Chloe did ...".
    pub(super) fn with_author(&self, first: usize, last: usize) -> bool {
        if first >= 2
            && matches!(self.key(first - 1), "and" | "&")
            && matches!(self.key(first - 2), "me" | "i" | "myself")
        {
            return true;
        }
        let mut j = last + 1;
        while j < last + 8 {
            match self.key(j) {
                "and" | "&" => {
                    return matches!(self.key(j + 1), "i" | "me" | "myself");
                }
                // Another listed name: "Sarah, Emma and I".
                _ if self.gap_before(j).trim() == "," => {}
                _ => return false,
            }
            j += 1;
        }
        false
    }

    /// The author speaking of themselves: "I'm Sarah", "my name is Sarah".
    pub(super) fn about_author(&self, i: usize) -> bool {
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

    /// The author naming themselves to a third person: "tell her Nurse Jo
    /// says hi".
    pub(super) fn greeting_from_author(&self, first: usize, last: usize) -> bool {
        matches!(self.key(last + 1), "says" | "sends")
            && matches!(
                self.key(last + 2),
                "hi" | "hello" | "hiya" | "love" | "thanks"
            )
            && (first.saturating_sub(4)..first).any(|j| self.key(j) == "tell")
    }

    /// A pet, not a person: "our ward cat Sadie", "Buster the therapy dog",
    /// "Welcome Mabel, our new ward cat".
    pub(super) fn pet(&self, first: usize, last: usize) -> bool {
        const PETS: &[&str] = &[
            "cat", "dog", "puppy", "pup", "kitten", "pony", "budgie", "parrot", "hamster",
            "rabbit", "bunny", "tortoise", "goldfish", "horse", "guinea", "ferret", "cockapoo",
            "labrador", "spaniel", "terrier",
        ];
        let before = first
            .checked_sub(1)
            .is_some_and(|p| PETS.contains(&self.key(p)))
            || first.checked_sub(2).is_some_and(|p| {
                PETS.contains(&self.key(p)) && matches!(self.key(p + 1), "called" | "named")
            });
        let after = matches!(
            self.key(last + 1),
            "the" | "our" | "my" | "a" | "his" | "her"
        ) && (last + 2..last + 5).any(|j| PETS.contains(&self.key(j)));
        before || after
    }

    /// A signature or self-introduction: "Sarah here, ...", "— Dave,
    /// paramedic", "- Jo" at the end.
    pub(super) fn signature(&self, i: usize) -> bool {
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
    pub(super) fn sign_off(&self, i: usize) -> bool {
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

    /// Word `i` is possessive and a relative follows: "Jayden's mum".
    pub(super) fn relative_after(&self, i: usize) -> bool {
        let possessive = self.word(i).is_some_and(|w| w.end < w.start + w.text.len());
        possessive
            && self.gap_after(i) == " "
            && ROLES.get(self.key(i + 1)) == Some(&Kind::Relative)
    }

    /// Music, TV or a book before a lone name: "listening to Adele".
    pub(super) fn media_before(&self, i: usize) -> bool {
        self.slot_in(
            i,
            &[
                "listening to",
                "listen to",
                "singing along to",
                "dancing to",
                "playing",
                "watching",
                "reading",
                // A hint, not a name: "rhymes with Kevin".
                "rhymes with",
                "sounds like",
            ],
        )
    }

    /// A saint, royal or place word right before word `i`.
    pub(super) fn not_person_context(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|p| {
            NOT_PERSON_BEFORE.contains(&self.key(p))
                && (self.gap_after(p) == " " || self.key(p) == "st" && self.gap_after(p) == ". ")
        })
    }

    /// A lowercase name goes on over a listed lowercase surname ("john smith").
    pub(super) fn lower_surname(&self, i: usize) -> usize {
        let next = self.word(i + 1).filter(|_| self.gap_after(i) == " ");
        if next.is_some_and(|w| !w.cap && w.is_surname() && !w.is_word_name() && !w.is_never()) {
            i + 1
        } else {
            i
        }
    }

    /// The author's own family ("my grandad Eddie"): their life, not a case.
    pub(super) fn author_family(&self, i: usize, kind: Kind) -> bool {
        if kind != Kind::Relative {
            return false;
        }
        // Back from the role word over adjectives ("my amazing wife"), but
        // not over another person ("my patient's wife").
        for j in (i.saturating_sub(4)..i.saturating_sub(1)).rev() {
            let Some(w) = self.word(j) else { break };
            if matches!(w.key.as_str(), "my" | "our") {
                return true;
            }
            // "my caseload mum Shanice", "our ward dad": a client, not family.
            if CARE_MODIFIERS.contains(&w.key.as_str()) {
                return false;
            }
            let joins = matches!(
                w.key.as_str(),
                "with" | "to" | "for" | "at" | "on" | "in" | "from" | "of" | "and" | "by" | "the"
            );
            if joins || w.key.len() < w.text.len() || ROLES.contains_key(&w.key) || w.cap {
                return false;
            }
        }
        false
    }

    /// Word `i` is part of a tag, an email address or a link.
    pub(super) fn in_address(&self, i: usize) -> bool {
        let before = self.gap_before(i);
        let after = self.gap_after(i);
        before.ends_with(['@', '/', '_', '.', '#']) && !before.ends_with(". ") && i > 0
            || matches!(after, "@" | "." | "_" | "/")
            || before.ends_with('@')
    }

    /// A lone name right after "in" or "at" is usually a town ("in Denton").
    pub(super) fn place_preposition_before(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|p| {
            matches!(self.key(p), "in" | "at" | "near" | "nr") && self.gap_after(p) == " "
        })
    }

    /// An age in brackets right after word `i`: "Ollie (4)", "Tam (87, ...)".
    pub(super) fn age_after(&self, i: usize) -> bool {
        self.gap_after(i).trim_end() == " ("
            && self
                .word(i + 1)
                .is_some_and(|w| w.key.len() <= 3 && w.key.bytes().all(|b| b.is_ascii_digit()))
            && matches!(self.gap_after(i + 1).chars().next(), Some(')' | ','))
    }

    /// Initials before a care place: "JB in bed 4", "KT (bed 9)".
    pub(super) fn care_place_after(&self, i: usize) -> bool {
        let next = self.key(i + 1);
        let then = self.key(i + 2);
        (matches!(next, "in" | "on") && (CARE_PLACES.contains(&then) || then == "ward"))
            || (self.gap_after(i).contains('(') && CARE_PLACES.contains(&next))
    }

    /// Dotted initials starting at word `i` ("C.M.", "J. B. S."): the index
    /// of the last letter.
    pub(super) fn dotted_initials(&self, i: usize) -> Option<usize> {
        let mut last = i;
        while last < i + 3
            && self
                .word(last)
                .is_some_and(|w| w.single_letter() && !w.all_caps)
            && matches!(self.gap_after(last), "." | ". ")
            && self.word(last + 1).is_some_and(Word::single_letter)
        {
            last += 1;
        }
        (last > i).then_some(last)
    }

    /// An age right after word `i`, across a comma or bracket: "C.M., 16",
    /// "J.B. (15)".
    pub(super) fn age_follows(&self, i: usize) -> bool {
        let gap = self.gap_after(i).trim_start_matches('.').trim();
        matches!(gap, "," | "(")
            && self.word(i + 1).is_some_and(|w| {
                let digits = w.key.trim_end_matches(['m', 'f', 'y']);
                (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
            })
    }

    /// A tag of the person's own account right after word `i`: "Ginny
    /// (@ginny_knits)".
    /// Without brackets ("Sooo @kim_x", "Don't @ me") only a listed first
    /// name counts.
    pub(super) fn handle_after(&self, i: usize) -> bool {
        let gap = self.gap_after(i);
        let bare = matches!(gap.trim(), "@" | "- @" | "\u{2013} @")
            && self.word(i).is_some_and(Word::is_first);
        gap.starts_with(' ') && gap.ends_with('@') && (gap.trim() == "(@" || bare)
    }

    /// Consent given by the person named at word `i`: "with Dev's
    /// permission", "Nadia has agreed to me sharing this".
    pub(super) fn consent_after(&self, i: usize) -> bool {
        const CONSENT: &[&str] = &[
            "permission",
            "consent",
            "blessing",
            "ok",
            "okay",
            "go-ahead",
        ];
        let possessive = self.word(i).is_some_and(|w| w.end < w.start + w.text.len());
        if possessive && self.gap_after(i) == " " && CONSENT.contains(&self.key(i + 1)) {
            return true;
        }
        let agrees = matches!(
            self.key(i + 1),
            "has" | "have" | "gave" | "agreed" | "asked" | "said" | "is" | "kindly" | "wanted"
        );
        agrees
            && (i + 2..i + 6).any(|j| {
                CONSENT.contains(&self.key(j))
                    || matches!(self.key(j), "share" | "sharing" | "consented" | "post")
            })
    }

    /// A news report, not a case: a news marker ("the coroner", "told the
    /// BBC", "died aged") and no patient or ward of the
    /// author's ("my patient", "our ward").
    pub(super) fn news_post(&self) -> bool {
        const NEWS: &[&str] = &[
            "coroner",
            "inquest",
            "announced",
            "headline",
            "headlines",
            "bbc",
            "guardian",
            "telegraph",
            "itv",
            "jury",
            "newspaper",
            "journalist",
        ];
        const CARE: &[&str] = &[
            "patient",
            "patients",
            "pt",
            "client",
            "clients",
            "ward",
            "unit",
            "caseload",
            "resident",
            "residents",
            "bay",
            "bed",
            "shift",
        ];
        let n = self.words.len();
        let news = (0..n).any(|j| {
            NEWS.contains(&self.key(j)) || self.key(j) == "died" && self.key(j + 1) == "aged"
        });
        let own_case = (0..n).any(|j| {
            matches!(self.key(j), "my" | "our" | "we")
                && (j + 1..j + 3).any(|k| CARE.contains(&self.key(k)))
        });
        news && !own_case
    }

    /// Broadcast or print around a name: "Dr Jane Bloggs on the radio",
    /// "Tom Hale's podcast", "an interview with ...": a public figure.
    pub(super) fn media_around(&self, first: usize, last: usize) -> bool {
        const OUTLETS: &[&str] = &[
            "radio",
            "tv",
            "telly",
            "television",
            "bbc",
            "itv",
            "channel",
            "news",
            "youtube",
            "tiktok",
            "podcast",
            "gmb",
            "breakfast",
            "newsnight",
            "panorama",
        ];
        const WORKS: &[&str] = &[
            "podcast",
            "book",
            "books",
            "column",
            "article",
            "documentary",
            "show",
            "programme",
            "interview",
            "lecture",
            "talk",
            "video",
            "series",
            "memoir",
            "novel",
            "blog",
            "newsletter",
            "channel",
            "keynote",
            "ted",
            "speech",
            "op-ed",
            "bestseller",
        ];
        const PEOPLE: &[&str] = &[
            "olympian",
            "paralympian",
            "athlete",
            "boxer",
            "rapper",
            "cricketer",
            "golfer",
            "politician",
            "chef",
            "presenter",
            "broadcaster",
            "journalist",
            "columnist",
            "author",
            "celebrity",
            "actor",
            "actress",
            "singer",
            "comedian",
            "influencer",
            "podcaster",
            "youtuber",
            "footballer",
            "novelist",
            "writer",
            "host",
            "pundit",
            "campaigner",
        ];
        let possessive = self
            .word(last)
            .is_some_and(|w| w.end < w.start + w.text.len());
        let on_air = matches!(self.key(last + 1), "on" | "in")
            && (last + 2..last + 4).any(|j| OUTLETS.contains(&self.key(j)));
        let work = possessive && (last + 1..last + 3).any(|j| WORKS.contains(&self.key(j)));
        let with = first.checked_sub(1).is_some_and(|p| {
            PEOPLE.contains(&self.key(p))
                || matches!(self.key(p), "with" | "by" | "from")
                    && p.checked_sub(1)
                        .is_some_and(|q| WORKS.contains(&self.key(q)) || self.key(q) == "doctor")
        });
        // "Terry Vance, comedian and campaigner", "Jo Bell, the singer".
        let described = self.gap_after(last).trim() == ","
            && (PEOPLE.contains(&self.key(last + 1))
                || self.key(last + 1) == "the" && PEOPLE.contains(&self.key(last + 2)));
        on_air || work || with || described
    }
}
