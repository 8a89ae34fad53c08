// End-to-end harness: bundles the fixture apps, launches Debian's Chromium with
// the unpacked extension (dist/chrome, unmodified), serves the fixtures at the
// REAL hostnames through Playwright routing (no network, no certificates) with
// a strict CSP, records every request, and offers page helpers.
//
// Environment:
//   CARECHECK_DIST       extension directory (default <repo>/dist/chrome)
//   CHROMIUM             browser binary (default /usr/bin/chromium)
//   CARECHECK_HEADED=1   show the browser (needs a display)
//   CARECHECK_SLOWMO=ms  slow every Playwright action down

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import * as esbuild from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '..', '..');
export const DIST = path.resolve(process.env.CARECHECK_DIST || path.join(ROOT, 'dist', 'chrome'));
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:";

// Where each fixture is served. `baseline-*` serve the same app at a host the
// extension's content scripts do not match, to compare editor behaviour with
// and without the extension in the same browser.
export const SITES = {
  x: { origin: 'https://x.com', app: 'x', path: '/home', title: 'Home / X' },
  twitter: { origin: 'https://twitter.com', app: 'x', path: '/home', title: 'Home / X' },
  facebook: { origin: 'https://www.facebook.com', app: 'facebook', path: '/', title: 'Facebook' },
  'baseline-x': { origin: 'https://carecheck-baseline.test', app: 'x', path: '/home', title: 'Home / X' },
  'baseline-facebook': { origin: 'https://carecheck-baseline-fb.test', app: 'facebook', path: '/', title: 'Facebook' },
};
export const FIXTURE_ORIGINS = [...new Set(Object.values(SITES).map((s) => s.origin))];

// Selectors for each editor the fixtures render, by the name the fixture registers.
export const EDITORS = {
  home: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]',
  modal: '#layers [role="dialog"] [data-fixture-composer="modal"] [data-testid="tweetTextarea_0"]',
  modal1: '#layers [role="dialog"] [data-fixture-composer="modal"] [data-testid="tweetTextarea_1"]',
  reply: '#layers [role="dialog"] [data-fixture-composer="reply"] [data-testid="tweetTextarea_0"]',
  composer: '[role="dialog"] [data-lexical-editor="true"][aria-label="What\'s on your mind, Maya?"]',
  comment: '[data-lexical-editor="true"][aria-label="Write a public comment…"]',
};
export const POST_BUTTONS = {
  home: '[data-testid="primaryColumn"] button[data-testid="tweetButtonInline"]',
  modal: '#layers [data-fixture-composer="modal"] button[data-testid="tweetButton"]',
  reply: '#layers [data-fixture-composer="reply"] button[data-testid="tweetButton"]',
  composer: '[role="dialog"] div[role="button"][aria-label="Post"]',
};

// Where each composer's attachments go in and show: the file input, the
// site's preview list, and a preview's remove button.
export const ATTACHMENTS = {
  home: {
    input: '[data-testid="primaryColumn"] input[data-testid="fileInput"]',
    list: '[data-testid="primaryColumn"] [data-testid="attachments"]',
    remove: '[data-testid="primaryColumn"] [data-testid="attachments"] button[aria-label="Remove media"]',
  },
  composer: {
    input: '[role="dialog"] input[type="file"]',
    list: '[role="dialog"] [aria-label="Attachments"]',
    remove: '[role="dialog"] [aria-label="Attachments"] [role="button"][aria-label="Remove photo or video"]',
  },
};
export const ATTACH_WAYS = ['input', 'paste', 'drop'];

// ---------------------------------------------------------------------------
// Fixture bundling (once per process)

let bundling = null;
export function bundleFixtures() {
  bundling ??= (async () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'carecheck-fixtures-'));
    await esbuild.build({
      entryPoints: { x: path.join(HERE, 'fixtures', 'x.jsx'), facebook: path.join(HERE, 'fixtures', 'facebook.jsx') },
      bundle: true,
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
      loader: { '.css': 'text' },
      format: 'iife',
      target: 'chrome120',
      minify: false,
      outdir,
      logLevel: 'error',
      absWorkingDir: ROOT,
    });
    return {
      outdir,
      js: {
        x: fs.readFileSync(path.join(outdir, 'x.js')),
        facebook: fs.readFileSync(path.join(outdir, 'facebook.js')),
      },
    };
  })();
  return bundling;
}

