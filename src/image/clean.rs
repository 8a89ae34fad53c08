//! The cleaned copy: the same picture, byte for byte, without the metadata.
//!
//! Only the containers change: segments and chunks that carry metadata are
//! dropped and the compressed image data is copied as it is, so there is no
//! re-encoding and no loss of quality. What is kept is what decides how the
//! picture looks (colour profile, gamma, transparency, animation) and the
//! EXIF orientation, rewritten on its own, so the photo is not shown
//! sideways.

use super::format::Format;
use img_parts::jpeg::{markers, Jpeg, JpegSegment};
use img_parts::png::Png;
use img_parts::riff::RiffContent;
use img_parts::webp::{WebP, CHUNK_VP8X, CHUNK_XMP};
use img_parts::{Bytes, ImageEXIF};
use std::fmt;
use std::io::Cursor;

/// Why there is no cleaned copy.
#[derive(Debug, PartialEq, Eq)]
pub enum CleanError {
    /// Not a format the cleaner can rewrite (HEIF, GIF, video...).
    Unsupported(Format),
    /// The file is damaged where the cleaner needs to read it.
    Damaged(String),
}

impl fmt::Display for CleanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CleanError::Unsupported(format) => {
                write!(
                    f,
                    "cannot write a cleaned copy of a {} file (JPEG, PNG and WebP only)",
                    format.as_str()
                )
            }
            CleanError::Damaged(why) => write!(f, "the image is damaged: {why}"),
        }
    }
}

impl std::error::Error for CleanError {}

/// A copy of `bytes` without metadata. `orientation` is the EXIF
/// orientation to keep (1, or none, writes no EXIF at all). The file is
/// taken by value: the parts kept are shared, not copied, so a 5 MB photo
/// is copied once (into the result), not twice.
pub fn clean(bytes: Vec<u8>, orientation: Option<u16>) -> Result<Vec<u8>, CleanError> {
    let exif = orientation
        .filter(|&o| o > 1)
        .and_then(orientation_only_exif)
        .map(Bytes::from);
    let format = Format::of(&bytes);
    let data = Bytes::from(bytes);
    let damaged = |e: img_parts::Error| CleanError::Damaged(e.to_string());
    let mut out = Vec::with_capacity(data.len());
    match format {
        Format::Jpeg => {
            let mut jpeg = Jpeg::from_bytes(data.clone()).map_err(damaged)?;
            clean_jpeg(&mut jpeg, &data);
            jpeg.set_exif(exif);
            jpeg.encoder().write_to(&mut out)
        }
        Format::Png => {
            let mut png = Png::from_bytes(data).map_err(damaged)?;
            png.chunks_mut().retain(|c| keeps_png_chunk(c.kind()));
            png.set_exif(exif);
            png.encoder().write_to(&mut out)
        }
        Format::Webp => {
            let mut webp = WebP::from_bytes(data).map_err(damaged)?;
            webp.remove_chunks_by_id(CHUNK_XMP);
            clear_xmp_flag(&mut webp);
            // set_exif rewrites the EXIF flag itself.
            webp.set_exif(exif);
            webp.encoder().write_to(&mut out)
        }
        other => return Err(CleanError::Unsupported(other)),
    }
    .map_err(|e| CleanError::Damaged(e.to_string()))?;
    Ok(out)
}

// Whether the cleaner would remove anything from a parsed file: the test
// for offering a cleaned copy at all. An EXIF block with nothing but the
// orientation is what a cleaned copy keeps, so it does not count. The
// caller has parsed the container already, to read its metadata.

/// For a JPEG's head (see [`jpeg_head`]).
pub fn jpeg_has_removable(jpeg: &Jpeg) -> bool {
    jpeg.segments().iter().any(|s| {
        let kept_exif = s.marker() == markers::APP1
            && s.contents()
                .strip_prefix(b"Exif\0\0")
                .is_some_and(orientation_only);
        !keeps_jpeg_segment(s) && !kept_exif
    })
}

/// For a PNG.
pub fn png_has_removable(png: &Png) -> bool {
    png.chunks().iter().any(|c| {
        let kept_exif = &c.kind() == b"eXIf" && orientation_only(c.contents());
        !keeps_png_chunk(c.kind()) && !kept_exif
    })
}

/// For a WebP.
pub fn webp_has_removable(webp: &WebP) -> bool {
    webp.has_chunk(CHUNK_XMP) || webp.exif().is_some_and(|exif| !orientation_only(&exif))
}

/// An EXIF block (TIFF layout) whose only field is the orientation.
fn orientation_only(tiff: &[u8]) -> bool {
    exif::Reader::new()
        .read_raw(tiff.to_vec())
        .is_ok_and(|e| e.fields().all(|f| f.tag == exif::Tag::Orientation))
}

