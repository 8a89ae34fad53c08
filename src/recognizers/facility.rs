//! Recognizer: facilities, the places where care happens.
//!
//! A named hospital, ward, bay, bed, clinic, GP practice, care home, school,
//! prison or unit narrows down who a post is about, and so do unnamed
//! departments ("ED", "resus", "the side room") once a case is described
//! (LABELS.md counts them all as FACILITY). An employer named with Ltd, Trust
//! or Services is here too: an attacked employer is a facility in the corpora.
//!
//! The rules, each a shape rather than a list of known posts:
//! - departments and rooms from a word list; acronyms only in capitals ("ED",
//!   not "Ed"), everyday words ("theatre", "triage") only after a preposition;
//! - numbered places: "bed 16", "Ward 9C", "Bay C", "cubicle 11", "on 6D", "5 North";
//! - a run of capitalised words glued to a head noun ("Wharfedale Grange Hospital",
//!   "Hawthorn ward", "Hyde CMHT", "Silver Lining Staffing Ltd"), "Royal
//!   <place>", "St <Name>'s", "HMP <Name>";
//! - well-known hospital short names ("Treliske", "Frenchay", "the RVI");
//!   town names that double as a hospital's ("Ormskirk") only with hospital
//!   words nearby;
//! - "Ward <name>" ("Ward Enlli", the Welsh order), and a hospital name right
//!   after a numbered ward ("Ward 9 Leighton"), because staff write the ward
//!   and then the hospital;
//! - "<specialty> clinic/unit" ("rheumatology clinic"), community services
//!   and supported housing ("day centre", "supported living"), service
//!   acronyms after a preposition ("moved from CAMHS"), "<Name> Court" with
//!   care-home words nearby, and a department after a hospital name taken
//!   with it ("Royal Oldham ED");
//! - a name already found with its head ("Netherby Hospital") again on its
//!   own later in the post ("Netherby"); and a capitalised name right after
//!   "at" ("our client at Brookvale"), which in care posts is far more often
//!   a facility than a town.

use crate::document::Document;
use crate::finding::{Finding, Findings, Suggestion};
use crate::label::Label;
use crate::lexicon::{PhraseMatch, PhraseSet};
use crate::places::{
    glued, is_all_caps, is_capitalized, is_possessive, is_postcode_district, looks_like_place_name,
    name_run_before_allowing, place_type_at, preceded_by, starts_sentence, word_just_before,
    written_as_name, AMBIGUOUS_PLACES, LANDMARK_TYPES, NOT_NAMES, PLACES, STREET_TYPES,
};
use regex::Regex;
use std::sync::LazyLock;

/// Departments and rooms, matched in any case ("labour ward", "side room").
static DEPARTMENTS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/facility_departments.txt")));

/// Department acronyms, matched only when typed in capitals ("ED", "ITU").
static ACRONYMS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/facility_acronyms.txt")));

/// Departments named with everyday words ("theatre", "triage", "majors"):
/// only after a preposition ("in theatre", "back to majors").
static PLAIN_WORD_DEPARTMENTS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_list(include_str!(
        "../data/facility_departments_after_preposition.txt"
    ))
});

/// Specialties that name a clinic or unit when a place word follows
/// ("rheumatology clinic", "sexual health clinic").
static SPECIALTIES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/facility_specialties.txt")));

/// The place words after a specialty ("clinic", "unit", "ward").
static SPECIALTY_HEADS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/facility_specialty_heads.txt")));

/// Community services named by acronym ("CAMHS", "CMHT"): only after a
/// preposition ("moved from CAMHS"), since alone they are often a job or topic.
static SERVICE_ACRONYMS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/facility_service_acronyms.txt")));

/// Hospital names and short forms in common use ("Treliske", "Frenchay").
static HOSPITALS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/facility_hospitals.txt")));

/// Hospital short forms written as acronyms ("ARI", "LGI").
static HOSPITAL_ACRONYMS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/facility_hospital_acronyms.txt")));

/// Towns whose name is also their hospital's ("Ormskirk", "Kingston").
static HOSPITAL_TOWNS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/facility_hospital_towns.txt")));

/// Head nouns that end a facility name when capitalised ("Hospital", "Academy").
static HEADS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/facility_heads.txt")));

/// Head nouns that end a facility name in any case ("care home", "ward", "CMHT").
static LOWERCASE_HEADS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/facility_heads_any_case.txt")));

/// Words that describe a service but do not name it ("children's", "equipment").
static SERVICE_WORDS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/facility_service_words.txt")));

/// Words that alone do not make a name ("Royal", "Community", "Mental").
static GENERIC: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/facility_generic.txt")));

/// Typical ward names (trees, flowers, birds), trusted even at a sentence start.
static WARD_NAMES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/facility_ward_names.txt")));

/// What follows "Royal" when it is not a hospital ("Royal College", "Royal Mail").
static NOT_ROYAL_HOSPITALS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/facility_not_royal.txt")));

/// Shops and pubs, which are places someone was rather than facilities.
static VENUE_WORDS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/location_venues.txt")));

