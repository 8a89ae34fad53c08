//! Recognizer: the age of one person ("72yo", "72-year-old", "aged 16",
//! "seventeen-year-old", "in her 90s", "mid-20s", "40-something", "29yo F",
//! "67M", "Name, 84,", "Ollie (4)", "Mrs K 83", "she's 17", "turned 90",
//! "her 16th", "100th birthday", "Happy 100th", "96 years young", "Year 9",
//! "bay 3: 88,", "(40s, beard)", "(nearly 100)", "boys (6 and 9)",
//! "pregnant at 13", "born at 24 weeks").
//!
//! An exact age narrows down who a patient is, so every common way of
//! writing one counts, but only when it is one person's age: ranges and
//! populations ("adults aged 65+", "aged 18-25", "people in their 80s") are
//! statistics, numbers followed by a unit ("she's 5 minutes away") are counts
//! or durations, and the author's own age or family ("I'm 34", "my 40th
//! birthday", "my 14-year-old son") is not a service user's. Bare numbers
//! (", 84,") count only in the shapes notes and posts use for ages: between
//! commas or in brackets after a word, or after a titled name.
//!
//! Bracketed and listed numbers need an owner before them: a name, a word
//! for a person ("her daughter (9)"), a bed or bay just named ("bed 4 (19,
//! ...)"), or a name a few words back; counts ("falls (14)") have none.
//!
//! Each finding suggests a broad age band instead of the exact age.

mod informal;

use crate::calendar;
use crate::care_context;
use crate::document::{Document, Token};
use crate::finding::{Finding, Findings, Suggestion};
use crate::label::Label;
use crate::lexicon::PhraseSet;
use std::sync::LazyLock;

static NOT_AGES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/age_not_ages.txt")));

/// The oldest age taken as a person's age.
const MAX_AGE: u32 = 115;

/// Adds this recognizer's findings.
pub fn find(doc: &Document, found: &mut Findings) {
    let tokens = doc.tokens();
    let mut i = 0;
    while i < tokens.len() {
        let hit = years_old(doc, i)
            .or_else(|| sex_suffixed(doc, i))
            .or_else(|| aged(doc, i))
            .or_else(|| decade(doc, i))
            .or_else(|| turned_or_birthday(doc, i))
            .or_else(|| gestation(doc, i))
            .or_else(|| school_year(doc, i))
            .or_else(|| copula(doc, i))
            .or_else(|| person_of(doc, i))
            .or_else(|| life_event_at(doc, i))
            .or_else(|| at_age_opening(doc, i))
            .or_else(|| hedged_in_brackets(doc, i))
            .or_else(|| listed(doc, i))
            .or_else(|| titled_name(doc, i))
            .or_else(|| informal::after_person(doc, i))
            .or_else(|| informal::a_something(doc, i))
            .or_else(|| informal::lowercase_sex(doc, i))
            .or_else(|| informal::generation(doc, i));
        match hit {
            // "My mum, 84,", "my nan in her 90s": the author's family.
            Some(hit) if care_context::own_family_before(doc, tokens[hit.first].start, 4) => {
                i = hit.last + 1;
            }
            Some(hit) => {
                // "aged 3 and 5", "(6 and 9)": a second child's age.
                let second = and_another(doc, hit.last);
                for hit in std::iter::once(hit).chain(second) {
                    let (start, end) = (tokens[hit.first].start, tokens[hit.last].end);
                    found.push(
                        Finding::new(Label::Age, start, end)
                            .confidence(hit.confidence)
                            .suggest(band(hit.age)),
                    );
                    i = hit.last + 1;
                }
            }
            None => i += 1,
        }
    }
}

/// A matched age: first and last token (inclusive), the age it gives, and
/// how sure the shape is.
struct Hit {
    first: usize,
    last: usize,
    age: u32,
    confidence: f32,
}

fn hit(first: usize, last: usize, age: u32, confidence: f32) -> Option<Hit> {
    (age <= MAX_AGE).then_some(Hit {
        first,
        last,
        age,
        confidence,
    })
}

/// The broad age band to write instead of an exact age.
fn band(age: u32) -> Suggestion {
    let words = match age {
        0 => "a baby",
        1..=12 => "a child",
        13..=17 => "a teenager",
        18..=29 => "a young adult",
        30..=64 => "an adult",
        _ => "an older adult",
    };
    Suggestion::replace(words, "Give a broad age group instead of the exact age.")
}

fn norm<'d>(doc: &'d Document, i: usize) -> &'d str {
    doc.tokens().get(i).map_or("", |t| t.norm.as_str())
}

/// A number at token `i`, digits or words ("seventeen", "forty-two"), and
/// how many tokens it used.
fn number_at(doc: &Document, i: usize) -> Option<(u32, usize)> {
    let tok = doc.tokens().get(i)?;
    if let Some(n) = calendar::number(&tok.norm).filter(|_| tok.is_numeric()) {
        return Some((n, 1));
    }
    let next = doc
        .tokens()
        .get(i + 1)
        .filter(|t| doc.slice(tok.end, t.start) == "-")
        .map(|t| t.norm.as_str());
    calendar::number_words(&tok.norm, next)
}

/// True when `my`/`our`/`I` comes within `n` words before token `i`.
fn author_before(doc: &Document, i: usize, n: usize) -> bool {
    let start = doc.tokens().get(i).map_or(0, |t| t.start);
    doc.words_before(start, n).iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "my" | "our" | "i" | "i'm" | "im" | "i've" | "we" | "we're"
        )
    })
}

/// True when the text after token `last` ends a clause or goes on with a
/// word that is not a unit ("83 #NOF", "92 with a UTI"), so the number is an
/// age rather than a count ("5 minutes").
fn clause_follows(doc: &Document, last: usize) -> bool {
    let tokens = doc.tokens();
    let Some(tok) = tokens.get(last) else {
        return false;
    };
    let rest = doc.text().get(tok.end..).unwrap_or("");
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some(c) if c.is_whitespace() => match rest.trim_start().chars().next() {
            None => true,
            Some(c) if !c.is_alphanumeric() => !matches!(c, '%' | '+' | '-' | '/' | '\u{2013}'),
            Some(_) => tokens
                .get(last + 1)
                .is_some_and(|t| !NOT_AGES.contains_word(&t.norm) && !t.is_numeric()),
        },
        Some(c) => {
            matches!(c, ',' | '.' | ')' | ';' | '!' | '?' | '\u{2026}')
                && !chars.next().is_some_and(|d| d.is_ascii_digit())
        }
    }
}