function html(site) {
  const s = SITES[site];
  const mount = s.app === 'x' ? '<div id="react-root"></div><div id="layers"></div>' : '<div id="mount"></div><div id="fb-layers"></div>';
  return `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${s.title}</title>
<link rel="icon" href="data:,">
</head><body>${mount}
<script src="/__fixture__/${s.app}.js"></script>
</body></html>`;
}

// ---------------------------------------------------------------------------
// Page-side helpers, installed in the main world of every test page.

const PAGE_HELPERS = String.raw`
(() => {
  const cc = {};
  cc.host = () => {
    const all = document.querySelectorAll('carecheck-ui');
    return all.length ? all[0] : null;
  };
  cc.hostInfo = () => {
    const all = [...document.querySelectorAll('carecheck-ui')];
    const h = all[0];
    return {
      count: all.length,
      parentIsDocumentElement: !!h && h.parentNode === document.documentElement,
      openShadowRoot: !!(h && h.shadowRoot),
    };
  };
  cc.root = () => cc.host()?.shadowRoot ?? null;
  cc.rect = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height, top: r.top, left: r.left, right: r.right, bottom: r.bottom }; };
  cc.visible = (el) => { const r = el.getBoundingClientRect(); const cs = getComputedStyle(el); return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none'; };
  cc.panels = () => [...(cc.root()?.querySelectorAll('[data-carecheck-panel]') ?? [])];
  cc.describePanel = (p) => p && ({
    risk: p.getAttribute('data-risk'),
    audience: p.getAttribute('data-audience'),
    role: p.getAttribute('role'),
    revision: p.getAttribute('data-revision') ?? p.getAttribute('data-carecheck-revision'),
    text: (p.innerText || p.textContent || '').replace(/\s+/g, ' ').trim(),
    visible: cc.visible(p),
    rect: cc.rect(p),
  });
  function dist(a, b) {
    const dx = Math.max(0, a.left - b.right, b.left - a.right);
    const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
    return Math.hypot(dx, dy);
  }
  // The panel that belongs to an editor: the only one, else the visible one
  // nearest the editor's composer box (ties: the most recently added).
  cc.panelFor = (editorSel) => {
    const panels = cc.panels();
    if (panels.length <= 1) return panels[0] ?? null;
    const ed = editorSel ? document.querySelector(editorSel) : null;
    if (!ed) return panels[panels.length - 1];
    const box = (ed.closest('[data-fixture-composer]') ?? ed.closest('[role=dialog]') ?? ed.closest('.comment-wrap') ?? ed).getBoundingClientRect();
    let best = null, bestD = Infinity;
    panels.forEach((p) => {
      if (!cc.visible(p)) return;
      const d = dist(p.getBoundingClientRect(), box);
      if (d <= bestD) { best = p; bestD = d; }
    });
    return best ?? panels[panels.length - 1];
  };
  cc.state = (editorSel) => ({
    host: cc.hostInfo(),
    panel: cc.describePanel(cc.panelFor(editorSel)),
    panels: cc.panels().map(cc.describePanel),
    marks: cc.marks(),
    confirm: cc.confirm(),
  });
  cc.marks = () => [...(cc.root()?.querySelectorAll('[data-carecheck-mark]') ?? [])].map((m) => ({
    label: m.getAttribute('data-label'), rect: cc.rect(m), visible: cc.visible(m),
  }));
  cc.confirm = () => {
    const d = cc.root()?.querySelector('[data-carecheck-confirm]');
    if (!d || !cc.visible(d)) return null;
    return { role: d.getAttribute('role'), text: (d.innerText || d.textContent || '').replace(/\s+/g, ' ').trim(),
      buttons: [...d.querySelectorAll('[data-action]')].map((b) => b.getAttribute('data-action')) };
  };
  // Rect of the first occurrence of 'word' inside the editor's DOM text.
  cc.wordRect = (editorSel, word) => {
    const ed = document.querySelector(editorSel);
    const walker = document.createTreeWalker(ed, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf(word);
      if (i >= 0) { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + word.length); return cc.rect(r); }
    }
    return null;
  };
  cc.domSelection = (editorSel) => {
    const s = getSelection();
    const ed = document.querySelector(editorSel);
    return { inEditor: !!(ed && s.anchorNode && ed.contains(s.anchorNode)), text: s.toString(), collapsed: s.isCollapsed };
  };
  Object.defineProperty(window, '__cc', { value: cc, enumerable: false });
})();
`;

// ---------------------------------------------------------------------------
// Launch

export function distProblem(dist = DIST) {
  if (!fs.existsSync(dist)) return `${dist} does not exist: run ./build.sh first (it assembles dist/chrome from extension/ + pkg/)`;
  if (!fs.existsSync(path.join(dist, 'manifest.json'))) return `${dist}/manifest.json is missing: dist/chrome is incomplete, re-run ./build.sh`;
  return null;
}

