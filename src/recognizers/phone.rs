//! Recognizer: phone numbers of individuals (UK, US/Canada, international).
//!
//! A phone number is found by shape: UK numbers start 0 or +44 and have ten or
//! eleven digits; North American ones are (323) 555-0147, 323-555-0147 or +1;
//! anything else international starts +NN. The hard part is whose number it
//! is. The labels flag a private person's number (a relative's mobile, a
//! client's new number) but not a public one: helplines, a ward, reception, a
//! recruiter, or the author's own "call me on". Freephone and premium numbers
//! (0800, 0808, 0845, 1-800) always belong to organisations and are skipped;
//! for the rest, [`belongs_to_individual`] reads the words before the number.
//! Ten-digit numbers with an NHS/CHI/H&C name in front are left to those
//! recognizers.

use super::nhs_number::{named_scheme, phone_context};
use crate::document::{Document, Token};
use crate::finding::{Finding, Findings, Suggestion};
use crate::label::Label;
use crate::lexicon::PhraseSet;
use regex::Regex;
use std::sync::LazyLock;

/// UK: 0 or +44, then digit groups.
static UK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\+44\s?(?:\(0\)\s?)?\d{1,4}|\(0\d{1,4}\)|(?-u:\b)0\d{1,4})(?:[ \-]?\d{2,6}){1,3}(?-u:\b)")
        .expect("pattern compiles")
});

/// North America: (323) 555-0147, 323-555-0147, 323.555.0147, +1 323 555 0147.
static NANP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\+1[ .\-]?)?(?:\(\d{3}\)[ .\-]?|(?-u:\b)\d{3}[.\-]|(?-u:\b)\d{3} )\d{3}[ .\-]\d{4}(?-u:\b)")
        .expect("pattern compiles")
});

/// Other international numbers: +NN and eight to fifteen digits.
static INTERNATIONAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\+[2-9]\d{0,2}(?:[ \-]?\(?\d{1,5}\)?){2,6}(?-u:\b)").expect("pattern compiles")
});

static INDIVIDUAL: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/phone_individual.txt")));

static ORGANISATION: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/phone_organisation.txt")));

static PUBLIC_NOTICE: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::from_list(include_str!("../data/phone_public_notice.txt")));

/// Verbs that, followed by "me" or "us", give the author's or the team's own
/// number ("call me on", "ring us").
const ASK_VERBS: &[&str] = &[
    "call", "ring", "phone", "text", "contact", "email", "e-mail", "message", "reach", "dm",
    "whatsapp", "give",
];

/// Nouns that, after "his", "her" or "their", introduce a private number.
const CONTACT_NOUNS: &[&str] = &[
    "number", "no", "mobile", "phone", "cell", "email", "e-mail", "landline", "tel", "contact",
];

/// UK prefixes of freephone, premium and shared-cost numbers, which only
/// organisations use. (03 numbers are organisations' too, but a private
/// owner named beside one is believed; see [`find`].)
const UK_SERVICE_PREFIXES: &[&str] = &[
    "0800", "0808", "0500", "0843", "0844", "0845", "0870", "0871", "0872", "09",
];

/// North American toll-free area codes.
const TOLL_FREE: &[&str] = &["800", "888", "877", "866", "855", "844", "833"];

/// The words before `start` back to the start of the sentence (at most
/// `limit`), nearest first. A dot inside an email address is not a sentence end.
fn sentence_words_before<'d>(doc: &'d Document, start: usize, limit: usize) -> Vec<&'d Token> {
    let words = doc.words_before(start, limit);
    let mut out = Vec::new();
    let mut right = start;
    for t in words.iter().rev() {
        let gap = doc.slice(t.end, right);
        if gap.contains('\n') || [". ", "! ", "? ", ".\t"].iter().any(|s| gap.contains(s)) {
            break;
        }
        out.push(t);
        right = t.start;
    }
    out
}

fn bare(norm: &str) -> &str {
    norm.strip_suffix("'s").unwrap_or(norm)
}

/// True when a phone number or email at `start` reads as a private person's
/// rather than a service's or the author's own. The words before it decide:
/// "her number", "his wife's email" say a person's; "call me", "ring us",
/// "my work email" say the author's or the team's; otherwise the nearest cue
/// word wins ("daughter on" vs "reception on"). With no cue at all it counts
/// as a person's, because that is the costly mistake to miss, unless the
/// whole post is a public notice (an event, a job advert).
pub(crate) fn belongs_to_individual(
    doc: &Document,
    start: usize,
    end: usize,
    public_notice: bool,
) -> bool {
    match owner(doc, start, end) {
        Owner::Person => true,
        Owner::Organisation => false,
        Owner::Unknown => !public_notice,
    }
}

/// Whose a phone number or email is, as far as the words around it say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Owner {
    Person,
    Organisation,
    Unknown,
}

