//! What kind of file was attached, from its first bytes.
//!
//! The browser's MIME type comes from the file's extension, which the user
//! (or a messaging app) may have changed; the magic numbers do not lie.

use serde::Serialize;

/// A file format as far as CareCheck cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// JPEG (JFIF or Exif): what phone cameras save.
    Jpeg,
    /// PNG: screenshots, mostly.
    Png,
    /// WebP.
    Webp,
    /// HEIF/HEIC/AVIF: iPhone photos.
    Heif,
    /// TIFF and the raw formats built on it.
    Tiff,
    /// GIF.
    Gif,
    /// MP4, QuickTime, Matroska/WebM: no metadata reader yet.
    Video,
    /// Anything else, and empty input.
    Other,
}

impl Format {
    /// Sniffs the format from the file's first bytes.
    pub fn of(bytes: &[u8]) -> Format {
        let at = |range: std::ops::Range<usize>| bytes.get(range).unwrap_or(&[]);
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Format::Jpeg
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Format::Png
        } else if bytes.starts_with(b"RIFF") && at(8..12) == b"WEBP" {
            Format::Webp
        } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
            Format::Gif
        } else if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
            Format::Tiff
        } else if at(4..8) == b"ftyp" {
            if is_heif_brand(at(8..12)) {
                Format::Heif
            } else {
                Format::Video
            }
        } else if matches!(at(4..8), b"moov" | b"mdat" | b"wide" | b"free" | b"skip")
            || bytes.starts_with(&[0x1A, 0x45, 0xDF, 0xA3])
        {
            Format::Video
        } else {
            Format::Other
        }
    }

    /// The name used in reports and in the cleaned copy's file name.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Jpeg => "jpeg",
            Format::Png => "png",
            Format::Webp => "webp",
            Format::Heif => "heif",
            Format::Tiff => "tiff",
            Format::Gif => "gif",
            Format::Video => "video",
            Format::Other => "other",
        }
    }

    /// Whether [`super::clean`] can write a copy without metadata.
    pub fn cleanable(self) -> bool {
        matches!(self, Format::Jpeg | Format::Png | Format::Webp)
    }
}

/// Major brands of still-image HEIF files (ISO/IEC 23008-12, AV1 Image File
/// Format); other ISO media brands are video.
fn is_heif_brand(brand: &[u8]) -> bool {
    matches!(
        brand,
        b"heic"
            | b"heix"
            | b"heim"
            | b"heis"
            | b"hevc"
            | b"hevx"
            | b"mif1"
            | b"msf1"
            | b"avif"
            | b"avis"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_the_common_formats() {
        assert_eq!(Format::of(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), Format::Jpeg);
        assert_eq!(Format::of(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Format::Png);
        assert_eq!(Format::of(b"RIFF\x24\0\0\0WEBPVP8 "), Format::Webp);
        assert_eq!(Format::of(b"GIF89a\x01\0"), Format::Gif);
        assert_eq!(Format::of(b"II*\0\x08\0\0\0"), Format::Tiff);
        assert_eq!(Format::of(b"\0\0\0\x18ftypheic\0\0\0\0"), Format::Heif);
        assert_eq!(Format::of(b"\0\0\0\x18ftypisom\0\0\0\0"), Format::Video);
        assert_eq!(Format::of(b"\0\0\0\x08wide\0\0"), Format::Video);
    }

    #[test]
    fn short_or_unknown_input_is_other() {
        assert_eq!(Format::of(b""), Format::Other);
        assert_eq!(Format::of(&[0xFF, 0xD8]), Format::Other);
        assert_eq!(Format::of(b"RIFF"), Format::Other);
        assert_eq!(Format::of(b"hello world"), Format::Other);
        assert!(!Format::Heif.cleanable());
        assert!(Format::Jpeg.cleanable());
    }
}
