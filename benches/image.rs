//! How long checking an attached photo takes: a 5 MB camera JPEG (the
//! issue's aim is under 5 ms, since only the metadata needs reading), the
//! same file cleaned (which copies all of it), and a large screenshot PNG.
//!
//! The images are encoded at start-up from pseudo-random pixels (which
//! compress about as badly as a detailed photo) and tagged like a phone
//! photo; see tests/common/images.rs.

#[path = "../tests/common/images.rs"]
mod images;

use carecheck::image::{check, clean};
use criterion::{black_box, BenchmarkId, Criterion, Throughput};
use images::Meta;

/// A JPEG of at least `min_bytes`, tagged like a phone photo.
fn camera_jpeg(min_bytes: usize) -> Vec<u8> {
    let (mut w, mut h) = (1200u16, 900u16);
    loop {
        let jpeg = images::jpeg_of(
            &images::noise(w, h),
            w,
            h,
            100,
            Some(&Meta::geotagged()),
            None,
        );
        if jpeg.len() >= min_bytes {
            return jpeg;
        }
        (w, h) = (w + w / 5, h + h / 5);
    }
}

/// A screenshot-sized PNG with text chunks and EXIF.
fn screenshot_png() -> Vec<u8> {
    let mut png = images::png(Some(&Meta::geotagged()), &[("Author", "Sam Okafor")]);
    // The real pixels do not matter to a metadata reader, the file's size
    // does: pad with a private chunk of the size a 1080p screenshot's image
    // data has (the reader must walk past it, the cleaner must copy it).
    let padding = vec![0x5Au8; 3 * 1024 * 1024];
    let at = png.len() - 12; // before IEND
    let mut chunk = (padding.len() as u32).to_be_bytes().to_vec();
    chunk.extend_from_slice(b"IDAT");
    chunk.extend_from_slice(&padding);
    chunk.extend_from_slice(&[0; 4]);
    png.splice(at..at, chunk);
    png
}

fn bench_images(c: &mut Criterion) {
    let jpeg = camera_jpeg(5 * 1024 * 1024);
    let png = screenshot_png();
    eprintln!(
        "camera JPEG: {} bytes; screenshot PNG: {} bytes",
        jpeg.len(),
        png.len()
    );
    assert!(
        !check(&jpeg, "IMG_4021.jpg").findings.is_empty(),
        "the benchmark photo is tagged"
    );
    let mut group = c.benchmark_group("image");
    for (id, bytes) in [("check_jpeg_5mb", &jpeg), ("check_png_3mb", &png)] {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(id), bytes, |b, bytes| {
            b.iter(|| check(black_box(bytes), "IMG_4021.jpg"))
        });
    }
    group.throughput(Throughput::Bytes(jpeg.len() as u64));
    // The extension hands the core its own copy of the file, as here.
    group.bench_with_input(
        BenchmarkId::from_parameter("clean_jpeg_5mb"),
        &jpeg,
        |b, bytes| {
            b.iter_batched(
                || bytes.clone(),
                |owned| clean(black_box(owned)),
                criterion::BatchSize::LargeInput,
            )
        },
    );
    group.finish();
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    bench_images(&mut criterion);
    criterion.final_summary();
}
