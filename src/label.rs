//! The kinds of finding, exactly as named in the labelled corpora (`LABELS.md`).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What a highlighted phrase is. The wire names (`"AGE"`, `"NHS_NUMBER"`) are a
/// contract shared with the corpora, the CLI's JSON and the extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Label {
    /// Name, initials or nickname of a private individual.
    Person,
    /// NHS number, Scotland's CHI or Northern Ireland's H&C number.
    NhsNumber,
    /// Hospital/record number, case or referral number, SSN, Medicare/Medicaid ID, NI number.
    RecordId,
    /// A date of birth, or a phrase that gives it.
    DateOfBirth,
    /// A specific calendar date (or weekday) of a care event.
    Date,
    /// A specific age of an individual.
    Age,
    /// A phone number or email address of an individual.
    Contact,
    /// A street address, house, postcode or ZIP code tied to an individual.
    Address,
    /// A named hospital, ward, bay, bed, clinic, practice, care home, school, prison or unit.
    Facility,
    /// A town, street, estate or landmark placing the individual.
    Location,
    /// The @handle or profile name of a service user or colleague.
    Handle,
    /// Diagnosis, condition, injury, medication, procedure, result, legal status.
    Clinical,
    /// Words that point at a specific real service user ("my patient").
    PatientRef,
    /// Words that place the case close to now ("today", "tonight's shift").
    Recency,
    /// Abusive, derogatory or humiliating words about a patient, colleague or employer.
    Conduct,
}

impl Label {
    /// Every label, in the order reports list them.
    pub const ALL: [Label; 15] = [
        Label::Person,
        Label::NhsNumber,
        Label::RecordId,
        Label::DateOfBirth,
        Label::Date,
        Label::Age,
        Label::Contact,
        Label::Address,
        Label::Facility,
        Label::Location,
        Label::Handle,
        Label::Clinical,
        Label::PatientRef,
        Label::Recency,
        Label::Conduct,
    ];

    /// The wire name, as in `LABELS.md`.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::NhsNumber => "NHS_NUMBER",
            Label::RecordId => "RECORD_ID",
            Label::DateOfBirth => "DATE_OF_BIRTH",
            Label::Date => "DATE",
            Label::Age => "AGE",
            Label::Contact => "CONTACT",
            Label::Address => "ADDRESS",
            Label::Facility => "FACILITY",
            Label::Location => "LOCATION",
            Label::Handle => "HANDLE",
            Label::Clinical => "CLINICAL",
            Label::PatientRef => "PATIENT_REF",
            Label::Recency => "RECENCY",
            Label::Conduct => "CONDUCT",
        }
    }

    /// What role the label plays when the verdict weighs a post.
    pub fn kind(self) -> IdentifierKind {
        match self {
            Label::Person
            | Label::NhsNumber
            | Label::RecordId
            | Label::DateOfBirth
            | Label::Contact
            | Label::Address
            | Label::Handle => IdentifierKind::Direct,
            Label::Date | Label::Age | Label::Facility | Label::Location | Label::Recency => {
                IdentifierKind::Quasi
            }
            Label::Clinical | Label::PatientRef => IdentifierKind::Context,
            Label::Conduct => IdentifierKind::Tone,
        }
    }

    /// When two findings overlap, the one with the higher rank keeps its span.
    /// Specific, checksum-backed identifiers outrank loose lexical cues.
    pub fn overlap_rank(self) -> u8 {
        match self {
            Label::NhsNumber => 15,
            Label::RecordId => 14,
            Label::Contact => 13,
            Label::DateOfBirth => 12,
            Label::Handle => 11,
            Label::Address => 10,
            Label::Person => 9,
            Label::Age => 8,
            Label::Date => 7,
            Label::Facility => 6,
            Label::Location => 5,
            Label::Conduct => 4,
            Label::Clinical => 3,
            Label::PatientRef => 2,
            Label::Recency => 1,
        }
    }
}

/// How a label counts toward identifying someone (see `LABELS.md`, "high").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdentifierKind {
    /// Identifies a person on its own: name, number, date of birth, contact, address, handle.
    Direct,
    /// Narrows down who it is only in combination: age, place, facility, date, recency.
    Quasi,
    /// Says the post is about a real service user and their care.
    Context,
    /// Says the post attacks someone.
    Tone,
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error for a label name that `LABELS.md` does not define.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLabel(pub String);

impl fmt::Display for UnknownLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown label {:?}", self.0)
    }
}

impl std::error::Error for UnknownLabel {}

impl FromStr for Label {
    type Err = UnknownLabel;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Label::ALL
            .into_iter()
            .find(|label| label.as_str() == s)
            .ok_or_else(|| UnknownLabel(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_round_trip() {
        for label in Label::ALL {
            assert_eq!(label.as_str().parse::<Label>(), Ok(label));
        }
        assert!("age".parse::<Label>().is_err());
    }

    #[test]
    fn overlap_ranks_are_distinct() {
        let mut ranks: Vec<u8> = Label::ALL.iter().map(|l| l.overlap_rank()).collect();
        ranks.sort_unstable();
        ranks.dedup();
        assert_eq!(ranks.len(), Label::ALL.len());
    }
}
