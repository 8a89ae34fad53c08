// Every sentence the content UI shows, in one place (English for now; these
// move to _locales when the UI is translated).

const LABELS = {
  PERSON: 'Name',
  NHS_NUMBER: 'NHS number',
  RECORD_ID: 'Record number',
  DATE_OF_BIRTH: 'Date of birth',
  DATE: 'Date',
  AGE: 'Age',
  CONTACT: 'Contact details',
  ADDRESS: 'Address',
  FACILITY: 'Ward or facility',
  LOCATION: 'Place',
  HANDLE: 'Account handle',
  CLINICAL: 'Clinical detail',
  PATIENT_REF: 'Reference to a patient',
  RECENCY: 'Timing',
  CONDUCT: 'Derogatory wording',
};

export function labelName(label) {
  return LABELS[label] ?? String(label).toLowerCase().replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export function headline(risk, audience) {
  if (risk === 'high') {
    return audience === 'public'
      ? 'Stop: this public post could identify someone in your care.'
      : 'This post could identify someone in your care.';
  }
  if (risk === 'low') {
    return audience === 'public'
      ? 'Check this public post: it may say too much about someone in your care.'
      : 'Check this post: it may say too much about someone in your care.';
  }
  return 'No confidentiality concerns found.';
}

export function audienceLine(audience, name) {
  if (audience === 'public') return 'This post is public: anyone, on or off the site, can see and share it.';
  if (audience === 'limited') return `Audience: ${name || 'limited'}. People in it can still copy and share what you post.`;
  if (name) return `Posting to ${name}. Check who can see posts there.`;
  return null;
}

export const locationLine = (place) =>
  `A location is tagged (${place}): with the text it can point to where someone was cared for.`;

export const QUIET = 'CareCheck: no concerns found';

export const MEDIA_LINE =
  'Media is attached: check it shows no one in your care, and no screens, wristbands, notes or whiteboards.';

export const UNAVAILABLE =
  'CareCheck is unavailable: the checker could not start, so this post has not been checked. Reload the page to try again.';

export function suggestionLine(finding) {
  return finding.replacement ? `Suggested wording: “${finding.replacement}”` : 'Suggested: remove it.';
}

export const applyLabel = (finding) => (finding.replacement ? 'Use suggestion' : 'Remove it');

export const CONFIRM_TITLE = 'Post anyway?';
export function confirmBody(audience) {
  return audience === 'public'
    ? 'CareCheck found details in this public post that could identify someone in your care. Anyone can see a public post.'
    : 'CareCheck found details in this post that could identify someone in your care.';
}
export const EDIT = 'Edit';
export const POST_ANYWAY = 'Post anyway';