/// "bed 16", "Ward 9C", "Ward C6", "Bay C", "side room 5", "bays 5-8".
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(side[ -]?rooms?|wards?|bays?|beds?|cubicles?|cubicals?|rooms?|theatres?|scanners?|pods?|trolleys?|cots?|bed ?spaces?|resus bays?|resus|chairs?|hdu|itu|icu)[ .#]{0,2}(\d{1,3}[a-z]?|[a-h]\d{1,2}|[a-h])(?-u:\b)(?:\s*(?:[-–]|to|and|&)\s*\d{1,3}(?-u:\b))?",
    )
    .expect("pattern compiles")
});

/// "on 6D", "up to 5 North": a ward code after a preposition.
static WARD_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:on|in|to|onto|from|off|at|On|In|To|From)\s+(\d{1,2}[A-F]|\d{1,2} (?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est))(?-u:\b)",
    )
    .expect("pattern compiles")
});

/// "A&E", "A and E", and the American "L&D" (labor and delivery).
static A_AND_E: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:A ?(?:&|and|n) ?E|[Aa] ?& ?[Ee]|L ?& ?D)(?-u:\b)")
        .expect("pattern compiles")
});

/// Words after a number that make it a quantity, not a bed ("bed 10 days").
const QUANTITY_WORDS: &[&str] = &[
    "hours", "hour", "hrs", "hr", "mins", "minutes", "days", "day", "weeks", "week", "months",
    "years", "yrs", "am", "pm", "times", "percent", "x",
];

/// Counted people or beds after a number ("ward 5 nurses were off"): a
/// quantity after a lowercase place word, but a team after a capitalised one
/// ("Bay 5 nurses unite").
const COUNTED_WORDS: &[&str] = &["people", "patients", "nurses", "staff", "beds"];

/// Words that say a town is standing in for its hospital.
const HOSPITAL_CUES: &[&str] = &[
    "sent",
    "taken",
    "bluelighted",
    "transferred",
    "transfer",
    "admitted",
    "blue",
    "lighted",
    "blued",
    "ambulance",
    "discharged",
    "itu",
    "icu",
    "ed",
    "theatre",
    "shipped",
    "resus",
    "rushed",
    "maternity",
    "ward",
];

/// Words that make a town after "to" or "at" the employer ("applying to
/// Kettering", "my placement at Ormskirk").
const WORK_CUES: &[&str] = &[
    "applying",
    "apply",
    "applied",
    "application",
    "job",
    "jobs",
    "placement",
    "rotation",
    "interview",
    "seconded",
    "secondment",
    "work",
    "working",
    "worked",
    "works",
    "bank",
    "agency",
    "shifts",
];

/// What kind of facility a span names, for the safer wording.
#[derive(Clone, Copy)]
enum Kind {
    Hospital,
    Ward,
    Bed,
    Bay,
    Room,
    Department,
    CareHome,
    School,
    Practice,
    Prison,
    Service,
}

impl Kind {
    fn suggestion(self) -> Suggestion {
        let (replacement, advice) = match self {
            Kind::Hospital => ("a hospital", "Leave out which hospital it was."),
            Kind::Ward => ("a ward", "Leave out which ward it was."),
            Kind::Bed => ("a bed", "Leave out the bed number."),
            Kind::Bay => ("a bay", "Leave out which bay it was."),
            Kind::Room => ("a side room", "Leave out which room it was."),
            Kind::Department => ("hospital", "Leave out which department it was."),
            Kind::CareHome => ("a care home", "Leave out which care home it was."),
            Kind::School => ("a school", "Leave out which school it was."),
            Kind::Practice => ("a GP practice", "Leave out which practice it was."),
            Kind::Prison => ("a prison", "Leave out which prison it was."),
            Kind::Service => (
                "a local service",
                "Leave out which service or employer it was.",
            ),
        };
        Suggestion::replace(replacement, advice)
    }

    /// The kind named by a head or numbered word.
    fn of_word(word: &str) -> Kind {
        let w = word.trim_end_matches('s');
        match w {
            "ward" => Kind::Ward,
            "bed" | "cot" | "trolley" | "chair" | "bed space" | "bedspace" | "pod" => Kind::Bed,
            "bay" | "resus bay" => Kind::Bay,
            "room" | "side room" | "sideroom" | "side-room" | "cubicle" | "cubical" => Kind::Room,
            "care home" | "nursing home" | "residential home" | "lodge" | "house"
            | "residential" | "manor" | "grange" | "court" | "gardens" | "hostel" => Kind::CareHome,
            "school" | "academy" | "high" | "primary" | "college" | "nursery" | "grammar" => {
                Kind::School
            }
            "surgery" | "practice" | "medical centre" | "health centre" | "medical practice" => {
                Kind::Practice
            }
            "prison" | "hmp" | "young offenders institution" => Kind::Prison,
            "hospital" | "infirmary" | "general" | "royal" | "hospice" => Kind::Hospital,
            "ltd" | "limited" | "service" | "trust" | "homecare" | "recruitment" | "team"
            | "cmht" | "council" | "agency" | "healthcare" | "care" | "group" | "partnership" => {
                Kind::Service
            }
            _ => Kind::Department,
        }
    }
}

/// True when the words after `end` make a hospital's name a charity's or a
/// fund's ("Sheffield Children's Hospital Charity"), which places nobody.
fn names_a_charity(doc: &Document, end: usize) -> bool {
    doc.words_after(end, 1).first().is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "charity" | "charities" | "fund" | "appeal" | "radio" | "foundation"
        )
    })
}

