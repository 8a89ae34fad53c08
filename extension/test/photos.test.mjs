// Attached photos: which files count, how risks combine, and one composer's
// list of attachments following the site (checks answered by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UNSEEN_MS, cleanedName, createAttachments, maxRisk, mediaFiles } from '../content/photos.js';
import { readFileSync } from 'node:fs';

// What the core's checkImage answers (shared with messages.test.mjs).
const { CLEAN, GPS } = JSON.parse(readFileSync(new URL('./image-results.json', import.meta.url), 'utf8'));

const file = (name, type = 'image/jpeg', bytes = [0xff, 0xd8]) => new File([new Uint8Array(bytes)], name, { type });
const tick = () => new Promise((r) => setTimeout(r, 0));

test('only photos and videos are ours to check; a missing MIME type falls back to the name', () => {
  const list = [
    file('ward.jpg'),
    file('clip.mp4', 'video/mp4'),
    file('notes.pdf', 'application/pdf'),
    file('IMG_0042.HEIC', ''),
    file('movie.mkv', ''),
    file('readme', ''),
    file('scan.png', 'text/plain'), // the type wins over the name when there is one
  ];
  assert.deepEqual(mediaFiles(list).map((f) => f.name), ['ward.jpg', 'clip.mp4', 'IMG_0042.HEIC', 'movie.mkv']);
  assert.deepEqual(mediaFiles(null), []);
});

test('risks combine to the highest', () => {
  assert.equal(maxRisk('none', 'low'), 'low');
  assert.equal(maxRisk('high', 'low', 'none'), 'high');
  assert.equal(maxRisk(), 'none');
  assert.equal(maxRisk('none', undefined), 'none', 'an unknown risk counts as none');
});

test('the cleaned copy gets a neutral name in its own format', () => {
  assert.equal(cleanedName('jpeg'), 'photo-cleaned.jpg');
  assert.equal(cleanedName('png'), 'photo-cleaned.png');
  assert.equal(cleanedName('webp'), 'photo-cleaned.webp');
});

// A list whose checks the test answers, with a clock it moves.
function setup() {
  const pending = new Map();
  const saved = [];
  const clock = { t: 1000 };
  let changes = 0;
  const list = createAttachments({
    check: (f) => new Promise((resolve) => pending.set(f.name, resolve)),
    clean: async () => ({ data: Buffer.from('cleaned').toString('base64') }),
    save: (blob, name) => saved.push({ blob, name }),
    onChange: () => changes++,
    now: () => clock.t,
  });
  return { list, pending, saved, clock, changes: () => changes };
}

test('attachments are checked, weighed and listed', async () => {
  const { list, pending, changes } = setup();
  list.add([file('geo.jpg'), file('plain.jpg')]);
  assert.equal(list.count, 2);
  assert.ok(list.pending());
  assert.equal(list.verdict().risk, 'none', 'nothing known yet');
  assert.deepEqual(list.view().map((v) => [v.name, v.state]), [['geo.jpg', 'checking'], ['plain.jpg', 'checking']]);
  const before = changes();
  pending.get('geo.jpg')({ image: GPS });
  pending.get('plain.jpg')({ image: CLEAN });
  await list.settled();
  assert.ok(changes() >= before + 2, 'the panel hears of each answer');
  assert.ok(!list.pending());
  const v = list.verdict();
  assert.equal(v.risk, 'high');
  assert.deepEqual(v.reasons, [{ duty: 'confidentiality', text: 'geo.jpg: The photo records where it was taken.' }]);
  const [geo, plain] = list.view();
  assert.equal(geo.risk, 'high');
  assert.equal(geo.findings[0].label, 'LOCATION');
  assert.equal(geo.cleanable, true);
  assert.equal(plain.findings.length, 0);
  assert.equal(plain.cleanable, false, 'nothing to remove: no cleaned copy offered');
});

test('a file the checker cannot read is listed as unchecked, not as safe', async () => {
  const { list, pending } = setup();
  list.add([file('broken.jpg')]);
  pending.get('broken.jpg')({ error: 'failed', detail: 'truncated JPEG' });
  await list.settled();
  assert.equal(list.view()[0].state, 'error');
  assert.equal(list.verdict().risk, 'none');
});

test('the list follows the site: seen attachments go when the site shows none; unseen ones after a grace period', async () => {
  const { list, clock } = setup();
  list.add([file('a.jpg')]);
  list.sync(false); // the site has not rendered its preview yet
  assert.equal(list.count, 1, 'a fresh attachment survives a frame without a preview');
  list.sync(true);
  list.sync(false);
  assert.equal(list.count, 0, 'removed on the site: forgotten');

  list.add([file('b.jpg')]);
  clock.t += UNSEEN_MS - 1;
  list.sync(false);
  assert.equal(list.count, 1);
  clock.t += 2;
  list.sync(false);
  assert.equal(list.count, 0, 'never shown by the site: forgotten after the grace period');

  list.add([file('c.jpg')]);
  list.clear();
  assert.equal(list.count, 0, 'posted: forgotten');
});

test('an answer for a forgotten attachment is ignored', async () => {
  const { list, pending } = setup();
  list.add([file('gone.jpg')]);
  list.clear();
  pending.get('gone.jpg')({ image: GPS });
  await tick();
  assert.equal(list.count, 0);
  assert.equal(list.verdict().risk, 'none');
});

test('a cleaned copy is saved under a neutral name and the panel says so', async () => {
  const { list, pending, saved } = setup();
  list.add([file('xray_jsmith_03041951.jpg')]);
  pending.get('xray_jsmith_03041951.jpg')({ image: GPS });
  await list.settled();
  const { key } = list.view()[0];
  await list.saveCleaned(key);
  assert.equal(saved.length, 1);
  assert.equal(saved[0].name, 'photo-cleaned.jpg');
  assert.equal(await saved[0].blob.text(), 'cleaned');
  assert.equal(saved[0].blob.type, 'image/jpeg');
  assert.deepEqual([list.view()[0].clean, list.view()[0].savedAs], ['saved', 'photo-cleaned.jpg']);
  await list.saveCleaned('no-such-key');
  assert.equal(saved.length, 1);
});

test('a failed cleaning is reported, nothing is saved', async () => {
  const saved = [];
  const list = createAttachments({
    check: async () => ({ image: GPS }),
    clean: async () => ({ error: 'failed', detail: 'broken' }),
    save: (blob, name) => saved.push(name),
    onChange() {},
  });
  list.add([file('geo.jpg')]);
  await list.settled();
  await list.saveCleaned(list.view()[0].key);
  assert.equal(list.view()[0].clean, 'failed');
  assert.deepEqual(saved, []);
});
