//! Recognizer: NHS numbers (England and Wales), and the ten-digit machinery
//! shared with Scotland's CHI ([`super::chi_number`]) and Northern Ireland's
//! H&C number ([`super::hc_number`]).
//!
//! All three are ten digits with a modulus-11 check digit, usually written
//! 3-3-4 ("943 476 5919") or run together. The checksum alone is weak: one
//! random ten-digit number in eleven passes it, so a number only counts when
//! its scheme is named just before it ("NHS no", "CHI", "H&C") or when the
//! post is plainly about care (a care word nearby, or a clinical, patient or
//! name finding close by). Which scheme is named decides which recognizer
//! reports it, so each number is reported once with the right explanation.

use crate::checksum;
use crate::document::Document;
use crate::finding::{Finding, Findings, Suggestion};
use crate::label::Label;
use crate::lexicon::PhraseSet;
use regex::Regex;
use std::sync::LazyLock;

/// Ten digits as 3-3-4 with spaces or dashes, as 6-4 (how CHI numbers are
/// often written: date of birth, then four digits), or run together.
static TEN_DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:\d{3}[ \-]?\d{3}[ \-]?\d{4}|\d{6}[ \-]\d{4})(?-u:\b)")
        .expect("pattern compiles")
});

/// The scheme named just before a number, nearest wins.
static SCHEME_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(nhs)|(chi)|(h\s?[&+]\s?c|hcn|health\s+(?:and|&)\s+care))(?-u:\b)")
        .expect("pattern compiles")
});

static CARE_WORDS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/nhs_number_context.txt")));

/// Words that make a number a phone number, not an identifier.
const PHONE_WORDS: &[&str] = &[
    "call",
    "ring",
    "phone",
    "tel",
    "telephone",
    "mobile",
    "cell",
    "text",
    "fax",
    "landline",
    "whatsapp",
];

/// Which ten-digit health-service number a post names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scheme {
    /// England and Wales.
    Nhs,
    /// Scotland's Community Health Index.
    Chi,
    /// Northern Ireland's Health and Care number.
    HealthAndCare,
}

/// A ten-digit number in the post that passes the modulus-11 check and is not
/// a placeholder like 0000000000.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TenDigits {
    pub start: usize,
    pub end: usize,
    pub digits: [u8; 10],
    /// Written with separators (3-3-4), the layout the services print.
    pub grouped: bool,
}

/// Every checksum-valid ten-digit number written as 3-3-4 (one kind of
/// separator), 6-4 or run together, not part of a longer number or a phone number
/// in international form.
pub(crate) fn candidates(doc: &Document) -> Vec<TenDigits> {
    let text = doc.text();
    TEN_DIGITS
        .find_iter(text)
        .filter_map(|m| {
            let s = m.as_str();
            let seps: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_digit()).collect();
            let six_four = seps.len() == 1 && s.find(|c: char| !c.is_ascii_digit()) == Some(6);
            if seps.windows(2).any(|w| w[0] != w[1]) || (seps.len() == 1 && !six_four) {
                return None;
            }
            if part_of_longer_number(text, m.start(), m.end()) {
                return None;
            }
            let digits = checksum::digits::<10>(s)?;
            (checksum::mod11_valid(&digits) && !checksum::all_same(&digits)).then_some(TenDigits {
                start: m.start(),
                end: m.end(),
                digits,
                grouped: !seps.is_empty(),
            })
        })
        .collect()
}

/// True when the match continues a longer number ("+44 ...", "12-345...",
/// "... 5287-1") or a decimal.
fn part_of_longer_number(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    let mut back = before.chars().rev();
    let prev = back.next();
    let prev2 = back.next();
    let mut fwd = after.chars();
    let next = fwd.next();
    let next2 = fwd.next();
    let joins = |c: Option<char>| matches!(c, Some('-' | '.' | '/' | ','));
    // A country code in front ("+1 943 ...") makes it a phone number.
    let country_code = before
        .trim_end_matches([' ', '-'])
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .ends_with('+');
    country_code
        || matches!(prev, Some('+' | '£' | '$' | '€'))
        || (joins(prev) && prev2.is_some_and(|c| c.is_ascii_digit()))
        || (joins(next) && next2.is_some_and(|c| c.is_ascii_digit()))
}

/// The scheme named within the few words before `start`, if any.
pub(crate) fn named_scheme(doc: &Document, start: usize) -> Option<Scheme> {
    let window_start = doc
        .words_before(start, 5)
        .first()
        .map_or(start, |t| t.start);
    let window = doc.slice(window_start, start);
    let caps = SCHEME_WORD.captures_iter(window).last()?;
    if caps.get(1).is_some() {
        Some(Scheme::Nhs)
    } else if let Some(chi) = caps.get(2) {
        // "tai chi" is exercise, not the Community Health Index.
        let before = window.get(..chi.start()).unwrap_or("").trim_end();
        let tai = before.len() >= 3
            && before
                .get(before.len() - 3..)
                .is_some_and(|w| w.eq_ignore_ascii_case("tai"));
        (!tai).then_some(Scheme::Chi)
    } else {
        Some(Scheme::HealthAndCare)
    }
}

/// True when the post around the number is about health or care: a care word
/// within a dozen words, or a clinical, patient, name or birth-date finding
/// close by.
pub(crate) fn care_context(doc: &Document, found: &Findings, start: usize, end: usize) -> bool {
    let near = [
        Label::Clinical,
        Label::PatientRef,
        Label::Person,
        Label::DateOfBirth,
        Label::Facility,
    ];
    if found.near(&near, start, end, 80) {
        return true;
    }
    let first = doc.token_at_or_after(start).saturating_sub(12);
    let stop = doc.token_at_or_after(end).saturating_add(12);
    (first..stop.min(doc.tokens().len())).any(|i| {
        let t = &doc.tokens()[i];
        (t.end <= start || t.start >= end) && CARE_WORDS.longest_at(doc, i).is_some()
    })
}