fn push(found: &mut Findings, start: usize, end: usize, kind: Kind, confidence: f32) {
    found.push(
        Finding::new(Label::Facility, start, end)
            .confidence(confidence)
            .suggest(kind.suggestion()),
    );
}

/// Adds this recognizer's findings.
pub fn find(doc: &Document, found: &mut Findings) {
    departments(doc, found);
    numbered(doc, found);
    named_after_ward(doc, found);
    let names = named(doc, found);
    hospitals(doc, found);
    after_at(doc, found);
    home_like(doc, found);
    repeated(doc, found, &names);
}

/// Unnamed departments and rooms.
fn departments(doc: &Document, found: &mut Findings) {
    let tokens = doc.tokens();
    let mut add = |start: usize, end: usize, confidence: f32| {
        // "I'm a nurse on a surgical ward": any ward of that kind, not a place.
        let any_such = matches!(
            word_just_before(doc, doc.token_at_or_after(start)),
            Some("a" | "an")
        );
        if !any_such && !names_a_job_or_topic(doc, end) {
            push(found, start, end, Kind::Department, confidence);
        }
    };
    for m in DEPARTMENTS.find_all(doc) {
        let (start, end) = m.span(doc);
        add(start, end, 0.7);
    }
    for m in ACRONYMS.find_all(doc) {
        // "ED", or a lowercase "icu" where only a place fits ("moved to icu").
        let capitals = tokens[m.first..m.stop].iter().all(|t| is_all_caps(doc, t));
        if capitals || preceded_by(doc, m.first, &["on", "in", "to", "into", "from", "at"]) {
            let (_, end) = m.span(doc);
            add(hospital_name_before(doc, m.first), end, 0.7);
        }
    }
    for m in SERVICE_ACRONYMS.find_all(doc) {
        let capitals = tokens[m.first..m.stop].iter().all(|t| is_all_caps(doc, t));
        let prepositions = [
            "from", "to", "into", "at", "in", "under", "with", "by", "via",
        ];
        // "from CAMHS", "to the CMHT", but not "(I work with) CMHT" in brackets.
        let article = word_just_before(doc, m.first).is_some_and(|w| w == "the");
        let preposition_at = if article { m.first - 1 } else { m.first };
        let after_preposition =
            word_just_before(doc, preposition_at).is_some_and(|w| prepositions.contains(&w));
        if capitals && after_preposition {
            let (start, end) = m.span(doc);
            add(start, end, 0.6);
        }
    }
    for m in SPECIALTIES.find_all(doc) {
        if let Some(len) = SPECIALTY_HEADS.longest_at(doc, m.stop) {
            let end = tokens[m.stop + len - 1].end;
            add(tokens[m.first].start, end, 0.7);
        }
    }
    for m in PLAIN_WORD_DEPARTMENTS.find_all(doc) {
        let prepositions = [
            "in", "to", "into", "from", "on", "at", "through", "back", "via",
        ];
        if preceded_by(doc, m.first, &prepositions) {
            let (start, end) = m.span(doc);
            add(start, end, 0.6);
        }
    }
    for m in A_AND_E.find_iter(doc.text()) {
        let first = doc.token_at_or_after(m.start());
        let start = if tokens.get(first).is_some_and(|t| t.start == m.start()) {
            hospital_name_before(doc, first)
        } else {
            m.start()
        };
        add(start, m.end(), 0.7);
    }
}

/// Where a department named at token `first` starts once the hospital name
/// glued before it is included ("Royal Oldham ED", "Kingsmead A&E"): the
/// hospital and its department are one place. Without such a name, the
/// department's own start.
fn hospital_name_before(doc: &Document, first: usize) -> usize {
    let tokens = doc.tokens();
    let allow_generic = |t: &crate::document::Token| GENERIC.contains_word(&t.norm);
    let own_start = tokens.get(first).map_or(0, |t| t.start);
    match name_run_before_allowing(doc, first, 3, allow_generic) {
        Some(name) if good_name(doc, name, first, 1) && !is_possessive(&tokens[first - 1]) => {
            tokens[name].start
        }
        _ => own_start,
    }
}

/// Words after a department name that make it describe a job, a skill or a
/// statistic rather than the place a person was ("ICU nurse", "A&E waiting times").
static JOB_OR_TOPIC_WORDS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/facility_job_or_topic_words.txt")));

/// True when the word after `end` is in [`JOB_OR_TOPIC_WORDS`].
fn names_a_job_or_topic(doc: &Document, end: usize) -> bool {
    doc.words_after(end, 1)
        .first()
        .is_some_and(|t| JOB_OR_TOPIC_WORDS.contains_word(&t.norm))
}

/// Numbered beds, bays, rooms and wards, and ward codes.
fn numbered(doc: &Document, found: &mut Findings) {
    let text = doc.text();
    for caps in NUMBERED.captures_iter(text) {
        let (Some(all), Some(word), Some(number)) = (caps.get(0), caps.get(1), caps.get(2)) else {
            continue;
        };
        let letter_only = number.as_str().chars().all(char::is_alphabetic);
        // "Bay C" but not "bed a" or "a room a friend": a lone letter must be a capital.
        if letter_only && !number.as_str().chars().all(char::is_uppercase) {
            continue;
        }
        if inside_link_or_email(text, all.start(), all.end()) {
            continue;
        }
        let capitalised = word.as_str().starts_with(|c: char| c.is_uppercase());
        let quantity = doc.words_after(all.end(), 1).first().is_some_and(|t| {
            let w = t.norm.as_str();
            QUANTITY_WORDS.contains(&w) || (!capitalised && COUNTED_WORDS.contains(&w))
        });
        if quantity && !letter_only {
            continue;
        }
        let word = word.as_str().to_lowercase();
        push(found, all.start(), all.end(), Kind::of_word(&word), 0.85);
        if word == "ward" && !letter_only {
            hospital_after_ward(doc, found, all.end());
        }
    }
    for caps in WARD_CODE.captures_iter(text) {
        if let Some(code) = caps.get(1) {
            push(found, code.start(), code.end(), Kind::Ward, 0.6);
        }
    }
}

