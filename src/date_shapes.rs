//! Finds every written date-like expression in a post, without judging what
//! it is: "03/04/51", "1951-05-03", "3rd May 1951", "March 12", "in March",
//! "Christmas Day", "Friday", "2019". The date-of-birth and date recognizers
//! then decide from the words around each one whether it is a birth date, the
//! date of a care event, or neither.
//!
//! Keeping the shapes in one place means both recognizers agree on what a
//! date is, and only real calendar dates survive (no "31/02").

use crate::calendar;
use crate::document::Document;
use regex::Regex;
use std::sync::LazyLock;

/// What a date expression gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Digits with separators: "14/11", "03/04/51", "1951-05-03".
    Numeric,
    /// A day and a month name: "3rd May", "March 12", maybe a year.
    Written,
    /// A named day: "Christmas Day", "New Year's Eve".
    NamedDay,
    /// A month name alone or with a year: "March", "May 2019".
    Month,
    /// A year alone: "2019".
    Year,
    /// A weekday: "Friday".
    Weekday,
    /// A season: "spring".
    Season,
}

/// One date expression, byte offsets half-open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset just past the end.
    pub end: usize,
    /// What kind of expression it is.
    pub shape: Shape,
    /// The year when one was written (two-digit years expanded).
    pub year: Option<u32>,
    /// True when the expression has a day, a month and a year.
    pub full: bool,
}

/// Numeric dates: d/m, d/m/y, d.m.y, d-m-y, or ISO y-m-d. Separators are
/// checked to agree in code (the regex crate has no back-references).
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,4})([/.\-])(\d{1,2})(?:([/.\-])(\d{2,4}))?(?-u:\b)")
        .expect("pattern compiles")
});

/// Finds all date expressions, in order, never overlapping.
pub fn mentions(doc: &Document) -> Vec<Mention> {
    let (mut out, numbers) = numeric(doc);
    let tokens = doc.tokens();
    // `numbers` is sorted and non-overlapping: walk it alongside the words.
    let mut next_number = 0;
    let mut i = 0;
    while i < tokens.len() {
        while numbers
            .get(next_number)
            .is_some_and(|&(_, e)| e <= tokens[i].start)
        {
            next_number += 1;
        }
        // Words inside a run of numbers ("31/02/1990") are not dates either.
        if numbers
            .get(next_number)
            .is_some_and(|&(s, e)| s < tokens[i].end && tokens[i].start < e)
        {
            i += 1;
            continue;
        }
        match written_at(doc, i) {
            Some((mention, used)) => {
                out.push(mention);
                i += used.max(1);
            }
            None => i += 1,
        }
    }
    out.sort_by_key(|m| m.start);
    out
}

/// Numeric dates, and the spans of every number run that looked like one
/// (so its parts are not read again as a year or day).
fn numeric(doc: &Document) -> (Vec<Mention>, Vec<(usize, usize)>) {
    let text = doc.text();
    let mut out = Vec::new();
    let mut numbers = Vec::new();
    for caps in NUMERIC.captures_iter(text) {
        let (Some(whole), Some(a), Some(sep), Some(b)) =
            (caps.get(0), caps.get(1), caps.get(2), caps.get(3))
        else {
            continue;
        };
        numbers.push((whole.start(), whole.end()));
        // Part of a longer run of numbers ("1/2/3/4", "10.5.3.2", "192.168.1.1").
        let before = text
            .get(..whole.start())
            .and_then(|s| s.chars().next_back());
        let after = text.get(whole.end()..).and_then(|s| s.chars().next());
        let after2 = text.get(whole.end()..).and_then(|s| s.chars().nth(1));
        if before.is_some_and(|c| matches!(c, '/' | '.' | '-' | ':' | '£' | '$' | '€'))
            || (after.is_some_and(|c| matches!(c, '/' | '-' | ':' | '.' | '%'))
                && after2.is_some_and(|c| c.is_ascii_digit()))
            || after == Some('%')
        {
            continue;
        }
        let year_part = match (caps.get(4), caps.get(5)) {
            (Some(sep2), Some(y)) if sep2.as_str() == sep.as_str() => Some(y.as_str()),
            (Some(_), Some(_)) => continue,
            _ => None,
        };
        let (a, b) = (a.as_str(), b.as_str());
        let parsed = match year_part {
            // ISO: 1951-05-03.
            Some(y) if a.len() == 4 => calendar::year(a)
                .zip(b.parse::<u32>().ok())
                .zip(y.parse::<u32>().ok())
                .filter(|&((yr, m), d)| y.len() == 2 && calendar::is_valid(d, m, Some(yr)))
                .map(|((yr, _), _)| yr),
            Some(y) => {
                let yr = calendar::year(y);
                let (d, m) = (a.parse::<u32>().ok(), b.parse::<u32>().ok());
                match (d, m, yr) {
                    (Some(d), Some(m), Some(yr))
                        if a.len() <= 2
                            && (calendar::is_valid(d, m, Some(yr))
                                || calendar::is_valid(m, d, Some(yr))) =>
                    {
                        Some(yr)
                    }
                    _ => continue,
                }
            }
            None => {
                // d/m with no year: slashes only ("3.5" is a decimal, "18-25"
                // a range), and a real day and month.
                let (Ok(d), Ok(m)) = (a.parse::<u32>(), b.parse::<u32>()) else {
                    continue;
                };
                if sep.as_str() != "/" || a.len() > 2 || !calendar::is_valid(d, m, None) {
                    continue;
                }
                out.push(Mention {
                    start: whole.start(),
                    end: whole.end(),
                    shape: Shape::Numeric,
                    year: None,
                    full: false,
                });
                continue;
            }
        };
        if let Some(yr) = parsed {
            out.push(Mention {
                start: whole.start(),
                end: whole.end(),
                shape: Shape::Numeric,
                year: Some(yr),
                full: true,
            });
        }
    }
    (out, numbers)
}

