// Reading who can see a post from the site's own labels. DOM-free (tested in
// Node): the site adapters find the label, this file says what it means.
//
// Audience values match the panel's data-audience: 'public' | 'limited' | 'unknown'.

const FB_PRIVACY_PREFIX = /^edit privacy\.\s*sharing with\s*/i;

// Facebook audience names that are not public. Anything else that is not
// "Public" is a group's (or page's) name, whose own visibility is unknown.
const FB_LIMITED = [
  /^friends\b/i, // "Friends", "Friends except: A, B…"
  /^only me\b/i,
  /^custom\b/i,
  /^specific friends\b/i,
  /^your friends\b/i, // "Your friends of friends"
  /^friends of friends\b/i,
  /^close friends\b/i,
];

// "Edit privacy. Sharing with Public. " -> {audience: 'public', name: 'Public'}
export function parseFacebookPrivacyLabel(label) {
  const raw = String(label ?? '').trim();
  if (!FB_PRIVACY_PREFIX.test(raw)) return { audience: 'unknown', name: '' };
  const name = raw.replace(FB_PRIVACY_PREFIX, '').replace(/\.\s*$/, '').trim();
  return { audience: classifyFacebookAudience(name), name };
}

// An audience name on its own ("Public", "Only me", a group's name).
export function classifyFacebookAudience(name) {
  const n = String(name ?? '').trim();
  if (!n) return 'unknown';
  if (/^public\b/i.test(n)) return 'public';
  if (FB_LIMITED.some((re) => re.test(n))) return 'limited';
  return 'unknown';
}

// Group pages say "Public group" / "Private group" near the composer.
export function classifyGroupPrivacy(text) {
  const t = String(text ?? '');
  if (/\bpublic group\b/i.test(t)) return 'public';
  if (/\bprivate group\b/i.test(t)) return 'limited';
  return 'unknown';
}

// Comment boxes: "Write a public comment…" says it outright; other
// placeholders say nothing about the audience.
export function classifyCommentLabel(label) {
  return /\bpublic comment\b/i.test(String(label ?? '')) ? 'public' : 'unknown';
}

// Facebook post headers: "Shared with Public", "Shared with Friends".
export function parseSharedWithLabel(label) {
  const m = /^shared with\s+(.+?)\.?\s*$/i.exec(String(label ?? '').trim());
  return m ? classifyFacebookAudience(m[1]) : 'unknown';
}

// X: every post is public unless the account is protected.
export function xAudience(isProtected) {
  return isProtected ? 'limited' : 'public';
}

// The stronger of two audience readings: public wins, then limited.
export function combineAudience(a, b) {
  if (a === 'public' || b === 'public') return 'public';
  if (a === 'limited' || b === 'limited') return 'limited';
  return 'unknown';
}