/// "Ward 4 Causeway", "Ward 18 Queen's": staff write the hospital straight
/// after the ward, so a capitalised name glued to a numbered ward is taken as
/// the hospital ("Ward 15 Reunion group" is a group, not a hospital).
fn hospital_after_ward(doc: &Document, found: &mut Findings, ward_end: usize) {
    let tokens = doc.tokens();
    let first = doc.token_at_or_after(ward_end);
    let Some(token) = tokens.get(first) else {
        return;
    };
    if doc.slice(ward_end, token.start) != " " {
        return;
    }
    let Some(stop) = capitalised_run(doc, first, 3) else {
        return;
    };
    let end = tokens[stop - 1].end;
    if !names_a_job_or_topic(doc, end) {
        push(found, token.start, end, Kind::Hospital, 0.6);
    }
}

/// The end (exclusive) of the glued run of up to `max` capitalised words that
/// starts at `first` ("Causeway", "Queen's", "Dewi Sant"), or `None` when the
/// word at `first` is not a name: lowercase, all capitals, a number or one of
/// [`NOT_NAMES`], [`GENERIC`] or [`JOB_OR_TOPIC_WORDS`].
fn capitalised_run(doc: &Document, first: usize, max: usize) -> Option<usize> {
    let tokens = doc.tokens();
    // "Ward 10 Nurses", "Ward 3 Staff": a job or a generic word, not a name.
    let name_like = |t: &crate::document::Token| {
        is_capitalized(doc, t)
            && !is_all_caps(doc, t)
            && !NOT_NAMES.contains_word(&t.norm)
            && !GENERIC.contains_word(&t.norm)
            && !JOB_OR_TOPIC_WORDS.contains_word(&t.norm)
    };
    if !tokens.get(first).is_some_and(name_like) {
        return None;
    }
    let mut stop = first + 1;
    while stop - first < max
        && tokens
            .get(stop)
            .is_some_and(|t| name_like(t) && glued(doc, &tokens[stop - 1], t))
    {
        stop += 1;
    }
    Some(stop)
}

/// Words after "Ward" that make it a job or a routine ("Ward Manager",
/// "Ward Round"), not a ward's name.
const WARD_ROLE_WORDS: &[&str] = &[
    "manager",
    "managers",
    "round",
    "rounds",
    "clerk",
    "clerks",
    "host",
    "hosts",
    "hostess",
    "sister",
    "sisters",
    "staff",
    "nurse",
    "nurses",
    "team",
    "teams",
    "meeting",
    "huddle",
    "office",
    "phone",
    "matron",
    "leader",
    "lead",
    "rota",
    "based",
    "level",
    "pharmacist",
    "assistant",
    "assistants",
    "moves",
    "closures",
    "closed",
    "life",
    "business",
    "budget",
];

/// "Ward Enlli", "Ward Dewi Sant": a ward named by a word after "Ward" (the
/// Welsh order, also common in Scotland), when "Ward" is not a surname
/// ("Mrs Ward", "Jo Ward Smith") or a job ("Ward Manager").
fn named_after_ward(doc: &Document, found: &mut Findings) {
    let tokens = doc.tokens();
    for (i, token) in tokens.iter().enumerate() {
        if token.norm != "ward" || !is_capitalized(doc, token) || is_all_caps(doc, token) {
            continue;
        }
        let surname = i
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|p| {
                glued(doc, p, token) && is_capitalized(doc, p) && !starts_sentence(doc, i)
            });
        let Some(next) = tokens.get(i + 1) else {
            continue;
        };
        if surname || !glued(doc, token, next) || WARD_ROLE_WORDS.contains(&next.norm.as_str()) {
            continue;
        }
        if let Some(stop) = capitalised_run(doc, i + 1, 2) {
            let end = tokens[stop - 1].end;
            if !names_a_job_or_topic(doc, end) {
                push(found, token.start, end, Kind::Ward, 0.75);
            }
        }
    }
}

/// True when the span sits in a word holding `@` or `/` or a dot between
/// letters ("ward31.rota@…", "site/bed2"): part of an email or link.
fn inside_link_or_email(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    let word_start = before.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let word_end = after.find(char::is_whitespace).unwrap_or(after.len());
    let chunk = (
        before.get(word_start..).unwrap_or(""),
        after.get(..word_end).unwrap_or(""),
    );
    let linky = |s: &str| s.contains(['@', '/']) || s.contains("www");
    let dotted = chunk
        .1
        .strip_prefix('.')
        .is_some_and(|rest| rest.starts_with(char::is_alphanumeric));
    linky(chunk.0) || linky(chunk.1) || dotted
}