/// Words that are month or weekday names but also everyday words; they count
/// only when capitalised.
fn is_ambiguous(word: &str) -> bool {
    matches!(
        word,
        "may" | "march" | "mar" | "jun" | "sat" | "wed" | "sun" | "dec" | "fall" | "fri" | "mon"
    )
}

fn four_digit_year(word: &str) -> Option<u32> {
    (word.len() == 4).then(|| calendar::year(word)).flatten()
}

/// The year after a day and month: four digits, or two digits that end the
/// phrase ("14 Feb 87," but not "12 March 20 patients"). Right after a month
/// name a hyphen also joins them ("22-Mar-1941"); after a day it makes a
/// range ("Aug 7-10").
fn year_after(doc: &Document, k: usize, after_month: bool) -> Option<u32> {
    let tok = doc.tokens().get(k)?;
    let prev_end = doc.tokens().get(k.checked_sub(1)?)?.end;
    let gap = doc.slice(prev_end, tok.start);
    let joined = matches!(gap, " " | ", " | " '" | " \u{2019}" | ",")
        || (after_month && matches!(gap, "-" | "/" | "."));
    if !joined {
        return None;
    }
    if let Some(y) = four_digit_year(&tok.norm) {
        return Some(y);
    }
    let ends = doc.text().get(tok.end..).map_or(true, |rest| {
        !rest.trim_start().starts_with(char::is_alphanumeric)
    });
    (tok.norm.len() == 2 && ends)
        .then(|| calendar::year(&tok.norm))
        .flatten()
}

