// The warning panel of one composer: [data-carecheck-panel] with data-risk
// (the text's and the attachments' together), data-audience, data-state,
// data-revision, role=status (none/low) or alert (high), the reasons in
// words, and every finding as a focusable item that opens the same
// explanation as hovering its mark. Attached photos and videos get a section
// of their own ([data-carecheck-images]): what the core found in each file,
// a cleaned copy to save where the core can make one, and always the
// checklist of what only a person can see in a photo.
//
// The DOM is rebuilt only when what it says changes, so screen readers do
// not hear the alert again on every keystroke and keyboard focus survives.

import { el, getUi, placeCard } from './host.js';
import * as words from './words.js';

const WIDTH = 300;
const GAP = 8;

function imageItem(img) {
  // What was found first ("Place: 51.50720, -0.12760"), why it matters
  // under it in small print: a photo with six findings still fits.
  const found = img.findings.length
    ? el('ul', { className: 'image-findings' },
      img.findings.map((f) =>
        el('li', { className: `tone-${f.severity}`, 'data-label': f.label },
          el('strong', {}, `${words.labelName(f.label)}: `),
          el('span', { className: 'value' }, f.value),
          el('span', { className: 'why' }, f.reason))))
    : null;
  const status = {
    checking: words.IMAGE_CHECKING,
    error: words.IMAGE_FAILED,
    ready: found ? null : img.video ? words.VIDEO_NAME_ONLY : words.IMAGE_CLEAN,
  }[img.state];
  const cleanNote = { saved: words.cleanSaved(img.savedAs), failed: words.CLEAN_FAILED }[img.clean] ?? words.CLEAN_HINT;
  return el('li', {
    className: `image tone-${img.risk}`,
    'data-carecheck-image': true,
    'data-risk': img.risk,
    'data-name': img.name,
    'data-state': img.state,
  },
  el('p', { className: 'image-name' }, img.name),
  status ? el('p', { className: 'note' }, status) : null,
  found,
  img.cleanable
    ? el('div', { className: 'clean' },
      el('button', {
        type: 'button', className: 'secondary', 'data-carecheck-clean': true, 'data-key': img.key, disabled: img.clean === 'working',
      }, img.clean === 'working' ? words.CLEAN_WORKING : words.CLEAN_BUTTON),
      el('p', { className: 'note', 'data-clean-state': img.clean }, cleanNote))
    : null);
}

function imagesSection(images) {
  // The checklist first: it is short, always true, and must not end up
  // below the fold of a card listing several files.
  return el('section', { 'data-carecheck-images': true, 'aria-label': words.IMAGES_LABEL },
    el('div', { className: 'checklist', 'data-carecheck-photo-checklist': true },
      el('p', {}, words.CHECKLIST_INTRO),
      el('ul', {}, words.CHECKLIST.map((t) => el('li', {}, t)))),
    el('ul', { className: 'images' }, images.map(imageItem)));
}

