//! My places: the hospitals, wards, teams, employers and towns the user told
//! CareCheck they work with (options page, one per line).
//!
//! A generic recognizer cannot know that "Riverside" is the user's hospital;
//! the user can. Their list is a [`PhraseSet`](crate::lexicon::PhraseSet)
//! built once from the options (case-insensitive, whole words, the same
//! word rules as every other list), so a post naming one of them gets a
//! FACILITY finding (LOCATION for `town:` lines, see [`crate::options`]) with
//! a reason saying why: naming where you work places the person you write
//! about.

use crate::document::Document;
use crate::finding::{Finding, Findings};
use crate::label::Label;
use crate::lexicon::PhraseSet;
use crate::options::Options;

const FACILITY_REASON: &str =
    "This is one of your places: naming where you work helps people work out who you mean.";
const TOWN_REASON: &str =
    "This is one of your places: naming the town you work in helps people work out who you mean.";

/// Adds a finding for every mention of one of the user's places.
pub fn find(doc: &Document, options: &Options, found: &mut Findings) {
    push_all(
        doc,
        &options.facilities,
        Label::Facility,
        FACILITY_REASON,
        found,
    );
    push_all(doc, &options.towns, Label::Location, TOWN_REASON, found);
}

fn push_all(
    doc: &Document,
    set: &PhraseSet,
    label: Label,
    reason: &'static str,
    found: &mut Findings,
) {
    if set.is_empty() {
        return;
    }
    for m in set.find_all(doc) {
        let (start, end) = m.span(doc);
        found.push(
            Finding::new(label, start, end)
                .confidence(0.95)
                .reason(reason),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::OptionsInput;

    fn spans(places: &[&str], text: &str) -> Vec<(Label, String)> {
        let input = OptionsInput {
            places: places.iter().map(|p| p.to_string()).collect(),
            ..OptionsInput::default()
        };
        let options = Options::from_input(&input);
        crate::recognizers::testing::spans_with_options(find, &options, text)
    }

    #[test]
    fn places_are_found_in_any_case_as_whole_words() {
        let got = spans(
            &["Riverside", "town: Halewood", "Ward 7B"],
            "Long shift at RIVERSIDE on ward 7b, then home to Halewood.",
        );
        assert_eq!(
            got,
            [
                (Label::Facility, "RIVERSIDE".to_string()),
                (Label::Facility, "ward 7b".to_string()),
                (Label::Location, "Halewood".to_string()),
            ]
        );
    }

    #[test]
    fn parts_of_words_and_other_places_are_not_found() {
        assert!(spans(&["Riverside"], "Riversides and the riverside walk").len() == 1);
        assert!(spans(&["Oak Ward"], "an oak tree; the ward").is_empty());
        assert!(spans(&["Elm"], "Elmwood").is_empty());
        assert!(spans(&[], "Riverside").is_empty());
    }

    #[test]
    fn unicode_places_match() {
        let got = spans(
            &["Hôpital Saint-Éloi"],
            "Transféré 🚑 au HÔPITAL SAINT-ÉLOI",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, "HÔPITAL SAINT-ÉLOI");
    }
}
