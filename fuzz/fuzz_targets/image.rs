//! Fuzz target: any bytes as an attached file. Checking and cleaning must
//! never panic (a panic aborts the extension's WebAssembly module), every
//! finding must say why, and a cleaned copy must be clean: no metadata
//! finding left, and cleaning it again gives the same bytes.

#![no_main]

use carecheck::image::{check, clean, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let report = check(data, "upload.jpg");
    assert!(report.findings.iter().all(|f| !f.reason.is_empty() && !f.value.is_empty()));
    if let Ok(cleaned) = clean(data) {
        let again = check(&cleaned, "");
        assert!(
            again.findings.iter().all(|f| f.source == Source::FileName),
            "metadata survived cleaning: {:?}",
            again.findings
        );
        assert_eq!(clean(cleaned.as_slice()).ok(), Some(cleaned), "cleaning is idempotent");
    }
});