/// Names ending in a head noun, "Royal <place>", "St <Name>'s" and "HMP <Name>".
/// Returns the names found (their words), for [`repeated`].
fn named(doc: &Document, found: &mut Findings) -> Vec<Vec<String>> {
    let tokens = doc.tokens();
    let mut names = Vec::new();
    let mut at = 0;
    while at < tokens.len() {
        let head_len = head_at(doc, at);
        let Some((len, capital_head)) = head_len else {
            at += 1;
            continue;
        };
        let head = &tokens[at];
        let head_word = tokens[at..at + len]
            .iter()
            .map(|t| t.norm.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        // Lowercase descriptors between name and head: "Wakefield children's services".
        let mut name_end = at;
        while name_end > 0 && at - name_end < 2 && !capital_head {
            let prev = &tokens[name_end - 1];
            if is_capitalized(doc, prev) || !SERVICE_WORDS.contains_word(&prev.norm) {
                break;
            }
            name_end -= 1;
        }
        let allow_generic = |t: &crate::document::Token| GENERIC.contains_word(&t.norm);
        if let Some(first) = name_run_before_allowing(doc, name_end, 5, allow_generic) {
            // "the Dudley team" is a place and a team, not a named service.
            let place_team = !capital_head
                && name_end == at
                && matches!(head.norm.as_str(), "team" | "service" | "services")
                && PLACES.longest_at(doc, first) == Some(name_end - first);
            // "ACL surgery" is an operation; "Park Road surgery" a GP practice.
            let operation = head_word == "surgery"
                && tokens[first..name_end].iter().all(|t| is_all_caps(doc, t));
            let end = tokens[at + len - 1].end;
            if !place_team
                && !operation
                && !names_a_charity(doc, end)
                && good_name(doc, first, name_end, len)
            {
                push(
                    found,
                    tokens[first].start,
                    end,
                    Kind::of_word(&head_word),
                    0.85,
                );
                names.push(
                    tokens[first..name_end]
                        .iter()
                        .map(|t| t.norm.clone())
                        .collect(),
                );
            }
        }
        at += len;
    }
    prefixed(doc, found, &mut names);
    names
}

/// The length of the head noun at token `at`, and whether it is one that must
/// be capitalised.
fn head_at(doc: &Document, at: usize) -> Option<(usize, bool)> {
    let token = doc.tokens().get(at)?;
    if let Some(len) = LOWERCASE_HEADS.longest_at(doc, at) {
        return Some((len, false));
    }
    if is_capitalized(doc, token) || is_all_caps(doc, token) {
        if let Some(len) = HEADS.longest_at(doc, at) {
            return Some((len, true));
        }
    }
    None
}

/// True when the run of words `first..stop` before a head is a real name:
/// not only generic words ("Royal College", "Best Practice"), and not a lone
/// sentence-opening word ("Leaving School") unless it is a known place or
/// ward name.
fn good_name(doc: &Document, first: usize, stop: usize, head_len: usize) -> bool {
    let tokens = doc.tokens();
    let run = &tokens[first..stop];
    // "the Trust's team": a generic word is still generic with an 's.
    let generic = |t: &crate::document::Token| {
        let word = t.norm.trim_end_matches("'s").trim_end_matches('\'');
        GENERIC.contains_word(word)
    };
    if run.iter().all(generic) {
        return false;
    }
    if run.len() == 1 && head_len == 1 && starts_sentence(doc, first) {
        let word = &run[0];
        return PLACES.contains_word(&word.norm)
            || WARD_NAMES.contains_word(&word.norm)
            || looks_like_place_name(doc, word)
            || is_all_caps(doc, word)
            || is_possessive(word);
    }
    true
}

/// "Royal <place>", "St <Name>'s", "HMP <Name>", "Queen Elizabeth".
fn prefixed(doc: &Document, found: &mut Findings, names: &mut Vec<Vec<String>>) {
    let tokens = doc.tokens();
    for (i, token) in tokens.iter().enumerate() {
        if !is_capitalized(doc, token) {
            continue;
        }
        let Some(next) = tokens.get(i + 1) else {
            continue;
        };
        if !is_capitalized(doc, next) || !glued(doc, token, next) {
            continue;
        }
        let kind = match token.norm.as_str() {
            "royal"
                if !NOT_ROYAL_HOSPITALS.contains_word(&next.norm)
                    && (PLACES.longest_at(doc, i + 1).is_some()
                        || AMBIGUOUS_PLACES.longest_at(doc, i + 1).is_some()
                        || HOSPITALS.longest_at(doc, i + 1).is_some()) =>
            {
                Kind::Hospital
            }
            "st" | "saint" | "bishop" | "cardinal" | "archbishop" | "pope"
                if is_possessive(next) && !saints_day(doc, i + 2) =>
            {
                Kind::Hospital
            }
            "hmp" | "hmyoi" | "hmp&yoi" => Kind::Prison,
            _ => continue,
        };
        // Take the whole glued run of capitalised words after the prefix.
        let mut stop = i + 2;
        while let Some(t) = tokens.get(stop) {
            if !glued(doc, &tokens[stop - 1], t)
                || !is_capitalized(doc, t)
                || NOT_NAMES.contains_word(&t.norm)
                || stop - i > 4
            {
                break;
            }
            stop += 1;
        }
        push(found, token.start, tokens[stop - 1].end, kind, 0.8);
        names.push(tokens[i..stop].iter().map(|t| t.norm.clone()).collect());
    }
}

/// True when the word at `index` makes "St Patrick's" a feast day or a herb.
fn saints_day(doc: &Document, index: usize) -> bool {
    doc.tokens().get(index).is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "day"
                | "eve"
                | "night"
                | "wort"
                | "park"
                | "church"
                | "cathedral"
                | "wood"
                | "ambulance"
                | "chapel"
                | "square"
                | "place"
        )
    })
}

