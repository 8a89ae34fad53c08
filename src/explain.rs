//! Plain-words explanations: why each kind of finding matters, what to write
//! instead, and which professional duty is at stake.

use crate::finding::Suggestion;
use crate::label::Label;
use serde::Serialize;

/// The professional duty a post puts at risk (the regulators' codes: NMC,
/// HCPC, GMC, Social Work England/BASW, APA all name these three).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Duty {
    /// Keep what you learn about service users confidential.
    Confidentiality,
    /// Keep a professional distance from service users online.
    ProfessionalBoundaries,
    /// Treat service users, colleagues and employers with dignity and respect.
    Respect,
}

impl Duty {
    /// The duty's name as a user reads it.
    pub fn title(self) -> &'static str {
        match self {
            Duty::Confidentiality => "confidentiality",
            Duty::ProfessionalBoundaries => "professional boundaries",
            Duty::Respect => "respect",
        }
    }
}

/// Why a finding with this label is flagged, in one sentence.
pub fn reason(label: Label) -> &'static str {
    match label {
        Label::Person => "A name lets anyone who knows this person recognise them.",
        Label::NhsNumber => "An NHS, CHI or H&C number identifies one patient exactly.",
        Label::RecordId => "A record, case or insurance number identifies one person exactly.",
        Label::DateOfBirth => "A date of birth is enough, with little else, to identify someone.",
        Label::Date => "A specific date lets people match the post to a real event.",
        Label::Age => "An exact age narrows down who this is, especially with a place or date.",
        Label::Contact => "A phone number or email address leads straight to one person.",
        Label::Address => "An address or postcode points to someone's home.",
        Label::Facility => "Naming the ward, bed or service tells people where to look.",
        Label::Location => "A town, street or landmark helps people work out who this is.",
        Label::Handle => "A social-media handle points straight to the person's own account.",
        Label::Clinical => "This is health or care information, which is confidential.",
        Label::PatientRef => "This refers to a real person in your care.",
        Label::Recency => "Saying when it happened lets colleagues and family link the post to the person.",
        Label::Conduct => "Derogatory words about people in your care or your colleagues break the duty of respect.",
    }
}

/// The default safer wording for a label.
pub fn suggestion(label: Label) -> Suggestion {
    match label {
        Label::Person => Suggestion::replace(
            "a patient",
            "Leave the name out; say \"a patient\" or \"someone\".",
        ),
        Label::NhsNumber | Label::RecordId => {
            Suggestion::remove("Remove the number: it never belongs in a post.")
        }
        Label::DateOfBirth => Suggestion::remove("Remove the date of birth."),
        Label::Date => Suggestion::remove("Remove the date, or post much later."),
        Label::Age => Suggestion::replace(
            "an adult",
            "Give a broad age group instead of the exact age.",
        ),
        Label::Contact => {
            Suggestion::remove("Remove the contact details; ask people to message you privately.")
        }
        Label::Address => Suggestion::remove("Remove the address."),
        Label::Facility => Suggestion::replace("a hospital", "Leave out the ward, bed or service."),
        Label::Location => Suggestion::replace("locally", "Leave out the place name."),
        Label::Handle => Suggestion::remove("Don't tag or name the person's account."),
        Label::Clinical => Suggestion::replace(
            "a health problem",
            "Keep clinical details general, or leave them out.",
        ),
        Label::PatientRef => Suggestion::replace(
            "someone",
            "Make sure the person could not recognise themselves, and that you have their consent.",
        ),
        Label::Recency => Suggestion::remove("Leave out when it happened, or wait before posting."),
        Label::Conduct => Suggestion::remove("Remove the derogatory words."),
    }
}

/// The duty a finding with this label touches.
pub fn duty(label: Label) -> Duty {
    match label {
        Label::Conduct => Duty::Respect,
        Label::Handle => Duty::ProfessionalBoundaries,
        _ => Duty::Confidentiality,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_has_a_sentence_and_advice() {
        for label in Label::ALL {
            let why = reason(label);
            assert!(why.ends_with('.') && why.len() > 20, "{label}: {why}");
            assert!(!suggestion(label).advice.is_empty());
        }
    }

    #[test]
    fn conduct_is_about_respect() {
        assert_eq!(duty(Label::Conduct), Duty::Respect);
        assert_eq!(duty(Label::NhsNumber), Duty::Confidentiality);
    }
}