/// "72-year-old", "72 year old", "17 years old", "96 years young", "72yo",
/// "72 y/o", "29yo F".
fn years_old(doc: &Document, i: usize) -> Option<Hit> {
    let tok = doc.tokens().get(i)?;
    let (n, last) = match glued_years(&tok.norm) {
        Some((n, "y")) if norm(doc, i + 1) == "o" => (n, i + 1),
        Some((n, "y" | "yr" | "yrs" | "year" | "years")) if norm(doc, i + 1) == "old" => (n, i + 1),
        Some((n, "yo")) => (n, i),
        Some(_) => return None,
        None => {
            let (n, used) = number_at(doc, i)?;
            let j = i + used;
            match (norm(doc, j), norm(doc, j + 1)) {
                ("year" | "years" | "yr" | "yrs", "old" | "young") => (n, j + 1),
                // A baby's age: "6 weeks old", "an 18-month-old".
                ("month" | "months" | "mo", "old") => (n / 12, j + 1),
                ("week" | "weeks" | "wk" | "wks" | "day" | "days", "old") => (0, j + 1),
                ("yo", _) => (n, j),
                ("y", "o") => (n, j + 1),
                _ => return None,
            }
        }
    };
    if author_before(doc, i, 2) && family_or_nothing_after(doc, last) {
        return None;
    }
    // "I'm 34 years old"; "by 5 months old" is a milestone, not an age.
    if matches!(
        norm(doc, i.wrapping_sub(1)),
        "i'm" | "im" | "by" | "until" | "till" | "under" | "over"
    ) {
        return None;
    }
    // "29yo F", "72 y/o M": keep a capital sex letter.
    let sex = doc
        .tokens()
        .get(last + 1)
        .filter(|t| matches!(t.norm.as_str(), "f" | "m") && t.is_capitalized(doc.text()));
    let last = if sex.is_some() { last + 1 } else { last };
    hit(i, last, n, 0.9)
}

/// Digits glued to a years marker: "72yo" -> (72, "yo").
fn glued_years(word: &str) -> Option<(u32, &str)> {
    let split = word.bytes().position(|b| !b.is_ascii_digit())?;
    let (digits, rest) = word.split_at(split);
    if digits.is_empty()
        || digits.len() > 3
        || !matches!(rest, "yo" | "y" | "yr" | "yrs" | "year" | "years")
    {
        return None;
    }
    Some((digits.parse().ok()?, rest))
}

/// True when what follows token `last` is a family word, or nothing that
/// names who it is ("my 14-year-old son", "my 14-year-old.").
fn family_or_nothing_after(doc: &Document, last: usize) -> bool {
    match doc.tokens().get(last + 1) {
        None => true,
        Some(t) => {
            care_context::is_family_word(&t.norm)
                || doc
                    .slice(doc.tokens()[last].end, t.start)
                    .trim()
                    .starts_with(|c: char| !c.is_alphanumeric())
        }
    }
}

/// "67M", "45F": an age glued to a capital sex letter, as in triage notes.
fn sex_suffixed(doc: &Document, i: usize) -> Option<Hit> {
    let tok = doc.tokens().get(i)?;
    let raw = doc.slice(tok.start, tok.end);
    let digits = raw.strip_suffix('M').or_else(|| raw.strip_suffix('F'))?;
    if digits.len() != 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let before = doc
        .text()
        .get(..tok.start)
        .and_then(|s| s.chars().next_back());
    if before.is_some_and(|c| matches!(c, '£' | '$' | '€' | '#')) {
        return None;
    }
    hit(i, i, digits.parse().ok()?, 0.8)
}

/// "aged 16", "age 7", but not "aged 65+", "aged 18-25", "aged 18 to 25",
/// "aged 65 and over", or "adults aged 65".
fn aged(doc: &Document, i: usize) -> Option<Hit> {
    let tok = doc.tokens().get(i)?;
    if !matches!(tok.norm.as_str(), "aged" | "age") {
        return None;
    }
    // "aged just 16", "at the age of 90".
    let skip = usize::from(matches!(
        norm(doc, i + 1),
        "just" | "only" | "of" | "about" | "around" | "nearly" | "almost" | "approx"
    ));
    let (n, used) = number_at(doc, i + 1 + skip)?;
    let used = used + skip;
    let last = i + used;
    let after = doc
        .tokens()
        .get(last)
        .map_or("", |t| doc.text().get(t.end..).unwrap_or("").trim_start());
    // "aged 3 and 5" is two children; "aged 65 and over" is a threshold.
    let range = after.starts_with(['+', '-', '\u{2013}', '/'])
        || matches!(norm(doc, last + 1), "to" | "plus")
        || (matches!(norm(doc, last + 1), "and" | "or") && and_another(doc, last).is_none());
    // "before age 12", "adults aged 65": a threshold for a group.
    // "the two girls aged 3 and 5" are two children, not a group.
    let before = doc.words_before(tok.start, 2);
    let counted = before.first().is_some_and(|t| is_small_count(&t.norm));
    let population = before.iter().any(|t| {
        (care_context::is_population_word(&t.norm) && !counted)
            || [
                "those", "if", "before", "after", "under", "over", "from", "by", "until", "of",
                "till",
            ]
            .contains(&t.norm.as_str())
    });
    if range
        || population
        || author_before(doc, i, 2)
        || care_context::research_near(doc, tok.start)
    {
        return None;
    }
    // "aged 9 months": a baby.
    match norm(doc, last + 1) {
        "months" | "month" => hit(i, last + 1, n / 12, 0.9),
        "weeks" | "week" | "days" | "day" => hit(i, last + 1, 0, 0.9),
        _ => hit(i, last, n, 0.9),
    }
}

/// The age a decade word gives: "90s" -> 90, "nineties" -> 90, "teens" -> 15.
fn decade_value(word: &str) -> Option<u32> {
    let tens = [
        ("twenties", 20),
        ("thirties", 30),
        ("forties", 40),
        ("fifties", 50),
        ("sixties", 60),
        ("seventies", 70),
        ("eighties", 80),
        ("nineties", 90),
        ("teens", 15),
    ];
    if let Some(&(_, n)) = tens.iter().find(|(w, _)| *w == word) {
        return Some(n);
    }
    let digits = word.strip_suffix("'s").or_else(|| word.strip_suffix('s'))?;
    let n: u32 = digits.parse().ok()?;
    (digits.len() <= 3 && n % 10 == 0 && (10..=110).contains(&n)).then_some(n)
}

