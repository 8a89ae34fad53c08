//! Attached photos, end to end through the public API, on real images that
//! the tests encode and tag (tests/common/images.rs).

#[path = "common/images.rs"]
mod images;

use carecheck::image::{check, clean, Format, ImageReport, Source};
use carecheck::{Label, Risk};
use images::Meta;
use proptest::prelude::*;

fn labelled(report: &ImageReport, label: Label) -> Vec<&str> {
    report
        .findings
        .iter()
        .filter(|f| f.label == label)
        .map(|f| f.value.as_str())
        .collect()
}

#[test]
fn a_geotagged_phone_photo_gives_place_time_and_owner() {
    let report = check(&images::jpeg(Some(&Meta::geotagged())), "IMG_4021.jpg");
    assert_eq!(report.format, Format::Jpeg);
    assert_eq!(report.risk, Risk::High);
    assert_eq!(labelled(&report, Label::Location), ["53.80076, -1.54908"]);
    assert_eq!(labelled(&report, Label::Date), ["2026-11-22 07:45"]);
    assert_eq!(labelled(&report, Label::Person), ["Kerry Boateng"]);
    let gps = report
        .findings
        .iter()
        .find(|f| f.source == Source::Gps)
        .expect("GPS finding");
    assert!(gps.reason.starts_with("Where the photo was taken"));
    assert!(report.has_metadata && report.cleanable);
}

#[test]
fn a_photo_without_metadata_or_telling_name_has_nothing_to_say() {
    for (bytes, name) in [
        (images::jpeg(None), "IMG_20261122_074512.jpg"),
        (
            images::png(None, &[]),
            "Screenshot 2026-11-22 at 07.45.12.png",
        ),
        (images::webp(None, None), "image.webp"),
    ] {
        let report = check(&bytes, name);
        assert!(report.findings.is_empty(), "{name}: {:?}", report.findings);
        assert_eq!(report.risk, Risk::None);
        assert!(!report.has_metadata, "{name}");
    }
}

#[test]
fn capture_time_alone_is_a_low_finding() {
    let meta = Meta {
        taken: Some("2026:11:22 07:45:12"),
        ..Meta::default()
    };
    let report = check(&images::jpeg(Some(&meta)), "photo.jpg");
    assert_eq!(report.risk, Risk::Low);
    assert_eq!(labelled(&report, Label::Date), ["2026-11-22 07:45"]);
}

#[test]
fn the_file_name_is_read_as_text() {
    let report = check(&images::jpeg(None), "xray_jsmith_03041951.jpg");
    assert_eq!(report.risk, Risk::High);
    assert!(report.findings.iter().all(|f| f.source == Source::FileName));
    assert_eq!(labelled(&report, Label::Person), ["jsmith"]);
    assert!(
        report.findings.iter().any(|f| f.value == "03041951"),
        "{:?}",
        report.findings
    );
}

#[test]
fn a_hidden_caption_is_analysed_like_a_post() {
    let meta = Meta {
        description: Some("Mr Dennis Hartley in bed 12 on Ward 7B after his stroke"),
        ..Meta::default()
    };
    let report = check(&images::jpeg(Some(&meta)), "photo.jpg");
    assert_eq!(report.risk, Risk::High);
    assert!(
        labelled(&report, Label::Person).contains(&"Mr Dennis Hartley"),
        "{:?}",
        report.findings
    );
    assert!(report
        .findings
        .iter()
        .any(|f| f.reason.starts_with("In the photo's hidden description")));
}

#[test]
fn xmp_face_tags_and_png_text_are_read() {
    let xmp = r#"<x:xmpmeta><rdf:RDF><rdf:Description><mwg-rs:RegionList><rdf:Bag><rdf:li>
        <rdf:Description mwg-rs:Name="Edith Brown" mwg-rs:Type="Face"/></rdf:li></rdf:Bag></mwg-rs:RegionList>
        </rdf:Description></rdf:RDF></x:xmpmeta>"#;
    let webp = check(&images::webp(Some(&Meta::geotagged()), Some(xmp)), "a.webp");
    assert_eq!(webp.format, Format::Webp);
    assert!(labelled(&webp, Label::Person).contains(&"Edith Brown"));
    assert_eq!(labelled(&webp, Label::Location), ["53.80076, -1.54908"]);

    let jpeg = check(
        &images::jpeg_of(&images::gradient(8, 8), 8, 8, 80, None, Some(xmp)),
        "b.jpg",
    );
    assert_eq!(labelled(&jpeg, Label::Person), ["Edith Brown"]);

    let png = check(
        &images::png(Some(&Meta::geotagged()), &[("Author", "Sam Okafor")]),
        "c.png",
    );
    assert_eq!(png.format, Format::Png);
    assert!(labelled(&png, Label::Person).contains(&"Sam Okafor"));
    assert_eq!(labelled(&png, Label::Location), ["53.80076, -1.54908"]);
}

