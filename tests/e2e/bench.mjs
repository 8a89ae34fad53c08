#!/usr/bin/env node
// Browser benchmark: time from a keystroke to the panel's update, measured in
// the page. A capture-phase keydown listener stamps performance.now(); a
// MutationObserver on the extension's open shadow root stamps the first change
// of the composer panel's data-revision (incremented on every completed check).
// Posts of 280 and 2,000 characters, N keystrokes each (alternating "x" and
// Backspace at the end so the length stays put), on the X and Facebook fixtures.
//
// Then attached photos: a camera-sized geotagged JPEG (5 MB or more) picked
// in the composer's file input, timed in the page from the input's change
// event to the panel showing the photo's LOCATION finding (read, base64,
// message to the worker, core, reply, render).
//
// Usage: node tests/e2e/bench.mjs [--n 50] [--photos 5] [--sites x,facebook] [--json]
// (run by `./build.sh bench` after ./build.sh has produced dist/chrome)

import { launch, distProblem, ATTACHMENTS, EDITORS, focusEditor, paste, sleep } from './harness.mjs';
import { geotaggedJpeg } from './images.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const N = Number(opt('n', 50));
const PHOTOS = Number(opt('photos', 5));
const SITES = opt('sites', 'x,facebook').split(',');
const JSON_OUT = args.includes('--json');

const problem = distProblem();
if (problem) {
  console.error(`bench: ${problem}`);
  process.exit(2);
}

const SEED =
  'Mrs Joan Ellis, NHS 943 476 5919, on Ward 7B with sepsis today. Handover at 19:30, family visiting tomorrow. ' +
  'Remember to drink water on shift everyone, and take your breaks. ';
function post(len) {
  let s = '';
  while (s.length < len) s += SEED;
  s = s.slice(0, len - 1);
  return s.replace(/\s+$/, '') .padEnd(len - 1, '.') + '.';
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1], min: s[0] };
}

async function benchOne(h, site, len) {
  const name = site === 'x' ? 'home' : 'composer';
  const page = await h.open(site, site === 'facebook' ? { query: { open: 1 } } : {});
  await focusEditor(page, name);
  const text = post(len);
  await paste(page, text);
  await sleep(800);
  const setup = await page.evaluate((sel) => {
    const B = (window.__bench = { sel, lat: null, keyT: null, keyRev: null, waiters: [] });
    const panel = () => window.__cc.panelFor(B.sel);
    const p = panel();
    if (!p) return { ok: false, why: 'no [data-carecheck-panel] for the composer' };
    B.hasRevision = p.hasAttribute('data-revision');
    window.addEventListener(
      'keydown',
      () => {
        B.keyT = performance.now();
        B.keyRev = panel()?.getAttribute('data-revision') ?? null;
        B.lat = null;
      },
      true,
    );
    new MutationObserver((muts) => {
      if (B.keyT == null || B.lat != null) return;
      const p = panel();
      if (!p) return;
      const changed = B.hasRevision
        ? p.getAttribute('data-revision') !== B.keyRev
        : muts.some((m) => m.target === p || p.contains(m.target));
      if (changed) {
        B.lat = performance.now() - B.keyT;
        B.waiters.splice(0).forEach((w) => w(B.lat));
      }
    }).observe(window.__cc.root(), { subtree: true, attributes: true, childList: true, characterData: true });
    B.wait = (timeout) =>
      new Promise((resolve) => {
        if (B.lat != null) return resolve(B.lat);
        B.waiters.push(resolve);
        setTimeout(() => resolve(B.lat), timeout);
      });
    return { ok: true, hasRevision: B.hasRevision, risk: p.getAttribute('data-risk') };
  }, EDITORS[name]);
  if (!setup.ok) {
    await page.close();
    return { site, len, error: setup.why };
  }
  const lats = [];
  let missed = 0;
  for (let i = 0; i < N; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
    const lat = await page.evaluate(() => window.__bench.wait(2000));
    if (lat == null) missed++;
    else lats.push(lat);
    await sleep(30);
  }
  await page.close();
  return { site, len, hasRevision: setup.hasRevision, risk: setup.risk, missed, ...(lats.length ? stats(lats) : { n: 0 }) };
}

