//! Context shared by the date, date-of-birth, age and address recognizers:
//! statistics and research, groups of people, announcements of events, and
//! the author's own family.
//!
//! A date or an age only points at a service user inside a case story. The
//! same shapes in a study ("a 2019 cohort"), a notice ("closes 5 May", "join
//! us on 14 Sept") or about the author's grandad are not identifiers, so
//! those contexts veto them. Every check looks at a bounded window of words,
//! so running one per finding keeps a recognizer linear in the post.

use crate::document::{Document, Token};
use crate::lexicon::PhraseSet;
use std::sync::LazyLock;

static POPULATIONS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("data/care_context_populations.txt")));

/// True for a plural group noun ("adults", "people", "pupils").
pub fn is_population_word(word: &str) -> bool {
    POPULATIONS.contains_word(word)
}

/// True when the words around `at` talk about a group of people rather than
/// one person ("12-13 year olds in Year 8", "1 in 4 adults"). A window, not
/// the sentence, because posts often run sentences together with emoji.
pub fn population_near(doc: &Document, at: usize) -> bool {
    clause_around(doc, at, 6)
        .iter()
        .any(|t| is_population_word(&t.norm) || t.norm == "olds")
}

/// Words that mark a sentence as research, statistics or policy.
const RESEARCH: &[&str] = &[
    "study",
    "studies",
    "survey",
    "research",
    "data",
    "statistics",
    "stats",
    "published",
    "figures",
    "census",
    "trial",
    "trials",
    "guideline",
    "guidelines",
    "guidance",
    "paper",
    "journal",
    "cohort",
    "analysis",
    "et",
    "according",
    "estimated",
    "nationally",
    "rates",
    "prevalence",
    "percent",
    "median",
    "average",
];

/// The words of the clause around `at`: up to `n` words on each side,
/// stopping at a sentence end or an emoji (posts often run sentences
/// together with emoji). Bounded, so calling it per finding stays linear.
fn clause_around<'d>(doc: &'d Document, at: usize, n: usize) -> &'d [Token] {
    let tokens = doc.tokens();
    let stop = doc.token_at_or_after(at);
    let lo = stop.saturating_sub(n);
    let hi = (stop + n).min(tokens.len());
    let breaks = |a: &Token, b: &Token| {
        doc.slice(a.end, b.start)
            .chars()
            .any(|c| matches!(c, '.' | '!' | '?' | '\n') || (!c.is_ascii() && !c.is_alphanumeric()))
    };
    let window = &tokens[lo..hi];
    let mid = stop - lo;
    let first = window[..mid.min(window.len())]
        .windows(2)
        .rposition(|w| breaks(&w[0], &w[1]))
        .map_or(0, |k| k + 1);
    let last = window
        .get(mid..)
        .unwrap_or(&[])
        .windows(2)
        .position(|w| breaks(&w[0], &w[1]))
        .map_or(window.len(), |k| mid + k + 1);
    // A break right before `at` ("tonight. 23 and ...") starts the clause.
    let first = if mid > 0 && mid < window.len() && breaks(&window[mid - 1], &window[mid]) {
        mid
    } else {
        first
    };
    &window[first..last]
}

/// True when the clause around `at` reads as research or statistics.
pub fn research_near(doc: &Document, at: usize) -> bool {
    let words = clause_around(doc, at, 20);
    let percent = match (words.first(), words.last()) {
        (Some(a), Some(b)) => doc.slice(a.start, b.end).contains('%'),
        _ => false,
    };
    percent || words.iter().any(|t| RESEARCH.contains(&t.norm.as_str()))
}

/// Phrases that make a whole post a notice of an event, a job or a
/// deadline ("join us", "closing date", "mark your calendars").
const NOTICE: &[&[&str]] = &[
    &["join", "us"],
    &["mark", "your", "calendars"],
    &["mark", "your", "diaries"],
    &["closing", "date"],
    &["tickets"],
    &["register", "now"],
    &["register", "here"],
    &["book", "now"],
    &["book", "your", "place"],
    &["save", "the", "date"],
    &["sign", "up"],
    &["recruitment"],
    &["vacancy"],
    &["vacancies"],
    &["apply", "now"],
    &["applications", "close"],
    &["convention"],
    &["conference"],
    &["quiz", "night"],
    &["christmas", "fair"],
    &["summer", "fair"],
    &["sponsored"],
    &["awareness", "week"],
    &["awareness", "day"],
    &["awareness", "month"],
    &["fundraiser"],
    &["fundraising"],
    &["raffle"],
    &["webinar"],
    &["will", "be", "closed"],
    &["we're", "closed"],
    &["we", "are", "closed"],
    &["clinic", "closed"],
    &["clinics", "closed"],
    &["surgery", "closed"],
    &["office", "closed"],
    &["offices", "closed"],
    &["practice", "closed"],
    &["pharmacy", "closed"],
    &["opening", "hours"],
    &["open", "as", "usual"],
    // "We meet in the library on the 12th": a group's meeting, not a case.
    &["we", "meet", "in", "the"],
    &["we", "meet", "at", "the"],
    &["we'll", "meet", "at", "the"],
    &["next", "meeting"],
    &["next", "session"],
    &["all", "welcome"],
    &["everyone", "welcome"],
    &["sponsor", "me"],
    &["sponsor", "him"],
    &["sponsor", "her"],
    &["sponsor", "us"],
    &["sponsor", "them"],
];

