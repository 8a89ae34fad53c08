// The options page (manifest options_ui.page), opened at
// chrome-extension://ID/options/options.html, against the X fixture composer:
// allow-list, my places, the private watchlist (and that its plain text is
// stored nowhere), organisation policy through Chromium's real policy files
// (/etc/chromium/policies/managed/*.json, "3rdparty" extension policy),
// keyboard use, screen-reader names (axe-core) and dark mode.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { launchExtension, runAxe, DIST, sleep, waitForUi } from './harness.mjs';
import { typeInto } from './shared.mjs';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'carecheck-e2e-options.json');

// Chromium's id for an unpacked extension: SHA-256 of its absolute path,
// first 32 hex digits mapped 0-f -> a-p.
function unpackedId(dir) {
  const hex = crypto.createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const ALLOW_TEXT = 'Mrs Joan Ellis, NHS 943 476 5919, on Ward 7B with sepsis today';
const PLACE_TEXT = 'NHS 943 476 5919 handover on larkspur about sepsis today';
const WATCH_TEXT = 'NHS 943 476 5919: spoke with tobias quill about his sepsis today';

let h;
let sw;
let id;
let optionsPath;

async function openOptions() {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${id}/${optionsPath}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10000 });
  return page;
}

const labelsOf = (st) => st.marks.map((m) => m.label);
async function composerWith(text) {
  const page = await h.open('x');
  await typeInto(page, 'home', text);
  await waitForUi(page, 'home', (st) => st.panel?.risk === 'high', { what: 'risk high' });
  return page;
}
// The harness's usual 3 s: a settings change goes through storage, the
// content script's re-check and the worker, and 1 s was missed once under a
// full test run on 2 cores (the typing latency has its own 300 ms test).
const waitMarks = (page, pred, what) => waitForUi(page, 'home', (st) => st.panel?.risk === 'high' && pred(labelsOf(st), st), { what });
const storageAll = () => sw.evaluate(() => chrome.storage.local.get(null));

