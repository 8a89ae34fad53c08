// Message names and shapes between the content script and the background
// worker, in one place (both sides import this file; it has no imports).
//
//   content -> background   {type: 'analyze', text, options: {platform}}
//   background -> content   {report}                   the core's report, schema SCHEMA_VERSION
//                           {error: 'unavailable', detail}   the checker could not load (retried next time)
//                           {error: 'failed', detail}        this text could not be analysed
//
//   content -> background   {type: 'checkImage', name, data}   data: the file's bytes in base64 ('' = name only)
//   background -> content   {image: {format, risk, findings, hasMetadata, cleanable}}   (see readImageReply)
//                           {error, detail}
//   content -> background   {type: 'cleanImage', data}
//   background -> content   {data}                      the cleaned file, base64
//                           {error, detail}
//
// Files travel as base64 because Chrome's runtime messaging is JSON: a
// Uint8Array would arrive as an object with one key per byte.
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
// The error a reply carries, or "unavailable" when it is no reply at all
// (every reader below ends here when the shape is not theirs).
const errorReply = (reply, what) =>
  reply && typeof reply === 'object' && typeof reply.error === 'string'
    ? { error: reply.error, detail: String(reply.detail ?? '') }
    : { error: UNAVAILABLE, detail: `no ${what} from the checker` };

export function readReply(reply) {
  if (reply && typeof reply === 'object' && reply.report && typeof reply.report === 'object' && Array.isArray(reply.report.findings)) {
    return { report: reply.report };
  }
  return errorReply(reply, 'reply');
}

export const HASH_WATCHLIST = 'hashWatchlist';

export function hashWatchlistRequest(names) {
  return { type: HASH_WATCHLIST, names: names.map(String) };
}

export function isHashWatchlistRequest(msg) {
  return msg !== null && typeof msg === 'object' && msg.type === HASH_WATCHLIST && Array.isArray(msg.names);
}

// ---------------------------------------------------------------------------
// Attached photos and videos

export const CHECK_IMAGE = 'checkImage';
export const CLEAN_IMAGE = 'cleanImage';

// Chrome refuses a message over 64 MiB of JSON, and base64 adds a third: a
// larger file is checked by its name alone.
export const MAX_IMAGE_BYTES = 32 * 1024 * 1024;
const MAX_BASE64 = 4 * Math.ceil(MAX_IMAGE_BYTES / 3);

export const RISKS = ['none', 'low', 'high'];
const SEVERITIES = ['low', 'medium', 'high'];
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const isBase64 = (data) => typeof data === 'string' && data.length <= MAX_BASE64 && data.length % 4 === 0 && BASE64.test(data);

export function checkImageRequest(name, data) {
  return { type: CHECK_IMAGE, name: String(name), data: String(data) };
}

export function isCheckImageRequest(msg) {
  return msg !== null && typeof msg === 'object' && msg.type === CHECK_IMAGE && typeof msg.name === 'string' && isBase64(msg.data);
}

export function cleanImageRequest(data) {
  return { type: CLEAN_IMAGE, data: String(data) };
}

export function isCleanImageRequest(msg) {
  return msg !== null && typeof msg === 'object' && msg.type === CLEAN_IMAGE && isBase64(msg.data) && msg.data.length > 0;
}

const str = (v) => (typeof v === 'string' ? v : '');

function imageFinding(f) {
  if (!f || typeof f !== 'object' || typeof f.label !== 'string' || typeof f.reason !== 'string') return null;
  return {
    label: f.label,
    severity: SEVERITIES.includes(f.severity) ? f.severity : 'medium',
    reason: f.reason,
    value: str(f.value),
    source: str(f.source),
  };
}

// The core's checkImage result, copied field by field (nothing else crosses),
// or null when it is not that shape.
export function imageResult(x) {
  if (!x || typeof x !== 'object' || !RISKS.includes(x.risk) || !Array.isArray(x.findings)) return null;
  if (typeof x.hasMetadata !== 'boolean' || typeof x.cleanable !== 'boolean') return null;
  const findings = x.findings.map(imageFinding);
  if (findings.includes(null)) return null;
  return { format: str(x.format) || 'other', risk: x.risk, findings, hasMetadata: x.hasMetadata, cleanable: x.cleanable };
}

export function readImageReply(reply) {
  const image = reply && typeof reply === 'object' ? imageResult(reply.image) : null;
  return image ? { image } : errorReply(reply, 'image check');
}

export function readCleanReply(reply) {
  if (reply && typeof reply === 'object' && isBase64(reply.data) && reply.data.length > 0) return { data: reply.data };
  return errorReply(reply, 'cleaned copy');
}

// FileReader.readAsDataURL's answer -> its base64 part.
export function base64FromDataUrl(url) {
  const s = String(url);
  const comma = s.indexOf(',');
  return comma >= 0 && /;base64$/.test(s.slice(0, comma)) ? s.slice(comma + 1) : '';
}

// Native where the engine has it (Chrome 140+, Firefox 133+); a loop elsewhere
// (older browsers, Node for the unit tests).
export function base64ToBytes(data) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(data);
  const bin = atob(data);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes) {
  if (typeof bytes.toBase64 === 'function') return bytes.toBase64();
  // String.fromCharCode takes its arguments on the stack: a chunk at a time.
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
