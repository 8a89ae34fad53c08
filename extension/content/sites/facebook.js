// Facebook: every selector for *.facebook.com in one place.
// Sources: shared/research/dom-and-ux.md §2. Facebook's class names are
// generated hashes and are never used; roles, aria-labels and Lexical's
// data-lexical-editor are. aria-labels are translated: English only for now.

import {
  classifyCommentLabel,
  classifyGroupPrivacy,
  combineAudience,
  parseFacebookPrivacyLabel,
  parseSharedWithLabel,
} from '../audience.js';
import { ancestorContaining, closestAny, pickedFiles, queryAll, queryFirst, textNodesOutside } from './dom.js';

// Messenger's chat box is a Lexical textbox too; private messages are not posts.
const NOT_CHAT = ':not([aria-label^="Message"])';
const COMPOSERS = [
  `[contenteditable="true"][role="textbox"][data-lexical-editor="true"]${NOT_CHAT}`,
  `div[contenteditable="true"][role="textbox"]${NOT_CHAT}`,
];

const POST_BUTTONS = [
  'div[role="button"][aria-label="Post"]', // Create post dialog, group composer
  '[role="button"][aria-label="Post"]',
  '[role="button"][aria-label="Share now"]', // share dialog
  // Two-step composer (Pages): "Next" leads to "Post settings", where the
  // editor may already be gone, so the last look is on "Next".
  'div[role="button"][aria-label="Next"]',
];
const POST_BUTTON = POST_BUTTONS.join(',');

const DIALOG = '[role="dialog"]';
const PRIVACY_BUTTON = 'div[role="button"][aria-label^="Edit privacy. Sharing with "], [role="button"][aria-label^="Edit privacy."]';
const SHARED_WITH = '[aria-label^="Shared with "]';
const COMMENT_LABEL = /comment|reply|answer/i;
// The dialog header names the check-in: "Maya Lindqvist is at <a>St Mary's
// Hospital</a>" ("… is with <a>Priya</a> at <a>…</a>" with a tag).
const CHECK_IN = /(?:^|\s)(?:is )?at\s*$/;
const ATTACHMENT_PREVIEWS = '[aria-label="Attachments"] img, img[src^="blob:"], video';

function labelOf(editor) {
  return editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? '';
}

// Comment boxes say so in their label; failing that, a textbox with no Post
// button anywhere near it is a comment box (they post on Enter).
function isComment(editor) {
  if (COMMENT_LABEL.test(labelOf(editor))) return true;
  return !editor.closest(DIALOG) && !ancestorContaining(editor, POST_BUTTON, 15);
}

function composeRoot(editor) {
  if (!isComment(editor)) {
    return editor.closest(DIALOG) ?? ancestorContaining(editor, POST_BUTTON) ?? editor.parentElement;
  }
  return editor.closest('form') ?? editor.closest('[role="article"]') ?? editor.parentElement;
}

function audienceOf(editor, root) {
  if (isComment(editor)) {
    const own = classifyCommentLabel(labelOf(editor));
    const post = editor.closest('[role="article"]')?.querySelector(SHARED_WITH);
    const name = own === 'public' ? 'Public' : '';
    return { audience: combineAudience(own, parseSharedWithLabel(post?.getAttribute('aria-label'))), audienceName: name };
  }
  const button = root.querySelector(PRIVACY_BUTTON);
  if (!button) return { audience: 'unknown', audienceName: '' };
  const { audience, name } = parseFacebookPrivacyLabel(button.getAttribute('aria-label'));
  // A group's name says nothing about who can see it; the dialog may say
  // "Public group" / "Private group".
  const seen = audience === 'unknown' && name ? classifyGroupPrivacy(dialogText(editor, root)) : audience;
  return { audience: seen, audienceName: name || button.querySelector('img[alt]')?.alt || '' };
}

function dialogText(editor, root) {
  let text = '';
  for (const node of textNodesOutside(root, editor)) text += ` ${node.data}`;
  return text;
}

function checkIn(editor, root) {
  if (isComment(editor)) return null;
  for (const node of textNodesOutside(root, editor)) {
    if (!CHECK_IN.test(node.data)) continue;
    const place = node.nextSibling?.textContent?.trim();
    if (place) return place.slice(0, 80);
  }
  return null;
}

function hasMedia(editor, root) {
  if (isComment(editor)) return pickedFiles(root) > 0;
  return pickedFiles(root) > 0 || !!root.querySelector(ATTACHMENT_PREVIEWS);
}

export default {
  name: 'facebook',
  platform: 'facebook',
  composerSelector: COMPOSERS.join(','),
  postButtonSelector: POST_BUTTON,

  findComposers: (root) => queryAll(root, COMPOSERS),
  postButtonAt: (target) => closestAny(target, POST_BUTTONS),
  composeRoot,
  postButtonFor: (editor) => (isComment(editor) ? null : queryFirst(composeRoot(editor), POST_BUTTONS)),

  // Comment boxes post on Enter (Shift+Enter is a new line).
  submitsOnEnter: isComment,

  context(editor) {
    const root = composeRoot(editor);
    return { ...audienceOf(editor, root), location: checkIn(editor, root), media: hasMedia(editor, root) };
  },
};