/// A JPEG's segments up to the image data, copying only the head of the
/// file when that is enough: metadata comes before the first scan, and a
/// 5 MB photo has a head of a few kilobytes.
pub fn jpeg_head(bytes: &[u8]) -> Option<Jpeg> {
    const HEAD: usize = 256 * 1024;
    if bytes.len() > HEAD {
        if let Ok(jpeg) = Jpeg::from_bytes(Bytes::copy_from_slice(bytes.get(..HEAD)?)) {
            return Some(jpeg);
        }
    }
    Jpeg::from_bytes(Bytes::copy_from_slice(bytes)).ok()
}

/// JFIF, ICC profiles and Adobe's colour-transform flag decide how the
/// picture looks; every other APPn segment (EXIF, XMP, IPTC, maker data,
/// MPF and its trailing images) and every comment is metadata.
fn keeps_jpeg_segment(segment: &JpegSegment) -> bool {
    keeps_jpeg_marker(segment.marker(), segment.contents())
}

fn keeps_jpeg_marker(marker: u8, contents: &[u8]) -> bool {
    match marker {
        markers::APP0 => contents.starts_with(b"JFIF\0") || contents.starts_with(b"JFXX\0"),
        markers::APP2 => contents.starts_with(b"ICC_PROFILE\0"),
        markers::APP14 => contents.starts_with(b"Adobe"),
        markers::COM => false,
        m => !(markers::APP0..=markers::APP15).contains(&m),
    }
}

/// `file` is the whole file `jpeg` was parsed from.
fn clean_jpeg(jpeg: &mut Jpeg, file: &Bytes) {
    jpeg.segments_mut().retain(keeps_jpeg_segment);
    if let Some(last) = jpeg.segments_mut().last_mut().filter(|s| s.has_entropy()) {
        // img-parts keeps everything after the first scan's header as that
        // scan's data: the rest of the file.
        let entropy_len = last.len_with_entropy() - last.len();
        let rest = file.slice(file.len().saturating_sub(entropy_len)..);
        let kept = Bytes::from(scans_without_metadata(&rest));
        *last = JpegSegment::new_with_entropy(last.marker(), last.contents().clone(), kept);
    }
}

/// The image data from the first scan to the end of the image, without the
/// metadata segments a progressive JPEG may carry between its scans (and
/// which readers find there), and without what follows the end marker:
/// phones append a second image (MPF), a motion-photo video or a trailer,
/// each with metadata of its own. In scan data a 0xFF byte is followed by
/// 0x00 (a stuffed byte), a restart marker, or a real marker, so markers
/// can be found without decoding. A file cut short keeps what it has.
fn scans_without_metadata(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut copied = 0;
    let mut at = 0;
    while let Some(found) = data.get(at..).and_then(|rest| memchr::memchr(0xFF, rest)) {
        let marker_at = at + found;
        let Some(&code) = data.get(marker_at + 1) else {
            break;
        };
        match code {
            // Stuffing, TEM, fill, restarts, a stray SOI: no length follows.
            0x00 | 0x01 | 0xFF | markers::RST0..=markers::RST7 | markers::SOI => at = marker_at + 1,
            markers::EOI => {
                out.extend_from_slice(data.get(copied..marker_at + 2).unwrap_or_default());
                return out;
            }
            _ => {
                let Some(len) = data
                    .get(marker_at + 2..marker_at + 4)
                    .map(|l| usize::from(u16::from_be_bytes([l[0], l[1]])))
                else {
                    break;
                };
                let end = marker_at + 2 + len;
                let contents = data
                    .get(marker_at + 4..end.max(marker_at + 4))
                    .unwrap_or_default();
                if !keeps_jpeg_marker(code, contents) {
                    out.extend_from_slice(data.get(copied..marker_at).unwrap_or_default());
                    copied = end.min(data.len());
                }
                at = end.max(marker_at + 2);
            }
        }
    }
    out.extend_from_slice(data.get(copied..).unwrap_or_default());
    out
}

/// The extended header (VP8X) announces an XMP chunk with a flag; readers
/// refuse a file whose flag promises a chunk that is not there, and
/// img-parts only keeps the EXIF and ICC flags in step.
fn clear_xmp_flag(webp: &mut WebP) {
    const XMP_FLAG: u8 = 0b0000_0100;
    let vp8x = webp.chunks_mut().iter_mut().find(|c| c.id() == CHUNK_VP8X);
    if let Some(RiffContent::Data(data)) = vp8x.map(|c| c.content_mut()) {
        if let Some((&flags, rest)) = data.split_first() {
            let mut header = vec![flags & !XMP_FLAG];
            header.extend_from_slice(rest);
            *data = Bytes::from(header);
        }
    }
}

