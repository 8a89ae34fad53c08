//! From findings to a verdict: combinations decide, not single hits.
//!
//! The rules follow `LABELS.md`: a direct identifier with care context is
//! high; two or more quasi-identifiers with a patient reference and clinical
//! detail are high; a case anecdote without them is low; derogatory words are
//! high when they land on someone identifiable and low otherwise; a named
//! story told with stated consent is low; everything else is none.

use crate::explain::Duty;
use crate::finding::Finding;
use crate::framing::Framing;
use crate::label::{IdentifierKind, Label};
use serde::Serialize;

/// The verdict on a whole post.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Risk {
    /// Nothing to warn about.
    None,
    /// A gentle caution: a real case without strong identifiers, or unaimed rudeness.
    Low,
    /// Someone could be recognised, or an identifiable person is attacked.
    High,
}

impl Risk {
    /// The wire name: `none`, `low`, `high`.
    pub fn as_str(self) -> &'static str {
        match self {
            Risk::None => "none",
            Risk::Low => "low",
            Risk::High => "high",
        }
    }

    /// Parses a wire name.
    pub fn parse(s: &str) -> Option<Risk> {
        match s {
            "none" => Some(Risk::None),
            "low" => Some(Risk::Low),
            "high" => Some(Risk::High),
            _ => None,
        }
    }
}

/// One post-level reason, citing the duty at stake.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// The professional duty the post puts at risk.
    pub duty: Duty,
    /// The reason in plain words.
    pub text: String,
}

/// The verdict, its score and its reasons.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Verdict {
    /// The verdict.
    pub risk: Risk,
    /// 0 to 1: under 0.3 is none, 0.3 to 0.7 low, 0.7 and over high.
    pub score: f64,
    /// Why, most serious first.
    pub reasons: Vec<Reason>,
}

/// What the findings of a post add up to.
#[derive(Debug, Default)]
struct Tally {
    direct: Vec<Label>,
    quasi: Vec<Label>,
    facilities: usize,
    named_facilities: usize,
    clinical: bool,
    patient_ref: bool,
    conduct: bool,
}

impl Tally {
    fn of(findings: &[Finding]) -> Tally {
        let mut tally = Tally::default();
        for f in findings {
            match f.label.kind() {
                IdentifierKind::Direct => push_unique(&mut tally.direct, f.label),
                IdentifierKind::Quasi => push_unique(&mut tally.quasi, f.label),
                IdentifierKind::Context => {}
                IdentifierKind::Tone => tally.conduct = true,
            }
            match f.label {
                Label::Clinical => tally.clinical = true,
                Label::PatientRef => tally.patient_ref = true,
                Label::Facility => {
                    tally.facilities += 1;
                    if f.confidence >= SPECIFIC_PLACE {
                        tally.named_facilities += 1;
                    }
                }
                _ => {}
            }
        }
        tally
    }

    /// Numbers that exist only in care records: on their own they reveal
    /// that one known person is in care. A name, phone number, address or
    /// date of birth says that only next to care details.
    fn has_care_record(&self) -> bool {
        self.direct
            .iter()
            .any(|l| matches!(l, Label::NhsNumber | Label::RecordId))
    }

    /// Numbers and contact details that no consent makes fit for a public post.
    fn has_record_identifier(&self) -> bool {
        self.direct
            .iter()
            .any(|l| matches!(l, Label::NhsNumber | Label::RecordId | Label::Contact))
    }

    /// The post is about someone's care, not just about a name.
    fn care_context(&self) -> bool {
        self.clinical || self.patient_ref
    }

    /// Someone a reader could pick out: a name, a handle, or a workplace
    /// named or numbered ("Ward 5", "Elmtree Medical Centre"); "theatre" or
    /// "the ED" alone could be anywhere.
    fn identifiable_target(&self) -> bool {
        !self.direct.is_empty() || self.named_facilities > 0
    }

    /// How far the quasi-identifiers narrow things down: one per kind, and
    /// one more when two places are named ("bed 14 on AMU" is a bed on a
    /// known ward, not just a ward).
    fn narrowing(&self) -> usize {
        self.quasi.len() + usize::from(self.facilities >= 2)
    }
}

