//! The words of a post as name candidates, and the name lists.
//!
//! A name word is a token or hyphen-joined tokens ("Kerry-Louise"), looked up
//! without its possessive ("Lorraine's"). The lists are plain data files:
//! first names and surnames of many origins, names that are also ordinary
//! words (which need context), words that are never names, honorifics and
//! public figures (never a service user).

use crate::document::Document;
use crate::lexicon::list_entries;
use crate::lexicon::{WordMap, WordSet};
use std::sync::LazyLock;

/// A word list loaded from a data file: every whitespace-separated word.
pub(super) fn word_set(list: &'static str) -> WordSet<&'static str> {
    list_entries(list).flat_map(str::split_whitespace).collect()
}

/// First names of many origins.
pub(super) static FIRST_NAMES: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../data/person_first_names.txt")));
/// Common surnames of many origins.
pub(super) static SURNAMES: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../data/person_surnames.txt")));
/// Names that are also ordinary words, months or places: need context.
pub(super) static WORD_NAMES: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../data/person_word_names.txt")));
/// Capitalised words that are never names (starters, months, places, acronyms).
pub(super) static NOT_NAMES: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../data/person_not_names.txt")));
/// Honorifics kept inside a name's span.
pub(super) static TITLES: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../data/person_titles.txt")));
/// Public figures' names as word keys, by first word, longest first. Matched
/// over [`Word`] keys (not tokens) so "Bruce Willis's" and "Rees-Mogg" match.
pub(super) static PUBLIC_FIGURES: LazyLock<WordMap<String, Vec<Vec<String>>>> =
    LazyLock::new(|| {
        let mut map: WordMap<String, Vec<Vec<String>>> = WordMap::default();
        for entry in list_entries(include_str!("../../data/person_public_figures.txt")) {
            let doc = Document::new(entry);
            let keys: Vec<String> = words(&doc).into_iter().map(|w| w.key).collect();
            if let Some(first) = keys.first() {
                map.entry(first.clone()).or_default().push(keys);
            }
        }
        for phrases in map.values_mut() {
            phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        }
        map
    });

/// Marks the words that belong to a public figure's name.
pub(super) fn mark_public(words: &mut [Word]) {
    let mut i = 0;
    while i < words.len() {
        let len = PUBLIC_FIGURES.get(&words[i].key).and_then(|phrases| {
            phrases
                .iter()
                .find(|p| {
                    p.iter()
                        .enumerate()
                        .all(|(k, key)| words.get(i + k).is_some_and(|w| &w.key == key))
                })
                .map(Vec::len)
        });
        match len {
            Some(len) if len > 0 => {
                for w in words.iter_mut().skip(i).take(len) {
                    w.public = true;
                }
                i += len;
            }
            _ => i += 1,
        }
    }
}

/// One word of a possible name: a token, or tokens joined by hyphens
/// ("Kerry-Louise").
#[derive(Debug)]
pub(super) struct Word<'a> {
    pub(super) start: usize,
    /// End of the word without a possessive "'s".
    pub(super) end: usize,
    /// Lowercase, possessive removed, hyphens kept.
    pub(super) key: String,
    pub(super) text: &'a str,
    /// Starts with an uppercase letter.
    pub(super) cap: bool,
    /// Two or more letters, all uppercase.
    pub(super) all_caps: bool,
    /// Letters only (plus inner apostrophes and hyphens).
    pub(super) alphabetic: bool,
    /// Inside a public figure's name.
    pub(super) public: bool,
}

impl Word<'_> {
    pub(super) fn parts(&self) -> impl Iterator<Item = &str> {
        self.key.split('-')
    }

    pub(super) fn in_set(&self, set: &WordSet<&str>) -> bool {
        set.contains(self.key.as_str())
            || (self.key.contains('-') && self.parts().any(|p| set.contains(p)))
    }

    pub(super) fn is_first(&self) -> bool {
        self.in_set(&FIRST_NAMES)
    }

    pub(super) fn is_surname(&self) -> bool {
        self.in_set(&SURNAMES) || self.key.starts_with("mc") && self.key.len() > 4
    }

    /// Also an ordinary word, month or place: needs context.
    pub(super) fn is_word_name(&self) -> bool {
        WORD_NAMES.contains(self.key.as_str())
    }

    pub(super) fn is_never(&self) -> bool {
        NOT_NAMES.contains(self.key.as_str())
    }

    pub(super) fn is_known(&self) -> bool {
        self.is_first() || self.is_surname()
    }

    /// A first name, or a word that can be one ("Bill", "Grace").
    pub(super) fn is_given(&self) -> bool {
        self.is_first() || self.is_word_name()
    }

    /// Capitalised like a name, not a listed non-name, not a public figure.
    pub(super) fn namey(&self) -> bool {
        self.alphabetic && (self.cap || self.all_caps) && !self.public && !self.is_never()
    }

    /// A listed name that is not also an ordinary word.
    pub(super) fn strong(&self) -> bool {
        self.namey() && self.is_known() && !self.is_word_name() && !self.all_caps
    }

    pub(super) fn single_letter(&self) -> bool {
        self.cap && self.key.chars().count() == 1
    }

    /// Letters of a script other than Latin only ("陈秀兰", "ملک", "Иван"):
    /// a name written in the person's own script.
    pub(super) fn other_script(&self) -> bool {
        self.alphabetic
            && self
                .text
                .chars()
                .all(|c| c.is_alphabetic() && !is_latin(c) || matches!(c, '\'' | '-'))
    }
}

