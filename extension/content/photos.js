// Attached photos and videos. The page's own file picker, paste and drop
// are watched (read only: the events, inputs and editor are never touched);
// each photo or video attached near a watched composer is checked by the
// core in the background worker (metadata and file name), and the composer's
// panel lists what was found, with the checklist of what no program can see.

import {
  MAX_IMAGE_BYTES,
  RISKS,
  base64FromDataUrl,
  base64ToBytes,
  checkImageRequest,
  cleanImageRequest,
  readCleanReply,
  readImageReply,
} from '../shared/messages.js';
import { ask } from './ask.js';

// Reading and sending a large photo takes a while on a slow machine; the
// text check's 10 s would be too short.
const REPLY_TIMEOUT_MS = 30_000;

// An attachment the site never showed (it refused the file, or the paste was
// not an attach after all) is dropped after this long.
export const UNSEEN_MS = 5000;

const VIDEO_NAME = /\.(mp4|m4v|mov|webm|mkv|avi|3gp)$/i;
const IMAGE_NAME = /\.(jpe?g|png|webp|gif|heic|heif|avif|tiff?|bmp|dng)$/i;

// Some systems give HEIC photos or MKV videos no MIME type: the name decides.
export const isVideo = (file) => /^video\//i.test(file.type ?? '') || (!file.type && VIDEO_NAME.test(file.name ?? ''));
const isImage = (file) => /^image\//i.test(file.type ?? '') || (!file.type && IMAGE_NAME.test(file.name ?? ''));

// The photos and videos among a FileList (or array); other files are not ours to judge.
export function mediaFiles(list) {
  return [...(list ?? [])].filter((f) => f && typeof f.name === 'string' && (isImage(f) || isVideo(f)));
}

export function maxRisk(...risks) {
  return RISKS[Math.max(0, ...risks.map((r) => RISKS.indexOf(r)))];
}

const EXTENSIONS = { jpeg: 'jpg', png: 'png', webp: 'webp' };
// Neutral: the original name may itself give someone away.
export const cleanedName = (format) => `photo-cleaned.${EXTENSIONS[format] ?? 'jpg'}`;

// Videos and very large files are checked by their name alone: their bytes
// are not read into memory.
function readBase64(file) {
  if (isVideo(file) || file.size > MAX_IMAGE_BYTES) return Promise.resolve('');
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(base64FromDataUrl(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

const failed = (err) => ({ error: 'failed', detail: String(err?.message ?? err) });

export function checkFile(file) {
  return readBase64(file).then((data) => ask(checkImageRequest(file.name, data), readImageReply, REPLY_TIMEOUT_MS), failed);
}

export function cleanFile(file) {
  return readBase64(file).then(
    (data) => (data ? ask(cleanImageRequest(data), readCleanReply, REPLY_TIMEOUT_MS) : failed('the file is too large to clean here')),
    failed,
  );
}

let nextKey = 1;

// One composer's attachments. check(file) and clean(file) answer like
// checkFile / cleanFile; save(blob, name) hands a file to the user;
// onChange() after every change the panel should show.
export function createAttachments({ onChange, check = checkFile, clean = cleanFile, save, now = () => Date.now() }) {
  let items = [];
  const changed = () => onChange();

  function add(files) {
    for (const file of files) {
      const item = { key: `p${nextKey++}`, file, state: 'checking', image: null, error: '', seen: false, addedAt: now(), clean: 'idle' };
      item.done = check(file).then((reply) => {
        if (!items.includes(item)) return;
        if (reply.image) Object.assign(item, { state: 'ready', image: reply.image });
        else Object.assign(item, { state: 'error', error: reply.detail || reply.error });
        changed();
      });
      items.push(item);
    }
    if (files.length) changed();
  }

  // Follows the site: while it shows media, every attachment is confirmed;
  // when it shows none, the confirmed ones were removed (or posted), and
  // unconfirmed ones are given UNSEEN_MS to appear.
  function sync(siteShowsMedia) {
    if (siteShowsMedia) {
      for (const item of items) item.seen = true;
      return;
    }
    const keep = items.filter((item) => !item.seen && now() - item.addedAt < UNSEEN_MS);
    if (keep.length === items.length) return;
    items = keep;
    changed();
  }

  function clear() {
    if (!items.length) return;
    items = [];
    changed();
  }

  const ready = () => items.filter((item) => item.state === 'ready');

  // What the submit guard weighs: the highest risk, and a reason per finding
  // of every photo that has one.
  function verdict() {
    const risky = ready().filter((item) => item.image.risk !== 'none');
    return {
      risk: maxRisk(...ready().map((item) => item.image.risk)),
      reasons: risky.flatMap((item) =>
        item.image.findings.map((f) => ({ duty: 'confidentiality', text: `${item.file.name}: ${f.reason}` }))),
    };
  }

  async function saveCleaned(key) {
    const item = items.find((i) => i.key === key);
    if (!item || item.state !== 'ready' || item.clean === 'working') return;
    item.clean = 'working';
    changed();
    const reply = await clean(item.file);
    if (reply.data) {
      const name = cleanedName(item.image.format);
      save(new Blob([base64ToBytes(reply.data)], { type: item.file.type || 'application/octet-stream' }), name);
      Object.assign(item, { clean: 'saved', savedAs: name });
    } else {
      item.clean = 'failed';
    }
    if (items.includes(item)) changed();
  }

  // What the panel shows, one entry per file.
  const view = () =>
    items.map((item) => ({
      key: item.key,
      name: item.file.name,
      video: isVideo(item.file),
      state: item.state,
      risk: item.image?.risk ?? 'none',
      findings: item.image?.findings ?? [],
      cleanable: !!(item.image?.cleanable && item.image.hasMetadata),
      clean: item.clean,
      savedAs: item.savedAs ?? '',
    }));

  return {
    add,
    sync,
    clear,
    verdict,
    view,
    saveCleaned,
    get count() {
      return items.length;
    },
    pending: () => items.some((item) => item.state === 'checking'),
    settled: () => Promise.all(items.map((item) => item.done)),
  };
}

// The page's attach gestures, in the capture phase so the files are seen
// before the site's handlers run (X empties its file input in its own
// change handler). composerFor(node) names the composer an event belongs to.
export function installPhotoWatch({ composerFor }) {
  const take = (e, list) => {
    const files = mediaFiles(list);
    if (!files.length || !(e.target instanceof Node)) return;
    composerFor(e.target)?.attach(files);
  };
  addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'file') take(e, e.target.files);
  }, true);
  addEventListener('paste', (e) => take(e, e.clipboardData?.files), true);
  addEventListener('drop', (e) => take(e, e.dataTransfer?.files), true);
}
