// The single <carecheck-ui> host on document.documentElement, with an open
// shadow root holding every piece of the extension's UI. It sits outside
// body so no page layout, stacking context or React root owns it.

import { CSS } from './styles.js';

let ui = null;

// Inline, !important: page stylesheets may style unknown elements.
const HOST_STYLE = {
  all: 'initial', display: 'block', position: 'fixed', top: '0', left: '0', width: '0', height: '0',
  overflow: 'visible', 'z-index': '2147483647', 'pointer-events': 'none',
};

function addStyles(shadow) {
  // Both ways, because each browser blocks one: a constructed sheet is not
  // subject to the page's style-src (Chromium ignores a <style> there under
  // a strict CSP), while Firefox content scripts cannot adopt sheets but may
  // add <style>. Where both work the rules are simply the same twice.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox: fine, the <style> below carries the rules.
  }
  const style = document.createElement('style');
  style.textContent = CSS;
  shadow.append(style);
}

function create() {
  const host = document.createElement('carecheck-ui');
  for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  addStyles(shadow);
  const layer = (name) => {
    const el = document.createElement('div');
    el.className = `layer ${name}`;
    shadow.append(el);
    return el;
  };
  // Keystrokes in our UI are ours: keep page shortcuts from seeing them.
  host.addEventListener('keydown', (e) => e.stopPropagation());
  return { host, shadow, marks: layer('marks'), panels: layer('panels'), popups: layer('popups') };
}

// The UI, (re)attached if the page removed it.
export function getUi() {
  ui ??= create();
  if (!ui.host.isConnected) document.documentElement.append(ui.host);
  return ui;
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'className') node.className = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

// Place a fixed-position card at {left, top}, kept inside the viewport.
export function placeCard(card, left, top) {
  const w = card.offsetWidth, h = card.offsetHeight;
  const x = Math.max(8, Math.min(left, innerWidth - w - 8));
  const y = Math.max(8, Math.min(top, innerHeight - h - 8));
  card.style.setProperty('left', `${Math.round(x)}px`);
  card.style.setProperty('top', `${Math.round(y)}px`);
}

// Hands a file to the user as a download: a blob URL on a link in our own
// shadow root (the page's DOM is never touched), revoked once the browser
// has had time to start the download.
export function saveFile(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name, hidden: true });
  getUi().popups.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
