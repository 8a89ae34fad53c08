// The checker's coalescing: one request in flight, newest text wins, stale
// replies dropped, failures reported as "unavailable".
import { test } from 'node:test';
import assert from 'node:assert/strict';

// A fake runtime.sendMessage whose replies the test releases by hand.
const sent = [];
globalThis.chrome = {
  runtime: {
    sendMessage(msg) {
      return new Promise((resolve, reject) => sent.push({ msg, resolve, reject }));
    },
  },
};
const { createChecker } = await import('../content/checker.js');

const report = (risk) => ({ schemaVersion: 1, risk, score: 0, findings: [], reasons: [] });
const tick = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  sent.length = 0;
  const results = [];
  const busy = [];
  const checker = createChecker({ platform: 'twitter', onResult: (r) => results.push(r), onBusy: (b) => busy.push(b) });
  return { checker, results, busy };
}

test('typing while a check is in flight sends only the newest text next', async () => {
  const { checker, results } = setup();
  const first = checker.check('a');
  checker.check('ab');
  const last = checker.check('abc');
  assert.deepEqual(sent.map((s) => s.msg.text), ['a']);
  assert.deepEqual(sent[0].msg, { type: 'analyze', text: 'a', options: { platform: 'twitter' } });

  sent[0].resolve({ report: report('none') }); // stale: dropped, 'abc' goes out
  await tick();
  assert.deepEqual(sent.map((s) => s.msg.text), ['a', 'abc']);
  assert.equal(results.length, 0);

  sent[1].resolve({ report: report('high') });
  const [r1, r3] = await Promise.all([first, last]);
  assert.equal(r3.text, 'abc');
  assert.equal(r3.report.risk, 'high');
  assert.equal(r1, r3); // earlier waiters get the newest result
  assert.deepEqual(results.map((r) => r.text), ['abc']);
});

test('the same text again needs no new request', async () => {
  const { checker } = setup();
  const p = checker.check('same');
  sent[0].resolve({ report: report('low') });
  await p;
  assert.equal(checker.resultFor('same').report.risk, 'low');
  assert.equal(checker.resultFor('other'), null);
  await checker.check('same');
  assert.equal(sent.length, 1);
});

test('going back to the text in flight cancels the queued one', async () => {
  const { checker, results } = setup();
  const p = checker.check('x');
  checker.check('xy');
  checker.check('x');
  sent[0].resolve({ report: report('none') });
  await p;
  assert.equal(sent.length, 1);
  assert.deepEqual(results.map((r) => r.text), ['x']);
});

test('a dead background reads as unavailable, never as "none"', async () => {
  const { checker, results, busy } = setup();
  const p = checker.check('t');
  sent[0].reject(new Error('Could not establish connection. Receiving end does not exist.'));
  const r = await p;
  assert.equal(r.error, 'unavailable');
  assert.match(r.detail, /Receiving end/);
  assert.equal(results.length, 1);
  assert.deepEqual(busy, [true, false]);
});

test('an error reply from the worker is passed on', async () => {
  const { checker } = setup();
  const p = checker.check('t');
  sent[0].resolve({ error: 'unavailable', detail: 'CompileError' });
  assert.deepEqual(await p, { text: 't', error: 'unavailable', detail: 'CompileError' });
});
