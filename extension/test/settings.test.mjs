// Settings merging (user values + organisation policy), the confirm levels,
// and the options the core receives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KEYS, coreOptions, lines, mergeSettings, needsConfirm } from '../shared/settings.js';

test('defaults: every label warns, confirm on high risk only, empty lists', () => {
  const { settings, locked } = mergeSettings({}, {});
  assert.deepEqual(settings.disabledLabels, []);
  assert.equal(settings.confirm, 'high');
  assert.deepEqual([settings.places, settings.allowlist, settings.watchlistHashes], [[], [], []]);
  assert.deepEqual(locked, {});
});

test('user values are read and cleaned', () => {
  const { settings } = mergeSettings({
    [KEYS.disabledLabels]: ['AGE', 'NOPE', 7],
    [KEYS.confirm]: 'sometimes',
    [KEYS.places]: [' ward: Larkspur ', '', 3],
    [KEYS.watchlistKey]: 'ab'.repeat(32),
    [KEYS.watchlistHashes]: ['cd'.repeat(32), 'Plain Name'],
  });
  assert.deepEqual(settings.disabledLabels, ['AGE']);
  assert.equal(settings.confirm, 'high');
  assert.deepEqual(settings.places, ['ward: Larkspur']);
  assert.deepEqual(settings.watchlistHashes, ['cd'.repeat(32)]);
});

test('managed values override and lock; alwaysWarn and minimumConfirm only forbid weaker choices', () => {
  const raw = { [KEYS.places]: ['Mine'], [KEYS.confirm]: 'never', [KEYS.disabledLabels]: ['PERSON', 'AGE'], [KEYS.profession]: 'nmc' };
  const { settings, locked } = mergeSettings(raw, { places: ['Theirs'], alwaysWarn: ['PERSON'], minimumConfirm: 'high', profession: 'gmc' });
  assert.deepEqual(settings.places, ['Theirs']);
  assert.deepEqual(settings.disabledLabels, ['AGE']);
  assert.equal(settings.confirm, 'high');
  assert.equal(settings.profession, 'gmc');
  assert.deepEqual(locked, { places: true, profession: true });
  const strict = mergeSettings({ [KEYS.confirm]: 'low' }, { confirm: 'never' });
  assert.equal(strict.settings.confirm, 'never');
  assert.ok(strict.locked.confirm);
});

test('the confirm step: high only, high and low, never', () => {
  assert.deepEqual(['high', 'low', 'none'].map((r) => needsConfirm('high', r)), [true, false, false]);
  assert.deepEqual(['high', 'low', 'none'].map((r) => needsConfirm('low', r)), [true, true, false]);
  assert.deepEqual(['high', 'low', 'none'].map((r) => needsConfirm('never', r)), [false, false, false]);
});

test('the core gets lists and the watchlist key and hashes, never names', () => {
  const { settings } = mergeSettings({ [KEYS.allowlist]: ['Sam'], [KEYS.watchlistKey]: 'ab'.repeat(32), [KEYS.watchlistHashes]: ['cd'.repeat(32)] });
  assert.deepEqual(coreOptions(settings), {
    disabledLabels: [], places: [], allowlist: ['Sam'], watchlist: { key: 'ab'.repeat(32), hashes: ['cd'.repeat(32)] },
  });
  assert.deepEqual(lines(' a \r\n\nb\na\n'), ['a', 'b']);
});
