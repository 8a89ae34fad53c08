// Attached photos on both fixtures (X: Draft.js, Facebook: Lexical), extension
// loaded from dist/chrome. The same cases run on each site; only the site's
// composer, file input and preview differ (harness EDITORS / ATTACHMENTS).
//
// Contract: [data-carecheck-panel] > [data-carecheck-images] >
// [data-carecheck-image][data-risk][data-name] with the core's findings as
// [data-label] items, [data-carecheck-clean] when a cleaned copy can be made,
// and always [data-carecheck-photo-checklist]; the panel's data-risk is the
// highest of the text's and the photos'.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { ATTACHMENTS, ATTACH_WAYS, EDITORS, POST_BUTTONS, attachFiles, pollUntil } from './harness.mjs';
import { cleanJpeg, exifOf, geotaggedJpeg } from './images.mjs';
import {
  SAFE,
  clickConfirm,
  describeUi,
  expectConfirm,
  expectNoConfirm,
  focusEditor,
  launchForFile,
  submissions,
  typeHuman,
  uiState,
  waitForSubmissions,
  waitForUi,
} from './shared.mjs';

let h;
launchForFile((harness) => (h = harness));

const SITES = [
  { site: 'x', name: 'home', query: {} },
  { site: 'facebook', name: 'composer', query: { open: 1 } },
];

const geotagged = (name = 'ward_round.jpg') => ({ name, mimeType: 'image/jpeg', buffer: geotaggedJpeg() });
const plain = (name = 'sunset.jpg') => ({ name, mimeType: 'image/jpeg', buffer: cleanJpeg() });

// The image section of editor `name`'s panel, as plain data.
function photosOf(page, name) {
  return page.evaluate((sel) => {
    const panel = window.__cc.panelFor(sel);
    const section = panel?.querySelector('[data-carecheck-images]');
    return {
      panelRisk: panel?.getAttribute('data-risk') ?? null,
      panelVisible: !!panel && window.__cc.visible(panel),
      section: !!section,
      checklist: section?.querySelector('[data-carecheck-photo-checklist]')?.innerText ?? null,
      images: [...(section?.querySelectorAll('[data-carecheck-image]') ?? [])].map((img) => ({
        name: img.getAttribute('data-name'),
        risk: img.getAttribute('data-risk'),
        state: img.getAttribute('data-state'),
        labels: [...img.querySelectorAll('[data-label]')].map((f) => f.getAttribute('data-label')),
        text: img.innerText,
        cleanable: !!img.querySelector('[data-carecheck-clean]'),
      })),
    };
  }, EDITORS[name]);
}

const waitForPhotos = (page, name, pred, what, timeout = 5000) =>
  pollUntil(() => photosOf(page, name), pred, {
    timeout,
    what: `${what} (editor ${name})`,
    describe: async (seen) => `  photos: ${JSON.stringify(seen)}\n${describeUi(await uiState(page, name))}`,
  });

const checked = (p) => p.images.length > 0 && p.images.every((i) => i.state !== 'checking');

async function open({ site, name, query }) {
  const page = await h.open(site, { query });
  await focusEditor(page, name);
  return page;
}

