//! What an image says about itself, whatever block it was written in.
//!
//! EXIF, XMP and PNG text all carry the same few things that matter here:
//! where the photo was taken, when, who owns the camera or wrote the
//! caption, and free text. The readers fill one [`Metadata`], so the wording
//! of the findings is decided once (see `findings.rs`).

/// A named value found in the metadata, with the field it came from (as the
/// user would recognise it: "Artist", "Description").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// The field's name.
    pub name: &'static str,
    /// Its value, trimmed, never empty.
    pub value: String,
}

/// A position on the Earth, in decimal degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Coordinates {
    /// North positive.
    pub latitude: f64,
    /// East positive.
    pub longitude: f64,
}

impl Coordinates {
    /// Coordinates from degrees (unsigned) and a hemisphere letter (N, S,
    /// E, W). `None` for values off the globe, and for 0°, 0°: cameras
    /// without a fix write zeros, and "somewhere in the Gulf of Guinea" is
    /// not where a ward is.
    pub fn from_parts(latitude: f64, lat_ref: char, longitude: f64, lon_ref: char) -> Option<Self> {
        let sign = |r: char, negative: char| {
            if r.eq_ignore_ascii_case(&negative) {
                -1.0
            } else {
                1.0
            }
        };
        let c = Coordinates {
            latitude: latitude * sign(lat_ref, 'S'),
            longitude: longitude * sign(lon_ref, 'W'),
        };
        let on_globe = c.latitude.is_finite()
            && c.longitude.is_finite()
            && c.latitude.abs() <= 90.0
            && c.longitude.abs() <= 180.0;
        (on_globe && (c.latitude != 0.0 || c.longitude != 0.0)).then_some(c)
    }

    /// "51.50740, -0.12780": five decimals is about a metre, which is what
    /// a phone's fix is worth and what the user needs to see to believe it.
    pub fn display(&self) -> String {
        format!("{:.5}, {:.5}", self.latitude, self.longitude)
    }
}

/// Everything the readers found.
#[derive(Clone, Debug, Default)]
pub struct Metadata {
    /// Where the photo was taken.
    pub gps: Option<Coordinates>,
    /// When it was taken, as "YYYY-MM-DD HH:MM" (or the file's own words
    /// when it uses another form).
    pub taken: Option<String>,
    /// People named by the metadata: artist, camera owner, creator, people
    /// tagged in the picture.
    pub names: Vec<Field>,
    /// Places written into the metadata: city, location, sublocation.
    pub places: Vec<Field>,
    /// Free text: description, title, comment, keywords.
    pub texts: Vec<Field>,
    /// The EXIF orientation (1–8), kept in the cleaned copy so the photo is
    /// not shown on its side.
    pub orientation: Option<u16>,
}

impl Metadata {
    /// Keeps the first capture time seen (the readers go from the most to
    /// the least specific field).
    pub fn set_taken(&mut self, raw: &str) {
        if self.taken.is_none() {
            self.taken = normalise_time(raw);
        }
    }

    /// Adds a person's name, once.
    pub fn add_name(&mut self, name: &'static str, value: &str) {
        push_unique(&mut self.names, name, value);
    }

    /// Adds a place name, once.
    pub fn add_place(&mut self, name: &'static str, value: &str) {
        push_unique(&mut self.places, name, value);
    }

    /// Adds free text, once.
    pub fn add_text(&mut self, name: &'static str, value: &str) {
        push_unique(&mut self.texts, name, value);
    }
}

/// Trims a value (text fields are padded with NULs and spaces by some
/// cameras) and skips empty ones and repeats: EXIF and XMP often say the
/// same thing twice.
fn push_unique(fields: &mut Vec<Field>, name: &'static str, value: &str) {
    let value = value.trim_matches(|c: char| c == '\0' || c.is_whitespace());
    if value.is_empty() || fields.iter().any(|f| f.value.eq_ignore_ascii_case(value)) {
        return;
    }
    // A hostile file can repeat a field thousands of times; a handful is
    // plenty to warn about.
    if fields.len() < 16 {
        fields.push(Field {
            name,
            value: truncate(value, 200),
        });
    }
}

