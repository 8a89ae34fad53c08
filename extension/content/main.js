// Content script entry: picks the site adapter, finds composers as they
// appear (dialogs, replies, SPA navigation), and wires each one to the
// checker, the overlay and the submit guard. Thin glue; the work is in the
// files it imports.

import { watchComposer } from './composer.js';
import { adapterFor } from './sites/index.js';
import { installPhotoWatch } from './photos.js';
import { installStatus } from './status.js';
import { loadSettings, onSettingsChanged } from '../shared/settings.js';
import { installSubmitGuard, setConfirmLevel } from './submit-guard.js';
import { getUi } from './ui/host.js';
import { hideTooltip, tooltipContains, tooltipOwner } from './ui/tooltip.js';

const adapter = adapterFor(location.hostname);
const composers = new Map(); // editor element -> composer

// One pass per frame at most: look for composers (if the DOM changed),
// then lay out every panel and mark.
let layoutQueued = false;
let scanQueued = false;
function requestLayout() {
  if (layoutQueued) return;
  layoutQueued = true;
  requestAnimationFrame(() => {
    layoutQueued = false;
    if (scanQueued) {
      scanQueued = false;
      scan();
    }
    getUi();
    for (const c of composers.values()) c.layout();
  });
}

function requestScan() {
  scanQueued = true;
  requestLayout();
}

// Composers come and go with React renders; the set is refreshed after
// every batch of DOM changes.
function scan() {
  for (const [editor, c] of composers) {
    if (!editor.isConnected || !editor.matches(adapter.composerSelector)) {
      c.destroy();
      composers.delete(editor);
    }
  }
  for (const editor of adapter.findComposers(document)) {
    if (!composers.has(editor)) composers.set(editor, watchComposer(editor, adapter, { requestLayout }));
  }
}

function composersForButton(button) {
  let depth = 30;
  for (let a = button.parentElement; a && depth-- > 0; a = a.parentElement) {
    const inside = [...composers.values()].filter((c) => a.contains(c.editor));
    if (inside.length) return inside;
  }
  return [];
}

const composerAt = (node) => [...composers.values()].find((c) => c.editor.contains(node)) ?? null;

// The composer a file attached at `node` goes with: the editor it was pasted
// or dropped into, else the innermost compose box around it (the file picker
// sits in the toolbar, beside the editor).
function composerForAttachment(node) {
  const direct = composerAt(node);
  if (direct) return direct;
  const boxOf = (c) => adapter.composeRoot(c.editor) ?? c.editor;
  const around = [...composers.values()].filter((c) => boxOf(c).contains(node));
  return around.find((c) => around.every((o) => boxOf(o).contains(boxOf(c)))) ?? around[0] ?? null;
}

// Hover over marks: the marks layer ignores the pointer, so find the mark
// under it from coordinates, once per frame at most.
let pointer = null;
let hoverQueued = false;
let leaveTimer = 0;
function onPointerMove(e) {
  pointer = { x: e.clientX, y: e.clientY };
  if (hoverQueued) return;
  hoverQueued = true;
  requestAnimationFrame(() => {
    hoverQueued = false;
    const { x, y } = pointer;
    const over = [...composers.values()].some((c) => c.hover(x, y)) || tooltipContains(x, y);
    clearTimeout(leaveTimer);
    if (!over && tooltipOwner() !== null) {
      // A short grace period to move from the mark onto the tooltip.
      leaveTimer = setTimeout(() => {
        if (!tooltipContains(pointer.x, pointer.y)) for (const c of composers.values()) c.leaveHover();
      }, 300);
    }
  });
}

function start() {
  getUi();
  new MutationObserver(requestScan).observe(document.documentElement, { childList: true, subtree: true });
  addEventListener('scroll', requestLayout, { capture: true, passive: true });
  addEventListener('resize', requestLayout, { passive: true });
  addEventListener('pointermove', onPointerMove, { passive: true });
  document.addEventListener('selectionchange', () => {
    const selection = getSelection();
    const composer = selection.anchorNode && composerAt(selection.anchorNode);
    if (composer && composer.editor.contains(selection.focusNode)) composer.noteSelection(selection);
  });
  addEventListener('keydown', (e) => e.key === 'Escape' && tooltipOwner() !== null && hideTooltip(), true);
  installSubmitGuard({ adapter, composersForButton, composerAt });
  installPhotoWatch({ composerFor: composerForAttachment });
  // Settings reach open composers at once: the confirm level here, the rest
  // (labels, places, allow-list, watchlist) through a fresh check.
  const applySettings = () =>
    loadSettings().then(({ settings }) => setConfirmLevel(settings.confirm), () => {});
  applySettings();
  onSettingsChanged(() => {
    applySettings();
    for (const c of composers.values()) c.recheck();
  });
  installStatus({ platform: adapter.platform, composers, composerAt }); // the popup's {type:'status'}
  scan();
  requestLayout();
}

if (adapter) start();
