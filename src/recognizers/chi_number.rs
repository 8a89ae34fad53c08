//! Recognizer: Scotland's CHI (Community Health Index) number.
//!
//! A CHI number is ten digits: the date of birth as DDMMYY, three more digits
//! and a modulus-11 check digit. It is reported when "CHI" is named just
//! before it, the date part is a real date and the check digit is right; the
//! candidate search and checksum are shared with [`super::nhs_number`]. An
//! unnamed CHI number in a care context is still caught there, under the same
//! label.

use super::nhs_number::{candidates, named_scheme, Scheme};
use crate::checksum;
use crate::document::Document;
use crate::finding::{Finding, Findings, Suggestion};
use crate::label::Label;

/// Adds CHI numbers named as such.
pub fn find(doc: &Document, found: &mut Findings) {
    for c in candidates(doc) {
        if named_scheme(doc, c.start) != Some(Scheme::Chi) || !checksum::is_ddmmyy(&c.digits) {
            continue;
        }
        found.push(
            Finding::new(Label::NhsNumber, c.start, c.end)
                .confidence(0.95)
                .reason(
                    "A CHI number identifies one patient across NHS Scotland, and it starts with their date of birth.",
                )
                .suggest(Suggestion::remove(
                    "Remove the CHI number: it never belongs in a post, even in a closed group.",
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

    // 120345 678x: the weighted sum of 120345678 is 1*10+2*9+0+3*7+4*6+5*5+6*4+7*3+8*2 = 159,
    // 159 % 11 = 5, so the check digit is 6.
    #[test]
    fn named_with_real_date_and_check_digit() {
        assert_eq!(spans("CHI 1203456786"), ["1203456786"]);
        assert_eq!(spans("her CHI no. is 120 345 6786"), ["120 345 6786"]);
        assert_eq!(spans("CHI: 120345-6786"), ["120345-6786"]);
    }

    #[test]
    fn rejects_bad_dates_and_check_digits() {
        assert!(spans("CHI 1203456785").is_empty());
        // 32nd of the month: not a date of birth, whatever the checksum.
        assert!(spans("CHI 3203456788").is_empty());
        assert!(spans("CHI 0000000000").is_empty());
    }

    #[test]
    fn needs_the_chi_name() {
        assert!(spans("NHS 1203456786").is_empty());
        assert!(spans("chilli 1203456786").is_empty());
        assert!(spans("tai chi with 1203456786 people").is_empty());
    }
}
