//! A user's (or organisation's) settings, as the analysis needs them.
//!
//! The extension keeps settings as plain lists (one entry per line of a
//! textarea); [`OptionsInput`] is that wire shape and [`Options`] the form the
//! pipeline uses, built once per settings change, not per keystroke:
//!
//! - **disabled labels**: their findings are dropped before the verdict, so a
//!   user who does not want ages flagged is not warned about them;
//! - **my places**: hospitals, wards, teams and employers the user works
//!   with (FACILITY), and towns (LOCATION). A line decides its own label with
//!   a prefix: `town:` (or `place:`, `area:`) makes a LOCATION; `hospital:`,
//!   `ward:`, `team:`, `employer:`, `unit:` or no prefix make a FACILITY. A
//!   bare place is a FACILITY because most entries users add are where they
//!   work, and a FACILITY weighs the same as a LOCATION in the verdict;
//! - **allow-list**: words that are never a finding for this user (their own
//!   name, a hospital a public campaign names);
//! - **private watchlist**: names and @handles of current service users,
//!   stored only as HMAC-SHA-256 hashes under a key made on the device (see
//!   [`watchlist_hash`]); the plain names never reach the core.

use crate::document::Document;
use crate::label::Label;
use crate::lexicon::PhraseSet;
use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;
use std::collections::HashSet;

/// The settings as the extension sends them: camelCase keys, every key
/// optional, unknown keys ignored (an older core accepts a newer extension).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct OptionsInput {
    /// Wire names of labels whose findings are dropped ("AGE", "DATE").
    /// Unknown names are ignored.
    pub disabled_labels: Vec<String>,
    /// My places, one entry each, with an optional `town:`-style prefix.
    pub places: Vec<String>,
    /// Words and phrases that are never a finding.
    pub allowlist: Vec<String>,
    /// The private watchlist: a hex key and hex HMAC-SHA-256 hashes.
    pub watchlist: WatchlistInput,
}

/// The watchlist as stored: never the names themselves.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct WatchlistInput {
    /// The device's random key, hex (32 bytes).
    pub key: String,
    /// `watchlist_hash(key, name)` of each name, hex.
    pub hashes: Vec<String>,
}

/// Settings ready for the pipeline. `Options::default()` is what
/// [`crate::analyze`] uses: every label on, no places, no allow-list, no
/// watchlist.
#[derive(Debug, Default)]
pub struct Options {
    disabled: [bool; Label::ALL.len()],
    /// My places that are facilities (hospitals, wards, teams, employers).
    pub facilities: PhraseSet,
    /// My places that are towns or areas.
    pub towns: PhraseSet,
    /// Words and phrases that are never a finding.
    pub allow: PhraseSet,
    /// The private watchlist.
    pub watchlist: Watchlist,
}

/// Prefixes of a "my places" line that make it a LOCATION.
const TOWN_PREFIXES: &[&str] = &["town", "city", "village", "place", "area"];
/// Prefixes that make it a FACILITY (the default without a prefix).
const FACILITY_PREFIXES: &[&str] = &[
    "hospital", "ward", "team", "employer", "unit", "clinic", "service", "home", "practice",
];

/// The label a "my places" line asks for, and the place without its prefix.
pub fn place_entry(line: &str) -> (Label, &str) {
    let line = line.trim();
    if let Some((prefix, rest)) = line.split_once(':') {
        let prefix = prefix.trim().to_lowercase();
        if TOWN_PREFIXES.contains(&prefix.as_str()) {
            return (Label::Location, rest.trim());
        }
        if FACILITY_PREFIXES.contains(&prefix.as_str()) {
            return (Label::Facility, rest.trim());
        }
    }
    (Label::Facility, line)
}

impl Options {
    /// Builds the pipeline's options from the wire shape. Never fails: bad
    /// entries (an unknown label, a malformed hash) are skipped.
    pub fn from_input(input: &OptionsInput) -> Options {
        let mut options = Options::default();
        for name in &input.disabled_labels {
            if let Ok(label) = name.trim().parse::<Label>() {
                options.disabled[label as usize] = true;
            }
        }
        for line in &input.places {
            match place_entry(line) {
                (Label::Location, place) => options.towns.insert(place),
                (_, place) => options.facilities.insert(place),
            }
        }
        for entry in &input.allowlist {
            options.allow.insert(entry);
        }
        options.watchlist = Watchlist::new(&input.watchlist.key, &input.watchlist.hashes);
        options
    }

