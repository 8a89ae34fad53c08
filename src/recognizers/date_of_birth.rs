//! Recognizer: dates of birth ("DOB 03/04/51", "d.o.b. 3.4.1951", "born 3rd
//! May 1951", "born on Christmas Day 1939", "b. 12 Jan 1980", "born in 51").
//!
//! A date of birth identifies someone almost on its own, so any real date
//! after a birth cue counts. Without a cue, a full date with a four-digit
//! year far in the past, right after a name ("HAMMOND, Keith 07.11.1971"),
//! is still almost always a birth date in a care post (nobody's admission
//! was in 1944), unless an event word ("since", "on", "admitted") says
//! otherwise. The author's relatives ("my grandad was born ...") and
//! impossible years (the placeholder 01/01/1900) are not counted. "DOB" itself stays outside the span; a "born ..." phrase
//! keeps "born", since the whole phrase gives the birth date away.

use crate::care_context;
use crate::date_shapes::{self, Mention, Shape};
use crate::document::Document;
use crate::finding::{Finding, Findings};
use crate::label::Label;

/// Full dates whose year is at least this far back are births by default.
const OLD_YEARS: u32 = 14;
/// The reference year for "far in the past" (posts are recent).
const THIS_YEAR: u32 = 2026;
/// Older than anyone alive.
const MAX_AGE: u32 = 116;

/// Adds this recognizer's findings.
pub fn find(doc: &Document, found: &mut Findings) {
    for m in date_shapes::mentions(doc) {
        // The author's grandad, or a placeholder such as 01/01/1900 (nobody
        // alive was born then).
        if care_context::own_family_before(doc, m.start, 8)
            || care_context::institution_birthday_before(doc, m.start, 8)
            || m.year.is_some_and(|y| y + MAX_AGE <= THIS_YEAR)
        {
            continue;
        }
        if let Some(start) = cue_start(doc, &m) {
            found.push(Finding::new(Label::DateOfBirth, start, m.end).confidence(0.95));
        } else if m.full && is_old(&m) && next_to_a_name(doc, &m) && !event_before(doc, m.start) {
            found.push(Finding::new(Label::DateOfBirth, m.start, m.end).confidence(0.6));
        }
    }
    born_in_year(doc, found);
}

/// An uncued birth date must have a four-digit year far enough back.
fn is_old(m: &Mention) -> bool {
    m.year.is_some_and(|y| y + OLD_YEARS <= THIS_YEAR)
}

/// A four-digit year in the date and a capitalised word (a name) among the
/// few words before it: "HAMMOND, Keith 07.11.1971", "Mrs Rose 3/4/1950".
fn next_to_a_name(doc: &Document, m: &Mention) -> bool {
    let text = doc.slice(m.start, m.end);
    let four_digits = text
        .split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() == 4);
    four_digits
        && doc
            .words_before(m.start, 3)
            .iter()
            .any(|t| t.is_capitalized(doc.text()) && !t.is_numeric())
}

/// Where the finding starts when a birth cue comes right before the date:
/// the date itself after "DOB"/"date of birth", "born" when it is a "born
/// ..." phrase. `None` without a cue.
fn cue_start(doc: &Document, m: &Mention) -> Option<usize> {
    // A birthday without the year ("born on 3 June") still gives it away.
    if !m.full && !matches!(m.shape, Shape::NamedDay | Shape::Written) {
        return None;
    }
    let before = doc.words_before(m.start, 4);
    let mut norms: Vec<&str> = before.iter().map(|t| t.norm.as_str()).collect();
    // "DOB is 14/02/1989", "date of birth was ...".
    if matches!(norms.last(), Some(&("is" | "was" | "given"))) {
        norms.pop();
    }
    match norms.as_slice() {
        [.., "dob"] | [.., "d", "o", "b"] | [.., "date", "of", "birth"] | [.., "birth", "date"] => {
            Some(m.start)
        }
        [.., "born"] | [.., "born", "on"] | [.., "born", "on", "the"] => before
            .iter()
            .rev()
            .find(|t| t.norm == "born")
            .map(|t| t.start),
        [.., "b"] if abbreviated_born(doc, before.last().map_or(0, |t| t.end), m.start) => {
            before.last().map(|t| t.start)
        }
        _ => None,
    }
}

/// "b. 12 Jan 1980": a lone "b" followed by a dot.
fn abbreviated_born(doc: &Document, b_end: usize, date_start: usize) -> bool {
    doc.slice(b_end, date_start).trim_start().starts_with('.')
}

/// Words that make an old full date an event rather than a birth.
fn event_before(doc: &Document, start: usize) -> bool {
    const EVENT: &[&str] = &[
        "in",
        "on",
        "since",
        "from",
        "until",
        "till",
        "admitted",
        "died",
        "married",
        "diagnosed",
        "qualified",
        "between",
        "to",
        "after",
        "before",
        "by",
        "opened",
        "founded",
        "built",
        "established",
    ];
    doc.words_before(start, 2)
        .iter()
        .any(|t| EVENT.contains(&t.norm.as_str()))
}