/**
 * Runs axe-core (from npm) on a page and returns its violations, each as
 * {id, impact, help, nodes}: an empty list means no accessibility problem found.
 */
export async function runAxe(page) {
  const source = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  // page.addScriptTag({content}) adds an inline <script>, which the extension
  // page's CSP (script-src 'self') refuses; the DevTools protocol's evaluate
  // is not bound by the CSP, so axe is injected that way.
  await page.evaluate(source);
  assert.equal(await page.evaluate(() => typeof window.axe?.run), 'function', 'axe-core loaded');
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/**
 * Launches Chromium with the built extension and returns what the extension-page
 * tests need: the harness, the extension's service worker, its id and its
 * built manifest (to find the popup and options pages as the browser does).
 */
export async function launchExtension() {
  const problem = distProblem();
  if (problem) throw new Error(`CareCheck e2e: ${problem}`);
  const h = await launch();
  const sw = await h.serviceWorker();
  const id = await h.extensionId();
  const manifest = JSON.parse(fs.readFileSync(path.join(h.dist, 'manifest.json'), 'utf8'));
  return { h, sw, id, manifest };
}

export async function launch({ extension = true, dist = DIST } = {}) {
  if (extension) {
    const problem = distProblem(dist);
    if (problem) throw new Error(`CareCheck e2e: ${problem}`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`CareCheck e2e: Chromium not found at ${CHROMIUM} (set CHROMIUM=...)`);
  const bundles = await bundleFixtures();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carecheck-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ];
  if (extension) args.unshift(`--disable-extensions-except=${dist}`, `--load-extension=${dist}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: process.env.CARECHECK_HEADED !== '1',
    args,
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
    viewport: { width: 1280, height: 900 },
    slowMo: Number(process.env.CARECHECK_SLOWMO || 0) || undefined,
  });
  const h = new Harness(context, userDataDir, bundles, extension ? dist : null);
  await h._setup();
  return h;
}

export class Harness {
  constructor(context, userDataDir, bundles, dist) {
    this.context = context;
    this.userDataDir = userDataDir;
    this.bundles = bundles;
    this.dist = dist;
    this.requests = []; // every request the browser made: {url, method, resourceType, page}
    this.logs = []; // console errors and page errors from test pages
    this.fixtureHits = []; // fixture responses served: {url, csp}
  }

  async _setup() {
    const { context } = this;
    context.on('request', (r) => {
      let frameUrl = null;
      try {
        frameUrl = r.frame()?.url() ?? null;
      } catch {}
      this.requests.push({ url: r.url(), method: r.method(), resourceType: r.resourceType(), frameUrl });
    });
    context.on('page', (p) => this._watchPage(p));
    for (const p of context.pages()) this._watchPage(p);
    await context.addInitScript({ content: PAGE_HELPERS });

    // Anything not explicitly served is refused (the machine has no network anyway).
    await context.route(
      (url) => !url.protocol.startsWith('chrome-extension') && /^https?:$/.test(url.protocol),
      (route) => route.abort('blockedbyclient'),
    );
    for (const [site, s] of Object.entries(SITES)) {
      const host = new URL(s.origin).host;
      await context.route(
        (url) => url.protocol === 'https:' && url.host === host,
        (route) => this._serve(site, route),
      );
    }
  }

  _watchPage(p) {
    p.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') this.logs.push(`[${m.type()}] ${p.url()}: ${m.text()}`);
    });
    p.on('pageerror', (e) => this.logs.push(`[pageerror] ${p.url()}: ${e.message}`));
  }

  async _serve(site, route) {
    const s = SITES[site];
    const url = new URL(route.request().url());
    const headers = { 'content-security-policy': CSP, 'cache-control': 'no-store' };
    let body;
    let status = 200;
    if (url.pathname.startsWith('/__fixture__/')) {
      const name = url.pathname.slice('/__fixture__/'.length).replace(/\.js$/, '');
      body = this.bundles.js[name];
      if (!body) status = 404;
      headers['content-type'] = 'application/javascript; charset=utf-8';
    } else if (url.pathname === '/favicon.ico' || /\.(png|ico|svg|json|js|css|map)$/.test(url.pathname)) {
      status = 404;
      body = '';
      headers['content-type'] = 'text/plain';
    } else {
      body = html(site);
      headers['content-type'] = 'text/html; charset=utf-8';
    }
    this.fixtureHits.push({ url: url.href, status, csp: headers['content-security-policy'] });
    await route.fulfill({ status, headers, body: body ?? '' });
  }

  // Requests to anything but the fixture origins and the extension itself.
  foreignRequests() {
    return this.requests.filter((r) => {
      if (/^(chrome-extension|data|blob|about):/.test(r.url)) return false;
      return !FIXTURE_ORIGINS.some((o) => r.url === o || r.url.startsWith(o + '/'));
    });
  }

  async serviceWorker(timeout = 20000) {
    if (!this.dist) throw new Error('launched without the extension');
    const isExt = (w) => w.url().startsWith('chrome-extension://');
    let sw = this.context.serviceWorkers().find(isExt);
    if (!sw) {
      try {
        sw = await this.context.waitForEvent('serviceworker', { predicate: isExt, timeout });
      } catch {
        throw new Error(
          `CareCheck e2e: the extension's service worker did not start within ${timeout} ms ` +
            `(check ${this.dist}/manifest.json "background" and that background.js loads)`,
        );
      }
    }
    return sw;
  }

  async extensionId() {
    const sw = await this.serviceWorker();
    return new URL(sw.url()).host;
  }

  // Opens a fixture. opts: {path, query: {k: v}}
  async open(site, opts = {}) {
    const s = SITES[site];
    if (!s) throw new Error(`unknown site ${site}`);
    const url = new URL(opts.path ?? s.path, s.origin);
    for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, String(v));
    const page = await this.context.newPage();
    await page.goto(url.href, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__fixtureReady === true, null, { timeout: 10000 });
    return page;
  }

  // Sends `message` to the extension's background from an extension page,
  // exactly as the content script would, and returns the reply.
  // Diagnostic and verification only: tells "the core says none" apart from
  // "the UI is wrong", and checks files the extension produced.
  async coreMessage(message) {
    const id = await this.extensionId();
    const manifest = JSON.parse(fs.readFileSync(path.join(this.dist, 'manifest.json'), 'utf8'));
    const popup = manifest.action?.default_popup;
    const page = await this.context.newPage();
    try {
      await page.goto(`chrome-extension://${id}/${popup || 'manifest.json'}`);
      return await page.evaluate(
        (message) =>
          Promise.race([
            chrome.runtime.sendMessage(message),
            new Promise((r) => setTimeout(() => r({ error: 'timeout (no reply in 5 s)' }), 5000)),
          ]),
        message,
      );
    } catch (e) {
      return { error: String(e.message || e) };
    } finally {
      await page.close();
    }
  }

  // The background's report for a text ({type:'analyze', text, options}).
  coreAnalyze(text, options = {}) {
    return this.coreMessage({ type: 'analyze', text, options });
  }

  async close() {
    try {
      await this.context.close();
    } finally {
      fs.rmSync(this.userDataDir, { recursive: true, force: true });
    }
  }
}