/// Well-known hospital names, acronyms, and towns standing in for their hospital.
fn hospitals(doc: &Document, found: &mut Findings) {
    let tokens = doc.tokens();
    // Matched position by position, so a rejected short form ("the Royal" of
    // "the Royal Hospital for Children") does not hide a longer name after it.
    let mut at = 0;
    while at < tokens.len() {
        let Some(len) = HOSPITALS.longest_at(doc, at) else {
            at += 1;
            continue;
        };
        let m = PhraseMatch {
            first: at,
            stop: at + len,
        };
        // "the Royal family", "Queen Elizabeth II": not hospitals.
        let next = tokens.get(m.stop).map(|t| t.norm.as_str());
        let not_hospital = next.is_some_and(|w| NOT_ROYAL_HOSPITALS.contains_word(w) || w == "ii");
        // "King's Cross", "King's Fund": a one-word short name inside a longer
        // name that is not the hospital. A name with a head noun after it
        // ("Frenchay Hospital") is left to the head-noun rule, which sees it whole.
        let longer_name = head_at(doc, m.stop).is_some()
            || (m.stop - m.first == 1
                && tokens
                    .get(m.stop)
                    .is_some_and(|t| is_capitalized(doc, t) && glued(doc, &tokens[m.stop - 1], t)));
        let (start, end) = m.span(doc);
        if written_as_name(doc, m.first, m.stop)
            && !not_hospital
            && !longer_name
            && !names_a_charity(doc, end)
        {
            push(found, start, end, Kind::Hospital, 0.8);
            at = m.stop;
        } else {
            at += 1;
        }
    }
    for m in HOSPITAL_ACRONYMS.find_all(doc) {
        if tokens[m.first..m.stop].iter().all(|t| is_all_caps(doc, t)) {
            let (start, end) = m.span(doc);
            push(found, start, end, Kind::Hospital, 0.75);
        }
    }
    for m in HOSPITAL_TOWNS.find_all(doc) {
        let (start, end) = m.span(doc);
        // "sent to Ormskirk", but not "Reading the ward notes".
        let after_preposition = preceded_by(doc, m.first, &["to", "at", "in", "from", "into"]);
        // "applying to Kettering", "a job at Ormskirk": the employer, but
        // "I work in Bury" is the town.
        let employer =
            preceded_by(doc, m.first, &["to", "at"]) && doc.has_word_near(start, end, 4, WORK_CUES);
        if is_capitalized(doc, &tokens[m.first])
            && after_preposition
            && (doc.has_word_near(start, end, 4, HOSPITAL_CUES) || employer)
        {
            push(found, start, end, Kind::Hospital, 0.6);
        }
    }
}

/// "at <Name>": staff say "at Brookvale", "at Highcliffe" for the place
/// they work or the person stays, so a capitalised name right after "at" is
/// taken as a facility (in the corpora "at" comes before a facility far more
/// often than before a town). Shops and pubs are left to the location
/// recognizer.
fn after_at(doc: &Document, found: &mut Findings) {
    let tokens = doc.tokens();
    for (i, token) in tokens.iter().enumerate() {
        if word_just_before(doc, i) != Some("at")
            || !is_capitalized(doc, token)
            || is_all_caps(doc, token)
            || NOT_NAMES.contains_word(&token.norm)
            || is_possessive(token)
            || VENUE_WORDS.longest_at(doc, i).is_some()
        {
            continue;
        }
        let mut stop = i + 1;
        while let Some(t) = tokens.get(stop) {
            if stop - i >= 3
                || !is_capitalized(doc, t)
                || is_all_caps(doc, t)
                || NOT_NAMES.contains_word(&t.norm)
                || !glued(doc, &tokens[stop - 1], t)
            {
                break;
            }
            stop += 1;
        }
        // "at Flat 12", "at Brookvale, KA27 8AB": an address, not a facility.
        let address_follows = tokens.get(stop).is_some_and(|t| {
            t.norm.starts_with(|c: char| c.is_ascii_digit()) || is_postcode_district(doc, t)
        });
        // "at Preston bus station", "at Clifton Park": a place, left to the
        // location recognizer.
        let last = stop - 1;
        let ends_in_place_type = last > i
            && (STREET_TYPES.longest_at(doc, last).is_some()
                || LANDMARK_TYPES.longest_at(doc, last).is_some());
        if !address_follows && !place_type_at(doc, stop) && !ends_in_place_type {
            push(
                found,
                token.start,
                tokens[stop - 1].end,
                Kind::Hospital,
                0.5,
            );
        }
    }
}

/// Street-type words that also end the names of care homes and supported
/// housing ("Primrose Court", "Linden Gardens").
const HOME_LIKE_HEADS: &[&str] = &["court", "gardens", "view", "heights", "mews"];