/// True when the words just before the number say it is a phone number.
pub(crate) fn phone_context(doc: &Document, start: usize) -> bool {
    doc.words_before(start, 3)
        .iter()
        .any(|t| PHONE_WORDS.contains(&t.norm.as_str()))
}

/// Adds NHS numbers: named ones, and unnamed ones in a care context.
pub fn find(doc: &Document, found: &mut Findings) {
    for c in candidates(doc) {
        let confidence = match named_scheme(doc, c.start) {
            Some(Scheme::Nhs) => 0.95,
            Some(_) => continue,
            None if phone_context(doc, c.start) => continue,
            None if care_context(doc, found, c.start, c.end) => {
                if c.grouped {
                    0.75
                } else {
                    0.65
                }
            }
            None => continue,
        };
        found.push(
            Finding::new(Label::NhsNumber, c.start, c.end)
                .confidence(confidence)
                .reason("An NHS number identifies one patient exactly, in every NHS record.")
                .suggest(Suggestion::remove(
                    "Remove the NHS number: it never belongs in a post, even in a closed group.",
                )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        crate::recognizers::testing::spans(find, text)
    }

    #[test]
    fn named_numbers_in_any_layout() {
        assert_eq!(spans("NHS no: 943 476 5919 please"), ["943 476 5919"]);
        assert_eq!(spans("nhs number 943-476-5919"), ["943-476-5919"]);
        assert_eq!(spans("NHS 9434765919."), ["9434765919"]);
    }

    #[test]
    fn unnamed_numbers_need_care_context() {
        assert_eq!(spans("Patient 943 476 5919 was admitted"), ["943 476 5919"]);
        assert!(spans("Order 943 476 5919 shipped").is_empty());
        assert!(spans("943 476 5919").is_empty());
    }

    #[test]
    fn unnamed_numbers_near_a_clinical_finding() {
        let text = "sepsis again, 943 476 5919";
        let doc = Document::new(text);
        let mut found = Findings::default();
        found.push(Finding::new(Label::Clinical, 0, 6));
        find(&doc, &mut found);
        assert!(found.has(Label::NhsNumber));
    }

    #[test]
    fn bad_check_digits_and_placeholders_are_ignored() {
        assert!(spans("NHS no 943 476 5918").is_empty());
        assert!(spans("NHS no 0000000000").is_empty());
        assert!(spans("NHS no 111 111 1111").is_empty());
        // 100 000 001x: the check value is 10, so no check digit is valid.
        for last in 0..=9 {
            assert!(spans(&format!("NHS no 100 000 001{last}")).is_empty());
        }
    }

    #[test]
    fn hard_negatives() {
        assert!(spans("Call NHS 111 or 999").is_empty());
        assert!(spans("NHS spent £9434765919 last year").is_empty());
        assert!(spans("patient line +1 943 476 5919").is_empty());
        assert!(spans("my patient, call 943 476 5919").is_empty());
        assert!(spans("NHS no 943 476-5919").is_empty());
        assert!(spans("NHS no 9434 765919").is_empty());
        assert!(spans("patient 943 476 59190").is_empty());
    }

    #[test]
    fn other_schemes_are_left_to_their_recognizers() {
        assert!(spans("CHI 943 476 5919").is_empty());
        assert!(spans("H&C 943 476 5919").is_empty());
        let doc = Document::new("her H + C no 9434765919");
        assert_eq!(named_scheme(&doc, 13), Some(Scheme::HealthAndCare));
    }

    #[test]
    fn unicode_around_numbers() {
        assert_eq!(spans("Zoë’s NHS № 943 476 5919 🙂"), ["943 476 5919"]);
    }

    #[test]
    fn identifier_recognizers_never_panic() {
        use crate::recognizers::{
            chi_number, email, handle, hc_number, hospital_number, medicare, national_insurance,
            phone, ssn,
        };
        let finders: [fn(&Document, &mut Findings); 10] = [
            find,
            chi_number::find,
            hc_number::find,
            hospital_number::find,
            national_insurance::find,
            ssn::find,
            medicare::find,
            phone::find,
            email::find,
            handle::find,
        ];
        let inputs = [
            "",
            "@",
            "+",
            "+44",
            "(0",
            "MRN",
            "MRN #",
            "hosp no.",
            "NHS",
            "CHI ",
            "😀@😀",
            "é@é.é",
            "@@@@",
            "MRN 12é",
            "+1 (",
            "07700 9001😀23",
            "ref ٣٣٣٣٣٣",
            "NI AB 12 34 56 😀",
            "H&C",
            "Medicaid #",
            "x@y.zz@",
            "NHS 943 476 5919\u{0301}",
            "\u{feff}0161 496 0000",
        ];
        for input in inputs {
            let doc = Document::new(input);
            let mut found = Findings::default();
            for f in finders {
                f(&doc, &mut found);
            }
            for f in found.all() {
                assert!(input.get(f.start..f.end).is_some(), "{input:?}");
            }
        }
        let long = "NHS 943 476 5919 @a_b 07700 900123 MRN 1234567 ".repeat(500);
        let doc = Document::new(&long);
        let mut found = Findings::default();
        for f in finders {
            f(&doc, &mut found);
        }
        assert!(found.all().len() >= 2000);
    }
}
