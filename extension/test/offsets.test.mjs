// Offset mapping between the editor's leaves and the UTF-16 text the core sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinBlocks, locate } from '../content/offsets.js';

// Stand-ins for DOM nodes: only identity matters to offsets.js.
const node = (name) => ({ name });
const leaf = (text) => ({ node: node(text), text });
const br = () => ({ node: node('br'), text: '\n', br: true });

test('blocks are joined with one newline, empty blocks included', () => {
  const { text, segments } = joinBlocks([[leaf('Mrs '), leaf('Ellis')], [], [leaf('Ward 7')]]);
  assert.equal(text, 'Mrs Ellis\n\nWard 7');
  assert.deepEqual(segments.map((s) => [s.start, s.end]), [[0, 4], [4, 9], [11, 17]]);
});

test('offsets are UTF-16 code units: emoji and astral characters count twice', () => {
  const { text, segments } = joinBlocks([[leaf('🏴󠁧󠁢󠁷󠁬󠁳󠁿 hi 👋'), leaf('Ward 7')]]);
  const i = text.indexOf('Ward');
  const at = locate(segments, i, 'start');
  assert.equal(at.node.name, 'Ward 7');
  assert.equal(at.offset, 0);
  assert.equal(text.length, segments[1].end);
});

test('a range boundary between two leaves stays inside the range', () => {
  const a = leaf('NHS '), b = leaf('943 476 5919');
  const { segments } = joinBlocks([[a, b]]);
  assert.deepEqual(locate(segments, 4, 'start'), { node: b.node, offset: 0, br: false });
  assert.deepEqual(locate(segments, 4, 'end'), { node: a.node, offset: 4, br: false });
});

test('offsets on the newline between blocks snap inwards', () => {
  const a = leaf('one'), b = leaf('two');
  const { segments } = joinBlocks([[a], [b]]);
  assert.deepEqual(locate(segments, 3, 'start'), { node: b.node, offset: 0, br: false });
  assert.deepEqual(locate(segments, 4, 'end'), { node: a.node, offset: 3, br: false });
});

test('a line break inside a block is one character, addressed before or after the <br>', () => {
  const b = br();
  const { text, segments } = joinBlocks([[leaf('a'), b, leaf('c')]]);
  assert.equal(text, 'a\nc');
  assert.deepEqual(locate(segments, 1, 'start'), { node: b.node, offset: 0, br: true });
  assert.deepEqual(locate(segments, 2, 'end'), { node: b.node, offset: 1, br: true });
});

test('past the end and empty editors', () => {
  const a = leaf('abc');
  const { segments } = joinBlocks([[a]]);
  assert.deepEqual(locate(segments, 99, 'start'), { node: a.node, offset: 3, br: false });
  assert.equal(locate([], 0, 'start'), null);
});