/// Critical chunks and the ancillary chunks that change how the picture
/// looks or moves stay; text, EXIF, time stamps and private chunks go.
fn keeps_png_chunk(kind: [u8; 4]) -> bool {
    let critical = kind[0].is_ascii_uppercase();
    critical
        || matches!(
            &kind,
            b"tRNS"
                | b"gAMA"
                | b"cHRM"
                | b"sRGB"
                | b"iCCP"
                | b"sBIT"
                | b"pHYs"
                | b"bKGD"
                | b"hIST"
                | b"cICP"
                | b"mDCV"
                | b"cLLI"
                | b"acTL"
                | b"fcTL"
                | b"fdAT"
        )
}

/// An EXIF block that says nothing but the orientation.
fn orientation_only_exif(orientation: u16) -> Option<Vec<u8>> {
    let field = exif::Field {
        tag: exif::Tag::Orientation,
        ifd_num: exif::In::PRIMARY,
        value: exif::Value::Short(vec![orientation]),
    };
    let mut writer = exif::experimental::Writer::new();
    writer.push_field(&field);
    let mut out = Cursor::new(Vec::new());
    writer.write(&mut out, false).ok()?;
    Some(out.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsupported_and_damaged_files_are_errors_not_panics() {
        assert_eq!(
            clean(b"GIF89a....".to_vec(), None),
            Err(CleanError::Unsupported(Format::Gif))
        );
        assert_eq!(
            clean(vec![], None),
            Err(CleanError::Unsupported(Format::Other))
        );
        assert!(matches!(
            clean(vec![0xFF, 0xD8, 0xFF, 0xE1, 0xFF], None),
            Err(CleanError::Damaged(_))
        ));
        assert!(matches!(
            clean(b"\x89PNG\r\n\x1a\n\0\0\0\x0dIH".to_vec(), None),
            Err(CleanError::Damaged(_))
        ));
        assert!(CleanError::Unsupported(Format::Heif)
            .to_string()
            .contains("heif"));
    }

    #[test]
    fn the_image_data_ends_at_the_first_end_marker() {
        let scan = [
            1, 2, 0xFF, 0x00, 3, 0xFF, 0xD0, 4, 0xFF, 0xD9, 9, 9, 0xFF, 0xD9,
        ];
        assert_eq!(scans_without_metadata(&scan), &scan[..10]);
        assert_eq!(scans_without_metadata(&[1, 2, 3]), [1, 2, 3]);
        assert_eq!(scans_without_metadata(&[1, 0xFF]), [1, 0xFF]);
    }

    #[test]
    fn metadata_between_scans_goes_and_tables_stay() {
        let mut scan = vec![7, 7];
        scan.extend([0xFF, 0xE1, 0, 8]); // APP1, 6 bytes of contents
        scan.extend(b"Exif\0\0");
        scan.extend([0xFF, 0xC4, 0, 3, 42]); // DHT, kept
        scan.extend([0xFF, 0xFE, 0, 5, b'M', b'r', b's']); // comment
        scan.extend([8, 0xFF, 0xD9]);
        assert_eq!(
            scans_without_metadata(&scan),
            [7, 7, 0xFF, 0xC4, 0, 3, 42, 8, 0xFF, 0xD9]
        );
        // A length running past the end keeps what there is.
        assert_eq!(
            scans_without_metadata(&[5, 0xFF, 0xC4, 0x40, 0]),
            [5, 0xFF, 0xC4, 0x40, 0]
        );
        assert_eq!(scans_without_metadata(&[5, 0xFF, 0xE1, 0x40, 0]), [5]);
    }

    #[test]
    fn which_parts_stay() {
        assert!(
            keeps_png_chunk(*b"IDAT") && keeps_png_chunk(*b"iCCP") && keeps_png_chunk(*b"fdAT")
        );
        assert!(
            !keeps_png_chunk(*b"tEXt") && !keeps_png_chunk(*b"eXIf") && !keeps_png_chunk(*b"tIME")
        );
        let seg = |marker, data: &'static [u8]| {
            JpegSegment::new_with_contents(marker, Bytes::from_static(data))
        };
        assert!(keeps_jpeg_segment(&seg(markers::APP0, b"JFIF\0\x01")));
        assert!(keeps_jpeg_segment(&seg(
            markers::APP2,
            b"ICC_PROFILE\0\x01\x01"
        )));
        assert!(keeps_jpeg_segment(&seg(markers::DQT, b"\0")));
        assert!(!keeps_jpeg_segment(&seg(markers::APP1, b"Exif\0\0II*\0")));
        assert!(!keeps_jpeg_segment(&seg(markers::APP2, b"MPF\0")));
        assert!(!keeps_jpeg_segment(&seg(
            markers::APP13,
            b"Photoshop 3.0\0"
        )));
        assert!(!keeps_jpeg_segment(&seg(markers::COM, b"Mrs Patel")));
        assert!(orientation_only_exif(6).is_some_and(|e| e.starts_with(b"MM")));
    }
}
