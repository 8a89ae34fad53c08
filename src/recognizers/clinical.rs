//! Recognizer: clinical detail — diagnoses, symptoms, injuries, medicines,
//! procedures, test results with their values, deaths and births, substance
//! use, and detention or care status ("sectioned", "under a DoLS", "care
//! leaver").
//!
//! Clinical detail is the most common thing a checker must highlight, and
//! it is written in many ways, so three sources feed one list of hits:
//!
//! - [`terms`]: broad word lists (thousands of phrases), matched
//!   leftmost-longest; everyday senses are vetoed by a list of non-clinical
//!   phrases ("fall asleep", "section of") and acronyms that are also words
//!   ("MS", "PE", "IV") count only in capitals.
//! - [`measures`]: shapes with numbers that no list can hold: a test with
//!   its value ("sats 84%", "BP 200/110"), gestation, time sober, legal
//!   sections ("s136").
//! - [`shapes`]: words that look clinical whatever the word ("-itis",
//!   "-ectomy", "X syndrome") and whatever follows "diagnosed with".
//! - [`plain`]: clinical detail in everyday words ("plans to end her
//!   life", "off his meds", "can't swallow", "w/ sob").
//!
//! Health the author tells as their own ("my anxiety", "my mum's
//! dementia") and words inside everyday phrases are dropped from every
//! source. A post that points at nobody in particular ([`subject`]) is general
//! information, and its clinical words are left unmarked, unless a hit
//! tells of one person's case by itself (a result with its value, a
//! section number, "broke her hip").
//!
//! Hits that touch or overlap are merged, so "PRN lorazepam" or "covid
//! pneumonia" is one highlight, and a hedge in front ("suspected",
//! "severe") joins the span it qualifies.

mod measures;
mod plain;
mod shapes;
mod subject;
mod terms;

use crate::document::Document;
use crate::finding::{Finding, Findings, Severity, Suggestion};
use crate::label::Label;

/// What a hit is, which decides the reason shown to the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A diagnosis, condition, symptom or injury.
    Condition,
    /// A rare condition: a quasi-identifier on its own.
    Rare,
    /// A medicine or drug.
    Medication,
    /// A procedure, investigation, device or care event.
    Procedure,
    /// A test result with its value.
    Result,
    /// Detention, legal or care status; deaths, births, recovery milestones.
    Status,
}

/// One clinical span before merging.
#[derive(Clone, Copy, Debug)]
struct Hit {
    start: usize,
    end: usize,
    kind: Kind,
    confidence: f32,
    /// The hit describes one person's case by itself ("sats 84%", "s136"),
    /// so it counts even in a post with no other sign of a person.
    particular: bool,
}

/// Adds clinical findings.
pub fn find(doc: &Document, found: &mut Findings) {
    let about_someone = subject::is_about_someone(doc);
    for hit in hits(doc) {
        if about_someone || hit.particular {
            found.push(finding(hit));
        }
    }
}

/// Every clinical span of the post, merged, whoever it is about.
fn hits(doc: &Document) -> Vec<Hit> {
    let mut hits = Vec::new();
    terms::find(doc, &mut hits);
    measures::find(doc, &mut hits);
    shapes::find(doc, &mut hits);
    plain::find(doc, &mut hits);
    let vetoes = terms::vetoes(doc);
    hits.retain(|h| {
        !terms::is_authors_own(doc, doc.token_at_or_after(h.start))
            && !terms::names_a_field_of_work(doc, h.start, h.end)
            && !overlaps_any(&vetoes, h.start, h.end)
    });
    merge(doc, hits)
}

fn finding(hit: Hit) -> Finding {
    let base = Finding::new(Label::Clinical, hit.start, hit.end).confidence(hit.confidence);
    match hit.kind {
        Kind::Result => base
            .reason("A test result with its exact value is clinical detail that can point to one person.")
            .suggest(Suggestion::replace(
                "abnormal results",
                "Describe the result in general terms rather than giving the exact value.",
            )),
        Kind::Status => base.reason(
            "Detention, legal or care status, or a death or birth, is confidential information about the person.",
        ),
        Kind::Medication => {
            base.reason("What medicine someone takes reveals their health, which is confidential.")
        }
        Kind::Procedure => {
            base.reason("A procedure or treatment someone had is confidential health information.")
        }
        Kind::Condition => base,
        Kind::Rare => {
            let mut rare = base.reason(
                "A rare condition can identify someone on its own: few people locally have it.",
            );
            rare.severity = Severity::Medium;
            rare
        }
    }
}

