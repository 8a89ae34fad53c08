// X (Twitter): every selector for x.com / twitter.com in one place.
// Sources: shared/research/dom-and-ux.md §1 (X's own compose bundle and
// test ids). Lists run from current markup to older fallbacks.

import { xAudience } from '../audience.js';
import { ancestorContaining, closestAny, isDisabled, pickedFiles, queryAll, queryFirst } from './dom.js';

const COMPOSERS = [
  '[data-testid^="tweetTextarea_"][role="textbox"]', // Draft.js editor (desktop)
  'textarea[data-testid^="tweetTextarea_"]', // mobile web
  '[data-testid^="tweetTextarea_"] textarea',
  // Older builds without test ids; DM composers are private, left alone.
  '.public-DraftEditor-content[contenteditable="true"]:not([data-testid^="dmComposer"])',
];

const POST_BUTTONS = [
  '[data-testid="tweetButton"]', // modal, thread, reply and quote dialogs
  '[data-testid="tweetButtonInline"]', // home timeline, inline reply
];
const POST_BUTTON = POST_BUTTONS.join(',');

const PROTECTED = '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid="icon-lock"]';
const ATTACHMENTS = '[data-testid="attachments"]';
const TOOLBAR = '[data-testid="toolBar"]';
const GEO_BUTTON = '[data-testid="geoButton"]';
// The reply-setting button sits between the editor and the toolbar too; it
// must not be mistaken for the tagged place.
const REPLY_SETTING = /can reply$|^Review the rules/i;

function composeRoot(editor) {
  return ancestorContaining(editor, POST_BUTTON) ?? editor.parentElement;
}

// The tagged place has no test id: it is a button with a pin icon and the
// place's name, after the editor and before the toolbar, and only exists
// when location tagging is on (geoButton enabled).
function taggedPlace(editor, root) {
  const geo = root.querySelector(GEO_BUTTON);
  if (geo && isDisabled(geo)) return null;
  const toolbar = root.querySelector(TOOLBAR);
  for (const b of root.querySelectorAll('button')) {
    if (b.contains(editor) || b.matches(POST_BUTTON) || b.closest(`${TOOLBAR},${ATTACHMENTS}`)) continue;
    if (!(editor.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (toolbar && !(b.compareDocumentPosition(toolbar) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    const label = (b.getAttribute('aria-label') ?? '').trim();
    const text = b.textContent.trim();
    if (!text || !b.querySelector('svg') || REPLY_SETTING.test(label) || REPLY_SETTING.test(text)) continue;
    return text;
  }
  return null;
}

function hasMedia(root) {
  const att = root.querySelector(ATTACHMENTS);
  return !!(att && att.childElementCount > 0) || pickedFiles(root) > 0;
}

export default {
  name: 'x',
  platform: 'twitter',
  composerSelector: COMPOSERS.join(','),
  postButtonSelector: POST_BUTTON,

  findComposers: (root) => queryAll(root, COMPOSERS),

  // The post button an event target is in, if any.
  postButtonAt: (target) => closestAny(target, POST_BUTTONS),

  composeRoot,
  postButtonFor: (editor) => queryFirst(composeRoot(editor), POST_BUTTONS),

  // Plain Enter is a new line on X; Ctrl/Cmd+Enter posts.
  submitsOnEnter: () => false,

  context(editor) {
    const root = composeRoot(editor);
    const isProtected = !!document.querySelector(PROTECTED);
    return {
      audience: xAudience(isProtected),
      audienceName: isProtected ? 'your followers' : 'Public',
      location: taggedPlace(editor, root),
      media: hasMedia(root),
    };
  },
};
