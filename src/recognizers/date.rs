//! Recognizer: specific dates of care events ("on 12 March", "14/11", "3rd
//! Feb", "in March", "since September", "on Friday", "last Saturday",
//! "Christmas Day", "New Year's Eve 2019", "in 2017").
//!
//! A date lets readers match a post to a real admission or death. The shapes
//! come from [`crate::date_shapes`]; this file decides which are dates of an event.
//! Loose shapes need a preposition ("in March", "on Friday", "in 2017")
//! because a bare month or year is as often a verb, a name or a statistic;
//! bare day/month numbers must look like dates, not fractions or scores
//! ("24/7", "2/3", "7/10", the clinical "3/52" for weeks).
//!
//! Some dates are not of anyone's care: years inside research or statistics
//! ("a 2019 study", "in 2019, 40% of ..."), a notice's dates ("join us on 14
//! Sept", "closes 5 May"), the author's career ("I qualified in 2010"),
//! future years (plans) and years long past (life history). Weekdays with a
//! part of the day ("on Tuesday night") time a shift and are left to the
//! recency recognizer. Dates of birth are left to the date-of-birth
//! recognizer, which runs first.

use crate::calendar;
use crate::care_context;
use crate::date_shapes::{self, Mention, Shape};
use crate::document::{Document, Token};
use crate::finding::{Finding, Findings};
use crate::label::Label;

/// The latest year treated as a past care event (later ones are plans).
const LATEST_YEAR: u32 = 2026;
/// A year further back is life history ("came to the UK in 1947", "opened
/// on 1 April 1974") or a placeholder ("01/01/1900"), not a care event.
const RECENT_YEARS: u32 = 15;

/// Adds this recognizer's findings.
pub fn find(doc: &Document, found: &mut Findings) {
    // A notice's dates are of the event it announces, not of anyone's care.
    if care_context::notice_post(doc) {
        return;
    }
    // Birth dates found earlier, sorted, walked alongside the mentions so
    // the check stays linear however many dates a post holds.
    let mut births: Vec<(usize, usize)> = found
        .all()
        .iter()
        .filter(|f| f.label == Label::DateOfBirth)
        .map(|f| (f.start, f.end))
        .collect();
    births.sort_unstable();
    let mut next_birth = 0;
    for m in date_shapes::mentions(doc) {
        while births.get(next_birth).is_some_and(|&(_, e)| e <= m.start) {
            next_birth += 1;
        }
        if births.get(next_birth).is_some_and(|&(s, _)| s < m.end) {
            continue;
        }
        if let Some((start, confidence)) = judge(doc, &m) {
            found.push(Finding::new(Label::Date, start, m.end).confidence(confidence));
        }
    }
    day_of_month(doc, found);
}

/// "admitted on the 5th and discharged on the 9th": a day of the month with
/// no month, which still dates the event for anyone who was there.
fn day_of_month(doc: &Document, found: &mut Findings) {
    const FOLLOWERS: &[&str] = &[
        "and", "at", "for", "with", "when", "but", "after", "before", "so", "she", "he", "they",
        "we", "i", "by", "because",
    ];
    let tokens = doc.tokens();
    for (i, window) in tokens.windows(3).enumerate() {
        let [on, the, day] = window else {
            continue;
        };
        let is_day = day.norm.len() > 2 && calendar::day(&day.norm).is_some();
        if on.norm != "on" || the.norm != "the" || !is_day {
            continue;
        }
        let ends = match tokens.get(i + 3) {
            None => true,
            Some(next) => {
                FOLLOWERS.contains(&next.norm.as_str())
                    || doc
                        .slice(day.end, next.start)
                        .trim()
                        .starts_with([',', '.', '!', '?', ')'])
            }
        };
        if ends {
            found.push(Finding::new(Label::Date, on.start, day.end).confidence(0.5));
        }
    }
}

/// Prepositions and words that tie a loose date to an event.
fn is_preposition(word: &str) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "on", "in", "since", "from", "until", "till", "til", "during", "last", "before", "after",
        "early", "mid", "late", "over",
    ];
    PREPOSITIONS.contains(&word)
}

/// Words right before a bare "14/11" that make it the date of an event.
fn is_event_word(word: &str) -> bool {
    is_preposition(word)
        || [
            "admitted",
            "discharged",
            "seen",
            "died",
            "dated",
            "operated",
            "transferred",
            "referred",
            "booked",
            "appointment",
            "appt",
            "reviewed",
            "attended",
            "arrested",
            "sectioned",
            "dc",
            "dc'd",
        ]
        .contains(&word)
}

/// Words for a newborn ("baby boy born 14/03").
fn is_baby_word(word: &str) -> bool {
    matches!(
        word,
        "baby" | "boy" | "girl" | "son" | "daughter" | "twins" | "newborn" | "triplets" | "bub"
    )
}

