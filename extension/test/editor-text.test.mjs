// Reading Draft.js and Lexical markup into the text the core sees, on a
// minimal fake DOM (only what the walk touches: node types, tags,
// attributes, firstChild/nextSibling).
import { test } from 'node:test';
import assert from 'node:assert/strict';

globalThis.Node ??= { ELEMENT_NODE: 1, TEXT_NODE: 3 };
const { collectBlocks } = await import('../content/editor-text.js');
const { joinBlocks } = await import('../content/offsets.js');

function link(parent, kids) {
  let prev = null;
  for (const k of kids) {
    k.parentNode = parent;
    if (prev) prev.nextSibling = k;
    else parent.firstChild = k;
    prev = k;
  }
  if (prev) prev.nextSibling = null;
  return parent;
}
const t = (data) => ({ nodeType: 3, data, nextSibling: null });
const h = (tag, attrs = {}, ...kids) =>
  link({ nodeType: 1, localName: tag, tagName: tag.toUpperCase(), getAttribute: (k) => attrs[k] ?? null, firstChild: null }, kids);

const read = (root) => joinBlocks(collectBlocks(root)).text;

// Draft.js as X renders it (dom-and-ux.md §1.4).
const draftBlock = (...leaves) =>
  h('div', { 'data-block': 'true' }, h('div', {}, ...leaves.map((l) => h('span', {}, l))));

test('Draft.js: blocks joined by newlines, styled leaves concatenated', () => {
  const root = h('div', { contenteditable: 'true' },
    h('div', { 'data-contents': 'true' },
      draftBlock(h('span', { 'data-text': 'true' }, t('Mrs Ellis ')), h('span', { 'data-text': 'true' }, t('bed 4'))),
      draftBlock(h('br', { 'data-text': 'true' })), // an empty block
      draftBlock(h('span', { 'data-text': 'true' }, t('sepsis')))));
  assert.equal(read(root), 'Mrs Ellis bed 4\n\nsepsis');
});

test('Lexical: paragraphs, an in-paragraph line break, an empty paragraph', () => {
  const root = h('div', { contenteditable: 'true', 'data-lexical-editor': 'true' },
    h('p', {}, h('span', { 'data-lexical-text': 'true' }, t('one')), h('br'), h('span', { 'data-lexical-text': 'true' }, t('two'))),
    h('p', {}, h('br')),
    h('p', {}, h('span', { 'data-lexical-text': 'true' }, t('three'))));
  assert.equal(read(root), 'one\ntwo\n\nthree');
});

test('Lexical: a trailing line break keeps its placeholder <br> out of the text', () => {
  const root = h('div', {}, h('p', {}, h('span', {}, t('end')), h('br'), h('br')));
  assert.equal(read(root), 'end\n');
});

test('non-editable decorations and our own UI are not text', () => {
  const root = h('div', {},
    h('p', {}, t('a'), h('span', { contenteditable: 'false' }, t('[image]')), t('b')),
    h('carecheck-ui', {}, t('panel')));
  assert.equal(read(root), 'ab');
});

test('lists: each item is a line', () => {
  const root = h('div', {}, h('ul', {}, h('li', {}, t('x')), h('li', {}, t('y'))));
  assert.equal(read(root), 'x\ny');
});