    /// True when findings with this label are kept.
    pub fn enabled(&self, label: Label) -> bool {
        !self.disabled[label as usize]
    }

    /// True when no label is disabled.
    pub fn all_enabled(&self) -> bool {
        !self.disabled.contains(&true)
    }

    /// Turns a label's findings off (or back on).
    pub fn set_enabled(&mut self, label: Label, on: bool) {
        self.disabled[label as usize] = !on;
    }
}

/// Candidate names are compared as their words, lowercased, joined by one
/// space, without a leading `@`: "  Mary-Jane   O’Neil " and "mary jane
/// o'neil" are the same name, and so are "@Sam_Lee" and "sam_lee". The
/// extension NFC-normalises what the user types before it gets here.
pub fn canonical_name(text: &str) -> String {
    let text = text.trim();
    let bare = text.strip_prefix('@').unwrap_or(text);
    if is_handle_shaped(bare) {
        return crate::document::normalize_word(bare);
    }
    let doc = Document::new(bare);
    let words: Vec<&str> = doc.tokens().iter().map(|t| t.norm.as_str()).collect();
    words.join(" ")
}

/// One word of handle characters with an underscore or a dot inside
/// ("sam_lee", "jo.bloggs"): kept whole, since the tokenizer would split it.
pub fn is_handle_shaped(text: &str) -> bool {
    !text.is_empty()
        && text.chars().all(is_handle_char)
        && text.chars().any(|c| c == '_' || c == '.')
        && text.chars().any(char::is_alphanumeric)
}

/// Characters of an @handle on X (letters, digits, `_`) and Facebook (also `.`).
pub fn is_handle_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '.'
}

/// Titles that may stand before an allow-listed name in a finding.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "nurse", "sister", "matron", "sir", "dame",
];

/// Where allow-listed words and phrases occur in a post. A finding inside
/// one of them is dropped: the user's own name, a hospital a public campaign
/// names. A finding that only overlaps one (a longer name around an allowed
/// first name) stays, since the rest of it may still identify someone.
#[derive(Debug, Default)]
pub struct AllowedSpans {
    /// Byte spans, sorted and never overlapping.
    spans: Vec<(usize, usize)>,
}

impl AllowedSpans {
    /// The allow-listed phrases of `allow` found in `doc`.
    pub fn new(doc: &Document, allow: &PhraseSet) -> AllowedSpans {
        if allow.is_empty() {
            return AllowedSpans::default();
        }
        let spans = allow.find_all(doc).iter().map(|m| m.span(doc)).collect();
        AllowedSpans { spans }
    }

    /// True when no allow-listed phrase occurs.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// True when the finding `start..end` is allow-listed: its words, after
    /// any leading title ("Mrs", "Dr") or `@`, lie within one allow-listed
    /// occurrence ("Dr Sam Carter" with "Sam Carter" allowed).
    pub fn allows(&self, doc: &Document, start: usize, end: usize) -> bool {
        if self.is_empty() {
            return false;
        }
        let tokens = doc.tokens();
        let first = doc.token_at_or_after(start);
        let words = tokens.get(first..).unwrap_or(&[]);
        let core_start = words
            .iter()
            .take_while(|t| t.end <= end)
            .find(|t| !TITLES.contains(&t.norm.as_str()))
            .map_or(start, |t| t.start.max(start));
        self.contains(core_start, end)
    }

    /// True when `start..end` lies within one allow-listed occurrence.
    pub fn contains(&self, start: usize, end: usize) -> bool {
        // The last occurrence starting at or before `start` is the only
        // candidate, since occurrences never overlap.
        let after = self.spans.partition_point(|&(s, _)| s <= start);
        after
            .checked_sub(1)
            .and_then(|i| self.spans.get(i))
            .is_some_and(|&(_, e)| end <= e)
    }
}

type HmacSha256 = Hmac<Sha256>;

/// HMAC-SHA-256 of the canonical form of `name` under `key`, as 32 bytes.
fn mac(key: &[u8], canonical: &str) -> Option<[u8; 32]> {
    let mut mac = HmacSha256::new_from_slice(key).ok()?;
    mac.update(canonical.as_bytes());
    Some(mac.finalize().into_bytes().into())
}

