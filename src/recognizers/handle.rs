//! Recognizer: @handles of service users and colleagues.
//!
//! A handle points straight at a person's own account, so tagging or naming
//! one beside a care story identifies them. The shape is "@" plus letters,
//! digits, underscores and inner dots (Twitter, Instagram, TikTok); an "@"
//! inside an email address is not a handle. Organisations' accounts
//! (@NHSEngland, @NMCnews) are public and are skipped by the words their
//! handle is built from. A Facebook-style tag of a full name ("@Tasha Reid")
//! takes in the capitalised surname after it.

use crate::document::Document;
use crate::finding::{Finding, Findings, Suggestion};
use crate::label::Label;
use crate::lexicon::{list_entries, PhraseSet};
use regex::Regex;
use std::sync::LazyLock;

static HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?").expect("pattern compiles")
});

/// A capitalised word right after a handle, a possible surname.
static SURNAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\A [A-Z][a-z'\-]+(?-u:\b)").expect("pattern compiles"));

static INSTITUTIONAL: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list_entries(include_str!("../data/handle_institutional.txt")).collect());

static NOT_SURNAME: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/handle_not_surname.txt")));

/// Splits a handle into its words: at underscores, dots and digits, and where
/// a lowercase letter meets a capital ("LeedsHospitals" → "leeds",
/// "hospitals"). A run of capitals stays with what follows ("NHSEngland" →
/// "nhsengland"), so an acronym is found at the start of its piece.
fn pieces(handle: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut prev_lower = false;
    for c in handle.chars() {
        let boundary = !c.is_ascii_alphabetic() || (prev_lower && c.is_ascii_uppercase());
        if boundary && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        if c.is_ascii_alphabetic() {
            current.push(c.to_ascii_lowercase());
        }
        prev_lower = c.is_ascii_lowercase();
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// True when the handle is built from an organisation's words.
fn institutional(handle: &str) -> bool {
    pieces(handle)
        .iter()
        .any(|p| INSTITUTIONAL.iter().any(|w| p.starts_with(w)))
}

/// True when the characters before `start` make the "@" part of an email.
/// A lone dot in front is the old ".@name" reply convention, not an email.
fn inside_email(text: &str, start: usize) -> bool {
    let mut before = text.get(..start).unwrap_or("").chars().rev();
    let local = |c: char| c.is_alphanumeric() || matches!(c, '_' | '%' | '+' | '-' | '@');
    match before.next() {
        Some('.') => before.next().is_some_and(local),
        Some(c) => local(c),
        None => false,
    }
}

/// Words people write after "@" to mean "at" ("nurses @work").
const AT_WORDS: &[&str] = &[
    "home", "work", "school", "night", "nights", "lunch", "noon", "midnight", "weekend",
    "weekends", "last", "least", "all", "once", "times", "risk", "the", "my", "our",
];

/// True for things typed with "@" that are not handles: times ("@3pm"),
/// "@home", prices and bare numbers.
fn not_a_handle(name: &str) -> bool {
    let letters = name.trim_start_matches(|c: char| c.is_ascii_digit());
    AT_WORDS.contains(&name.to_ascii_lowercase().as_str())
        || !name.chars().any(|c| c.is_ascii_alphabetic())
        || (letters.len() < name.len()
            && matches!(
                letters.to_ascii_lowercase().as_str(),
                "am" | "pm" | "h" | "hrs" | "ish"
            ))
}

/// Words of praise for a colleague's achievement.
const PRAISE: &[&str] = &[
    "congratulations",
    "congrats",
    "congratulate",
    "welcome",
    "proud",
];
const ACHIEVEMENT: &[&str] = &[
    "promotion",
    "promoted",
    "qualified",
    "qualifying",
    "graduated",
    "graduation",
    "passing",
    "passed",
    "award",
    "awarded",
    "nominated",
    "nomination",
    "role",
    "job",
    "retirement",
    "retiring",
    "preceptorship",
    "colleague",
    "colleagues",
    "team",
];
/// Words that put a service user in the post, so praise may be about them.
const SERVICE_USER: &[&str] = &[
    "patient",
    "patients",
    "client",
    "clients",
    "resident",
    "pt",
    "admitted",
    "discharged",
    "caseload",
    "recovery",
    "diagnosed",
];

/// True when the post congratulates a colleague and mentions no service
/// user: naming a colleague in praise is not a finding (`LABELS.md`).
fn praises_colleague(doc: &Document) -> bool {
    doc.has_word(PRAISE) && doc.has_word(ACHIEVEMENT) && !doc.has_word(SERVICE_USER)
}

/// Adds handles of people.
pub fn find(doc: &Document, found: &mut Findings) {
    let text = doc.text();
    if !text.contains('@') || praises_colleague(doc) {
        return;
    }
    for m in HANDLE.find_iter(text) {
        let name = m.as_str().trim_start_matches('@');
        let followed_by_at = text.get(m.end()..).is_some_and(|s| s.starts_with('@'));
        if inside_email(text, m.start())
            || followed_by_at
            || not_a_handle(name)
            || institutional(name)
        {
            continue;
        }
        let mut end = m.end();
        let capitalised_name = name.chars().all(|c| c.is_ascii_alphabetic())
            && name.chars().next().is_some_and(|c| c.is_ascii_uppercase());
        if capitalised_name {
            if let Some(s) = text.get(end..).and_then(|r| SURNAME.find(r)) {
                if !NOT_SURNAME.contains_word(s.as_str().trim()) {
                    end += s.end();
                }
            }
        }
        found.push(
            Finding::new(Label::Handle, m.start(), end)
                .confidence(0.85)
                .reason("A handle points straight to this person's own account, so anyone can see who the post is about.")
                .suggest(Suggestion::remove(
                    "Don't tag or name the person's account; talk to them privately if you need to.",
                )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        crate::recognizers::testing::spans(find, text)
    }

    #[test]
    fn personal_handles() {
        assert_eq!(spans("well done @sam_runs_22!"), ["@sam_runs_22"]);
        assert_eq!(spans("(@jo.bloggs.fit)."), ["@jo.bloggs.fit"]);
        assert_eq!(spans("@Kel_x7 hi"), ["@Kel_x7"]);
    }

    #[test]
    fn facebook_name_tags_take_the_surname() {
        assert_eq!(spans("@Jane Doherty is this your dad?"), ["@Jane Doherty"]);
        assert_eq!(spans("@Jane Thanks so much"), ["@Jane"]);
        assert_eq!(spans("@jane Doherty"), ["@jane"]);
    }

    #[test]
    fn organisations_are_skipped() {
        assert!(spans("Dear @NHSEngland and @NMCnews").is_empty());
        assert!(spans("thanks @RCNi and @LeedsHospitals").is_empty());
        assert!(spans("as @BBCNews reported").is_empty());
        assert_eq!(spans("@edwardnhs_fan"), ["@edwardnhs_fan"]);
    }

    #[test]
    fn praise_for_a_colleague_is_not_a_finding() {
        assert!(spans("Congratulations @amy_rn on your promotion!").is_empty());
        assert_eq!(
            spans("Congrats to my client @jo_b on her new job after rehab"),
            ["@jo_b"]
        );
    }

    #[test]
    fn emails_times_and_prices_are_not_handles() {
        assert!(spans("a.nurse@example.com").is_empty());
        assert_eq!(spans("so proud .@sam_runs"), ["@sam_runs"]);
        assert!(spans("see you @3pm, or @ 10").is_empty());
        assert!(spans("nurses @work and @Home").is_empty());
        assert!(spans("@@").is_empty());
    }

    #[test]
    fn pieces_split_at_case_changes() {
        assert_eq!(pieces("NHSEngland"), ["nhsengland"]);
        assert_eq!(pieces("LeedsHospitals"), ["leeds", "hospitals"]);
        assert_eq!(pieces("DrSimonHale1"), ["dr", "simon", "hale"]);
        assert_eq!(pieces("jo.bloggs_x"), ["jo", "bloggs", "x"]);
    }

    #[test]
    fn unicode_neighbours() {
        assert_eq!(spans("Zoë @zoe_b 🎉"), ["@zoe_b"]);
        assert!(spans("zoë@example.com").is_empty());
    }
}
