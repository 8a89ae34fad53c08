// Checks the fixture apps and the harness themselves, WITHOUT the extension.
// Must pass on its own: if it fails, the other e2e results mean nothing.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch,
  editor,
  editorText,
  editorSelection,
  submissions,
  focusEditor,
  typeHuman,
  paste,
  imeCompose,
  CSP,
  POST_BUTTONS,
  ATTACHMENTS,
  ATTACH_WAYS,
  attachFiles,
  sleep,
} from './harness.mjs';

const PHOTO = { name: 'ward.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('ffd8ffd9', 'hex') };
const NOTES = { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('shift notes') };

// Photos come in by picker, paste and drop, show in the site's preview with
// a remove button, and leave the editor's text alone; other files are refused.
async function attachEveryWay(page, name) {
  await focusEditor(page, name);
  await typeHuman(page, 'Lovely day');
  for (const [i, how] of ATTACH_WAYS.entries()) {
    await attachFiles(page, name, [{ ...PHOTO, name: `${how}.jpg` }], how);
    await page.locator(ATTACHMENTS[name].remove).nth(i).waitFor({ timeout: 2000 });
    assert.match(await page.locator(ATTACHMENTS[name].list).innerText(), new RegExp(`${how}\\.jpg`), `attached by ${how}`);
  }
  await attachFiles(page, name, [NOTES], 'paste');
  await sleep(100);
  assert.doesNotMatch(await page.locator(ATTACHMENTS[name].list).innerText(), /notes/, 'a text file is not an attachment');
  assert.equal(await editorText(page, name), 'Lovely day', 'attaching changes no text');
  for (let n = ATTACH_WAYS.length; n > 0; n--) await page.locator(ATTACHMENTS[name].remove).first().click();
  assert.equal(await page.locator(ATTACHMENTS[name].list).count(), 0, 'removed: no preview left');
}

let h;
before(async () => {
  h = await launch({ extension: false });
});
after(async () => {
  await h?.close();
});

describe('X fixture (React 18 + Draft.js)', () => {
  it('is served at https://x.com with the strict CSP and makes no other request', async () => {
    const page = await h.context.newPage();
    const resp = await page.goto('https://x.com/home');
    assert.equal(resp.status(), 200);
    assert.equal(resp.headers()['content-security-policy'], CSP);
    await page.waitForFunction(() => window.__fixtureReady === true);
    assert.equal(page.url(), 'https://x.com/home');
    // The CSP is enforced: inline script does not run, and wasm compilation is refused.
    const inlineRan = await page.evaluate(async () => {
      window.__inline = false;
      const s = document.createElement('script');
      s.textContent = 'window.__inline = true';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return window.__inline;
    });
    assert.equal(inlineRan, false, 'inline script must be blocked by the CSP');
    const wasm = await page.evaluate(async () => {
      const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
      try {
        await WebAssembly.compile(bytes);
        return 'compiled';
      } catch (e) {
        return e.name;
      }
    });
    assert.equal(wasm, 'CompileError', 'the page CSP must not allow wasm-unsafe-eval');
    await page.close();
    assert.deepEqual(h.foreignRequests(), []);
  });

  it('renders the composer with the real attributes', async () => {
    const page = await h.open('x');
    const info = await page.evaluate(() => {
      const ed = document.querySelector('[data-testid="tweetTextarea_0"]');
      const wrap = document.querySelector('[data-testid="tweetTextarea_0RichTextInputContainer"] > .DraftEditor-root');
      return {
        role: ed.getAttribute('role'),
        label: ed.getAttribute('aria-label'),
        ce: ed.getAttribute('contenteditable'),
        cls: ed.className,
        inWrap: !!wrap && wrap.contains(ed),
        placeholder: document.querySelector('.public-DraftEditorPlaceholder-inner')?.textContent,
        switcher: !!document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]'),
        lock: !!document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"] [data-testid="icon-lock"]'),
        toolbar: !!document.querySelector('[data-testid="toolBar"] input[data-testid="fileInput"]'),
        geoDisabled: document.querySelector('button[data-testid="geoButton"]').disabled,
        postDisabled: document.querySelector('button[data-testid="tweetButtonInline"]').disabled,
        layers: !!document.getElementById('layers'),
        atomic: /\bx[a-z0-9]{5,}\b/.test(document.querySelector('[data-testid="primaryColumn"]').className),
      };
    });
    assert.deepEqual(info, {
      role: 'textbox',
      label: 'Post text',
      ce: 'true',
      cls: 'notranslate public-DraftEditor-content',
      inWrap: true,
      placeholder: 'What’s happening?',
      switcher: true,
      lock: false,
      toolbar: true,
      geoDisabled: true,
      postDisabled: true,
      layers: true,
      atomic: true,
    });
    await page.close();
  });

  it('typing updates the Draft state; the post button enables; click submits once and clears', async () => {
    const page = await h.open('x');
    await focusEditor(page, 'home');
    await typeHuman(page, 'Remember to drink water on shift everyone');
    assert.equal(await editorText(page, 'home'), 'Remember to drink water on shift everyone');
    assert.deepEqual(await editorSelection(page, 'home'), { start: 41, end: 41, collapsed: true, hasFocus: true });
    assert.equal(await page.locator(POST_BUTTONS.home).isEnabled(), true);
    await page.locator(POST_BUTTONS.home).click();
    assert.deepEqual(await submissions(page), ['Remember to drink water on shift everyone']);
    assert.equal(await editorText(page, 'home'), '');
    assert.equal(await page.locator(POST_BUTTONS.home).isDisabled(), true);
    await page.close();
  });

  it('Ctrl+Enter submits through Draft keyBindingFn; Enter inserts a new block', async () => {
    const page = await h.open('x');
    await focusEditor(page, 'home');
    await typeHuman(page, 'line one');
    await page.keyboard.press('Enter');
    await typeHuman(page, 'line two');
    assert.equal(await editorText(page, 'home'), 'line one\nline two');
    await page.keyboard.press('Control+Enter');
    assert.deepEqual(await submissions(page), ['line one\nline two']);
    assert.equal(await editorText(page, 'home'), '');
    await page.close();
  });

  it('undo, caret moves and mid-text edits behave (Draft baseline)', async () => {
    const page = await h.open('x');
    await focusEditor(page, 'home');
    await typeHuman(page, 'Patient doing well');
    await page.keyboard.press('Home');
    await typeHuman(page, 'Note: ');
    assert.equal(await editorText(page, 'home'), 'Note: Patient doing well');
    assert.deepEqual(await editorSelection(page, 'home'), { start: 6, end: 6, collapsed: true, hasFocus: true });
    await page.keyboard.press('Control+z');
    const afterUndo = await editorText(page, 'home');
    assert.ok(afterUndo === 'Patient doing well' || afterUndo === '', `undo gave ${JSON.stringify(afterUndo)}`);
    await page.close();
  });

  it('paste works (system clipboard + Ctrl+V, and a synthetic ClipboardEvent)', async () => {
    const page = await h.open('x');
    await focusEditor(page, 'home');
    await paste(page, 'pasted via clipboard');
    assert.equal(await editorText(page, 'home'), 'pasted via clipboard');
    await paste(page, ' + event', { mode: 'event' });
    assert.equal(await editorText(page, 'home'), 'pasted via clipboard + event');
    await page.close();
  });

  it('IME composition commits into the Draft state', async () => {
    const page = await h.open('x');
    await focusEditor(page, 'home');
    await typeHuman(page, 'Ward ');
    await imeCompose(page, ['k', 'ka', 'かん', '看護'], '看護師');
    await typeHuman(page, ' ok');
    assert.equal(await editorText(page, 'home'), 'Ward 看護師 ok');
    await page.close();
  });

  it('variants: protected account, geo/place, attachments', async () => {
    const page = await h.open('x', { query: { protected: 1, geo: 1 } });
    assert.equal(await page.locator('[data-testid="SideNav_AccountSwitcher_Button"] [data-testid="icon-lock"]').count(), 1);
    await page.locator('button[data-testid="geoButton"]').first().click();
    assert.equal(await page.locator('[data-fixture-composer="home"] .place button span').textContent(), "St Mary's Hospital, London");
    await page.locator('[data-testid="primaryColumn"] input[data-testid="fileInput"]').setInputFiles({
      name: 'ward.png',
      mimeType: 'image/png',
      buffer: Buffer.from('89504e470d0a1a0a', 'hex'),
    });
    assert.equal(await page.locator('[data-testid="attachments"]').count(), 1);
    await page.close();
    const p2 = await h.open('twitter', { query: { place: 1 } });
    assert.equal(await p2.locator('.place span').textContent(), "St Mary's Hospital, London");
    assert.equal(new URL(p2.url()).host, 'twitter.com');
    await p2.close();
  });

  it('modal composer (button and /compose/post route), thread, and reply dialog appear later', async () => {
    const page = await h.open('x');
    assert.equal(await page.locator('#layers [role="dialog"]').count(), 0);
    await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    await editor(page, 'modal').waitFor();
    assert.equal(new URL(page.url()).pathname, '/compose/post');
    // the modal focuses its editor
    await typeHuman(page, 'modal text');
    assert.equal(await editorText(page, 'modal'), 'modal text');
    await page.locator('#layers button[data-testid="addButton"]').click();
    await editor(page, 'modal1').waitFor();
    await typeHuman(page, 'second');
    assert.equal(await editorText(page, 'modal1'), 'second');
    await page.locator(POST_BUTTONS.modal).click();
    assert.deepEqual(await submissions(page), ['modal text', 'second']);
    assert.equal(await page.locator('#layers [role="dialog"]').count(), 0);

    await page.locator('[data-testid="reply"]').click();
    await editor(page, 'reply').waitFor();
    assert.equal(await page.locator('#layers .public-DraftEditorPlaceholder-inner').textContent(), 'Post your reply');
    await typeHuman(page, 'a reply');
    await page.keyboard.press('Control+Enter');
    assert.deepEqual((await submissions(page)).slice(2), ['a reply']);
    await page.close();

    const p2 = await h.open('x', { path: '/compose/post' });
    await editor(p2, 'modal').waitFor();
    assert.deepEqual(await p2.evaluate(() => window.__editorNames()), ['home', 'modal']);
    await p2.close();
  });
});