/// The preposition before the date, skipping "the" ("on the Sunday"): the
/// finding starts there.
fn preposition_before<'d>(doc: &'d Document, start: usize) -> Option<&'d Token> {
    let before = doc.words_before(start, 2);
    match before {
        [.., p, the] if the.norm == "the" && is_preposition(&p.norm) => Some(p),
        [.., p] if is_preposition(&p.norm) => Some(p),
        _ => None,
    }
}

/// Vetoes that hold whatever the date's shape.
fn not_a_care_event(doc: &Document, m: &Mention) -> bool {
    // Future years are plans, old ones history.
    let out_of_range = m
        .year
        .is_some_and(|y| y > LATEST_YEAR || y + RECENT_YEARS < LATEST_YEAR);
    // A birth date the date-of-birth recognizer turned down (the author's
    // grandad) is no care event either, except a baby's birth with no year
    // ("baby girl born 14/03"), which is the date of the delivery itself.
    let before = doc.words_before(m.start, 4);
    let birth = before
        .iter()
        .any(|t| matches!(t.norm.as_str(), "born" | "birth" | "dob"))
        && !(m.year.is_none()
            && before.iter().any(|t| is_baby_word(&t.norm))
            && !care_context::own_family_before(doc, m.start, 6));
    // "Nurses Day is 12 May every year".
    let recurring = doc
        .words_after(m.end, 1)
        .first()
        .is_some_and(|t| matches!(t.norm.as_str(), "every" | "each" | "annually"));
    // "closes 5 May", "start in September", and timetable style "Saturday
    // 12 October, 9am-1pm" (a weekday heading a date with no "on" before it).
    let notice = match doc.words_before(m.start, 2) {
        [v, _] | [.., v] if care_context::is_notice_verb(&v.norm) => true,
        [p, w] => calendar::is_weekday(&w.norm) && !is_preposition(&p.norm),
        [w] => calendar::is_weekday(&w.norm),
        _ => false,
    };
    out_of_range || birth || recurring || notice || care_context::research_near(doc, m.start)
}

/// Decides whether a mention is a care-event date: where the finding starts
/// and how sure it is.
fn judge(doc: &Document, m: &Mention) -> Option<(usize, f32)> {
    if not_a_care_event(doc, m) {
        return None;
    }
    let prep = preposition_before(doc, m.start);
    let start = prep.map_or(m.start, |p| p.start);
    match m.shape {
        Shape::Numeric if m.full => Some((m.start, 0.8)),
        Shape::Numeric => bare_day_month(doc, m).then_some((m.start, 0.7)),
        Shape::Written => Some((start, 0.8)),
        Shape::NamedDay if m.full || prep.is_some() => Some((start, 0.7)),
        // "from October to March" is a season of the year, not an event.
        Shape::Month if prep.is_some_and(|p| p.norm == "from") && range_after(doc, m.end) => None,
        Shape::Month if prep.is_some() => Some((start, 0.6)),
        Shape::Month if m.year.is_some() => Some((start, 0.5)),
        // "on Tuesday night" times the shift: left to the recency recognizer.
        Shape::Weekday if part_of_day_after(doc, m.end) => None,
        Shape::Weekday => prep.map(|p| (p.start, 0.6)),
        Shape::Season => prep.filter(|p| p.norm == "last").map(|p| (p.start, 0.5)),
        Shape::Year => {
            let p = prep.filter(|p| matches!(p.norm.as_str(), "in" | "since" | "during"))?;
            let general = author_life(doc, p.start) || care_context::population_near(doc, m.start);
            (!general).then_some((p.start, 0.5))
        }
        _ => None,
    }
}

/// A day/month with no year is a date when it is padded ("02/02"), both
/// numbers have two digits ("14/11"), or an event word comes before it;
/// never a known non-date ("24/7", "7/7") or a score out of ten.
fn bare_day_month(doc: &Document, m: &Mention) -> bool {
    let text = doc.slice(m.start, m.end);
    let Some((a, b)) = text.split_once('/') else {
        return false;
    };
    if matches!(text, "24/7" | "7/7" | "9/11") || b == "10" {
        return false;
    }
    let padded = a.starts_with('0') || b.starts_with('0');
    let both_two = a.len() == 2 && b.len() == 2 && !matches!(b, "12");
    let cued = doc
        .words_before(m.start, 2)
        .iter()
        .any(|t| is_event_word(&t.norm));
    // Clinical shorthand for durations: 2/7 days, 3/52 weeks, 6/12 months.
    let duration = matches!(b, "7" | "52" | "12") && a.len() == 1 && !padded;
    !duration && (padded || both_two || cued)
}

/// "I qualified in 2010", "my first day as a student in 2004": a year in
/// the author's own story.
fn author_life(doc: &Document, at: usize) -> bool {
    const AUTHOR: &[&str] = &[
        "i",
        "i've",
        "i'm",
        "me",
        "my",
        "qualified",
        "graduated",
        "trained",
        "we",
        "we've",
    ];
    // "since 2020 I have worked nights": a career, told after the year.
    let since = doc.tokens().get(doc.token_at_or_after(at)..).unwrap_or(&[]);
    let career = since.first().is_some_and(|t| t.norm == "since")
        && since
            .iter()
            .skip(2)
            .take(1)
            .any(|t| AUTHOR.contains(&t.norm.as_str()));
    career
        || doc
            .words_before(at, 8)
            .iter()
            .any(|t| AUTHOR.contains(&t.norm.as_str()))
}

