// Test photos, made for each run: real JPEG pixels from jpeg-js's encoder,
// with EXIF written by piexifjs (GPS position, capture time, artist), so the
// core reads metadata exactly as a phone would have written it.

import jpeg from 'jpeg-js';
import piexif from 'piexifjs';

// A small picture with some structure (a gradient and a bar), not a flat
// fill. `grain` adds pseudo-random noise, which compresses as badly as a
// detailed photo: the benchmark's multi-megabyte camera file.
function pixels({ width = 64, height = 48, grain = 0, quality = 85 } = {}) {
  const data = Buffer.alloc(width * height * 4);
  let seed = 0x2545f491;
  const noise = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return ((seed >>> 0) % (2 * grain + 1)) - grain;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const bar = y > height / 3 && y < (2 * height) / 3;
      data[i] = (bar ? 30 : (x * 255) / width) + (grain ? noise() : 0);
      data[i + 1] = (bar ? 110 : (y * 255) / height) + (grain ? noise() : 0);
      data[i + 2] = 180 + (grain ? noise() : 0);
      data[i + 3] = 255;
    }
  }
  return jpeg.encode({ data, width, height }, quality).data;
}

// Degrees as EXIF's [degrees, minutes, seconds] rationals.
function dms(value) {
  const a = Math.abs(value);
  const d = Math.floor(a);
  const m = Math.floor((a - d) * 60);
  const s = Math.round(((a - d) * 60 - m) * 60 * 100);
  return [[d, 1], [m, 1], [s, 100]];
}

export const PLACE = { lat: 51.5072, lon: -0.1276 }; // central London

// A JPEG with a GPS position, capture time and artist: what a phone camera writes.
// `picture` sizes the pixels (see pixels()).
export function geotaggedJpeg({ lat = PLACE.lat, lon = PLACE.lon, picture = {} } = {}) {
  const exif = piexif.dump({
    '0th': { [piexif.ImageIFD.Artist]: 'Maya Lindqvist', [piexif.ImageIFD.Make]: 'Phone' },
    Exif: { [piexif.ExifIFD.DateTimeOriginal]: '2026:03:04 09:15:00' },
    GPS: {
      [piexif.GPSIFD.GPSLatitudeRef]: lat < 0 ? 'S' : 'N',
      [piexif.GPSIFD.GPSLatitude]: dms(lat),
      [piexif.GPSIFD.GPSLongitudeRef]: lon < 0 ? 'W' : 'E',
      [piexif.GPSIFD.GPSLongitude]: dms(lon),
    },
  });
  return Buffer.from(piexif.insert(exif, pixels(picture).toString('binary')), 'binary');
}

// The same picture with no metadata at all.
export const cleanJpeg = () => pixels();

// What EXIF a JPEG still carries, read independently of the core.
export function exifOf(bytes) {
  const buf = Buffer.from(bytes);
  if (buf[0] !== 0xff || buf[1] !== 0xd8) throw new Error('not a JPEG');
  try {
    const exif = piexif.load(buf.toString('binary'));
    return { gps: Object.keys(exif.GPS ?? {}).length > 0, artist: exif['0th']?.[piexif.ImageIFD.Artist] ?? null, exif };
  } catch (e) {
    // piexifjs throws when there is no EXIF segment at all.
    if (/exif/i.test(String(e.message ?? e))) return { gps: false, artist: null, exif: null };
    throw e;
  }
}
