// The shipped module's photo calls, as the background worker makes them:
// what checkImage returns must pass the extension's reply check unchanged,
// and cleanImage's copy must lose what a phone wrote into the photo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync, checkImage, cleanImage } from '../../pkg/carecheck.js';
import { base64ToBytes, bytesToBase64, imageResult } from '../../extension/shared/messages.js';
import { cleanJpeg, exifOf, geotaggedJpeg } from '../e2e/images.mjs';

initSync({ module: readFileSync(new URL('../../pkg/carecheck_bg.wasm', import.meta.url)) });

// Through base64 and back, as the bytes cross the extension's messaging.
const viaMessage = (buffer) => base64ToBytes(bytesToBase64(new Uint8Array(buffer)));

test("a geotagged phone photo: the core's answer is the shape the extension reads", () => {
  const result = checkImage(viaMessage(geotaggedJpeg()), 'IMG_0042.jpg', undefined);
  assert.deepEqual(imageResult(result), result, 'nothing dropped or changed by the reply check');
  assert.equal(result.risk, 'high');
  assert.equal(result.format, 'jpeg');
  assert.deepEqual(result.findings.map((f) => [f.label, f.source]).slice(0, 3), [
    ['LOCATION', 'gps'],
    ['DATE', 'metadata'],
    ['PERSON', 'metadata'],
  ]);
  assert.ok(result.hasMetadata && result.cleanable);
});

test('the cleaned copy has no GPS, time or artist left, and the core agrees', () => {
  const cleaned = cleanImage(viaMessage(geotaggedJpeg()));
  assert.ok(cleaned instanceof Uint8Array);
  const exif = exifOf(cleaned);
  assert.equal(exif.gps, false);
  assert.equal(exif.artist, null);
  assert.deepEqual(checkImage(cleaned, 'photo-cleaned.jpg', null), {
    format: 'jpeg', risk: 'none', findings: [], hasMetadata: false, cleanable: true,
  });
});

test('a name alone (videos, large files): the file name is still read', () => {
  const result = checkImage(new Uint8Array(0), 'jsmith_03041951.mp4', undefined);
  assert.deepEqual(imageResult(result), result);
  assert.ok(result.findings.some((f) => f.source === 'file-name' && f.label === 'DATE_OF_BIRTH'), JSON.stringify(result.findings));
  assert.equal(result.cleanable, false);
});

test('a photo with nothing to hide, and a file cleanImage cannot take', () => {
  assert.deepEqual(checkImage(cleanJpeg(), 'sunset.jpg', undefined).findings, []);
  assert.throws(() => cleanImage(new Uint8Array([1, 2, 3])));
  assert.throws(() => cleanImage(new Uint8Array(0)));
});
