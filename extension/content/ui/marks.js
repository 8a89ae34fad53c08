// Underlines: one fixed-position box per client rect of each finding's
// range, in our shadow root, clipped to the editor's visible area. The
// layer has pointer-events: none, so the editor underneath keeps every
// click and selection; hover is worked out from coordinates (hitTest).

import { rangeFor } from '../editor-text.js';
import { el, getUi } from './host.js';

// Where the editor's text is visible: its own box, cut by scrolling or
// clipping ancestors (X's composer scrolls inside a max-height wrapper).
function visibleArea(editor) {
  let { left, top, right, bottom } = editor.getBoundingClientRect();
  let depth = 0;
  for (let a = editor.parentElement; a && a !== document.body && depth < 12; a = a.parentElement, depth++) {
    const s = getComputedStyle(a);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const r = a.getBoundingClientRect();
    left = Math.max(left, r.left);
    top = Math.max(top, r.top);
    right = Math.min(right, r.right);
    bottom = Math.min(bottom, r.bottom);
  }
  return { left: Math.max(left, 0), top: Math.max(top, 0), right: Math.min(right, innerWidth), bottom: Math.min(bottom, innerHeight) };
}

function clip(r, area) {
  const left = Math.max(r.left, area.left), right = Math.min(r.right, area.right);
  const top = Math.max(r.top, area.top), bottom = Math.min(r.bottom, area.bottom);
  return right > left && bottom > top ? { left, top, right, bottom } : null;
}

// <textarea> text cannot be ranged: lay the same text out in a hidden
// mirror with the textarea's metrics and measure there.
const MIRRORED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'line-height', 'text-transform',
  'text-indent', 'tab-size', 'word-spacing', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'direction',
];
let mirror = null;

function fieldRects(field, start, end) {
  mirror ??= el('div', { 'aria-hidden': 'true' });
  const s = getComputedStyle(field);
  const box = field.getBoundingClientRect();
  for (const p of MIRRORED) mirror.style.setProperty(p, s.getPropertyValue(p));
  // Same line width as the textarea's text: its client width (inside the
  // borders, without a scrollbar) plus the borders, as a border-box.
  const width = field.clientWidth + parseFloat(s.borderLeftWidth) + parseFloat(s.borderRightWidth);
  Object.assign(mirror.style, {
    position: 'fixed', visibility: 'hidden', whiteSpace: 'pre-wrap', overflowWrap: 'break-word', borderStyle: 'solid',
    boxSizing: 'border-box', left: `${box.left - field.scrollLeft}px`, top: `${box.top - field.scrollTop}px`, width: `${width}px`,
  });
  const text = field.value;
  const hit = document.createTextNode(text.slice(start, end));
  mirror.replaceChildren(text.slice(0, start), hit, text.slice(end) + '\u200b');
  getUi().popups.append(mirror);
  const range = document.createRange();
  range.selectNodeContents(hit);
  const rects = [...range.getClientRects()];
  mirror.remove();
  return rects;
}

// -> [{left, top, right, bottom, index}] for the findings of a snapshot.
export function measure(editor, snapshot, findings) {
  const area = visibleArea(editor);
  const boxes = [];
  findings.forEach((f, index) => {
    let rects;
    if (snapshot.field) rects = fieldRects(editor, f.start, f.end);
    else rects = [...(rangeFor(snapshot, f.start, f.end)?.getClientRects() ?? [])];
    for (const r of rects) {
      if (r.width < 1 && r.height < 1) continue;
      const c = clip(r, area);
      if (c) boxes.push({ ...c, index });
    }
  });
  return boxes;
}

// Draws the boxes into the composer's own container.
export function drawMarks(container, boxes, findings, active) {
  container.replaceChildren(
    ...boxes.map((b) => {
      const f = findings[b.index];
      const mark = el('div', {
        className: `tone-${f.severity}`,
        'data-carecheck-mark': true,
        'data-label': f.label,
        'data-severity': f.severity,
        'data-finding': b.index,
        'data-active': b.index === active,
      });
      mark.style.setProperty('left', `${b.left}px`);
      mark.style.setProperty('top', `${b.top}px`);
      mark.style.setProperty('width', `${b.right - b.left}px`);
      mark.style.setProperty('height', `${b.bottom - b.top}px`);
      return mark;
    }),
  );
}

export function marksContainer(owner) {
  const c = el('div', { 'data-carecheck-marks': true, 'data-composer': owner });
  getUi().marks.append(c);
  return c;
}

// The finding under a point, or -1.
export function hitTest(boxes, x, y) {
  for (const b of boxes) if (x >= b.left && x <= b.right && y >= b.top - 2 && y <= b.bottom + 2) return b.index;
  return -1;
}
