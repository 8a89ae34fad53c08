//! The attached file's name, read as text: "xray_jsmith_03041951.jpg" names
//! a person and a date of birth even when the picture shows neither.
//!
//! File names are written for machines: words run together with
//! underscores, capitals or digits ("JohnSmithDOB", "bed4"), dates lose
//! their separators ("03041951"), and initials fuse with surnames
//! ("jsmith"). The name is rewritten as the words a person would have
//! typed, analysed like a post, and each finding is traced back to the
//! characters of the original name.

use super::findings::{from_text, ImageFinding, Source};
use crate::calendar;
use crate::recognizers::person;
use crate::Options;
use std::ops::Range;

/// Extensions are not words ("jpeg" is not a name, "heic" not a place).
const MAX_EXTENSION: usize = 5;

/// The findings of a file name (a bare name or a path; only the last part
/// counts).
pub fn findings(file_name: &str, options: &Options) -> Vec<ImageFinding> {
    let name = base_name(file_name);
    let readable = Readable::of(name);
    from_text(&readable.text, "file name", Source::FileName, options)
        .into_iter()
        .map(|(finding, range)| ImageFinding {
            value: readable.original(name, range),
            ..finding
        })
        .collect()
}

/// The last path component, without its extension.
fn base_name(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    match name.rfind('.') {
        Some(dot)
            if dot > 0
                && name.len() - dot - 1 <= MAX_EXTENSION
                && name
                    .get(dot + 1..)
                    .is_some_and(|e| e.chars().all(|c| c.is_ascii_alphanumeric())) =>
        {
            name.get(..dot).unwrap_or(name)
        }
        _ => name,
    }
}

/// A file name rewritten as words, with where each word came from.
struct Readable {
    text: String,
    /// (range in `text`, range in the original name), in order.
    pieces: Vec<(Range<usize>, Range<usize>)>,
}

impl Readable {
    fn of(name: &str) -> Readable {
        let mut out = Readable {
            text: String::new(),
            pieces: Vec::new(),
        };
        for (range, word) in words(name) {
            for rewritten in rewrite(word) {
                if !out.text.is_empty() {
                    out.text.push(' ');
                }
                let start = out.text.len();
                out.text.push_str(&rewritten);
                out.pieces.push((start..out.text.len(), range.clone()));
            }
        }
        out
    }

