// One watched composer: reads its text when it changes, asks the checker,
// and keeps its panel and marks in step with the answers.

import { applySuggestion } from './apply.js';
import { createChecker } from './checker.js';
import { offsetOf, rangeFor, readEditor } from './editor-text.js';
import { UNSEEN_MS, createAttachments, maxRisk } from './photos.js';
import { saveFile } from './ui/host.js';
import { drawMarks, hitTest, marksContainer, measure } from './ui/marks.js';
import { createPanel } from './ui/panel.js';
import { hideTooltip, showTooltip, tooltipFor } from './ui/tooltip.js';

const EXCERPT_MAX = 40;
let nextId = 1;

function excerpt(text, f) {
  const s = text.slice(f.start, f.end).replace(/\s+/g, ' ');
  return s.length > EXCERPT_MAX ? `${s.slice(0, EXCERPT_MAX - 1)}…` : s;
}

function union(a, b) {
  if (!b || (b.width === 0 && b.height === 0)) return a;
  return {
    left: Math.min(a.left, b.left), top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom),
  };
}

export function watchComposer(editor, adapter, { requestLayout }) {
  const id = `c${nextId++}`;
  let composing = false;
  let queued = false;
  let busy = false;
  let revision = 0;
  let result = null; // {text, report} | {text, error, detail}
  let boxes = [];
  let active = -1; // finding whose explanation is open
  let context = adapter.context(editor);
  let caret = null; // {start, end} of the user's last selection in the editor

  const checker = createChecker({
    platform: adapter.platform,
    onBusy(b) {
      busy = b;
      render();
    },
    onResult(r) {
      revision++;
      result = r;
      // An explanation opened for the old text may no longer fit.
      if (tooltipFor(id, active)) onBlurFinding();
      if (r.error) console.warn('CareCheck: checker unavailable:', r.detail);
      render();
      requestLayout();
    },
  });
  const photos = createAttachments({
    save: saveFile,
    onChange() {
      render();
      requestLayout();
    },
  });
  const panel = createPanel(id, { onFocusFinding, onBlurFinding, onSaveCleaned: (key) => photos.saveCleaned(key) });
  const marks = marksContainer(id);

  const report = () => result?.report ?? null;
  const findings = () => report()?.findings ?? [];
  const state = () => (result?.error ? 'unavailable' : busy || !result ? 'checking' : 'ready');

  // No debounce: one read per task, and the checker coalesces the rest.
  function schedule() {
    if (composing || queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      if (!composing && editor.isConnected) checker.check(readEditor(editor).text);
    }, 0);
  }

  function render() {
    const text = result?.text ?? '';
    const textRisk = report()?.risk ?? 'none';
    panel.update({
      state: state(),
      revision,
      empty: !text.trim(),
      risk: maxRisk(textRisk, photos.verdict().risk),
      textRisk,
      ...context,
      reasons: report()?.reasons ?? [],
      findings: findings().map((f) => ({ ...f, excerpt: excerpt(text, f) })),
      images: photos.view(),
    });
  }

  // A text result with the attachments' verdict beside it, for the submit guard.
  const withPhotos = (r) => r && { ...r, images: photos.verdict() };

  // Positions follow the page: called once per frame after scroll, resize
  // or any DOM change (main.js batches these).
  function layout() {
    if (!editor.isConnected) return;
    const next = adapter.context(editor);
    if (JSON.stringify(next) !== JSON.stringify(context)) {
      context = next;
      render();
    }
    photos.sync(context.media);
    const snapshot = readEditor(editor);
    // Offsets are only good for the text they were computed on; while a
    // newer check is on its way the old marks stay where they were.
    if (result && snapshot.text === result.text) {
      boxes = measure(editor, snapshot, findings());
      drawMarks(marks, boxes, findings(), active);
    } else if (!result || !findings().length) {
      boxes = [];
      drawMarks(marks, boxes, [], -1);
    }
    const own = editor.getBoundingClientRect();
    const root = adapter.composeRoot(editor) ?? editor;
    panel.place(own.width || own.height ? union(own, root.getBoundingClientRect()) : null);
  }

  function open(index, anchor, parent) {
    const f = findings()[index];
    if (!f) return null;
    active = index;
    drawMarks(marks, boxes, findings(), active);
    const expected = result.text.slice(f.start, f.end);
    return showTooltip({
      owner: id, index, finding: f, anchor, parent,
      onApply: async () => {
        hideTooltip();
        active = -1;
        const applied = await applySuggestion(editor, f, expected);
        if (!applied) console.warn('CareCheck: the text changed; suggestion not applied');
        schedule();
      },
    });
  }

  function onFocusFinding(index, item) {
    const box = boxes.find((b) => b.index === index);
    const tipId = open(index, box ?? item.getBoundingClientRect(), item.parentElement);
    if (tipId) item.setAttribute('aria-describedby', tipId);
  }

  function onBlurFinding() {
    active = -1;
    hideTooltip();
    drawMarks(marks, boxes, findings(), active);
  }

  // Pointer hover over a mark (coordinates from main.js). -> true if over one.
  function hover(x, y) {
    const index = hitTest(boxes, x, y);
    if (index < 0) return false;
    if (!tooltipFor(id, index)) open(index, boxes.find((b) => b.index === index), null);
    return true;
  }

  const onInput = () => schedule();
  const onCompositionStart = () => (composing = true);
  const onCompositionEnd = () => {
    composing = false;
    schedule();
  };
  editor.addEventListener('input', onInput);
  editor.addEventListener('paste', onInput);
  editor.addEventListener('cut', onInput);
  editor.addEventListener('compositionstart', onCompositionStart);
  editor.addEventListener('compositionend', onCompositionEnd);
  // Draft.js and Lexical often cancel beforeinput and render the change
  // themselves, so no input event fires: watch the DOM they render.
  const observer = new MutationObserver(() => {
    schedule();
    requestLayout();
  });
  observer.observe(editor, { childList: true, subtree: true, characterData: true });
  const resized = new ResizeObserver(() => requestLayout());
  resized.observe(editor);

  schedule();

  return {
    id,
    editor,
    layout,
    hover,
    // The check of the text and the attachments as they are now (before a submit).
    checkNow: () =>
      Promise.all([checker.check(readEditor(editor).text), photos.settled()]).then(([r]) => withPhotos(r)),
    // Check again with new settings (options page, organisation policy).
    recheck: () => editor.isConnected && checker.refresh(readEditor(editor).text),
    // The verdict for the current text and attachments if already known, else null.
    verdictNow: () => (photos.pending() ? null : withPhotos(checker.resultFor(readEditor(editor).text))),
    // Photos or videos the user just attached (photos.js installPhotoWatch).
    attach(files) {
      photos.add(files);
      // Unless the site shows them by then, they are forgotten (photos.sync).
      setTimeout(requestLayout, UNSEEN_MS + 100);
    },
    // The post went out: its attachments went with it.
    submitted: () => photos.clear(),
    context: () => context,
    // Called on every selectionchange while the selection is in the editor.
    noteSelection(selection) {
      const snapshot = readEditor(editor);
      const start = offsetOf(snapshot, selection.anchorNode, selection.anchorOffset);
      const end = offsetOf(snapshot, selection.focusNode, selection.focusOffset);
      if (start !== null && end !== null) caret = { start: Math.min(start, end), end: Math.max(start, end) };
    },
    // Back to the editor with the caret where the user left it (after the
    // confirm dialog took focus away).
    returnFocus() {
      editor.focus({ preventScroll: true });
      const range = caret && rangeFor(readEditor(editor), caret.start, caret.end);
      if (!range) return;
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    },
    leaveHover() {
      if (tooltipFor(id, active) && !panel.root.contains(getActive())) onBlurFinding();
    },
    destroy() {
      observer.disconnect();
      resized.disconnect();
      editor.removeEventListener('input', onInput);
      editor.removeEventListener('paste', onInput);
      editor.removeEventListener('cut', onInput);
      editor.removeEventListener('compositionstart', onCompositionStart);
      editor.removeEventListener('compositionend', onCompositionEnd);
      if (tooltipFor(id, active)) hideTooltip();
      panel.destroy();
      marks.remove();
    },
  };
}

function getActive() {
  return document.activeElement?.shadowRoot?.activeElement ?? null;
}
