//! Clinical vocabulary from the word lists in `src/data/clinical_*.txt`.
//!
//! The lists are matched leftmost-longest, so "end stage heart failure"
//! wins over "heart failure". Rare conditions have their own list
//! (`clinical_rare.txt`) because a rare condition is a quasi-identifier and
//! is reported with more weight. Three guards keep precision:
//! - acronyms that are also words or initials ("MS", "PE", "ALL", "IV")
//!   count only when typed in capitals;
//! - [`vetoes`] gives the everyday phrases from `clinical_not.txt` ("fall
//!   asleep", "stroke of luck"); any clinical hit inside one is dropped;
//! - [`is_authors_own`] tells when a match is the author's own health
//!   ("my anxiety", "my mum's dementia"), which the labels leave unflagged.

use super::{Hit, Kind};
use crate::document::Document;
use crate::lexicon::PhraseSet;
use std::sync::LazyLock;

fn list(text: &str) -> PhraseSet {
    PhraseSet::from_list(text).with_plurals()
}

static CONDITIONS: LazyLock<PhraseSet> = LazyLock::new(|| {
    let mut set = list(include_str!("../../data/clinical_conditions.txt"));
    for line in crate::lexicon::list_entries(include_str!("../../data/clinical_symptoms.txt"))
        .chain(crate::lexicon::list_entries(include_str!(
            "../../data/clinical_abbreviations.txt"
        )))
    {
        set.insert(line);
    }
    set
});
static RARE: LazyLock<PhraseSet> =
    LazyLock::new(|| list(include_str!("../../data/clinical_rare.txt")));
static MEDICATIONS: LazyLock<PhraseSet> =
    LazyLock::new(|| list(include_str!("../../data/clinical_medications.txt")));
static PROCEDURES: LazyLock<PhraseSet> =
    LazyLock::new(|| list(include_str!("../../data/clinical_procedures.txt")));
static STATUS: LazyLock<PhraseSet> =
    LazyLock::new(|| list(include_str!("../../data/clinical_status.txt")));
static ACRONYMS: LazyLock<PhraseSet> =
    LazyLock::new(|| list(include_str!("../../data/clinical_acronyms.txt")));
static NOT_CLINICAL: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../../data/clinical_not.txt")));

/// Byte spans of everyday phrases that hold a clinical word in another
/// sense ("fall asleep", "cabin fever"); no clinical hit may overlap one.
pub(super) fn vetoes(doc: &Document) -> Vec<(usize, usize)> {
    NOT_CLINICAL
        .find_all(doc)
        .iter()
        .map(|m| m.span(doc))
        .collect()
}

/// Adds the list matches of `doc` to `hits`.
pub(super) fn find(doc: &Document, hits: &mut Vec<Hit>) {
    let sets: [(&PhraseSet, Kind, f32); 5] = [
        (&CONDITIONS, Kind::Condition, 0.8),
        (&RARE, Kind::Rare, 0.8),
        (&MEDICATIONS, Kind::Medication, 0.8),
        (&PROCEDURES, Kind::Procedure, 0.7),
        (&STATUS, Kind::Status, 0.8),
    ];
    for (set, kind, confidence) in sets {
        for m in set.find_all(doc) {
            let (start, end) = m.span(doc);
            hits.push(Hit {
                start,
                end,
                kind,
                confidence,
                particular: false,
            });
        }
    }
    for m in ACRONYMS.find_all(doc) {
        let (start, end) = m.span(doc);
        if in_capitals(doc.slice(start, end)) || lowercase_with_cue(doc, m.first, start) {
            hits.push(Hit {
                start,
                end,
                kind: Kind::Condition,
                confidence: 0.6,
                particular: false,
            });
        }
    }
}

/// Relatives whose health, told by the author ("my mum's dementia"), is the
/// author's own family life, which the labels leave unflagged.
const FAMILY: &[&str] = &[
    "mum's",
    "mom's",
    "dad's",
    "nan's",
    "gran's",
    "grandad's",
    "grandma's",
    "husband's",
    "wife's",
    "partner's",
    "son's",
    "daughter's",
    "brother's",
    "sister's",
    "own",
];

/// Staff, services and campaigns named after what they treat: "dementia
/// nurses", "the CAMHS team", "wheelchair clinic", "MRI list", "stroke
/// awareness". (A screening van is left alone: being at one tells of
/// someone's screening.)
const ROLES: &[&str] = &[
    "nurse",
    "nurses",
    "specialist",
    "specialists",
    "sw",
    "worker",
    "workers",
    "team",
    "teams",
    "consultant",
    "consultants",
    "practitioner",
    "practitioners",
    "lead",
    "service",
    "services",
    "clinic",
    "clinics",
    "list",
    "programme",
    "program",
    "campaign",
    "campaigns",
    "awareness",
    "charity",
    "helpline",
    "helplines",
];