    /// The characters of the original name behind a range of `text`.
    fn original(&self, name: &str, range: Range<usize>) -> String {
        let covered = self
            .pieces
            .iter()
            .filter(|(r, _)| r.start < range.end && range.start < r.end);
        let (start, end) = covered.fold((usize::MAX, 0), |(s, e), (_, o)| {
            (s.min(o.start), e.max(o.end))
        });
        name.get(start..end).unwrap_or_default().to_string()
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Class {
    Lower,
    Upper,
    Digit,
    OtherLetter,
}

fn class(c: char) -> Option<Class> {
    if c.is_ascii_digit() {
        Some(Class::Digit)
    } else if c.is_lowercase() {
        Some(Class::Lower)
    } else if c.is_uppercase() {
        Some(Class::Upper)
    } else if c.is_alphanumeric() {
        Some(Class::OtherLetter)
    } else {
        None
    }
}

/// Splits at separators, between letters and digits, and at camel-case
/// humps ("JohnSmith" -> "John", "Smith"; "DOB03041951" -> "DOB",
/// "03041951"; "MRIResult" -> "MRI", "Result").
fn words(name: &str) -> Vec<(Range<usize>, &str)> {
    let chars: Vec<(usize, char)> = name.char_indices().collect();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, &(at, c)) in chars.iter().enumerate() {
        let Some(here) = class(c) else {
            if let Some(s) = start.take() {
                out.push(s..at);
            }
            continue;
        };
        if let Some(s) = start {
            let prev = chars.get(i.wrapping_sub(1)).and_then(|&(_, p)| class(p));
            let next = chars.get(i + 1).and_then(|&(_, n)| class(n));
            let boundary = match (prev, here) {
                (Some(Class::Digit), Class::Digit) => false,
                (Some(Class::Digit), _) | (_, Class::Digit) => true,
                (Some(Class::Lower), Class::Upper) => true,
                // "MRIResult": the last capital of a run starts the next word.
                (Some(Class::Upper), Class::Upper) => next == Some(Class::Lower) && at - s > 1,
                _ => false,
            };
            if boundary {
                out.push(s..at);
                start = Some(at);
            }
        } else {
            start = Some(at);
        }
    }
    if let Some(s) = start {
        out.push(s..name.len());
    }
    out.into_iter()
        .filter_map(|r| Some((r.clone(), name.get(r)?)))
        .collect()
}

/// One word of a file name as a person would type it: a run-together date
/// gets its separators back, an initial fused to a surname comes apart, a
/// lowercase listed name gets its capital.
fn rewrite(word: &str) -> Vec<String> {
    if let Some(date) = compact_date(word) {
        return vec![date];
    }
    let lower = word.to_lowercase();
    if word.chars().all(|c| c.is_ascii_lowercase()) {
        if let (Some(initial), Some(rest)) = (lower.get(..1), lower.get(1..)) {
            if rest.len() >= 4 && person::is_listed_surname(rest) && !person::is_listed_name(&lower)
            {
                return vec![initial.to_uppercase(), capitalise(rest)];
            }
        }
        if person::is_listed_name(&lower) {
            return vec![capitalise(&lower)];
        }
    }
    vec![word.to_string()]
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// "03041951" -> "03/04/1951" (day first, as in the UK); "19510403" ->
/// "1951-04-03". Only real calendar dates: a photo counter is not a date.
fn compact_date(word: &str) -> Option<String> {
    if word.len() != 8 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = |r: Range<usize>| word.get(r).and_then(|s| s.parse::<u32>().ok());
    let (a, b, year) = (n(0..2)?, n(2..4)?, n(4..8)?);
    if (1900..=2100).contains(&year) && calendar::is_valid(a, b, Some(year)) {
        return Some(format!("{a:02}/{b:02}/{year}"));
    }
    let (year, month, day) = (n(0..4)?, n(4..6)?, n(6..8)?);
    ((1900..=2100).contains(&year) && calendar::is_valid(day, month, Some(year)))
        .then(|| format!("{year}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(name: &str) -> Vec<(String, String)> {
        findings(name, &Options::default())
            .into_iter()
            .map(|f| (f.label.as_str().to_string(), f.value))
            .collect()
    }

    #[test]
    fn splits_machine_words() {
        fn split(n: &str) -> Vec<&str> {
            words(n).into_iter().map(|(_, w)| w).collect()
        }
        assert_eq!(
            split("xray_jsmith_03041951"),
            ["xray", "jsmith", "03041951"]
        );
        assert_eq!(
            split("JohnSmithDOB03041951"),
            ["John", "Smith", "DOB", "03041951"]
        );
        assert_eq!(split("MRIResult-bed4"), ["MRI", "Result", "bed", "4"]);
        assert_eq!(split("çok güzel 🙂 фото"), ["çok", "güzel", "фото"]);
        assert_eq!(
            base_name("C:\\Users\\me\\Desktop\\scan.final.jpeg"),
            "scan.final"
        );
        assert_eq!(base_name(".hidden"), ".hidden");
    }

    #[test]
    fn rewrites_dates_and_fused_initials() {
        assert_eq!(
            Readable::of("xray_jsmith_03041951").text,
            "xray J Smith 03/04/1951"
        );
        assert_eq!(
            Readable::of("IMG_20261122_101503").text,
            "IMG 2026-11-22 101503"
        );
        assert_eq!(Readable::of("IMG_1234").text, "IMG 1234");
        assert_eq!(compact_date("31021951"), None);
        assert_eq!(compact_date("12345678"), None);
    }

    #[test]
    fn a_name_and_a_date_of_birth_in_a_file_name() {
        let f = found("xray_jsmith_03041951.jpg");
        assert!(f.contains(&("PERSON".into(), "jsmith".into())), "{f:?}");
        assert!(
            f.iter()
                .any(|(l, v)| l.starts_with("DATE") && v == "03041951"),
            "{f:?}"
        );
        let risky = findings("xray_jsmith_03041951.jpg", &Options::default());
        assert!(risky.iter().any(|f| f.severity == crate::Severity::High));
    }

    #[test]
    fn camera_and_app_names_say_nothing() {
        for name in [
            "IMG_20261122_101503.jpg",
            "PXL_20261122_101503123.MP.jpg",
            "DSC01234.JPG",
            "Screenshot 2026-11-22 at 10.15.03.png",
            "WhatsApp Image 2026-11-22 at 10.15.03.jpeg",
            "image.png",
            "sunset_beach_2026.heic",
            "",
            "....",
        ] {
            assert!(found(name).is_empty(), "{name}: {:?}", found(name));
        }
    }

    #[test]
    fn values_point_at_the_original_characters() {
        let f = found("ward7_MrsPatel_bed4_🙂.png");
        assert!(
            f.iter().any(|(l, v)| l == "PERSON" && v == "MrsPatel"),
            "{f:?}"
        );
    }
}
