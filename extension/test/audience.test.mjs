// Reading the audience from the sites' labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  classifyCommentLabel,
  classifyFacebookAudience,
  classifyGroupPrivacy,
  combineAudience,
  parseFacebookPrivacyLabel,
  parseSharedWithLabel,
  xAudience,
} from '../content/audience.js';

test('Facebook privacy button labels', () => {
  const cases = [
    ['Edit privacy. Sharing with Public. ', 'public', 'Public'],
    ['Edit privacy. Sharing with Public.', 'public', 'Public'],
    ['Edit privacy. Sharing with Friends. ', 'limited', 'Friends'],
    ['Edit privacy. Sharing with Only me. ', 'limited', 'Only me'],
    ['Edit privacy. Sharing with Custom. ', 'limited', 'Custom'],
    ['Edit privacy. Sharing with Friends except: Sam, Priya. ', 'limited', 'Friends except: Sam, Priya'],
    ['Edit privacy. Sharing with Your friends of friends. ', 'limited', 'Your friends of friends'],
    ['Edit privacy. Sharing with Night Nurses UK. ', 'unknown', 'Night Nurses UK'],
    ['Something else', 'unknown', ''],
    [null, 'unknown', ''],
  ];
  for (const [label, audience, name] of cases) {
    assert.deepEqual(parseFacebookPrivacyLabel(label), { audience, name }, String(label));
  }
});

test('audience names on their own', () => {
  assert.equal(classifyFacebookAudience('Public'), 'public');
  assert.equal(classifyFacebookAudience('Specific friends'), 'limited');
  assert.equal(classifyFacebookAudience(''), 'unknown');
  assert.equal(classifyGroupPrivacy('Public group · 12K members'), 'public');
  assert.equal(classifyGroupPrivacy('Private group'), 'limited');
  assert.equal(classifyGroupPrivacy('Members'), 'unknown');
});

test('comment boxes and post headers', () => {
  assert.equal(classifyCommentLabel('Write a public comment…'), 'public');
  assert.equal(classifyCommentLabel('Write a comment…'), 'unknown');
  assert.equal(classifyCommentLabel('Comment as Maya Lindqvist'), 'unknown');
  assert.equal(parseSharedWithLabel('Shared with Public'), 'public');
  assert.equal(parseSharedWithLabel('Shared with Friends'), 'limited');
  assert.equal(parseSharedWithLabel(undefined), 'unknown');
});

test('X: public unless the account is protected', () => {
  assert.equal(xAudience(false), 'public');
  assert.equal(xAudience(true), 'limited');
});

test('public wins, then limited', () => {
  assert.equal(combineAudience('unknown', 'public'), 'public');
  assert.equal(combineAudience('limited', 'unknown'), 'limited');
  assert.equal(combineAudience('unknown', 'unknown'), 'unknown');
});