/// Reads the cues described at [`belongs_to_individual`], strongest first:
/// a named private owner, the author's own, the nearest cue word before, then
/// a label just after.
fn owner(doc: &Document, start: usize, end: usize) -> Owner {
    let words = sentence_words_before(doc, start, 12);
    // Nearest first, so words[i + 1] is the word before words[i].
    let owner_noun = words.windows(2).any(|w| {
        CONTACT_NOUNS.contains(&w[0].norm.as_str())
            && (matches!(w[1].norm.as_str(), "his" | "her" | "their") || w[1].norm.ends_with("'s"))
    });
    if owner_noun {
        return Owner::Person;
    }
    let nearest = words.get(..4).unwrap_or(&words);
    let authors_own = words.windows(2).any(|w| {
        matches!(w[0].norm.as_str(), "me" | "us") && ASK_VERBS.contains(&w[1].norm.as_str())
    }) || (nearest.iter().any(|t| t.norm == "my")
        && nearest
            .iter()
            .any(|t| CONTACT_NOUNS.contains(&t.norm.as_str())));
    if authors_own {
        return Owner::Organisation;
    }
    for t in &words {
        let word = bare(&t.norm);
        if ORGANISATION.contains_word(word) {
            return Owner::Organisation;
        }
        if INDIVIDUAL.contains_word(word) {
            return Owner::Person;
        }
    }
    // Nothing before it: a label just after can still say whose it is
    // ("020 7188 7188 (switchboard)", "07700 900123 (her mobile)").
    for t in doc.words_after(end, 3) {
        let word = bare(&t.norm);
        if ORGANISATION.contains_word(word) {
            return Owner::Organisation;
        }
        if INDIVIDUAL.contains_word(word) {
            return Owner::Person;
        }
    }
    Owner::Unknown
}

/// True when the post reads as a public notice (an event, a job advert).
/// Computed once per post and passed to [`belongs_to_individual`].
pub(crate) fn is_public_notice(doc: &Document) -> bool {
    !PUBLIC_NOTICE.find_all(doc).is_empty()
}

/// A phone number found by shape, before deciding whose it is.
struct Candidate {
    start: usize,
    end: usize,
}

