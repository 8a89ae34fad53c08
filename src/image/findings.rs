//! What the metadata and the text around an image mean for the user, in the
//! same terms as a post's findings: a label, a severity, a reason and the
//! value that was found.

use super::metadata::Metadata;
use crate::label::IdentifierKind;
use crate::verdict::Risk;
use crate::{analyze_with, Label, Options, Severity};
use serde::Serialize;

/// Where in the file a finding came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// The GPS position.
    Gps,
    /// Any other metadata field (EXIF, XMP, PNG text).
    Metadata,
    /// The file's name.
    FileName,
}

/// One thing an attached image gives away.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ImageFinding {
    /// The same labels as a post's findings (LOCATION for GPS, DATE for the
    /// capture time, PERSON for names).
    pub label: Label,
    /// How much it identifies on its own.
    pub severity: Severity,
    /// One sentence for the user.
    pub reason: String,
    /// What was found, as it appears in the file.
    pub value: String,
    /// Where it was found.
    pub source: Source,
}

/// The findings of the metadata: position, time, names, places, and what
/// the analysis of the free text finds.
pub fn from_metadata(m: &Metadata, options: &Options) -> Vec<ImageFinding> {
    let mut out = Vec::new();
    if let Some(gps) = m.gps.filter(|_| options.enabled(Label::Location)) {
        out.push(ImageFinding {
            label: Label::Location,
            severity: Severity::High,
            reason:
                "Where the photo was taken (GPS): anyone who saves it can find the place on a map."
                    .to_string(),
            value: gps.display(),
            source: Source::Gps,
        });
    }
    for place in m.places.iter().filter(|_| options.enabled(Label::Location)) {
        out.push(ImageFinding {
            label: Label::Location,
            severity: Severity::Medium,
            reason: format!("A place named in the photo's details ({}).", place.name),
            value: place.value.clone(),
            source: Source::Metadata,
        });
    }
    if let Some(taken) = m.taken.as_ref().filter(|_| options.enabled(Label::Date)) {
        out.push(ImageFinding {
            label: Label::Date,
            severity: Severity::Low,
            reason: "When the photo was taken: it dates what the photo shows.".to_string(),
            value: taken.clone(),
            source: Source::Metadata,
        });
    }
    for name in m.names.iter().filter(|_| options.enabled(Label::Person)) {
        out.push(ImageFinding {
            label: Label::Person,
            severity: Severity::Medium,
            reason: format!(
                "A name in the photo's details ({}): it ties the photo to you or to someone in it.",
                name.name
            ),
            value: name.value.clone(),
            source: Source::Metadata,
        });
    }
    for text in &m.texts {
        let place = format!("photo's hidden {}", text.name.to_lowercase());
        for (finding, range) in from_text(&text.value, &place, Source::Metadata, options) {
            let value = text.value.get(range).unwrap_or_default().to_string();
            out.push(ImageFinding { value, ..finding });
        }
    }
    out
}

/// A text that travels with the image (a caption, the file name), analysed
/// like a post. What a post's verdict would show is kept. When the verdict
/// is none, direct identifiers are still kept: a name hidden in a photo is
/// worth a word even without a case around it. Alone, a name or contact is
/// medium; a record number, or two kinds of direct identifier together
/// ("jsmith_03041951": a name and a date of birth), pick out one person
/// and stay high, since a file named that way is a record, not a snapshot.
/// Returns each finding with its byte range in `text` (`value` is left
/// empty for the caller, who knows what to show).
pub fn from_text(
    text: &str,
    place: &str,
    source: Source,
    options: &Options,
) -> Vec<(ImageFinding, std::ops::Range<usize>)> {
    let report = analyze_with(text, options);
    let risky = report.risk != Risk::None;
    let direct: Vec<&crate::Finding> = report
        .findings
        .iter()
        .filter(|f| f.label.kind() == IdentifierKind::Direct)
        .collect();
    let kinds = direct
        .iter()
        .map(|f| f.label)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let shown = if risky {
        report.findings.iter().collect()
    } else {
        direct
    };
    shown
        .into_iter()
        .map(|f| {
            let identifies =
                risky || kinds >= 2 || matches!(f.label, Label::NhsNumber | Label::RecordId);
            let severity = if identifies {
                f.severity
            } else {
                f.severity.min(Severity::Medium)
            };
            let finding = ImageFinding {
                label: f.label,
                severity,
                reason: format!("In the {place}: {}", f.reason),
                value: String::new(),
                source,
            };
            (finding, f.start..f.end)
        })
        .collect()
}

