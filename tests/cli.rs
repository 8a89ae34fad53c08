//! End-to-end tests of the `carecheck` binary: arguments, standard input,
//! the `scan` JSON Lines contract (code-point offsets, error lines that name
//! the line and let the run go on) and the `eval` report.
//!
//! Most tests check the contract's shape, not what the recognizers find, so
//! they hold whatever the word lists say. The few that need a verdict use
//! facts no version of the checker may get wrong (a valid NHS number in a
//! clinical post is high; a post about the weather is none).

use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// An NHS number with a valid check digit, in a post about a patient's care.
const NHS_POST: &str =
    "Admitted my patient with chest pain this morning, NHS 943 476 5919, now on the ward.";

/// A post nobody could object to.
const SAFE_POST: &str = "Lovely sunny walk with the dog this weekend, feeling refreshed.";

fn carecheck(args: &[&str], stdin: &str) -> Output {
    carecheck_bytes(args, stdin.as_bytes())
}

fn carecheck_bytes(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_carecheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("carecheck starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin)
        .expect("stdin accepts the input");
    child.wait_with_output().expect("carecheck finishes")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

/// Runs `scan` and parses every output line as JSON.
fn scan(input: &str) -> Vec<Value> {
    let output = carecheck(&["scan"], input);
    assert!(output.status.success(), "scan failed: {output:?}");
    stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("every output line is JSON"))
        .collect()
}

fn json_line(id: &str, text: &str) -> String {
    serde_json::json!({"id": id, "text": text, "platform": "twitter"}).to_string()
}

/// The text a code-point span covers.
fn by_code_points(text: &str, span: &Value) -> String {
    let start = span["start"].as_u64().expect("start is a number") as usize;
    let end = span["end"].as_u64().expect("end is a number") as usize;
    assert!(start < end, "empty span {span}");
    assert!(end <= text.chars().count(), "span past the end {span}");
    text.chars().skip(start).take(end - start).collect()
}

fn first_line(output: &Output) -> String {
    stdout(output)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn check_takes_the_text_as_arguments() {
    let output = carecheck(&["check", "Lovely", "sunny", "walk", "today"], "");
    assert!(output.status.success(), "{output:?}");
    assert!(
        first_line(&output).starts_with("verdict: "),
        "{}",
        stdout(&output)
    );
}

#[test]
fn check_reads_standard_input_without_arguments() {
    let output = carecheck(&["check"], SAFE_POST);
    assert!(output.status.success(), "{output:?}");
    assert!(
        first_line(&output).starts_with("verdict: "),
        "{}",
        stdout(&output)
    );
}

#[test]
fn check_calls_a_safe_post_none() {
    let output = carecheck(&["check", SAFE_POST], "");
    assert!(
        first_line(&output).starts_with("verdict: NONE"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn check_calls_an_nhs_number_high() {
    let output = carecheck(&["check", NHS_POST], "");
    let out = stdout(&output);
    assert!(first_line(&output).starts_with("verdict: HIGH"), "{out}");
    assert!(out.contains("NHS_NUMBER"), "{out}");
    assert!(out.contains("suggestion:"), "{out}");
}

#[test]
fn scan_answers_each_line_and_ignores_extra_fields() {
    let input = [
        json_line("a", SAFE_POST),
        String::new(),
        r#"{"id": 7, "text": "Night shift done.", "platform": "facebook", "author": "x", "likes": 3}"#
            .to_string(),
        r#"{"text": "no id at all"}"#.to_string(),
    ]
    .join("\n");
    let lines = scan(&input);
    assert_eq!(lines.len(), 3, "blank lines give no output: {lines:?}");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["id"], 7, "ids keep their JSON type");
    assert!(lines[2]["id"].is_null());
    for line in &lines {
        let keys: Vec<&str> = line
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys.len(), 4, "exactly id, risk, score, spans: {line}");
        assert!(["high", "low", "none"].contains(&line["risk"].as_str().expect("risk")));
        let score = line["score"].as_f64().expect("score is a number");
        assert!((0.0..=1.0).contains(&score), "{line}");
        assert!(line["spans"].is_array(), "{line}");
    }
}

#[test]
fn scan_reports_a_malformed_line_by_number_and_goes_on() {
    let input = [
        json_line("first", SAFE_POST),
        "{this is not json".to_string(),
        r#"{"id": "no-text"}"#.to_string(),
        json_line("last", "Off to the gym after work."),
    ]
    .join("\n");
    let lines = scan(&input);
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert_eq!(lines[0]["id"], "first");
    assert_eq!(lines[1]["line"], 2);
    assert!(
        lines[1]["error"]
            .as_str()
            .is_some_and(|e| e.contains("line 2")),
        "{}",
        lines[1]
    );
    assert_eq!(lines[2]["line"], 3);
    assert!(
        lines[2]["error"]
            .as_str()
            .is_some_and(|e| e.contains("line 3") && e.contains("text")),
        "{}",
        lines[2]
    );
    assert_eq!(lines[3]["id"], "last");
    assert!(lines[3]["risk"].is_string());
}

#[test]
fn scan_error_lines_keep_the_id_when_there_is_one() {
    let out = scan("{\"id\": \"p9\", \"text\": 42}\n");
    assert_eq!(out[0]["id"], "p9");
    assert_eq!(out[0]["line"], 1);
    assert!(out[0]["error"]
        .as_str()
        .unwrap_or("")
        .starts_with("line 1: "));
}

#[test]
fn scan_writes_fields_in_the_documented_order() {
    let output = carecheck(
        &["scan"],
        &json_line("o1", "NHS 943 476 5919 for Mrs Joan Ellis with sepsis"),
    );
    let line = first_line(&output);
    assert!(
        line.starts_with("{\"id\":\"o1\",\"risk\":\"high\",\"score\":"),
        "{line}"
    );
    assert!(line.contains("{\"start\":"), "{line}");
    let score = line
        .split("\"score\":")
        .nth(1)
        .unwrap_or("")
        .split(',')
        .next()
        .unwrap_or("");
    assert!(score.len() <= 4, "score printed with noise digits: {score}");
}

#[test]
fn scan_survives_invalid_utf8_and_crlf() {
    let mut input = json_line("one", SAFE_POST).into_bytes();
    input.extend_from_slice(b"\r\n{\"id\": \"two\", \"text\": \"\xff\xfe\"}\r\n");
    input.extend_from_slice(json_line("three", "Bake sale on Friday!").as_bytes());
    input.extend_from_slice(b"\r\n");
    let output = carecheck_bytes(&["scan"], &input);
    assert!(output.status.success(), "{output:?}");
    let lines: Vec<Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0]["id"], "one");
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[2]["id"], "three");
}

