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

/// Whether the cleaner would remove anything from this file: the test for
/// offering a cleaned copy at all. An EXIF block with nothing but the
/// orientation is what a cleaned copy keeps, so it does not count.
pub fn has_removable(bytes: &[u8]) -> bool {
    match Format::of(bytes) {
        Format::Jpeg => jpeg_head(bytes).is_some_and(|jpeg| {
            jpeg.segments().iter().any(|s| {
                let kept_exif = s.marker() == markers::APP1
                    && s.contents()
                        .strip_prefix(b"Exif\0\0")
                        .is_some_and(orientation_only);
                !keeps_jpeg_segment(s) && !kept_exif
            })
        }),
        Format::Png => Png::from_bytes(Bytes::copy_from_slice(bytes)).is_ok_and(|png| {
            png.chunks().iter().any(|c| {
                let kept_exif = &c.kind() == b"eXIf" && orientation_only(c.contents());
                !keeps_png_chunk(c.kind()) && !kept_exif
            })
        }),
        Format::Webp => WebP::from_bytes(Bytes::copy_from_slice(bytes)).is_ok_and(|webp| {
            webp.has_chunk(CHUNK_XMP) || webp.exif().is_some_and(|exif| !orientation_only(&exif))
        }),
        _ => false,
    }
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
    let contents = segment.contents();
    match segment.marker() {
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
    // The image data runs to the end of the file, and phones append more
    // after its end marker (a second image in MPF, a motion-photo video,
    // Samsung's trailer), each with metadata of its own: cut at the end.
    if let Some(last) = jpeg.segments_mut().last_mut().filter(|s| s.has_entropy()) {
        // img-parts keeps the scan's data as the rest of the file.
        let entropy_len = last.len_with_entropy() - last.len();
        let entropy = file.slice(file.len().saturating_sub(entropy_len)..);
        if let Some(end) = end_of_image(&entropy) {
            *last = JpegSegment::new_with_entropy(
                last.marker(),
                last.contents().clone(),
                entropy.slice(..end),
            );
        }
    }
}

/// Just past the first EOI marker in entropy-coded data (where a 0xFF byte
/// is always followed by 0x00 or a marker, so the first FF D9 is the end).
fn end_of_image(entropy: &[u8]) -> Option<usize> {
    entropy
        .windows(2)
        .position(|w| w == [0xFF, markers::EOI])
        .map(|at| at + 2)
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
        assert!(!has_removable(b"RIFF\0\0\0\0WEBP"));
        assert!(CleanError::Unsupported(Format::Heif)
            .to_string()
            .contains("heif"));
    }

    #[test]
    fn the_image_data_ends_at_the_first_end_marker() {
        assert_eq!(
            end_of_image(&[1, 2, 0xFF, 0x00, 3, 0xFF, 0xD9, 9, 9, 0xFF, 0xD9]),
            Some(7)
        );
        assert_eq!(end_of_image(&[1, 2, 3]), None);
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
