//! Clinical detail told in plain words rather than terms: intent to die
//! ("plans to end her life", "doesn't want to live anymore"), beliefs that
//! are symptoms ("thinks the neighbours are spies", "the telly talks to
//! him"), someone's own care named with a possessive ("his prognosis", "her
//! meds", "off his tablets", "her wound healing"), lost function ("can't
//! swallow", "wetting the bed"), and txt-speak abbreviations that only mean
//! a symptom after "w/" or "c/o" ("w/ sob and cp").
//!
//! Quick posts by professionals rarely use the vocabulary the word lists
//! hold, yet what they tell is just as confidential. Each shape carries its
//! own sign of a person ("his", "her", "him", "herself"), so none of them
//! fires on advice written about "patients" or "their" care in general; the
//! post-level subject gate still applies on top.

use super::{Hit, Kind};
use crate::document::Document;
use regex::Regex;
use std::sync::LazyLock;

/// Intent to die or to harm oneself, with the person in the phrase.
static INTENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:end|ending|take|taking|took) (?:his|her|their) (?:own )?life|kill(?:ing|ed)? (?:himself|herself|themselves|themself)|hurt(?:ing)? (?:himself|herself)|(?:doesn|didn|don)['’]?t want to (?:live|be alive|be here|wake up)(?: any ?more)?|(?:plans?|planning|planned) to (?:die|end it(?: all)?|jump|overdose))(?-u:\b)")
        .expect("pattern compiles")
});

/// A belief that is a symptom, in the three ways posts tell it: someone
/// thinks others are plotting against them ("thinks the neighbours are
/// spies"), the television speaks to them ("the telly talks to him"), or
/// what they believe is told as happening ("the police are watching her").
static BELIEF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:thinks|thought|believes|believed|convinced|insists|swears|sure) (?:that )?(?:the |his |her |their )?\w+(?: \w+)? (?:are|is|were|was) (?:spies|a spy|spying|(?:an? )?(?:aliens?|robots?|imposters?|impostors?)|poisoning|following|watching|listening|plotting|after (?:him|her)|controlling|trying to kill|out to get)|(?:tv|telly|television|radio|walls?) (?:talks|talk|speaks|speak|is talking|sends messages|is sending messages) to (?:him|her)|(?:tv|television|radio|telly|neighbours?|police|mi5|cia|fbi|government|aliens|devil|staff|nurses) (?:was|were|is|are) (?:talking to|sending messages to|watching|following|poisoning|spying on|controlling|reading the mind of) (?:him|her|them))(?-u:\b)")
        .expect("pattern compiles")
});

/// Someone's own care named with "his" or "her", optionally with what
/// happened to it ("off her meds", "stopped his tablets").
static OWN_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:off|stopped|stopped taking|refusing|refused|refuses|missed|missing|skipping|skipped|not taking|came off|coming off) )?(?:his|her) (?:prognosis|diagnosis|meds|medication|medications|tablets|pills|insulin|inhaler|bloods|blood results|blood sugars?|sugars|obs|bowels|catheter|stoma|dressings?|wound(?: healing)?|mental health|chemo|chemotherapy|radiotherapy|dialysis|seizures|fits|symptoms|scan results|test results|psych meds|depot|methadone|antidepressants|painkillers|pain relief|speech|memory|kidneys|kidney function|liver|lungs|swallow|mobility|continence|eyesight|tremor|drinking|drug use|self-harm|self harm|weight loss|eating)(?-u:\b)")
        .expect("pattern compiles")
});

/// Lost function and continence told in plain words.
static FUNCTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:can['’]?t|cannot|couldn['’]?t|unable to|struggling to|struggles to) (?:swallow|breathe|walk|weight bear|wee|pee|pass urine|keep food down|keep anything down)|(?:wets|wetting|wet) the bed|(?:wet|soiled|soiling|wetting) (?:himself|herself)|off (?:his|her) legs|(?:not|barely|hardly) (?:eating|drinking)(?: or (?:eating|drinking))?)(?-u:\b)")
        .expect("pattern compiles")
});