/// "in her 90s", "in his early forties", "mid-20s", "late teens",
/// "40-something"; not "people in their 80s" or "the late 80s".
fn decade(doc: &Document, i: usize) -> Option<Hit> {
    let tok = doc.tokens().get(i)?;
    let modifier = |k: usize| matches!(norm(doc, k), "early" | "mid" | "late");
    if tok.norm == "in" && matches!(norm(doc, i + 1), "his" | "her" | "their") {
        let at = if modifier(i + 2) { i + 3 } else { i + 2 };
        let n = decade_value(norm(doc, at))?;
        let population = doc
            .words_before(tok.start, 1)
            .iter()
            .any(|t| care_context::is_population_word(&t.norm));
        return if population {
            None
        } else {
            hit(i, at, n, 0.85)
        };
    }
    if modifier(i) {
        let n = decade_value(norm(doc, i + 1))?;
        let era = doc
            .words_before(tok.start, 1)
            .iter()
            // "in their late teens" is a group's, "my early 30s" the author's.
            .any(|t| {
                matches!(
                    t.norm.as_str(),
                    "the" | "of" | "by" | "their" | "my" | "our" | "your"
                )
            });
        return if era { None } else { hit(i, i + 1, n, 0.7) };
    }
    // "(40s, red beard)": a decade in a bracketed description.
    if let Some(n) = decade_value(&tok.norm) {
        let tokens = doc.tokens();
        let gap_start = i.checked_sub(1).map_or(0, |p| tokens[p].end);
        let opens = doc.slice(gap_start, tok.start).trim() == "(";
        let rest = doc.text().get(tok.end..).unwrap_or("");
        // "(40s, red beard)" describes someone; "(80s, 90s)" lists eras.
        let describes = rest.starts_with(',')
            && !doc
                .tokens()
                .get(i + 1)
                .is_some_and(|t| t.is_numeric() || decade_value(&t.norm).is_some());
        let owned = rest.starts_with(')') && bracket_owner(doc, i.checked_sub(1)?, false);
        return (opens && (describes || owned))
            .then(|| hit(i, i, n, 0.6))
            .flatten();
    }
    let (n, used) = number_at(doc, i)?;
    let next = doc.tokens().get(i + used)?;
    let prev = &doc.tokens()[i + used - 1];
    if next.norm == "something" && doc.slice(prev.end, next.start) == "-" && n % 10 == 0 {
        return hit(i, i + used, n, 0.8);
    }
    None
}

/// "turned 90", "her 16th", "100th birthday", "Happy 103rd birthday".
fn turned_or_birthday(doc: &Document, i: usize) -> Option<Hit> {
    let tok = doc.tokens().get(i)?;
    if matches!(tok.norm.as_str(), "turned" | "turns" | "turning") {
        let (n, used) = number_at(doc, i + 1)?;
        let last = i + used;
        if author_before(doc, i, 2) || !clause_follows(doc, last) || !person_subject(doc, i) {
            return None;
        }
        return hit(i, last, n, 0.85);
    }
    // "Happy 100th to Edna!": the birthday word left out.
    if tok.norm == "happy" {
        let n = calendar::ordinal(norm(doc, i + 1))?;
        let next = doc.tokens().get(i + 2);
        let gap = next.map_or("", |t| doc.slice(doc.tokens()[i + 1].end, t.start));
        let ends = next.is_none()
            || gap.trim().starts_with([',', '.', '!', ')'])
            || (norm(doc, i + 2) == "to" && !to_organisation(doc, i + 2))
            || matches!(norm(doc, i + 2), "mr" | "mrs" | "miss" | "ms");
        return if ends && !author_before(doc, i + 1, 2) {
            hit(i + 1, i + 1, n, 0.75)
        } else {
            None
        };
    }
    if matches!(tok.norm.as_str(), "his" | "her") {
        let n = calendar::ordinal(norm(doc, i + 1))?;
        if matches!(norm(doc, i + 2), "birthday" | "bday") {
            return hit(i, i + 2, n, 0.85);
        }
        let next = doc.tokens().get(i + 2);
        let gap = next.map_or("", |t| doc.slice(doc.tokens()[i + 1].end, t.start));
        let ends = next.is_none() || gap.trim().starts_with([',', '.', '!', '?', ')']);
        return if ends { hit(i, i + 1, n, 0.7) } else { None };
    }
    let n = calendar::ordinal(&tok.norm)?;
    // "Happy 76th birthday to the NHS": an organisation's.
    let institution = norm(doc, i + 2) == "to" && to_organisation(doc, i + 2);
    if !matches!(norm(doc, i + 1), "birthday" | "bday")
        || !birthday_of_person(doc, i)
        || institution
    {
        return None;
    }
    hit(i, i + 1, n, 0.85)
}

/// True when what follows "to" at token `to` is not another person: an
/// organisation ("to the NHS", "to our little unit") or the author ("to
/// me"), while "to the legend that is Edna" and "to our Vera" greet one.
fn to_organisation(doc: &Document, to: usize) -> bool {
    let capital = |k: usize| {
        doc.tokens()
            .get(k)
            .is_some_and(|t| t.is_capitalized(doc.text()))
    };
    match norm(doc, to + 1) {
        "the" => capital(to + 2),
        // "to our amazing resident Lilian": a person within three words.
        "our" | "my" | "your" => !(to + 2..to + 5).any(|k| {
            let word = norm(doc, k);
            capital(k) || is_person_word(word) || care_context::is_family_word(word)
        }),
        "me" | "us" | "myself" | "ourselves" | "you" => true,
        _ => false,
    }
}

/// "Happy 103rd birthday", "Bill's 100th birthday", "a 90th birthday":
/// not "my 40th birthday" or "the unit's 10th birthday".
fn birthday_of_person(doc: &Document, i: usize) -> bool {
    let start = doc.tokens().get(i).map_or(0, |t| t.start);
    doc.words_before(start, 1).first().map_or(true, |t| {
        matches!(
            t.norm.as_str(),
            "happy" | "a" | "their" | "celebrates" | "celebrating"
        ) || (t.is_capitalized(doc.text())
            && !matches!(t.norm.as_str(), "the" | "our" | "my" | "its" | "your"))
    })
}

