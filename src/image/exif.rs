//! EXIF, read by the kamadak-exif crate: GPS position, capture time, names
//! and captions, in JPEG, PNG (eXIf), WebP, HEIF and TIFF.
//!
//! A damaged EXIF block still yields what could be read
//! (`continue_on_error`): a truncated upload is exactly when a half-read GPS
//! position matters.

use super::metadata::{Coordinates, Metadata};
use exif::{Context, Exif, In, Reader, Tag, Value};
use std::io::Cursor;

// Windows' own tags (Explorer's Properties dialog): UTF-16LE in BYTE fields.
const XP_TITLE: Tag = Tag(Context::Tiff, 0x9C9B);
const XP_COMMENT: Tag = Tag(Context::Tiff, 0x9C9C);
const XP_AUTHOR: Tag = Tag(Context::Tiff, 0x9C9D);
const XP_KEYWORDS: Tag = Tag(Context::Tiff, 0x9C9E);
const XP_SUBJECT: Tag = Tag(Context::Tiff, 0x9C9F);

/// Reads the EXIF block of any container kamadak-exif knows into `into`.
/// Returns whether there was an EXIF block at all.
pub fn read(bytes: &[u8], into: &mut Metadata) -> bool {
    let mut reader = Reader::new();
    reader.continue_on_error(true);
    let exif = match reader.read_from_container(&mut Cursor::new(bytes)) {
        Ok(exif) => exif,
        Err(e) => match e.distill_partial_result(|_| {}) {
            Ok(partial) => partial,
            Err(_) => return false,
        },
    };
    read_fields(&exif, into);
    let any = exif.fields().len() > 0;
    any
}

fn read_fields(exif: &Exif, into: &mut Metadata) {
    into.gps = into.gps.or_else(|| gps(exif));
    for tag in [Tag::DateTimeOriginal, Tag::DateTimeDigitized, Tag::DateTime] {
        if let Some(text) = text(exif, tag) {
            into.set_taken(&text);
        }
    }
    for (tag, name) in [
        (Tag::Artist, "Artist"),
        (Tag::CameraOwnerName, "Camera owner"),
        (XP_AUTHOR, "Author"),
    ] {
        if let Some(value) = text(exif, tag) {
            into.add_name(name, &value);
        }
    }
    for (tag, name) in [
        (Tag::ImageDescription, "Description"),
        (Tag::UserComment, "Comment"),
        (XP_TITLE, "Title"),
        (XP_SUBJECT, "Subject"),
        (XP_COMMENT, "Comment"),
        (XP_KEYWORDS, "Keywords"),
        (Tag::Copyright, "Copyright"),
    ] {
        if let Some(value) = text(exif, tag) {
            into.add_text(name, &value);
        }
    }
    if let Some(o) = exif
        .get_field(Tag::Orientation, In::PRIMARY)
        .and_then(|f| f.value.get_uint(0))
        .filter(|o| (1..=8).contains(o))
    {
        into.orientation = u16::try_from(o).ok();
    }
}

fn gps(exif: &Exif) -> Option<Coordinates> {
    let latitude = degrees(exif, Tag::GPSLatitude)?;
    let longitude = degrees(exif, Tag::GPSLongitude)?;
    // A missing reference letter is read as N/E, as other readers do.
    let lat_ref = hemisphere(exif, Tag::GPSLatitudeRef).unwrap_or('N');
    let lon_ref = hemisphere(exif, Tag::GPSLongitudeRef).unwrap_or('E');
    Coordinates::from_parts(latitude, lat_ref, longitude, lon_ref)
}

/// Degrees, minutes and seconds as three rationals (some writers give only
/// degrees, or degrees and decimal minutes).
fn degrees(exif: &Exif, tag: Tag) -> Option<f64> {
    let field = exif.get_field(tag, In::PRIMARY)?;
    let parts: Vec<f64> = match &field.value {
        Value::Rational(v) => v.iter().map(|r| r.to_f64()).collect(),
        Value::SRational(v) => v.iter().map(|r| r.to_f64()).collect(),
        _ => return None,
    };
    let (d, m, s) = match parts.as_slice() {
        [] => return None,
        [d] => (*d, 0.0, 0.0),
        [d, m] => (*d, *m, 0.0),
        [d, m, s, ..] => (*d, *m, *s),
    };
    Some(d.abs() + m.abs() / 60.0 + s.abs() / 3600.0)
}

fn hemisphere(exif: &Exif, tag: Tag) -> Option<char> {
    text(exif, tag)?.chars().next()
}

