// The options page: every control saves itself (debounced on input, at once
// on change), so no reload and no Save button. Settings live in
// shared/settings.js; the organisation's policy locks the controls it sets.
// The watchlist's names go to the background worker for hashing and are
// never stored: the box is cleared afterwards and shows how many are kept.

import { hashWatchlistRequest } from '../shared/messages.js';
import {
  CONFIRM_LEVELS, LABELS, lines, loadSettings, onSettingsChanged, saveSettings,
} from '../shared/settings.js';

const api = globalThis.browser ?? globalThis.chrome;
const form = document.getElementById('settings');
const $ = (id) => document.getElementById(id);

// Page text from _locales (data-i18n), ready for more languages.
function t(key, subs, fallback) {
  try {
    return api.i18n.getMessage(key, subs) || fallback;
  } catch {
    return fallback;
  }
}
function localize(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n, undefined, el.textContent);
  }
  document.documentElement.lang = t('@@ui_locale', undefined, 'en').replace('_', '-');
}

let state = { settings: null, locked: {} };

function buildLabels() {
  const list = $('label-list');
  for (const label of LABELS) {
    const id = `label-${label}`;
    const wrap = document.createElement('label');
    wrap.className = 'check';
    const box = document.createElement('input');
    Object.assign(box, { type: 'checkbox', id, name: id, value: label });
    box.dataset.label = label;
    const text = document.createElement('span');
    text.dataset.i18n = `label_${label}`;
    text.textContent = label.replace(/_/g, ' ').toLowerCase();
    wrap.append(box, ' ', text);
    list.append(wrap);
  }
}

function lock(el, noteId, locked) {
  el.disabled = locked;
  const note = $(noteId);
  if (note) note.hidden = !locked;
}

// Settings -> controls. A control being edited keeps what the user typed.
function render() {
  const { settings: s, locked } = state;
  for (const box of document.querySelectorAll('input[data-label]')) {
    const always = s.alwaysWarn.includes(box.dataset.label);
    box.checked = !s.disabledLabels.includes(box.dataset.label);
    box.disabled = Boolean(locked.disabledLabels) || always;
    if (box.disabled) box.setAttribute('aria-describedby', 'labels-locked');
    else box.removeAttribute('aria-describedby');
  }
  $('labels-locked').hidden = !(locked.disabledLabels || s.alwaysWarn.length);
  const floor = s.minimumConfirm ? CONFIRM_LEVELS.indexOf(s.minimumConfirm) : 0;
  for (const radio of document.querySelectorAll('input[name=confirm]')) {
    radio.checked = radio.value === s.confirm;
    radio.disabled = Boolean(locked.confirm) || CONFIRM_LEVELS.indexOf(radio.value) < floor;
  }
  $('confirm-locked').hidden = !(locked.confirm || s.minimumConfirm);
  setValue($('profession'), s.profession ?? '');
  lock($('profession'), 'profession-locked', Boolean(locked.profession));
  setValue($('reminderDays'), String(s.reminderDays));
  lock($('reminderDays'), 'reminderDays-locked', Boolean(locked.reminderDays));
  for (const name of ['places', 'allowlist']) {
    setValue($(name), s[name].join('\n'), lines);
    lock($(name), `${name}-locked`, Boolean(locked[name]));
  }
  $('policy-note').hidden = !Object.keys(locked).length && !s.alwaysWarn.length && !s.minimumConfirm;
  showProtected();
}

// Leaves a focused control alone when it already means the same thing.
function setValue(el, value, parse) {
  if (timers.has(el.name)) return; // an edit not saved yet wins
  const same = parse ? JSON.stringify(parse(el.value)) === JSON.stringify(parse(value)) : el.value === value;
  if (document.activeElement === el && same) return;
  if (!same || el.value === '') el.value = value;
}

function showProtected() {
  const n = state.settings.watchlistHashes.length;
  const text = n === 1 ? t('optionsWatchCountOne', undefined, '1 name protected') : t('optionsWatchCount', [String(n)], `${n} names protected`);
  $('watchlist-status').textContent = text;
  $('watchlist').placeholder = n ? text : '';
}

function flash() {
  $('saved').textContent = t('optionsSaved', undefined, 'Saved');
}

async function save(values) {
  await saveSettings(values, state.locked);
  flash();
}

// Debounced save per control, flushed on change/blur.
const timers = new Map();
function later(name, run, ms = 300) {
  clearTimeout(timers.get(name));
  timers.set(name, setTimeout(() => {
    timers.delete(name);
    run();
  }, ms));
}
function now(name, run) {
  clearTimeout(timers.get(name));
  timers.delete(name);
  run();
}

