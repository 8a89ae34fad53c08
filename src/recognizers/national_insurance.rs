//! Recognizer: UK National Insurance numbers.
//!
//! A NINO is two letters, six digits and a suffix A-D ("AB 12 34 56 C").
//! HMRC never uses D, F, I, Q, U or V as the first letter, nor D, F, I, O, Q,
//! U or V as the second, and never issues the prefixes BG, GB, KN, NK, NT, TN
//! or ZZ; those rules make the full uppercase shape specific enough to report
//! alone. A number written without its suffix, or in lowercase, is reported
//! only when "NI", "NINO" or "National Insurance" is named nearby.

use crate::document::Document;
use crate::finding::{Finding, Findings, Suggestion};
use crate::label::Label;
use regex::Regex;
use std::sync::LazyLock;

static NINO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2})(?: ?([A-D]))?(?-u:\b)",
    )
    .expect("pattern compiles")
});

const NOT_ISSUED: &[&str] = &["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"];

const NI_WORDS: &[&str] = &["ni", "nino", "insurance", "nin"];

/// Adds National Insurance numbers.
pub fn find(doc: &Document, found: &mut Findings) {
    for caps in NINO.captures_iter(doc.text()) {
        let (Some(m), Some(prefix)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let prefix = prefix.as_str().to_ascii_uppercase();
        if NOT_ISSUED.contains(&prefix.as_str()) {
            continue;
        }
        let full_upper = caps.get(5).is_some() && m.as_str() == m.as_str().to_ascii_uppercase();
        let named = doc.has_word_near(m.start(), m.end(), 5, NI_WORDS);
        if full_upper || named {
            found.push(
                Finding::new(Label::RecordId, m.start(), m.end())
                    .confidence(if named { 0.95 } else { 0.8 })
                    .reason("A National Insurance number identifies one person for life, for tax and benefits.")
                    .suggest(Suggestion::remove("Remove the National Insurance number.")),
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
    fn full_shapes_stand_alone() {
        assert_eq!(spans("it's AB 12 34 56 C, ok"), ["AB 12 34 56 C"]);
        assert_eq!(spans("(JM123456D)"), ["JM123456D"]);
    }

    #[test]
    fn partial_or_lowercase_need_the_name() {
        assert_eq!(spans("NI number ab123456c"), ["ab123456c"]);
        assert_eq!(spans("her NINO is AB 12 34 56"), ["AB 12 34 56"]);
        assert!(spans("ab123456c").is_empty());
        assert!(spans("AB 12 34 56").is_empty());
    }

    #[test]
    fn prefixes_never_issued() {
        for bad in [
            "DA123456A",
            "AD123456A",
            "QQ123456A",
            "AO123456A",
            "GB123456A",
            "ZZ123456A",
            "TN123456B",
        ] {
            assert!(spans(&format!("NI number {bad}")).is_empty(), "{bad}");
        }
        assert!(spans("NI number AB123456E").is_empty());
    }

    #[test]
    fn hard_negatives() {
        assert!(spans("Flight BA 12 34 56").is_empty());
        assert!(spans("room ab 12 34 56 c").is_empty());
    }
}
