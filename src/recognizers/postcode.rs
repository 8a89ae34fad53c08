//! Recognizer: UK postcodes ("SW1A 1AA", "NG1 7FF", "B29 7QJ", "LS96JH").
//!
//! A full postcode covers a handful of homes, so it is an address on its
//! own. Only the official shape counts, with its letter rules (the outward
//! code A9, A99, AA9, AA99, A9A or AA9A; the inward code 9AA, whose letters
//! never use C, I, K, M, O or V), so that look-alikes such as product codes
//! are not flagged. Capitals are required: that is how postcodes are written,
//! and lowercase runs are mostly other things. Event notices ("join us at
//! ExCeL London, E16 1XL") give a public venue's postcode, not a home's.

use crate::care_context;
use crate::document::Document;
use crate::finding::{Finding, Findings};
use crate::label::Label;
use regex::Regex;
use std::sync::LazyLock;

static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][ABD-HJLNP-UW-Z]{2})(?-u:\b)")
        .expect("pattern compiles")
});

/// Adds this recognizer's findings.
pub fn find(doc: &Document, found: &mut Findings) {
    // A notice's postcode is a public venue, not someone's home.
    if care_context::notice_post(doc) {
        return;
    }
    for caps in POSTCODE.captures_iter(doc.text()) {
        let (Some(whole), Some(outward)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        if valid_outward(outward.as_str()) {
            found.push(
                Finding::new(Label::Address, whole.start(), whole.end())
                    .confidence(0.9)
                    .reason("A full postcode narrows an address down to a few homes."),
            );
        }
    }
}

/// Checks the letter rules of the outward code: no Q, V or X first; no I, J
/// or Z second; a trailing letter only from the sets allowed there.
fn valid_outward(outward: &str) -> bool {
    let b = outward.as_bytes();
    let Some(&first) = b.first() else {
        return false;
    };
    if matches!(first, b'Q' | b'V' | b'X') {
        return false;
    }
    let two_letters = b.get(1).is_some_and(u8::is_ascii_uppercase);
    if two_letters && b.get(1).is_some_and(|c| matches!(c, b'I' | b'J' | b'Z')) {
        return false;
    }
    match (two_letters, b.len(), b.last()) {
        // A9A
        (false, 3, Some(&c)) if c.is_ascii_uppercase() => b"ABCDEFGHJKPSTUW".contains(&c),
        // AA9A
        (true, 4, Some(&c)) if c.is_ascii_uppercase() => b"ABEHMNPRVWXY".contains(&c),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<&str> {
        crate::recognizers::testing::spans(find, text)
    }

    #[test]
    fn official_shapes() {
        assert_eq!(codes("at SW1A 1AA today"), ["SW1A 1AA"]);
        assert_eq!(codes("Street, NG1 7FF."), ["NG1 7FF"]);
        assert_eq!(codes("Road, B29 7QJ. If"), ["B29 7QJ"]);
        assert_eq!(codes("Leeds LS96JH"), ["LS96JH"]);
        assert_eq!(
            codes("W1A 0AX, EC1A 1BB, M1 1AE, CR2 6XH"),
            ["W1A 0AX", "EC1A 1BB", "M1 1AE", "CR2 6XH"]
        );
    }

    #[test]
    fn look_alikes_are_not_postcodes() {
        // Inward letters never C, I, K, M, O, V.
        assert!(codes("SW1A 1AC and NG1 7OF").is_empty());
        // No Q first, no Z second, bad trailing letters.
        assert!(codes("QA1 1AA, AZ1 1AA, A1Z 1AA").is_empty());
        assert!(codes("sw1a 1aa, NG1, covid19 jab, A4 paper").is_empty());
        assert!(codes("XSW1A 1AA1").is_empty());
    }

    #[test]
    fn venues_in_notices_are_public() {
        assert!(codes("Conference tickets on sale! ExCeL London, E16 1XL").is_empty());
    }

    #[test]
    fn unicode_is_safe() {
        assert_eq!(codes("é🏠 NG1 7FF ü"), ["NG1 7FF"]);
    }
}