const saveLabels = () => save({
  disabledLabels: [...document.querySelectorAll('input[data-label]')].filter((b) => !b.checked && !b.disabled).map((b) => b.dataset.label),
});
const saveList = (name) => () => save({ [name]: lines($(name).value) });
const saveDays = () => {
  const n = Number($('reminderDays').value);
  if (Number.isFinite(n) && n >= 1 && n <= 365) save({ reminderDays: Math.round(n) });
};

// The watchlist: while the box is being typed in, its names replace the ones
// it added before (so "Jan" then "Jane Doe" stores only "Jane Doe"); leaving
// the box (or the button) commits them and clears it.
let base = null; // the hashes stored before this round of typing
async function saveWatchlist() {
  const names = lines($('watchlist').value);
  base ??= state.settings.watchlistHashes;
  let hashes = [];
  if (names.length) {
    const reply = await api.runtime.sendMessage(hashWatchlistRequest(names)).catch(() => null);
    if (!reply || !Array.isArray(reply.hashes)) {
      $('watchlist-status').textContent = t('optionsWatchFailed', undefined, 'Could not protect the names; try again.');
      return false;
    }
    hashes = reply.hashes;
  }
  await save({ watchlistHashes: [...new Set([...base, ...hashes])] });
  return true;
}
// Takes the typed names off the list (a person discharged): what this round
// of typing added is dropped too.
async function forgetWatchlist() {
  clearTimeout(timers.get('watchlist'));
  timers.delete('watchlist');
  const names = lines($('watchlist').value);
  if (!names.length) return;
  const reply = await api.runtime.sendMessage(hashWatchlistRequest(names)).catch(() => null);
  if (!reply || !Array.isArray(reply.hashes)) {
    $('watchlist-status').textContent = t('optionsWatchFailed', undefined, 'Could not protect the names; try again.');
    return;
  }
  const gone = new Set(reply.hashes);
  const kept = (base ?? state.settings.watchlistHashes).filter((h) => !gone.has(h));
  $('watchlist').value = '';
  base = null;
  await save({ watchlistHashes: kept });
}

async function commitWatchlist() {
  clearTimeout(timers.get('watchlist'));
  timers.delete('watchlist');
  if (!$('watchlist').value.trim()) {
    base = null;
    return;
  }
  if (await saveWatchlist()) {
    $('watchlist').value = '';
    base = null;
    state = await loadSettings();
    showProtected();
  }
}

function wire() {
  form.addEventListener('submit', (e) => e.preventDefault());
  $('label-list').addEventListener('change', saveLabels);
  for (const radio of document.querySelectorAll('input[name=confirm]')) {
    radio.addEventListener('change', () => radio.checked && save({ confirm: radio.value }));
  }
  $('profession').addEventListener('change', () => save({ profession: $('profession').value || null }));
  $('reminderDays').addEventListener('input', () => later('reminderDays', saveDays));
  $('reminderDays').addEventListener('change', () => now('reminderDays', saveDays));
  for (const name of ['places', 'allowlist']) {
    $(name).addEventListener('input', () => later(name, saveList(name)));
    $(name).addEventListener('change', () => now(name, saveList(name)));
  }
  $('watchlist').addEventListener('input', () => later('watchlist', saveWatchlist, 400));
  // Leaving the box commits, unless it is for the Forget button.
  $('watchlist').addEventListener('blur', (e) => {
    if (e.relatedTarget?.id !== 'watchlist-forget') commitWatchlist();
  });
  $('watchlist').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) commitWatchlist();
  });
  $('watchlist-save').addEventListener('click', commitWatchlist);
  $('watchlist-forget').addEventListener('click', forgetWatchlist);
  $('watchlist-clear').addEventListener('click', async () => {
    $('watchlist').value = '';
    base = null;
    await save({ watchlistHashes: [] });
  });
  // The page going away commits (and forgets) what is still typed.
  addEventListener('pagehide', () => $('watchlist').value && commitWatchlist());
}

// Only the newest read renders (an early read can finish late: the first
// policy read waits for Chromium's policy service).
let refreshSeq = 0;
async function refresh() {
  const seq = ++refreshSeq;
  try {
    const next = await loadSettings();
    if (seq !== refreshSeq) return;
    state = next;
    render();
    document.body.dataset.ready = 'true';
  } catch (err) {
    console.error('CareCheck options:', err);
    document.body.dataset.error = String(err?.stack ?? err);
  }
}

buildLabels();
localize();
wire();
refresh();
onSettingsChanged(refresh);
