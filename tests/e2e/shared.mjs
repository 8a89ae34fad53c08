// Test bodies shared by x.test.mjs and facebook.test.mjs (same contract, two editors).
//
// The DOM contract under test (issue 3):
//   - one <carecheck-ui> appended to document.documentElement, OPEN shadow root with all the UI;
//   - per watched composer a [data-carecheck-panel] with data-risk none|low|high (correct within
//     300 ms after typing stops), data-audience public|limited|unknown, role=status (low) /
//     role=alert (high), readable text;
//   - each underline [data-carecheck-mark][data-label=<finding label>];
//   - confirm dialog [data-carecheck-confirm][role=alertdialog] with [data-action=edit] / [data-action=post];
//   - tooltip apply button [data-carecheck-apply] (agreed in EXT_BRIEF.md).

import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import {
  launch,
  EDITORS,
  editor,
  editorText,
  editorSelection,
  submissions,
  focusEditor,
  typeHuman,
  paste,
  imeCompose,
  uiState,
  waitForUi,
  waitForRisk,
  describeUi,
  unionRect,
  sleep,
} from './harness.mjs';

export const RISKY = 'Mrs Joan Ellis, NHS 943 476 5919, on Ward 7B with sepsis today';
export const SAFE = 'Remember to drink water on shift everyone';
export const LATENCY_MS = Number(process.env.CARECHECK_LATENCY_MS || 300);

// One browser with the extension for a whole test file: launched before its
// first test (onReady gets the harness), closed after the last.
export function launchForFile(onReady) {
  let h;
  before(async () => {
    h = await launch();
    await h.serviceWorker();
    onReady(h);
  });
  after(async () => {
    if (process.env.CARECHECK_E2E_LOGS === '1' && h) console.log(h.logs.join('\n'));
    await h?.close();
  });
}

// A clearer failure when the core itself says "none" for the risky text: the
// UI cannot be blamed for that.
export async function coreHint(h, text = RISKY) {
  try {
    const r = await h.coreAnalyze(text);
    if (!r) return '\n  (background returned nothing for {type:"analyze"})';
    if (r.error) return `\n  (background analyze error: ${r.error})`;
    const report = r.report ?? r;
    return `\n  core report for the text: risk=${report.risk}, findings=${JSON.stringify((report.findings ?? []).map((f) => `${f.label}[${f.start},${f.end})`))}` +
      (report.risk === 'none' ? '\n  -> the CORE says none (recognizers not implemented yet?), not a UI bug' : '');
  } catch (e) {
    return `\n  (could not ask the background: ${e.message})`;
  }
}

export async function expectRisk(h, page, name, risk, opts = {}) {
  try {
    return await waitForRisk(page, name, risk, opts);
  } catch (e) {
    e.message += risk !== 'none' ? await coreHint(h) : '';
    throw e;
  }
}

// Typing a text into an editor from empty, like a person.
export async function typeInto(page, name, text) {
  await focusEditor(page, name);
  await typeHuman(page, text);
}

// ------------------------------------------------------------------ assertions

export async function assertHost(page) {
  const info = await page.evaluate(() => window.__cc.hostInfo());
  assert.equal(info.count, 1, `exactly one <carecheck-ui> expected, found ${info.count}`);
  assert.equal(info.parentIsDocumentElement, true, '<carecheck-ui> must be a child of document.documentElement');
  assert.equal(info.openShadowRoot, true, '<carecheck-ui> must have an OPEN shadow root');
  // Nothing of ours inside the page's DOM apart from the host.
  const leaked = await page.evaluate(
    () => document.querySelectorAll('[data-carecheck-panel],[data-carecheck-mark],[data-carecheck-confirm]').length,
  );
  assert.equal(leaked, 0, 'extension UI must live in the shadow root, not in the page DOM');
}

export function assertHighPanel(st) {
  assert.equal(st.panel.risk, 'high');
  assert.equal(st.panel.role, 'alert', 'a high panel must have role="alert"');
  assert.ok(st.panel.text.length >= 10, `panel text should be readable, got ${JSON.stringify(st.panel.text)}`);
  assert.ok(['public', 'limited', 'unknown'].includes(st.panel.audience), `data-audience=${st.panel.audience}`);
}