/// Words near a name that say it is a care home, not a street ("room 14 at
/// Primrose Court", "the residents of Linden Gardens").
const CARE_HOME_CUES: &[&str] = &[
    "room",
    "resident",
    "residents",
    "residential",
    "lounge",
    "dementia",
    "activities",
    "carers",
    "nursing",
    "manager",
    "staff",
];

/// "<Name> Court" with care-home words nearby: the home, not a street.
fn home_like(doc: &Document, found: &mut Findings) {
    let tokens = doc.tokens();
    for (i, token) in tokens.iter().enumerate() {
        if !HOME_LIKE_HEADS.contains(&token.norm.as_str()) || !is_capitalized(doc, token) {
            continue;
        }
        let Some(first) = crate::places::name_run_before(doc, i, 3) else {
            continue;
        };
        let start = tokens[first].start;
        let numbered = first
            .checked_sub(1)
            .and_then(|b| tokens.get(b))
            .is_some_and(|b| b.norm.starts_with(|c: char| c.is_ascii_digit()));
        if !numbered
            && good_name(doc, first, i, 1)
            && doc.has_word_near(start, token.end, 8, CARE_HOME_CUES)
        {
            push(found, start, token.end, Kind::CareHome, 0.6);
        }
    }
}

/// A name found with its head, used again on its own ("Netherby").
fn repeated(doc: &Document, found: &mut Findings, names: &[Vec<String>]) {
    // "Netherby Community" is looked for again as "Netherby"; a town name
    // ("Leeds" of "Leeds Hospitals") stays a place when it comes back alone.
    let wanted: Vec<String> = names
        .iter()
        .map(|n| {
            let keep = n
                .iter()
                .rposition(|w| !GENERIC.contains_word(w))
                .map_or(0, |i| i + 1);
            n[..keep].join(" ")
        })
        .filter(|n| !n.is_empty() && !is_place(n))
        .take(12)
        .collect();
    if wanted.is_empty() {
        return;
    }
    let set = PhraseSet::new(wanted.iter().map(String::as_str));
    let tokens = doc.tokens();
    for m in set.find_all(doc) {
        let (start, end) = m.span(doc);
        if is_capitalized(doc, &tokens[m.first]) && !found.covers(start, end) {
            push(found, start, end, Kind::Hospital, 0.7);
        }
    }
}