#[test]
fn heic_photos_give_their_exif_but_are_not_cleaned() {
    let report = check(&images::heif(&Meta::geotagged()), "IMG_0001.HEIC");
    assert_eq!(report.format, Format::Heif);
    assert_eq!(labelled(&report, Label::Location), ["53.80076, -1.54908"]);
    assert_eq!(labelled(&report, Label::Person), ["Kerry Boateng"]);
    assert!(report.has_metadata && !report.cleanable);
    assert!(clean(images::heif(&Meta::geotagged())).is_err());
}

/// The cleaned copy has no findings left, the same pixels, and keeps the
/// orientation; cleaning it again changes nothing.
fn assert_cleans(original: &[u8], pixels: fn(&[u8]) -> Vec<u8>) {
    let cleaned = clean(original).expect("cleanable");
    let report = check(&cleaned, "photo");
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    assert!(
        !report.has_metadata,
        "{:?} still has metadata",
        report.format
    );
    assert_eq!(
        pixels(&cleaned),
        pixels(original),
        "the picture itself must not change"
    );
    assert!(cleaned.len() < original.len());
    assert_eq!(clean(cleaned.as_slice()).expect("still cleanable"), cleaned);
    let exif = exif::Reader::new().read_from_container(&mut std::io::Cursor::new(&cleaned));
    let orientation = exif.ok().and_then(|e| {
        e.get_field(exif::Tag::Orientation, exif::In::PRIMARY)?
            .value
            .get_uint(0)
    });
    assert_eq!(orientation, Some(6), "orientation kept");
}

#[test]
fn cleaned_copies_lose_the_metadata_and_keep_the_picture() {
    let meta = Meta {
        description: Some("Ward 7B"),
        ..Meta::geotagged()
    };
    assert_cleans(&images::jpeg(Some(&meta)), images::jpeg_pixels);
    assert_cleans(
        &images::png(Some(&meta), &[("Author", "Sam Okafor")]),
        images::png_pixels,
    );
    assert_cleans(
        &images::webp(Some(&meta), Some("<dc:creator>Sam</dc:creator>")),
        images::webp_pixels,
    );
}

#[test]
fn cleaning_drops_comments_iptc_and_what_follows_the_image() {
    let mut jpeg = images::jpeg(None);
    // A comment and an IPTC block after SOI, a second image after EOI (as
    // MPF and motion photos do).
    let mut head = vec![0xFF, 0xD8];
    for (marker, body) in [
        (0xFEu8, b"Mrs Patel".as_slice()),
        (0xED, b"Photoshop 3.0\0IPTC"),
    ] {
        head.extend([0xFF, marker]);
        head.extend(u16::try_from(body.len() + 2).expect("small").to_be_bytes());
        head.extend_from_slice(body);
    }
    head.extend_from_slice(&jpeg[2..]);
    head.extend(images::jpeg(Some(&Meta::geotagged())));
    jpeg = head;
    let before = check(&jpeg, "p.jpg");
    assert!(before.has_metadata);
    assert_eq!(
        labelled(&before, Label::Person),
        ["Mrs Patel"],
        "the comment is read"
    );
    let cleaned = clean(jpeg.as_slice()).expect("cleans");
    assert_eq!(
        cleaned.windows(2).filter(|w| w == &[0xFF, 0xD8]).count(),
        1,
        "one image left"
    );
    assert!(cleaned.ends_with(&[0xFF, 0xD9]));
    assert!(!check(&cleaned, "p.jpg").has_metadata);
    assert_eq!(
        images::jpeg_pixels(&cleaned),
        images::jpeg_pixels(&images::jpeg(None))
    );
}