/// True when `start..end` overlaps one of `spans`, which are sorted and do
/// not overlap each other (a binary search keeps this logarithmic).
fn overlaps_any(spans: &[(usize, usize)], start: usize, end: usize) -> bool {
    let first_ending_after = spans.partition_point(|&(_, e)| e <= start);
    spans.get(first_ending_after).is_some_and(|&(s, _)| s < end)
}

/// Words that qualify the clinical phrase right after them and belong in its
/// highlight.
const HEDGES: &[&str] = &[
    "suspected",
    "probable",
    "possible",
    "query",
    "severe",
    "mild",
    "moderate",
    "acute",
    "chronic",
    "advanced",
    "recurrent",
    "metastatic",
    "bilateral",
    "massive",
];

/// Sorts the hits, widens each over a hedge before it, and joins hits that
/// overlap or are separated only by a space, hyphen or slash.
fn merge(doc: &Document, mut hits: Vec<Hit>) -> Vec<Hit> {
    for hit in &mut hits {
        if let Some(start) = qualifier_start(doc, hit.start) {
            hit.start = start;
        }
    }
    hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
    let mut merged: Vec<Hit> = Vec::with_capacity(hits.len());
    for hit in hits {
        if let Some(last) = merged.last_mut() {
            if hit.start <= last.end || joins(doc.slice(last.end, hit.start)) {
                last.end = last.end.max(hit.end);
                last.confidence = last.confidence.max(hit.confidence);
                last.particular |= hit.particular;
                // A rare condition, a value or a legal status says more than
                // the word it joins.
                if matches!(hit.kind, Kind::Rare | Kind::Result | Kind::Status)
                    && last.kind != Kind::Rare
                {
                    last.kind = hit.kind;
                }
                continue;
            }
        }
        merged.push(hit);
    }
    merged
}

/// Where a qualifier written just before a clinical phrase starts: a hedge
/// ("suspected PE") or a grade or stage with its number ("grade 4 pressure
/// sore", "stage 3 CKD").
fn qualifier_start(doc: &Document, start: usize) -> Option<usize> {
    let adjacent = |from: usize, to: usize| {
        let gap = doc.slice(from, to);
        gap.len() <= 2 && gap.trim().is_empty()
    };
    match doc.words_before(start, 2) {
        [scale, number]
            if matches!(scale.norm.as_str(), "grade" | "stage")
                && number.norm.len() <= 2
                && number.norm.bytes().all(|b| b.is_ascii_digit())
                && adjacent(scale.end, number.start)
                && adjacent(number.end, start) =>
        {
            Some(scale.start)
        }
        [.., prev] if HEDGES.contains(&prev.norm.as_str()) && adjacent(prev.end, start) => {
            Some(prev.start)
        }
        _ => None,
    }
}

