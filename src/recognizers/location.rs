//! Recognizer: locations that place a person (town, street, estate, landmark).
//!
//! "A lady from Dudley" or "the takeaway on Mill Road" lets neighbours work
//! out who a post is about, so LABELS.md counts towns, districts, streets
//! without a house number, estates and landmarks as LOCATION.
//!
//! Rules, from most to least certain:
//! - a gazetteer of UK, Irish and major world places, taken when capitalised;
//!   places that are also everyday words or first names ("Reading", "Hope",
//!   "Leigh") only after a preposition ("in Reading");
//! - shapes: "<Name> Road/Street/Lane…", "<Name> estate", "<Name> Bridge",
//!   "<Name> skate park", a road number after "the" ("the A614", "the M62");
//! - shops and pubs where someone was seen ("outside Tesco", "the Red Lion"),
//!   only after a preposition, since a brand alone places nobody;
//! - a capitalised name after "in", "near" or "outside" that nothing else has
//!   claimed ("grew up in Ypsilanti"), so places missing from the gazetteer are
//!   still caught.
//!
//! A place is dropped when the words around it say it is not where someone
//! is: a group, service or event named after it ("Seattle nurses", "the
//! Leeds equipment service", "the Manchester 10k"), an event held there ("the
//! Congress in Liverpool"), or the end of a facility's name found before it
//! ("Queen Elizabeth Hospital Birmingham").

use crate::document::Document;
use crate::finding::{Finding, Findings, Suggestion};
use crate::label::Label;
use crate::lexicon::PhraseSet;
use crate::places::{
    is_all_caps, is_capitalized, is_possessive, is_postcode_district, name_run_before,
    part_of_compound, preceded_by, starts_sentence, word_just_before, written_as_name,
    AMBIGUOUS_PLACES, LANDMARK_TYPES, NOT_NAMES, PLACES, PLACE_PREPOSITIONS, STREET_TYPES, TITLES,
    WEAK_STREET_TYPES,
};
use regex::Regex;
use std::sync::LazyLock;

/// Shops, chains and pubs that place someone when they are "at" one.
static VENUES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/location_venues.txt")));

/// Famous streets named in news and TV, not where a person is.
static NOT_STREETS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/location_not_streets.txt")));

/// "the A614", "the M62", "off I-94".
static ROAD_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[Tt]he +((?:A|M|B)\d{1,4}(?:\(M\))?)|(?:on|off|along|near) +(I-\d{1,3}))(?-u:\b)")
        .expect("pattern compiles")
});

/// Words that stop a capitalised name after "in" being a place ("in Pain").
const NOT_AFTER_IN: &[&str] = &[
    "shape", "charge", "time", "case", "fact", "touch", "general",
];

/// Prepositions after which an unknown capitalised name is probably a place.
const LOCATIVE: &[&str] = &["in", "near", "outside", "around", "nr"];

/// Adds this recognizer's findings.
pub fn find(doc: &Document, found: &mut Findings) {
    gazetteer(doc, found);
    streets_and_landmarks(doc, found);
    welsh_streets(doc, found);
    venues(doc, found);
    roads(doc, found);
    unknown_after_preposition(doc, found);
}

/// Words after a place that make it the name of a group, a service or an
/// event rather than where someone is ("Seattle nurses", "the Leeds
/// equipment service", "the Manchester 10k").
const NOT_WHERE_AFTER: &[&str] = &[
    "nurses",
    "peeps",
    "folks",
    "followers",
    "colleagues",
    "group",
    "groups",
    "service",
    "services",
    "charity",
    "charities",
    "trust",
    "council",
    "10k",
    "5k",
    "marathon",
    "half",
    "parkrun",
    "conference",
    "congress",
    "convention",
    "branch",
    "network",
    "chapter",
    "hospitals",
    "university",
    "uni",
];

/// Events: a place after one of these ("the RCN Congress in Liverpool", "a
/// session in Caernarfon") is where the event is, not where a person is.
const EVENTS: &[&str] = &[
    "congress",
    "conference",
    "convention",
    "session",
    "sessions",
    "summit",
    "festival",
    "awards",
    "webinar",
    "workshop",
    "roadshow",
    "exhibition",
    "expo",
    "symposium",
    "launch",
];

