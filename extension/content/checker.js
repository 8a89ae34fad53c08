// One composer's conversation with the background worker.
//
// Latest wins, with no debounce: at most one request is in flight; text that
// changes meanwhile is remembered (only the newest) and sent as soon as the
// reply arrives. A reply for text that has since changed is dropped, so what
// is drawn always matches the editor as of its last completed check. Errors
// come back as results too ({error}), so the panel can say the checker is
// unavailable instead of going quiet.

import { analyzeRequest, readReply } from '../shared/messages.js';
import { ask } from './ask.js';

// A worker that does not answer at all (crashed, or stuck loading) counts as
// unavailable after this long; a cold start with wasm init takes well under it.
const REPLY_TIMEOUT_MS = 10_000;

// onResult({text, report} | {text, error, detail}) is called for every
// result that is still current; onBusy(bool) when a request starts / the
// queue drains.
export function createChecker({ platform, onResult, onBusy }) {
  let inFlight = null; // text being analysed
  let wanted = null; // newest text waiting for its turn
  let last = null; // last applied result
  let waiters = [];
  let outdated = false; // the settings changed while a request was in flight

  async function send(text) {
    inFlight = text;
    onBusy(true);
    const reply = await ask(analyzeRequest(text, platform), readReply, REPLY_TIMEOUT_MS);
    inFlight = null;
    const next = wanted;
    wanted = null;
    if (outdated || (next !== null && next !== text)) {
      outdated = false;
      send(next ?? text); // this reply is stale: the editor or the settings moved on
      return;
    }
    last = { text, ...reply };
    onBusy(false);
    onResult(last);
    const ws = waiters;
    waiters = [];
    for (const resolve of ws) resolve(last);
  }

  // Ask for `text` to be checked; resolves with the first current result at
  // or after it.
  function check(text) {
    if (inFlight === null && wanted === null && last && last.text === text) return Promise.resolve(last);
    const done = new Promise((resolve) => waiters.push(resolve));
    if (inFlight === null) send(text);
    else if (inFlight !== text) wanted = text;
    else wanted = null; // back to the text already being checked
    return done;
  }

  // The result for exactly this text, if we have it.
  function resultFor(text) {
    return last && last.text === text && inFlight === null && wanted === null ? last : null;
  }

  // The settings changed: forget the last result and check `text` again.
  function refresh(text) {
    last = null;
    if (inFlight !== null) outdated = true;
    return check(text);
  }

  return { check, refresh, resultFor, get last() { return last; } };
}