/// The stored form of a watchlist name: hex HMAC-SHA-256 of its canonical
/// form ([`canonical_name`]) under the device key (hex). `None` for a bad key
/// or a name with no words.
pub fn watchlist_hash(key_hex: &str, name: &str) -> Option<String> {
    let key = from_hex(key_hex)?;
    let canonical = canonical_name(name);
    if canonical.is_empty() || key.is_empty() {
        return None;
    }
    mac(&key, &canonical).map(|bytes| to_hex(&bytes))
}

/// The watchlist the core matches against: the keyed MAC, ready to clone
/// per candidate (the key schedule is done once), and the set of hashes.
#[derive(Default)]
pub struct Watchlist {
    mac: Option<HmacSha256>,
    hashes: HashSet<[u8; 32]>,
}

impl std::fmt::Debug for Watchlist {
    // Never print the key.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Watchlist({} hashes)", self.hashes.len())
    }
}

impl Watchlist {
    /// From the stored hex key and hashes; malformed hashes are skipped, and
    /// a malformed key gives an empty watchlist.
    pub fn new(key_hex: &str, hashes: &[String]) -> Watchlist {
        let Some(key) = from_hex(key_hex).filter(|k| !k.is_empty()) else {
            return Watchlist::default();
        };
        let hashes = hashes
            .iter()
            .filter_map(|h| from_hex(h)?.try_into().ok())
            .collect();
        Watchlist {
            mac: HmacSha256::new_from_slice(&key).ok(),
            hashes,
        }
    }

    /// True when the watchlist holds no name.
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty() || self.mac.is_none()
    }

    /// True when `canonical` (already in [`canonical_name`] form) is on the list.
    pub fn contains_canonical(&self, canonical: &str) -> bool {
        let Some(mac) = self.mac.as_ref().filter(|_| !self.is_empty()) else {
            return false;
        };
        if canonical.is_empty() {
            return false;
        }
        let mut mac = mac.clone();
        mac.update(canonical.as_bytes());
        let hash: [u8; 32] = mac.finalize().into_bytes().into();
        self.hashes.contains(&hash)
    }
}

fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