/// True when a person, not a thing, comes right before "turned": "who",
/// a pronoun or a name ("who turned 90", not "our station turns 50").
fn person_subject(doc: &Document, i: usize) -> bool {
    let start = doc.tokens().get(i).map_or(0, |t| t.start);
    doc.words_before(start, 1).first().is_some_and(|t| {
        matches!(t.norm.as_str(), "who" | "he" | "she" | "they" | "just")
            || (t.is_capitalized(doc.text()) && !t.is_numeric())
    })
}

/// "Year 9": a UK school year gives the child's age (Year N is age N+4 to
/// N+5). Not "Year 2 student nurse", "Year 7s", "Year 7 pupils".
fn school_year(doc: &Document, i: usize) -> Option<Hit> {
    let tok = doc.tokens().get(i)?;
    if tok.norm != "year" || doc.slice(tok.start, tok.start + 1) != "Y" {
        return None;
    }
    let num = doc.tokens().get(i + 1).filter(|t| t.is_numeric())?;
    let n: u32 = num.norm.parse().ok()?;
    let next = norm(doc, i + 2);
    let not_school = [
        "student",
        "students",
        "nursing",
        "nurse",
        "medical",
        "med",
        "sn",
        "midwifery",
        "of",
        "placement",
        "uni",
        "university",
        "degree",
        "apprentice",
        "trainee",
        "paramedic",
        "teacher",
        "tutor",
    ]
    .contains(&next)
        || care_context::is_population_word(next)
        || author_before(doc, i, 1)
        || care_context::population_near(doc, tok.start);
    if !(1..=13).contains(&n) || not_school {
        return None;
    }
    hit(i, i + 1, n + 5, 0.7)
}

/// Words that end a name's "'s" without being a name ("it's 10").
fn is_pronoun_s(word: &str) -> bool {
    matches!(
        word,
        "he's" | "she's" | "who's" | "you're" | "they're" | "ur" | "he'd" | "she'd"
    )
}

/// "she's 17", "he was 19", "you are 92", "Pauline's 88": the number only.
fn copula(doc: &Document, i: usize) -> Option<Hit> {
    // Who can be "is 29": a pronoun or a word for the service user.
    const SUBJECTS: &[&str] = &[
        "he", "she", "you", "who", "they", "pt", "patient", "client", "su", "resident", "lad",
        "girl", "boy", "man", "woman", "lady", "gent", "child", "kid", "baby",
    ];
    let tokens = doc.tokens();
    let tok = tokens.get(i)?;
    // "since he was 9", "until they were eighteen": a past or future
    // milestone in a story, not the age the person is now.
    let milestone = doc
        .words_before(tok.start, 1)
        .first()
        .is_some_and(|t| matches!(t.norm.as_str(), "since" | "until" | "till" | "til"));
    if milestone {
        return None;
    }
    let verb_at = if is_pronoun_s(&tok.norm) || is_name_s(doc, tok) {
        i + 1
    } else if SUBJECTS.contains(&tok.norm.as_str())
        && matches!(norm(doc, i + 1), "is" | "was" | "are" | "were" | "turns")
        && !matches!(norm(doc, i.wrapping_sub(1)), "your" | "a" | "any" | "every")
    {
        i + 2
    } else {
        return None;
    };
    if tok.norm == "she'd" || tok.norm == "he'd" {
        // "she'd be 90 now"
        if norm(doc, i + 1) != "be" {
            return None;
        }
        return copula_number(doc, i + 2);
    }
    copula_number(doc, verb_at)
}

fn copula_number(doc: &Document, at: usize) -> Option<Hit> {
    // "she's only 19", "he's nearly 90".
    let at = if matches!(
        norm(doc, at),
        "only" | "just" | "nearly" | "almost" | "barely" | "now"
    ) {
        at + 1
    } else {
        at
    };
    // "she is 17 years old": the longer shape wins.
    if let Some(hit) = years_old(doc, at).or_else(|| informal::hedged_copula(doc, at)) {
        return Some(hit);
    }
    let (n, used) = number_at(doc, at)?;
    let last = at + used - 1;
    // "she's ninety" is an age; "he's one tough lad" is not.
    let small_word = n < 10 && !doc.tokens().get(at).is_some_and(Token::is_numeric);
    if small_word || !clause_follows(doc, last) || threshold_after(doc, last) {
        return None;
    }
    hit(at, last, n, 0.75)
}

/// A count of a few people ("the two boys", "both girls"): named children,
/// not a population.
fn is_small_count(word: &str) -> bool {
    matches!(
        word,
        "two" | "three" | "four" | "both" | "twin" | "2" | "3" | "4"
    )
}

/// "2 or older", "65 and over": a threshold for a group, not an age.
fn threshold_after(doc: &Document, last: usize) -> bool {
    matches!(norm(doc, last + 1), "or" | "and")
        && matches!(
            norm(doc, last + 2),
            "older" | "over" | "under" | "younger" | "above" | "below" | "more" | "less"
        )
}

/// "a girl of 14", "a man of 80": a person word, "of", an age.
fn person_of(doc: &Document, i: usize) -> Option<Hit> {
    if !PEOPLE.contains(&norm(doc, i)) || norm(doc, i + 1) != "of" {
        return None;
    }
    let (n, used) = number_at(doc, i + 2)?;
    let last = i + 1 + used;
    if !clause_follows(doc, last) {
        return None;
    }
    hit(i + 2, last, n, 0.7)
}

/// Words for one person that an age can follow ("a girl of 14", "lad (17)").
const PEOPLE: &[&str] = &[
    "girl",
    "boy",
    "lad",
    "lass",
    "man",
    "woman",
    "lady",
    "gent",
    "gentleman",
    "child",
    "kid",
    "patient",
    "pt",
    "client",
    "chap",
    "fella",
    "bloke",
    "teenager",
    "teen",
    "toddler",
    "youngster",
    "guy",
    "widow",
    "widower",
    "resident",
    "infant",
];

/// A capitalised name with "'s" ("Pauline's"), not a pronoun or "That's".
fn is_name_s(doc: &Document, tok: &Token) -> bool {
    let Some(stem) = tok.norm.strip_suffix("'s") else {
        return false;
    };
    tok.is_capitalized(doc.text())
        && ![
            "it", "that", "there", "what", "here", "let", "where", "who", "he", "she", "today",
            "tonight", "everyone", "nobody", "mum", "dad", "today's",
        ]
        .contains(&stem)
        && doc
            .words_before(tok.start, 1)
            .first()
            .map_or(true, |t| t.norm != "my")
}

