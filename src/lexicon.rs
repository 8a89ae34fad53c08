//! Word and phrase lists matched against a document's words.
//!
//! Most recognizers know their vocabulary as lists (conditions, slurs, towns,
//! first names). A [`PhraseSet`] matches such a list in one pass over the
//! words, leftmost-longest, so the cost stays linear in the post and does not
//! grow with a giant regex alternation (which would also bloat the .wasm).

use crate::document::{normalize_word, Document, Token};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: a fast hash for short words. The std default (SipHash) resists
/// hash flooding, which fixed word lists compiled into the program do not
/// need, and it was a tenth of the analysis time.
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// A map keyed by words, hashed with [`WordHasher`].
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
/// A set of words, hashed with [`WordHasher`].
pub type WordSet<T> = HashSet<T, BuildHasherDefault<WordHasher>>;

/// A set of phrases of one or more words, looked up by their first word.
#[derive(Debug, Default)]
pub struct PhraseSet {
    by_first_word: WordMap<String, Vec<Vec<String>>>,
    plurals: bool,
}

/// A match of a phrase: token indices, half-open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhraseMatch {
    /// Index of the first matched token.
    pub first: usize,
    /// Index just past the last matched token.
    pub stop: usize,
}

impl PhraseMatch {
    /// The byte span of the match in the document.
    pub fn span(&self, doc: &Document) -> (usize, usize) {
        let tokens = doc.tokens();
        (tokens[self.first].start, tokens[self.stop - 1].end)
    }
}

/// Splits a phrase the same way [`Document`] splits a post.
fn phrase_words(phrase: &str) -> Vec<String> {
    Document::new(phrase)
        .tokens()
        .iter()
        .map(|t| t.norm.clone())
        .collect()
}

impl PhraseSet {
    /// Builds a set from phrases; case and punctuation between words do not matter.
    pub fn new<'p>(phrases: impl IntoIterator<Item = &'p str>) -> Self {
        let mut set = PhraseSet::default();
        for phrase in phrases {
            set.insert(phrase);
        }
        set
    }

    /// Builds a set from a list file: one phrase per line; blank lines and
    /// lines starting with `#` are skipped.
    pub fn from_list(list: &str) -> Self {
        PhraseSet::new(list_entries(list))
    }

    /// Also match the last word with a plural ending ("bruise" matches "bruises").
    pub fn with_plurals(mut self) -> Self {
        self.plurals = true;
        self
    }

    /// Adds one phrase.
    pub fn insert(&mut self, phrase: &str) {
        let words = phrase_words(phrase);
        if let Some(first) = words.first() {
            let entry = self.by_first_word.entry(first.clone()).or_default();
            if !entry.contains(&words) {
                entry.push(words);
                // Longest first, so the first hit is the longest.
                entry.sort_by_key(|w| std::cmp::Reverse(w.len()));
            }
        }
    }

    /// True when the set holds no phrase.
    pub fn is_empty(&self) -> bool {
        self.by_first_word.is_empty()
    }

    /// True when `word` (any case) is a one-word phrase of the set.
    pub fn contains_word(&self, word: &str) -> bool {
        let norm = normalize_word(word);
        self.by_first_word
            .get(&norm)
            .is_some_and(|list| list.iter().any(|p| p.len() == 1))
    }

    fn word_matches(&self, want: &str, got: &str, last: bool) -> bool {
        if want == got {
            return true;
        }
        if self.plurals && last {
            if let Some(stem) = got.strip_suffix('s') {
                return stem == want || stem.strip_suffix('e') == Some(want);
            }
        }
        false
    }

    /// The number of tokens of the longest phrase starting at token `at`.
    pub fn longest_at(&self, doc: &Document, at: usize) -> Option<usize> {
        let tokens = doc.tokens();
        let first = tokens.get(at)?;
        let candidates = self.by_first_word.get(&first.norm).or_else(|| {
            // A plural one-word entry ("bruises" for "bruise").
            let stem = first.norm.strip_suffix('s')?;
            self.by_first_word
                .get(stem)
                .or_else(|| self.by_first_word.get(stem.strip_suffix('e')?))
                .filter(|_| self.plurals)
        })?;
        candidates
            .iter()
            .find(|phrase| {
                phrase.len() <= tokens.len() - at
                    && phrase.iter().enumerate().all(|(i, want)| {
                        let tok = &tokens[at + i];
                        let joined = i == 0 || words_are_adjacent(doc, &tokens[at + i - 1], tok);
                        joined && self.word_matches(want, &tok.norm, i + 1 == phrase.len())
                    })
            })
            .map(Vec::len)
    }

    /// All matches in the document, leftmost-longest, never overlapping.
    pub fn find_all(&self, doc: &Document) -> Vec<PhraseMatch> {
        let mut found = Vec::new();
        let mut at = 0;
        while at < doc.tokens().len() {
            match self.longest_at(doc, at) {
                Some(len) => {
                    found.push(PhraseMatch {
                        first: at,
                        stop: at + len,
                    });
                    at += len;
                }
                None => at += 1,
            }
        }
        found
    }
}

/// The entries of a list file: trimmed lines, without blanks and `#` comments.
pub fn list_entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Two words belong to one phrase when only a short run of spaces, hyphens,
/// dots, slashes or apostrophes separates them, and no sentence ends between
/// them (a full stop after a single letter is an abbreviation: "C. diff").
pub fn words_are_adjacent(doc: &Document, left: &Token, right: &Token) -> bool {
    let gap = doc.slice(left.end, right.start);
    let abbreviation = left.norm.chars().count() == 1;
    gap.chars().count() <= 3
        && gap.chars().all(|c| {
            matches!(
                c,
                ' ' | '-' | '.' | '/' | '\'' | '\u{2019}' | '\u{2010}' | '\u{2011}'
            )
        })
        && (abbreviation || !gap.contains(". "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(set: &PhraseSet, text: &str) -> Vec<String> {
        let doc = Document::new(text);
        set.find_all(&doc)
            .iter()
            .map(|m| {
                let (s, e) = m.span(&doc);
                doc.slice(s, e).to_string()
            })
            .collect()
    }

    #[test]
    fn longest_match_wins_and_case_is_ignored() {
        let set = PhraseSet::new(["heart", "heart failure", "c diff"]);
        assert_eq!(
            spans(&set, "Heart Failure and C. diff, not heartburn"),
            ["Heart Failure", "C. diff"]
        );
    }

    #[test]
    fn phrases_do_not_cross_sentences() {
        let set = PhraseSet::new(["heart failure"]);
        assert!(spans(&set, "my heart. Failure is fine").is_empty());
        assert!(spans(&set, "heart\nfailure").is_empty());
    }

    #[test]
    fn plurals_are_optional() {
        let set = PhraseSet::new(["bruise", "pressure sore"]).with_plurals();
        assert_eq!(
            spans(&set, "bruises and pressure sores"),
            ["bruises", "pressure sores"]
        );
        let strict = PhraseSet::new(["bruise"]);
        assert!(spans(&strict, "bruises").is_empty());
    }

    #[test]
    fn list_files_skip_comments() {
        let set = PhraseSet::from_list("# a comment\n\nsepsis\n  DKA  \n");
        assert!(set.contains_word("dka"));
        assert!(set.contains_word("Sepsis"));
        assert!(!set.contains_word("a"));
    }
}
