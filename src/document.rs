//! A post prepared once for all recognizers: the text and its words.
//!
//! Every offset here is a byte offset into the original text, half-open, and
//! always on a char boundary, so a finding's span can be sliced safely and
//! converted to code points or UTF-16 units only at the boundary.

/// One word of the post: a run of letters and digits, with inner apostrophes
/// kept ("don't", "King's") so possessives stay one word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first char.
    pub start: usize,
    /// Byte offset just past the last char.
    pub end: usize,
    /// The word lowercased, with curly apostrophes made straight, so word lists
    /// need only one spelling.
    pub norm: String,
}

impl Token {
    /// True when the word, as typed, starts with an uppercase letter.
    pub fn is_capitalized(&self, text: &str) -> bool {
        text.get(self.start..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// True when the word is all digits.
    pub fn is_numeric(&self) -> bool {
        !self.norm.is_empty() && self.norm.bytes().all(|b| b.is_ascii_digit())
    }
}

/// The text of a post and its words.
#[derive(Debug)]
pub struct Document<'a> {
    text: &'a str,
    tokens: Vec<Token>,
}

impl<'a> Document<'a> {
    /// Splits `text` into words. Linear in the length of the text.
    pub fn new(text: &'a str) -> Self {
        Document {
            text,
            tokens: tokenize(text),
        }
    }

    /// The original text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The words, in order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The text between two byte offsets, or "" when they are not a valid
    /// char-boundary range (never panics).
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or("")
    }

    /// Index of the first token that ends after `byte` (the token containing
    /// `byte`, or the next one).
    pub fn token_at_or_after(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.end <= byte)
    }

    /// The up to `n` words that end at or before `byte`, nearest last.
    pub fn words_before(&self, byte: usize, n: usize) -> &[Token] {
        let stop = self.tokens.partition_point(|t| t.end <= byte);
        &self.tokens[stop.saturating_sub(n)..stop]
    }

    /// The up to `n` words that start at or after `byte`, nearest first.
    pub fn words_after(&self, byte: usize, n: usize) -> &[Token] {
        let first = self.tokens.partition_point(|t| t.start < byte);
        let stop = (first + n).min(self.tokens.len());
        &self.tokens[first..stop]
    }

    /// True when one of `words` (lowercase) is among the `n` words on either
    /// side of the span `start..end`.
    pub fn has_word_near(&self, start: usize, end: usize, n: usize, words: &[&str]) -> bool {
        self.words_before(start, n)
            .iter()
            .chain(self.words_after(end, n))
            .any(|t| words.contains(&t.norm.as_str()))
    }

    /// True when one of `words` (lowercase) appears anywhere in the post.
    pub fn has_word(&self, words: &[&str]) -> bool {
        self.tokens.iter().any(|t| words.contains(&t.norm.as_str()))
    }

    /// Byte range of the sentence around `byte`: from just after the previous
    /// `.`, `!`, `?` or line break to the next one.
    pub fn sentence_around(&self, byte: usize) -> (usize, usize) {
        let is_stop = |c: char| matches!(c, '.' | '!' | '?' | '\n');
        let before = self.text.get(..byte).unwrap_or("");
        let start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| is_stop(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let after = self.text.get(byte..).unwrap_or("");
        let end = after
            .char_indices()
            .find(|&(_, c)| is_stop(c))
            .map_or(self.text.len(), |(i, _)| byte + i);
        (start, end)
    }
}

/// Normalises a word for lookup: lowercase, straight apostrophes.
pub fn normalize_word(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphanumeric() {
                end = i + c.len_utf8();
                chars.next();
            } else if is_apostrophe(c) {
                // Keep the apostrophe only when a letter follows ("don't"),
                // not when it closes a quote ('fine').
                let next = text.get(i + c.len_utf8()..).and_then(|s| s.chars().next());
                if next.is_some_and(char::is_alphanumeric) {
                    chars.next();
                    end = i + c.len_utf8();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        let word = text.get(start..end).unwrap_or("");
        tokens.push(Token {
            start,
            end,
            norm: normalize_word(word),
        });
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        Document::new(text)
            .tokens()
            .iter()
            .map(|t| t.norm.clone())
            .collect()
    }

    #[test]
    fn splits_on_punctuation_and_keeps_inner_apostrophes() {
        assert_eq!(
            words("Mrs O’Neil's bed-4 isn't 'fine'."),
            ["mrs", "o'neil's", "bed", "4", "isn't", "fine"]
        );
    }

    #[test]
    fn offsets_are_bytes_on_char_boundaries() {
        let text = "🦸 Zoë in bed 4";
        let doc = Document::new(text);
        for t in doc.tokens() {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        assert_eq!(doc.slice(doc.tokens()[0].start, doc.tokens()[0].end), "Zoë");
    }

    #[test]
    fn neighbourhood_queries() {
        let doc = Document::new("my patient in bed 4 today");
        let bed = &doc.tokens()[3];
        assert!(doc.has_word_near(bed.start, bed.end, 2, &["patient"]));
        assert!(!doc.has_word_near(bed.start, bed.end, 1, &["patient"]));
        assert_eq!(doc.words_after(bed.end, 5).len(), 2);
        assert!(doc.has_word(&["today"]));
    }

    #[test]
    fn sentence_bounds() {
        let text = "First one. Second here! Third";
        let doc = Document::new(text);
        let (s, e) = doc.sentence_around(text.find("here").unwrap_or(0));
        assert_eq!(doc.slice(s, e), " Second here");
    }

    #[test]
    fn slice_never_panics() {
        let doc = Document::new("é");
        assert_eq!(doc.slice(1, 2), "");
        assert_eq!(doc.slice(5, 9), "");
    }
}
