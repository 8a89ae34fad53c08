//! PNG's text chunks (tEXt, zTXt, iTXt): screenshots and edited photos carry
//! authors, titles, creation times and whole XMP packets in them.
//!
//! Compressed text is inflated with a size limit: a few kilobytes of zTXt
//! can claim to hold gigabytes.

use super::metadata::Metadata;
use super::xmp;
use img_parts::png::Png;

/// Inflated text beyond this is cut off (captions are short; XMP packets
/// are rarely more than a few tens of kilobytes).
const MAX_TEXT: usize = 1 << 20;

/// Reads every text chunk into `into`. Returns whether there was any.
pub fn read(png: &Png, into: &mut Metadata) -> bool {
    let mut any = false;
    for chunk in png.chunks() {
        let text = match &chunk.kind() {
            b"tEXt" => plain(chunk.contents()),
            b"zTXt" => compressed(chunk.contents()),
            b"iTXt" => international(chunk.contents()),
            _ => None,
        };
        if let Some((keyword, value)) = text {
            any = true;
            file(&keyword, &value, into);
        }
    }
    any
}

/// Files a keyword's text where it belongs (PNG's registered keywords, and
/// the ones ImageMagick and screenshot tools write).
fn file(keyword: &str, value: &str, into: &mut Metadata) {
    match keyword.to_ascii_lowercase().as_str() {
        "xml:com.adobe.xmp" => {
            xmp::read(value, into);
        }
        "author" | "artist" => into.add_name("Author", value),
        "creation time" | "exif:datetimeoriginal" => into.set_taken(value),
        "title" => into.add_text("Title", value),
        "description" | "exif:imagedescription" => into.add_text("Description", value),
        "comment" | "exif:usercomment" => into.add_text("Comment", value),
        "location" => into.add_place("Location", value),
        _ => {}
    }
}

/// tEXt: keyword, NUL, Latin-1 text.
fn plain(data: &[u8]) -> Option<(String, String)> {
    let (keyword, text) = split_nul(data)?;
    Some((latin1(keyword), latin1(text)))
}

/// zTXt: keyword, NUL, method (0 = zlib), compressed Latin-1 text.
fn compressed(data: &[u8]) -> Option<(String, String)> {
    let (keyword, rest) = split_nul(data)?;
    let (&method, body) = rest.split_first()?;
    (method == 0).then_some(())?;
    Some((latin1(keyword), latin1(&inflate(body)?)))
}

/// iTXt: keyword, NUL, compression flag, method, language tag, NUL,
/// translated keyword, NUL, UTF-8 text (compressed when the flag is 1).
fn international(data: &[u8]) -> Option<(String, String)> {
    let (keyword, rest) = split_nul(data)?;
    let (&flag, rest) = rest.split_first()?;
    let (&method, rest) = rest.split_first()?;
    let (_language, rest) = split_nul(rest)?;
    let (_translated, body) = split_nul(rest)?;
    let text = match (flag, method) {
        (0, _) => body.to_vec(),
        (1, 0) => inflate(body)?,
        _ => return None,
    };
    Some((latin1(keyword), String::from_utf8_lossy(&text).into_owned()))
}

fn split_nul(data: &[u8]) -> Option<(&[u8], &[u8])> {
    let at = data.iter().position(|&b| b == 0)?;
    Some((data.get(..at)?, data.get(at + 1..)?))
}

fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// zlib data, at most [`MAX_TEXT`] bytes of it; a stream that claims more
/// keeps what fitted.
fn inflate(data: &[u8]) -> Option<Vec<u8>> {
    match miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(data, MAX_TEXT) {
        Ok(text) => Some(text),
        Err(e) if !e.output.is_empty() => Some(e.output),
        Err(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use img_parts::png::PngChunk;
    use img_parts::Bytes;

    fn png_with(chunks: &[(&[u8; 4], Vec<u8>)]) -> Png {
        let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut png =
            Png::from_bytes(Bytes::from(std::mem::take(&mut bytes))).expect("signature only");
        for (kind, data) in chunks {
            png.chunks_mut()
                .push(PngChunk::new(**kind, Bytes::from(data.clone())));
        }
        png
    }

    fn zlib(text: &str) -> Vec<u8> {
        miniz_oxide::deflate::compress_to_vec_zlib(text.as_bytes(), 6)
    }

    #[test]
    fn reads_all_three_text_chunks() {
        let mut itxt = b"Description\0\x01\0en\0\0".to_vec();
        itxt.extend(zlib("Mr Ó Briain in bay 2"));
        let mut ztxt = b"Comment\0\0".to_vec();
        ztxt.extend(zlib("night shift"));
        let png = png_with(&[
            (b"tEXt", b"Author\0Jane Smith".to_vec()),
            (b"tEXt", b"Creation Time\x002026:11:22 10:15:03".to_vec()),
            (b"zTXt", ztxt),
            (b"iTXt", itxt),
        ]);
        let mut m = Metadata::default();
        assert!(read(&png, &mut m));
        assert_eq!(m.names[0].value, "Jane Smith");
        assert_eq!(m.taken.as_deref(), Some("2026-11-22 10:15"));
        let texts: Vec<&str> = m.texts.iter().map(|f| f.value.as_str()).collect();
        assert_eq!(texts, ["night shift", "Mr Ó Briain in bay 2"]);
    }

    #[test]
    fn xmp_in_itxt_is_read_as_xmp() {
        let mut itxt = b"XML:com.adobe.xmp\0\0\0\0\0".to_vec();
        itxt.extend_from_slice(
            br#"<rdf:Description exif:GPSLatitude="53,48.0N" exif:GPSLongitude="1,33.0W"/>"#,
        );
        let mut m = Metadata::default();
        read(&png_with(&[(b"iTXt", itxt)]), &mut m);
        assert!(m.gps.is_some());
    }

    #[test]
    fn broken_chunks_are_skipped_and_bombs_are_capped() {
        let bomb = miniz_oxide::deflate::compress_to_vec_zlib(&vec![b'a'; 4 * MAX_TEXT], 9);
        let mut ztxt = b"Comment\0\0".to_vec();
        ztxt.extend(bomb);
        let png = png_with(&[
            (b"tEXt", b"no separator".to_vec()),
            (b"zTXt", b"Comment\0\x07junk".to_vec()),
            (b"iTXt", b"Title\0\x01".to_vec()),
            (b"zTXt", ztxt),
        ]);
        let mut m = Metadata::default();
        assert!(read(&png, &mut m));
        assert_eq!(m.texts.len(), 1);
        assert!(m.texts[0].value.chars().count() <= 201);
    }
}