/// "... to March", "... until May": the far end of a range.
fn range_after(doc: &Document, end: usize) -> bool {
    doc.words_after(end, 1)
        .first()
        .is_some_and(|t| matches!(t.norm.as_str(), "to" | "until" | "till" | "through"))
}

/// "Tuesday night", "Wednesday morning".
fn part_of_day_after(doc: &Document, end: usize) -> bool {
    doc.words_after(end, 1).first().is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "night" | "morning" | "afternoon" | "evening" | "nightshift" | "lunchtime"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<&str> {
        crate::recognizers::testing::spans(find, text)
    }

    #[test]
    fn event_dates() {
        assert_eq!(dates("admitted on 12 March with a fall"), ["on 12 March"]);
        assert_eq!(dates("transferred on 14/11 for work-up"), ["14/11"]);
        assert_eq!(dates("admitted 12/03 with CAP"), ["12/03"]);
        assert_eq!(dates("Discharged home 23/12 after a 3/52 stay"), ["23/12"]);
        assert_eq!(dates("seen 3rd Feb after a fall"), ["3rd Feb"]);
        assert_eq!(dates("off sick since September"), ["since September"]);
        assert_eq!(dates("she died on Friday"), ["on Friday"]);
        assert_eq!(dates("went home on the Sunday"), ["on the Sunday"]);
        assert_eq!(dates("on my ambulance last Saturday"), ["last Saturday"]);
        assert_eq!(dates("a pt on Christmas Day"), ["on Christmas Day"]);
        assert_eq!(
            dates("called out on New Year's Eve 2019"),
            ["on New Year's Eve 2019"]
        );
        assert_eq!(dates("diagnosed in 2017, still fighting"), ["in 2017"]);
        assert_eq!(dates("Died in 2017 I think?"), ["in 2017"]);
        assert_eq!(dates("on the ward last spring"), ["last spring"]);
        assert_eq!(
            dates("admitted on the 5th and home on the 9th."),
            ["on the 5th", "on the 9th"]
        );
        assert_eq!(dates("Meeting at 10.30 on 12/12"), ["12/12"]);
        assert_eq!(dates("Back on 17th Jan for review"), ["on 17th Jan"]);
        assert_eq!(dates("her baby girl born 02/11 by forceps"), ["02/11"]);
    }

    #[test]
    fn hard_negatives() {
        assert!(dates("care 24/7, 1/10 pain, 2/3 of staff, scored 7/10").is_empty());
        assert!(dates("back 2/7 ago, review in 3/52, 6/12 follow-up").is_empty());
        assert!(dates("a 2019 study found that").is_empty());
        assert!(dates("in 2019, 40% of adults smoked").is_empty());
        assert!(dates("In 2023, 1 in 4 adults felt lonely").is_empty());
        assert!(dates("I qualified in 2010 and love it").is_empty());
        assert!(dates("you may march on").is_empty());
        assert!(dates("at 3am, Year 7, Friday feels long").is_empty());
        assert!(dates("the 2024 survey published in March").is_empty());
        assert!(dates("target met in 2035").is_empty());
        assert!(dates("Merry Christmas Day everyone").is_empty());
        assert!(dates("Flu season runs from October to March").is_empty());
        assert!(dates("This Sunday is Mother's Day").is_empty());
        assert!(dates("since 2020 I have worked nights").is_empty());
        assert!(dates("on the 5th floor, on the 3rd attempt").is_empty());
        assert!(dates("Join us on 14 Sept for the walk").is_empty());
        assert!(dates("Applications: the post closes 5 May.").is_empty());
        assert!(dates("Flu clinics: Saturday 12 October, 9am-1pm").is_empty());
        assert!(dates("Flu jabs start in September").is_empty());
        assert!(dates("Nurses Day is 12 May every year").is_empty());
        assert_eq!(
            dates("admitted on Saturday 12 October"),
            ["on Saturday", "12 October"]
        );
        assert!(dates("She was born on 3 May 1951").is_empty());
        assert!(dates("my son was born 02/11, so cake").is_empty());
        assert!(dates("Clinic closed on 25 December").is_empty());
    }

    #[test]
    fn dates_of_birth_are_left_alone() {
        let doc = Document::new("DOB 12/03/1950");
        let mut found = Findings::default();
        found.push(Finding::new(Label::DateOfBirth, 4, 14));
        find(&doc, &mut found);
        assert_eq!(found.all().len(), 1);
    }

    #[test]
    fn unicode_is_safe() {
        assert_eq!(dates("🎄 on 25 Dec é 🎄"), ["on 25 Dec"]);
    }
}