/// A field's value as text: ASCII (often really UTF-8), UserComment with
/// its 8-byte character-code header, or Windows' UTF-16LE BYTE fields.
fn text(exif: &Exif, tag: Tag) -> Option<String> {
    let field = exif.get_field(tag, In::PRIMARY)?;
    let text = match &field.value {
        Value::Ascii(parts) => parts
            .iter()
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .collect::<Vec<_>>()
            .join(" "),
        Value::Undefined(bytes, _) if tag == Tag::UserComment => {
            user_comment(bytes, exif.little_endian())
        }
        Value::Byte(bytes) | Value::Undefined(bytes, _) => utf16(bytes, true),
        _ => return None,
    };
    let text = text.trim_matches(|c: char| c == '\0' || c.is_whitespace());
    (!text.is_empty()).then(|| text.to_string())
}

fn user_comment(bytes: &[u8], little_endian: bool) -> String {
    let (code, body) = bytes.split_at(bytes.len().min(8));
    match code {
        b"UNICODE\0" => utf16(body, little_endian),
        // ASCII, undefined (all zeros) and JIS: read as UTF-8, which
        // covers ASCII and what phones actually write.
        _ => String::from_utf8_lossy(body).into_owned(),
    }
}

fn utf16(bytes: &[u8], little_endian: bool) -> String {
    let units = bytes.chunks_exact(2).map(|p| {
        let pair = [p[0], p[1]];
        if little_endian {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use exif::experimental::Writer;
    use exif::{Field, Rational};

    /// A bare TIFF/EXIF block written by kamadak-exif's own writer: the
    /// reader does not care which container it came in.
    fn tiff(fields: &[Field]) -> Vec<u8> {
        let mut writer = Writer::new();
        for f in fields {
            writer.push_field(f);
        }
        let mut out = Cursor::new(Vec::new());
        writer.write(&mut out, false).expect("writes");
        out.into_inner()
    }

    fn field(tag: Tag, value: Value) -> Field {
        Field {
            tag,
            ifd_num: In::PRIMARY,
            value,
        }
    }

    fn ascii(s: &str) -> Value {
        Value::Ascii(vec![s.as_bytes().to_vec()])
    }

    fn dms(d: u32, m: u32, s100: u32) -> Value {
        Value::Rational(vec![
            Rational::from((d, 1)),
            Rational::from((m, 1)),
            Rational::from((s100, 100)),
        ])
    }

    #[test]
    fn reads_gps_time_and_names() {
        let bytes = tiff(&[
            field(Tag::GPSLatitudeRef, ascii("N")),
            field(Tag::GPSLatitude, dms(51, 30, 2664)),
            field(Tag::GPSLongitudeRef, ascii("W")),
            field(Tag::GPSLongitude, dms(0, 7, 4008)),
            field(Tag::DateTimeOriginal, ascii("2026:11:22 10:15:03")),
            field(Tag::Artist, ascii("Jane Smith")),
            field(Tag::ImageDescription, ascii("Bed 4, Mr Jones")),
            field(Tag::Orientation, Value::Short(vec![6])),
        ]);
        let mut m = Metadata::default();
        assert!(read(&bytes, &mut m));
        assert_eq!(
            m.gps.map(|c| c.display()).as_deref(),
            Some("51.50740, -0.12780")
        );
        assert_eq!(m.taken.as_deref(), Some("2026-11-22 10:15"));
        assert_eq!(m.names[0].value, "Jane Smith");
        assert_eq!(m.texts[0].value, "Bed 4, Mr Jones");
        assert_eq!(m.orientation, Some(6));
    }

    #[test]
    fn decodes_windows_and_user_comment_text() {
        let xp: Vec<u8> = "Ward 7 party"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .chain([0, 0])
            .collect();
        let mut comment = b"UNICODE\0".to_vec();
        comment.extend("Mrs Okafor".encode_utf16().flat_map(u16::to_be_bytes));
        let bytes = tiff(&[
            field(XP_TITLE, Value::Byte(xp)),
            field(Tag::UserComment, Value::Undefined(comment, 0)),
        ]);
        let mut m = Metadata::default();
        read(&bytes, &mut m);
        let texts: Vec<&str> = m.texts.iter().map(|f| f.value.as_str()).collect();
        assert_eq!(texts, ["Mrs Okafor", "Ward 7 party"]);
    }

    #[test]
    fn zero_coordinates_and_blank_times_are_no_finding() {
        let bytes = tiff(&[
            field(Tag::GPSLatitude, dms(0, 0, 0)),
            field(Tag::GPSLongitude, dms(0, 0, 0)),
            field(Tag::DateTimeOriginal, ascii("0000:00:00 00:00:00")),
        ]);
        let mut m = Metadata::default();
        assert!(read(&bytes, &mut m));
        assert!(m.gps.is_none());
        assert!(m.taken.is_none());
    }

    #[test]
    fn no_exif_is_no_metadata() {
        let mut m = Metadata::default();
        assert!(!read(b"", &mut m));
        assert!(!read(b"\xFF\xD8\xFF\xD9", &mut m));
        assert!(!read(b"II*\0garbage", &mut m));
        assert!(m.gps.is_none() && m.names.is_empty());
    }
}