/// Found by fuzzing: readers find an EXIF segment after the first scan (a
/// progressive JPEG may carry metadata between its scans), so the cleaner
/// must remove it there too.
#[test]
fn metadata_between_scans_is_found_and_cleaned() {
    let plain = images::jpeg(None);
    let tagged = images::jpeg(Some(&Meta {
        orientation: None,
        ..Meta::geotagged()
    }));
    let sos = plain
        .windows(2)
        .position(|w| w == [0xFF, 0xDA])
        .expect("a scan");
    let app1 = tagged
        .windows(4)
        .position(|w| w[..2] == [0xFF, 0xE1])
        .expect("EXIF segment");
    let len = usize::from(u16::from_be_bytes([tagged[app1 + 2], tagged[app1 + 3]]));
    let scan_len = usize::from(u16::from_be_bytes([plain[sos + 2], plain[sos + 3]]));
    // The EXIF segment right after the first scan's header.
    let at = sos + 2 + scan_len;
    let mut jpeg = plain[..at].to_vec();
    jpeg.extend_from_slice(&tagged[app1..app1 + 2 + len]);
    jpeg.extend_from_slice(&plain[at..]);
    let before = check(&jpeg, "p.jpg");
    assert_eq!(labelled(&before, Label::Location), ["53.80076, -1.54908"]);
    assert!(before.has_metadata);
    let cleaned = clean(jpeg.as_slice()).expect("cleans");
    assert_eq!(cleaned, clean(plain.as_slice()).expect("cleans"));
    assert!(check(&cleaned, "p.jpg").findings.is_empty());
    let seed = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fuzz/seeds_image/metadata_after_first_scan.jpg"
    ));
    let seed = seed.expect("the fuzzer's file");
    assert!(check(&clean(seed.as_slice()).expect("cleans"), "")
        .findings
        .is_empty());
}

#[test]
fn other_formats_are_checked_by_name_and_not_cleaned() {
    let report = check(b"\0\0\0\x18ftypisom\0\0\0\0moov", "ward7_MrsPatel_bed4.mp4");
    assert_eq!(report.format, Format::Video);
    assert!(!report.cleanable);
    assert!(labelled(&report, Label::Person).contains(&"MrsPatel"));
    assert!(clean(b"GIF89a\x01\0\x01\0").is_err());
    assert_eq!(check(b"", "").findings, []);
    assert!(
        !check(b"RIFF\0\0\0\0WEBP", "").has_metadata,
        "a broken WebP offers no cleaned copy"
    );
}

/// Every prefix of a tagged file (an upload cut short) is checked and
/// cleaned without a panic; once the EXIF block is complete, the position
/// is found.
#[test]
fn truncated_files_never_panic() {
    let meta = Meta::geotagged();
    for (bytes, exif_done) in [
        (images::jpeg(Some(&meta)), 400),
        (
            images::png(Some(&meta), &[("Author", "Sam Okafor")]),
            usize::MAX,
        ),
        (
            images::webp(Some(&meta), Some("<dc:creator>Sam</dc:creator>")),
            usize::MAX,
        ),
    ] {
        for len in 0..=bytes.len() {
            let cut = &bytes[..len];
            let report = check(cut, "cut.jpg");
            if len >= exif_done {
                assert!(
                    !labelled(&report, Label::Location).is_empty(),
                    "prefix of {len} bytes"
                );
            }
            let _ = clean(cut);
        }
    }
}

/// Single-byte corruption anywhere in the metadata region: any result but
/// a panic.
#[test]
fn corrupted_bytes_never_panic() {
    let originals = [
        images::jpeg(Some(&Meta::geotagged())),
        images::png(Some(&Meta::geotagged()), &[("Description", "bay 3")]),
        images::webp(Some(&Meta::geotagged()), Some("<dc:title>x</dc:title>")),
        images::heif(&Meta::geotagged()),
    ];
    for original in originals {
        for at in 0..original.len().min(600) {
            for value in [0x00, 0xFF, 0x7F, original[at] ^ 0x01] {
                let mut bytes = original.clone();
                bytes[at] = value;
                let _ = check(&bytes, "x.jpg");
                let _ = clean(bytes.as_slice());
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Arbitrary bytes behind every format's magic number.
    #[test]
    fn arbitrary_bytes_never_panic(
        magic in prop::sample::select(vec![
            b"\xFF\xD8\xFF\xE1".to_vec(), b"\x89PNG\r\n\x1a\n".to_vec(), b"RIFF\x00\x10\x00\x00WEBP".to_vec(),
            b"II*\0".to_vec(), b"MM\0*".to_vec(), b"\0\0\0\x18ftypheic".to_vec(), b"GIF89a".to_vec(), vec![],
        ]),
        body in prop::collection::vec(any::<u8>(), 0..2048),
        name in "\\PC{0,40}",
    ) {
        let mut bytes = magic;
        bytes.extend(body);
        let report = check(&bytes, &name);
        prop_assert!(report.findings.iter().all(|f| !f.reason.is_empty()));
        if let Ok(cleaned) = clean(bytes.as_slice()) {
            prop_assert!(clean(cleaned.as_slice()).is_ok());
        }
    }
}
