// The warning panel of one composer: [data-carecheck-panel] with data-risk,
// data-audience, data-state, data-revision, role=status (none/low) or alert
// (high), the reasons in words, and every finding as a focusable item that
// opens the same explanation as hovering its mark.
//
// The DOM is rebuilt only when what it says changes, so screen readers do
// not hear the alert again on every keystroke and keyboard focus survives.

import { el, getUi, placeCard } from './host.js';
import * as words from './words.js';

const WIDTH = 300;
const GAP = 8;

export function createPanel(owner, { onFocusFinding, onBlurFinding }) {
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
    if (li && !li.contains(e.relatedTarget)) onBlurFinding();
  });

  function content(m) {
    if (m.state === 'unavailable') return [el('p', { className: 'headline' }, words.UNAVAILABLE)];
    if (m.risk === 'none') return [el('p', {}, words.QUIET)];
    const lines = [
      m.risk !== 'none' ? words.audienceLine(m.audience, m.audienceName) : null,
      m.risk !== 'none' && m.location ? words.locationLine(m.location) : null,
      m.risk !== 'none' && m.media ? words.MEDIA_LINE : null,
    ].filter(Boolean);
    return [
      el('p', { className: 'brand' }, 'CareCheck'),
      el('p', { className: 'headline' }, words.headline(m.risk, m.audience, m.reasons.map((r) => r.duty))),
      ...lines.map((t) => el('p', {}, t)),
      m.reasons.length ? el('ul', { className: 'reasons' }, m.reasons.map((r) => el('li', {}, r.text))) : null,
      m.findings.length
        ? el('ul', { className: 'findings', 'aria-label': 'Details found' },
          m.findings.map((f, i) =>
            el('li', {},
              el('button', { type: 'button', className: `tone-${f.severity}`, 'data-carecheck-finding': i, 'data-label': f.label },
                `${words.labelName(f.label)}: `, el('span', { className: 'excerpt' }, `“${f.excerpt}”`)))))
        : null,
    ];
  }

  function update(m) {
    const tone = m.state === 'unavailable' ? 'low' : m.risk;
    // Nothing to say: a small "checked" chip, so the user can see CareCheck
    // is watching (and notices when it is not).
    const quiet = m.risk === 'none' && m.state !== 'unavailable';
    root.className = `card tone-${tone}${quiet ? ' quiet' : ''}`;
    // An empty composer has nothing to report (a feed full of comment boxes
    // would otherwise be a feed full of chips).
    root.hidden = quiet && m.empty;
    root.dataset.risk = m.risk;
    root.dataset.audience = m.audience;
    root.dataset.state = m.state;
    root.dataset.revision = String(m.revision);
    root.setAttribute('role', m.risk === 'high' ? 'alert' : 'status');

    const next = JSON.stringify([m.state === 'unavailable', m.risk, m.audience, m.audienceName, m.location, m.media,
      m.reasons.map((r) => [r.duty, r.text]), m.findings.map((f) => [f.label, f.excerpt, f.severity])]);
    if (next === said) return;
    said = next;
    // Keep keyboard focus on the same finding across a rebuild.
    const focused = root.contains(getUi().shadow.activeElement)
      ? getUi().shadow.activeElement.closest('[data-carecheck-finding]')?.dataset.carecheckFinding
      : undefined;
    root.replaceChildren(...content(m).filter(Boolean));
    if (focused !== undefined) root.querySelector(`[data-carecheck-finding="${focused}"]`)?.focus();
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
