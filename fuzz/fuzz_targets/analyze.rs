//! Fuzz target: any bytes, read as (lossy) UTF-8, go through the whole
//! analysis, and the findings must keep the core's span invariants.
//!
//! The core promises never to panic and to return byte spans that can be
//! sliced safely; a span off a char boundary would panic later in the CLI or
//! in the offset conversion for the extension, so it is checked here, not
//! just "no crash".

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let report = carecheck::analyze(&text);
    let mut previous_end = 0;
    for f in &report.findings {
        assert!(f.start < f.end, "empty or inverted span {f:?}");
        assert!(f.end <= text.len(), "span past the end {f:?}");
        assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "span off a char boundary {f:?}"
        );
        assert!(previous_end <= f.start, "unsorted or overlapping {f:?}");
        previous_end = f.end;
    }
    assert_eq!(
        report.highlights().is_empty(),
        report.risk == carecheck::Risk::None,
        "highlights must be empty exactly when the verdict is none"
    );
});
