//! Recognizer: US Medicare Beneficiary Identifiers (MBI) and Medicaid or
//! member IDs.
//!
//! An MBI has a fixed pattern of eleven characters: digit 1-9, letter,
//! letter-or-digit, digit, letter, letter-or-digit, digit, letter, letter,
//! digit, digit, with S, L, O, I, B and Z never used (they look like digits).
//! That shape is specific enough to report when written in its 4-3-4 dashed
//! form or after a Medicare word. Medicaid and plan member IDs differ by state
//! and insurer, so they are found only after "Medicaid", "member ID" and the
//! like, with the identifier reader shared with [`super::hospital_number`].

use super::hospital_number::id_after;
use crate::document::Document;
use crate::finding::{Finding, Findings, Suggestion};
use crate::label::Label;
use crate::lexicon::PhraseSet;
use regex::Regex;
use std::sync::LazyLock;

/// The MBI alphabet: letters without S, L, O, I, B, Z.
static MBI: LazyLock<Regex> = LazyLock::new(|| {
    let l = "[AC-HJKMNP-RT-Y]";
    let a = "[AC-HJKMNP-RT-Y0-9]";
    let pattern = format!(r"(?-u:\b)[1-9]{l}{a}\d(-?){l}{a}\d(-?){l}{l}\d\d(?-u:\b)");
    Regex::new(&pattern).expect("pattern compiles")
});

static INTRO: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/medicare_context.txt")));

fn insurance_finding(start: usize, end: usize, confidence: f32) -> Finding {
    Finding::new(Label::RecordId, start, end)
        .confidence(confidence)
        .reason(
            "A Medicare or Medicaid ID identifies one person and gives access to their insurance.",
        )
        .suggest(Suggestion::remove(
            "Remove the ID; it is protected health information.",
        ))
}

/// Adds MBIs and introduced Medicaid/member IDs.
pub fn find(doc: &Document, found: &mut Findings) {
    let text = doc.text();
    let intros = INTRO.find_all(doc);
    for caps in MBI.captures_iter(text) {
        let Some(m) = caps.get(0) else { continue };
        let dashed = caps.get(1).is_some_and(|d| !d.is_empty())
            && caps.get(2).is_some_and(|d| !d.is_empty());
        let introduced = doc.has_word_near(m.start(), m.end(), 4, &["medicare", "mbi", "medicaid"]);
        if dashed || introduced {
            found.push(insurance_finding(
                m.start(),
                m.end(),
                if introduced { 0.95 } else { 0.75 },
            ));
        }
    }
    for m in intros {
        let (_, end) = m.span(doc);
        for (s, e) in id_after(doc, end) {
            found.push(insurance_finding(s, e, 0.85));
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
    fn mbi_dashed_or_introduced() {
        assert_eq!(spans("card says 1EG4-TE5-MK73"), ["1EG4-TE5-MK73"]);
        assert_eq!(spans("Medicare ID 1EG4TE5MK73"), ["1EG4TE5MK73"]);
        assert!(spans("SKU 1EG4TE5MK73").is_empty());
    }

    #[test]
    fn mbi_excluded_letters_and_positions() {
        // S, L, O, I, B, Z never appear; position 1 is never 0.
        assert!(spans("card 1SG4-TE5-MK73").is_empty());
        assert!(spans("card 0EG4-TE5-MK73").is_empty());
        assert!(spans("card 1EG4-TE5-MK7A").is_empty());
    }

    #[test]
    fn medicaid_and_member_ids() {
        assert_eq!(spans("Medicaid #TX55501234, 91"), ["TX55501234"]);
        assert_eq!(spans("member ID: 8812345678."), ["8812345678"]);
        assert!(spans("Medicaid cuts hit 2025 budgets").is_empty());
    }
}