export async function waitForMarks(page, name, labels, timeout = 3000) {
  return waitForUi(page, name, (st) => labels.every((l) => st.marks.some((m) => m.label === l && m.visible)), {
    timeout,
    what: `visible marks with data-label ${labels.join(' and ')}`,
  });
}

// waitForMarks, with what the core says when it fails.
export async function expectMarks(h, page, name, labels, timeout = 3000) {
  try {
    return await waitForMarks(page, name, labels, timeout);
  } catch (e) {
    e.message += await coreHint(h);
    throw e;
  }
}

// The mark boxes with `label` must cover `word` and stay inside `within`
// (the phrase the finding may span), on the same line.
export async function assertMarkOver(page, name, label, word, within) {
  const st = await uiState(page, name);
  const marks = st.marks.filter((m) => m.label === label && m.visible);
  assert.ok(marks.length > 0, `no visible ${label} mark\n${describeUi(st)}`);
  const box = unionRect(marks.map((m) => m.rect));
  const w = await page.evaluate(([sel, t]) => window.__cc.wordRect(sel, t), [EDITORS[name], word]);
  const outer = await page.evaluate(([sel, t]) => window.__cc.wordRect(sel, t), [EDITORS[name], within]);
  assert.ok(w && outer, `"${word}" not found in the editor DOM`);
  const tol = 3;
  const detail = `mark ${JSON.stringify(box)} word ${JSON.stringify(w)} phrase ${JSON.stringify(outer)}`;
  assert.ok(box.left <= w.left + tol && box.right >= w.right - tol, `${label} mark does not cover "${word}": ${detail}`);
  assert.ok(box.left >= outer.left - tol && box.right <= outer.right + tol, `${label} mark extends beyond "${within}": ${detail}`);
  assert.ok(box.top < w.bottom && box.bottom > w.top, `${label} mark is not on the line of "${word}": ${detail}`);
}

// Confirm dialog visible with the right role and buttons.
export async function expectConfirm(page, name, timeout = 2000) {
  const st = await waitForUi(page, name, (s) => !!s.confirm, { timeout, what: 'the confirm dialog [data-carecheck-confirm]' });
  assert.equal(st.confirm.role, 'alertdialog');
  assert.ok(st.confirm.buttons.includes('edit') && st.confirm.buttons.includes('post'), `buttons: ${st.confirm.buttons}`);
  return st;
}

export async function expectNoConfirm(page, name, ms = 300) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const st = await uiState(page, name);
    assert.equal(st.confirm, null, `unexpected confirm dialog: ${JSON.stringify(st.confirm)}`);
    await sleep(50);
  }
}

export const clickConfirm = (page, action) => page.locator(`[data-carecheck-confirm] [data-action="${action}"]`).click();

export async function waitForSubmissions(page, n, timeout = 2000) {
  const end = Date.now() + timeout;
  let s;
  while (Date.now() < end) {
    s = await submissions(page);
    if (s.length >= n) break;
    await sleep(30);
  }
  // and make sure it stays at n (no double submit)
  await sleep(300);
  return submissions(page);
}

export async function focusIsIn(page, name) {
  return page.evaluate((sel) => {
    const ed = document.querySelector(sel);
    return !!ed && (document.activeElement === ed || ed.contains(document.activeElement));
  }, EDITORS[name]);
}

// Hover (then, failing that, click) the mark with `label` and return the apply button locator.
export async function openTooltip(page, name, label) {
  const st = await waitForMarks(page, name, [label]);
  const m = st.marks.find((x) => x.label === label && x.visible);
  const cx = m.rect.left + m.rect.width / 2;
  const cy = m.rect.top + m.rect.height / 2;
  const apply = page.locator('[data-carecheck-apply]');
  await page.mouse.move(cx - 30, cy - 30);
  await page.mouse.move(cx, cy, { steps: 5 });
  try {
    await apply.first().waitFor({ state: 'visible', timeout: 1500 });
    return apply.first();
  } catch {}
  // focus path: keyboard focus into the finding (caret inside the word)
  await page.mouse.click(cx, cy);
  try {
    await apply.first().waitFor({ state: 'visible', timeout: 1500 });
    return apply.first();
  } catch {}
  throw new Error(
    `no visible [data-carecheck-apply] after hovering (and clicking) the ${label} mark at (${cx.toFixed(0)}, ${cy.toFixed(0)})\n${describeUi(await uiState(page, name))}`,
  );
}

