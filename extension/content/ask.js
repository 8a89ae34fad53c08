// One request to the background worker, always answered: a reply read by
// `read` (the messages.js reader for that request), or {error: 'unavailable'}
// when the worker does not answer in time, is gone, or the extension was
// updated under the page.

import { UNAVAILABLE } from '../shared/messages.js';

const api = globalThis.browser ?? globalThis.chrome;

export function ask(message, read, timeoutMs) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ error: UNAVAILABLE, detail: 'the checker did not answer' }), timeoutMs);
    let sent;
    try {
      sent = api.runtime.sendMessage(message);
    } catch (err) {
      sent = Promise.reject(err); // "Extension context invalidated" after an update
    }
    Promise.resolve(sent)
      .then(read, (err) => ({ error: UNAVAILABLE, detail: String(err?.message ?? err) }))
      .then((reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
  });
}