/// The facility recognizer gives generic departments ("theatre", "ED") less
/// confidence than named or numbered places; at or above this, a place is one
/// a reader could find.
const SPECIFIC_PLACE: f32 = 0.75;

fn push_unique(labels: &mut Vec<Label>, label: Label) {
    if !labels.contains(&label) {
        labels.push(label);
    }
}

/// Decides the verdict for a post's resolved findings.
pub fn decide(findings: &[Finding], framing: Framing) -> Verdict {
    let tally = Tally::of(findings);
    let mut reasons = Vec::new();

    let risk = if framing.fictional && !tally.has_care_record() {
        Risk::None
    } else {
        // Without "my patient", the place and time must do the pointing on
        // their own, so it takes one more of them.
        let needed = if tally.patient_ref { 2 } else { 3 };
        // A named person placed in a care setting and narrowed further (a
        // time, an age, a bed) is someone's visit or stay, clinical words or not.
        let placed_in_care = tally.facilities > 0 && tally.narrowing() >= 2;
        let identified = tally.has_care_record()
            || (!tally.direct.is_empty() && (tally.care_context() || placed_in_care))
            || (tally.clinical && tally.narrowing() >= needed);
        // A named person placed on a ward or in a home, with nothing about
        // their care: a resident, perhaps, or a colleague. Worth a caution.
        let placed = !tally.direct.is_empty() && tally.facilities > 0;
        let attacked = tally.conduct && tally.identifiable_target();
        let anecdote = (tally.patient_ref && (tally.clinical || !tally.quasi.is_empty()))
            || (tally.quasi.contains(&Label::Age) && tally.clinical);

        if identified {
            reasons.push(identification_reason(&tally));
        }
        if tally.conduct {
            reasons.push(Reason {
                duty: Duty::Respect,
                text: if attacked {
                    "It uses derogatory words about someone readers could identify.".to_string()
                } else {
                    "It uses derogatory words about a service user, colleague or employer."
                        .to_string()
                },
            });
        }
        if !identified && anecdote {
            reasons.push(Reason {
                duty: Duty::Confidentiality,
                text: "It tells a real service user's story: make sure they could not recognise themselves, or that you have their consent."
                    .to_string(),
            });
        }

        if identified && framing.consent && !tally.has_record_identifier() {
            reasons.push(Reason {
                duty: Duty::Confidentiality,
                text: "You say the person consented: make sure that consent is documented and covers a public audience."
                    .to_string(),
            });
            Risk::Low
        } else if identified || attacked {
            Risk::High
        } else if anecdote || placed || tally.conduct {
            if placed && !anecdote {
                reasons.push(Reason {
                    duty: Duty::Confidentiality,
                    text: "It names someone together with where they are cared for or work: check they would be happy to be seen here."
                        .to_string(),
                });
            }
            Risk::Low
        } else {
            Risk::None
        }
    };

    if risk == Risk::None {
        reasons.clear();
    }
    Verdict {
        risk,
        score: score(risk, &tally),
        reasons,
    }
}

fn identification_reason(tally: &Tally) -> Reason {
    let what: Vec<&str> = tally
        .direct
        .iter()
        .chain(&tally.quasi)
        .map(|l| describe(*l))
        .collect();
    Reason {
        duty: Duty::Confidentiality,
        text: format!(
            "Someone could be recognised from {} together with details of their care.",
            join_words(&what)
        ),
    }
}

fn describe(label: Label) -> &'static str {
    match label {
        Label::Person => "a name",
        Label::NhsNumber => "an NHS number",
        Label::RecordId => "a record number",
        Label::DateOfBirth => "a date of birth",
        Label::Date => "a date",
        Label::Age => "an age",
        Label::Contact => "contact details",
        Label::Address => "an address",
        Label::Facility => "the ward or service",
        Label::Location => "a place",
        Label::Handle => "a social-media handle",
        Label::Clinical => "clinical details",
        Label::PatientRef => "a patient reference",
        Label::Recency => "when it happened",
        Label::Conduct => "derogatory words",
    }
}

