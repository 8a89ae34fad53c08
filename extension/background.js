// Background worker: the only place the WebAssembly core runs.
// Chrome loads this as a module service worker, Firefox as a module event
// page. The content script cannot instantiate wasm itself: the social sites'
// CSPs lack 'wasm-unsafe-eval', and a content script is bound by them.

import init, { analyze, schemaVersion } from './pkg/carecheck.js';
import { FAILED, SCHEMA_VERSION, UNAVAILABLE, isAnalyzeRequest } from './shared/messages.js';
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

async function onAnalyze(msg) {
  try {
    await load();
  } catch (err) {
    console.error('CareCheck: the checker could not load', err);
    return { error: UNAVAILABLE, detail: String(err?.message ?? err) };
  }
  try {
    return { report: analyze(msg.text, msg.options ?? null) };
  } catch (err) {
    // A trap leaves the instance unusable (panic = "abort"); say so rather
    // than pretend the post is fine.
    const trapped = err instanceof WebAssembly.RuntimeError;
    return { error: trapped ? UNAVAILABLE : FAILED, detail: String(err?.message ?? err) };
  }
}

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  // Only our own content scripts talk to us.
  if (sender.id !== api.runtime.id || !isAnalyzeRequest(msg)) return false;
  onAnalyze(msg).then(sendResponse);
  return true; // the reply is asynchronous
});

// Privacy-checkup reminders: daily alarm, toolbar badge (reminders.js).
installReminders(api);