describe('options page (user settings)', () => {
  before(async () => {
    let manifest;
    ({ h, sw, id, manifest } = await launchExtension());
    optionsPath = manifest.options_ui?.page;
    assert.equal(optionsPath, 'options/options.html');
  });
  after(async () => {
    if (process.env.CARECHECK_E2E_LOGS === '1' && h?.logs.length) console.log(h.logs.join('\n'));
    await h?.close();
  });

  it('has the contract controls, named for screen readers, and no axe violations', async () => {
    const page = await openOptions();
    for (const sel of ['textarea[name=places]', 'textarea[name=allowlist]', 'textarea[name=watchlist]', 'select[name=profession]']) {
      assert.equal(await page.locator(sel).count(), 1, sel);
    }
    const professions = await page.$$eval('select[name=profession] option', (os) => os.map((o) => o.value).filter(Boolean));
    assert.deepEqual(professions, ['hcpc', 'nmc', 'gmc', 'swe-basw', 'bps', 'bacp', 'ukcp', 'apa-nasw']);
    assert.equal(await page.locator('input[data-label]').count(), 15);
    // Text comes from _locales through data-i18n.
    assert.equal(await page.locator('h1').innerText(), 'CareCheck settings');
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      assert.deepEqual(await runAxe(page), [], scheme);
    }
    // Dark mode changes the page's colours.
    const bg = async (scheme) => {
      await page.emulateMedia({ colorScheme: scheme });
      return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    assert.notEqual(await bg('light'), await bg('dark'));
    await page.close();
  });

  it('every control is reachable and usable with the keyboard alone', async () => {
    const page = await openOptions();
    const seen = new Set();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.name || document.activeElement?.id || '');
      if (name) seen.add(name);
    }
    for (const name of ['label-PERSON', 'label-CONDUCT', 'confirm', 'profession', 'reminderDays', 'places', 'allowlist', 'watchlist', 'watchlist-save']) {
      assert.ok(seen.has(name), `${name} reachable by Tab (saw ${[...seen].join(', ')})`);
    }
    // Space toggles a label; the change is saved without a reload.
    await page.focus('input[data-label="AGE"]');
    await page.keyboard.press('Space');
    await sleep(300);
    assert.deepEqual((await storageAll())['settings.disabledLabels'], ['AGE']);
    await page.keyboard.press('Space');
    await sleep(300);
    assert.deepEqual((await storageAll())['settings.disabledLabels'], []);
    // Arrow keys move the confirm choice.
    await page.focus('input[name=confirm][value=high]');
    await page.keyboard.press('ArrowDown');
    await sleep(300);
    assert.equal((await storageAll())['settings.confirm'], 'low');
    await page.keyboard.press('ArrowDown');
    await sleep(300);
    assert.equal((await storageAll())['settings.confirm'], 'never');
    await page.check('input[name=confirm][value=high]');
    await page.selectOption('select[name=profession]', 'nmc');
    await sleep(300);
    assert.equal((await storageAll())['settings.profession'], 'nmc');
    await page.close();
  });

  it('an allow-listed word is no longer marked in an open composer', async () => {
    const composer = await composerWith(ALLOW_TEXT);
    await waitMarks(composer, (l) => l.includes('PERSON'), 'a PERSON mark before');
    const page = await openOptions();
    await page.fill('textarea[name=allowlist]', 'Mrs Joan Ellis');
    await waitMarks(composer, (l) => !l.includes('PERSON') && l.includes('NHS_NUMBER'), 'the PERSON mark gone within a second');
    await page.fill('textarea[name=allowlist]', '');
    await waitMarks(composer, (l) => l.includes('PERSON'), 'the PERSON mark back');
    await page.close();
    await composer.close();
  });

  it('a place from "my places" is marked', async () => {
    const composer = await composerWith(PLACE_TEXT);
    const before = await waitMarks(composer, (l) => l.includes('NHS_NUMBER'), 'marks');
    assert.ok(!labelsOf(before).includes('FACILITY'), 'larkspur is not a FACILITY by default');
    const page = await openOptions();
    await page.fill('textarea[name=places]', 'ward: Larkspur\ntown: Brambleworth');
    await waitMarks(composer, (l) => l.includes('FACILITY'), 'a FACILITY mark for Larkspur within a second');
    assert.deepEqual((await storageAll())['settings.places'], ['ward: Larkspur', 'town: Brambleworth']);
    await page.fill('textarea[name=places]', '');
    await sleep(500);
    await page.close();
    await composer.close();
  });

  it('a watchlist name is marked, and its plain text is stored nowhere', async () => {
    const composer = await composerWith(WATCH_TEXT);
    const before = await waitMarks(composer, (l) => l.includes('NHS_NUMBER'), 'marks');
    assert.ok(!labelsOf(before).includes('PERSON'), 'no PERSON mark by default');
    const page = await openOptions();
    await page.fill('textarea[name=watchlist]', 'Tobias Quill\n@tquill_99');
    await waitMarks(composer, (l) => l.includes('PERSON'), 'a PERSON mark for the watchlist name');
    // Leaving the box commits the names and clears it.
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.querySelector('textarea[name=watchlist]').value === '');
    const status = await page.locator('#watchlist-status').innerText();
    assert.match(status, /2 names protected/);
    const stored = await storageAll();
    const dump = JSON.stringify(stored).toLowerCase();
    for (const plain of ['tobias', 'quill', 'tquill']) assert.ok(!dump.includes(plain), `"${plain}" found in storage: ${dump}`);
    assert.match(stored['watchlist.key'], /^[0-9a-f]{64}$/);
    assert.equal(stored['watchlist.hashes'].length, 2);
    for (const hash of stored['watchlist.hashes']) assert.match(hash, /^[0-9a-f]{64}$/);
    // A handle in a reply or tag is found too.
    const reply = await h.coreAnalyze('cc @TQuill_99 about the sepsis today');
    assert.ok(reply.report.findings.some((f) => f.label === 'HANDLE'), JSON.stringify(reply));
    // One name can be taken off the list again.
    await page.fill('textarea[name=watchlist]', 'tobias  QUILL');
    await page.click('#watchlist-forget');
    await waitMarks(composer, (l) => !l.includes('PERSON'), 'no PERSON mark after forgetting the name');
    await page.waitForFunction(() => document.querySelector('#watchlist-status').textContent.includes('1 name'));
    assert.equal((await storageAll())['watchlist.hashes'].length, 1);
    await page.click('#watchlist-clear');
    await page.waitForFunction(() => document.querySelector('#watchlist-status').textContent.includes('0 names'));
    await page.close();
    await composer.close();
  });

  it('the confirm level is honoured by the submit guard', async () => {
    await sw.evaluate(() => chrome.storage.local.set({ 'settings.confirm': 'never' }));
    const composer = await composerWith(ALLOW_TEXT);
    await sleep(300);
    await composer.click('[data-testid="primaryColumn"] button[data-testid="tweetButtonInline"]');
    await sleep(500);
    assert.equal((await composer.evaluate(() => window.__submissions.length)), 1, 'posted without a confirm step');
    await composer.close();
    // 'low': a low-risk post is held back for confirmation too.
    await sw.evaluate(() => chrome.storage.local.set({ 'settings.confirm': 'low' }));
    const low = await h.open('x');
    await typeInto(low, 'home', 'My patient with sepsis was so brave');
    await waitForUi(low, 'home', (st) => st.panel?.risk === 'low', { what: 'risk low' });
    await low.click('[data-testid="primaryColumn"] button[data-testid="tweetButtonInline"]');
    await waitForUi(low, 'home', (st) => st.confirm !== null, { what: 'the confirm dialog for a low-risk post' });
    assert.equal(await low.evaluate(() => window.__submissions.length), 0, 'held back');
    await sw.evaluate(() => chrome.storage.local.set({ 'settings.confirm': 'high' }));
    await low.close();
  });
});

