// The toolbar popup (manifest action.default_popup), opened as a page at
// chrome-extension://ID/popup/popup.html: the privacy checkup (contract:
// [data-checkup-item] with a named checkbox and the settings link; a due item
// has data-due="true"), persistence of ticks, the daily reminder alarm and the
// toolbar badge, keyboard use, axe-core, dark mode, the current tab's state,
// and no network.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launchExtension, runAxe, ROOT, focusEditor, sleep } from './harness.mjs';
import { RISKY, expectRisk, typeInto } from './shared.mjs';

const DAY = 24 * 60 * 60 * 1000;
const ALARM = 'carecheck-checkup-reminder';
const REVIEWED_KEY = 'checkup.reviewed';
const DATA = JSON.parse(fs.readFileSync(path.join(ROOT, 'extension', 'data', 'checkup.json'), 'utf8'));
const IDS = DATA.items.map((i) => i.id);

let h;
let sw;
let id;
let popupPath;

before(async () => {
  let manifest;
  ({ h, sw, id, manifest } = await launchExtension());
  popupPath = manifest.action?.default_popup;
});
after(async () => {
  if (process.env.CARECHECK_E2E_LOGS === '1' && h?.logs.length) console.log(h.logs.join('\n'));
  await h?.close();
});

async function openPopup(query = '') {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${id}/${popupPath}${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10000 });
  return page;
}

const storageSet = (obj) => sw.evaluate((o) => chrome.storage.local.set(o), obj);
const storageGet = (key) => sw.evaluate((k) => chrome.storage.local.get(k).then((r) => r[k]), key);
const badge = () => sw.evaluate(() => chrome.action.getBadgeText({}));

async function waitForBadge(want, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let got;
  for (;;) {
    got = await badge();
    if (got === want) return got;
    if (Date.now() > deadline) break;
    await sleep(50);
  }
  throw new Error(`badge is "${got}", expected "${want}"`);
}

const items = (page) =>
  page.$$eval('[data-checkup-item]', (els) =>
    els.map((el) => {
      const box = el.querySelector('input[type=checkbox]');
      const link = el.querySelector('a[href]');
      return {
        id: el.dataset.id,
        due: el.getAttribute('data-due'),
        checked: box?.checked ?? null,
        label: box ? [...box.labels].map((l) => l.textContent.trim()).join(' ') || box.getAttribute('aria-label') : null,
        href: link?.href ?? null,
        linkText: link?.textContent.trim() ?? null,
      };
    }),
  );