/// "born in 51", "born in 1951": a bare year after "born in".
fn born_in_year(doc: &Document, found: &mut Findings) {
    let tokens = doc.tokens();
    for (i, t) in tokens.iter().enumerate() {
        // "born", "DOB 1951", "(b. 1951)".
        let abbreviated = t.norm == "b"
            && tokens
                .get(i + 1)
                .is_some_and(|next| abbreviated_born(doc, t.end, next.start));
        if t.norm != "born" && t.norm != "dob" && !abbreviated {
            continue;
        }
        // "born in 1951", "born in '51", "Born 1957,".
        let at = if tokens.get(i + 1).is_some_and(|t| t.norm == "in") {
            i + 2
        } else {
            i + 1
        };
        let (Some(prev), Some(year_tok)) = (tokens.get(at - 1), tokens.get(at)) else {
            continue;
        };
        let gap = doc.slice(prev.end, year_tok.start).trim();
        let gap = if abbreviated {
            gap.strip_prefix('.').unwrap_or(gap).trim()
        } else {
            gap
        };
        let apostrophe = gap == "'" || gap == "\u{2019}";
        // Two digits only after "in" ("born in 51"; "born 12 weeks early" is not a year).
        let year_like = match year_tok.norm.len() {
            4 => gap.is_empty(),
            2 => at == i + 2 && (gap.is_empty() || apostrophe),
            _ => false,
        } && crate::calendar::year(&year_tok.norm).is_some()
            && !starts_full_date(doc, year_tok.end);
        if year_like {
            found.push(Finding::new(Label::DateOfBirth, t.start, year_tok.end).confidence(0.85));
        }
    }
}

/// True when a year is the start of a longer date ("1951-05-03"), which
/// the date shapes already cover.
fn starts_full_date(doc: &Document, end: usize) -> bool {
    let mut rest = doc.text().get(end..).unwrap_or("").chars();
    matches!(rest.next(), Some('-' | '/' | '.')) && rest.next().is_some_and(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dobs(text: &str) -> Vec<&str> {
        crate::recognizers::testing::spans(find, text)
    }

    #[test]
    fn cued_dates_of_birth() {
        assert_eq!(dobs("DOB 03/04/51, seen today"), ["03/04/51"]);
        assert_eq!(dobs("d.o.b. 3.4.1951"), ["3.4.1951"]);
        assert_eq!(dobs("DoB: 1951-05-03"), ["1951-05-03"]);
        assert_eq!(dobs("DOB 1951-05-03 and"), ["1951-05-03"]);
        assert_eq!(dobs("date of birth 12/10/2020"), ["12/10/2020"]);
        assert_eq!(dobs("DOB 03/22/1941"), ["03/22/1941"]);
    }

    #[test]
    fn born_phrases_keep_born() {
        assert_eq!(
            dobs("Mrs X (born 3rd May 1951) said"),
            ["born 3rd May 1951"]
        );
        assert_eq!(
            dobs("born on Christmas Day 1939 🎄"),
            ["born on Christmas Day 1939"]
        );
        assert_eq!(dobs("Mr Y, b. 12 Jan 1980, NHS"), ["b. 12 Jan 1980"]);
        assert_eq!(dobs("she was born in 51"), ["born in 51"]);
        assert_eq!(dobs("born in 1988 in Leeds"), ["born in 1988"]);
        assert_eq!(dobs("Born 1957, she nursed"), ["Born 1957"]);
        assert_eq!(
            dobs("Mr X (b. 1951) and Mrs Y (DOB 1949)"),
            ["b. 1951", "DOB 1949"]
        );
        assert_eq!(dobs("born 29 Feb 1952"), ["born 29 Feb 1952"]);
        assert_eq!(
            dobs("born on the 4th of July 1950 in"),
            ["born on the 4th of July 1950"]
        );
        assert_eq!(dobs("DOB: 14 Feb 87, NHS"), ["14 Feb 87"]);
        assert_eq!(dobs("baby boy born on 3 June at home"), ["born on 3 June"]);
        assert_eq!(dobs("dob 22-Mar-1941"), ["22-Mar-1941"]);
        assert_eq!(dobs("His real DOB is 14/02/2019 and"), ["14/02/2019"]);
    }

    #[test]
    fn old_full_dates_next_to_a_name() {
        assert_eq!(dobs("HAMMOND, Keith 07.11.1971 RX"), ["07.11.1971"]);
        assert!(dobs("seen 12/03/10 in clinic").is_empty());
        assert!(dobs("the form dated 12/03/1990 was lost").is_empty());
    }

    #[test]
    fn hard_negatives() {
        assert!(dobs("DOB 31/02/1951").is_empty());
        assert!(dobs("born 29 Feb 1951").is_empty());
        assert!(dobs("born in Halifax, born at 03:14").is_empty());
        assert!(dobs("married since 12/06/1970").is_empty());
        assert!(dobs("seen 14/11 and 3rd Feb").is_empty());
        assert!(dobs("clinic on 3 June 2025").is_empty());
        assert!(dobs("born in 1").is_empty());
        assert!(dobs("born 12 weeks early, born 57 days ago").is_empty());
        assert!(dobs("My Grandad was born 9 Nov 1929").is_empty());
        assert!(dobs("gave his date of birth as 01/01/1900").is_empty());
        assert!(dobs("the station opened on 1 April 1974").is_empty());
    }
}