/// True when the text between two hits keeps them one phrase.
fn joins(gap: &str) -> bool {
    !gap.is_empty() && gap.chars().count() <= 2 && gap.chars().all(|c| matches!(c, ' ' | '-' | '/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The clinical texts of a post, whoever it is about.
    pub(super) fn spans(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        hits(&doc)
            .iter()
            .map(|h| doc.slice(h.start, h.end).to_string())
            .collect()
    }

    fn findings(text: &str) -> usize {
        let mut found = Findings::default();
        find(&Document::new(text), &mut found);
        found.all().len()
    }

    #[test]
    fn rare_conditions_weigh_more() {
        let mut found = Findings::default();
        find(
            &Document::new("She has Huntington's disease and asthma"),
            &mut found,
        );
        let severities: Vec<Severity> = found.all().iter().map(|f| f.severity).collect();
        assert_eq!(severities, [Severity::Medium, Severity::Low]);
    }

    #[test]
    fn overlap_search() {
        let spans = [(0, 4), (10, 20), (30, 31)];
        assert!(overlaps_any(&spans, 3, 5));
        assert!(overlaps_any(&spans, 19, 40));
        assert!(!overlaps_any(&spans, 4, 10));
        assert!(!overlaps_any(&spans, 31, 99));
        assert!(!overlaps_any(&[], 0, 1));
    }

    #[test]
    fn only_posts_about_someone_are_marked() {
        assert_eq!(findings("She was admitted with DKA and sepsis"), 2);
        assert_eq!(findings("Know the signs of sepsis and DKA"), 0);
        assert_eq!(findings("Detained under s3 last night"), 1);
    }

    #[test]
    fn conditions_medicines_and_procedures() {
        assert_eq!(
            spans("Known COPD, new AF, started on apixaban and booked for a hip replacement."),
            ["COPD", "new AF", "apixaban", "hip replacement"]
        );
    }

    #[test]
    fn adjacent_terms_merge_into_one_span() {
        assert_eq!(spans("given PRN lorazepam"), ["PRN lorazepam"]);
        assert_eq!(spans("treated for covid pneumonia"), ["covid pneumonia"]);
        assert_eq!(spans("suspected PE on the scan"), ["suspected PE"]);
        assert_eq!(spans("she had a grade 3 heel sore"), ["grade 3 heel sore"]);
        assert_eq!(spans("known stage 4 CKD"), ["stage 4 CKD"]);
        assert_eq!(spans("a grade of 4 for sepsis"), ["sepsis"]);
    }

    #[test]
    fn results_keep_their_value() {
        assert_eq!(spans("sats 84% on air"), ["sats 84%"]);
        assert_eq!(spans("BP 200/110 and GCS 3"), ["BP 200/110", "GCS 3"]);
        assert_eq!(spans("HbA1c of 97"), ["HbA1c of 97"]);
        assert_eq!(spans("his sats are 79%"), ["sats are 79%"]);
    }

    #[test]
    fn legal_and_care_status() {
        assert_eq!(spans("He was sectioned last night"), ["sectioned"]);
        assert_eq!(spans("now on a CTO"), ["on a CTO"]);
        assert_eq!(spans("brought in on a s136"), ["s136"]);
        assert_eq!(
            spans("detained under section 3"),
            ["detained under section 3"]
        );
        assert_eq!(spans("she is a care leaver"), ["care leaver"]);
    }

    #[test]
    fn everyday_senses_are_not_clinical() {
        for text in [
            "I nearly fell asleep in the fall",
            "Read section 3 of the report",
            "What a heartwarming story",
            "The cast of the play were great",
            "The bus depot was cold",
            "Add it to the list, it's all fine, me too",
            "ms word and pe lessons",
            "That was a stroke of luck",
            "Cabin fever and imposter syndrome",
            "The blame falls on us",
            "Staff retention is a nightmare and management turn a blind eye",
            "It was manic, I'm confused by the new rota, lithium batteries",
            "Pure adrenaline rush; we were in stitches at the admission fee",
        ] {
            assert!(spans(text).is_empty(), "{text}: {:?}", spans(text));
        }
    }

    #[test]
    fn the_authors_own_health_is_not_flagged() {
        assert!(spans("my anxiety is bad this week").is_empty());
        assert!(spans("my sats were 91% on the hill").is_empty());
    }

    #[test]
    fn a_quoted_my_is_the_speakers() {
        assert_eq!(
            spans("He told me 'my hallucinations are back' today"),
            ["hallucinations"]
        );
        assert_eq!(spans("She said “I have epilepsy” twice"), ["epilepsy"]);
    }

    #[test]
    fn new_classes_of_terms() {
        assert_eq!(
            spans("Footballer with a torn hamstring and a sore throat"),
            ["torn hamstring", "sore throat"]
        );
        assert_eq!(spans("he hanged himself in the garage"), ["hanged himself"]);
        assert_eq!(
            spans("her bowel screening kit came back"),
            ["bowel screening"]
        );
        assert_eq!(spans("known DV history"), ["DV"]);
        assert_eq!(spans("she hadn't eaten for days"), ["hadn't eaten"]);
        assert_eq!(spans("Born by emergency section"), ["emergency section"]);
        assert!(spans("PSA to everyone: the car park is shut").is_empty());
        assert!(spans("the district nurses are drowning too").is_empty());
        assert!(spans("Ask the dementia nurses, the CAMHS team or the MRI list").is_empty());
        assert!(spans("If you're new to palliative care or work in oncology").is_empty());
        assert_eq!(spans("dementia, nurse led"), ["dementia"]);
        assert!(spans("Epilepsy Helpline and the stroke awareness campaign").is_empty());
    }

    proptest::proptest! {
        #[test]
        fn any_input_gives_char_boundary_spans(text in "\\PC{0,200}", words in "(sats |BP |s136 |fell |her |hip |of |84% |é|🦸|\\+|/ ){0,30}") {
            for text in [text.as_str(), words.as_str()] {
                let doc = Document::new(text);
                let mut found = Findings::default();
                find(&doc, &mut found);
                for f in found.all() {
                    proptest::prop_assert!(f.start < f.end && text.get(f.start..f.end).is_some());
                }
            }
        }
    }

    #[test]
    fn unicode_and_odd_input_do_not_panic() {
        for text in [
            "",
            "🦸",
            "sats 84 %🦸",
            "é s136é",
            "BP 120/",
            "HbA1c of",
            "Zoë had sepsis ✨",
        ] {
            let _ = spans(text);
        }
        assert_eq!(spans("Zoë had sepsis ✨"), ["sepsis"]);
    }
}