/// A Latin letter, with accents and extensions ("é", "ł", "ṭ").
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ('\u{00c0}'..='\u{024f}').contains(&c)
        || ('\u{1e00}'..='\u{1eff}').contains(&c)
}

/// Splits the document into name-sized words.
pub(super) fn words<'a>(doc: &Document<'a>) -> Vec<Word<'a>> {
    let tokens = doc.tokens();
    let mut out: Vec<Word<'a>> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let first = i;
        while i + 1 < tokens.len()
            && matches!(
                doc.slice(tokens[i].end, tokens[i + 1].start),
                "-" | "\u{2010}" | "\u{2011}"
            )
        {
            i += 1;
        }
        let start = tokens[first].start;
        let full_end = tokens[i].end;
        let text = doc.slice(start, full_end);
        let mut key: String = tokens[first..=i]
            .iter()
            .map(|t| t.norm.as_str())
            .collect::<Vec<_>>()
            .join("-");
        let mut end = full_end;
        if let Some(stem) = key.strip_suffix("'s") {
            key = stem.to_string();
            if let Some(pos) = text.rfind(['\'', '\u{2019}']) {
                end = start + pos;
            }
        }
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        out.push(Word {
            start,
            end,
            cap: text.chars().next().is_some_and(char::is_uppercase),
            all_caps: letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()),
            alphabetic: text.chars().all(|c| {
                c.is_alphabetic() || matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}')
            }),
            public: false,
            key,
            text,
        });
        i += 1;
    }
    out
}

/// An unlisted word with an English word ending ("Retires", "Practitioner",
/// "Guides") is not taken for a name after a person word; unlisted names
/// rarely end like that.
pub(super) fn looks_like_word(key: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "s", "ed", "ing", "ly", "tion", "sion", "ment", "ness", "ship", "ful", "less", "able",
        "ible", "ous", "ive", "ise", "ize", "er", "ist", "ism", "ity", "ary", "ory", "al",
    ];
    ENDINGS.iter().any(|e| key.ends_with(e))
}

pub(super) fn is_quote(c: char) -> bool {
    matches!(
        c,
        '\'' | '"' | '\u{2018}' | '\u{2019}' | '\u{201c}' | '\u{201d}'
    )
}

/// Emoji and other pictographs, which often stand where a full stop would.
pub(super) fn is_symbol(c: char) -> bool {
    (c as u32) >= 0x2190 && !c.is_alphanumeric() && !is_quote(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphens_join_and_possessives_drop() {
        let doc = Document::new("Kerry-Louise's mum, O\u{2019}Neill and Zoë");
        let w = words(&doc);
        let keys: Vec<&str> = w.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(keys, ["kerry-louise", "mum", "o'neill", "and", "zoë"]);
        assert_eq!(doc.slice(w[0].start, w[0].end), "Kerry-Louise");
        assert!(w[0].is_first() && w[2].is_surname() && w[4].is_first());
    }

    #[test]
    fn public_figures_match_over_possessives() {
        let doc = Document::new("Bruce Willis's news and Jacob Rees-Mogg");
        let mut w = words(&doc);
        mark_public(&mut w);
        assert!(w
            .iter()
            .filter(|w| w.key != "news" && w.key != "and")
            .all(|w| w.public));
    }

    #[test]
    fn shapes() {
        let doc = Document::new("MISS R jb P");
        let w = words(&doc);
        assert!(w[0].all_caps && w[1].single_letter() && !w[2].cap && w[3].single_letter());
        assert!(looks_like_word("retires") && !looks_like_word("seonaidh"));
    }
}
