//! Recognizer: US Social Security numbers.
//!
//! An SSN is area-group-serial, 3-2-4 digits. The Social Security
//! Administration never issues area 000, 666 or 900-999, group 00 or serial
//! 0000, so those are rejected outright. The dashed 3-2-4 shape is rare
//! outside SSNs but still needs some identity or care context; a spaced or
//! run-together nine-digit number needs the SSN itself named nearby.

use super::nhs_number::care_context;
use crate::checksum;
use crate::document::Document;
use crate::finding::{Finding, Findings, Suggestion};
use crate::label::Label;
use regex::Regex;
use std::sync::LazyLock;

static SSN_SHAPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)\d{3}([ \-]?)\d{2}([ \-]?)\d{4}(?-u:\b)").expect("pattern compiles")
});

/// Words naming an SSN, matched within a few words of the number.
const SSN_WORDS: &[&str] = &["ssn", "ss", "social", "ssn#", "ss#", "socsec"];

/// Words that make a dashed 3-2-4 number an identifier in a post.
const ID_WORDS: &[&str] = &[
    "id",
    "number",
    "insurance",
    "medicaid",
    "medicare",
    "dob",
    "record",
    "chart",
    "file",
    "referral",
    "form",
    "card",
];

/// True when the SSA could have issued this number.
pub(crate) fn issuable(d: &[u8; 9]) -> bool {
    let area = u16::from(d[0]) * 100 + u16::from(d[1]) * 10 + u16::from(d[2]);
    let group = u16::from(d[3]) * 10 + u16::from(d[4]);
    let serial_zero = d[5..].iter().all(|&x| x == 0);
    area != 0 && area != 666 && area < 900 && group != 0 && !serial_zero && !checksum::all_same(d)
}

/// Adds SSNs.
pub fn find(doc: &Document, found: &mut Findings) {
    for caps in SSN_SHAPE.captures_iter(doc.text()) {
        let Some(m) = caps.get(0) else { continue };
        let sep1 = caps.get(1).map_or("", |s| s.as_str());
        let sep2 = caps.get(2).map_or("", |s| s.as_str());
        if sep1 != sep2 {
            continue;
        }
        let Some(d) = checksum::digits::<9>(m.as_str()) else {
            continue;
        };
        if !issuable(&d) {
            continue;
        }
        let named = doc.has_word_near(m.start(), m.end(), 4, SSN_WORDS);
        let dashed_in_context = sep1 == "-"
            && (doc.has_word_near(m.start(), m.end(), 6, ID_WORDS)
                || care_context(doc, found, m.start(), m.end()));
        if named || dashed_in_context {
            found.push(
                Finding::new(Label::RecordId, m.start(), m.end())
                    .confidence(if named { 0.95 } else { 0.7 })
                    .reason("A Social Security number identifies one person for life and enables identity theft.")
                    .suggest(Suggestion::remove("Remove the Social Security number.")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        crate::recognizers::testing::spans(find, text)
    }

    #[test]
    fn named_ssns_any_layout() {
        assert_eq!(spans("SSN 219-09-9999 on file"), ["219-09-9999"]);
        assert_eq!(spans("social security 219 09 9999"), ["219 09 9999"]);
        assert_eq!(spans("her SSN is 219099999."), ["219099999"]);
    }

    #[test]
    fn dashed_with_context() {
        assert_eq!(spans("the patient's number 219-09-9999"), ["219-09-9999"]);
        assert!(spans("219-09-9999").is_empty());
        assert!(spans("patient 219 09 9999").is_empty());
    }

    #[test]
    fn impossible_numbers() {
        for bad in [
            "000-12-3456",
            "666-12-3456",
            "912-12-3456",
            "219-00-3456",
            "219-09-0000",
            "111-11-1111",
        ] {
            assert!(spans(&format!("SSN {bad}")).is_empty(), "{bad}");
        }
    }

    #[test]
    fn hard_negatives() {
        assert!(spans("SSN 219-09-99999").is_empty());
        assert!(spans("SSN 219-09 9999").is_empty());
        assert!(spans("ISBN 1-916147-03-8").is_empty());
    }
}
