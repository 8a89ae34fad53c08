//! Recognizer: Northern Ireland's Health and Care (H&C) number.
//!
//! An H&C number is ten digits with a modulus-11 check digit, like an NHS
//! number, but issued from its own range (starting 320 to 399), which is how
//! Northern Ireland's numbers stay distinct from England's. It is reported
//! when "H&C", "H+C", "HCN" or "health and care number" is named just before
//! it; the candidate search is shared with [`super::nhs_number`].

use super::nhs_number::{candidates, named_scheme, Scheme};
use crate::document::Document;
use crate::finding::{Finding, Findings, Suggestion};
use crate::label::Label;

/// True when the number falls in the range Northern Ireland issues.
fn in_hc_range(digits: &[u8; 10]) -> bool {
    let prefix = u16::from(digits[0]) * 100 + u16::from(digits[1]) * 10 + u16::from(digits[2]);
    (320..=399).contains(&prefix)
}

/// Adds H&C numbers named as such.
pub fn find(doc: &Document, found: &mut Findings) {
    for c in candidates(doc) {
        if named_scheme(doc, c.start) != Some(Scheme::HealthAndCare) || !in_hc_range(&c.digits) {
            continue;
        }
        found.push(
            Finding::new(Label::NhsNumber, c.start, c.end)
                .confidence(0.95)
                .reason("An H&C number identifies one patient across health and social care in Northern Ireland.")
                .suggest(Suggestion::remove(
                    "Remove the H&C number: it never belongs in a post, even in a closed group.",
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
    fn named_numbers_in_range() {
        assert_eq!(spans("H&C 3456789017"), ["3456789017"]);
        assert_eq!(spans("(H+C no 345 678 9017)"), ["345 678 9017"]);
        assert_eq!(
            spans("health and care number 345-678-9017"),
            ["345-678-9017"]
        );
    }

    #[test]
    fn out_of_range_or_bad_check_digit() {
        // 245 678 9016 passes the checksum but is not a Northern Ireland number.
        assert!(spans("H&C 2456789016").is_empty());
        assert!(spans("H&C 3456789018").is_empty());
        assert!(spans("H&C 3333333333").is_empty());
    }

    #[test]
    fn needs_the_scheme_named() {
        assert!(spans("NHS 3456789017").is_empty());
        assert!(spans("patient 3456789017").is_empty());
    }
}
