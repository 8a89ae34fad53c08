//! The browser binding: the only place that knows about JavaScript.
//!
//! `analyze(text, options)` takes the composer's text and returns the report
//! as a plain JS object. Offsets are converted here, once, from the core's
//! UTF-8 bytes to the UTF-16 code units that DOM ranges use, so the
//! extension never does offset arithmetic. `checkImage` and `cleanImage` do
//! the same for attached photos.

use crate::offsets::{self, Unit};
use crate::{Finding, Report};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

/// Bumped whenever the shape of the returned object changes, so the extension
/// can refuse a mismatched `pkg/`.
pub const SCHEMA_VERSION: u32 = 1;

/// Options the extension may pass. A known key with the wrong type is an
/// error; unknown keys are ignored, so an older core accepts a newer
/// extension's options. The user's settings (`disabledLabels`, `places`,
/// `allowlist`, `watchlist: {key, hashes}`) are [`crate::OptionsInput`].
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct Options {
    /// "twitter" or "facebook"; informational for now.
    #[allow(dead_code)]
    platform: Option<String>,
    /// The user's settings.
    #[serde(flatten)]
    settings: crate::OptionsInput,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsFinding<'a> {
    start: usize,
    end: usize,
    label: &'a str,
    severity: crate::Severity,
    reason: &'a str,
    replacement: &'a str,
    advice: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsReport<'a> {
    schema_version: u32,
    risk: &'a str,
    score: f64,
    findings: Vec<JsFinding<'a>>,
    reasons: &'a [crate::Reason],
}

fn to_js_report<'a>(text: &str, report: &'a Report) -> JsReport<'a> {
    let shown: &[Finding] = report.highlights();
    let bytes: Vec<usize> = shown.iter().flat_map(|f| [f.start, f.end]).collect();
    let units = offsets::convert(text, &bytes, Unit::Utf16);
    let findings = shown
        .iter()
        .zip(units.chunks_exact(2))
        .map(|(f, u)| JsFinding {
            start: u[0],
            end: u[1],
            label: f.label.as_str(),
            severity: f.severity,
            reason: &f.reason,
            replacement: &f.suggestion.replacement,
            advice: &f.suggestion.advice,
        })
        .collect();
    JsReport {
        schema_version: SCHEMA_VERSION,
        risk: report.risk.as_str(),
        score: report.score,
        findings,
        reasons: &report.reasons,
    }
}

/// Analyses a post. `options` may be `undefined`, `null` or an object.
/// Returns `{schemaVersion, risk, score, findings: [{start, end, label,
/// severity, reason, replacement, advice}], reasons: [{duty, text}]}` with
/// `start`/`end` in UTF-16 code units of `text`.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let report = crate::analyze_with(text, &read_options(options)?);
    to_js(&to_js_report(text, &report))
}

/// Checks an attached image or video: its metadata and its file name.
/// `bytes` may be empty (only the name is checked: videos, huge files).
/// Returns `{format, risk, findings: [{label, severity, reason, value,
/// source}], hasMetadata, cleanable}` (see [`crate::image::ImageReport`]).
#[wasm_bindgen(js_name = checkImage)]
pub fn check_image(bytes: &[u8], file_name: &str, options: JsValue) -> Result<JsValue, JsError> {
    to_js(&crate::image::check_with(
        bytes,
        file_name,
        &read_options(options)?,
    ))
}

/// A copy of the image without its metadata (JPEG, PNG, WebP); throws for
/// other formats and damaged files.
#[wasm_bindgen(js_name = cleanImage)]
pub fn clean_image(bytes: Vec<u8>) -> Result<Vec<u8>, JsError> {
    crate::image::clean(bytes).map_err(|e| JsError::new(&e.to_string()))
}

/// The user's settings from `options` (`undefined`, `null` or an object).
fn read_options(options: JsValue) -> Result<crate::Options, JsError> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("invalid options: {e}")))?
    };
    Ok(crate::Options::from_input(&options.settings))
}

/// A plain JS object (no Maps), as JSON would give.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot build the report: {e}")))
}

/// The stored form of private watchlist names: hex HMAC-SHA-256 of each
/// name's canonical form under the device key (hex). Names with no words
/// are skipped, so the result may be shorter than `names`. The plain names
/// are not kept anywhere.
#[wasm_bindgen(js_name = watchlistHashes)]
pub fn watchlist_hashes(key_hex: &str, names: Vec<String>) -> Vec<String> {
    names
        .iter()
        .filter_map(|name| crate::options::watchlist_hash(key_hex, name))
        .collect()
}

/// The core's version, for the extension's about box and mismatch checks.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The schema version of the object `analyze` returns.
#[wasm_bindgen(js_name = schemaVersion)]
pub fn schema_version() -> u32 {
    SCHEMA_VERSION
}
