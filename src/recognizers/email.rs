//! Recognizer: email addresses of individuals.
//!
//! The shape is the ordinary one (local@domain.tld). As with phone numbers,
//! only a private person's address is a finding: a shared or role mailbox
//! (jobs@, ward24.recruitment@, volunteering@) or the author's own "email me"
//! address is public contact information. Whose address it is is decided by
//! the local part's words and, as for phones, by the words before it
//! ([`super::phone::belongs_to_individual`]).

use super::phone::{belongs_to_individual, is_public_notice};
use crate::document::Document;
use crate::finding::{Finding, Findings, Suggestion};
use crate::label::Label;
use crate::lexicon::list_entries;
use regex::Regex;
use std::sync::LazyLock;

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
        .expect("pattern compiles")
});

static ROLE_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| list_entries(include_str!("../data/email_organisation.txt")).collect());

/// True when a piece of the local part (split at dots, dashes, underscores
/// and digits) starts with a role or team word: "imaging.jobs", "ward24".
fn role_mailbox(local: &str) -> bool {
    let lower = local.to_ascii_lowercase();
    lower
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|piece| !piece.is_empty())
        .any(|piece| ROLE_WORDS.iter().any(|w| piece.starts_with(w)))
}

/// Adds email addresses that belong to individuals.
pub fn find(doc: &Document, found: &mut Findings) {
    let mut public_notice = None;
    for m in EMAIL.find_iter(doc.text()) {
        let local = m.as_str().split('@').next().unwrap_or("");
        if role_mailbox(local) {
            continue;
        }
        let notice = *public_notice.get_or_insert_with(|| is_public_notice(doc));
        if !belongs_to_individual(doc, m.start(), m.end(), notice) {
            continue;
        }
        found.push(
            Finding::new(Label::Contact, m.start(), m.end())
                .confidence(0.9)
                .reason("A private email address leads straight to this person.")
                .suggest(Suggestion::remove(
                    "Remove the email address; ask anyone who can help to message you privately.",
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
    fn private_addresses() {
        assert_eq!(
            spans("Her son's email is j.bloggs@example.com."),
            ["j.bloggs@example.com"]
        );
        assert_eq!(
            spans("from pat+care@mail.example.co.uk!"),
            ["pat+care@mail.example.co.uk"]
        );
    }

    #[test]
    fn role_mailboxes_and_the_authors_own() {
        assert!(spans("email theatre.jobs@example.nhs.uk").is_empty());
        assert!(spans("write to ward7.recruitment@example.org").is_empty());
        assert!(spans("email me at a.nurse@example.com").is_empty());
        assert!(spans("contact our team on j.smith@example.com").is_empty());
    }

    #[test]
    fn role_words_match_whole_pieces_only() {
        assert!(!role_mailbox("edward.jones"));
        assert!(role_mailbox("ward24.admin"));
    }

    #[test]
    fn not_emails() {
        assert!(spans("@handle and a@b and 10@5pm").is_empty());
        // A non-ASCII local part is not matched rather than matched in part.
        assert!(spans("Zoë’s: zoë@example.com").is_empty());
    }
}
