//! The `carecheck` command line: `check`, `scan`, `eval`, `image` and `clean`.
//!
//! Two outputs are contracts used by tools outside the project:
//! - `scan`'s JSON Lines: `{"id", "risk", "score", "spans": [{"start", "end",
//!   "label"}]}`, offsets in code points, end exclusive;
//! - `image`'s JSON object per file: `{"file", "findings": [{"label",
//!   "reason", "value"}]}`.

use carecheck::corpus;
use carecheck::eval::{self, Example, SpanSource};
use carecheck::{analyze, Report, Risk};
use serde::Serialize;
use serde_json::{json, Value};
use std::fs::File;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
usage:
  carecheck check [TEXT]           report on TEXT (or on standard input)
  carecheck scan                   JSON Lines in ({\"id\", \"text\"}), one verdict line out per line
  carecheck eval FILE [--verbose] [--raw | --oracle]
                                   score against a labelled JSON Lines file (LABELS.md format);
                                   --verbose lists the misses, --raw scores every finding
                                   whatever the verdict, --oracle feeds the gold spans to the
                                   verdict rules (measures the rules alone)
  carecheck image FILE...          what each image or video gives away (GPS position, capture
                                   time, names, captions, its file name): one JSON object a file,
                                   {\"file\", \"findings\": [{\"label\", \"reason\", \"value\"}]}
  carecheck clean FILE OUT         write a copy of a JPEG, PNG or WebP without its metadata";

/// Files are read up to this size: metadata sits at the start of a photo,
/// and a feature-length video need not be read into memory to check its name.
const MAX_READ: u64 = 256 * 1024 * 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("check") => check(&args[1..]),
        Some("scan") => scan(),
        Some("eval") => evaluate(&args[1..]),
        Some("image") => image(&args[1..]),
        Some("clean") => clean(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown or missing command\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("carecheck: {message}");
            ExitCode::from(2)
        }
    }
}

fn read_stdin() -> Result<String, String> {
    let mut text = String::new();
    io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    Ok(text)
}

fn check(args: &[String]) -> Result<(), String> {
    let text = if args.is_empty() {
        read_stdin()?
    } else {
        args.join(" ")
    };
    let report = analyze(&text);
    print!("{}", render_report(&text, &report));
    Ok(())
}

fn render_report(text: &str, report: &Report) -> String {
    let mut out = format!(
        "verdict: {} (score {:.2})\n",
        report.risk.as_str().to_uppercase(),
        report.score
    );
    if report.risk == Risk::None {
        out.push_str("Nothing here identifies a service user or attacks anyone.\n");
        return out;
    }
    out.push_str("why:\n");
    for reason in &report.reasons {
        out.push_str(&format!("  - [{}] {}\n", reason.duty.title(), reason.text));
    }
    out.push_str("findings:\n");
    for f in report.highlights() {
        let phrase = text.get(f.start..f.end).unwrap_or("");
        out.push_str(&format!(
            "  {:<13} {:?} ({:?}): {}\n                suggestion: {}\n",
            f.label.as_str(),
            phrase,
            f.severity,
            f.reason,
            f.suggestion.advice
        ));
    }
    out
}

/// One span of a `scan` output line, fields in the documented order.
#[derive(Serialize)]
struct ScanSpan {
    start: usize,
    end: usize,
    label: &'static str,
}

/// A `scan` output line, fields in the documented order.
#[derive(Serialize)]
struct ScanLine<'a> {
    id: &'a Value,
    risk: &'static str,
    score: f64,
    spans: Vec<ScanSpan>,
}

/// The `scan` output line for one report.
fn scan_line(id: &Value, text: &str, report: &Report) -> Value {
    let spans = eval::spans_in_code_points(text, report.highlights())
        .iter()
        .map(|s| ScanSpan {
            start: s.start,
            end: s.end,
            label: s.label.as_str(),
        })
        .collect();
    let line = ScanLine {
        id,
        risk: report.risk.as_str(),
        score: report.score,
        spans,
    };
    serde_json::to_value(line).unwrap_or(Value::Null)
}

/// The `scan` error line for input line `number`, with the post's id when
/// the line was readable enough to have one.
fn scan_error(number: usize, id: Option<&Value>, problem: &str) -> Value {
    let message = format!("line {number}: {problem}");
    match id {
        Some(id) => json!({"id": id, "line": number, "error": message}),
        None => json!({"line": number, "error": message}),
    }
}

