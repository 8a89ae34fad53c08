// "Checker unavailable": the extension must say so, never stay silent, when the
// WebAssembly core cannot load. Tested from outside with a COPY of dist/chrome
// whose .wasm files are corrupted (no test-only code in the extension).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, DIST, distProblem, focusEditor, typeHuman, uiState, describeUi, sleep } from './harness.mjs';
import { RISKY } from './shared.mjs';

let h;
let copy;
before(async () => {
  const problem = distProblem();
  if (problem) throw new Error(`CareCheck e2e: ${problem}`);
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'carecheck-broken-'));
  fs.cpSync(DIST, copy, { recursive: true });
  const wasm = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.wasm')) wasm.push(p);
    }
  };
  walk(copy);
  if (!wasm.length) throw new Error(`no .wasm file found under ${DIST}`);
  for (const p of wasm) fs.writeFileSync(p, Buffer.from('this is not webassembly'));
  h = await launch({ dist: copy });
  await h.serviceWorker();
});
after(async () => {
  await h?.close();
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

describe('checker unavailable', () => {
  it('a broken core is reported as "unavailable" in the panel (not silence, not "none")', async () => {
    const page = await h.open('x');
    await focusEditor(page, 'home');
    await typeHuman(page, RISKY);
    const end = Date.now() + 5000;
    let st;
    let uiText = '';
    while (Date.now() < end) {
      st = await uiState(page, 'home');
      uiText = await page.evaluate(() => {
        const r = window.__cc.root();
        return r ? [...r.querySelectorAll('*')].filter((e) => window.__cc.visible(e)).map((e) => e.textContent).join(' ') : '';
      });
      if (/unavailable/i.test(uiText)) break;
      await sleep(100);
    }
    assert.match(uiText, /unavailable/i, `no visible "unavailable" message in the extension UI\n${describeUi(st)}`);
    await page.close();
  });
});