for (const s of SITES) {
  describe(`${s.site}: attached photos`, () => {
    for (const how of ATTACH_WAYS) {
      it(`a geotagged JPEG attached by ${how}: location warning in the image section, the post asks first`, async () => {
        const page = await open(s);
        // A drop lands on the editor's text; the picker and paste need none.
        if (how === 'drop') await typeHuman(page, SAFE);
        await attachFiles(page, s.name, [geotagged()], how);
        const p = await waitForPhotos(page, s.name, checked, 'the photo to be checked');
        assert.equal(p.images.length, 1);
        const [img] = p.images;
        assert.equal(img.name, 'ward_round.jpg');
        assert.equal(img.risk, 'high');
        assert.ok(img.labels.includes('LOCATION'), `LOCATION finding expected, got ${img.labels}`);
        assert.ok(img.cleanable, 'a cleaned copy is offered');
        assert.equal(p.panelRisk, 'high', 'the panel risk is the highest of text and photo');
        assert.ok(p.panelVisible, how === 'drop' ? 'panel visible' : 'panel visible with an empty text');
        assert.match(p.checklist, /faces/i);
        assert.equal(await page.locator(ATTACHMENTS[s.name].list).count(), 1, 'the site shows the attachment');

        await page.locator(POST_BUTTONS[s.name]).click();
        const st = await expectConfirm(page, s.name);
        assert.match(st.confirm.text, /ward_round\.jpg/, 'the confirm lists the photo\'s reasons');
        assert.deepEqual(await submissions(page), []);
        await clickConfirm(page, 'edit');
        await waitForUi(page, s.name, (u) => !u.confirm, { what: 'the confirm dialog to close' });
        assert.equal((await photosOf(page, s.name)).images.length, 1, 'Edit keeps the attachment listed');
        await page.close();
      });
    }

    it('a clean JPEG with a safe text: the checklist only, no findings, posts without asking', async () => {
      const page = await open(s);
      await typeHuman(page, SAFE);
      await attachFiles(page, s.name, [plain()], 'input');
      const p = await waitForPhotos(page, s.name, checked, 'the photo to be checked');
      assert.deepEqual(p.images.map((i) => [i.name, i.risk, i.labels.length, i.cleanable]), [['sunset.jpg', 'none', 0, false]]);
      assert.equal(p.panelRisk, 'none');
      assert.ok(p.panelVisible);
      for (const item of ['faces', 'wristbands', 'whiteboards', 'documents', 'x-rays', 'bed numbers', 'badges']) {
        assert.match(p.checklist, new RegExp(item, 'i'), `checklist names ${item}`);
      }
      await page.locator(POST_BUTTONS[s.name]).click();
      await expectNoConfirm(page, s.name);
      assert.deepEqual(await waitForSubmissions(page, 1), [SAFE]);
      await page.close();
    });

    it('a video is checked by its file name; no cleaned copy is offered', async () => {
      const page = await open(s);
      const video = { name: 'xray_jsmith_03041951.mp4', mimeType: 'video/mp4', buffer: Buffer.from('000000186674797069736f6d', 'hex') };
      await attachFiles(page, s.name, [video], 'input');
      const p = await waitForPhotos(page, s.name, checked, 'the video to be checked');
      const [item] = p.images;
      assert.equal(item.name, 'xray_jsmith_03041951.mp4');
      assert.ok(item.labels.includes('DATE_OF_BIRTH'), `a date of birth in the name, got ${item.labels}`);
      assert.equal(item.risk, 'high', 'a scan, a name and a date of birth');
      assert.equal(p.panelRisk, 'high');
      assert.equal(item.cleanable, false);
      assert.match(p.checklist, /faces/i);
      await page.close();
    });

    it('"Save a cleaned copy" downloads the photo without its GPS position', async () => {
      const page = await open(s);
      await attachFiles(page, s.name, [geotagged('xray_jsmith_03041951.jpg')], 'input');
      await waitForPhotos(page, s.name, (p) => checked(p) && p.images[0].cleanable, 'the clean button');
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 10000 }),
        page.locator('[data-carecheck-clean]').click(),
      ]);
      assert.equal(download.suggestedFilename(), 'photo-cleaned.jpg', 'a neutral name, not the original');
      const bytes = fs.readFileSync(await download.path());
      const original = exifOf(geotaggedJpeg());
      assert.ok(original.gps && original.artist, 'the test photo does carry GPS and an artist');
      const cleaned = exifOf(bytes);
      assert.equal(cleaned.gps, false, 'GPS still in the cleaned copy');
      assert.equal(cleaned.artist, null, 'artist still in the cleaned copy');
      // And the core, asked about the copy, finds nothing left to remove.
      const reply = await h.coreMessage({ type: 'checkImage', name: 'photo-cleaned.jpg', data: bytes.toString('base64') });
      assert.ok(reply.image, `core reply: ${JSON.stringify(reply)}`);
      assert.deepEqual(reply.image.findings, []);
      assert.equal(reply.image.hasMetadata, false);
      await waitForPhotos(page, s.name, (p) => /Remove the original/.test(p.images[0]?.text ?? ''), 'the saved note');
      await page.close();
    });

    it('removing the media on the site clears the image section', async () => {
      const page = await open(s);
      await attachFiles(page, s.name, [geotagged()], 'input');
      await waitForPhotos(page, s.name, checked, 'the photo to be checked');
      await page.locator(ATTACHMENTS[s.name].remove).click();
      const p = await waitForPhotos(page, s.name, (x) => !x.section, 'the image section to go');
      assert.notEqual(p.panelRisk, 'high');
      await page.close();
    });

    it('"Post anyway" posts once and the photo is forgotten', async () => {
      const page = await open(s);
      await typeHuman(page, SAFE);
      await attachFiles(page, s.name, [geotagged()], 'input');
      await waitForPhotos(page, s.name, checked, 'the photo to be checked');
      await page.locator(POST_BUTTONS[s.name]).click();
      await expectConfirm(page, s.name);
      await clickConfirm(page, 'post');
      assert.deepEqual(await waitForSubmissions(page, 1), [SAFE]);
      if (s.site === 'x') {
        // X's composer stays: it must not keep the posted photo's warning.
        const p = await waitForPhotos(page, s.name, (x) => !x.section, 'the image section to go');
        assert.equal(p.panelRisk, 'none');
      }
      await page.close();
    });
  });
}

describe('photos: network', () => {
  it('the extension made no request except the fixtures and chrome-extension:// URLs', () => {
    const foreign = h.foreignRequests();
    assert.deepEqual(foreign, [], `unexpected requests:\n${foreign.map((r) => `${r.method} ${r.url} (${r.resourceType})`).join('\n')}`);
  });
});