/// An image's risk from its findings, on the same scale as a post's: high
/// when something identifies on its own, low for anything else.
pub fn risk_of(findings: &[ImageFinding]) -> Risk {
    match findings.iter().map(|f| f.severity).max() {
        Some(Severity::High) => Risk::High,
        Some(_) => Risk::Low,
        None => Risk::None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::metadata::{Coordinates, Field};
    use super::*;

    fn labels(findings: &[ImageFinding]) -> Vec<&'static str> {
        findings.iter().map(|f| f.label.as_str()).collect()
    }

    #[test]
    fn metadata_becomes_findings_with_their_values() {
        let m = Metadata {
            gps: Coordinates::from_parts(51.5, 'N', 0.12, 'W'),
            taken: Some("2026-11-22 10:15".into()),
            names: vec![Field {
                name: "Artist",
                value: "Jane Smith".into(),
            }],
            texts: vec![Field {
                name: "Description",
                value: "Mrs Edna Kowalski, bed 4, Ward 7B, after her fall".into(),
            }],
            ..Default::default()
        };
        let found = from_metadata(&m, &Options::default());
        assert_eq!(&labels(&found)[..3], ["LOCATION", "DATE", "PERSON"]);
        assert_eq!(found[0].value, "51.50000, -0.12000");
        assert!(found
            .iter()
            .any(|f| f.label == Label::Person && f.value == "Mrs Edna Kowalski"));
        assert!(found.iter().all(|f| !f.reason.is_empty()));
        assert_eq!(risk_of(&found), Risk::High);
    }

    #[test]
    fn harmless_captions_and_camera_boilerplate_say_nothing() {
        let m = Metadata {
            texts: vec![
                Field {
                    name: "Description",
                    value: "OLYMPUS DIGITAL CAMERA".into(),
                },
                Field {
                    name: "Title",
                    value: "sunset over the bay".into(),
                },
            ],
            ..Default::default()
        };
        assert!(from_metadata(&m, &Options::default()).is_empty());
        assert_eq!(risk_of(&[]), Risk::None);
    }

    #[test]
    fn capture_time_alone_is_low() {
        let m = Metadata {
            taken: Some("2026-11-22".into()),
            ..Default::default()
        };
        assert_eq!(risk_of(&from_metadata(&m, &Options::default())), Risk::Low);
    }

    #[test]
    fn a_lone_name_is_medium_a_name_with_a_birth_date_or_a_record_number_high() {
        let severity = |text: &str| {
            from_text(text, "file name", Source::FileName, &Options::default())
                .iter()
                .map(|(f, _)| f.severity)
                .max()
        };
        assert_eq!(severity("Karen Lee"), Some(Severity::Medium));
        assert_eq!(severity("J Smith 03/04/1951"), Some(Severity::High));
        assert_eq!(severity("nhs 943 476 5919"), Some(Severity::High));
        assert_eq!(severity("sunset"), None);
    }

    #[test]
    fn disabled_labels_are_left_out() {
        let m = Metadata {
            gps: Coordinates::from_parts(51.5, 'N', 0.12, 'W'),
            ..Default::default()
        };
        let input = crate::OptionsInput {
            disabled_labels: vec!["LOCATION".into()],
            ..Default::default()
        };
        assert!(from_metadata(&m, &Options::from_input(&input)).is_empty());
    }
}
