// Canonical text and the map back to the DOM, with no DOM in sight: the
// editor readers (editor-text.js) hand over blocks of leaves, and this file
// joins them and maps UTF-16 offsets back to (node, offset) pairs. Kept
// DOM-free so it is tested in Node.
//
// A leaf is {node, text} for a text node, or {node, text: '\n', br: true}
// for a line break inside a block. Blocks are joined with '\n', the way
// Draft's getPlainText('\n') and our Lexical reading do, so the core sees
// the same string the editor holds.

// -> {text, segments: [{node, start, end, br}]}, offsets in UTF-16 units
// (JavaScript string indices are UTF-16 code units already).
export function joinBlocks(blocks) {
  let text = '';
  const segments = [];
  blocks.forEach((leaves, i) => {
    if (i > 0) text += '\n';
    for (const leaf of leaves) {
      const start = text.length;
      text += leaf.text;
      segments.push({ node: leaf.node, start, end: text.length, br: !!leaf.br });
    }
  });
  return { text, segments };
}

// The DOM position of a text offset. `edge` is 'start' or 'end': an offset
// on the boundary between two leaves belongs to the next leaf when it starts
// a range and to the previous one when it ends it, so a range never spills
// into a neighbour. Offsets that fall between blocks (on a joining '\n')
// snap to the nearest leaf in the direction of the range's inside.
// -> {node, offset, br} or null when there is no leaf at all.
export function locate(segments, offset, edge = 'start') {
  if (segments.length === 0) return null;
  const inside = (s) => (edge === 'start' ? offset >= s.start && offset < s.end : offset > s.start && offset <= s.end);
  let best = null;
  for (const s of segments) {
    if (inside(s)) return position(s, offset);
    if (edge === 'start' && s.start >= offset) return position(s, s.start);
    if (edge === 'end' && s.end <= offset) best = s;
  }
  if (edge === 'end' && best) return position(best, best.end);
  const last = segments[segments.length - 1];
  return edge === 'start' ? position(last, last.end) : position(segments[0], segments[0].start);
}

function position(seg, offset) {
  // A <br> is addressed from its parent: before it (0) or after it (1).
  if (seg.br) return { node: seg.node, offset: offset > seg.start ? 1 : 0, br: true };
  return { node: seg.node, offset: offset - seg.start, br: false };
}
