// The checkup reminder's due-date logic (pure; no browser).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { applyPolicy, badgeText, dueAt, dueItems, isDue, reviewedAt } from '../reminders.js';
import { DEFAULTS, KEYS, PROFESSIONS, fromStorage, normalizeReminderDays } from '../shared/settings.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);

test('never reviewed is due', () => {
  assert.equal(isDue(undefined, NOW, 90), true);
  assert.equal(isDue(null, NOW, 90), true);
  assert.equal(isDue('not a date', NOW, 90), true);
});

test('due only after more than the interval', () => {
  assert.equal(isDue(NOW - 89 * DAY, NOW, 90), false);
  assert.equal(isDue(NOW - 90 * DAY, NOW, 90), false, 'exactly 90 days is not yet longer than 90 days');
  assert.equal(isDue(NOW - 90 * DAY - 1, NOW, 90), true);
  assert.equal(isDue(NOW - 91 * DAY, NOW, 90), true);
  assert.equal(isDue(NOW - 8 * DAY, NOW, 7), true);
  assert.equal(isDue(NOW - 6 * DAY, NOW, 7), false);
});

test('a review in the future (clock change) is not due', () => {
  assert.equal(isDue(NOW + 5 * DAY, NOW, 90), false);
});

test('ISO strings and epoch ms are both read', () => {
  assert.equal(reviewedAt('2026-01-01T00:00:00Z'), Date.UTC(2026, 0, 1));
  assert.equal(reviewedAt(12345), 12345);
  assert.equal(reviewedAt(Number.NaN), null);
  assert.equal(reviewedAt({}), null);
  assert.equal(isDue('2026-01-01', NOW, 90), true);
});

test('dueAt is the review time plus the interval', () => {
  assert.equal(dueAt(NOW, 90), NOW + 90 * DAY);
  assert.equal(dueAt(undefined, 90), null);
});

test('dueItems counts never-reviewed and stale items', () => {
  const ids = ['a', 'b', 'c', 'd'];
  const reviewed = { a: NOW - DAY, b: NOW - 100 * DAY, c: new Date(NOW - 2 * DAY).toISOString() };
  assert.deepEqual(dueItems(ids, reviewed, NOW, 90), ['b', 'd']);
  assert.deepEqual(dueItems(ids, reviewed, NOW, 1), ['b', 'c', 'd']);
  assert.deepEqual(dueItems(ids, undefined, NOW, 90), ids);
  assert.deepEqual(dueItems(ids, 'garbage', NOW, 90), ids);
});

test('badge text', () => {
  assert.equal(badgeText(0), '');
  assert.equal(badgeText(3), '3');
});

test('settings: defaults and normalisation', () => {
  assert.deepEqual(fromStorage({}), { reminderDays: 90, profession: null });
  assert.equal(DEFAULTS.reminderDays, 90);
  assert.deepEqual(fromStorage({ [KEYS.reminderDays]: 30, [KEYS.profession]: 'nmc' }), { reminderDays: 30, profession: 'nmc' });
  assert.equal(fromStorage({ [KEYS.profession]: 'astrologer' }).profession, null);
  assert.equal(normalizeReminderDays('14'), 14);
  assert.equal(normalizeReminderDays(0), 1);
  assert.equal(normalizeReminderDays(10000), 365);
  assert.equal(normalizeReminderDays('x'), 90);
});

test('checkup.json: every item has a site, question and https settings link; every profession has guidance', () => {
  const data = JSON.parse(readFileSync(new URL('../data/checkup.json', import.meta.url), 'utf8'));
  const ids = new Set();
  for (const item of data.items) {
    assert.ok(!ids.has(item.id), `duplicate id ${item.id}`);
    ids.add(item.id);
    assert.ok(data.sites[item.site], `${item.id}: unknown site`);
    assert.match(item.question, /\?/, `${item.id}: a question`);
    assert.match(item.url, /^https:\/\/(www\.facebook\.com|x\.com)\//, `${item.id}: settings link`);
  }
  for (const site of ['facebook', 'x']) assert.ok(data.items.filter((i) => i.site === site).length >= 5, site);
  assert.ok(data.tips.length >= 7);
  assert.deepEqual(Object.keys(data.professions).sort(), [...PROFESSIONS].sort());
  for (const [id, p] of Object.entries(data.professions)) {
    assert.ok(p.name && p.guidance.length, id);
    for (const g of p.guidance) assert.match(g.url, /^https:\/\//, `${id}: ${g.title}`);
  }
});

test("the organisation's policy wins over the user's settings", () => {
  const mine = { reminderDays: 90, profession: 'nmc' };
  assert.deepEqual(applyPolicy(mine, {}), mine);
  assert.deepEqual(applyPolicy(mine, undefined), mine);
  assert.deepEqual(applyPolicy(mine, { reminderDays: 30 }), { reminderDays: 30, profession: 'nmc' });
  assert.deepEqual(applyPolicy(mine, { profession: 'hcpc' }), { reminderDays: 90, profession: 'hcpc' });
  assert.deepEqual(applyPolicy(mine, { profession: 'nonsense', reminderDays: 0 }), { reminderDays: 1, profession: 'nmc' });
});
