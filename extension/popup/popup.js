// CareCheck toolbar popup: the state of the current tab, the "before you
// post" tips linked to the user's regulator, and the privacy checkup.
// Everything it shows comes from the extension package (data/checkup.json)
// and storage.local; nothing is fetched from the network. Links open in a new
// tab only when clicked.

import CHECKUP from '../data/checkup.json' with { type: 'json' };
import { REVIEWED_KEY, RUN_CHECK, dueAt, isDue, readCheckupState, reviewedAt } from '../reminders.js';
import { KEYS, fromStorage } from '../shared/settings.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (sel) => document.querySelector(sel);

function t(key, subs, fallback = '') {
  let s = '';
  try {
    s = api.i18n.getMessage(key, subs);
  } catch {}
  return s || fallback;
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

// An external link: a new tab when clicked (or Enter), never before.
function extLink(url, visible, accessibleExtra) {
  const a = el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, visible);
  a.append(el('span', { class: 'sr-only', text: ` ${accessibleExtra ?? ''} ${t('popupNewTab', null, '(opens in a new tab)')}`.replace(/\s+/g, ' ') }));
  a.addEventListener('click', (e) => {
    if (!api.tabs?.create) return; // fall back to target=_blank
    e.preventDefault();
    api.tabs.create({ url }).catch?.(() => window.open(url, '_blank', 'noopener'));
  });
  return a;
}

function formatDate(ms) {
  const lang = api.i18n?.getUILanguage?.() || undefined;
  try {
    return new Date(ms).toLocaleDateString(lang, { day: 'numeric', month: 'short', year: 'numeric' });
  } catch {
    return new Date(ms).toISOString().slice(0, 10);
  }
}

// ---------------------------------------------------------------------------
// Localised static text

for (const node of document.querySelectorAll('[data-i18n]')) {
  const s = t(node.dataset.i18n);
  if (s) node.textContent = s;
}

// ---------------------------------------------------------------------------
// State

let data = null;
let settings = fromStorage({});
let reviewed = {};

// The one data file, imported as a JSON module (packaged; nothing fetched).
const loadData = async () => CHECKUP;

async function loadStorage() {
  ({ settings, reviewed } = await readCheckupState(api));
}

// ---------------------------------------------------------------------------
// Checkup

function itemState(item) {
  const value = reviewed[item.id];
  const due = isDue(value, Date.now(), settings.reminderDays);
  const at = reviewedAt(value);
  let text;
  if (at === null) text = t('popupItemNever', null, 'Due: not reviewed yet');
  else if (due) text = t('popupItemDue', [formatDate(at)], `Due: last reviewed ${formatDate(at)}`);
  else text = t('popupItemReviewed', [formatDate(at)], `Reviewed ${formatDate(at)}`);
  return { due, text, nextDue: dueAt(value, settings.reminderDays) };
}

function renderItem(item, siteName) {
  const id = `ck-${item.id}`;
  const stateId = `st-${item.id}`;
  const { due, text } = itemState(item);
  const box = el('input', { type: 'checkbox', id, 'aria-describedby': stateId });
  box.checked = !due;
  box.addEventListener('change', () => onTick(item, box.checked));
  return el(
    'li',
    { 'data-checkup-item': true, 'data-id': item.id, 'data-site': item.site, 'data-due': String(due) },
    box,
    el('label', { for: id, text: item.question }),
    el('span', { class: 'state', id: stateId, text }),
    extLink(item.url, t('popupOpenSettings', null, 'Open settings'), `(${siteName}: ${item.question})`),
  );
}

function renderCheckup() {
  $('#checkup-intro').textContent = t(
    'popupCheckupIntro',
    [String(settings.reminderDays)],
    `Tick each setting once you have reviewed it. CareCheck reminds you every ${settings.reminderDays} days.`,
  );
  const root = $('#checkup-sites');
  const focusedId = document.activeElement?.closest?.('[data-checkup-item]') ? document.activeElement.id : null;
  root.replaceChildren();
  let dueCount = 0;
  for (const [siteId, site] of Object.entries(data.sites)) {
    const items = data.items.filter((i) => i.site === siteId);
    const headingId = `site-${siteId}`;
    const list = el('ul', { class: 'site-list', 'aria-labelledby': headingId });
    for (const item of items) {
      const li = renderItem(item, site.name);
      if (li.dataset.due === 'true') dueCount++;
      list.append(li);
    }
    root.append(
      el('h3', { id: headingId, text: site.name }),
      list,
      el('p', { class: 'hub' }, extLink(site.hub, t('popupOpenHub', [site.name], `All ${site.name} privacy settings`))),
    );
  }
  $('#checkup-summary').textContent = dueCount
    ? t('popupCheckupSummaryDue', [String(dueCount), String(data.items.length)], `${dueCount} of ${data.items.length} due for review.`)
    : t('popupCheckupSummaryDone', null, 'All reviewed. Nothing due.');
  $('#checkup-summary').dataset.due = String(dueCount);
  if (focusedId) document.getElementById(focusedId)?.focus();
}

async function onTick(item, checked) {
  if (checked) reviewed[item.id] = Date.now();
  else delete reviewed[item.id];
  await api.storage.local.set({ [REVIEWED_KEY]: reviewed });
  renderCheckup();
  // The background also recounts on the storage change; ask anyway so the
  // badge is right even if its listener was asleep.
  api.runtime.sendMessage({ type: RUN_CHECK }).catch?.(() => {});
}