/// Words before a bracketed or comma-set number that make it a count, a
/// score or a place, not an age ("Bed 6, ...", "GCS (3)").
fn counts_things(word: &str) -> bool {
    const COUNTED: &[&str] = &[
        "bed", "bay", "ward", "room", "cubicle", "number", "no", "page", "step", "day", "week",
        "level", "stage", "grade", "year", "chapter", "section", "part", "floor", "table", "item",
        "question", "point", "aged", "gcs", "score", "apgar", "hb", "bp", "sats", "news", "rr",
        "hr", "temp", "pain", "bm", "weight", "bmi", "scored", "to", "of", "and", "or", "x",
        "tier", "band", "phase", "rule", "flat", "unit", "house", "minute", "hour", "class",
        "lane", "the", "a", "at", "about", "around", "than", "over", "under", "only", "figure",
        "fig", "appendix", "option", "version", "round", "season", "episode", "series", "volume",
        "vol", "issue", "slide", "tip", "lesson",
    ];
    COUNTED.contains(&word)
}

/// True when an opening bracket comes before `at` with no closing one
/// between ("(Mason, 3)"), unlike list markers ("1) eat, 2) sleep").
fn inside_brackets(doc: &Document, at: usize) -> bool {
    // Look back a bounded way, so many numbers in one post stay linear.
    const LOOK_BACK: usize = 200;
    let before = doc.text().get(..at).unwrap_or("");
    before
        .chars()
        .rev()
        .take(LOOK_BACK)
        .find(|&c| c == '(' || c == ')')
        == Some('(')
}

fn is_title(word: &str) -> bool {
    matches!(word, "mr" | "mrs" | "ms" | "miss" | "mx" | "dr")
}

/// " and " followed by a lowercase word: "23 and already".
fn starts_with_and(doc: &Document, i: usize) -> bool {
    let tokens = doc.tokens();
    norm(doc, i + 1) == "and"
        && tokens
            .get(i + 2)
            .is_some_and(|t| !t.is_capitalized(doc.text()) && !t.is_numeric())
}

/// "Kofi Boateng, 6, from ...", "Ollie (4)", "my pt, 15, on ...": a number
/// set off by commas or brackets right after a word.
fn listed(doc: &Document, i: usize) -> Option<Hit> {
    let tokens = doc.tokens();
    let tok = tokens.get(i)?;
    if !tok.is_numeric() || tok.norm.starts_with('0') {
        return None;
    }
    let n: u32 = tok.norm.parse().ok()?;
    let gap_start = i.checked_sub(1).map_or(0, |p| tokens[p].end);
    let gap = doc.slice(gap_start, tok.start);
    let open = gap.trim();
    let sentence_start = i == 0 || gap.contains('\n') || open.ends_with(['.', '!', '?']);
    let rest = doc.text().get(tok.end..).unwrap_or("");
    let close = rest.trim_start().chars().next();
    let closes_here = |c: char| {
        rest.starts_with(c)
            && !rest
                .get(1..)
                .is_some_and(|r| r.starts_with(|d: char| d.is_ascii_digit()))
    };
    let shape = match open {
        "(" => closes_here(')') || closes_here(',') || and_another(doc, i).is_some(),
        // "Client C.M., 16, at": after initials.
        ",." | ".," => closes_here(','),
        // "bay 3: 88, new diagnosis", "this morning: 44, ex-soldier".
        ":" => {
            closes_here(',')
                && gap.ends_with(char::is_whitespace)
                && (12..=MAX_AGE).contains(&n)
                && !tokens
                    .get(i + 1)
                    .is_some_and(|t| t.is_numeric() || NOT_AGES.contains_word(&t.norm))
        }
        "," => {
            closes_here(',')
                || (closes_here(')') && inside_brackets(doc, tok.start))
                || (close == Some('.') && closes_here('.'))
        }
        // "tonight. 23 and already failed", "38, meth-induced psychosis": a
        // sentence that opens with the age, as case notes often do.
        _ if sentence_start => {
            (closes_here(',') || starts_with_and(doc, i)) && (12..=MAX_AGE).contains(&n)
        }
        _ => false,
    };
    let prev = i.checked_sub(1).and_then(|p| tokens.get(p));
    let Some(prev) = prev.filter(|_| !sentence_start) else {
        return shape.then(|| hit(i, i, n, 0.5)).flatten();
    };
    // "1. Mrs P. Kaur 83 #NOF, 2. Mr J. Daly": a numbered list, not an age.
    let numbered = close == Some('.') && tokens.get(i + 1).is_some_and(|t| is_title(&t.norm));
    // "bed 4 (19, fractured femur)", "bay 3: 88,": a place, then the age.
    let after_place = prev.is_numeric() && (open == ":" || (open == "(" && closes_here(',')));
    if !shape
        || numbered
        || (prev.is_numeric() && !after_place)
        || counts_things(&prev.norm)
        || calendar::month(&prev.norm).is_some()
        || calendar::is_weekday(&prev.norm)
    {
        return None;
    }
    // The next word is not another small number ("1, 2, 3"; a house number
    // may follow: "Ruth, 70, 2210 NE 65th St") and the number is not the
    // author's family ("my son, 17,").
    let next_is_number = tokens
        .get(i + 1)
        .is_some_and(|t| t.is_numeric() && t.norm.len() < 4);
    let family = care_context::is_family_word(&prev.norm) && author_before(doc, i - 1, 2);
    if next_is_number || family || (open == "(" && !bracket_owner(doc, i - 1, after_place)) {
        return None;
    }
    hit(i, i, n, 0.6)
}

