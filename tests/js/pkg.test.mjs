// Tests the shipped WebAssembly module (pkg/ after wasm-opt) in Node: a broken
// optimiser output or a binding mistake shows up here, not in a user's browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync, analyze, version, schemaVersion } from '../../pkg/carecheck.js';

initSync({ module: readFileSync(new URL('../../pkg/carecheck_bg.wasm', import.meta.url)) });

const slice = (text, f) => text.slice(f.start, f.end);

test('a post with an NHS number is high and the number is marked', () => {
  const text = 'Mrs Joan Ellis, NHS 943 476 5919, on Ward 7B with sepsis today';
  const report = analyze(text, { platform: 'twitter' });
  assert.equal(report.schemaVersion, schemaVersion());
  assert.equal(report.risk, 'high');
  const nhs = report.findings.find((f) => f.label === 'NHS_NUMBER');
  assert.ok(nhs, 'NHS_NUMBER finding');
  assert.equal(slice(text, nhs), '943 476 5919');
  assert.ok(nhs.reason.length > 10 && typeof nhs.advice === 'string');
  assert.ok(report.reasons.length > 0 && report.reasons[0].duty);
});

test('offsets are UTF-16 units, right after emoji and non-Latin text', () => {
  const text = '🦸‍♀️ 患者 Zoë — NHS 943 476 5919 for Mrs Joan Ellis with sepsis';
  const report = analyze(text);
  const nhs = report.findings.find((f) => f.label === 'NHS_NUMBER');
  assert.equal(slice(text, nhs), '943 476 5919');
  const people = report.findings.filter((f) => f.label === 'PERSON').map((f) => slice(text, f));
  assert.ok(people.includes('Mrs Joan Ellis'), `names found: ${people}`);
  // Every span starts and ends on a whole character: no half of a surrogate pair.
  for (const f of report.findings) {
    assert.ok(!/^[\uDC00-\uDFFF]/.test(text.slice(f.start)), 'start inside a surrogate pair');
    assert.ok(!/^[\uDC00-\uDFFF]/.test(text.slice(f.end)), 'end inside a surrogate pair');
  }
});

test('a safe post has no findings', () => {
  const report = analyze('Remember to drink water on shift, everyone.', null);
  assert.equal(report.risk, 'none');
  assert.deepEqual(report.findings, []);
});

test('bad options are a JS error, not a crash', () => {
  assert.throws(() => analyze('x', { platform: 5 }), /invalid options/);
  // The module still works after an error.
  assert.equal(analyze('hello', undefined).risk, 'none');
});

test('huge and odd input never traps', () => {
  const big = '💉 Ward 7B '.repeat(20000) + '\u0000\uFFFD';
  assert.ok(['none', 'low', 'high'].includes(analyze(big).risk));
  assert.equal(typeof version(), 'string');
});
