// The user's settings, kept in storage.local under flat keys (the options
// page writes them; the popup and the background read them). One place for
// the key names and defaults; no imports, no browser globals at load time.
//
//   'settings.reminderDays'  number of days before a reviewed checkup item is due again (default 90)
//   'settings.profession'    one of PROFESSIONS (default null: not chosen yet)

export const KEYS = {
  reminderDays: 'settings.reminderDays',
  profession: 'settings.profession',
};

export const PROFESSIONS = ['hcpc', 'nmc', 'gmc', 'swe-basw', 'bps', 'bacp', 'ukcp', 'apa-nasw'];

export const DEFAULTS = {
  reminderDays: 90,
  profession: null,
};

export const REMINDER_DAYS_MIN = 1;
export const REMINDER_DAYS_MAX = 365;

export function normalizeReminderDays(value) {
  const n = Math.round(Number(value));
  if (!Number.isFinite(n)) return DEFAULTS.reminderDays;
  return Math.min(REMINDER_DAYS_MAX, Math.max(REMINDER_DAYS_MIN, n));
}

export function normalizeProfession(value) {
  return PROFESSIONS.includes(value) ? value : DEFAULTS.profession;
}

// Raw storage values -> settings with defaults filled in.
export function fromStorage(raw = {}) {
  return {
    reminderDays: raw[KEYS.reminderDays] == null ? DEFAULTS.reminderDays : normalizeReminderDays(raw[KEYS.reminderDays]),
    profession: normalizeProfession(raw[KEYS.profession]),
  };
}

// storageArea: chrome.storage.local (or a stand-in with the same get()).
export async function readSettings(storageArea) {
  const raw = await storageArea.get(Object.values(KEYS));
  return fromStorage(raw);
}

// ---------------------------------------------------------------------------
// Options page settings (h-opts). Same flat-key convention; the watchlist is
// stored ONLY as a device key and keyed hashes, never as names.
//
//   'settings.disabledLabels'  label wire names whose findings are dropped before the verdict (default [])
//   'settings.confirm'         when the confirm step stops a post: 'high' (high risk only, default),
//                              'low' (high and low risk), 'never'
//   'settings.places'          my places, one entry each; a 'town:' prefix makes a LOCATION (see src/options.rs)
//   'settings.allowlist'       words/phrases that are never a finding
//   'watchlist.key'            hex, 32 random bytes made in the background (crypto.getRandomValues)
//   'watchlist.hashes'         hex HMAC-SHA-256 of each normalised name under that key
//
// Organisation policy (chrome.storage.managed, extension/managed_schema.json) uses plain names:
// places, allowlist, disabledLabels, alwaysWarn, confirm, minimumConfirm, profession, reminderDays.
// A managed value overrides the user's and locks its control; minimumConfirm only forbids weaker
// choices; alwaysWarn lists labels the user cannot switch off.

Object.assign(KEYS, {
  disabledLabels: 'settings.disabledLabels',
  confirm: 'settings.confirm',
  places: 'settings.places',
  allowlist: 'settings.allowlist',
  watchlistKey: 'watchlist.key',
  watchlistHashes: 'watchlist.hashes',
});

export const LABELS = [
  'PERSON', 'NHS_NUMBER', 'RECORD_ID', 'DATE_OF_BIRTH', 'DATE', 'AGE', 'CONTACT', 'ADDRESS',
  'FACILITY', 'LOCATION', 'HANDLE', 'CLINICAL', 'PATIENT_REF', 'RECENCY', 'CONDUCT',
];

// Weakest first: 'never' < 'high' (high only) < 'low' (high and low).
export const CONFIRM_LEVELS = ['never', 'high', 'low'];
export const DEFAULT_CONFIRM = 'high';

// Keys an organisation can set, and the user setting each one locks.
export const MANAGED_KEYS = ['places', 'allowlist', 'disabledLabels', 'alwaysWarn', 'confirm', 'minimumConfirm', 'profession', 'reminderDays'];

const api = () => globalThis.browser ?? globalThis.chrome;

const strings = (v) => (Array.isArray(v) ? v.filter((s) => typeof s === 'string').map((s) => s.trim()).filter(Boolean) : []);
const labels = (v) => strings(v).filter((l) => LABELS.includes(l));
const confirmLevel = (v) => (CONFIRM_LEVELS.includes(v) ? v : null);
const hex = (v) => (typeof v === 'string' && /^[0-9a-f]*$/.test(v) ? v : '');