describe('Photos in the fixtures', () => {
  it('X: photos attach by file input, paste (handlePastedFiles) and drop (handleDroppedFiles); Remove media', async () => {
    const page = await h.open('x');
    await attachEveryWay(page, 'home');
    await page.close();
  });

  it('Facebook: photos attach by file input, paste and drop (DRAG_DROP_PASTE); Remove photo or video', async () => {
    const page = await h.open('facebook', { query: { open: 1 } });
    await attachEveryWay(page, 'composer');
    await page.close();
  });
});

describe('Facebook fixture (React 18 + Lexical)', () => {
  it('is served at https://www.facebook.com; the dialog opens from the feed trigger', async () => {
    const page = await h.open('facebook');
    assert.equal(new URL(page.url()).host, 'www.facebook.com');
    assert.equal(await page.locator('[data-lexical-editor]').count(), 0);
    await page.locator('[role="region"][aria-label="Create a post"] [role="button"]').click();
    await editor(page, 'composer').waitFor();
    const info = await page.evaluate(() => {
      const ed = document.querySelector('[data-lexical-editor="true"]');
      const dlg = ed.closest('div[role="dialog"][aria-labelledby]');
      const title = dlg && document.getElementById(dlg.getAttribute('aria-labelledby'));
      const aud = dlg.querySelector('div[role="button"][aria-label^="Edit privacy. Sharing with "]');
      const post = dlg.querySelector('div[role="button"][aria-label="Post"]');
      return {
        role: ed.getAttribute('role'),
        label: ed.getAttribute('aria-label'),
        notranslate: ed.classList.contains('notranslate'),
        ce: ed.getAttribute('contenteditable'),
        title: title?.textContent,
        titleInH2: title?.parentElement.tagName,
        audLabel: aud.getAttribute('aria-label'),
        audImg: aud.querySelector('img').alt,
        audSpan: aud.querySelector('span span')?.textContent ?? aud.textContent,
        postDisabled: post.getAttribute('aria-disabled'),
        addRow: [...dlg.querySelectorAll('[aria-label="Add to your post"] [role="button"]')].map((b) => b.getAttribute('aria-label')),
        fileInput: !!dlg.querySelector('input[type="file"][multiple]'),
        focused: document.activeElement === ed,
      };
    });
    assert.deepEqual(info, {
      role: 'textbox',
      label: "What's on your mind, Maya?",
      notranslate: true,
      ce: 'true',
      title: 'Create post',
      titleInH2: 'H2',
      audLabel: 'Edit privacy. Sharing with Public. ',
      audImg: 'Public',
      audSpan: 'Public',
      postDisabled: 'true',
      addRow: ['Photo/video', 'Tag people', 'Feeling/activity', 'Check in'],
      fileInput: true,
      focused: true,
    });
    await page.close();
  });

  it('typing, Post click submits once and closes the dialog', async () => {
    const page = await h.open('facebook', { query: { open: 1 } });
    await focusEditor(page, 'composer');
    await typeHuman(page, 'Remember to drink water on shift everyone');
    assert.equal(await editorText(page, 'composer'), 'Remember to drink water on shift everyone');
    assert.deepEqual(await editorSelection(page, 'composer'), { start: 41, end: 41, collapsed: true });
    assert.equal(await page.locator(POST_BUTTONS.composer).getAttribute('aria-disabled'), null);
    await page.locator(POST_BUTTONS.composer).click();
    assert.deepEqual(await submissions(page), ['Remember to drink water on shift everyone']);
    assert.equal(await page.locator('[role="dialog"]').count(), 0);
    await page.close();
  });

  it('audience: query param and the audience menu switch Public -> Friends', async () => {
    const p1 = await h.open('facebook', { query: { open: 1, audience: 'friends' } });
    assert.equal(
      await p1.locator('div[role="button"][aria-label^="Edit privacy. Sharing with "]').getAttribute('aria-label'),
      'Edit privacy. Sharing with Friends. ',
    );
    await p1.close();
    const page = await h.open('facebook', { query: { open: 1 } });
    await page.locator('div[role="button"][aria-label="Edit privacy. Sharing with Public. "]').click();
    await page.getByRole('radio', { name: /^Friends/ }).click();
    await page.locator('[aria-label="Post audience"] [role="button"][aria-label="Done"]').click();
    const aud = page.locator('div[role="button"][aria-label^="Edit privacy. Sharing with "]');
    assert.equal(await aud.getAttribute('aria-label'), 'Edit privacy. Sharing with Friends. ');
    assert.equal(await aud.locator('img').getAttribute('alt'), 'Friends');
    await page.close();
  });

  it('check-in, tag people and photo show up in the dialog', async () => {
    const page = await h.open('facebook', { query: { open: 1 } });
    await page.locator('[aria-label="Check in"][role="button"]').click();
    const head = await page.locator('[role="dialog"]').first().innerText();
    assert.match(head, /Maya Lindqvist is at St Mary's Hospital/);
    await page.locator('[aria-label="Tag people"][role="button"]').click();
    assert.match(await page.locator('[role="dialog"]').first().innerText(), /Maya Lindqvist is with Priya Shah at St Mary's Hospital/);
    await page.locator('[role="dialog"] input[type="file"]').setInputFiles({ name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('00', 'hex') });
    assert.equal(await page.locator('[aria-label="Attachments"]').count(), 1);
    await page.close();
    const p2 = await h.open('facebook', { query: { open: 1, checkin: 1 } });
    assert.match(await p2.locator('[role="dialog"]').first().innerText(), /Maya Lindqvist is at St Mary's Hospital/);
    await p2.close();
  });

  it('undo, paste and IME work in Lexical', async () => {
    const page = await h.open('facebook', { query: { open: 1 } });
    await focusEditor(page, 'composer');
    await typeHuman(page, 'Patient doing well');
    await page.keyboard.press('Home');
    await typeHuman(page, 'Note: ');
    assert.equal(await editorText(page, 'composer'), 'Note: Patient doing well');
    assert.deepEqual(await editorSelection(page, 'composer'), { start: 6, end: 6, collapsed: true });
    await page.keyboard.press('End');
    await paste(page, ' pasted');
    assert.equal(await editorText(page, 'composer'), 'Note: Patient doing well pasted');
    await paste(page, ' event', { mode: 'event' });
    assert.equal(await editorText(page, 'composer'), 'Note: Patient doing well pasted event');
    await typeHuman(page, ' ');
    await imeCompose(page, ['k', 'かん', '看護'], '看護師');
    assert.equal(await editorText(page, 'composer'), 'Note: Patient doing well pasted event 看護師');
    await page.keyboard.press('Control+z');
    assert.notEqual(await editorText(page, 'composer'), 'Note: Patient doing well pasted event 看護師');
    await page.close();
  });

  it('comment box appears later; Enter submits, Shift+Enter is a new line', async () => {
    const page = await h.open('facebook');
    assert.equal(await editor(page, 'comment').count(), 0);
    await page.locator('[role="button"][aria-label="Leave a comment"]').click();
    await focusEditor(page, 'comment');
    await typeHuman(page, 'first line');
    await page.keyboard.press('Shift+Enter');
    await typeHuman(page, 'second');
    assert.equal(await editorText(page, 'comment'), 'first line\nsecond');
    await page.keyboard.press('Enter');
    assert.deepEqual(await submissions(page), ['first line\nsecond']);
    assert.equal(await editorText(page, 'comment'), '');
    await sleep(50);
    await page.close();
  });

  it('made no request outside the fixture origins', () => {
    assert.deepEqual(h.foreignRequests(), []);
    assert.deepEqual(
      h.logs.filter((l) => !/favicon|Executing inline script violates/.test(l)), // the CSP probe above is deliberate
      [],
      'no console errors or page errors in the fixtures',
    );
  });
});