// A camera-sized photo: 2,100 x 1,575 grainy pixels at quality 92 (about 5.3 MB).
function cameraPhoto() {
  return geotaggedJpeg({ picture: { width: 2100, height: 1575, grain: 40, quality: 92 } });
}

// One fresh page per sample, so every pick is a first attachment.
async function benchPhoto(h, site, photo) {
  const name = site === 'x' ? 'home' : 'composer';
  const lats = [];
  for (let i = 0; i < PHOTOS; i++) {
    const page = await h.open(site, site === 'facebook' ? { query: { open: 1 } } : {});
    await focusEditor(page, name);
    await page.evaluate((sel) => {
      const B = (window.__photoBench = { t0: null, lat: null });
      addEventListener('change', () => (B.t0 = performance.now()), true);
      new MutationObserver(() => {
        if (B.t0 == null || B.lat != null) return;
        const found = window.__cc.panelFor(sel)?.querySelector('[data-carecheck-image] [data-label="LOCATION"]');
        if (found) B.lat = performance.now() - B.t0;
      }).observe(window.__cc.root(), { subtree: true, attributes: true, childList: true });
    }, EDITORS[name]);
    await page.locator(ATTACHMENTS[name].input).setInputFiles({ name: 'IMG_4021.jpg', mimeType: 'image/jpeg', buffer: photo });
    const deadline = Date.now() + 30_000;
    let lat = null;
    while (lat == null && Date.now() < deadline) {
      await sleep(20);
      lat = await page.evaluate(() => window.__photoBench.lat);
    }
    if (lat != null) lats.push(lat);
    await page.close();
  }
  return { site, bytes: photo.length, missed: PHOTOS - lats.length, ...(lats.length ? stats(lats) : { n: 0 }) };
}

const h = await launch();
try {
  await h.serviceWorker();
  const rows = [];
  for (const site of SITES) for (const len of [280, 2000]) rows.push(await benchOne(h, site, len));
  const photo = PHOTOS > 0 ? cameraPhoto() : null;
  const photoRows = [];
  if (photo) for (const site of SITES) photoRows.push(await benchPhoto(h, site, photo));
  if (JSON_OUT) console.log(JSON.stringify({ keystrokes: rows, photos: photoRows }, null, 2));
  else {
    const f = (x) => (x == null ? '-' : x.toFixed(1));
    console.log(`keystroke -> panel update (ms), ${N} keystrokes per row, measured in the page`);
    console.log('site      chars  n    median   p95      max      missed  note');
    for (const r of rows) {
      const note = r.error ?? (r.hasRevision ? `risk=${r.risk}` : 'no data-revision: first panel mutation');
      console.log(
        `${r.site.padEnd(9)} ${String(r.len).padStart(5)}  ${String(r.n ?? 0).padEnd(4)} ${f(r.median).padEnd(8)} ${f(r.p95).padEnd(8)} ${f(r.max).padEnd(8)} ${String(r.missed ?? '-').padEnd(7)} ${note}`,
      );
    }
    if (photoRows.length) {
      console.log(`\nphoto picked -> LOCATION warning in the panel (ms), ${PHOTOS} fresh pages per row, measured in the page`);
      console.log('site      bytes      n    median   p95      max      missed');
      for (const r of photoRows) {
        console.log(
          `${r.site.padEnd(9)} ${String(r.bytes).padEnd(10)} ${String(r.n ?? 0).padEnd(4)} ${f(r.median).padEnd(8)} ${f(r.p95).padEnd(8)} ${f(r.max).padEnd(8)} ${r.missed}`,
        );
      }
    }
  }
} finally {
  await h.close();
}