/// True when the place at `start..end` names a group, a service or an event,
/// or finishes a facility's name ("Queen Elizabeth Hospital Birmingham").
fn not_where_someone_is(doc: &Document, found: &Findings, start: usize, end: usize) -> bool {
    // The next two words, as long as only spaces separate them from the place.
    let mut previous_end = end;
    let names_group = doc
        .words_after(end, 2)
        .iter()
        .take_while(|t| {
            let gap = doc.slice(previous_end, t.start);
            previous_end = t.end;
            !gap.is_empty() && gap.chars().all(|c| c == ' ')
        })
        .enumerate()
        .any(|(k, t)| NOT_WHERE_AFTER.contains(&t.norm.as_str()) && (k == 0 || t.norm != "half"));
    let (sentence_start, _) = doc.sentence_around(start);
    let at_event = doc
        .words_before(start, 6)
        .iter()
        .any(|t| t.start >= sentence_start && EVENTS.contains(&t.norm.as_str()));
    // A facility name ending right before, separated by one space.
    let ends_facility = start >= 2
        && doc.slice(start - 1, start) == " "
        && found.near(&[Label::Facility], start - 2, start - 1, 0);
    // "Congrats to Tyrone", "thanks to Florence": a person being thanked.
    let before = doc.words_before(start, 2);
    let greeted =
        before.len() == 2 && before[1].norm == "to" && GREETINGS.contains(&before[0].norm.as_str());
    names_group || at_event || ends_facility || greeted
}

/// Words before "to <Name>" that greet or thank a person, whose name may
/// also be a place's ("Congrats to Tyrone").
const GREETINGS: &[&str] = &[
    "congrats",
    "congratulations",
    "thanks",
    "you",
    "out",
    "shoutout",
    "cheers",
    "birthday",
    "welcome",
    "goes",
    "love",
];

fn push(found: &mut Findings, doc: &Document, start: usize, end: usize, confidence: f32) {
    if not_where_someone_is(doc, found, start, end) {
        return;
    }
    let first = doc.token_at_or_after(start);
    let suggestion = if preceded_by(doc, first, PLACE_PREPOSITIONS) {
        Suggestion::replace("the area", "Say \"the area\" instead of naming the place.")
    } else {
        Suggestion::replace("local", "Leave out the place name.")
    };
    found.push(
        Finding::new(Label::Location, start, end)
            .confidence(confidence)
            .suggest(suggestion),
    );
}

/// Known places.
fn gazetteer(doc: &Document, found: &mut Findings) {
    let tokens = doc.tokens();
    for m in PLACES.find_all(doc) {
        if written_as_name(doc, m.first, m.stop) && !part_of_compound(doc, m.first, m.stop) {
            let (start, end) = m.span(doc);
            push(found, doc, start, end, 0.8);
        }
    }
    for m in AMBIGUOUS_PLACES.find_all(doc) {
        // "in Reading", or "Leigh WN7" at the end of an address.
        let before_postcode = tokens
            .get(m.stop)
            .is_some_and(|t| is_postcode_district(doc, t));
        let after_preposition = !starts_sentence(doc, m.first)
            && preceded_by(
                doc,
                m.first,
                &["in", "from", "near", "outside", "around", "nr", "to"],
            );
        if written_as_name(doc, m.first, m.stop)
            && !part_of_compound(doc, m.first, m.stop)
            && (after_preposition || before_postcode)
        {
            let (start, end) = m.span(doc);
            push(found, doc, start, end, 0.6);
        }
    }
}

/// "<Name> Road", "<Name> estate", "<Name> Bridge".
fn streets_and_landmarks(doc: &Document, found: &mut Findings) {
    let tokens = doc.tokens();
    for (i, token) in tokens.iter().enumerate() {
        let len = if let Some(len) = STREET_TYPES.longest_at(doc, i) {
            len
        } else if let Some(len) = LANDMARK_TYPES.longest_at(doc, i) {
            len
        } else if is_capitalized(doc, token) {
            match WEAK_STREET_TYPES.longest_at(doc, i) {
                Some(len) => len,
                None => continue,
            }
        } else {
            continue;
        };
        let Some(first) = name_run_before(doc, i, 3) else {
            continue;
        };
        let run = &tokens[first..i];
        // After a house number it is an address; after "Mrs" a person.
        let before = first.checked_sub(1).and_then(|b| tokens.get(b));
        let numbered_or_titled = before.is_some_and(|b| {
            b.norm.starts_with(|c: char| c.is_ascii_digit()) || TITLES.contains(&b.norm.as_str())
        });
        if numbered_or_titled
            || run.iter().any(|t| is_all_caps(doc, t) || is_possessive(t))
            || (run.len() == 1 && starts_sentence(doc, first) && !is_capitalized(doc, token))
        {
            continue;
        }
        if NOT_STREETS.longest_at(doc, first).is_some() {
            continue;
        }
        let end = tokens[i + len - 1].end;
        push(found, doc, tokens[first].start, end, 0.75);
    }
}

