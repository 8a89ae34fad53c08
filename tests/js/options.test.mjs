// The shipped WebAssembly module with a user's options: the wire shape the
// background sends (shared/settings.js coreOptions) and watchlistHashes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync, analyze, watchlistHashes } from '../../pkg/carecheck.js';

initSync({ module: readFileSync(new URL('../../pkg/carecheck_bg.wasm', import.meta.url)) });

const KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
const TEXT = 'Mrs Joan Ellis, NHS 943 476 5919, with sepsis on larkspur today 🎉 cc @tquill_99';
const spans = (report) => report.findings.map((f) => `${f.label}:${TEXT.slice(f.start, f.end)}`);

test('my places, the allow-list and disabled labels change the findings', () => {
  const plain = spans(analyze(TEXT, { platform: 'twitter' }));
  assert.ok(plain.includes('PERSON:Mrs Joan Ellis'), plain.join(', '));
  assert.ok(!plain.some((s) => s.endsWith(':larkspur')));
  const got = spans(analyze(TEXT, {
    platform: 'twitter',
    places: ['ward: Larkspur'],
    allowlist: ['Joan Ellis'],
    disabledLabels: ['RECENCY'],
  }));
  assert.ok(got.includes('FACILITY:larkspur'), got.join(', '));
  assert.ok(!got.some((s) => s.startsWith('PERSON:') || s.startsWith('RECENCY:')), got.join(', '));
});

test('watchlist: hex keyed hashes, matched in posts (names and handles)', () => {
  const hashes = watchlistHashes(KEY, ['  JOAN   ellis ', '@TQuill_99', '   ']);
  assert.equal(hashes.length, 2);
  for (const h of hashes) assert.match(h, /^[0-9a-f]{64}$/);
  assert.deepEqual(watchlistHashes(KEY, ['joan ellis']), [hashes[0]]);
  assert.notDeepEqual(watchlistHashes('ff'.repeat(32), ['joan ellis']), [hashes[0]]);
  const report = analyze('saw joan ellis about her sepsis, cc @tquill_99', { watchlist: { key: KEY, hashes } });
  const labels = report.findings.map((f) => f.label);
  assert.ok(labels.includes('PERSON') && labels.includes('HANDLE'), labels.join(', '));
  assert.match(report.findings.find((f) => f.label === 'PERSON').reason, /watchlist/);
});

test('options of the wrong type are an error, unknown keys are ignored', () => {
  assert.throws(() => analyze('x', { places: 'not a list' }), /invalid options/);
  assert.equal(analyze('Drink water, everyone.', { someFutureKey: 1 }).risk, 'none');
});
