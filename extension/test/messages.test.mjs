// Message shapes between the content script and the background worker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ANALYZE, UNAVAILABLE, analyzeRequest, isAnalyzeRequest, readReply } from '../shared/messages.js';

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
