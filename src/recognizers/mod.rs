//! Every recognizer, one per file, in the order they run.
//!
//! Each one reads the [`Document`] and adds [`Finding`]s for one kind of thing.
//! The order matters: later recognizers may read what earlier ones found (an
//! NHS number needs clinical words nearby; a lowercase name needs "my patient"
//! nearby), so the vocabulary recognizers run first and names run last.
//!
//! [`Finding`]: crate::finding::Finding

use crate::document::Document;
use crate::finding::Findings;
use crate::options::Options;

// Context: what the post is about.
pub mod case_cues;
pub mod clinical;
pub mod conduct;
pub mod patient_ref;
pub mod recency;

// Direct identifiers with a fixed shape.
pub mod chi_number;
pub mod email;
pub mod handle;
pub mod hc_number;
pub mod hospital_number;
pub mod medicare;
pub mod national_insurance;
pub mod nhs_number;
pub mod phone;
pub mod ssn;

// Addresses.
pub mod postcode;
pub mod street_address;
pub mod zip_code;

// Dates and ages.
pub mod age;
pub mod date;
pub mod date_of_birth;

// Places.
pub mod facility;
pub mod location;

// People.
pub mod person;

// The user's own lists (options page): they need the options, so they run
// after the registry above, from `WITH_OPTIONS`.
pub mod my_places;
pub mod watchlist;

/// A recognizer: a name for reports and tests, and the function that runs it.
pub struct Recognizer {
    /// Short name, the file's name.
    pub name: &'static str,
    /// Adds this recognizer's findings for the document.
    pub find: fn(&Document, &mut Findings),
}

/// All recognizers, in running order.
pub const ALL: &[Recognizer] = &[
    Recognizer {
        name: "clinical",
        find: clinical::find,
    },
    Recognizer {
        name: "patient_ref",
        find: patient_ref::find,
    },
    Recognizer {
        name: "recency",
        find: recency::find,
    },
    Recognizer {
        name: "conduct",
        find: conduct::find,
    },
    Recognizer {
        name: "email",
        find: email::find,
    },
    Recognizer {
        name: "handle",
        find: handle::find,
    },
    Recognizer {
        name: "phone",
        find: phone::find,
    },
    Recognizer {
        name: "nhs_number",
        find: nhs_number::find,
    },
    Recognizer {
        name: "chi_number",
        find: chi_number::find,
    },
    Recognizer {
        name: "hc_number",
        find: hc_number::find,
    },
    Recognizer {
        name: "hospital_number",
        find: hospital_number::find,
    },
    Recognizer {
        name: "national_insurance",
        find: national_insurance::find,
    },
    Recognizer {
        name: "ssn",
        find: ssn::find,
    },
    Recognizer {
        name: "medicare",
        find: medicare::find,
    },
    Recognizer {
        name: "postcode",
        find: postcode::find,
    },
    Recognizer {
        name: "zip_code",
        find: zip_code::find,
    },
    Recognizer {
        name: "street_address",
        find: street_address::find,
    },
    Recognizer {
        name: "date_of_birth",
        find: date_of_birth::find,
    },
    Recognizer {
        name: "date",
        find: date::find,
    },
    Recognizer {
        name: "age",
        find: age::find,
    },
    Recognizer {
        name: "facility",
        find: facility::find,
    },
    Recognizer {
        name: "location",
        find: location::find,
    },
    Recognizer {
        name: "person",
        find: person::find,
    },
];

/// A recognizer driven by the user's options (their places, their watchlist).
pub struct OptionsRecognizer {
    /// Short name, the file's name.
    pub name: &'static str,
    /// Adds this recognizer's findings for the document and options.
    pub find: fn(&Document, &Options, &mut Findings),
}

/// The recognizers that read the options, run after [`ALL`]. With default
/// options they find nothing.
pub const WITH_OPTIONS: &[OptionsRecognizer] = &[
    OptionsRecognizer {
        name: "my_places",
        find: my_places::find,
    },
    OptionsRecognizer {
        name: "watchlist",
        find: watchlist::find,
    },
];

/// What recognizer tests share: run one recognizer alone on a text.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    /// The texts of one recognizer's findings on `text`, as the pipeline
    /// would keep them (overlaps resolved, in order).
    pub(crate) fn spans(find: fn(&Document, &mut Findings), text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        let mut found = Findings::default();
        find(&doc, &mut found);
        found
            .into_resolved()
            .iter()
            .map(|f| text.get(f.start..f.end).unwrap_or("?"))
            .collect()
    }

    /// The labels and texts of an options-driven recognizer's findings.
    pub(crate) fn spans_with_options(
        find: fn(&Document, &Options, &mut Findings),
        options: &Options,
        text: &str,
    ) -> Vec<(crate::label::Label, String)> {
        let doc = Document::new(text);
        let mut found = Findings::default();
        find(&doc, options, &mut found);
        found
            .into_resolved()
            .iter()
            .map(|f| (f.label, doc.slice(f.start, f.end).to_string()))
            .collect()
    }
}