fn join_words(words: &[&str]) -> String {
    match words {
        [] => "the details given".to_string(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

/// A score inside the verdict's band, higher with more evidence.
fn score(risk: Risk, tally: &Tally) -> f64 {
    let evidence = tally.direct.len() as f64 * 2.0
        + tally.quasi.len() as f64
        + f64::from(u8::from(tally.clinical))
        + f64::from(u8::from(tally.patient_ref))
        + f64::from(u8::from(tally.conduct));
    let within = (evidence / 10.0).min(1.0);
    let (floor, width) = match risk {
        Risk::None => (0.0, 0.29),
        Risk::Low => (0.3, 0.39),
        Risk::High => (0.7, 0.3),
    };
    ((floor + width * within) * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(label: Label) -> Finding {
        Finding::new(label, 0, 1)
    }

    fn risk_of(labels: &[Label], framing: Framing) -> Risk {
        let findings: Vec<Finding> = labels.iter().map(|&l| finding(l)).collect();
        decide(&findings, framing).risk
    }

    #[test]
    fn direct_identifier_with_care_context_is_high() {
        assert_eq!(
            risk_of(&[Label::Person, Label::Clinical], Framing::default()),
            Risk::High
        );
        assert_eq!(risk_of(&[Label::NhsNumber], Framing::default()), Risk::High);
        // Contact details, addresses and dates of birth need care context:
        // a charity shop's phone number or a grandparent's birthday is not a case.
        assert_eq!(
            risk_of(&[Label::Contact, Label::Address], Framing::default()),
            Risk::None
        );
        assert_eq!(
            risk_of(&[Label::Person, Label::DateOfBirth], Framing::default()),
            Risk::None
        );
        assert_eq!(
            risk_of(&[Label::Contact, Label::PatientRef], Framing::default()),
            Risk::High
        );
        // A name on a ward with nothing about care is a caution, not a block;
        // with a time or an age as well, it is someone's stay.
        assert_eq!(
            risk_of(&[Label::Person, Label::Facility], Framing::default()),
            Risk::Low
        );
        let visit = [Label::Person, Label::Facility, Label::Recency, Label::Age];
        assert_eq!(risk_of(&visit, Framing::default()), Risk::High);
    }

    #[test]
    fn quasi_identifiers_need_patient_and_clinical() {
        let quasi = [
            Label::Age,
            Label::Location,
            Label::PatientRef,
            Label::Clinical,
        ];
        assert_eq!(risk_of(&quasi, Framing::default()), Risk::High);
        assert_eq!(
            risk_of(
                &[Label::Age, Label::PatientRef, Label::Clinical],
                Framing::default()
            ),
            Risk::Low
        );
        assert_eq!(
            risk_of(&[Label::Age, Label::Location], Framing::default()),
            Risk::None
        );
    }

    #[test]
    fn conduct_depends_on_target() {
        assert_eq!(risk_of(&[Label::Conduct], Framing::default()), Risk::Low);
        assert_eq!(
            risk_of(&[Label::Conduct, Label::Person], Framing::default()),
            Risk::High
        );
    }

    #[test]
    fn an_insult_needs_a_place_readers_could_find() {
        let generic = Finding::new(Label::Facility, 0, 1).confidence(0.6);
        let named = Finding::new(Label::Facility, 0, 1).confidence(0.9);
        let conduct = finding(Label::Conduct);
        assert_eq!(
            decide(&[conduct.clone(), generic], Framing::default()).risk,
            Risk::Low
        );
        assert_eq!(
            decide(&[conduct, named], Framing::default()).risk,
            Risk::High
        );
    }

    #[test]
    fn consent_and_fiction_soften() {
        let consent = Framing {
            consent: true,
            ..Framing::default()
        };
        assert_eq!(
            risk_of(&[Label::Person, Label::Clinical], consent),
            Risk::Low
        );
        let fiction = Framing {
            fictional: true,
            ..Framing::default()
        };
        assert_eq!(
            risk_of(&[Label::Person, Label::Clinical, Label::Age], fiction),
            Risk::None
        );
    }

    #[test]
    fn scores_stay_in_band() {
        let v = decide(
            &[finding(Label::NhsNumber), finding(Label::Person)],
            Framing::default(),
        );
        assert!(v.score >= 0.7 && v.score <= 1.0);
        assert!(!v.reasons.is_empty());
        let none = decide(&[], Framing::default());
        assert!(none.score < 0.3 && none.reasons.is_empty());
    }
}