/// True when the phrase from `start` to `end` names a field of work rather
/// than someone's health: it titles a role or service ("dementia nurses",
/// "CAMHS team") or follows "new to", "work in" ("if you work in palliative
/// care"). Nobody's diagnosis is told by the name of a job.
pub(super) fn names_a_field_of_work(doc: &Document, start: usize, end: usize) -> bool {
    let titles_a_role = doc.words_after(end, 1).first().is_some_and(|next| {
        ROLES.contains(&next.norm.as_str()) && doc.slice(end, next.start) == " "
    });
    let after_work_in = match doc.words_before(start, 2) {
        [verb, prep] => {
            prep.norm == "in"
                && matches!(verb.norm.as_str(), "work" | "works" | "worked" | "working")
                || prep.norm == "to" && verb.norm == "new"
        }
        _ => false,
    };
    titles_a_role || after_work_in
}

/// True when the words just before token `first` make what follows the
/// author's own health: "my …", "my mum's …", "I have …", "I've got …".
pub(super) fn is_authors_own(doc: &Document, first: usize) -> bool {
    let before = |back: usize| {
        first
            .checked_sub(back)
            .and_then(|i| doc.tokens().get(i))
            .map_or("", |t| t.norm.as_str())
    };
    let owns = match (before(2), before(1)) {
        (_, "my") => Some(1),
        ("my", relative) if FAMILY.contains(&relative) => Some(2),
        ("i", "have" | "had") | ("i've", "got" | "had") => Some(2),
        _ => None,
    };
    owns.is_some_and(|back| !opens_quote(doc, first.checked_sub(back)))
}

/// True when token `index` opens a quotation ("she said 'my voices...'"):
/// a quoted "my" is the speaker's, not the author's.
fn opens_quote(doc: &Document, index: Option<usize>) -> bool {
    let Some(token) = index.and_then(|i| doc.tokens().get(i)) else {
        return false;
    };
    let previous_end = index
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| doc.tokens().get(i))
        .map_or(0, |t| t.end);
    doc.slice(previous_end, token.start)
        .chars()
        .any(|c| matches!(c, '\'' | '"' | '‘' | '“'))
}

/// True when every letter is a capital, allowing a plural "s" at the end
/// ("UTIs") and lowercase words after the acronym ("GI bleed").
/// Acronyms that informal posts type in lowercase ("hx af", "with ms and a
/// pe") and that mean nothing else right after a history cue.
const LOWERCASE_ACRONYMS: &[&str] = &[
    "ms", "pe", "mi", "af", "hf", "svt", "tb", "sle", "cf", "oa", "uc", "acs", "lvf", "sah", "ich",
    "gad", "eds", "cfs", "pots", "als", "amd", "aaa", "pph", "aml", "cll", "vf", "vt", "nai",
];

/// Words that introduce someone's conditions ("with", "hx", "known").
const HISTORY_CUES: &[&str] = &[
    "with",
    "w",
    "hx",
    "pmh",
    "pmhx",
    "known",
    "query",
    "suspected",
    "bg",
    "background",
    "dx",
    "diagnosed",
];

/// True when the lowercase acronym at token `first` ends a list that a
/// history cue opens and is not a title before a name ("with ms Jones").
fn lowercase_with_cue(doc: &Document, first: usize, start: usize) -> bool {
    let Some(token) = doc.tokens().get(first) else {
        return false;
    };
    // Walk back over a list of conditions ("with ms and a pe") to its cue.
    let cue = doc
        .words_before(start, 4)
        .iter()
        .rev()
        .map(|t| t.norm.as_str())
        .take_while(|w| {
            HISTORY_CUES.contains(w)
                || LOWERCASE_ACRONYMS.contains(w)
                || matches!(*w, "and" | "or" | "a" | "an" | "of")
        })
        .any(|w| HISTORY_CUES.contains(&w));
    let before_name = doc
        .tokens()
        .get(first + 1)
        .is_some_and(|t| t.is_capitalized(doc.text()));
    LOWERCASE_ACRONYMS.contains(&token.norm.as_str()) && cue && !before_name
}

fn in_capitals(text: &str) -> bool {
    let first_word = text.split([' ', '-']).next().unwrap_or(text);
    let word = first_word.strip_suffix('s').unwrap_or(first_word);
    // "Ms" is a title, not a plural of "M".
    word.chars().count() >= 2 && !word.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::super::tests::spans;

    #[test]
    fn acronyms_need_capitals() {
        assert_eq!(spans("Dx MS, then a PE"), ["Dx MS", "PE"]);
        assert!(spans("ms smith and pe kit").is_empty());
        assert_eq!(spans("gent hx af and hf"), ["hx af", "hf"]);
        assert_eq!(spans("lady with ms and a pe"), ["ms", "pe"]);
        assert!(spans("spoke with ms Jones about pe kit").is_empty());
        assert_eq!(spans("recurrent UTIs"), ["recurrent UTIs"]);
    }

    #[test]
    fn longest_phrase_wins() {
        assert_eq!(
            spans("end stage heart failure"),
            ["end stage heart failure"]
        );
        assert_eq!(spans("a #NOF"), ["NOF"]);
    }

    #[test]
    fn the_authors_own_and_family_health() {
        assert!(spans("my mum's dementia and I have asthma").is_empty());
        assert!(spans("I've got shingles, my own fault").is_empty());
        assert_eq!(spans("my patient's dementia"), ["dementia"]);
    }

    #[test]
    fn vetoed_phrases() {
        assert!(spans("she fell in love").is_empty());
        assert_eq!(spans("she fell in the garden"), ["fell"]);
    }
}
