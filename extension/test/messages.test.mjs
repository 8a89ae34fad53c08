// Message shapes between the content script and the background worker:
// analysis, attached photos (checked and cleaned), base64 both ways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ANALYZE,
  CHECK_IMAGE,
  CLEAN_IMAGE,
  MAX_IMAGE_BYTES,
  UNAVAILABLE,
  analyzeRequest,
  base64FromDataUrl,
  base64ToBytes,
  bytesToBase64,
  checkImageRequest,
  cleanImageRequest,
  isAnalyzeRequest,
  isCheckImageRequest,
  isCleanImageRequest,
  readCleanReply,
  readImageReply,
  readReply,
} from '../shared/messages.js';
import { readFileSync } from 'node:fs';

// What the core's checkImage answers (shared with photos.test.mjs).
const { GPS: image } = JSON.parse(readFileSync(new URL('./image-results.json', import.meta.url), 'utf8'));

test('analyze requests carry the text and the platform only', () => {
  const msg = analyzeRequest('Bed 4', 'twitter');
  assert.deepEqual(msg, { type: ANALYZE, text: 'Bed 4', options: { platform: 'twitter' } });
  assert.ok(isAnalyzeRequest(msg));
  assert.ok(!isAnalyzeRequest({ type: ANALYZE }));
  assert.ok(!isAnalyzeRequest({ type: 'other', text: 'x' }));
  assert.ok(!isAnalyzeRequest(null));
});

test('replies: a report, an error, or (anything else) unavailable', () => {
  const report = { schemaVersion: 1, risk: 'high', score: 0.8, findings: [], reasons: [] };
  assert.deepEqual(readReply({ report }), { report });
  assert.deepEqual(readReply({ error: UNAVAILABLE, detail: 'CompileError' }), { error: UNAVAILABLE, detail: 'CompileError' });
  assert.equal(readReply(undefined).error, UNAVAILABLE); // no listener answered
  assert.equal(readReply({ report: { risk: 'none' } }).error, UNAVAILABLE); // malformed
});

test('image requests carry a name and base64 bytes; anything else is refused', () => {
  const msg = checkImageRequest('ward.jpg', '/9j/4AAQ');
  assert.deepEqual(msg, { type: CHECK_IMAGE, name: 'ward.jpg', data: '/9j/4AAQ' });
  assert.ok(isCheckImageRequest(msg));
  assert.ok(isCheckImageRequest(checkImageRequest('clip.mp4', '')), 'a name alone (videos, large files)');
  assert.ok(!isCheckImageRequest({ type: CHECK_IMAGE, name: 'a.jpg', data: { 0: 255, 1: 216 } }), 'bytes as an object');
  assert.ok(!isCheckImageRequest({ type: CHECK_IMAGE, name: 'a.jpg', data: 'not base64!' }));
  assert.ok(!isCheckImageRequest({ type: CHECK_IMAGE, name: 'a.jpg', data: 'abc' }), 'length not a multiple of 4');
  assert.ok(!isCheckImageRequest({ type: CHECK_IMAGE, data: '' }), 'no name');
  assert.ok(!isCheckImageRequest({ type: CHECK_IMAGE, name: 'big.jpg', data: 'A'.repeat(4 * Math.ceil(MAX_IMAGE_BYTES / 3) + 4) }), 'over the cap');

  assert.deepEqual(cleanImageRequest('/9j/'), { type: CLEAN_IMAGE, data: '/9j/' });
  assert.ok(isCleanImageRequest(cleanImageRequest('/9j/')));
  assert.ok(!isCleanImageRequest(cleanImageRequest('')), 'nothing to clean');
  assert.ok(!isCleanImageRequest({ type: CLEAN_IMAGE, data: new Uint8Array(4) }));
});

test('image replies: the core result copied field by field, else an error', () => {
  assert.deepEqual(readImageReply({ image: { ...image, extra: 'dropped' } }), { image });
  const bare = readImageReply({ image: { ...image, format: undefined, findings: [{ label: 'DATE', reason: 'taken at', extra: 1 }] } });
  assert.deepEqual(bare.image.findings, [{ label: 'DATE', severity: 'medium', reason: 'taken at', value: '', source: '' }]);
  assert.equal(bare.image.format, 'other');
  assert.deepEqual(readImageReply({ error: 'failed', detail: 'broken JPEG' }), { error: 'failed', detail: 'broken JPEG' });
  assert.equal(readImageReply(undefined).error, UNAVAILABLE);
  assert.equal(readImageReply({ image: { ...image, risk: 'severe' } }).error, UNAVAILABLE, 'unknown risk');
  assert.equal(readImageReply({ image: { ...image, cleanable: 'yes' } }).error, UNAVAILABLE);
  assert.equal(readImageReply({ image: { ...image, findings: [{ label: 'LOCATION' }] } }).error, UNAVAILABLE, 'a finding without a reason');

  assert.deepEqual(readCleanReply({ data: '/9j/' }), { data: '/9j/' });
  assert.deepEqual(readCleanReply({ error: 'failed', detail: 'not cleanable' }), { error: 'failed', detail: 'not cleanable' });
  assert.equal(readCleanReply({ data: '' }).error, UNAVAILABLE);
  assert.equal(readCleanReply({ data: [1, 2] }).error, UNAVAILABLE);
});

test('base64 both ways, over every byte value and more than one chunk', () => {
  const bytes = new Uint8Array(0x8000 * 2 + 7).map((_, i) => (i * 31 + 7) & 0xff);
  const text = bytesToBase64(bytes);
  assert.equal(text, Buffer.from(bytes).toString('base64'));
  assert.deepEqual(base64ToBytes(text), bytes);
  assert.deepEqual(base64ToBytes(''), new Uint8Array(0));
  assert.equal(bytesToBase64(new Uint8Array(0)), '');
  assert.equal(base64FromDataUrl('data:image/jpeg;base64,/9j/4A=='), '/9j/4A==');
  assert.equal(base64FromDataUrl('data:application/octet-stream;base64,'), '');
  assert.equal(base64FromDataUrl('data:text/plain,hello'), '', 'not base64');
});
