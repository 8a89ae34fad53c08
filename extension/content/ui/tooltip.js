// One floating card that explains a finding: what it is, why it matters,
// the suggested wording, and an Apply button ([data-carecheck-apply]).
// Shown when the pointer rests on a mark, or when a finding in the panel has
// keyboard focus (then it is moved next to that item, so Tab reaches Apply).

import { el, getUi, placeCard } from './host.js';
import { applyLabel, labelName, suggestionLine } from './words.js';

let card = null;
let current = null; // {owner, index}

export function showTooltip({ owner, index, finding, anchor, parent, onApply }) {
  hideTooltip();
  const id = `carecheck-tip-${owner}-${index}`;
  card = el(
    'div',
    { className: `card tone-${finding.severity}`, 'data-carecheck-tooltip': true, role: 'tooltip', id },
    el('p', { className: 'label' }, labelName(finding.label)),
    el('p', {}, finding.reason),
    finding.advice ? el('p', {}, finding.advice) : null,
    el('p', { className: 'suggestion' }, suggestionLine(finding)),
    el('div', { className: 'actions' },
      el('button', { type: 'button', className: 'primary', 'data-carecheck-apply': true }, applyLabel(finding))),
  );
  card.querySelector('[data-carecheck-apply]').addEventListener('click', (e) => {
    e.preventDefault();
    onApply();
  });
  (parent ?? getUi().popups).append(card);
  current = { owner, index };
  placeCard(card, anchor.left, anchor.bottom + 6);
  return id;
}

export function hideTooltip() {
  // Cleared before removing: removing a focused Apply button fires blur,
  // whose handler hides the tooltip again.
  const old = card;
  card = null;
  current = null;
  old?.remove();
}

export function tooltipFor(owner, index) {
  return current && current.owner === owner && current.index === index ? card : null;
}

export function tooltipContains(x, y) {
  if (!card) return false;
  const r = card.getBoundingClientRect();
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}

export function tooltipOwner() {
  return current?.owner ?? null;
}
