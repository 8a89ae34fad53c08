//! Calendar and number vocabulary shared by the date, date-of-birth and age
//! recognizers: month and weekday names, day-of-month validation, ordinal
//! days ("3rd"), two-digit years, named days ("Christmas Day") and number
//! words ("seventeen").
//!
//! Validation matters because a real date is the evidence: "31/02" or
//! "29/02/1951" is not a date, so it must not be flagged as one.

/// The month (1-12) named by a lowercase word: full names and the usual
/// abbreviations ("jan", "sept").
pub fn month(word: &str) -> Option<u32> {
    let m = match word {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// True when the lowercase word is a weekday name or its short form.
pub fn is_weekday(word: &str) -> bool {
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tues",
        "wed",
        "thurs",
        "fri",
        "sat",
    ]
    .contains(&word)
}

/// True when the lowercase word is a season.
pub fn is_season(word: &str) -> bool {
    matches!(word, "spring" | "summer" | "autumn" | "fall" | "winter")
}

/// True in a Gregorian leap year.
pub fn is_leap(year: u32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month; February has 29 when the year is unknown, because
/// "29/02" alone could be any leap year.
pub fn days_in_month(month: u32, year: Option<u32>) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !is_leap(y) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

/// True when day/month(/year) is a real calendar date.
pub fn is_valid(day: u32, month: u32, year: Option<u32>) -> bool {
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(month, year)
}

/// A year as written: four digits (1900-2099) as is, two digits as the
/// most recent century that keeps it in the past ("51" is 1951, "09" 2009).
pub fn year(digits: &str) -> Option<u32> {
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = digits.parse().ok()?;
    match digits.len() {
        4 if (1900..=2099).contains(&n) => Some(n),
        2 if n <= 30 => Some(2000 + n),
        2 => Some(1900 + n),
        _ => None,
    }
}

/// A day of the month written as digits with an optional ordinal suffix
/// ("3", "03", "3rd", "21st"); the suffix must fit the number.
pub fn day(word: &str) -> Option<u32> {
    let digits_end = word
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(word.len());
    let (digits, suffix) = word.split_at(digits_end);
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let n: u32 = digits.parse().ok()?;
    if !(1..=31).contains(&n) {
        return None;
    }
    if suffix.is_empty() || suffix == ordinal_suffix(n) {
        Some(n)
    } else {
        None
    }
}

/// The English ordinal suffix of a number ("st", "nd", "rd", "th").
pub fn ordinal_suffix(n: u32) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// Parses an ordinal number written with digits ("16th", "103rd").
pub fn ordinal(word: &str) -> Option<u32> {
    let digits_end = word.bytes().position(|b| !b.is_ascii_digit())?;
    let (digits, suffix) = word.split_at(digits_end);
    let n: u32 = digits.parse().ok()?;
    (!digits.is_empty() && digits.len() <= 3 && suffix == ordinal_suffix(n)).then_some(n)
}

/// Named days of the year, lowercase word sequences. A post saying "on
/// Christmas Day" dates a care event as exactly as "on 25 December".
pub const NAMED_DAYS: &[&[&str]] = &[
    &["christmas", "day"],
    &["christmas", "eve"],
    &["boxing", "day"],
    &["new", "year's", "eve"],
    &["new", "year's", "day"],
    &["new", "years", "eve"],
    &["new", "years", "day"],
    &["easter", "sunday"],
    &["easter", "monday"],
    &["good", "friday"],
    &["bonfire", "night"],
    &["valentine's", "day"],
    &["mother's", "day"],
    &["father's", "day"],
    &["halloween"],
    &["hogmanay"],
];

/// Number words up to nineteen, and tens.
fn small_number(word: &str) -> Option<u32> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = UNITS.iter().position(|&u| u == word) {
        return u32::try_from(i).ok();
    }
    let i = TENS.iter().position(|&t| t == word)?;
    u32::try_from(i).ok().map(|i| 20 + 10 * i)
}

/// The value of a number written in words over one or two lowercase words
/// ("seventeen", "forty" "two"), and how many words it used.
pub fn number_words(first: &str, second: Option<&str>) -> Option<(u32, usize)> {
    let n = small_number(first)?;
    if n >= 20 && n % 10 == 0 {
        if let Some(unit) = second
            .and_then(small_number)
            .filter(|u| (1..=9).contains(u))
        {
            return Some((n + unit, 2));
        }
    }
    Some((n, 1))
}

/// The value of a word that is either digits ("17") or a number word.
pub fn number(word: &str) -> Option<u32> {
    if !word.is_empty() && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit()) {
        return word.parse().ok();
    }
    small_number(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_weekdays() {
        assert_eq!(month("sept"), Some(9));
        assert_eq!(month("december"), Some(12));
        assert_eq!(month("mayday"), None);
        assert!(is_weekday("friday"));
        assert!(!is_weekday("fried"));
    }

    #[test]
    fn leap_years_and_month_lengths() {
        assert!(is_valid(29, 2, Some(1952)));
        assert!(!is_valid(29, 2, Some(1951)));
        assert!(is_valid(29, 2, Some(2000)));
        assert!(!is_valid(29, 2, Some(1900)));
        assert!(is_valid(29, 2, None));
        assert!(!is_valid(31, 4, None));
        assert!(!is_valid(31, 2, None));
        assert!(!is_valid(0, 5, None));
        assert!(!is_valid(5, 13, None));
        assert!(is_valid(31, 12, Some(1999)));
    }

    #[test]
    fn two_digit_years_fall_in_the_past() {
        assert_eq!(year("51"), Some(1951));
        assert_eq!(year("09"), Some(2009));
        assert_eq!(year("1951"), Some(1951));
        assert_eq!(year("1851"), None);
        assert_eq!(year("195"), None);
        assert_eq!(year("5"), None);
    }

    #[test]
    fn days_and_ordinals() {
        assert_eq!(day("3rd"), Some(3));
        assert_eq!(day("21st"), Some(21));
        assert_eq!(day("03"), Some(3));
        assert_eq!(day("3th"), None);
        assert_eq!(day("32"), None);
        assert_eq!(day("11th"), Some(11));
        assert_eq!(ordinal("103rd"), Some(103));
        assert_eq!(ordinal("16th"), Some(16));
        assert_eq!(ordinal("16"), None);
        assert_eq!(ordinal("12nd"), None);
    }

    #[test]
    fn number_words_compose() {
        assert_eq!(number_words("seventeen", None), Some((17, 1)));
        assert_eq!(number_words("forty", Some("two")), Some((42, 2)));
        assert_eq!(number_words("forty", Some("winks")), Some((40, 1)));
        assert_eq!(number_words("twelve", Some("three")), Some((12, 1)));
        assert_eq!(number_words("lots", None), None);
        assert_eq!(number("84"), Some(84));
        assert_eq!(number("ninety"), Some(90));
        assert_eq!(number("1234"), None);
        assert_eq!(number("é"), None);
    }
}
