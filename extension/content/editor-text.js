// The editor's text as the core should see it, read from the DOM without
// touching it, plus DOM ranges for offsets in that text.
//
// Draft.js (X): div[data-block] per block, text in span[data-text] leaves,
// an empty block holds a lone <br data-text>. Lexical (Facebook): one <p>
// (or heading, list item…) per block, text in span[data-lexical-text], a
// <br> inside a paragraph is a line break and an empty paragraph is <p><br></p>.
// Both come out of one walk: block elements start blocks, text nodes and
// <br>s are leaves, and the last <br> of a block is layout, not text (it is
// what keeps an empty line, or a trailing line break, visible).
// <textarea> (X's mobile composer) is just its value.

import { joinBlocks, locate } from './offsets.js';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

// Subtrees that are not the user's text: non-editable decorations inside the
// editor (Lexical decorators, X's typeahead bits) and anything of ours.
function skipped(el) {
  return el.getAttribute('contenteditable') === 'false' || el.localName === 'carecheck-ui' ||
    el.localName === 'style' || el.localName === 'script';
}

export function isTextField(el) {
  return el.localName === 'textarea' || el.localName === 'input';
}

// Exported for the unit tests (a minimal fake DOM is enough for it).
export function collectBlocks(root) {
  const blocks = [];
  let cur = null;
  const leaf = (x) => {
    if (cur === null) blocks.push((cur = []));
    cur.push(x);
  };
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.data) leaf({ node, text: node.data });
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || skipped(node)) return;
    if (node.localName === 'br') {
      leaf({ node, text: '\n', br: true });
      return;
    }
    const block = BLOCK_TAGS.has(node.tagName);
    const before = blocks.length;
    if (block) cur = null;
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (block) {
      if (blocks.length === before) blocks.push([]); // an empty block is still a line
      cur = null;
    }
  };
  for (let c = root.firstChild; c; c = c.nextSibling) visit(c);
  for (const b of blocks) if (b.length && b[b.length - 1].br) b.pop();
  return blocks;
}

// -> {field: true, text} for a textarea, or {field: false, text, segments}.
export function readEditor(el) {
  if (isTextField(el)) return { field: true, text: el.value, segments: [] };
  const { text, segments } = joinBlocks(collectBlocks(el));
  return { field: false, text, segments };
}

// A DOM Range over [start, end) of a contenteditable snapshot, or null.
export function rangeFor(snapshot, start, end) {
  if (snapshot.field) return null;
  const a = locate(snapshot.segments, start, 'start');
  const b = locate(snapshot.segments, end, 'end');
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  const range = document.createRange();
  try {
    if (a.br) a.offset ? range.setStartAfter(a.node) : range.setStartBefore(a.node);
    else range.setStart(a.node, a.offset);
    if (b.br) b.offset ? range.setEndAfter(b.node) : range.setEndBefore(b.node);
    else range.setEnd(b.node, b.offset);
  } catch {
    return null; // the editor re-rendered under us; the next check redraws
  }
  return range;
}

// The text offset of a DOM position inside a contenteditable snapshot: the
// start of the first leaf at or after it (or the end of the text).
export function offsetOf(snapshot, node, offset) {
  if (snapshot.field) return null;
  const point = document.createRange();
  try {
    point.setStart(node, offset);
  } catch {
    return null;
  }
  for (const s of snapshot.segments) {
    if (s.node === node && !s.br) return s.start + offset;
    if (point.comparePoint(s.node, 0) >= 0) return s.start;
  }
  return snapshot.text.length;
}