/// Welsh street and estate names put the type first: "Heol y Felin",
/// "Maes y Felin", "Ffordd Las".
fn welsh_streets(doc: &Document, found: &mut Findings) {
    const TYPES: &[&str] = &[
        "heol", "maes", "stryd", "ffordd", "lon", "lôn", "rhodfa", "cilgant", "clos", "parc",
        "plas", "ystad",
    ];
    let tokens = doc.tokens();
    for (i, token) in tokens.iter().enumerate() {
        if !TYPES.contains(&token.norm.as_str()) || !is_capitalized(doc, token) {
            continue;
        }
        let mut stop = i + 1;
        // An article may come between: "y", "yr", "'r".
        if tokens
            .get(stop)
            .is_some_and(|t| matches!(t.norm.as_str(), "y" | "yr" | "r"))
        {
            stop += 1;
        }
        match tokens.get(stop) {
            Some(t) if is_capitalized(doc, t) && !NOT_NAMES.contains_word(&t.norm) => {
                push(found, doc, token.start, t.end, 0.6);
            }
            _ => {}
        }
    }
}

/// Shops and pubs after a preposition ("outside Tesco", "at the Red Lion").
fn venues(doc: &Document, found: &mut Findings) {
    let tokens = doc.tokens();
    for m in VENUES.find_all(doc) {
        let locative = [
            "at", "in", "outside", "near", "behind", "by", "from", "into", "opposite", "round",
            "past", "inside", "to", "of", "down",
        ];
        // "the Co-op": the brand's first word carries the capital.
        let first = if tokens[m.first].norm == "the" {
            m.first + 1
        } else {
            m.first
        };
        let capitalised = tokens.get(first).is_some_and(|t| is_capitalized(doc, t));
        // "thanks to Costa for the coffee" thanks a brand; it places nobody.
        let thanked = m.first >= 2
            && word_just_before(doc, m.first) == Some("to")
            && matches!(
                tokens[m.first - 2].norm.as_str(),
                "thanks" | "you" | "out" | "shoutout" | "cheers"
            );
        if capitalised && !thanked && preceded_by(doc, m.first, &locative) {
            let (start, end) = m.span(doc);
            push(found, doc, start, end, 0.6);
        }
    }
}

/// Road numbers.
fn roads(doc: &Document, found: &mut Findings) {
    for caps in ROAD_NUMBER.captures_iter(doc.text()) {
        if let Some(road) = caps.get(1).or_else(|| caps.get(2)) {
            push(found, doc, road.start(), road.end(), 0.7);
        }
    }
}