/// A date expression starting at token `i`, with how many tokens it used.
fn written_at(doc: &Document, i: usize) -> Option<(Mention, usize)> {
    let tokens = doc.tokens();
    let tok = tokens.get(i)?;
    let word = |k: usize| tokens.get(k).map(|t| t.norm.as_str());
    let month_at = |k: usize| {
        let t = tokens.get(k)?;
        let m = calendar::month(&t.norm)?;
        (!is_ambiguous(&t.norm) || t.is_capitalized(doc.text())).then_some(m)
    };
    let end_of = |k: usize| tokens.get(k).map_or(tok.end, |t| t.end);
    let mention = |stop: usize, shape, year: Option<u32>, full| {
        (
            Mention {
                start: tok.start,
                end: end_of(stop - 1),
                shape,
                year,
                full,
            },
            stop - i,
        )
    };

    // 3rd May [1951], 12 of March
    if let Some(d) = calendar::day(&tok.norm) {
        let at = if word(i + 1) == Some("of") {
            i + 2
        } else {
            i + 1
        };
        if let Some(m) = month_at(at) {
            if !calendar::is_valid(d, m, None) {
                return None;
            }
            let year = year_after(doc, at + 1, true);
            if let Some(y) = year {
                if !calendar::is_valid(d, m, Some(y)) {
                    return None;
                }
                return Some(mention(at + 2, Shape::Written, Some(y), true));
            }
            return Some(mention(at + 1, Shape::Written, None, false));
        }
    }
    // March 12[th][, 2019] | March 2019 | March
    if let Some(m) = month_at(i) {
        if let Some(d) = word(i + 1).and_then(calendar::day) {
            if calendar::is_valid(d, m, None) {
                let year = year_after(doc, i + 2, false);
                if let Some(y) = year.filter(|&y| calendar::is_valid(d, m, Some(y))) {
                    return Some(mention(i + 3, Shape::Written, Some(y), true));
                }
                return Some(mention(i + 2, Shape::Written, None, false));
            }
        }
        if let Some(y) = word(i + 1).and_then(four_digit_year) {
            return Some(mention(i + 2, Shape::Month, Some(y), false));
        }
        return Some(mention(i + 1, Shape::Month, None, false));
    }
    // Christmas Day [1939]
    for named in calendar::NAMED_DAYS {
        let hit = named
            .iter()
            .enumerate()
            .all(|(k, w)| word(i + k) == Some(*w));
        if hit {
            let stop = i + named.len();
            if let Some(y) = word(stop).and_then(four_digit_year) {
                return Some(mention(stop + 1, Shape::NamedDay, Some(y), true));
            }
            return Some(mention(stop, Shape::NamedDay, None, false));
        }
    }
    if calendar::is_weekday(&tok.norm)
        && (!is_ambiguous(&tok.norm) || tok.is_capitalized(doc.text()))
    {
        return Some(mention(i + 1, Shape::Weekday, None, false));
    }
    if calendar::is_season(&tok.norm) && !is_ambiguous(&tok.norm) {
        return Some(mention(i + 1, Shape::Season, None, false));
    }
    if let Some(y) = four_digit_year(&tok.norm) {
        return Some(mention(i + 1, Shape::Year, Some(y), false));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, Shape, bool)> {
        let doc = Document::new(text);
        mentions(&doc)
            .iter()
            .map(|m| (doc.slice(m.start, m.end).to_string(), m.shape, m.full))
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        found(text).into_iter().map(|(t, _, _)| t).collect()
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(
            texts("DOB 03/04/51 and 1951-05-03"),
            ["03/04/51", "1951-05-03"]
        );
        assert_eq!(texts("seen 14/11, d.o.b. 3.4.1951"), ["14/11", "3.4.1951"]);
        assert_eq!(texts("US order 03/22/1941"), ["03/22/1941"]);
    }

    #[test]
    fn impossible_dates_are_not_dates() {
        assert!(texts("31/02/1990 and 31/04 and 29/02/1951").is_empty());
        assert_eq!(texts("29/02/1952"), ["29/02/1952"]);
        assert!(texts("BP 120/80, 3.5mg, aged 18-25, 1/2/3/4").is_empty());
        assert!(texts("10.0.0.1 and 5/10%").is_empty());
    }

    #[test]
    fn written_dates() {
        assert_eq!(
            found("born 3rd May 1951"),
            [("3rd May 1951".to_string(), Shape::Written, true)]
        );
        assert_eq!(texts("on March 12th, 2019"), ["March 12th, 2019"]);
        assert_eq!(texts("12 of March"), ["12 of March"]);
        assert_eq!(texts("in May 2019"), ["May 2019"]);
        assert_eq!(texts("DOB 14 Feb '87"), ["14 Feb '87"]);
        assert_eq!(texts("DOB 22-Mar-1941"), ["22-Mar-1941"]);
        assert_eq!(texts("Aug 7-10"), ["Aug 7"]);
        assert_eq!(
            found("Aug 7–10!"),
            [("Aug 7".to_string(), Shape::Written, false)]
        );
        assert!(!texts("30th Feb").contains(&"30th Feb".to_string()));
        assert!(texts("you may go in march").is_empty());
    }

    #[test]
    fn named_days_weekdays_years() {
        assert_eq!(
            found("on Christmas Day 1939"),
            [("Christmas Day 1939".to_string(), Shape::NamedDay, true)]
        );
        assert_eq!(texts("New Year’s Eve"), ["New Year’s Eve"]);
        assert_eq!(texts("on Friday in 2019"), ["Friday", "2019"]);
        assert!(texts("wed the sun").is_empty());
    }

    /// Runs this module's users (and the address recognizers) over `text`
    /// and checks every span is on char boundaries.
    fn spans_are_sound(text: &str) -> bool {
        let doc = Document::new(text);
        let mut found = crate::finding::Findings::default();
        let mine = [
            "date_of_birth",
            "date",
            "age",
            "postcode",
            "zip_code",
            "street_address",
        ];
        for r in crate::recognizers::ALL
            .iter()
            .filter(|r| mine.contains(&r.name))
        {
            (r.find)(&doc, &mut found);
        }
        found
            .all()
            .iter()
            .all(|f| text.is_char_boundary(f.start) && text.is_char_boundary(f.end))
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_safe(text in "\\PC{0,80}") {
            proptest::prop_assert!(spans_are_sound(&text));
        }

        #[test]
        fn date_like_text_is_safe(text in "[0-9/.\\- a-zA-Z',()é😂]{0,60}") {
            proptest::prop_assert!(spans_are_sound(&text));
        }
    }

    #[test]
    fn unicode_is_safe() {
        assert!(texts("🎂 ３/４ é/é").is_empty());
        assert_eq!(texts("Zoë 🎄 14/11"), ["14/11"]);
    }
}
