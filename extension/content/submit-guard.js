// The last check before a post leaves: capture-phase listeners on window run
// before the site's own (React listens on its root container), so a risky
// post can be held back without the editor ever knowing.
//
// A click on the site's Post button, Enter/Space on it, Ctrl/Cmd+Enter in a
// composer, or plain Enter in a comment box that posts on Enter: if any
// composer going out has a high verdict, for its text or its attached photos
// (checked now if the last check is stale), the event is cancelled and the
// confirm dialog asks. "Post anyway"
// replays the submission once, through the site's own button where there is
// one, with a one-shot bypass that only lives for that synchronous replay.

import { DEFAULT_CONFIRM, needsConfirm } from '../shared/settings.js';
import { maxRisk } from './photos.js';
import { askConfirm, isConfirmOpen } from './ui/confirm.js';

// How strict the confirm step is (options page / organisation policy):
// 'high' stops high-risk posts, 'low' also low-risk ones, 'never' none.
let confirmLevel = DEFAULT_CONFIRM;
export function setConfirmLevel(level) {
  confirmLevel = level;
}
// r: a composer's verdict, {report | error, images: {risk, reasons}}. A
// checker that is unavailable does not block the post (its panel says so);
// the photos still count.
const textStops = (r) => needsConfirm(confirmLevel, r?.report?.risk);
const photosStop = (r) => needsConfirm(confirmLevel, r?.images?.risk);
const stopsPost = (r) => needsConfirm(confirmLevel, maxRisk(r?.report?.risk ?? 'none', r?.images?.risk ?? 'none'));

export function installSubmitGuard({ adapter, composersForButton, composerAt }) {
  let bypass = false;
  let deciding = false;

  function replay(run) {
    bypass = true;
    try {
      run();
    } finally {
      bypass = false;
    }
  }

  async function decide(group, proceed) {
    deciding = true;
    try {
      const results = await Promise.all(group.map((c) => c.checkNow()));
      const risky = group.filter((c, i) => stopsPost(results[i]));
      if (!risky.length) return proceed();
      const audience = risky.some((c) => c.context().audience === 'public') ? 'public' : risky[0].context().audience;
      const reasons = results.flatMap((r) => [
        ...(textStops(r) ? r.report.reasons : []),
        ...(photosStop(r) ? r.images.reasons : []),
      ]);
      const unique = [...new Map(reasons.map((r) => [r.text, r])).values()];
      const photos = results.some(photosStop) ? (results.some(textStops) ? 'also' : 'only') : 'none';
      const choice = await askConfirm({ audience, reasons: unique, photos });
      if (choice === 'post') proceed();
      else risky[0].returnFocus();
    } finally {
      deciding = false;
    }
  }

  // Lets the event through (returns) or cancels it and decides later.
  function guard(e, group, post) {
    if (!group.length) return;
    // The post leaves with its attachments: the composers forget them.
    const proceed = () => {
      post();
      for (const c of group) c.submitted();
    };
    const known = group.map((c) => c.verdictNow());
    if (known.every((r) => r && !stopsPost(r))) {
      for (const c of group) c.submitted();
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    if (deciding || isConfirmOpen()) return; // one question at a time
    decide(group, proceed);
  }

  function onClick(e) {
    if (bypass || !(e.target instanceof Element)) return;
    const button = adapter.postButtonAt(e.target);
    if (button) guard(e, composersForButton(button), () => replay(() => button.click()));
  }

  function onKeyDown(e) {
    if (bypass || e.isComposing || !(e.target instanceof Element)) return;
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const button = adapter.postButtonAt(e.target);
    if (button) {
      // Keyboard activation of a div[role=button] Post (Facebook) never
      // produces a click event.
      guard(e, composersForButton(button), () => replay(() => button.click()));
      return;
    }
    if (e.key !== 'Enter') return;
    const composer = composerAt(e.target);
    if (!composer) return;
    const plainEnterPosts = adapter.submitsOnEnter(composer.editor) && !e.shiftKey && !e.altKey;
    if (!(e.ctrlKey || e.metaKey || plainEnterPosts)) return;
    const post = adapter.postButtonFor(composer.editor);
    const group = post ? composersForButton(post) : [composer];
    guard(e, group, () => replay(() => (post ? post.click() : resendKey(e, composer.editor))));
  }

  addEventListener('click', onClick, true);
  addEventListener('keydown', onKeyDown, true);
}

// No Post button to click (comment boxes): send the same key again. It is
// untrusted, so the browser inserts nothing; the editor's keydown handler
// (Lexical's KEY_ENTER_COMMAND) still sees Enter and posts.
function resendKey(e, editor) {
  editor.focus();
  editor.dispatchEvent(new KeyboardEvent('keydown', {
    key: e.key, code: e.code, keyCode: 13, which: 13,
    ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey,
    bubbles: true, cancelable: true, composed: true,
  }));
}