fn from_hex(hex: &str) -> Option<Vec<u8>> {
    let hex = hex.trim().as_bytes();
    if hex.len() % 2 != 0 {
        return None;
    }
    let digit = |b: u8| {
        char::from(b)
            .to_digit(16)
            .and_then(|d| u8::try_from(d).ok())
    };
    hex.chunks_exact(2)
        .map(|pair| Some(digit(pair[0])? << 4 | digit(pair[1])?))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    #[test]
    fn place_prefixes_choose_the_label() {
        assert_eq!(place_entry("town: Leeds"), (Label::Location, "Leeds"));
        assert_eq!(place_entry("Town:Skipton "), (Label::Location, "Skipton"));
        assert_eq!(place_entry("ward: Ward 7B"), (Label::Facility, "Ward 7B"));
        assert_eq!(
            place_entry("St Jude's Hospital"),
            (Label::Facility, "St Jude's Hospital")
        );
        // An unknown prefix is part of the name.
        assert_eq!(
            place_entry("Unit 4: Rehab"),
            (Label::Facility, "Unit 4: Rehab")
        );
    }

    #[test]
    fn options_parse_from_the_wire_shape() {
        let input = OptionsInput {
            disabled_labels: vec!["AGE".into(), "nonsense".into(), " DATE ".into()],
            places: vec!["town: Leeds".into(), "Ward 7B".into(), "  ".into()],
            allowlist: vec!["Sam Carter".into()],
            watchlist: WatchlistInput {
                key: KEY.into(),
                hashes: vec!["zz".into(), "abcd".into()],
            },
        };
        let options = Options::from_input(&input);
        assert!(!options.enabled(Label::Age) && !options.enabled(Label::Date));
        assert!(options.enabled(Label::Person));
        assert!(options.towns.contains_word("leeds"));
        assert!(!options.facilities.is_empty());
        assert!(!options.allow.is_empty());
        // Malformed hashes are skipped, not fatal.
        assert!(options.watchlist.is_empty());
    }

    #[test]
    fn canonical_names_ignore_case_spacing_and_at() {
        assert_eq!(canonical_name("  Mary-Jane   O’Neil "), "mary jane o'neil");
        assert_eq!(canonical_name("@Sam_Lee"), "sam_lee");
        assert_eq!(canonical_name("@samlee"), "samlee");
        assert_eq!(canonical_name("ZOË  Ångström"), "zoë ångström");
        assert_eq!(canonical_name(" @ "), "");
    }

    #[test]
    fn hashes_are_keyed_hex_and_stable() {
        let a = watchlist_hash(KEY, "Jane Doe").expect("a hash");
        assert_eq!(a.len(), 64);
        assert!(a.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(watchlist_hash(KEY, "  jane   DOE ").as_deref(), Some(&*a));
        let other_key = "ff".repeat(32);
        assert_ne!(watchlist_hash(&other_key, "Jane Doe").as_deref(), Some(&*a));
        assert!(watchlist_hash("not hex", "Jane").is_none());
        assert!(watchlist_hash(KEY, "   ").is_none());
        let list = Watchlist::new(KEY, &[a]);
        assert!(list.contains_canonical("jane doe"));
        assert!(!list.contains_canonical("jane"));
    }

    fn labels(text: &str, input: &OptionsInput) -> Vec<(Label, String)> {
        let report = crate::analyze_with(text, &Options::from_input(input));
        report
            .findings
            .iter()
            .map(|f| (f.label, text.get(f.start..f.end).unwrap_or("").to_string()))
            .collect()
    }

    #[test]
    fn allow_listed_words_are_never_findings() {
        let text = "My patient Sam Carter at Riverside had a seizure today.";
        let before = labels(text, &OptionsInput::default());
        assert!(before.contains(&(Label::Person, "Sam Carter".into())));
        let input = OptionsInput {
            allowlist: vec!["sam carter".into(), "Riverside".into()],
            ..OptionsInput::default()
        };
        let after = labels(text, &input);
        assert!(!after.iter().any(|(l, _)| *l == Label::Person));
        assert!(!after.iter().any(|(_, s)| s == "Riverside"));
        // Everything else stays.
        assert!(after.contains(&(Label::Clinical, "seizure".into())));
        // A title before an allowed name does not keep the finding.
        let titled = OptionsInput {
            allowlist: vec!["Joan Ellis".into()],
            ..OptionsInput::default()
        };
        let text2 = "Mrs Joan Ellis, NHS 943 476 5919, with sepsis";
        assert!(labels(text2, &OptionsInput::default())
            .contains(&(Label::Person, "Mrs Joan Ellis".into())));
        assert!(!labels(text2, &titled)
            .iter()
            .any(|(l, _)| *l == Label::Person));
        // A finding only partly inside an allowed word stays.
        let partial = OptionsInput {
            allowlist: vec!["Sam".into()],
            ..OptionsInput::default()
        };
        assert!(labels(text, &partial).contains(&(Label::Person, "Sam Carter".into())));
    }

    #[test]
    fn disabled_labels_are_dropped_before_the_verdict() {
        let text = "Aged 72 and admitted with sepsis today.";
        let input = OptionsInput {
            disabled_labels: Label::ALL.iter().map(|l| l.as_str().to_string()).collect(),
            ..OptionsInput::default()
        };
        let report = crate::analyze_with(text, &Options::from_input(&input));
        assert!(report.findings.is_empty());
        assert_eq!(report.risk, crate::Risk::None);
        assert_eq!(
            crate::analyze(text),
            crate::analyze_with(text, &Options::default())
        );
    }

    #[test]
    fn my_places_and_the_watchlist_reach_the_verdict() {
        let text = "Lovely chat with jo bloggs on Heron ward about her chemo today";
        let input = OptionsInput {
            places: vec!["Heron Ward".into()],
            watchlist: WatchlistInput {
                key: KEY.into(),
                hashes: vec![watchlist_hash(KEY, "Jo Bloggs").expect("hash")],
            },
            ..OptionsInput::default()
        };
        let got = labels(text, &input);
        assert!(got.contains(&(Label::Facility, "Heron ward".into())));
        let person = got.iter().find(|(l, _)| *l == Label::Person);
        assert_eq!(person.map(|(_, s)| s.as_str()), Some("jo bloggs"));
        let report = crate::analyze_with(text, &Options::from_input(&input));
        assert_eq!(report.risk, crate::Risk::High);
    }

    #[test]
    fn hex_round_trips() {
        let bytes = [0u8, 1, 0x7f, 0x80, 0xff];
        assert_eq!(from_hex(&to_hex(&bytes)).as_deref(), Some(&bytes[..]));
        assert!(from_hex("abc").is_none());
        assert!(from_hex("é1").is_none());
    }
}
