//! Clinical shapes that carry a number: a test or observation with its
//! value, gestation, weight lost, oxygen flow, time sober, and the sections
//! of mental health and children's law ("section 3", "s136").
//!
//! The value is what makes a result identifying ("CA-125 of 1,200"), so the
//! span runs from the test's name through the number and its unit. Each
//! pattern is anchored on a closed list of names or units, so a bare number
//! never matches, and the quantifiers are bounded to keep matching linear.

use super::{Hit, Kind};
use crate::document::Document;
use regex::Regex;
use std::sync::LazyLock;

/// A test or observation name, a linking word or two, then a value.
static RESULT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:o2 sats|oxygen sats|sats|spo2|saturations|gcs|bp|blood pressure|hba1c|a1c|crp|egfr|gfr|ca[- ]?125|ca[- ]?19[- ]?9|psa|inr|(?-i:NEWS2?)|lactate|potassium|sodium|(?-i:K|Na|Hb|CK)|haemoglobin|hemoglobin|glucose|(?-i:BMs?)|blood sugars?|blood glucose|sugars?|ketones|troponin|trop|creatinine|wcc|white cell count|platelets|temp|temperature|pulse|heart rate|(?-i:HR|RR)|resp rate|respiratory rate|bmi|peak flow|fev1|ferritin|tsh|bilirubin|d[- ]?dimer|apgars?|pain score|mmse|moca|phq[- ]?9|gad[- ]?7|epds|cholesterol|vitamin d|vit d|b12|urea|ph|cortisol|alcohol level|blood alcohol|weight|birth weight|ejection fraction|(?-i:EF|PEWS|MEWS)|waterlow|braden)(?:\+|(?-u:\b))(?: (?:score|level|levels|reading))?:?(?: ?(?:of|at|was|is|were|are|now|came back|dropped to|down to|up to|only|just|around|about|over|under|below|=|->|→)){0,2} ?[~<>]?\d{1,5}(?:[.,]\d{1,3}){0,2}(?: ?/ ?\d{1,3})?(?: ?(?:%|mmol/?l|mmol|mg/?l|mg|g/?l|units|bpm|kg|mmhg|°c|degrees|iu|percent))?",
    )
    .expect("pattern compiles")
});

/// Other clinical quantities: oxygen flow, weight lost, birth weight,
/// centile, gestation, time sober.
static QUANTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:(?:on )?\d{1,2} ?(?:l|litres|liters|lpm) (?:of )?(?:oxygen|o2)|on \d{1,2} ?(?:l|litres|liters)(?-u:\b)|lost \d{1,3} ?(?:stone|st|kg|kilos|lbs?|pounds)|\d{1,2} ?lbs? ?\d{1,2} ?oz|\d{1,3}(?:st|nd|rd|th) centile|\d{1,2}(?:\+\d)? ?(?:weeks?|wks?) (?:pregnant|gestation|gest|along)|(?:born|delivered|induced|miscarried|lost (?:the|her|their) baby) at \d{1,2}(?:\+\d ?(?:weeks?|wks?)?| ?(?:weeks?|wks?))|(?-u:\b)(?:2[2-9]|3\d|4[0-2])\+[0-6]|(?:a|one|two|three|\d{1,2}) (?:litres?|bottles?|pints?|cans?) of \w+ a (?:day|night|week)|(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days?|weeks?|months?|years?) (?:sober|clean|dry|abstinent|off (?:the )?(?:drink|booze|drugs|heroin|gear))|(?:sober|clean|dry|abstinent) for (?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days?|weeks?|months?|years?)|\d{2} a day|(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|forty) (?:\w+ )?(?:cigarettes|cigs|fags|roll-ups|vapes|units|cans|pints|bottles|spliffs|joints|bags) a (?:day|night|week))(?-u:\b)",
    )
    .expect("pattern compiles")
});

/// A bare gestation ("at 22 weeks"), counted only in a post about a
/// pregnancy; elsewhere "22 weeks" is a wait or a duration.
static WEEKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:[4-9]|[1-3]\d|4[0-2])(?:\+[0-6])? ?(?:weeks?|wks?)(?-u:\b)")
        .expect("pattern compiles")
});

/// "she's 30 weeks": the informal way of saying how far along someone is,
/// which makes the post about a pregnancy even with no pregnancy word.
static ALONG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)she(?:['’]?s| is) (?:[4-9]|[1-3]\d|4[0-2])(?:\+[0-6])? ?(?:weeks|wks)(?-u:\b)")
        .expect("pattern compiles")
});

/// Words that make a post about a pregnancy.
const PREGNANCY: &[&str] = &[
    "pregnant",
    "pregnancy",
    "gestation",
    "bump",
    "midwife",
    "antenatal",
    "scan",
    "baby",
    "miscarriage",
    "miscarried",
    "labour",
    "due",
    "twins",
    "expecting",
];

