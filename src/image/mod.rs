//! Attached photos: what an image file says besides its pixels.
//!
//! Phones write where and when a photo was taken into the file, editors add
//! captions and the names of tagged faces, and file names are often a
//! patient's name and date of birth. This module reads all of that (never
//! the pixels: faces, wristbands and whiteboards are for the person posting
//! to look at) and writes a cleaned copy without it.
//!
//! - `format`: what kind of file it is, from its first bytes
//! - `exif`, `xmp`, `png_text`: the three places metadata lives
//! - `metadata`: what they found, in one shape
//! - `findings`: what that means for the user, in the terms of a post
//! - `file_name`: the file's name, read as text
//! - `clean`: the copy without metadata
//!
//! Nothing here panics on a damaged or hostile file: every reader takes
//! what it can and stops at the first thing it cannot read.

mod clean;
mod exif;
mod file_name;
mod findings;
mod format;
mod metadata;
mod png_text;
mod xmp;

pub use clean::CleanError;
pub use findings::{ImageFinding, Source};
pub use format::Format;

use crate::verdict::Risk;
use crate::Options;
use img_parts::jpeg::markers;
use img_parts::png::Png;
use img_parts::webp::{WebP, CHUNK_XMP};
use img_parts::Bytes;
use metadata::Metadata;
use serde::Serialize;

/// JPEG's XMP segment: APP1 with this namespace, then the packet.
const JPEG_XMP_PREFIX: &[u8] = b"http://ns.adobe.com/xap/1.0/\0";

/// What an attached file gives away.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageReport {
    /// The file's format, from its contents.
    pub format: Format,
    /// High when something identifies on its own (a GPS position, a name in
    /// the file name), low for lesser details (the capture time).
    pub risk: Risk,
    /// What was found, metadata first, then the file name.
    pub findings: Vec<ImageFinding>,
    /// Whether the file carries metadata that a cleaned copy would drop.
    pub has_metadata: bool,
    /// Whether [`clean`] can write a copy of this format.
    pub cleanable: bool,
}

/// Checks an attached file with the default options.
pub fn check(bytes: &[u8], file_name: &str) -> ImageReport {
    check_with(bytes, file_name, &Options::default())
}

/// Checks an attached file: its metadata (JPEG, PNG, WebP, HEIF, TIFF) and
/// its name. Any bytes are accepted; a file that is not an image, or is
/// damaged, gives what could be read (at least the file name's findings).
pub fn check_with(bytes: &[u8], file_name: &str, options: &Options) -> ImageReport {
    let format = Format::of(bytes);
    let Read {
        metadata,
        present,
        removable,
    } = read_metadata(format, bytes);
    let mut found = findings::from_metadata(&metadata, options);
    found.extend(file_name::findings(file_name, options));
    let has_metadata = present || removable;
    ImageReport {
        format,
        risk: findings::risk_of(&found),
        findings: found,
        has_metadata,
        cleanable: format.cleanable(),
    }
}

/// A copy of the image without its metadata (see `clean.rs`), keeping the
/// orientation so it is not shown on its side. Pass an owned `Vec` to save
/// a copy of the file.
pub fn clean(bytes: impl Into<Vec<u8>>) -> Result<Vec<u8>, CleanError> {
    let bytes = bytes.into();
    let mut metadata = Metadata::default();
    exif::read(&bytes, &mut metadata);
    clean::clean(bytes, metadata.orientation)
}

/// What the readers found in a file.
struct Read {
    metadata: Metadata,
    /// Some metadata block says something.
    present: bool,
    /// The cleaner would remove something (cleanable formats only).
    removable: bool,
}

/// Everything every reader finds. Each container is parsed once, for its
/// metadata and for what a cleaned copy would drop.
fn read_metadata(format: Format, bytes: &[u8]) -> Read {
    let mut m = Metadata::default();
    let mut present = match format {
        Format::Jpeg | Format::Png | Format::Webp | Format::Heif | Format::Tiff => {
            exif::read(bytes, &mut m)
        }
        _ => false,
    };
    let mut removable = false;
    match format {
        Format::Jpeg => {
            if let Some(jpeg) = clean::jpeg_head(bytes) {
                removable = clean::jpeg_has_removable(&jpeg);
                for segment in jpeg.segments() {
                    let contents = segment.contents();
                    match segment.marker() {
                        markers::APP1 => {
                            if let Some(packet) = contents.strip_prefix(JPEG_XMP_PREFIX) {
                                present |= xmp::read(&String::from_utf8_lossy(packet), &mut m);
                            }
                        }
                        markers::COM => {
                            present = true;
                            m.add_text("Comment", &String::from_utf8_lossy(contents));
                        }
                        _ => {}
                    }
                }
            }
        }
        Format::Png => {
            if let Ok(png) = Png::from_bytes(Bytes::copy_from_slice(bytes)) {
                removable = clean::png_has_removable(&png);
                present |= png_text::read(&png, &mut m);
            }
        }
        Format::Webp => {
            if let Ok(webp) = WebP::from_bytes(Bytes::copy_from_slice(bytes)) {
                removable = clean::webp_has_removable(&webp);
                if let Some(data) = webp.chunk_by_id(CHUNK_XMP).and_then(|c| c.content().data()) {
                    present |= xmp::read(&String::from_utf8_lossy(data), &mut m);
                }
            }
        }
        _ => {}
    }
    Read {
        metadata: m,
        present,
        removable,
    }
}