// ---------------------------------------------------------------------------
// Page helpers

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function editor(page, name) {
  const sel = EDITORS[name];
  if (!sel) throw new Error(`unknown editor ${name}`);
  return page.locator(sel);
}

export const editorText = (page, name) => page.evaluate((n) => window.__editorText(n), name);
export const editorSelection = (page, name) => page.evaluate((n) => window.__editorSelection(n), name);
export const submissions = (page) => page.evaluate(() => window.__submissions.slice());

// Focus an editor and put the caret at its end (a real click, like a person).
export async function focusEditor(page, name) {
  const loc = editor(page, name);
  await loc.waitFor({ state: 'visible', timeout: 10000 });
  await loc.click();
  await page.keyboard.press('Control+End');
}

// Type like a person: real key events, a small delay between keys.
export async function typeHuman(page, text, { delay = 8 } = {}) {
  await page.keyboard.type(text, { delay });
}

// Paste text. mode 'clipboard': write the system clipboard and press Ctrl+V (a
// real, trusted paste); mode 'event': dispatch a synthetic ClipboardEvent with
// a DataTransfer on the focused element (the editors handle it themselves).
export async function paste(page, text, { mode = 'clipboard' } = {}) {
  if (mode === 'clipboard') {
    const origin = new URL(page.url()).origin;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press('Control+V');
    return;
  }
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    const target = document.activeElement;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }));
  }, text);
}

