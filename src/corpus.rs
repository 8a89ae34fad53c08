//! Reading labelled corpora: JSON Lines in the format of `LABELS.md`
//! (`{"id", "text", "risk", "spans": [{"start", "end", "label", "text"}]}`,
//! code-point offsets). Shared by `carecheck eval` and the corpus tests, so
//! a file means the same thing to both. Native only: it needs `serde_json`.

use crate::eval::{Example, Span};
use crate::label::Label;
use crate::verdict::Risk;
use serde_json::Value;

/// A labelled post as read from a corpus line.
#[derive(Clone, Debug)]
pub struct LabelledPost {
    /// The post, its verdict and spans, ready to score.
    pub example: Example,
    /// Each span's stated `text` (empty when absent), to check offsets against.
    pub span_texts: Vec<String>,
}

fn offset(span: &Value, key: &str) -> Result<usize, String> {
    span[key]
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or(format!("span without a valid \"{key}\""))
}

/// Parses one corpus line.
pub fn parse_line(line: &str) -> Result<LabelledPost, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let text = value["text"]
        .as_str()
        .ok_or("missing string \"text\"")?
        .to_string();
    let risk = value["risk"]
        .as_str()
        .and_then(Risk::parse)
        .ok_or("\"risk\" must be high, low or none")?;
    let mut spans = Vec::new();
    let mut span_texts = Vec::new();
    let listed = match &value["spans"] {
        Value::Null => &[][..],
        Value::Array(list) => list.as_slice(),
        _ => return Err("\"spans\" must be a list".to_string()),
    };
    for span in listed {
        let label: Label = span["label"]
            .as_str()
            .ok_or("span without \"label\"")?
            .parse()
            .map_err(|e| format!("{e}"))?;
        spans.push(Span {
            start: offset(span, "start")?,
            end: offset(span, "end")?,
            label,
        });
        span_texts.push(span["text"].as_str().unwrap_or("").to_string());
    }
    let id = match &value["id"] {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    Ok(LabelledPost {
        example: Example {
            id,
            text,
            risk,
            spans,
        },
        span_texts,
    })
}

/// Reads a corpus file; an error names the file and line.
pub fn read_file(path: &std::path::Path) -> Result<Vec<LabelledPost>, String> {
    let file = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    file.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            parse_line(line).map_err(|e| format!("{}:{}: {e}", path.display(), index + 1))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_labelled_line() {
        let line = r#"{"id":"a","text":"aged 16","risk":"low","spans":[{"start":0,"end":7,"label":"AGE","text":"aged 16"}]}"#;
        let post = parse_line(line).expect("valid line");
        assert_eq!(post.example.spans[0].label, Label::Age);
        assert_eq!(post.span_texts, ["aged 16"]);
        assert_eq!(post.example.risk, Risk::Low);
    }

    #[test]
    fn rejects_bad_lines_plainly() {
        assert!(parse_line(r#"{"id":"a","text":"x","risk":"maybe"}"#).is_err());
        assert!(parse_line(
            r#"{"id":"a","text":"x","risk":"low","spans":[{"label":"NOPE","start":0,"end":1}]}"#
        )
        .is_err());
        assert!(parse_line("{").is_err());
        let numeric_id = parse_line(r#"{"id":7,"text":"x","risk":"none"}"#).expect("valid");
        assert_eq!(numeric_id.example.id, "7");
    }
}
