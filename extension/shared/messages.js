// Message names and shapes between the content script and the background
// worker, in one place (both sides import this file; it has no imports).
//
//   content -> background   {type: 'analyze', text, options: {platform}}
//   background -> content   {report}                   the core's report, schema SCHEMA_VERSION
//                           {error: 'unavailable', detail}   the checker could not load (retried next time)
//                           {error: 'failed', detail}        this text could not be analysed
//
//   options page -> background   {type: 'hashWatchlist', names: [...]}
//   background -> options page   {hashes: [...]} hex HMAC-SHA-256 under the device key (made on first use)
//                                {error: 'failed', detail}
//
// Nothing else crosses: no tab ids, no URLs, and the text is never stored.

export const ANALYZE = 'analyze';

// The report shape this extension understands (src/wasm.rs SCHEMA_VERSION).
export const SCHEMA_VERSION = 1;

export const UNAVAILABLE = 'unavailable';
export const FAILED = 'failed';

export function analyzeRequest(text, platform) {
  return { type: ANALYZE, text: String(text), options: { platform } };
}

export function isAnalyzeRequest(msg) {
  return msg !== null && typeof msg === 'object' && msg.type === ANALYZE && typeof msg.text === 'string';
}

// A reply is trusted only if it has the shape we expect; anything else
// (an older worker, a dead context) reads as "unavailable".
export function readReply(reply) {
  if (reply && typeof reply === 'object') {
    if (reply.report && typeof reply.report === 'object' && Array.isArray(reply.report.findings)) {
      return { report: reply.report };
    }
    if (typeof reply.error === 'string') {
      return { error: reply.error, detail: String(reply.detail ?? '') };
    }
  }
  return { error: UNAVAILABLE, detail: 'no reply from the checker' };
}

export const HASH_WATCHLIST = 'hashWatchlist';

export function hashWatchlistRequest(names) {
  return { type: HASH_WATCHLIST, names: names.map(String) };
}

export function isHashWatchlistRequest(msg) {
  return msg !== null && typeof msg === 'object' && msg.type === HASH_WATCHLIST && Array.isArray(msg.names);
}