// Raw storage.local + raw managed policy -> the settings everyone uses, and
// which of them the organisation locked: {settings, locked: {key: true}}.
export function mergeSettings(raw = {}, managed = {}) {
  const base = fromStorage(raw);
  const s = {
    ...base,
    disabledLabels: labels(raw[KEYS.disabledLabels]),
    confirm: confirmLevel(raw[KEYS.confirm]) ?? DEFAULT_CONFIRM,
    places: strings(raw[KEYS.places]),
    allowlist: strings(raw[KEYS.allowlist]),
    watchlistKey: hex(raw[KEYS.watchlistKey]),
    watchlistHashes: strings(raw[KEYS.watchlistHashes]).filter((h) => hex(h)),
    alwaysWarn: [],
    minimumConfirm: null,
  };
  const locked = {};
  const m = managed && typeof managed === 'object' ? managed : {};
  if (Array.isArray(m.places)) { s.places = strings(m.places); locked.places = true; }
  if (Array.isArray(m.allowlist)) { s.allowlist = strings(m.allowlist); locked.allowlist = true; }
  if (Array.isArray(m.disabledLabels)) { s.disabledLabels = labels(m.disabledLabels); locked.disabledLabels = true; }
  if (Array.isArray(m.alwaysWarn)) {
    s.alwaysWarn = labels(m.alwaysWarn);
    s.disabledLabels = s.disabledLabels.filter((l) => !s.alwaysWarn.includes(l));
  }
  if (confirmLevel(m.confirm)) { s.confirm = m.confirm; locked.confirm = true; }
  if (confirmLevel(m.minimumConfirm)) {
    s.minimumConfirm = m.minimumConfirm;
    if (CONFIRM_LEVELS.indexOf(s.confirm) < CONFIRM_LEVELS.indexOf(m.minimumConfirm)) s.confirm = m.minimumConfirm;
  }
  if (PROFESSIONS.includes(m.profession)) { s.profession = m.profession; locked.profession = true; }
  if (m.reminderDays != null && Number.isFinite(Number(m.reminderDays))) {
    s.reminderDays = normalizeReminderDays(m.reminderDays);
    locked.reminderDays = true;
  }
  return { settings: s, locked };
}

// The organisation's policy, or {} (Firefox without a policy throws; so may
// a browser without managed storage).
// The policy is read once per context and re-read when it changes. Chromium
// answers the first managed read only once its policy service is up (about
// 3 s after start-up with no policy at all), so callers wait at most
// `timeoutMs` and go on without the policy; the read completes in the
// background and later calls see it.
let managedCache = null;
let managedValue = null; // the last policy read, once one has completed
let managedWatched = false;
const policyListeners = new Set();
function managedPolicy() {
  if (!managedWatched) {
    managedWatched = true;
    api().storage.onChanged.addListener((changes, area) => {
      if (area === 'managed') managedCache = null;
    });
  }
  managedCache ??= Promise.resolve()
    .then(() => api().storage.managed.get(null))
    .then((v) => v ?? {}, () => ({}))
    .then((v) => {
      const first = managedValue === null;
      managedValue = v;
      // A policy that was not known when settings were first used counts as
      // a change (composers checked meanwhile are checked again).
      if (first && Object.keys(v).length) for (const fn of policyListeners) fn();
      return v;
    });
  return managedCache;
}

export async function readManaged(timeoutMs = 4000) {
  if (timeoutMs === 0) {
    // Never wait: the last policy read, or none yet.
    managedPolicy();
    return managedValue ?? {};
  }
  try {
    const got = await Promise.race([
      managedPolicy(),
      new Promise((resolve) => setTimeout(() => resolve(null), timeoutMs)),
    ]);
    return got ?? {};
  } catch {
    return {};
  }
}

// Everything, merged: {settings, locked}.
export async function loadSettings({ managedTimeoutMs } = {}) {
  const [raw, managed] = await Promise.all([api().storage.local.get(null), readManaged(managedTimeoutMs)]);
  return mergeSettings(raw, managed);
}

// Saves user values ({places: [...], confirm: 'low', ...} by setting name).
// Locked settings are not written: the organisation's value wins anyway.
export async function saveSettings(values, locked = {}) {
  const out = {};
  for (const [name, value] of Object.entries(values)) {
    if (KEYS[name] && !locked[name]) out[KEYS[name]] = value;
  }
  if (Object.keys(out).length) await api().storage.local.set(out);
}

// Calls listener() when any setting or the policy changes (any context:
// options page, background, content script).
export function onSettingsChanged(listener) {
  const ours = new Set(Object.values(KEYS));
  const handler = (changes, area) => {
    if (area === 'managed' || (area === 'local' && Object.keys(changes).some((k) => ours.has(k)))) listener();
  };
  api().storage.onChanged.addListener(handler);
  policyListeners.add(listener);
  return () => {
    api().storage.onChanged.removeListener(handler);
    policyListeners.delete(listener);
  };
}

// The options the core's analyze() takes (src/options.rs OptionsInput).
export function coreOptions(s) {
  return {
    disabledLabels: s.disabledLabels,
    places: s.places,
    allowlist: s.allowlist,
    watchlist: { key: s.watchlistKey, hashes: s.watchlistHashes },
  };
}

// Does the confirm step stop a post with this risk?
export function needsConfirm(confirm, risk) {
  if (confirm === 'never') return false;
  if (confirm === 'low') return risk === 'high' || risk === 'low';
  return risk === 'high';
}

// Splits a textarea into entries: one per line, trimmed, no blanks, no repeats.
export function lines(text) {
  return [...new Set(String(text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean))];
}