export function createPanel(owner, { onFocusFinding, onBlurFinding, onSaveCleaned }) {
  const root = el('section', {
    className: 'card tone-none',
    'data-carecheck-panel': true,
    'data-composer': owner,
    'data-risk': 'none',
    'data-audience': 'unknown',
    'data-state': 'checking',
    'data-revision': 0,
    role: 'status',
    'aria-label': 'CareCheck',
  });
  getUi().panels.append(root);
  let said = '';

  root.addEventListener('focusin', (e) => {
    const item = e.target.closest?.('[data-carecheck-finding]');
    if (item) onFocusFinding(Number(item.dataset.carecheckFinding), item);
  });
  root.addEventListener('focusout', (e) => {
    const li = e.target.closest?.('li');
    if (li && li.querySelector('[data-carecheck-finding]') && !li.contains(e.relatedTarget)) onBlurFinding();
  });
  root.addEventListener('click', (e) => {
    const button = e.target.closest?.('[data-carecheck-clean]');
    if (button && !button.disabled) onSaveCleaned(button.dataset.key);
  });

  function content(m) {
    const images = m.images.length ? imagesSection(m.images) : null;
    if (m.state === 'unavailable') return [el('p', { className: 'headline' }, words.UNAVAILABLE), images];
    if (m.risk === 'none' && !images) return [el('p', {}, words.QUIET)];
    const lines = [
      m.risk !== 'none' ? words.audienceLine(m.audience, m.audienceName) : null,
      m.risk !== 'none' && m.location ? words.locationLine(m.location) : null,
      // Attachments CareCheck did not see being attached (a GIF from the site's search).
      m.risk !== 'none' && m.media && !images ? words.MEDIA_LINE : null,
    ].filter(Boolean);
    const textLeads = m.textRisk !== 'none' && m.textRisk === m.risk;
    return [
      el('p', { className: 'brand' }, 'CareCheck'),
      el('p', { className: 'headline' }, textLeads
        ? words.headline(m.risk, m.audience, m.reasons.map((r) => r.duty))
        : words.photoHeadline(m.risk, m.audience)),
      ...lines.map((t) => el('p', {}, t)),
      m.reasons.length ? el('ul', { className: 'reasons' }, m.reasons.map((r) => el('li', {}, r.text))) : null,
      m.findings.length
        ? el('ul', { className: 'findings', 'aria-label': 'Details found' },
          m.findings.map((f, i) =>
            el('li', {},
              el('button', { type: 'button', className: `tone-${f.severity}`, 'data-carecheck-finding': i, 'data-label': f.label },
                `${words.labelName(f.label)}: `, el('span', { className: 'excerpt' }, `“${f.excerpt}”`)))))
        : null,
      images,
    ];
  }

  function update(m) {
    const tone = m.state === 'unavailable' ? 'low' : m.risk;
    // Nothing to say: a small "checked" chip, so the user can see CareCheck
    // is watching (and notices when it is not).
    const quiet = m.risk === 'none' && m.state !== 'unavailable' && !m.images.length;
    root.className = `card tone-${tone}${quiet ? ' quiet' : ''}`;
    // An empty composer has nothing to report (a feed full of comment boxes
    // would otherwise be a feed full of chips).
    root.hidden = quiet && m.empty;
    root.dataset.risk = m.risk;
    root.dataset.audience = m.audience;
    root.dataset.state = m.state;
    root.dataset.revision = String(m.revision);
    root.setAttribute('role', m.risk === 'high' ? 'alert' : 'status');

    const next = JSON.stringify([m.state === 'unavailable', m.risk, m.textRisk, m.audience, m.audienceName, m.location, m.media,
      m.reasons.map((r) => [r.duty, r.text]), m.findings.map((f) => [f.label, f.excerpt, f.severity]), m.images]);
    if (next === said) return;
    said = next;
    // Keep keyboard focus on the same finding or button across a rebuild.
    const active = root.contains(getUi().shadow.activeElement) ? getUi().shadow.activeElement : null;
    const finding = active?.closest('[data-carecheck-finding]')?.dataset.carecheckFinding;
    const clean = active?.closest('[data-carecheck-clean]')?.dataset.key;
    root.replaceChildren(...content(m).filter(Boolean));
    if (finding !== undefined) root.querySelector(`[data-carecheck-finding="${finding}"]`)?.focus();
    else if (clean !== undefined) root.querySelector(`[data-carecheck-clean][data-key="${clean}"]`)?.focus();
  }

  // Beside the compose box (right) if there is room, else under it, else
  // above it, else on its left (X's left column is the navigation); never
  // over the editor or its Post button.
  // anchor: the compose box's rect, or null when it is not displayed.
  function place(anchor) {
    root.style.setProperty('visibility', anchor ? 'visible' : 'hidden');
    if (!anchor || root.hidden) return;
    const quiet = root.classList.contains('quiet');
    root.style.setProperty('width', quiet ? 'auto' : `${WIDTH}px`);
    const w = root.offsetWidth, h = root.offsetHeight;
    if (innerWidth - anchor.right >= w + 2 * GAP) placeCard(root, anchor.right + GAP, anchor.top);
    else if (innerHeight - anchor.bottom >= h + 2 * GAP) placeCard(root, anchor.left, anchor.bottom + GAP);
    else if (anchor.top >= h + 2 * GAP) placeCard(root, anchor.left, anchor.top - h - GAP);
    else if (anchor.left >= w + 2 * GAP) placeCard(root, anchor.left - w - GAP, anchor.top);
    else placeCard(root, anchor.left, anchor.bottom + GAP);
  }

  function itemFor(index) {
    return root.querySelector(`[data-carecheck-finding="${index}"]`);
  }

  return { root, update, place, itemFor, destroy: () => root.remove() };
}