#[test]
fn scan_spans_are_code_points_after_emoji() {
    // Each emoji is one code point but four bytes (two UTF-16 units), so a
    // span counted in any other unit would land on the wrong characters.
    let text = format!("🦸‍♀️🦸🏽 {NHS_POST}");
    let lines = scan(&json_line("emoji", &text));
    let spans = lines[0]["spans"].as_array().expect("spans");
    for span in spans {
        by_code_points(&text, span);
    }
    let nhs = spans
        .iter()
        .find(|s| s["label"] == "NHS_NUMBER")
        .unwrap_or_else(|| panic!("no NHS_NUMBER span in {}", lines[0]));
    let covered = by_code_points(&text, nhs);
    assert!(covered.contains("943 476 5919"), "covers {covered:?}");
    assert_eq!(lines[0]["risk"], "high");
}

#[test]
fn scan_of_a_safe_post_has_no_spans() {
    let lines = scan(&json_line("safe", SAFE_POST));
    assert_eq!(lines[0]["risk"], "none");
    assert_eq!(lines[0]["spans"], serde_json::json!([]));
}

/// Writes a labelled corpus into the test's scratch directory.
fn corpus(name: &str, lines: &[&str]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, lines.join("\n")).expect("scratch file is writable");
    path
}

#[test]
fn eval_prints_the_confusion_matrix_and_label_rows() {
    let path = corpus(
        "cli-eval.jsonl",
        &[
            r#"{"id":"t-1","platform":"twitter","text":"Admitted my patient, NHS 943 476 5919, today.","risk":"high","spans":[{"start":25,"end":37,"label":"NHS_NUMBER"}]}"#,
            r#"{"id":"t-2","platform":"facebook","text":"Lovely sunny walk with the dog.","risk":"none","spans":[]}"#,
            "",
            r#"{"id":"t-3","platform":"twitter","text":"A lady on my ward had a fall.","risk":"low","spans":[{"start":0,"end":6,"label":"PATIENT_REF"}]}"#,
        ],
    );
    let path = path.to_str().expect("UTF-8 path");
    let output = carecheck(&["eval", path, "--verbose"], "");
    assert!(output.status.success(), "{output:?}");
    let out = stdout(&output);
    for expected in [
        "confusion matrix",
        "verdict accuracy",
        "false alarms on none posts",
        "ALL (micro)",
        "ANY LABEL",
        "misses:",
    ] {
        assert!(out.contains(expected), "no {expected:?} in\n{out}");
    }
    for row in ["high", "low", "none"] {
        assert!(
            out.lines().any(|l| {
                let cells: Vec<&str> = l.split_whitespace().collect();
                cells.len() == 4
                    && cells[0] == row
                    && cells[1..].iter().all(|c| c.parse::<usize>().is_ok())
            }),
            "no confusion row {row:?} in\n{out}"
        );
    }
    for label in carecheck::Label::ALL {
        assert!(
            out.lines()
                .any(|l| l.trim_start().starts_with(&format!("{label} "))),
            "no row for {label} in\n{out}"
        );
    }
    // Three posts, counted once each: the gold totals are in the report.
    assert!(out.contains("(1 posts)"), "{out}");

    let raw = carecheck(&["eval", path, "--raw"], "");
    assert!(raw.status.success(), "{raw:?}");
    assert!(!stdout(&raw).contains("misses:"));
}