/// Sections of the Mental Health Act 1983 (2-5, 17, 35-37, 41, 117, 135,
/// 136), the Children Act 1989 (17, 20, 31, 47) and the Care Act 2014 (42).
static SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:(?:section ?|s\.? ?)(?:2|3|4|5 ?\(?[24]\)?|5|17|20|31|35|36|37(?:/41)?|41|42|47|117|135|136)|(?:on|under) an? 13[56])(?-u:\b)",
    )
    .expect("pattern compiles")
});

/// Words after "section N" that show it is a part of a document or an act
/// named in passing, not a person's legal status.
const NOT_AFTER_SECTION: &[&str] = &["of", "and", "below", "above", "covers", "explains", "says"];
/// Words before "section N" that show it is a part of a document.
const NOT_BEFORE_SECTION: &[&str] = &["see", "read", "this", "that", "next", "previous"];

/// Adds numeric clinical shapes to `hits`.
pub(super) fn find(doc: &Document, hits: &mut Vec<Hit>) {
    let text = doc.text();
    for m in RESULT.find_iter(text) {
        hits.push(Hit {
            start: m.start(),
            end: m.end(),
            kind: Kind::Result,
            confidence: 0.9,
            particular: true,
        });
    }
    for m in QUANTITY.find_iter(text) {
        hits.push(Hit {
            start: m.start(),
            end: m.end(),
            kind: Kind::Status,
            confidence: 0.8,
            particular: true,
        });
    }
    if doc.has_word(PREGNANCY) || text.contains('\u{1F930}') || ALONG.is_match(text) {
        for m in WEEKS.find_iter(text) {
            hits.push(Hit {
                start: m.start(),
                end: m.end(),
                kind: Kind::Status,
                confidence: 0.6,
                particular: false,
            });
        }
    }
    for m in SECTION.find_iter(text) {
        let lower = m.as_str().to_lowercase();
        let bare_s = lower.starts_with('s') && !lower.starts_with("section");
        // "s 2" with a space is too often something else ("s 2 episodes").
        if bare_s && m.as_str().contains(' ') {
            continue;
        }
        let after = doc.words_after(m.end(), 1).first();
        let before = doc.words_before(m.start(), 1).first();
        let is_document_part = after.is_some_and(|t| NOT_AFTER_SECTION.contains(&t.norm.as_str()))
            || before.is_some_and(|t| NOT_BEFORE_SECTION.contains(&t.norm.as_str()));
        if !is_document_part {
            hits.push(Hit {
                start: m.start(),
                end: m.end(),
                kind: Kind::Status,
                confidence: 0.8,
                particular: true,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::spans;

    #[test]
    fn results_with_values() {
        assert_eq!(spans("CA-125 of 1,200"), ["CA-125 of 1,200"]);
        assert_eq!(spans("lactate was 6.2"), ["lactate was 6.2"]);
        assert_eq!(spans("NEWS 7"), ["NEWS 7"]);
        assert_eq!(spans("EF 20%, K+ 6.8"), ["EF 20%", "K+ 6.8"]);
        assert!(spans("the K04829 form").is_empty());
        assert!(spans("news 7 at ten").is_empty());
    }

    #[test]
    fn quantities() {
        assert_eq!(spans("on 15L of oxygen"), ["on 15L of oxygen"]);
        assert_eq!(spans("she is 22 weeks pregnant"), ["22 weeks pregnant"]);
        assert_eq!(spans("now 8 months sober"), ["8 months sober"]);
        assert_eq!(spans("born at 24 weeks"), ["born at 24 weeks"]);
        assert_eq!(spans("born at 26+3, on CPAP"), ["born at 26+3", "CPAP"]);
        assert_eq!(spans("a bottle of gin a day"), ["a bottle of gin a day"]);
        assert_eq!(spans("a baby of 8lb 2oz"), ["8lb 2oz"]);
        assert!(spans("we waited 22 weeks for a reply").is_empty());
        assert_eq!(spans("shes 31 wks and bleeding"), ["31 wks", "bleeding"]);
        assert_eq!(
            spans("pregnant again, now 22 weeks!"),
            ["pregnant", "22 weeks"]
        );
        assert_eq!(spans("smokes 20 a day"), ["20 a day"]);
        assert!(spans("take one a day with food").is_empty());
        assert_eq!(
            spans("three disposable vapes a day"),
            ["three disposable vapes a day"]
        );
    }

    #[test]
    fn sections() {
        assert_eq!(spans("placed on a s2"), ["s2"]);
        assert_eq!(spans("brought in on a 136"), ["on a 136"]);
        assert_eq!(spans("Section 47 enquiry opened"), ["Section 47 enquiry"]);
        assert!(spans("see section 2 below").is_empty());
        assert!(spans("section 4 of the guide").is_empty());
    }
}
