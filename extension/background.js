// Background worker: the only place the WebAssembly core runs.
// Chrome loads this as a module service worker, Firefox as a module event
// page. The content script cannot instantiate wasm itself: the social sites'
// CSPs lack 'wasm-unsafe-eval', and a content script is bound by them.

import init, { analyze, checkImage, cleanImage, schemaVersion, watchlistHashes } from './pkg/carecheck.js';
import {
  FAILED,
  SCHEMA_VERSION,
  UNAVAILABLE,
  base64ToBytes,
  bytesToBase64,
  imageResult,
  isAnalyzeRequest,
  isCheckImageRequest,
  isCleanImageRequest,
  isHashWatchlistRequest,
} from './shared/messages.js';
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

const detail = (err) => String(err?.message ?? err);

// Runs `work` once the core is loaded; errors become replies.
async function withCore(work) {
  try {
    await load();
  } catch (err) {
    console.error('CareCheck: the checker could not load', err);
    return { error: UNAVAILABLE, detail: detail(err) };
  }
  try {
    return await work();
  } catch (err) {
    // A trap leaves the instance unusable (panic = "abort"); say so rather
    // than pretend the post is fine.
    const trapped = err instanceof WebAssembly.RuntimeError;
    return { error: trapped ? UNAVAILABLE : FAILED, detail: detail(err) };
  }
}

const onAnalyze = (msg) =>
  withCore(async () => ({ report: analyze(msg.text, { ...(await currentOptions()), ...(msg.options ?? {}) }) }));

// An attached photo or video: its metadata and file name, read with the
// user's settings (a watchlist name in a file name, an allow-listed word).
const onCheckImage = (msg) =>
  withCore(async () => {
    const image = imageResult(checkImage(base64ToBytes(msg.data), msg.name, await currentOptions()));
    return image ? { image } : { error: FAILED, detail: 'the core returned an unexpected image result' };
  });

// The same photo without its metadata, for the user to attach instead.
const onCleanImage = (msg) => withCore(() => ({ data: bytesToBase64(cleanImage(base64ToBytes(msg.data))) }));

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
  if (sender.id !== api.runtime.id) return false;
  const handler = isAnalyzeRequest(msg)
    ? onAnalyze
    : isCheckImageRequest(msg)
      ? onCheckImage
      : isCleanImageRequest(msg)
        ? onCleanImage
        : null;
  if (!handler) return false;
  handler(msg).then(sendResponse);
  return true; // the reply is asynchronous
});

// Privacy-checkup reminders: daily alarm, toolbar badge (reminders.js).
installReminders(api);