/// True when the word at `prev` can own a bracketed age: a name ("Ollie
/// (4)"), a word for a person ("her daughter (9)", "mum (29)"), a place
/// right after a patient ("the lad in bed 4 (19, ..."), or a lowercase
/// word shortly after a name ("Marlene from the day centre (91)").
fn bracket_owner(doc: &Document, prev: usize, after_place: bool) -> bool {
    let Some(tok) = doc.tokens().get(prev) else {
        return false;
    };
    let text = doc.text();
    // "Smokers (65)", "Results (12, n=40)": a group or a finding, not a person.
    let group = care_context::is_population_word(&tok.norm)
        && !prev
            .checked_sub(1)
            .is_some_and(|p| is_small_count(norm(doc, p)));
    if group || care_context::research_near(doc, tok.start) {
        return false;
    }
    after_place
        || tok.is_capitalized(text)
        || is_person_word(&tok.norm)
        || care_context::is_family_word(&tok.norm)
        || doc
            .words_before(tok.start, 5)
            .iter()
            .enumerate()
            .any(|(k, t)| {
                // A capital that does not open a sentence, not "I" or a title word.
                let opens = k == 0 && doc.slice(0, t.start).trim_end().ends_with(['.', '!', '?']);
                t.is_capitalized(text)
                    && !opens
                    && t.start > 0
                    && t.norm.len() > 2
                    && !counts_things(&t.norm)
                    && !matches!(t.norm.as_str(), "the" | "our" | "my" | "this" | "nhs")
            })
}

/// Words for a person that an age in brackets can follow ("a lad (17)").
fn is_person_word(word: &str) -> bool {
    PEOPLE.contains(&word)
        || matches!(
            word,
            "boys" | "girls" | "lads" | "men" | "women" | "ladies" | "gents" | "pts" | "clients"
        )
}

/// "(nearly 100)", "(about 40)", "Win, almost 100, still": a hedged age
/// in brackets, or between commas right after a name or a person word.
fn hedged_in_brackets(doc: &Document, i: usize) -> Option<Hit> {
    let tokens = doc.tokens();
    let tok = tokens.get(i)?;
    if !matches!(
        tok.norm.as_str(),
        "nearly" | "almost" | "about" | "approx" | "approximately" | "around" | "roughly" | "maybe"
    ) {
        return None;
    }
    let prev = i.checked_sub(1)?;
    let open = doc.slice(tokens[prev].end, tok.start).trim();
    let (n, used) = number_at(doc, i + 1)?;
    let last = i + used;
    let rest = doc.text().get(tokens[last].end..).unwrap_or("");
    let owned = match open {
        "(" => rest.starts_with([')', ',']) && bracket_owner(doc, prev, false),
        "," => {
            rest.starts_with(',')
                && n >= 10
                && (tokens[prev].is_capitalized(doc.text()) || is_person_word(&tokens[prev].norm))
                && !counts_things(&tokens[prev].norm)
        }
        _ => false,
    };
    if !owned {
        return None;
    }
    hit(i, last, n, 0.6)
}

/// "and 9)" or "& 5," after an age: a second person's age in the same list
/// ("the two boys (6 and 9)", "girls aged 3 and 5.").
fn and_another(doc: &Document, last: usize) -> Option<Hit> {
    let tokens = doc.tokens();
    if !matches!(norm(doc, last + 1), "and" | "&") {
        return None;
    }
    let at = last + 2;
    let tok = tokens
        .get(at)
        .filter(|t| t.is_numeric() && t.norm.len() <= 3)?;
    let n: u32 = tok.norm.parse().ok()?;
    let rest = doc.text().get(tok.end..).unwrap_or("");
    let ends = rest.trim().is_empty()
        || (rest.starts_with([')', ',', '.', ';', '!', '?'])
            && !rest
                .get(1..)
                .is_some_and(|r| r.starts_with(|d: char| d.is_ascii_digit())));
    ends.then(|| hit(at, at, n, 0.6)).flatten()
}

/// "Pregnant at 13", "diagnosed at 14", "widowed at 40": an event in one
/// person's life and the age it came at. Not the author's ("I was diagnosed
/// at 30") or a group's ("most women diagnosed at 50"), and not a clock time
/// ("died at 3am", "discharged at 4 o'clock").
fn life_event_at(doc: &Document, i: usize) -> Option<Hit> {
    let tok = doc.tokens().get(i)?;
    if !matches!(
        tok.norm.as_str(),
        "pregnant"
            | "diagnosed"
            | "widowed"
            | "orphaned"
            | "homeless"
            | "excluded"
            | "expelled"
            | "adopted"
            | "married"
            | "divorced"
            | "paralysed"
            | "paralyzed"
            | "disabled"
            | "blind"
            | "deaf"
            | "groomed"
            | "trafficked"
            | "exploited"
            | "abused"
            | "sectioned"
            | "mum"
            | "mom"
            | "dad"
            | "mother"
            | "father"
            | "grandmother"
            | "grandma"
            | "gran"
            | "nan"
    ) || norm(doc, i + 1) != "at"
    {
        return None;
    }
    // "became a mum at 15" is one person; "Mum at 40 is common" is a remark.
    let parent = matches!(
        tok.norm.as_str(),
        "mum" | "mom" | "dad" | "mother" | "father" | "grandmother" | "grandma" | "gran" | "nan"
    );
    if parent && norm(doc, i.wrapping_sub(1)) != "a" {
        return None;
    }
    let (n, used) = number_at(doc, i + 2)?;
    let last = i + 1 + used;
    let clock = matches!(
        norm(doc, last + 1),
        "am" | "pm" | "o'clock" | "oclock" | "hrs" | "hours" | "weeks" | "months" | "days"
    ) || doc.text().get(doc.tokens()[last].end..).is_some_and(|r| {
        r.starts_with([':', '.'])
            && r.get(1..)
                .is_some_and(|r| r.starts_with(|d: char| d.is_ascii_digit()))
    });
    if clock
        || !(8..=MAX_AGE).contains(&n)
        || !clause_follows(doc, last)
        || author_before(doc, i, 3)
        || care_context::population_near(doc, tok.start)
        || care_context::research_near(doc, tok.start)
    {
        return None;
    }
    hit(i + 2, last, n, 0.7)
}

/// "At 92, she still ...": a sentence opening with someone's age. Not "At
/// 3, we ..." (a clock time the author tells) or "At 16, I ...".
fn at_age_opening(doc: &Document, i: usize) -> Option<Hit> {
    let tokens = doc.tokens();
    let tok = tokens.get(i)?;
    let opens = i == 0 || {
        let gap = doc.slice(tokens[i - 1].end, tok.start);
        gap.contains('\n') || gap.trim().ends_with(['.', '!', '?'])
    };
    if tok.norm != "at" || !opens {
        return None;
    }
    let num = tokens.get(i + 1).filter(|t| t.is_numeric())?;
    let n: u32 = num.norm.parse().ok()?;
    let comma = doc
        .text()
        .get(num.end..)
        .is_some_and(|r| r.starts_with(", "));
    let person = matches!(norm(doc, i + 2), "he" | "she" | "they" | "he's" | "she's");
    (comma && person && n >= 2)
        .then(|| hit(i + 1, i + 1, n, 0.6))
        .flatten()
}