#[test]
fn eval_names_the_bad_line_of_a_corpus() {
    let path = corpus(
        "cli-eval-bad.jsonl",
        &[
            r#"{"id":"ok","text":"fine","risk":"none","spans":[]}"#,
            r#"{"id":"bad","text":"fine","risk":"maybe","spans":[]}"#,
        ],
    );
    let output = carecheck(&["eval", path.to_str().expect("UTF-8 path")], "");
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("cli-eval-bad.jsonl:2"), "{err}");
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [&[][..], &["frobnicate"][..], &["eval"][..]] {
        let output = carecheck(args, "");
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        assert!(String::from_utf8_lossy(&output.stderr).contains("usage"));
    }
    let help = carecheck(&["--help"], "");
    assert!(help.status.success());
    assert!(stdout(&help).contains("carecheck scan"));
}

#[path = "common/images.rs"]
mod images;

/// A file in a fresh directory of this test's own.
fn scratch_file(test: &str, name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("carecheck-cli-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("scratch file");
    path
}

fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is JSON"))
        .collect()
}

#[test]
fn image_prints_the_contract_object_for_a_geotagged_photo() {
    let photo = scratch_file(
        "image",
        "IMG_4021.jpg",
        &images::jpeg(Some(&images::Meta::geotagged())),
    );
    let path = photo.to_str().expect("utf-8 path");
    let out = carecheck(&["image", path], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    let object = lines[0].as_object().expect("an object");
    assert_eq!(object.keys().collect::<Vec<_>>(), ["file", "findings"]);
    assert_eq!(object["file"], path);
    let findings = object["findings"].as_array().expect("an array");
    for f in findings {
        let keys: Vec<&String> = f.as_object().expect("finding object").keys().collect();
        assert_eq!(keys, ["label", "reason", "value"]);
        assert!(f["reason"].as_str().is_some_and(|r| !r.is_empty()));
    }
    let pairs: Vec<(&str, &str)> = findings
        .iter()
        .map(|f| {
            (
                f["label"].as_str().unwrap_or(""),
                f["value"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert!(
        pairs.contains(&("LOCATION", "53.80076, -1.54908")),
        "{pairs:?}"
    );
    assert!(pairs.contains(&("DATE", "2026-11-22 07:45")), "{pairs:?}");
    assert!(pairs.contains(&("PERSON", "Kerry Boateng")), "{pairs:?}");
}

#[test]
fn image_reads_the_file_name_and_handles_several_files() {
    let named = scratch_file("names", "xray_jsmith_03041951.jpg", &images::jpeg(None));
    let plain = scratch_file("names", "IMG_20261122_074512.jpg", &images::jpeg(None));
    let not_an_image = scratch_file("names", "notes.txt", b"just some text");
    let paths: Vec<&str> = [&named, &plain, &not_an_image]
        .iter()
        .map(|p| p.to_str().expect("utf-8"))
        .collect();
    let out = carecheck(&["image", paths[0], paths[1], paths[2]], "");
    assert!(out.status.success());
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 3);
    let labels: Vec<&str> = lines[0]["findings"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|f| f["label"].as_str())
        .collect();
    assert!(labels.contains(&"PERSON"), "{labels:?}");
    assert_eq!(lines[1]["findings"], serde_json::json!([]));
    assert_eq!(lines[2]["findings"], serde_json::json!([]));
}

#[test]
fn image_and_clean_fail_clearly() {
    let out = carecheck(&["image", "/no/such/photo.jpg"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot open /no/such/photo.jpg"));
    assert_eq!(carecheck(&["image"], "").status.code(), Some(2));
    let gif = scratch_file("fail", "a.gif", b"GIF89a\x01\x00\x01\x00");
    let out = carecheck(
        &[
            "clean",
            gif.to_str().expect("utf-8"),
            "/tmp/never-written.gif",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("JPEG, PNG and WebP only"));
}

#[test]
fn clean_writes_a_copy_without_metadata() {
    let photo = scratch_file(
        "clean",
        "ward.jpg",
        &images::jpeg(Some(&images::Meta::geotagged())),
    );
    let copy = photo.with_file_name("copy.jpg");
    let out = carecheck(
        &[
            "clean",
            photo.to_str().expect("utf-8"),
            copy.to_str().expect("utf-8"),
        ],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = carecheck(&["image", copy.to_str().expect("utf-8")], "");
    assert_eq!(json_lines(&out)[0]["findings"], serde_json::json!([]));
}