/// Words right before a date that make it a notice's date ("closes 5 May",
/// "starts 9 October").
pub fn is_notice_verb(word: &str) -> bool {
    [
        "closes", "closing", "start", "starts", "opens", "launches", "deadline", "begin", "begins",
        "reopens",
    ]
    .contains(&word)
}

/// True when the post announces an event, a job or a deadline.
pub fn notice_post(doc: &Document) -> bool {
    let tokens = doc.tokens();
    (0..tokens.len()).any(|i| {
        NOTICE.iter().any(|phrase| {
            phrase
                .iter()
                .enumerate()
                .all(|(k, w)| tokens.get(i + k).is_some_and(|t| t.norm == *w))
        })
    })
}

/// Words for the author's relatives ("my grandad", "our daughter").
pub fn is_family_word(word: &str) -> bool {
    let word = word.strip_suffix("'s").unwrap_or(word);
    [
        "son",
        "sons",
        "daughter",
        "daughters",
        "boy",
        "boys",
        "girl",
        "girls",
        "kid",
        "kids",
        "child",
        "children",
        "nephew",
        "niece",
        "grandson",
        "granddaughter",
        "grandchild",
        "grandkids",
        "brother",
        "sister",
        "cousin",
        "twins",
        "toddler",
        "baby",
        "mum",
        "mom",
        "dad",
        "nan",
        "nana",
        "gran",
        "grandma",
        "grandad",
        "granddad",
        "grandpa",
        "grandmother",
        "grandfather",
        "husband",
        "wife",
        "partner",
        "auntie",
        "aunt",
        "uncle",
        "stepson",
        "stepdaughter",
        "mother",
        "father",
        "dog",
        "cat",
    ]
    .contains(&word)
}

/// True when "birthday to the ..." or "anniversary of the ..." comes within
/// the `n` words before `at`: an organisation's birthday ("Happy 76th
/// birthday to the NHS, born 5 July 1948"), since people take no "the".
pub fn institution_birthday_before(doc: &Document, at: usize, n: usize) -> bool {
    doc.words_before(at, n).windows(3).any(|w| {
        matches!(w[0].norm.as_str(), "birthday" | "bday" | "anniversary")
            && matches!(w[1].norm.as_str(), "to" | "of")
            && w[2].norm == "the"
            && doc
                .words_after(w[2].end, 1)
                .first()
                .is_some_and(|t| t.is_capitalized(doc.text()))
    })
}

/// True when "my"/"our" and a family word come within the `n` words before
/// `at` ("My Grandad Eddie was born ...").
pub fn own_family_before(doc: &Document, at: usize, n: usize) -> bool {
    let before = doc.words_before(at, n);
    before.iter().enumerate().any(|(k, t)| {
        matches!(t.norm.as_str(), "my" | "our")
            && before
                .get(k + 1..)
                .is_some_and(|rest| rest.iter().take(2).any(|w| is_family_word(&w.norm)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn research_sentences() {
        let doc = Document::new("A 2019 study found this. She came in 2019.");
        assert!(research_near(&doc, 3));
        assert!(!research_near(&doc, 36));
        let doc = Document::new("In 2019, 40% smoked");
        assert!(research_near(&doc, 3));
        let doc = Document::new("");
        assert!(!research_near(&doc, 0) && !population_near(&doc, 0));
    }

    #[test]
    fn notices() {
        assert!(notice_post(&Document::new("Join us on 14 Sept!")));
        assert!(notice_post(&Document::new("Closing date 30 June.")));
        assert!(notice_post(&Document::new(
            "Surgery closed on 1 May. We meet on the 3rd."
        )));
        assert!(notice_post(&Document::new(
            "She's running a 5k on Sunday, sponsor her!"
        )));
        assert!(!notice_post(&Document::new(
            "To be fair, apply the cream, reminder"
        )));
        assert!(!notice_post(&Document::new(
            "Admitted on 12 March, closed head injury"
        )));
    }

    #[test]
    fn populations() {
        let text = "Offered to 12-13 year olds in Year 8. She is in Year 9.";
        let doc = Document::new(text);
        assert!(population_near(&doc, text.find("Year 8").unwrap_or(0)));
        assert!(!population_near(&doc, text.find("Year 9").unwrap_or(0)));
        let text = "jelly at the students 😂 Died in 2017";
        let doc = Document::new(text);
        assert!(!population_near(&doc, text.find("in 2017").unwrap_or(0)));
    }

    #[test]
    fn institutions() {
        let text = "Happy birthday to the NHS, born 5 July 1948";
        let doc = Document::new(text);
        assert!(institution_birthday_before(
            &doc,
            text.find("born").unwrap_or(0),
            8
        ));
        let text = "Happy birthday to Ada, born 5 July 1948";
        let doc = Document::new(text);
        assert!(!institution_birthday_before(
            &doc,
            text.find("born").unwrap_or(0),
            8
        ));
    }

    #[test]
    fn family() {
        let text = "My Grandad Eddie was born 9 Nov 1929";
        let doc = Document::new(text);
        assert!(own_family_before(&doc, text.find("born").unwrap_or(0), 6));
        let text = "My patient Eddie was born 9 Nov 1929";
        let doc = Document::new(text);
        assert!(!own_family_before(&doc, text.find("born").unwrap_or(0), 6));
        assert!(is_family_word("mum's"));
    }
}
