// The last step before a risky post goes out: [data-carecheck-confirm],
// role=alertdialog, with "Edit" ([data-action=edit], the default) and
// "Post anyway" ([data-action=post]). Focus stays inside while it is open;
// Escape means Edit. Resolves with 'edit' or 'post'.

import { el, getUi } from './host.js';
import * as words from './words.js';

let open = null;

export function isConfirmOpen() {
  return open !== null;
}

// photos: 'none', 'only' (the attached photos alone are the concern) or 'also'.
export function askConfirm({ audience, reasons, photos = 'none' }) {
  if (open) return open.promise;
  const { host, popups, shadow } = getUi();
  const scrim = el('div', { className: 'scrim' });
  const dialog = el('div', {
    className: 'card tone-high',
    'data-carecheck-confirm': true,
    role: 'alertdialog',
    'aria-modal': 'true',
    'aria-labelledby': 'carecheck-confirm-title',
    'aria-describedby': 'carecheck-confirm-body',
  },
  el('h2', { id: 'carecheck-confirm-title' }, words.CONFIRM_TITLE),
  el('div', { id: 'carecheck-confirm-body' },
    el('p', {}, words.confirmBody(audience, reasons.map((r) => r.duty), photos)),
    reasons.length ? el('ul', {}, reasons.map((r) => el('li', {}, r.text))) : null),
  el('div', { className: 'actions' },
    el('button', { type: 'button', className: 'secondary danger', 'data-action': 'post' }, words.POST_ANYWAY),
    el('button', { type: 'button', className: 'primary', 'data-action': 'edit' }, words.EDIT)));

  let resolve;
  const promise = new Promise((r) => (resolve = r));
  const buttons = [...dialog.querySelectorAll('button')];

  const close = (choice) => {
    removeEventListener('focusin', keepFocus, true);
    scrim.remove();
    dialog.remove();
    open = null;
    resolve(choice);
  };

  // Focus that leaves for the page comes back; page focus traps (X's modal)
  // must not see focus arriving in our host and pull it away.
  const keepFocus = (e) => {
    if (e.target === host) {
      e.stopImmediatePropagation();
      return;
    }
    buttons[buttons.length - 1].focus();
  };

  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close('edit');
    } else if (e.key === 'Tab') {
      e.preventDefault();
      const i = buttons.indexOf(shadow.activeElement);
      buttons[(i + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length].focus();
    }
  });
  dialog.addEventListener('click', (e) => {
    const action = e.target.closest?.('[data-action]')?.dataset.action;
    if (action) close(action);
  });
  scrim.addEventListener('click', () => buttons[buttons.length - 1].focus());

  popups.append(scrim, dialog);
  addEventListener('focusin', keepFocus, true);
  buttons[buttons.length - 1].focus(); // Edit: the safe choice is the default
  open = { promise };
  return promise;
}