describe('organisation policy (chrome.storage.managed)', () => {
  let wrote = false;
  before(async () => {
    // The real mechanism: Chromium reads extension policy from its managed
    // policy directory at start-up. Needs root; removed again afterwards.
    const extId = unpackedId(DIST);
    const policy = {
      '3rdparty': {
        extensions: {
          [extId]: { places: ['ward: Larkspur'], confirm: 'low', profession: 'gmc', alwaysWarn: ['PERSON'] },
        },
      },
    };
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    fs.writeFileSync(POLICY_FILE, JSON.stringify(policy));
    wrote = true;
    ({ h, sw, id } = await launchExtension());
    assert.equal(id, extId, 'the unpacked extension id is the hash of its path');
  });
  after(async () => {
    await h?.close();
    if (wrote) fs.rmSync(POLICY_FILE, { force: true });
  });

  it('managed values override the user\'s and lock their controls', async () => {
    const managed = await sw.evaluate(() => chrome.storage.managed.get(null));
    assert.deepEqual(managed.places, ['ward: Larkspur'], `policy not delivered: ${JSON.stringify(managed)}`);
    await sw.evaluate(() => chrome.storage.local.set({ 'settings.places': ['Elsewhere'], 'settings.confirm': 'never', 'settings.profession': 'nmc' }));
    const page = await openOptions();
    assert.equal(await page.inputValue('textarea[name=places]'), 'ward: Larkspur');
    assert.ok(await page.locator('textarea[name=places]').isDisabled());
    assert.equal(await page.inputValue('select[name=profession]'), 'gmc');
    assert.ok(await page.locator('select[name=profession]').isDisabled());
    assert.ok(await page.locator('input[name=confirm][value=low]').isChecked());
    assert.ok(await page.locator('input[name=confirm][value=never]').isDisabled());
    assert.ok(await page.locator('input[data-label=PERSON]').isDisabled());
    assert.ok(await page.locator('input[data-label=PERSON]').isChecked());
    assert.ok(await page.locator('#places-locked').isVisible());
    assert.match(await page.locator('#places-locked').innerText(), /Set by your organisation/);
    // The organisation's place is what the composer uses.
    const composer = await composerWith(PLACE_TEXT);
    await waitMarks(composer, (l) => l.includes('FACILITY'), 'the organisation\'s place marked');
    assert.deepEqual(await runAxe(page), []);
    await composer.close();
    await page.close();
  });
});
