// Apply a suggestion the way a user would: select the words in the editor,
// then let the browser "type" the replacement (execCommand insertText, or
// delete for an empty one). Draft.js and Lexical see a normal beforeinput /
// input, update their own state, and keep their undo stacks right. The
// editor's DOM is never written directly.

import { readEditor, rangeFor } from './editor-text.js';

// The editor handles selectionchange asynchronously (React's onSelect,
// Lexical's listener); give it that turn before typing over the selection.
function selectionSettled() {
  return new Promise((resolve) => {
    const done = () => {
      document.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, 50);
    document.addEventListener('selectionchange', done);
  });
}

// -> true if the editor now holds the replacement; false if the text under
// the finding changed since the report (nothing is touched then).
export async function applySuggestion(editor, finding, expected) {
  let snapshot = readEditor(editor);
  if (snapshot.text.slice(finding.start, finding.end) !== expected) return false;
  editor.focus({ preventScroll: true });
  if (snapshot.field) {
    editor.setSelectionRange(finding.start, finding.end);
  } else {
    snapshot = readEditor(editor); // focusing may re-render the editor
    const range = rangeFor(snapshot, finding.start, finding.end);
    if (!range) return false;
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    await selectionSettled();
  }
  const ok = finding.replacement
    ? document.execCommand('insertText', false, finding.replacement)
    : document.execCommand('delete', false);
  return ok;
}
