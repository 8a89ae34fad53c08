// Background worker: the only place the WebAssembly core runs.
// Chrome loads this as a module service worker, Firefox as a module event
// page. The content script cannot instantiate wasm itself: the social sites'
// CSPs lack 'wasm-unsafe-eval', and a content script is bound by them.

import init, { analyze, schemaVersion, watchlistHashes } from './pkg/carecheck.js';
import { FAILED, SCHEMA_VERSION, UNAVAILABLE, isAnalyzeRequest, isHashWatchlistRequest } from './shared/messages.js';
import { KEYS, coreOptions, loadSettings, readManaged } from './shared/settings.js';
import { installReminders } from './reminders.js';

const api = globalThis.browser ?? globalThis.chrome;

// Lazily initialised, once per worker lifetime (Chrome stops idle workers,
// so this runs again after a wake-up). A failure is not cached: the next
// message tries again.
let ready = null;

function load() {
  ready ??= init({ module_or_path: api.runtime.getURL('pkg/carecheck_bg.wasm') })
    .then(() => {
      const got = schemaVersion();
      if (got !== SCHEMA_VERSION) {
        throw new Error(`core report schema ${got}, extension expects ${SCHEMA_VERSION}`);
      }
    })
    .catch((err) => {
      ready = null;
      throw err;
    });
  return ready;
}

// The user's settings (merged with the organisation's policy), read for
// every analysis: a storage read costs about a millisecond, and no cache means
// no race between a settings change and the content script's re-check.
readManaged(); // start the slow first policy read now
async function currentOptions() {
  try {
    // Analysis never waits for the organisation's policy (see readManaged):
    // until the first read completes, the user's settings alone apply.
    return coreOptions((await loadSettings({ managedTimeoutMs: 0 })).settings);
  } catch (err) {
    console.warn('CareCheck: settings unreadable, using defaults', err);
    return {};
  }
}

async function onAnalyze(msg) {
  let options;
  try {
    await load();
    options = { ...(await currentOptions()), ...(msg.options ?? {}) };
  } catch (err) {
    console.error('CareCheck: the checker could not load', err);
    return { error: UNAVAILABLE, detail: String(err?.message ?? err) };
  }
  try {
    return { report: analyze(msg.text, options) };
  } catch (err) {
    // A trap leaves the instance unusable (panic = "abort"); say so rather
    // than pretend the post is fine.
    const trapped = err instanceof WebAssembly.RuntimeError;
    return { error: trapped ? UNAVAILABLE : FAILED, detail: String(err?.message ?? err) };
  }
}

// The private watchlist: the options page sends the typed names; only a
// device key (made here, once) and the keyed hashes are ever stored.
async function deviceKey() {
  const got = await api.storage.local.get(KEYS.watchlistKey);
  const existing = got[KEYS.watchlistKey];
  if (typeof existing === 'string' && /^[0-9a-f]{64}$/.test(existing)) return existing;
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const key = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  await api.storage.local.set({ [KEYS.watchlistKey]: key });
  return key;
}

async function onHashWatchlist(msg) {
  try {
    await load();
    const key = await deviceKey();
    return { hashes: watchlistHashes(key, msg.names.map((n) => String(n).normalize('NFC'))) };
  } catch (err) {
    return { error: FAILED, detail: String(err?.message ?? err) };
  }
}

const fromOptionsPage = (sender) => typeof sender.url === 'string' && sender.url.startsWith(api.runtime.getURL('options/'));

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (sender.id === api.runtime.id && isHashWatchlistRequest(msg) && fromOptionsPage(sender)) {
    onHashWatchlist(msg).then(sendResponse);
    return true;
  }
  // Only our own content scripts talk to us.
  if (sender.id !== api.runtime.id || !isAnalyzeRequest(msg)) return false;
  onAnalyze(msg).then(sendResponse);
  return true; // the reply is asynchronous
});

// Privacy-checkup reminders: daily alarm, toolbar badge (reminders.js).
installReminders(api);
