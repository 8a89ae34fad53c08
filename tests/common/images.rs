//! Real images for the photo tests and benchmarks: pixels from real
//! encoders (jpeg-encoder, png, image-webp), metadata written by
//! kamadak-exif's EXIF writer and by the encoders' own metadata calls.

// Each test crate that includes this file uses part of it.
#![allow(dead_code)]

use exif::experimental::Writer;
use exif::{Field, In, Rational, Tag, Value};
use std::io::Cursor;

/// What to write into a test image.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    /// Latitude and longitude in decimal degrees (negative: S, W).
    pub gps: Option<(f64, f64)>,
    /// EXIF DateTimeOriginal, "YYYY:MM:DD HH:MM:SS".
    pub taken: Option<&'static str>,
    /// EXIF Artist.
    pub artist: Option<&'static str>,
    /// EXIF ImageDescription.
    pub description: Option<&'static str>,
    /// EXIF Orientation (1-8).
    pub orientation: Option<u16>,
}

impl Meta {
    /// A phone photo taken on a ward: position, time and the owner's name.
    pub fn geotagged() -> Meta {
        Meta {
            gps: Some((53.80076, -1.54908)),
            taken: Some("2026:11:22 07:45:12"),
            artist: Some("Kerry Boateng"),
            orientation: Some(6),
            ..Meta::default()
        }
    }
}

fn ascii(s: &str) -> Value {
    Value::Ascii(vec![s.as_bytes().to_vec()])
}

fn dms(degrees: f64) -> Value {
    let d = degrees.abs();
    let whole = d.trunc();
    let minutes = (d - whole) * 60.0;
    let m = minutes.trunc();
    let seconds = ((minutes - m) * 60.0 * 10_000.0).round();
    Value::Rational(vec![
        Rational::from((whole as u32, 1)),
        Rational::from((m as u32, 1)),
        Rational::from((seconds as u32, 10_000)),
    ])
}

/// The EXIF block (TIFF layout, no "Exif\0\0" header) for `meta`.
pub fn exif_block(meta: &Meta) -> Vec<u8> {
    let mut fields = Vec::new();
    let field = |tag, value| Field {
        tag,
        ifd_num: In::PRIMARY,
        value,
    };
    if let Some((lat, lon)) = meta.gps {
        fields.push(field(
            Tag::GPSLatitudeRef,
            ascii(if lat < 0.0 { "S" } else { "N" }),
        ));
        fields.push(field(Tag::GPSLatitude, dms(lat)));
        fields.push(field(
            Tag::GPSLongitudeRef,
            ascii(if lon < 0.0 { "W" } else { "E" }),
        ));
        fields.push(field(Tag::GPSLongitude, dms(lon)));
    }
    if let Some(t) = meta.taken {
        fields.push(field(Tag::DateTimeOriginal, ascii(t)));
    }
    if let Some(a) = meta.artist {
        fields.push(field(Tag::Artist, ascii(a)));
    }
    if let Some(d) = meta.description {
        fields.push(field(Tag::ImageDescription, ascii(d)));
    }
    if let Some(o) = meta.orientation {
        fields.push(field(Tag::Orientation, Value::Short(vec![o])));
    }
    let mut writer = Writer::new();
    for f in &fields {
        writer.push_field(f);
    }
    let mut out = Cursor::new(Vec::new());
    writer
        .write(&mut out, false)
        .expect("kamadak-exif writes the block");
    out.into_inner()
}

/// A smooth RGB test picture (compresses like a photo, not like noise).
pub fn gradient(width: u16, height: u16) -> Vec<u8> {
    let mut px = Vec::with_capacity(usize::from(width) * usize::from(height) * 3);
    for y in 0..height {
        for x in 0..width {
            px.extend([(x % 256) as u8, (y % 256) as u8, ((x + y) % 256) as u8]);
        }
    }
    px
}

/// Pseudo-random RGB pixels (xorshift): a JPEG of them is as big as a
/// detailed photo, for the benchmark's 5 MB file.
pub fn noise(width: u16, height: u16) -> Vec<u8> {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    (0..usize::from(width) * usize::from(height) * 3)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

/// A JPEG of `pixels`, with `meta` as EXIF and `xmp` as an XMP segment.
pub fn jpeg_of(
    pixels: &[u8],
    width: u16,
    height: u16,
    quality: u8,
    meta: Option<&Meta>,
    xmp: Option<&str>,
) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, quality);
    if let Some(m) = meta {
        encoder
            .add_exif_metadata(&exif_block(m))
            .expect("EXIF fits");
    }
    if let Some(x) = xmp {
        let mut segment = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
        segment.extend_from_slice(x.as_bytes());
        encoder.add_app_segment(1, segment).expect("XMP fits");
    }
    encoder
        .encode(pixels, width, height, jpeg_encoder::ColorType::Rgb)
        .expect("encodes");
    out
}

/// A small JPEG photo with `meta`.
pub fn jpeg(meta: Option<&Meta>) -> Vec<u8> {
    jpeg_of(&gradient(64, 48), 64, 48, 85, meta, None)
}

/// A small PNG with text chunks, and `meta` as an eXIf chunk.
pub fn png(meta: Option<&Meta>, texts: &[(&str, &str)]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, 32, 24);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        for (keyword, text) in texts {
            encoder
                .add_itxt_chunk(keyword.to_string(), text.to_string())
                .expect("text chunk");
        }
        let mut writer = encoder.write_header().expect("header");
        writer.write_image_data(&gradient(32, 24)).expect("pixels");
    }
    match meta {
        None => out,
        Some(m) => {
            use img_parts::ImageEXIF;
            let mut png = img_parts::png::Png::from_bytes(out.into()).expect("our own PNG");
            png.set_exif(Some(exif_block(m).into()));
            let mut with = Vec::new();
            png.encoder().write_to(&mut with).expect("writes");
            with
        }
    }
}

/// A small lossless WebP with `meta` as EXIF and `xmp` as XMP.
pub fn webp(meta: Option<&Meta>, xmp: Option<&str>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = image_webp::WebPEncoder::new(&mut out);
    if let Some(m) = meta {
        encoder.set_exif_metadata(exif_block(m));
    }
    if let Some(x) = xmp {
        encoder.set_xmp_metadata(x.as_bytes().to_vec());
    }
    encoder
        .encode(&gradient(32, 24), 32, 24, image_webp::ColorType::Rgb8)
        .expect("encodes");
    out
}

/// The decoded pixels of a JPEG (to compare a cleaned copy with its original).
pub fn jpeg_pixels(bytes: &[u8]) -> Vec<u8> {
    jpeg_decoder::Decoder::new(bytes).decode().expect("decodes")
}

/// The decoded pixels of a PNG.
pub fn png_pixels(bytes: &[u8]) -> Vec<u8> {
    let decoder = png::Decoder::new(Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("PNG header");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    reader.next_frame(&mut buf).expect("decodes");
    buf
}

/// The decoded pixels of a WebP.
pub fn webp_pixels(bytes: &[u8]) -> Vec<u8> {
    let mut decoder = image_webp::WebPDecoder::new(Cursor::new(bytes)).expect("WebP header");
    let mut buf = vec![0; decoder.output_buffer_size().expect("size")];
    decoder.read_image(&mut buf).expect("decodes");
    buf
}
