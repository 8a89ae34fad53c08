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

// `duties` are the report's reason duties ("confidentiality", "respect"):
// the headline names the one at stake.
export function headline(risk, audience, duties = []) {
  if (risk === 'none') return 'No confidentiality concerns found.';
  const where = audience === 'public' ? 'this public post' : 'this post';
  if (!duties.includes('confidentiality') && duties.includes('respect')) {
    return risk === 'high'
      ? `Stop: ${where} uses derogatory words about someone readers could identify.`
      : `Check ${where}: it uses derogatory words about people you work with or care for.`;
  }
  return risk === 'high'
    ? `Stop: ${where} could identify someone in your care.`
    : `Check ${where}: it may say too much about someone in your care.`;
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

// Attached photos and videos --------------------------------------------------

// When the attachments, not the text, carry the highest risk.
export function photoHeadline(risk, audience) {
  const where = audience === 'public' ? 'this public post' : 'this post';
  if (risk === 'high') return `Stop: the photo or video attached to ${where} could identify someone or where they were.`;
  if (risk === 'low') return `Check the photo or video attached to ${where}: it carries hidden details.`;
  return 'A photo or video is attached: look at it before you post.';
}

export const IMAGES_LABEL = 'Attached photos and videos';
export const IMAGE_CHECKING = 'Checking the file…';
export const IMAGE_FAILED = 'CareCheck could not read this file: check it yourself before posting.';
export const IMAGE_CLEAN = 'No hidden details found in the file.';
export const VIDEO_NAME_ONLY = 'Only the file name of a video is checked.';

export const CLEAN_BUTTON = 'Save a cleaned copy';
export const CLEAN_WORKING = 'Saving…';
export const CLEAN_HINT =
  'A copy without the hidden details (location, time, owner). Then remove this file from your post and attach the copy instead.';
export const cleanSaved = (name) =>
  `Saved as “${name}” in your downloads. Remove the original from your post and attach the cleaned copy instead.`;
export const CLEAN_FAILED = 'The cleaned copy could not be made. Remove the file, or edit it before posting.';

export const CHECKLIST_INTRO = 'Look at the picture itself: no program spots these reliably.';
export const CHECKLIST = [
  'faces',
  'wristbands and name bands',
  'whiteboards and screens',
  'documents and notes',
  'x-rays and scans',
  'room or bed numbers',
  'uniforms and badges',
];

export const UNAVAILABLE =
  'CareCheck is unavailable: the checker could not start, so this post has not been checked. Reload the page to try again.';

export function suggestionLine(finding) {
  return finding.replacement ? `Suggested wording: “${finding.replacement}”` : 'Suggested: remove it.';
}

export const applyLabel = (finding) => (finding.replacement ? 'Use suggestion' : 'Remove it');

export const CONFIRM_TITLE = 'Post anyway?';
export function confirmBody(audience, duties = [], photos = 'none') {
  const where = audience === 'public' ? 'this public post' : 'this post';
  const what = photos === 'only'
    ? `details in the photo or video attached to ${where} that could identify someone in your care or where they were`
    : !duties.includes('confidentiality') && duties.includes('respect')
      ? `derogatory words in ${where} about someone readers could identify`
      : `details in ${where} that could identify someone in your care`;
  const also = photos === 'also' ? ' The attached photo or video gives details away too.' : '';
  return `CareCheck found ${what}.${also}${audience === 'public' ? ' Anyone can see a public post.' : ''}`;
}
export const EDIT = 'Edit';
export const POST_ANYWAY = 'Post anyway';