// ---------------------------------------------------------------------------
// Before you post

function bodyName(profession) {
  return profession.guidance[0]?.title.split(':')[0] ?? profession.name;
}

function renderTips() {
  const profession = settings.profession && data.professions[settings.profession];
  const list = $('#tip-list');
  list.replaceChildren();
  for (const tip of data.tips) {
    const li = el('li', { 'data-tip': tip.id }, tip.text);
    if (profession) {
      const g = profession.guidance[0];
      const body = bodyName(profession);
      li.append(' ', extLink(g.url, t('popupTipLink', [body], `${body} guidance`), `(${g.title})`));
    }
    list.append(li);
  }
  const guidance = $('#guidance');
  guidance.replaceChildren();
  if (profession) {
    guidance.append(
      el('p', { text: t('popupGuidanceFor', [profession.name], `Your guidance (${profession.name}):`) }),
      el('ul', {}, ...profession.guidance.map((g) => el('li', {}, extLink(g.url, g.title)))),
    );
    guidance.dataset.profession = settings.profession;
  } else {
    guidance.append(el('p', { class: 'muted', text: t('popupTipsChooseProfession', null, 'Choose your profession in Settings to link each tip to your regulator\'s guidance.') }));
    delete guidance.dataset.profession;
  }
}

// ---------------------------------------------------------------------------
// This tab

const SUPPORTED = /^https:\/\/(x\.com|twitter\.com|mobile\.twitter\.com|([a-z0-9-]+\.)?facebook\.com)\//i;
const SITE_NAMES = { twitter: 'X', x: 'X', facebook: 'Facebook' };

async function targetTab() {
  // ?tab=ID shows another tab's state (the popup opened as a page, e.g. in tests).
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    try {
      return await api.tabs.get(Number(param));
    } catch {
      return null;
    }
  }
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

function showTab({ active, text, verdict, risk, audience }) {
  const box = $('#tab-status');
  box.dataset.active = String(active);
  if (risk) box.dataset.risk = risk;
  else delete box.dataset.risk;
  if (audience) box.dataset.audience = audience;
  else delete box.dataset.audience;
  $('#tab-active').textContent = text;
  const v = $('#tab-verdict');
  v.textContent = verdict ?? '';
  v.hidden = !verdict;
}

const RISK_TEXT = {
  none: ['popupRiskNone', 'No problems found in the post you are writing.'],
  low: ['popupRiskLow', 'The post you are writing has something worth checking.'],
  high: ['popupRiskHigh', 'The post you are writing may identify a service user.'],
  checking: ['popupRiskChecking', 'Checking the post you are writing…'],
  unavailable: ['popupRiskUnavailable', 'The checker is unavailable: check the post yourself before sharing it.'],
};
const AUDIENCE_TEXT = {
  public: ['popupAudiencePublic', 'Audience: public.'],
  limited: ['popupAudienceLimited', 'Audience: limited (friends or followers).'],
};

async function renderTab() {
  const inactive = () =>
    showTab({ active: false, text: t('popupTabInactive', null, 'CareCheck is not active on this page. It checks posts on x.com, twitter.com and facebook.com.') });
  const tab = await targetTab();
  if (!tab?.id) return inactive();
  let reply = null;
  try {
    reply = await Promise.race([
      api.tabs.sendMessage(tab.id, { type: 'status' }),
      new Promise((resolve) => setTimeout(() => resolve(null), 1500)),
    ]);
  } catch {
    reply = null;
  }
  if (!reply?.active) {
    // The URL is only visible for sites our content script runs on.
    if (tab.url && SUPPORTED.test(tab.url)) {
      return showTab({ active: false, text: t('popupTabReload', null, 'CareCheck is not running in this tab yet. Reload the page to turn it on.') });
    }
    return inactive();
  }
  const site = SITE_NAMES[reply.platform] ?? 'this site';
  const [rk, rf] = reply.risk ? RISK_TEXT[reply.risk] ?? RISK_TEXT.checking : ['popupRiskNoComposer', 'You are not writing a post here yet.'];
  let verdict = t(rk, null, rf);
  const aud = AUDIENCE_TEXT[reply.audience];
  if (reply.risk && aud) verdict += ` ${t(aud[0], null, aud[1])}`;
  showTab({
    active: true,
    text: t('popupTabActive', [site], `CareCheck is active on ${site}.`),
    verdict,
    risk: reply.risk ?? 'idle',
    audience: reply.audience,
  });
}

// ---------------------------------------------------------------------------

$('#open-options').addEventListener('click', () => {
  const p = api.runtime.openOptionsPage?.();
  p?.catch?.((err) => console.warn('CareCheck: no options page', err));
});

api.storage.onChanged.addListener((changes, area) => {
  if (!data) return;
  if (area === 'managed' || (area === 'local' && (REVIEWED_KEY in changes || KEYS.reminderDays in changes || KEYS.profession in changes))) {
    loadStorage().then(() => {
      renderCheckup();
      renderTips();
    });
  }
});

async function main() {
  [data] = await Promise.all([loadData(), loadStorage()]);
  renderTips();
  renderCheckup();
  document.body.dataset.ready = 'true';
  await renderTab();
  document.body.dataset.tabReady = 'true';
}

main().catch((err) => {
  console.error('CareCheck popup', err);
  document.body.dataset.ready = 'error';
});