/// "born at 24 weeks", "delivered at 28+3 weeks", "a 24-weeker": a preterm
/// baby's gestational age, which singles the baby out as much as an age.
fn gestation(doc: &Document, i: usize) -> Option<Hit> {
    let tok = doc.tokens().get(i)?;
    if let Some(weeks) = tok.norm.strip_suffix("-weeker").or_else(|| {
        (norm(doc, i + 1) == "weeker" && doc.slice(tok.end, tok.end + 1) == "-")
            .then_some(&*tok.norm)
    }) {
        weeks
            .parse::<u32>()
            .ok()
            .filter(|w| (20..=42).contains(w))?;
        let last = if norm(doc, i + 1) == "weeker" {
            i + 1
        } else {
            i
        };
        return hit(i, last, 0, 0.7);
    }
    if !matches!(tok.norm.as_str(), "born" | "delivered" | "arrived") || norm(doc, i + 1) != "at" {
        return None;
    }
    let weeks_tok = doc.tokens().get(i + 2).filter(|t| t.is_numeric())?;
    let weeks: u32 = weeks_tok.norm.parse().ok()?;
    // "28+3 weeks": weeks plus days.
    let unit = if doc.slice(weeks_tok.end, weeks_tok.end + 1) == "+" {
        i + 4
    } else {
        i + 3
    };
    let population = care_context::population_near(doc, tok.start);
    // Only a preterm birth singles a baby out; "born at 40 weeks" is usual.
    if !(20..=36).contains(&weeks)
        || !matches!(norm(doc, unit), "weeks" | "wks" | "week" | "weeks'")
        || population
        || care_context::research_near(doc, tok.start)
    {
        return None;
    }
    hit(i + 2, unit, 0, 0.7)
}

