//! Converting the core's byte offsets to the units other worlds count in:
//! code points (the labelled corpora, Python) and UTF-16 units (JavaScript).

/// A unit to count text positions in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// UTF-8 bytes, as Rust slices strings.
    Byte,
    /// Unicode scalar values, as Python indexes `str`.
    CodePoint,
    /// UTF-16 code units, as JavaScript indexes strings.
    Utf16,
}

impl Unit {
    fn width(self, c: char) -> usize {
        match self {
            Unit::Byte => c.len_utf8(),
            Unit::CodePoint => 1,
            Unit::Utf16 => c.len_utf16(),
        }
    }
}

/// Converts byte offsets into `text` to offsets in `unit`, in one pass over
/// the text however many offsets there are. An offset inside a char counts
/// as the start of that char; one past the end counts as the end.
pub fn convert(text: &str, byte_offsets: &[usize], unit: Unit) -> Vec<usize> {
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_by_key(|&i| byte_offsets[i]);
    let mut out = vec![0; byte_offsets.len()];
    let mut chars = text.char_indices().peekable();
    let mut counted = 0;
    for i in order {
        let want = byte_offsets[i];
        while let Some(&(at, c)) = chars.peek() {
            if at + c.len_utf8() > want {
                break;
            }
            counted += unit.width(c);
            chars.next();
        }
        out[i] = counted;
    }
    out
}

/// Converts offsets counted in `unit` back to byte offsets into `text`
/// (sorted or not). Offsets past the end become `text.len()`.
pub fn to_bytes(text: &str, offsets: &[usize], unit: Unit) -> Vec<usize> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut out = vec![text.len(); offsets.len()];
    let mut chars = text.char_indices().peekable();
    let mut counted = 0;
    for i in order {
        let want = offsets[i];
        while let Some(&(_, c)) = chars.peek() {
            if counted + unit.width(c) > want {
                break;
            }
            counted += unit.width(c);
            chars.next();
        }
        out[i] = chars.peek().map_or(text.len(), |&(at, _)| at);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emoji_and_non_latin_text() {
        // "🦸" is 4 bytes, 1 code point, 2 UTF-16 units; "é" 2 bytes, 1, 1;
        // "中" 3 bytes, 1, 1.
        let text = "🦸é中x";
        let bytes = [0, 4, 6, 9, 10];
        assert_eq!(convert(text, &bytes, Unit::CodePoint), [0, 1, 2, 3, 4]);
        assert_eq!(convert(text, &bytes, Unit::Utf16), [0, 2, 3, 4, 5]);
        assert_eq!(convert(text, &bytes, Unit::Byte), bytes);
    }

    #[test]
    fn unsorted_offsets_keep_their_order() {
        let text = "aé b";
        assert_eq!(convert(text, &[4, 0, 3], Unit::CodePoint), [3, 0, 2]);
    }

    #[test]
    fn round_trip_through_every_unit() {
        let text = "Zoë 👩🏽‍⚕️ in bed 4 — ✓";
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for unit in [Unit::Byte, Unit::CodePoint, Unit::Utf16] {
            let there = convert(text, &bytes, unit);
            assert_eq!(to_bytes(text, &there, unit), bytes, "{unit:?}");
        }
    }

    #[test]
    fn out_of_range_is_clamped() {
        assert_eq!(convert("ab", &[99], Unit::CodePoint), [2]);
        assert_eq!(to_bytes("ab", &[99], Unit::CodePoint), [2]);
    }
}