describe('popup', () => {
  it('is the manifest action popup; every checkup item has a named checkbox and its settings link; fresh items are due', async () => {
    assert.equal(popupPath, 'popup/popup.html');
    const page = await openPopup();
    const list = await items(page);
    assert.equal(list.length, IDS.length);
    assert.deepEqual(list.map((i) => i.id), IDS);
    for (const [n, item] of list.entries()) {
      assert.ok(item.label && item.label.length > 10, `${item.id}: checkbox has an accessible name`);
      assert.equal(item.label, DATA.items[n].question);
      assert.equal(item.href, DATA.items[n].url, `${item.id}: the exact settings page`);
      assert.equal(item.due, 'true', `${item.id}: never reviewed -> due`);
      assert.equal(item.checked, false);
    }
    for (const site of ['facebook', 'x']) assert.ok(list.filter((i) => DATA.items.find((d) => d.id === i.id).site === site).length >= 5);
    const summary = await page.locator('#checkup-summary').textContent();
    assert.match(summary, new RegExp(`${IDS.length} of ${IDS.length}`));
    // The daily alarm exists, and the install check already counted everything.
    const alarm = await sw.evaluate((n) => chrome.alarms.get(n), ALARM);
    assert.equal(alarm?.periodInMinutes, 1440);
    await waitForBadge(String(IDS.length));
    await page.close();
  });

  it('ticking an item persists across reopening and lowers the badge', async () => {
    let page = await openPopup();
    const first = page.locator(`[data-checkup-item][data-id="${IDS[0]}"]`);
    await first.locator('input[type=checkbox]').check();
    await page.waitForSelector(`[data-checkup-item][data-id="${IDS[0]}"][data-due="false"]`);
    await waitForBadge(String(IDS.length - 1));
    await page.close();

    page = await openPopup();
    const again = (await items(page)).find((i) => i.id === IDS[0]);
    const first2 = page.locator(`[data-checkup-item][data-id="${IDS[0]}"]`);
    assert.equal(again.checked, true, 'still ticked after reopening');
    assert.equal(again.due, 'false');
    assert.match(await first2.locator('.state').textContent(), /^Reviewed /);
    const stored = await storageGet(REVIEWED_KEY);
    assert.ok(Math.abs(stored[IDS[0]] - Date.now()) < 60000, 'the review date is kept in storage.local');
    // Unticking removes the date again.
    await first2.locator('input[type=checkbox]').uncheck();
    await page.waitForSelector(`[data-checkup-item][data-id="${IDS[0]}"][data-due="true"]`);
    await waitForBadge(String(IDS.length));
    await page.close();
  });

  it('an item reviewed longer ago than the interval is due: the daily alarm handler raises the badge', async () => {
    const now = Date.now();
    const reviewed = Object.fromEntries(IDS.map((i) => [i, now]));
    await storageSet({ [REVIEWED_KEY]: reviewed });
    await waitForBadge('');

    // One item reviewed 91 days ago (interval: the default 90).
    reviewed[IDS[2]] = now - 91 * DAY;
    await storageSet({ [REVIEWED_KEY]: reviewed });
    await waitForBadge('1');

    // The alarm path on its own: clear the badge, fire the real alarm (same
    // name, first run now, then daily), and the handler sets it again.
    await sw.evaluate(() => chrome.action.setBadgeText({ text: '' }));
    assert.equal(await badge(), '');
    await sw.evaluate((n) => chrome.alarms.create(n, { when: Date.now() + 100, periodInMinutes: 1440 }), ALARM);
    await waitForBadge('1', 8000);
    assert.equal((await sw.evaluate((n) => chrome.alarms.get(n), ALARM))?.periodInMinutes, 1440);

    // The message path ({type:'runReminderCheck'}) from an extension page.
    await sw.evaluate(() => chrome.action.setBadgeText({ text: '' }));
    const page = await openPopup();
    const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'runReminderCheck' }));
    assert.deepEqual(reply, { due: 1, ids: [IDS[2]] });
    assert.equal(await badge(), '1');

    // The popup shows it as due, with its last review date.
    const item = (await items(page)).find((i) => i.id === IDS[2]);
    assert.equal(item.due, 'true');
    assert.equal(item.checked, false);
    assert.match(await page.locator(`[data-checkup-item][data-id="${IDS[2]}"] .state`).textContent(), /^Due: last reviewed/);
    assert.equal((await items(page)).filter((i) => i.due === 'true').length, 1);

    // A longer interval (set in options) makes it not due.
    await storageSet({ 'settings.reminderDays': 120 });
    await waitForBadge('');
    await page.waitForSelector(`[data-checkup-item][data-id="${IDS[2]}"][data-due="false"]`);
    await storageSet({ 'settings.reminderDays': 90 });
    await waitForBadge('1');
    await page.close();
  });

  it('works with the keyboard alone: Tab reaches every control, Space ticks, focus is visible', async () => {
    await sw.evaluate(() => chrome.storage.local.clear());
    const page = await openPopup();
    await page.waitForSelector('body[data-tab-ready="true"]');
    const focusables = await page.$$eval('a[href], button, input', (els) => els.length);
    const seen = [];
    for (let i = 0; i < focusables + 2; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a || a === document.body) return null;
        const cs = getComputedStyle(a);
        return {
          tag: a.tagName.toLowerCase(), id: a.id || null, item: a.closest('[data-checkup-item]')?.dataset.id ?? null,
          outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0,
        };
      });
      if (f) seen.push(f);
    }
    assert.ok(seen.some((f) => f.id === 'open-options'), 'the Settings button is reachable');
    for (const itemId of IDS) {
      assert.ok(seen.some((f) => f.tag === 'input' && f.item === itemId), `${itemId}: checkbox reachable`);
      assert.ok(seen.some((f) => f.tag === 'a' && f.item === itemId), `${itemId}: link reachable`);
    }
    assert.ok(seen.every((f) => f.outline), `a visible focus ring on every control: ${JSON.stringify(seen.filter((f) => !f.outline))}`);

    // Tab to the second item's checkbox and tick it with Space.
    await page.locator(`#ck-${IDS[0]}`).focus();
    await page.keyboard.press('Tab'); // its settings link
    await page.keyboard.press('Tab'); // the next item's checkbox
    assert.equal(await page.evaluate(() => document.activeElement.id), `ck-${IDS[1]}`);
    await page.keyboard.press('Space');
    await page.waitForSelector(`[data-checkup-item][data-id="${IDS[1]}"][data-due="false"]`);
    assert.equal(await page.evaluate(() => document.activeElement.id), `ck-${IDS[1]}`, 'focus stays on the ticked box');
    assert.ok((await storageGet(REVIEWED_KEY))[IDS[1]] > 0);

    // Enter on a settings link opens it in a new tab (and only then).
    const opened = h.context.waitForEvent('page', { timeout: 5000 });
    await page.locator(`[data-checkup-item][data-id="${IDS[1]}"] a`).focus();
    await page.keyboard.press('Enter');
    const tab = await opened;
    // The new tab navigates to the settings page (with no network it may end
    // on an error page; the navigation request is the evidence).
    const want = DATA.items[1].url;
    const deadline = Date.now() + 5000;
    while (tab.url() !== want && !h.requests.some((r) => r.url === want) && Date.now() < deadline) await sleep(50);
    assert.ok(tab.url() === want || h.requests.some((r) => r.url === want), `opened ${tab.url()}`);
    assert.ok(page.url().startsWith('chrome-extension://'), 'the popup itself did not navigate');
    await tab.close();
    await page.close();
  });

  it('axe-core finds no violations (light, dark, with a profession chosen)', async () => {
    await storageSet({ 'settings.profession': 'nmc', [REVIEWED_KEY]: { [IDS[0]]: Date.now(), [IDS[1]]: Date.now() - 200 * DAY } });
    const page = await openPopup();
    await page.waitForSelector('body[data-tab-ready="true"]');
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      const v = await runAxe(page);
      assert.deepEqual(v, [], `${scheme}: ${JSON.stringify(v, null, 2)}`);
    }
    await page.close();
  });

  it('dark mode follows prefers-color-scheme', async () => {
    const page = await openPopup();
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const fg = () => page.evaluate(() => getComputedStyle(document.body).color);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = [await bg(), await fg()];
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = [await bg(), await fg()];
    assert.notEqual(dark[0], light[0], 'background changes');
    assert.notEqual(dark[1], light[1], 'text colour changes');
    const lum = (c) => c.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
    assert.ok(lum(dark[0]) < lum(light[0]), `dark background is darker: ${dark[0]} vs ${light[0]}`);
    await page.close();
  });

  it("the tips link to the chosen profession's guidance; none chosen asks to choose", async () => {
    await storageSet({ 'settings.profession': 'gmc' });
    let page = await openPopup();
    const tips = await page.$$eval('#tip-list li', (els) => els.map((li) => ({ text: li.textContent, href: li.querySelector('a')?.href })));
    assert.equal(tips.length, DATA.tips.length);
    for (const tip of tips) assert.equal(tip.href, DATA.professions.gmc.guidance[0].url);
    const guidance = await page.$$eval('#guidance a', (as) => as.map((a) => a.href));
    assert.deepEqual(guidance, DATA.professions.gmc.guidance.map((g) => g.url));
    // Changing the profession in options updates an open popup.
    await storageSet({ 'settings.profession': 'bacp' });
    await page.waitForSelector('#guidance[data-profession="bacp"]');
    await page.close();

    await sw.evaluate(() => chrome.storage.local.remove('settings.profession'));
    page = await openPopup();
    assert.equal(await page.locator('#tip-list a').count(), 0);
    assert.match(await page.locator('#guidance').textContent(), /Choose your profession/);
    await page.close();
  });

  it("shows whether CareCheck is active in a tab and the focused composer's verdict", async () => {
    const x = await h.open('x');
    await focusEditor(x, 'home');
    // The extension has no "tabs" permission, so tab URLs are hidden: the x.com
    // tab is the one whose content script answers {type:'status'}.
    const xTab = await sw.evaluate(async () => {
      for (const t of await chrome.tabs.query({})) {
        const r = await chrome.tabs.sendMessage(t.id, { type: 'status' }).catch(() => null);
        if (r?.active) return { id: t.id, reply: r };
      }
      return null;
    });
    assert.ok(xTab, 'a tab whose content script answers the status message');
    assert.equal(xTab.reply.platform, 'twitter');
    // An empty composer: active, nothing written yet.
    let page = await openPopup(`?tab=${xTab.id}`);
    await page.waitForSelector('body[data-tab-ready="true"]');
    assert.equal(await page.$eval('#tab-status', (el) => el.dataset.risk), 'idle');
    assert.match(await page.locator('#tab-status').textContent(), /not writing a post here yet/);
    await page.close();

    await typeInto(x, 'home', RISKY);
    await expectRisk(h, x, 'home', 'high');
    page = await openPopup(`?tab=${xTab.id}`);
    await page.waitForSelector('body[data-tab-ready="true"]');
    const st = await page.$eval('#tab-status', (el) => ({ ...el.dataset, text: el.textContent.replace(/\s+/g, ' ').trim() }));
    assert.equal(st.active, 'true', JSON.stringify(st));
    assert.equal(st.risk, 'high', JSON.stringify(st));
    assert.equal(st.audience, 'public');
    assert.match(st.text, /active on X/);
    assert.match(st.text, /may identify a service user/);
    await page.close();

    // A page CareCheck does not run on (the popup's own tab).
    page = await openPopup();
    await page.waitForSelector('body[data-tab-ready="true"]');
    assert.equal(await page.$eval('#tab-status', (el) => el.dataset.active), 'false');
    assert.match(await page.locator('#tab-status').textContent(), /not active on this page/);
    await page.close();
    await x.close();
  });

  it('on Facebook too: active, with the verdict of the Create post composer', async () => {
    const fb = await h.open('facebook', { query: { open: 1 } });
    await typeInto(fb, 'composer', RISKY);
    await expectRisk(h, fb, 'composer', 'high');
    const fbTab = await sw.evaluate(async () => {
      for (const t of await chrome.tabs.query({})) {
        const r = await chrome.tabs.sendMessage(t.id, { type: 'status' }).catch(() => null);
        if (r?.platform === 'facebook') return { id: t.id, reply: r };
      }
      return null;
    });
    assert.ok(fbTab, 'the facebook tab answers the status message');
    const page = await openPopup(`?tab=${fbTab.id}`);
    await page.waitForSelector('body[data-tab-ready="true"]');
    const st = await page.$eval('#tab-status', (el) => ({ ...el.dataset, text: el.textContent.replace(/\s+/g, ' ').trim() }));
    assert.equal(st.active, 'true', JSON.stringify(st));
    assert.equal(st.risk, 'high', JSON.stringify(st));
    assert.match(st.text, /active on Facebook/);
    await page.close();
    await fb.close();
  });

  it('makes no network request: nothing but its own package until a link is clicked', async () => {
    const before = h.requests.length;
    const page = await openPopup();
    await page.waitForSelector('body[data-tab-ready="true"]');
    await sleep(300);
    const mine = h.requests.slice(before).filter((r) => !r.url.startsWith(`chrome-extension://${id}/`));
    assert.deepEqual(mine, []);
    const html = fs.readFileSync(path.join(h.dist, 'popup', 'popup.html'), 'utf8') + fs.readFileSync(path.join(h.dist, 'popup', 'popup.css'), 'utf8');
    assert.doesNotMatch(html, /https?:\/\/|@import|url\(/, 'no remote fonts, images or styles');
    const external = await page.$$eval('a[href^="http"]', (as) => as.map((a) => a.target));
    assert.ok(external.length > 0 && external.every((t) => t === '_blank'));
    await page.close();
  });
});
