//! XMP: the XML packet editors and some phones write beside (or instead of)
//! EXIF. Photo managers put the names of tagged faces here too.
//!
//! Only a few flat properties matter, so they are looked up by name in the
//! packet's text, in both of XMP's spellings (`prop="v"` and
//! `<prop>v</prop>`, with `rdf:li` items for lists). A malformed packet
//! still gives up what can be found in it, where a strict XML parser would
//! give up everything.

use super::metadata::{Coordinates, Metadata};

/// Where in the metadata a property goes.
enum Kind {
    Latitude,
    Longitude,
    Time,
    Name(&'static str),
    Place(&'static str),
    Text(&'static str),
}

/// The properties read, most specific first within each kind.
const PROPERTIES: &[(&str, Kind)] = &[
    ("exif:GPSLatitude", Kind::Latitude),
    ("exif:GPSLongitude", Kind::Longitude),
    ("exif:DateTimeOriginal", Kind::Time),
    ("photoshop:DateCreated", Kind::Time),
    ("xmp:CreateDate", Kind::Time),
    ("dc:creator", Kind::Name("Creator")),
    ("aux:OwnerName", Kind::Name("Camera owner")),
    ("exifEX:CameraOwnerName", Kind::Name("Camera owner")),
    ("Iptc4xmpExt:PersonInImage", Kind::Name("Person in image")),
    ("mwg-rs:Name", Kind::Name("Tagged face")),
    ("MPReg:PersonDisplayName", Kind::Name("Tagged person")),
    ("Iptc4xmpCore:Location", Kind::Place("Location")),
    ("Iptc4xmpExt:Sublocation", Kind::Place("Location")),
    ("photoshop:City", Kind::Place("City")),
    ("Iptc4xmpExt:City", Kind::Place("City")),
    ("photoshop:State", Kind::Place("State")),
    ("dc:title", Kind::Text("Title")),
    ("dc:description", Kind::Text("Description")),
    ("photoshop:Headline", Kind::Text("Headline")),
    ("exif:UserComment", Kind::Text("Comment")),
    ("dc:subject", Kind::Text("Keywords")),
];

/// Reads an XMP packet into `into`. Returns whether the packet had anything
/// in it (any property at all, read or not).
pub fn read(packet: &str, into: &mut Metadata) -> bool {
    let mut latitude = None;
    let mut longitude = None;
    for (property, kind) in PROPERTIES {
        for value in values(packet, property) {
            match kind {
                Kind::Latitude => latitude = latitude.or_else(|| coordinate(&value)),
                Kind::Longitude => longitude = longitude.or_else(|| coordinate(&value)),
                Kind::Time => into.set_taken(&value),
                Kind::Name(name) => into.add_name(name, &value),
                Kind::Place(name) => into.add_place(name, &value),
                Kind::Text(name) => into.add_text(name, &value),
            }
        }
    }
    if let (Some((lat, lat_ref)), Some((lon, lon_ref))) = (latitude, longitude) {
        into.gps = into
            .gps
            .or_else(|| Coordinates::from_parts(lat, lat_ref, lon, lon_ref));
    }
    packet.contains("rdf:Description")
}

/// XMP's GPS form: "51,30.444N" (degrees, decimal minutes) or
/// "51,30,26.64N"; the letter is the hemisphere.
fn coordinate(value: &str) -> Option<(f64, char)> {
    let value = value.trim();
    let hemisphere = value
        .chars()
        .last()
        .filter(|c| matches!(c.to_ascii_uppercase(), 'N' | 'S' | 'E' | 'W'))?;
    let number = value.get(..value.len() - 1)?;
    let parts: Vec<f64> = number
        .split(',')
        .map(|p| p.trim().parse().ok())
        .collect::<Option<_>>()?;
    let degrees = match parts.as_slice() {
        [d] => *d,
        [d, m] => d + m / 60.0,
        [d, m, s] => d + m / 60.0 + s / 3600.0,
        _ => return None,
    };
    Some((degrees, hemisphere))
}

/// Every value of `property` in the packet, in document order.
fn values(packet: &str, property: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = packet;
    while let Some(at) = rest.find(property) {
        let before = rest.get(..at).and_then(|b| b.chars().last());
        let after = rest.get(at + property.len()..).unwrap_or("");
        rest = after;
        match before {
            // <prop ...>inner</prop>
            Some('<') if after.starts_with(|c: char| c == '>' || c == '/' || c.is_whitespace()) => {
                let Some(open_end) = after.find('>') else {
                    break;
                };
                if after
                    .get(..open_end)
                    .is_some_and(|attrs| attrs.ends_with('/'))
                {
                    continue; // <prop/>: empty
                }
                let body = after.get(open_end + 1..).unwrap_or("");
                let close = format!("</{property}>");
                let Some(end) = body.find(&close) else { break };
                found.extend(items(body.get(..end).unwrap_or("")));
                rest = body.get(end + close.len()..).unwrap_or("");
            }
            // prop="value" inside a start tag
            Some(c) if c.is_whitespace() => {
                if let Some(value) = attribute_value(after) {
                    found.push(decode_entities(value));
                }
            }
            _ => {}
        }
    }
    found
}

/// The quoted value after `="` or `='` (spaces allowed around `=`).
fn attribute_value(after_name: &str) -> Option<&str> {
    let s = after_name.trim_start().strip_prefix('=')?.trim_start();
    let quote = s.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    let body = s.get(1..)?;
    body.get(..body.find(quote)?)
}

/// The `rdf:li` items of a list property, or its text when it has none.
fn items(inner: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = inner;
    while let Some(at) = rest.find("<rdf:li") {
        let after = rest.get(at..).unwrap_or("");
        let Some(open_end) = after.find('>') else {
            break;
        };
        let body = after.get(open_end + 1..).unwrap_or("");
        let Some(end) = body.find("</rdf:li>") else {
            break;
        };
        out.push(decode_entities(&strip_tags(body.get(..end).unwrap_or(""))));
        rest = body.get(end..).unwrap_or("");
    }
    if out.is_empty() && !inner.contains("<rdf:") {
        out.push(decode_entities(&strip_tags(inner)));
    }
    out
}

fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// XML's five named entities and numeric references.
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at).unwrap_or(""));
        let after = rest.get(at + 1..).unwrap_or("");
        let entity = after
            .find(';')
            .filter(|&n| n <= 10)
            .and_then(|n| after.get(..n));
        let decoded = entity.and_then(|e| match e {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => {
                let number = e.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)
            }
        });
        match (entity, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = after.get(e.len() + 1..).unwrap_or("");
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PACKET: &str = r#"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
 <rdf:Description rdf:about="" exif:GPSLatitude="51,30.444N" exif:GPSLongitude='0,7.668W'
   xmp:CreateDate="2026-11-22T10:15:03+00:00" photoshop:City="Leeds">
  <dc:creator><rdf:Seq><rdf:li>Jane Smith</rdf:li></rdf:Seq></dc:creator>
  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">Tom &amp; Mrs Patel, bay 3</rdf:li></rdf:Alt></dc:description>
  <mwg-rs:RegionList><rdf:Bag><rdf:li><rdf:Description mwg-rs:Name="Edith Brown" mwg-rs:Type="Face"/></rdf:li>
  <rdf:li><rdf:Description><mwg-rs:Name>Alf &#x4E01;</mwg-rs:Name></rdf:Description></rdf:li></rdf:Bag></mwg-rs:RegionList>
  <dc:title/>
 </rdf:Description></rdf:RDF></x:xmpmeta>"#;

    #[test]
    fn reads_attributes_elements_lists_and_entities() {
        let mut m = Metadata::default();
        assert!(read(PACKET, &mut m));
        assert_eq!(
            m.gps.map(|c| c.display()).as_deref(),
            Some("51.50740, -0.12780")
        );
        assert_eq!(m.taken.as_deref(), Some("2026-11-22 10:15"));
        let names: Vec<&str> = m.names.iter().map(|f| f.value.as_str()).collect();
        assert_eq!(names, ["Jane Smith", "Edith Brown", "Alf 丁"]);
        assert_eq!(m.places[0].value, "Leeds");
        assert_eq!(m.texts[0].value, "Tom & Mrs Patel, bay 3");
    }

    #[test]
    fn coordinates_in_both_xmp_forms() {
        assert_eq!(
            coordinate("51,30,26.64N").map(|(d, h)| ((d * 1e4).round(), h)),
            Some((515074.0, 'N'))
        );
        assert_eq!(coordinate("33,52.1S").map(|(_, h)| h), Some('S'));
        assert_eq!(coordinate("51.5"), None);
        assert_eq!(coordinate("N"), None);
        assert_eq!(coordinate("a,bN"), None);
    }

    #[test]
    fn broken_packets_give_what_they_can() {
        let mut m = Metadata::default();
        read("<dc:creator><rdf:Seq><rdf:li>Unclosed", &mut m);
        read(
            r#"<rdf:Description dc:creator="Ann Lee" exif:GPSLatitude="#,
            &mut m,
        );
        read("&&&;&#xFFFFFFFF;&#;<<<>>>", &mut m);
        assert_eq!(
            decode_entities("a &bogus; &#65; &#x1F600; &"),
            "a &bogus; A 😀 &"
        );
        assert!(m.gps.is_none());
        assert!(m.names.iter().any(|f| f.value == "Ann Lee"));
    }
}