fn digit_string(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn uk_candidate(s: &str) -> bool {
    let digits = digit_string(s);
    let national = match digits.strip_prefix("44") {
        Some(rest) if s.starts_with('+') => format!("0{}", rest.trim_start_matches('0')),
        _ => digits,
    };
    let separated = s.contains([' ', '-', '+', '(']);
    let len_ok = (10..=11).contains(&national.len());
    let bare_mobile = national.len() == 11 && national.starts_with("07");
    len_ok
        && !national.starts_with("00")
        && (separated || bare_mobile)
        && !UK_SERVICE_PREFIXES.iter().any(|p| national.starts_with(p))
}

fn nanp_candidate(s: &str, plus_one: bool, said_phone: bool) -> bool {
    let digits = digit_string(s);
    let local = if plus_one {
        digits.strip_prefix('1').unwrap_or(&digits)
    } else {
        &digits
    };
    let area_ok = local.bytes().next().is_some_and(|b| b >= b'2');
    let exchange_ok = local.as_bytes().get(3).is_some_and(|&b| b >= b'2');
    let written_as_phone = s.starts_with('(') || plus_one;
    let toll_free = local.get(..3).is_some_and(|a| TOLL_FREE.contains(&a));
    // "468 599 5287" with plain spaces is how NHS numbers are written, so
    // that layout needs "call", "cell" or the like just before it.
    let spaced_bare = !written_as_phone && !said_phone && s.contains(' ');
    local.len() == 10 && area_ok && (exchange_ok || written_as_phone) && !toll_free && !spaced_bare
}

/// True when the match is glued to more digits, a time or a date.
fn glued(text: &str, start: usize, end: usize) -> bool {
    let prev = text.get(..start).and_then(|s| s.chars().next_back());
    let next = text.get(end..).and_then(|s| s.chars().next());
    matches!(prev, Some(c) if c.is_ascii_digit() || matches!(c, '/' | ':' | '.' | '£' | '$' | '€'))
        || matches!(next, Some(c) if matches!(c, '/' | ':' | '%'))
}

fn candidates(doc: &Document) -> Vec<Candidate> {
    let text = doc.text();
    let mut out: Vec<Candidate> = Vec::new();
    for m in UK.find_iter(text) {
        if uk_candidate(m.as_str()) {
            out.push(Candidate {
                start: m.start(),
                end: m.end(),
            });
        }
    }
    for caps in NANP.captures_iter(text) {
        let Some(m) = caps.get(0) else { continue };
        if nanp_candidate(
            m.as_str(),
            caps.get(1).is_some(),
            phone_context(doc, m.start()),
        ) {
            out.push(Candidate {
                start: m.start(),
                end: m.end(),
            });
        }
    }
    for m in INTERNATIONAL.find_iter(text) {
        let n = digit_string(m.as_str()).len();
        if (8..=15).contains(&n) && !m.as_str().starts_with("+44") {
            out.push(Candidate {
                start: m.start(),
                end: m.end(),
            });
        }
    }
    // Keep the longest of overlapping matches.
    out.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    let mut kept: Vec<Candidate> = Vec::new();
    for c in out {
        if kept.last().map_or(true, |k| k.end <= c.start) && !glued(text, c.start, c.end) {
            kept.push(c);
        }
    }
    kept
}

/// Adds phone numbers that belong to individuals.
pub fn find(doc: &Document, found: &mut Findings) {
    let candidates = candidates(doc);
    if candidates.is_empty() {
        return;
    }
    let public_notice = is_public_notice(doc);
    for c in candidates {
        let non_geographic = doc.slice(c.start, c.end).starts_with("03");
        let individual = if non_geographic {
            owner(doc, c.start, c.end) == Owner::Person
        } else {
            belongs_to_individual(doc, c.start, c.end, public_notice)
        };
        if named_scheme(doc, c.start).is_some() || !individual {
            continue;
        }
        found.push(
            Finding::new(Label::Contact, c.start, c.end)
                .confidence(0.85)
                .reason("A private phone number leads straight to this person and their family.")
                .suggest(Suggestion::remove(
                    "Remove the number; ask anyone who can help to message you privately.",
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
    fn uk_shapes() {
        assert_eq!(spans("her son on 07700 900123"), ["07700 900123"]);
        assert_eq!(spans("wife: 0161 496 0000!"), ["0161 496 0000"]);
        assert_eq!(spans("his mobile is +44 7700 900999."), ["+44 7700 900999"]);
        assert_eq!(spans("mum (01632) 960111"), ["(01632) 960111"]);
        assert_eq!(spans("text 07700900123"), ["07700900123"]);
    }

    #[test]
    fn north_american_and_international_shapes() {
        assert_eq!(spans("his cell (212) 555-0188"), ["(212) 555-0188"]);
        assert_eq!(spans("her number is 212-555-0188"), ["212-555-0188"]);
        assert_eq!(spans("dad on +1 212 555 0188"), ["+1 212 555 0188"]);
        assert_eq!(spans("call her cell 212 555 0188"), ["212 555 0188"]);
        assert!(spans("patient 212 555 0188").is_empty());
        assert_eq!(spans("her brother +353 87 123 4567"), ["+353 87 123 4567"]);
    }

    #[test]
    fn helplines_and_services_are_not_contacts() {
        assert!(spans("Samaritans on 116 123, or NHS 111, or 999").is_empty());
        assert!(spans("Call the helpline free on 0800 123 4567").is_empty());
        assert!(spans("the crisis line is 0300 123 4567").is_empty());
        assert!(spans("call 111 or 0300 123 4567").is_empty());
        assert!(spans("ring reception on 0161 496 0000").is_empty());
        assert!(spans("Our clinic's front desk is (212) 555-0188").is_empty());
        assert!(spans("call 1-800-555-0199").is_empty());
        assert!(spans("Try 0161 496 0000 (hospital switchboard)").is_empty());
    }

    #[test]
    fn an_unowned_number_in_a_public_notice_is_the_organisers() {
        assert!(spans("Tickets for the fun run: call 07700 900123").is_empty());
        assert_eq!(
            spans("Any help appreciated, 07700 900123"),
            ["07700 900123"]
        );
    }

    #[test]
    fn the_authors_own_number_is_not_flagged() {
        assert!(spans("please call me on 07700 900123").is_empty());
        assert!(spans("Ring us: 0161 496 0000").is_empty());
        assert!(spans("my work mobile 07700 900123").is_empty());
        assert!(spans("give me a call on 07700 900123").is_empty());
        assert_eq!(spans("rang my patient on 07700 900123"), ["07700 900123"]);
    }

    #[test]
    fn private_owner_beats_a_nearer_place_word() {
        assert_eq!(
            spans("she left her number on the ward board (07700 900123)"),
            ["07700 900123"]
        );
    }

    #[test]
    fn not_dates_times_or_nhs_numbers() {
        assert!(spans("on 12/03/2024 at 10:30").is_empty());
        assert!(spans("NHS 943 476 5919").is_empty());
        assert!(spans("CHI 0305625144").is_empty());
        assert!(spans("ISBN 1-916147-03-8").is_empty());
        assert!(spans("costs £1200 000").is_empty());
    }

    #[test]
    fn unicode_around_numbers() {
        assert_eq!(spans("Zoë’s mum 📞 07700 900123"), ["07700 900123"]);
    }
}