/// A capitalised name nothing else claimed, right after "in", "near",
/// "outside" ("grew up in Pilsen").
fn unknown_after_preposition(doc: &Document, found: &mut Findings) {
    let tokens = doc.tokens();
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        let after_preposition = word_just_before(doc, i).is_some_and(|w| LOCATIVE.contains(&w));
        if !after_preposition
            || !is_capitalized(doc, token)
            || is_all_caps(doc, token)
            || NOT_NAMES.contains_word(&token.norm)
            || starts_sentence(doc, i)
        {
            i += 1;
            continue;
        }
        // The glued run of capitalised words (up to three).
        let mut stop = i + 1;
        while let Some(t) = tokens.get(stop) {
            if stop - i >= 3
                || !is_capitalized(doc, t)
                || is_all_caps(doc, t)
                || NOT_NAMES.contains_word(&t.norm)
                || !crate::places::glued(doc, &tokens[stop - 1], t)
            {
                break;
            }
            stop += 1;
        }
        let run = &tokens[i..stop];
        // "Nurses in Crisis", "Excellence in Practice": a title, not a place.
        let title_case = i >= 2
            && tokens
                .get(i - 2)
                .is_some_and(|t| is_capitalized(doc, t) && !starts_sentence(doc, i - 2));
        let next_is_lowercase_noun = tokens
            .get(stop)
            .is_some_and(|t| NOT_AFTER_IN.contains(&t.norm.as_str()));
        let (start, end) = (token.start, tokens[stop - 1].end);
        if !title_case
            && !run.iter().any(is_possessive)
            && !next_is_lowercase_noun
            && !found.covers(start, end)
        {
            push(found, doc, start, end, 0.5);
        }
        i = stop;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locations(text: &str) -> Vec<&str> {
        crate::recognizers::testing::spans(find, text)
    }

    fn has(text: &str, want: &str) -> bool {
        locations(text).contains(&want)
    }

    #[test]
    fn known_places() {
        assert!(has("an older man from Dudley", "Dudley"));
        assert!(has("Grimsby lad, lovely family", "Grimsby"));
        assert!(has(
            "lives up in Newcastle upon Tyne",
            "Newcastle upon Tyne"
        ));
        assert!(has("she moved to Reading last year", "Reading"));
        assert!(has("grew up in Ypsilanti", "Ypsilanti"));
    }

    #[test]
    fn streets_estates_landmarks() {
        assert!(has("found wandering on Hollowmead Road", "Hollowmead Road"));
        assert!(has("the takeaway on Mill road", "Mill road"));
        assert!(has("he's off the Ashgrove estate", "Ashgrove estate"));
        assert!(has("standing on the Humber Bridge", "Humber Bridge"));
        assert!(has("collapsed outside Tesco Express", "Tesco Express"));
        assert!(has("crash on the A614 this morning", "A614"));
        assert!(has("lives at Birch Court", "Birch Court"));
    }

    #[test]
    fn hard_negatives() {
        assert!(locations("Reading the notes again tonight").is_empty());
        assert!(locations("bath time is the best bit of the shift").is_empty());
        assert!(locations("No Way am I doing that").is_empty());
        assert!(locations("Tesco vouchers for all staff").is_empty());
        assert!(locations("I was in March on annual leave").is_empty());
        assert!(locations("she is in Sarah's room").is_empty());
        assert!(locations("print it on A4 paper").is_empty());
        assert!(locations("Hope you all have a good shift").is_empty());
        assert!(locations("real estate agents").is_empty());
    }

    #[test]
    fn more_places() {
        assert!(has("a Walthamstow lad with a broken leg", "Walthamstow"));
        assert!(has("lives on the Hillside estate in Grimsby", "Grimsby"));
        assert!(has(
            "found near Stonebridge Lane by the canal",
            "Stonebridge Lane"
        ));
        assert!(has("shouting outside Greggs again", "Greggs"));
        assert!(has("the fire at the Co-op last night", "Co-op"));
        assert!(has("7 Alder Way, Leigh WN7 1AB", "Leigh"));
        assert!(has("flew home to the Western Isles", "the Western Isles"));
        assert!(has("off I-94 near Fargo", "I-94"));
        assert!(has("lives on Maes y Felin with her son", "Maes y Felin"));
    }

    #[test]
    fn more_hard_negatives() {
        for text in [
            "Hope you settle in, Doris!",
            "Mrs Iris Hill was lovely",
            "Kerry-Jane was lovely",
            "Keep it in Mind, folks",
            "Student nurses in England deserve better",
            "put it in Excel",
            "Drive safely and Close the door",
            "9 Mill Lane",
            "a present from Mum",
        ] {
            assert!(locations(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn groups_events_and_facility_names_are_not_where_someone_is() {
        for text in [
            "Bristol nurses, any tips?",
            "the Sheffield equipment service is slow",
            "running the Brighton 10k for charity",
            "speaking at the RCN Congress in Glasgow",
            "Congrats to Lincoln on passing his driving test",
        ] {
            assert!(locations(text).is_empty(), "{text}");
        }
        // A town finishing a facility's name found before it.
        let text = "the Royal Hospital for Children Glasgow";
        let doc = Document::new(text);
        let mut found = Findings::default();
        found.push(Finding::new(Label::Facility, 4, 31));
        find(&doc, &mut found);
        assert!(!found.has(Label::Location));
        assert!(has("a lad from Bristol, nurses were lovely", "Bristol"));
    }

    #[test]
    fn blocks_and_workplaces() {
        assert!(has("found outside the Hillcrest flats", "Hillcrest flats"));
        assert!(has(
            "works at the Glenlivet distillery",
            "Glenlivet distillery"
        ));
        assert!(has("benches at Victoria Park", "Victoria Park"));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in ["", "in", "in 🦸", "Road", "the A", "é Street ä", "in Ä Ö"] {
            let _ = locations(text);
        }
    }
}
