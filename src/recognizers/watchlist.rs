//! The private watchlist: names and @handles of the user's current service
//! users, known to the core only as keyed hashes.
//!
//! The options page never stores the names: the background worker hashes
//! each one with HMAC-SHA-256 under a random key made on the device
//! ([`crate::options::watchlist_hash`]). To find them in a post, every
//! candidate is hashed the same way and looked up: each run of one to
//! [`MAX_WORDS`] adjacent words (names, with or without surnames) gives a
//! PERSON finding, and each @handle (or handle-shaped word like `sam_lee`)
//! a HANDLE finding. Runs never cross a sentence break, and the longest
//! match at a word wins. The cost is a few HMACs per word, so the scan stays
//! linear, and it is skipped entirely when the watchlist is empty.

use crate::document::{normalize_word, Document};
use crate::finding::{Finding, Findings};
use crate::label::Label;
use crate::lexicon::words_are_adjacent;
use crate::options::{canonical_name, is_handle_char, is_handle_shaped, Options, Watchlist};

/// The longest name, in words, that the watchlist can match.
pub const MAX_WORDS: usize = 4;

const NAME_REASON: &str = "This matches a name on your private watchlist of service users.";
const HANDLE_REASON: &str = "This matches a handle on your private watchlist of service users.";

/// Adds PERSON and HANDLE findings for watchlist matches.
pub fn find(doc: &Document, options: &Options, found: &mut Findings) {
    let list = &options.watchlist;
    if list.is_empty() {
        return;
    }
    find_names(doc, list, found);
    find_handles(doc, list, found);
}

fn find_names(doc: &Document, list: &Watchlist, found: &mut Findings) {
    let tokens = doc.tokens();
    let mut at = 0;
    while at < tokens.len() {
        // How many words from `at` form one run (no sentence break between).
        let mut run = 1;
        while run < MAX_WORDS
            && at + run < tokens.len()
            && words_are_adjacent(doc, &tokens[at + run - 1], &tokens[at + run])
        {
            run += 1;
        }
        let hit = (1..=run).rev().find(|&len| {
            let words: Vec<&str> = tokens[at..at + len]
                .iter()
                .map(|t| t.norm.as_str())
                .collect();
            list.contains_canonical(&words.join(" "))
        });
        match hit {
            Some(len) => {
                let (start, end) = (tokens[at].start, tokens[at + len - 1].end);
                found.push(
                    Finding::new(Label::Person, start, end)
                        .confidence(1.0)
                        .reason(NAME_REASON),
                );
                at += len;
            }
            None => at += 1,
        }
    }
}

fn find_handles(doc: &Document, list: &Watchlist, found: &mut Findings) {
    let text = doc.text();
    let mut run_start: Option<usize> = None;
    // One pass: a run of handle characters ends at the first other char.
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if is_handle_char(c) && i < text.len() {
            if run_start.is_none() {
                run_start = Some(i);
            }
        } else if let Some(start) = run_start.take() {
            check_handle(doc, list, start, i, found);
        }
    }
}

/// Checks the handle-character run `start..end`: a handle when an `@` (not
/// inside an email address) comes first, or when it is handle-shaped.
fn check_handle(doc: &Document, list: &Watchlist, start: usize, end: usize, found: &mut Findings) {
    let run = doc.slice(start, end).trim_end_matches('.');
    let end = start + run.len();
    let before = doc.text().get(..start).unwrap_or("");
    let mut back = before.chars().rev();
    let at_sign = back.next() == Some('@') && !back.next().is_some_and(char::is_alphanumeric);
    if !(at_sign || is_handle_shaped(run)) || run.is_empty() {
        return;
    }
    let canonical = if is_handle_shaped(run) {
        normalize_word(run)
    } else {
        canonical_name(run)
    };
    if list.contains_canonical(&canonical) {
        let start = if at_sign { start - 1 } else { start };
        found.push(
            Finding::new(Label::Handle, start, end)
                .confidence(1.0)
                .reason(HANDLE_REASON),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::{watchlist_hash, OptionsInput, WatchlistInput};

    const KEY: &str = "8f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0";

    fn matches(names: &[&str], text: &str) -> Vec<(Label, String)> {
        let hashes = names
            .iter()
            .map(|n| watchlist_hash(KEY, n).expect("hashable"))
            .collect();
        let input = OptionsInput {
            watchlist: WatchlistInput {
                key: KEY.into(),
                hashes,
            },
            ..OptionsInput::default()
        };
        let options = Options::from_input(&input);
        crate::recognizers::testing::spans_with_options(find, &options, text)
    }

    fn person(s: &str) -> (Label, String) {
        (Label::Person, s.to_string())
    }

    #[test]
    fn names_match_in_any_case_and_spacing() {
        assert_eq!(
            matches(&["Jane Doe"], "Saw JANE  doe again today"),
            [person("JANE  doe")]
        );
        assert_eq!(matches(&["jane doe"], "Jane.Doe"), [person("Jane.Doe")]);
        assert!(matches(&["Jane Doe"], "Jane went home. Doe was there").is_empty());
        assert!(matches(&["Jane Doe"], "Janet Doel").is_empty());
    }

    #[test]
    fn the_longest_name_wins() {
        assert_eq!(
            matches(&["Ann", "Ann Marie Lee"], "ann marie lee and Ann"),
            [person("ann marie lee"), person("Ann")]
        );
    }

    #[test]
    fn unicode_names_match() {
        assert_eq!(
            matches(&["Zoë Ångström"], "🎉 for ZOË ÅNGSTRÖM"),
            [person("ZOË ÅNGSTRÖM")]
        );
        assert_eq!(
            matches(&["Siobhán O’Neill"], "siobhán o'neill"),
            [person("siobhán o'neill")]
        );
        assert_eq!(
            matches(&["محمد علي"], "رأيت محمد علي"),
            [person("محمد علي")]
        );
    }

    #[test]
    fn handles_match_with_or_without_the_at() {
        assert_eq!(
            matches(&["@sam_lee99"], "cc @Sam_Lee99."),
            [(Label::Handle, "@Sam_Lee99".to_string())]
        );
        assert_eq!(
            matches(&["sam_lee99"], "sam_lee99 again"),
            [(Label::Handle, "sam_lee99".to_string())]
        );
        assert_eq!(
            matches(&["@samlee"], "thanks @samlee!"),
            [(Label::Handle, "@samlee".to_string())]
        );
        // Inside an email address, "@samlee" is a domain, not a handle
        // (the word still matches the name).
        assert!(!matches(&["@samlee"], "x@samlee.com").contains(&(Label::Handle, "@samlee".into())));
    }

    #[test]
    fn odd_input_never_panics_and_stays_quick() {
        const PIECES: [&str; 10] = [
            "@",
            "_",
            "jane",
            " ",
            "doe",
            ".",
            "🎉",
            "@@",
            "é\u{301}",
            "\n",
        ];
        let text: String = PIECES.iter().cycle().take(20_000).copied().collect();
        let found = matches(&["Jane Doe", "@doe_"], &text);
        assert!(found.iter().all(|(_, s)| !s.is_empty()));
        assert!(matches(&["x"], "@").is_empty());
        assert!(matches(&["x"], "").is_empty());
    }

    #[test]
    fn empty_watchlist_finds_nothing() {
        assert!(matches(&[], "Jane Doe @jane").is_empty());
    }
}