/// Short symptom abbreviations that are other words too ("sob", "cp"), so
/// they count only after "w/", "c/o", "with" or in a list of symptoms.
static TXT_SYMPTOM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?-u:\b)(?:w/|w|c/o|with|and|n|&|\+) ?)((?-u:\b)(?:sob|soboe|cp|n/v|n&v|d&v|d\+v|n\+v|loc|lol)(?-u:\b))")
        .expect("pattern compiles")
});

/// Adds plain-words clinical hits to `hits`.
pub(super) fn find(doc: &Document, hits: &mut Vec<Hit>) {
    let text = doc.text();
    for m in INTENT
        .find_iter(text)
        .chain(BELIEF.find_iter(text))
        .chain(OWN_CARE.find_iter(text))
        .chain(FUNCTION.find_iter(text))
    {
        hits.push(hit(m.start(), m.end()));
    }
    for m in TXT_SYMPTOM.captures_iter(text).filter_map(|c| c.get(1)) {
        // "lol" is a laugh after "and" or "n": only "c/o" or "w/" makes it
        // loss of consciousness.
        let word = m.as_str().to_ascii_lowercase();
        if word == "lol"
            && !text
                .get(..m.start())
                .is_some_and(|s| s.ends_with("c/o ") || s.ends_with("w/ ") || s.ends_with("w/"))
        {
            continue;
        }
        hits.push(hit(m.start(), m.end()));
    }
}

fn hit(start: usize, end: usize) -> Hit {
    Hit {
        start,
        end,
        kind: Kind::Condition,
        confidence: 0.6,
        particular: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        let mut hits = Vec::new();
        find(&doc, &mut hits);
        hits.iter()
            .map(|h| doc.slice(h.start, h.end).to_string())
            .collect()
    }

    #[test]
    fn plain_words_are_clinical() {
        assert_eq!(
            spans("he told me he plans to end his life"),
            ["end his life"]
        );
        assert_eq!(
            spans("lady says she doesn’t want to live any more"),
            ["doesn’t want to live any more"]
        );
        assert_eq!(
            spans("the neighbours are spying on her"),
            ["neighbours are spying on her"]
        );
        assert_eq!(
            spans("he thinks the postmen are spies"),
            ["thinks the postmen are spies"]
        );
        assert_eq!(
            spans("convinced his son is an impostor"),
            ["convinced his son is an impostor"]
        );
        assert_eq!(
            spans("she swears the radio talks to her"),
            ["radio talks to her"]
        );
        assert_eq!(
            spans("gent came off his meds in june"),
            ["came off his meds"]
        );
        assert_eq!(spans("her wound healing is slow"), ["her wound healing"]);
        assert_eq!(spans("his prognosis isn't great"), ["his prognosis"]);
        assert_eq!(spans("her speech is slurred"), ["her speech"]);
        assert_eq!(spans("worried about his drinking"), ["his drinking"]);
        assert_eq!(spans("pt cant swallow since the stroke"), ["cant swallow"]);
        assert_eq!(spans("keeps wetting the bed"), ["wetting the bed"]);
        assert_eq!(spans("gent w/ sob and cp"), ["sob", "cp"]);
        assert_eq!(spans("fell c/o lol"), ["lol"]);
    }

    #[test]
    fn advice_and_everyday_words_are_not() {
        for text in [
            "patients should take their meds as prescribed",
            "what a sob story lol",
            "I can't stand Mondays",
            "my prognosis for the match: we lose",
            "ask about their mental health",
            "trying to end the year on a high",
            "haha n lol",
        ] {
            assert!(spans(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn odd_text_does_not_panic() {
        for text in ["", "w/", "c/o ", "ñ w/ sob", "his", "😀 her meds 😀"] {
            let _ = spans(text);
        }
    }
}