/// True when the words are exactly a known place.
fn is_place(name: &str) -> bool {
    let doc = Document::new(name);
    PLACES.longest_at(&doc, 0) == Some(doc.tokens().len())
        || AMBIGUOUS_PLACES.longest_at(&doc, 0) == Some(doc.tokens().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facilities(text: &str) -> Vec<&str> {
        crate::recognizers::testing::spans(find, text)
    }

    fn has(text: &str, want: &str) -> bool {
        facilities(text).contains(&want)
    }

    #[test]
    fn departments_and_rooms() {
        assert!(has("brought straight into resus by the crew", "resus"));
        assert!(has("she was moved to ITU overnight", "ITU"));
        assert!(has("sat in A&E for nine hours", "A&E"));
        assert!(has("put him in the side room", "side room"));
        assert!(has("went back to theatre", "theatre"));
        assert!(has("born on the labour ward", "labour ward"));
        assert!(has("moved to icu overnight", "icu"));
        assert!(has("sat in a&e all night", "a&e"));
        assert!(facilities("Ed and I went out").is_empty());
    }

    #[test]
    fn numbered_places() {
        assert!(has("the man in bed 16 kept shouting", "bed 16"));
        assert!(has("moved up to Ward 9C", "Ward 9C"));
        assert!(has("chaos in Bay C", "Bay C"));
        assert!(has("cubicle 11 again", "cubicle 11"));
        assert!(has("she's on 6D now", "6D"));
        assert!(has("transferred to 5 North", "5 North"));
        assert!(has("side room 5 is free", "side room 5"));
        assert!(facilities("email ward31.rota@example.org").is_empty());
    }

    #[test]
    fn named_places() {
        assert!(has(
            "a resident at Greenfield Care Home",
            "Greenfield Care Home"
        ));
        assert!(has("he's on Hawthorn ward", "Hawthorn ward"));
        assert!(has(
            "referred from Hollybank Medical Centre",
            "Hollybank Medical Centre"
        ));
        assert!(has("the lad from Moorside Academy", "Moorside Academy"));
        assert!(has("she is in HMP Holloway", "HMP Holloway"));
        assert!(has("admitted to St Benedict's last week", "St Benedict's"));
        assert!(has("blue-lighted to Royal Stockport", "Royal Stockport"));
        assert!(has(
            "I work for Silver Lining Staffing Ltd",
            "Silver Lining Staffing Ltd"
        ));
        assert!(has(
            "the Wakefield children's services team",
            "Wakefield children's services"
        ));
        assert!(has("transferred to Treliske", "Treliske"));
        assert!(has(
            "the Netherby Community Hospital, then Netherby again",
            "Netherby"
        ));
    }

    #[test]
    fn hard_negatives() {
        assert!(facilities("the NHS is under pressure and every hospital is full").is_empty());
        assert!(facilities("Ed said he would cover a ward shift").is_empty());
        assert!(facilities("I'm a member of the Royal College of Nursing").is_empty());
        assert!(facilities("Mr Ward was lovely to talk to").is_empty());
        assert!(facilities("best practice is to ask your GP").is_empty());
        assert!(facilities("Leaving School was hard").is_empty());
        assert!(facilities("he stayed in bed 10 days").is_empty());
        assert!(facilities("happy St Patrick's Day everyone").is_empty());
        assert!(facilities("the unit was busy and wards were closed").is_empty());
        assert!(facilities("she watched the theatre show").is_empty());
    }

    #[test]
    fn at_a_name_is_a_facility_unless_an_address_follows() {
        assert!(has(
            "our client at Brookvale has had another fall",
            "Brookvale"
        ));
        assert!(has(
            "the place of safety at Highcliffe was full",
            "Highcliffe"
        ));
        assert!(!has("lives alone at Brookvale, KA27 8AB", "Brookvale"));
        assert!(facilities("she lives at Flat 12, 9 Mill Lane").is_empty());
        assert!(facilities("see you all at Christmas").is_empty());
    }

    #[test]
    fn more_shapes() {
        assert!(has("went to the Park Road surgery", "Park Road surgery"));
        assert!(has("ENT clinic on Tuesday", "ENT clinic"));
        assert!(has("a gent on Kestrel ward", "Kestrel ward"));
        assert!(has("the boy from Springwell Primary", "Springwell Primary"));
        assert!(has(
            "pupils at Bishop Wilson's were told",
            "Bishop Wilson's"
        ));
        assert!(has("sent him down to X-ray", "X-ray"));
        assert!(has(
            "Great Ormond Street Hospital",
            "Great Ormond Street Hospital"
        ));
        assert!(has("Bay 5–8 of the ward", "Bay 5–8"));
        assert!(has("Mr Jones in 6D", "6D"));
        assert!(has(
            "at the Royal Hospital for Children Bristol",
            "Royal Hospital for Children"
        ));
        assert!(has("blue-lighted to the Royal", "the Royal"));
    }

    #[test]
    fn more_hard_negatives() {
        for text in [
            "I'm in recovery and doing well",
            "She's on maternity leave",
            "had an X-ray of her wrist",
            "after ACL surgery",
            "Hip surgery went well",
            "St John's Ambulance volunteers",
            "Social Services were called",
            "Health and Care Professions Council rules",
            "best practice in Clinical Practice",
            "the Dudley team said no",
            "Kerry-Marie was on shift",
            "Reading the ward notes again",
            "ED nurses deserve a pay rise",
            "resus training next week",
            "A&E waiting times are the worst ever",
            "give to the Sheffield Children's Hospital Charity",
            "The King's Fund report",
            "our ward won the Trust's team award",
            "I'm a healthcare assistant on a cardiac ward",
        ] {
            assert!(facilities(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn wards_named_after_the_word_ward() {
        assert!(has("settled on Ward Dyfrdwy overnight", "Ward Dyfrdwy"));
        assert!(has("Ward Afon Lwyd was heaving", "Ward Afon Lwyd"));
        assert!(has("back to Ward C6 after theatre", "Ward C6"));
        assert!(has("on Ward 12 Brynmawr, still agitated", "Brynmawr"));
        assert!(has("she's on Ward 3 St Cadoc's now", "St Cadoc's"));
        assert!(facilities("our Ward Manager is off").is_empty());
        assert!(facilities("Mrs Ward Jones was lovely").is_empty());
        assert!(!has("the Ward 15 Reunion group met", "Reunion"));
        for text in [
            "thanks to the Ward 12 Team for everything",
            "on Ward 5 Christmas was chaos",
            "Ward 7 Staff Nurse needed",
            "Ward 4 Sister said no",
            "back on Ward 6 Monday",
            "Ward 10 Nurses rock",
            "the Ward 2 Summer Fair",
        ] {
            let found = facilities(text);
            assert!(
                found.iter().all(|f| f.starts_with("Ward")),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn services_clinics_and_homes() {
        assert!(has("saw him at the diabetes clinic", "diabetes clinic"));
        assert!(has(
            "sent her to the sexual health clinic",
            "sexual health clinic"
        ));
        assert!(has("one of the day centre regulars", "day centre"));
        assert!(has(
            "staff at her supported living flat",
            "supported living"
        ));
        assert!(has("moved from CAMHS to the adult team", "CAMHS"));
        assert!(has(
            "a lad from the Larchfield assisted living",
            "Larchfield assisted living"
        ));
        assert!(has("assessed at the Willows CDC", "Willows CDC"));
        assert!(has("Thornbury Care are hopeless", "Thornbury Care"));
        assert!(has("a fresher at Keele Uni", "Keele Uni"));
        assert!(has("her room 3 at Lilac Court is lovely", "Lilac Court"));
        assert!(has("Royal Bolton ED sent him home", "Royal Bolton ED"));
        assert!(has("a toddler on Paeds with croup", "Paeds"));
        assert!(has(
            "if you're thinking of applying to Ormskirk, don't",
            "Ormskirk"
        ));
        assert!(has("Bay 3 nurses are the best", "Bay 3"));
        assert!(facilities("ward 5 nurses were off sick").is_empty());
        assert!(facilities("the CAMHS nurse rang").is_empty());
        assert!(facilities("a dog walker at Clifton Park").is_empty());
        assert!(facilities("she lives on Lilac Court").is_empty());
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            "bed",
            "Royal",
            "St",
            "🦸 Ward 5 🦸",
            "é bay ä",
            "HMP",
            "in Bay",
        ] {
            let _ = facilities(text);
        }
    }
}