/// At most `max` characters (metadata fields can be megabytes long).
fn truncate(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", s.get(..at).unwrap_or(s)),
        None => s.to_string(),
    }
}

/// "2026:11:22 10:15:03" (EXIF) or "2026-11-22T10:15:03+01:00" (XMP) as
/// "2026-11-22 10:15". Blank stamps ("0000:00:00 00:00:00", spaces) are no
/// time at all; anything else unrecognised is kept as written, shortened.
pub fn normalise_time(raw: &str) -> Option<String> {
    let raw = raw.trim_matches(|c: char| c == '\0' || c.is_whitespace());
    let digits: Vec<u32> = raw
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap_or(u32::MAX))
        .collect();
    if raw.is_empty() || digits.iter().all(|&d| d == 0) && !digits.is_empty() {
        return None;
    }
    let exif_or_iso = raw.len() >= 10
        && raw.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && matches!(raw.as_bytes().get(4), Some(b':' | b'-'));
    match digits.as_slice() {
        [y, mo, d, rest @ ..] if exif_or_iso && (1..=12).contains(mo) && (1..=31).contains(d) => {
            Some(match rest {
                [h, mi, ..] if *h < 24 && *mi < 60 => {
                    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}")
                }
                _ => format!("{y:04}-{mo:02}-{d:02}"),
            })
        }
        _ => Some(truncate(raw, 40)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_take_their_hemisphere_and_refuse_nonsense() {
        let c = Coordinates::from_parts(51.5074, 'N', 0.1278, 'W').expect("valid");
        assert_eq!(c.display(), "51.50740, -0.12780");
        assert_eq!(
            Coordinates::from_parts(33.9, 's', 151.2, 'E').map(|c| c.latitude),
            Some(-33.9)
        );
        assert!(Coordinates::from_parts(0.0, 'N', 0.0, 'E').is_none());
        assert!(Coordinates::from_parts(91.0, 'N', 0.0, 'E').is_none());
        assert!(Coordinates::from_parts(f64::NAN, 'N', 1.0, 'E').is_none());
        assert!(Coordinates::from_parts(10.0, 'N', f64::INFINITY, 'E').is_none());
    }

    #[test]
    fn capture_times_read_the_same_from_exif_and_xmp() {
        assert_eq!(
            normalise_time("2026:11:22 10:15:03").as_deref(),
            Some("2026-11-22 10:15")
        );
        assert_eq!(
            normalise_time("2026-11-22T10:15:03+01:00").as_deref(),
            Some("2026-11-22 10:15")
        );
        assert_eq!(normalise_time("2026-11-22").as_deref(), Some("2026-11-22"));
        assert_eq!(normalise_time("0000:00:00 00:00:00"), None);
        assert_eq!(normalise_time("   \0"), None);
        assert_eq!(
            normalise_time("Sun, 22 Nov 2026 10:15").as_deref(),
            Some("Sun, 22 Nov 2026 10:15")
        );
        assert_eq!(
            normalise_time("2026:13:22 10:15:03").as_deref(),
            Some("2026:13:22 10:15:03")
        );
        assert!(normalise_time("99999999999999999999:1:1").is_some());
    }

    #[test]
    fn fields_are_trimmed_deduplicated_and_bounded() {
        let mut m = Metadata::default();
        m.add_name("Artist", "  Jane Smith\0\0");
        m.add_name("Creator", "jane smith");
        m.add_name("Owner", "   ");
        assert_eq!(
            m.names,
            vec![Field {
                name: "Artist",
                value: "Jane Smith".into()
            }]
        );
        for i in 0..100 {
            m.add_text("Comment", &format!("note {i}"));
        }
        assert_eq!(m.texts.len(), 16);
        let mut m = Metadata::default();
        m.add_text("Description", &"é".repeat(10_000));
        assert_eq!(m.texts[0].value.chars().count(), 201);
    }
}
