// Answers the toolbar popup's {type: 'status'} with the verdict of the
// composer in focus, else the one used last: {active: true, platform, risk,
// audience, composers}. risk is none|low|high, 'checking' while a check is
// pending, or 'unavailable'; null when no composer was used yet or it is empty.

import { readEditor } from './editor-text.js';
import { maxRisk } from './photos.js';

export function installStatus({ platform, composers, composerAt }) {
  const api = globalThis.browser ?? globalThis.chrome;
  let lastUsed = null;
  document.addEventListener('focusin', (e) => {
    const c = composerAt(e.target);
    if (c) lastUsed = c;
  }, true);

  function current() {
    const focused = document.activeElement && composerAt(document.activeElement);
    if (focused) return focused;
    if (lastUsed && [...composers.values()].includes(lastUsed)) return lastUsed;
    return null;
  }

  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== api.runtime.id || msg?.type !== 'status') return false;
    const c = current();
    let risk = null;
    let audience = null;
    if (c && readEditor(c.editor).text.trim()) {
      const v = c.verdictNow();
      risk = v ? (v.error ? 'unavailable' : maxRisk(v.report?.risk ?? 'none', v.images?.risk ?? 'none')) : 'checking';
    }
    if (c) audience = c.context()?.audience ?? 'unknown';
    sendResponse({ active: true, platform, risk, audience, composers: composers.size });
    return false;
  });
}
