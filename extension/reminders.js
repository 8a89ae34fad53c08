// Privacy-checkup reminders: which checkup items are due, the toolbar badge,
// and the daily alarm. The due-date logic is pure (exported for unit tests);
// installReminders(api) wires it to the browser and is called once, at the
// top level of background.js, so its listeners exist on every wake-up.
//
// Storage (storage.local):
//   'checkup.reviewed'  {[itemId]: epoch ms of the last review}  (ISO date strings are accepted too)
//   'settings.*'        see shared/settings.js (reminder interval, profession)
// storage.managed (the organisation's policy, managed_schema.json): reminderDays
// and profession, when set, win over the user's own.
// Messages (from our own pages only):
//   {type: 'runReminderCheck'}  -> {due: n, ids: [...]}  recounts and sets the badge now

import CHECKUP from './data/checkup.json' with { type: 'json' };
import { KEYS, fromStorage, normalizeProfession, normalizeReminderDays } from './shared/settings.js';

export const REVIEWED_KEY = 'checkup.reviewed';
export const ALARM = 'carecheck-checkup-reminder';
export const PERIOD_MINUTES = 1440;
export const RUN_CHECK = 'runReminderCheck';
const DAY_MS = 24 * 60 * 60 * 1000;

// A stored review time as epoch ms, or null when missing or unreadable.
export function reviewedAt(value) {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value) {
    const t = Date.parse(value);
    return Number.isNaN(t) ? null : t;
  }
  return null;
}

// An item is due when it was never reviewed, or reviewed more than `days`
// whole days ago. A review dated in the future (clock changes) is not due.
export function isDue(value, now, days) {
  const t = reviewedAt(value);
  if (t === null) return true;
  return now - t > days * DAY_MS;
}

// When a reviewed item falls due again (epoch ms), or null if never reviewed.
export function dueAt(value, days) {
  const t = reviewedAt(value);
  return t === null ? null : t + days * DAY_MS;
}

export function dueItems(itemIds, reviewed, now, days) {
  const map = reviewed && typeof reviewed === 'object' ? reviewed : {};
  return itemIds.filter((id) => isDue(map[id], now, days));
}

// The organisation's policy over the user's settings (pure).
export function applyPolicy(settings, managed) {
  const out = { ...settings };
  if (managed && typeof managed === 'object') {
    if (managed.reminderDays != null) out.reminderDays = normalizeReminderDays(managed.reminderDays);
    const p = normalizeProfession(managed.profession);
    if (p) out.profession = p;
  }
  return out;
}

export function badgeText(count) {
  return count > 0 ? String(count) : '';
}

// ---------------------------------------------------------------------------
// Browser glue

const ITEM_IDS = CHECKUP.items.map((i) => i.id);

// {settings, reviewed} from storage.local and the policy (storage.managed is
// absent or refuses in Firefox without a policy: read as no policy).
export async function readCheckupState(api = globalThis.browser ?? globalThis.chrome) {
  const managed = async () => {
    try {
      return (await api.storage.managed?.get(['reminderDays', 'profession'])) ?? {};
    } catch {
      return {};
    }
  };
  const [local, policy] = await Promise.all([api.storage.local.get([REVIEWED_KEY, ...Object.values(KEYS)]), managed()]);
  const reviewed = local[REVIEWED_KEY] && typeof local[REVIEWED_KEY] === 'object' ? { ...local[REVIEWED_KEY] } : {};
  return { settings: applyPolicy(fromStorage(local), policy), reviewed };
}

export async function runReminderCheck(api = globalThis.browser ?? globalThis.chrome, now = Date.now()) {
  const { settings, reviewed } = await readCheckupState(api);
  const due = dueItems(ITEM_IDS, reviewed, now, settings.reminderDays);
  const text = badgeText(due.length);
  await api.action.setBadgeText({ text });
  if (text) {
    await api.action.setBadgeBackgroundColor?.({ color: '#B3261E' });
    await api.action.setBadgeTextColor?.({ color: '#FFFFFF' });
  }
  await api.action.setTitle?.({
    title: due.length
      ? api.i18n.getMessage('badgeTitleDue', [String(due.length)]) || `CareCheck: ${due.length} privacy checks due`
      : api.i18n.getMessage('actionTitle') || 'CareCheck',
  });
  return { due: due.length, ids: due };
}

async function ensureAlarm(api) {
  const existing = await api.alarms.get(ALARM);
  if (!existing || existing.periodInMinutes !== PERIOD_MINUTES) {
    await api.alarms.create(ALARM, { delayInMinutes: PERIOD_MINUTES, periodInMinutes: PERIOD_MINUTES });
  }
}

function check(api) {
  return runReminderCheck(api).catch((err) => {
    console.error('CareCheck: the checkup reminder check failed', err);
    return { error: String(err?.message ?? err) };
  });
}

export function installReminders(api = globalThis.browser ?? globalThis.chrome) {
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) check(api);
  });
  api.runtime.onInstalled.addListener(() => {
    ensureAlarm(api);
    check(api);
  });
  api.runtime.onStartup.addListener(() => {
    ensureAlarm(api);
    check(api);
  });
  // Ticking an item in the popup, or a new interval in the options, recounts.
  api.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' && (REVIEWED_KEY in changes || KEYS.reminderDays in changes)) || area === 'managed') check(api);
  });
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== api.runtime.id || msg?.type !== RUN_CHECK) return false;
    check(api).then(sendResponse);
    return true;
  });
  // A worker woken after the alarm was cleared (e.g. by a browser update) sets it again.
  ensureAlarm(api).catch(() => {});
}
