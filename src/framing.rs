//! How the post frames what it tells: with the person's consent, as a made-up
//! teaching case, as population statistics. Framing produces no highlights;
//! it changes how the verdict weighs the findings.

use crate::document::Document;
use crate::lexicon::PhraseSet;
use std::sync::LazyLock;

/// Framing cues found in a post.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Framing {
    /// The author says the person agreed to be written about.
    pub consent: bool,
    /// The case is stated to be fictional, a composite or a teaching vignette.
    pub fictional: bool,
}

static CONSENT: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new([
        "with permission",
        "with her permission",
        "with his permission",
        "with their permission",
        "with consent",
        "with her consent",
        "with his consent",
        "with their consent",
        "with full consent",
        "family permission",
        "family's permission",
        "family consent",
        "family's consent",
        "parents' permission",
        "parental consent",
        "with written consent",
        "shared with permission",
        "posted with permission",
        "permission to share",
        "consent to share",
        "asked me to share",
        "wanted me to share",
        "gave permission",
        "gave me permission",
        "given permission",
        "has given consent",
        "have given consent",
        "gave consent",
        "gave their consent",
        "thanks for letting me share",
        "thank you for letting me share",
        "for letting me share",
        "happy for me to share",
        "agreed to me sharing",
        "agreed for me to share",
    ])
});

static FICTIONAL: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new([
        "fictional",
        "fictitious",
        "made up",
        "made-up",
        "hypothetical",
        "composite case",
        "composite patient",
        "not a real patient",
        "not a real person",
        "imaginary patient",
        "teaching vignette",
        "case vignette",
        "example case",
        "scenario",
    ])
});

/// Reads the framing cues of a post.
pub fn read(doc: &Document) -> Framing {
    Framing {
        consent: !CONSENT.find_all(doc).is_empty(),
        fictional: !FICTIONAL.find_all(doc).is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framing(text: &str) -> Framing {
        read(&Document::new(text))
    }

    #[test]
    fn consent_statements() {
        assert!(framing("Posted with permission from his family: Ted walked today!").consent);
        assert!(framing("Her mum asked me to share this.").consent);
        assert!(!framing("I need permission slips for the trip").consent);
    }

    #[test]
    fn fictional_cases() {
        assert!(framing("Case vignette (fictional): Mr X, 70, breathless.").fictional);
        assert!(!framing("Mr Ahmed, 70, breathless on the ward today").fictional);
    }
}