fn parse_scan_input(line: &str) -> Result<(Value, String), String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let object = value.as_object().ok_or("expected a JSON object")?;
    let text = object
        .get("text")
        .and_then(Value::as_str)
        .ok_or("missing string field \"text\"")?;
    Ok((
        object.get("id").cloned().unwrap_or(Value::Null),
        text.to_string(),
    ))
}

fn scan() -> Result<(), String> {
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    for (index, line) in stdin.lock().lines().enumerate() {
        let number = index + 1;
        let line = match line {
            Ok(line) => line,
            Err(e) => {
                writeln!(
                    out,
                    "{}",
                    json!({"line": number, "error": format!("line {number}: cannot read: {e}")})
                )
                .map_err(|e| e.to_string())?;
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let output = match parse_scan_input(&line) {
            Ok((id, text)) => scan_line(&id, &text, &analyze(&text)),
            Err(e) => {
                let id = serde_json::from_str::<Value>(&line)
                    .ok()
                    .and_then(|v| v.get("id").cloned());
                scan_error(number, id.as_ref(), &e)
            }
        };
        writeln!(out, "{output}").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

fn evaluate(args: &[String]) -> Result<(), String> {
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .ok_or(format!("eval needs a file\n{USAGE}"))?;
    let verbose = args.iter().any(|a| a == "--verbose" || a == "-v");
    let source = if args.iter().any(|a| a == "--raw") {
        SpanSource::Raw
    } else if args.iter().any(|a| a == "--oracle") {
        SpanSource::Oracle
    } else {
        SpanSource::Highlights
    };
    let examples: Vec<Example> = corpus::read_file(std::path::Path::new(path))?
        .into_iter()
        .map(|post| post.example)
        .collect();
    print!("{}", eval::score(&examples, source).render(verbose));
    Ok(())
}

fn read_file(path: &str) -> Result<Vec<u8>, String> {
    let file = File::open(path).map_err(|e| format!("cannot open {path}: {e}"))?;
    let mut bytes = Vec::new();
    file.take(MAX_READ)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {path}: {e}"))?;
    Ok(bytes)
}

/// The `image` output object for one file, keys in the documented order.
fn image_line(path: &str, report: &carecheck::image::ImageReport) -> Value {
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|f| json!({"label": f.label.as_str(), "reason": f.reason, "value": f.value}))
        .collect();
    json!({"file": path, "findings": findings})
}

/// Every file gets its line; an unreadable one is reported on standard
/// error and makes the exit status non-zero once the rest are done.
fn image(paths: &[String]) -> Result<(), String> {
    if paths.is_empty() {
        return Err(format!("image needs a file\n{USAGE}"));
    }
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = Vec::new();
    for path in paths {
        match read_file(path) {
            Ok(bytes) => {
                let report = carecheck::image::check(&bytes, path);
                writeln!(out, "{}", image_line(path, &report)).map_err(|e| e.to_string())?;
            }
            Err(e) => failed.push(e),
        }
    }
    out.flush().map_err(|e| e.to_string())?;
    if failed.is_empty() {
        Ok(())
    } else {
        Err(failed.join("\n"))
    }
}

fn clean(args: &[String]) -> Result<(), String> {
    let [input, output] = args else {
        return Err(format!(
            "clean needs a file and where to write the copy\n{USAGE}"
        ));
    };
    let bytes = read_file(input)?;
    let size = bytes.len();
    let cleaned = carecheck::image::clean(bytes).map_err(|e| format!("{input}: {e}"))?;
    std::fs::write(output, &cleaned).map_err(|e| format!("cannot write {output}: {e}"))?;
    eprintln!(
        "carecheck: wrote {output} ({} bytes of metadata removed)",
        size.saturating_sub(cleaned.len())
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_input_errors_are_plain() {
        assert!(parse_scan_input("{").is_err());
        assert!(parse_scan_input("[1]").is_err());
        assert_eq!(
            parse_scan_input(r#"{"text": 5}"#).err().as_deref(),
            Some("missing string field \"text\"")
        );
        let (id, text) =
            parse_scan_input(r#"{"id": 7, "text": "hi", "extra": true}"#).unwrap_or_default();
        assert_eq!((id, text.as_str()), (json!(7), "hi"));
    }
}