// Files the user brings in by paste or drop: [{name, mimeType, buffer}]
// (Playwright's setInputFiles shape) travel as base64 and become File objects
// in one DataTransfer in the page.
// paste: a synthetic ClipboardEvent on the focused element, as a paste of a
//   copied photo arrives (like paste(..., {mode: 'event'})).
// drop: dragenter, dragover and drop from outside the page on the middle of
//   the first text in `selector` (the editors place a drop by its coordinates).
async function bringFiles(page, files, how, selector = null) {
  const list = files.map((f) => ({ name: f.name, type: f.mimeType, data: Buffer.from(f.buffer).toString('base64') }));
  await page.evaluate(
    ([list, how, sel]) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
      const init = { bubbles: true, cancelable: true, composed: true };
      if (how === 'paste') {
        document.activeElement.dispatchEvent(new ClipboardEvent('paste', { ...init, clipboardData: dt }));
        return;
      }
      const target = document.querySelector(sel);
      const text = document.createTreeWalker(target, NodeFilter.SHOW_TEXT).nextNode();
      const range = document.createRange();
      if (text) range.setStart(text, Math.floor(text.length / 2));
      const r = text ? range.getBoundingClientRect() : target.getBoundingClientRect();
      const at = { clientX: r.left + 1, clientY: r.top + r.height / 2 };
      for (const type of ['dragenter', 'dragover', 'drop']) {
        (text ? text.parentElement : target).dispatchEvent(new DragEvent(type, { ...init, ...at, dataTransfer: dt }));
      }
    },
    [list, how, selector],
  );
}

export const pasteFiles = (page, files) => bringFiles(page, files, 'paste');
export const dropFiles = (page, selector, files) => bringFiles(page, files, 'drop', selector);

// Attaches files to editor `name`'s post the way a person would: `how` is
// 'input' (the site's file picker), 'paste' (into the editor) or 'drop' (on
// its text; the editor needs some).
export async function attachFiles(page, name, files, how) {
  if (how === 'input') return page.locator(ATTACHMENTS[name].input).setInputFiles(files);
  if (how === 'drop') return dropFiles(page, EDITORS[name], files);
  await editor(page, name).focus();
  return pasteFiles(page, files);
}

// IME composition through CDP: each string in `steps` is the in-progress
// composition text; `commit` is inserted when the composition ends.
export async function imeCompose(page, steps, commit, { delay = 30 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const s of steps) {
      await cdp.send('Input.imeSetComposition', { text: s, selectionStart: s.length, selectionEnd: s.length });
      await sleep(delay);
    }
    await cdp.send('Input.insertText', { text: commit });
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export const uiState = (page, name) => page.evaluate((sel) => window.__cc.state(sel), name ? EDITORS[name] : null);
export const hostInfo = (page) => page.evaluate(() => window.__cc.hostInfo());

// Waits until `pred(state)` holds for the panel of editor `name`
// (state = {host, panel, panels, marks, confirm}); the error says what was seen.
export function waitForUi(page, name, pred, { timeout = 3000, what = 'condition' } = {}) {
  return pollUntil(() => uiState(page, name), pred, { timeout, what: `${what} (editor ${name})`, describe: describeUi });
}

// Reads `read()` until `pred` holds on what it returns, and returns that;
// after `timeout` ms fails with `describe(last value)`.
export async function pollUntil(read, pred, { timeout = 3000, what = 'condition', describe = JSON.stringify } = {}) {
  const deadline = Date.now() + timeout;
  let value;
  for (;;) {
    value = await read();
    if (pred(value)) return value;
    if (Date.now() > deadline) break;
    await sleep(40);
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}\n${await describe(value)}`);
}

export function describeUi(st) {
  if (!st) return '(no state)';
  const lines = [];
  lines.push(`  host: ${JSON.stringify(st.host)}`);
  if (!st.host.count) lines.push('  -> no <carecheck-ui> element: is the content script injected on this page?');
  else if (!st.host.openShadowRoot) lines.push('  -> <carecheck-ui> has no OPEN shadow root');
  lines.push(`  panels (${st.panels.length}): ${st.panels.map((p) => JSON.stringify({ risk: p.risk, audience: p.audience, role: p.role, revision: p.revision, text: p.text.slice(0, 160), visible: p.visible })).join('\n    ') || 'none'}`);
  lines.push(`  marks: ${JSON.stringify(st.marks.map((m) => m.label))}`);
  lines.push(`  confirm: ${JSON.stringify(st.confirm)}`);
  return lines.join('\n');
}

export function waitForRisk(page, name, risk, opts = {}) {
  return waitForUi(page, name, (st) => st.panel?.risk === risk, { what: `panel data-risk="${risk}"`, ...opts });
}

// Union rect of a list of rects.
export function unionRect(rects) {
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return { left, top, right, bottom, width: right - left, height: bottom - top };
}