/// "Mrs P. Kaur 83 #NOF", "Mr T. Yusuf 71 CCF": a number right after a
/// titled name, as in handover lists.
fn titled_name(doc: &Document, i: usize) -> Option<Hit> {
    let tokens = doc.tokens();
    let tok = tokens.get(i)?;
    if !tok.is_numeric() || i == 0 {
        return None;
    }
    let n: u32 = tok.norm.parse().ok()?;
    let prev = &tokens[i - 1];
    if !doc
        .slice(prev.end, tok.start)
        .chars()
        .all(char::is_whitespace)
        || !prev.is_capitalized(doc.text())
        || counts_things(&prev.norm)
    {
        return None;
    }
    let titled = doc
        .words_before(prev.end, 4)
        .iter()
        .any(|t| matches!(t.norm.as_str(), "mr" | "mrs" | "ms" | "miss" | "mx"));
    if !titled || !clause_follows(doc, i) {
        return None;
    }
    hit(i, i, n, 0.6)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn ages(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        let mut found = Findings::default();
        find(&doc, &mut found);
        found
            .all()
            .iter()
            .map(|f| doc.slice(f.start, f.end).to_string())
            .collect()
    }

    fn band_of(text: &str) -> String {
        let doc = Document::new(text);
        let mut found = Findings::default();
        find(&doc, &mut found);
        found
            .all()
            .first()
            .map(|f| f.suggestion.replacement.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn written_ages() {
        assert_eq!(ages("a 72yo with chest pain"), ["72yo"]);
        assert_eq!(ages("a 72 yo with chest pain"), ["72 yo"]);
        assert_eq!(ages("a 72-year-old man"), ["72-year-old"]);
        assert_eq!(ages("a 72 year old man"), ["72 year old"]);
        assert_eq!(ages("a seventeen-year-old with"), ["seventeen-year-old"]);
        assert_eq!(
            ages("a twenty-three year old lad"),
            ["twenty-three year old"]
        );
        assert_eq!(ages("she is 17 years old"), ["17 years old"]);
        assert_eq!(ages("96 years young and sharp"), ["96 years young"]);
        assert_eq!(ages("cubicle 6: 29yo F, known"), ["29yo F"]);
        assert_eq!(ages("(67M, acute limb)"), ["67M"]);
        assert_eq!(ages("was a 45F who"), ["45F"]);
        assert_eq!(ages("a 72 y/o man"), ["72 y/o"]);
        assert_eq!(ages("baby, 6 weeks old, jaundice"), ["6 weeks old"]);
        assert_eq!(ages("an 18-month-old with croup"), ["18-month-old"]);
    }

    #[test]
    fn phrases_of_age() {
        assert_eq!(ages("a lad aged 16 in clinic"), ["aged 16"]);
        assert_eq!(ages("a lad aged just 16"), ["aged just 16"]);
        assert_eq!(ages("died at the age of 90"), ["age of 90"]);
        assert_eq!(ages("a patient in her 90s"), ["in her 90s"]);
        assert_eq!(ages("a man in his early forties"), ["in his early forties"]);
        assert_eq!(ages("Mid-20s, BPD"), ["Mid-20s"]);
        assert_eq!(ages("chest pain in a 40-something"), ["40-something"]);
        assert_eq!(ages("who turned 90 today"), ["turned 90"]);
        assert_eq!(ages("home for her 16th."), ["her 16th"]);
        assert_eq!(ages("Happy 103rd birthday to"), ["103rd birthday"]);
        assert_eq!(ages("she's in Year 9. I"), ["Year 9"]);
    }

    #[test]
    fn bare_numbers_in_age_shapes() {
        assert_eq!(ages("This is Kofi Boateng, 6, from X"), ["6"]);
        assert_eq!(ages("Ollie (4) from Leeds"), ["4"]);
        assert_eq!(ages("a bed for my pt, 15, on a section"), ["15"]);
        assert_eq!(ages("Name Joe Bloggs, 84."), ["84"]);
        assert_eq!(ages("Mrs P. Kaur 83 #NOF"), ["83"]);
        assert_eq!(ages("She's 17, she's alive"), ["17"]);
        assert_eq!(ages("He was 62, had a heart"), ["62"]);
        assert_eq!(ages("Sir you are 92 with a UTI"), ["92"]);
        assert_eq!(ages("Pauline's 88, not 8."), ["88"]);
        assert_eq!(ages("she's only 19 and sectioned"), ["19"]);
        assert_eq!(ages("SU is 29 and has two kids"), ["29"]);
        assert_eq!(ages("child aged 9 months, bruising"), ["aged 9 months"]);
        assert_eq!(ages("she's ninety-one, bless her"), ["ninety-one"]);
        assert_eq!(ages("a girl of 14 came in"), ["14"]);
        assert_eq!(ages("my lady, 92, bless her"), ["92"]);
        assert_eq!(ages("tonight. 23 and already failed"), ["23"]);
        assert_eq!(ages("38, meth-induced psychosis"), ["38"]);
    }

    #[test]
    fn hard_negatives() {
        for text in [
            "adults aged 65+ should get the jab",
            "the over-65s and under 5s",
            "people aged 18-25 and those aged 18 to 25",
            "3 years of work, for 6 weeks, a 12 hour shift",
            "5mg twice, 4 beds, 40% of staff",
            "a 2-year study of 300 patients",
            "I'm 34 and tired",
            "my 40th birthday was fun",
            "my 14-year-old son",
            "she's 5 minutes away, he's 3 days post-op",
            "Bed 6, bay 4, page (2)",
            "steps 1, 2, 3, done",
            "people in their 80s need support",
            "music of the late 80s",
            "Year 2 student nurse",
            "her 2nd admission this month",
            "it's 10 to 3",
            "I turned 40 last week",
            "Mr Smith 10 minutes late",
            "£45M deal",
            "1. Mrs P. Kaur, 2. Mr J. Daly",
            "Our station turns 50 this week",
            "seen before age 12 in the cohort",
            "10, 9, 8 and 7 and counting",
            "If you're over 50, or over 45 and Black, ask",
            "My mum, 84, is amazing",
            "my nan in her 90s still drives",
            "My Mum turned 90 today",
            "see Figure (2) and Option (3)",
            "Mr Khan 5 years ago",
            "The jab is offered to 12-13 year olds in Year 8.",
            "Top 5 tips: 1) eat, 2) sleep",
            "We celebrated the unit's 10th birthday",
            "Happy 70th birthday to the Ambulance Service",
            "Happy 50th to the RCN!",
            "you are 1 in a million",
            "under the age of 16 you need consent",
            "If your child is 2 or older, they can",
            "weight doubles by 5 months old",
            "he's one tough lad",
            "see you Tuesday (2)",
        ] {
            assert!(ages(text).is_empty(), "{text}: {:?}", ages(text));
        }
    }

    #[test]
    fn listed_and_bracketed_shapes() {
        assert_eq!(ages("Handover, bed 2: 91, new stroke"), ["91"]);
        assert_eq!(ages("the man in bay 7 (58, alcohol withdrawal)"), ["58"]);
        assert_eq!(ages("her son (7) was in the car"), ["7"]);
        assert_eq!(ages("dad (42), mum (39) and the baby"), ["42", "39"]);
        assert_eq!(ages("the twins (4 and 6) were"), ["4", "6"]);
        assert_eq!(ages("the two boys aged 8 and 11."), ["aged 8", "11"]);
        assert_eq!(ages("Resident P.T., 77, on the unit"), ["77"]);
        assert_eq!(ages("Our Doris (almost 104) at the home"), ["almost 104"]);
        assert_eq!(ages("Our Doris, nearly 104, at the home"), ["nearly 104"]);
        assert_eq!(ages("a man aged about 40 was"), ["aged about 40"]);
        assert_eq!(ages("a teen of 15 came in"), ["15"]);
        assert_eq!(ages("saw a bloke earlier (30s, tattoos)"), ["30s"]);
        assert_eq!(ages("Jo Bloggs, 81, 1420 Elm Ave"), ["81"]);
        assert_eq!(ages("Happy 104th to our Vera!"), ["104th"]);
        assert_eq!(ages("Happy 101st to the wonderful Stan"), ["101st"]);
        assert_eq!(
            ages("Happy 99th birthday to our lovely resident Stan"),
            ["99th birthday"]
        );
        assert_eq!(ages("Homeless at 16 and now in care"), ["16"]);
        assert_eq!(ages("Lovely visit. At 97, she still dances"), ["97"]);
        assert_eq!(ages("little one born at 26 weeks is home"), ["26 weeks"]);
        assert_eq!(ages("born at 29+4 weeks, on CPAP"), ["29+4 weeks"]);
        assert_eq!(ages("our 25-weeker went home"), ["25-weeker"]);
    }

    #[test]
    fn listed_hard_negatives() {
        for text in [
            "Shift started 07:30, coffee first",
            "Scores: 7, 8 and 9 out of 10",
            "We waited, nearly 40, minutes",
            "At 3, we all went home. At 16, I left school",
            "Staffing today: 18, down from 22",
            "Team meeting: 14, in the seminar room",
            "Smokers (65) and non-smokers (80) were surveyed",
            "Born at 24 weeks, babies need warmth",
            "Happy 40th to me!",
            "Mum at 40 is common now",
            "born at 40 weeks, no issues",
            "Happy 5th to our little unit!",
            "the queue, about 30, was long",
            "Bed 4, almost 20, then",
            "music (80s, 90s) all night",
            "we saw more falls (14) this month",
            "children aged 5 and over",
            "Mr Obi in Bed 12 was lovely",
            "I was diagnosed at 30 with MS",
            "Most women diagnosed at 50 have",
            "she died at 3am, peacefully",
            "babies born at 24 weeks have a 50% chance",
            "ever since he was 9 he has cared for",
            "Happy 10th anniversary to the team",
            "steps 1, 2, 3, 4",
        ] {
            assert!(ages(text).is_empty(), "{text}: {:?}", ages(text));
        }
    }

    #[test]
    fn suggestions_give_a_band() {
        assert_eq!(band_of("a 72-year-old man"), "an older adult");
        assert_eq!(band_of("aged 16"), "a teenager");
        assert_eq!(band_of("a 7yo"), "a child");
        assert_eq!(band_of("a 3-day-old"), "a baby");
        assert_eq!(band_of("a 24yo"), "a young adult");
        assert_eq!(band_of("a 45 year old"), "an adult");
    }

    #[test]
    fn unicode_is_safe() {
        assert_eq!(ages("Zoë (4) 🎂 Zoë turned 5!"), ["4", "turned 5"]);
        assert!(ages("é, ９, ü").is_empty());
    }
}