// Polls the editor's own text until it equals `expected` (editors may settle
// asynchronously, e.g. Draft resolves a composition 20 ms after compositionend).
export async function waitForText(page, name, expected, timeout = 1500) {
  const end = Date.now() + timeout;
  let t;
  while ((t = await editorText(page, name)) !== expected && Date.now() < end) await sleep(30);
  assert.equal(t, expected);
}

// Runs a keyboard script and records the editor's own text/selection after each step.
export async function runScript(page, name, steps, settle) {
  const out = [];
  for (const step of steps) {
    if (step.type) await typeHuman(page, step.type);
    if (step.press) for (const k of [].concat(step.press)) await page.keyboard.press(k);
    await sleep(settle);
    const text = await editorText(page, name);
    const sel = await editorSelection(page, name);
    const dom = await page.evaluate((s) => window.__cc.domSelection(s), EDITORS[name]);
    out.push({ step: step.type ? `type ${JSON.stringify(step.type)}` : `press ${[].concat(step.press).join(',')}`, text, sel: sel && { start: sel.start, end: sel.end }, domInEditor: dom.inEditor, domText: dom.text });
  }
  return out;
}

export const CARET_SCRIPT = [
  { type: 'Mrs Joan Ellis on Ward 7B' },
  { press: 'Home' },
  { type: 'Update: ' },
  { press: 'End' },
  { type: ', NHS 943 476 5919' },
  { press: ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft'] },
  { type: 'X' },
  { press: 'Backspace' },
  { press: ['Shift+ArrowLeft', 'Shift+ArrowLeft', 'Shift+ArrowLeft'] },
  { type: 'abc' },
  { press: 'Control+z' },
  { press: 'Control+z' },
  { press: 'End' },
  { type: ' today' },
];

// In-page latency from the last keydown to "panel shows a completed check with `risk`":
// the panel's data-revision changed after that keydown (when the panel has one) and
// data-risk === risk. A capture keydown listener stamps performance.now(); a
// MutationObserver on the shadow root stamps the first qualifying change.
export async function installKeyClock(page, name, risk) {
  await page.evaluate(
    ([sel, risk]) => {
      const S = (window.__ccClock ??= {});
      S.sel = sel;
      S.risk = risk;
      S.check = () => {
        const p = window.__cc.panelFor(S.sel);
        if (!p) return false;
        const rev = p.getAttribute('data-revision');
        return (rev === null || rev !== S.keyRev) && p.getAttribute('data-risk') === S.risk;
      };
      if (S.installed) return;
      S.installed = true;
      window.addEventListener(
        'keydown',
        () => {
          S.keyT = performance.now();
          S.hitT = null;
          const p = window.__cc.panelFor(S.sel);
          S.keyRev = p ? p.getAttribute('data-revision') : null;
        },
        true,
      );
      const observe = () => {
        const root = window.__cc.root();
        if (!root) return setTimeout(observe, 20);
        new MutationObserver(() => {
          if (S.keyT != null && S.hitT == null && S.check()) S.hitT = performance.now();
        }).observe(root, { subtree: true, attributes: true, childList: true, characterData: true });
      };
      observe();
    },
    [EDITORS[name], risk],
  );
}

export async function settleLatency(page, name, timeout = 3000) {
  return page.evaluate(
    (timeout) =>
      new Promise((resolve) => {
        const S = window.__ccClock;
        const t0 = S.keyT;
        const tick = () => {
          if (S.hitT != null) return resolve({ ms: S.hitT - t0 });
          const p = window.__cc.panelFor(S.sel);
          // no revision attribute and already right when the key went down: 0
          if (p && p.getAttribute('data-revision') === null && S.check()) return resolve({ ms: 0, noRevision: true });
          if (performance.now() - t0 > timeout) return resolve({ ms: null, state: window.__cc.state(S.sel) });
          setTimeout(tick, 5);
        };
        tick();
      }),
    timeout,
  );
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

export { editor, editorText, submissions, focusEditor, typeHuman, paste, imeCompose, uiState, waitForUi, describeUi, sleep };
