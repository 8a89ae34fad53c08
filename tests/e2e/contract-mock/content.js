// NOT the CareCheck extension: a throwaway stand-in that implements the e2e DOM contract with
// regexes, used only to check that the e2e tests themselves work (CARECHECK_DIST=tests/e2e/contract-mock).
(() => {
  const EDITOR_SEL = '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-lexical-editor="true"]';
  const host = document.createElement('carecheck-ui');
  host.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483647';
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>
    .panel{position:fixed;pointer-events:auto;background:#fff;border:1px solid #999;font:13px sans-serif;padding:4px 8px;border-radius:6px}
    .panel[data-risk=high]{border-color:#c00;background:#fff0f0}
    .mark{position:fixed;border-bottom:2px solid #c00;background:rgba(255,0,0,.12)}
    .tip{position:fixed;pointer-events:auto;background:#222;color:#fff;font:13px sans-serif;padding:6px;border-radius:6px}
    .confirm{position:fixed;left:50%;top:30%;transform:translateX(-50%);pointer-events:auto;background:#fff;border:2px solid #c00;padding:16px;font:14px sans-serif}
  </style>`;
  document.documentElement.append(host);
  const W = new Map(); // editor -> state
  let bypass = false;
  let confirmEl = null;

  function textMap(ed) {
    const segs = []; let text = '';
    const blocks = ed.matches('[data-lexical-editor]') ? [...ed.children] : [...ed.querySelectorAll('[data-block="true"]')];
    blocks.forEach((b, i) => {
      if (i) text += '\n';
      const tw = document.createTreeWalker(b, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let n = tw.nextNode(); n; n = tw.nextNode()) {
        if (n.nodeType === 3) { segs.push({ node: n, start: text.length }); text += n.data; }
        else if (n.tagName === 'BR' && ed.matches('[data-lexical-editor]') && !n.hasAttribute('data-lexical-linebreak') && b.childNodes.length === 1) {}
        else if (n.tagName === 'BR' && n.hasAttribute('data-lexical-linebreak')) text += '\n';
      }
    });
    return { text, segs };
  }
  function rangeFor(map, start, end) {
    const r = document.createRange(); let ok = 0;
    for (const s of map.segs) {
      const e = s.start + s.node.data.length;
      if (!(ok & 1) && start >= s.start && start <= e) { r.setStart(s.node, start - s.start); ok |= 1; }
      if ((ok & 1) && end >= s.start && end <= e) { r.setEnd(s.node, end - s.start); ok |= 2; break; }
    }
    return ok === 3 ? r : null;
  }
  function audience(ed) {
    if (location.host.endsWith('facebook.com')) {
      const dlg = ed.closest('[role=dialog]');
      const b = dlg?.querySelector('[role=button][aria-label^="Edit privacy. Sharing with "]');
      if (ed.getAttribute('aria-label')?.startsWith('Write a public comment')) return 'public';
      if (!b) return 'unknown';
      return /Sharing with Public\./.test(b.getAttribute('aria-label')) ? 'public' : 'limited';
    }
    return document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"] [data-testid="icon-lock"]') ? 'limited' : 'public';
  }
  function watch(ed) {
    if (W.has(ed)) return;
    const panel = document.createElement('div');
    panel.setAttribute('data-carecheck-panel', '');
    panel.className = 'panel';
    panel.setAttribute('data-revision', '0');
    root.append(panel);
    const st = { ed, panel, rev: 0, report: null, busy: false, dirty: false, composing: false, marks: [] };
    W.set(ed, st);
    render(st);
    check(st);
  }
  function check(st) {
    if (st.composing) return;
    if (st.busy) { st.dirty = true; return; }
    st.busy = true;
    const map = textMap(st.ed);
    chrome.runtime.sendMessage({ type: 'analyze', text: map.text }, (rep) => {
      st.busy = false;
      st.report = rep; st.text = map.text; st.rev++;
      render(st);
      if (st.dirty) { st.dirty = false; check(st); }
    });
  }
  function render(st) {
    const { panel, ed } = st;
    if (!ed.isConnected) { panel.remove(); st.marks.forEach((m) => m.remove()); W.delete(ed); return; }
    const risk = st.report?.risk ?? 'none';
    const aud = audience(ed);
    panel.setAttribute('data-risk', risk);
    panel.setAttribute('data-audience', aud);
    panel.setAttribute('role', risk === 'high' ? 'alert' : 'status');
    panel.setAttribute('data-revision', String(st.rev));
    panel.textContent = risk === 'high' ? `This post could identify a service user (${aud === 'public' ? 'anyone can see it' : 'your audience is limited, but still'}).` : 'No concerns found.';
    const r = ed.getBoundingClientRect();
    panel.style.left = r.left + 'px'; panel.style.top = r.bottom + 4 + 'px';
    st.marks.forEach((m) => m.remove()); st.marks = [];
    const map = textMap(ed);
    for (const f of st.report?.findings ?? []) {
      if (map.text !== st.text) break;
      const range = rangeFor(map, f.start, f.end); if (!range) continue;
      for (const cr of range.getClientRects()) {
        const m = document.createElement('div'); m.className = 'mark';
        m.setAttribute('data-carecheck-mark', ''); m.setAttribute('data-label', f.label);
        Object.assign(m.style, { left: cr.left + 'px', top: cr.top + 'px', width: cr.width + 'px', height: cr.height + 'px' });
        m._f = f; m._ed = ed; root.append(m); st.marks.push(m);
      }
    }
  }
  let tip = null;
  function showTip(m) {
    if (tip?._m === m) return;
    tip?.remove();
    tip = document.createElement('div'); tip.className = 'tip'; tip._m = m;
    const r = m.getBoundingClientRect();
    tip.style.left = r.left + 'px'; tip.style.top = r.bottom + 2 + 'px';
    tip.innerHTML = `<span></span> <button data-carecheck-apply>Apply</button>`;
    tip.querySelector('span').textContent = m._f.reason;
    const f = m._f, ed = m._ed;
    tip.querySelector('button').addEventListener('mousedown', (e) => e.preventDefault());
    tip.querySelector('button').addEventListener('click', () => {
      const range = rangeFor(textMap(ed), f.start, f.end);
      ed.focus();
      const sel = getSelection(); sel.removeAllRanges(); sel.addRange(range);
      document.execCommand('insertText', false, f.replacement);
      tip.remove(); tip = null;
    });
    root.append(tip);
  }
  document.addEventListener('mousemove', (e) => {
    for (const st of W.values()) for (const m of st.marks) {
      const r = m.getBoundingClientRect();
      if (e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top - 2 && e.clientY <= r.bottom + 2) return showTip(m);
    }
    if (tip) { const r = tip.getBoundingClientRect(); if (!(e.clientX >= r.left - 4 && e.clientX <= r.right + 4 && e.clientY >= r.top - 8 && e.clientY <= r.bottom + 4)) { tip.remove(); tip = null; } }
  }, true);
  const stFor = (el) => { const ed = el?.closest?.(EDITOR_SEL); return ed && W.get(ed); };
  for (const type of ['input', 'keyup', 'paste', 'cut']) document.addEventListener(type, (e) => { const st = stFor(e.target); if (st) setTimeout(() => check(st), 0); }, true);
  document.addEventListener('compositionstart', (e) => { const st = stFor(e.target); if (st) st.composing = true; }, true);
  document.addEventListener('compositionend', (e) => { const st = stFor(e.target); if (st) { st.composing = false; setTimeout(() => check(st), 0); } }, true);
  const POST = '[data-testid="tweetButton"],[data-testid="tweetButtonInline"],div[role="button"][aria-label="Post"]';
  function composerEditors(btn) {
    const box = btn.closest('[role=dialog]') ?? btn.closest('[data-testid="primaryColumn"]') ?? document;
    return [...W.values()].filter((st) => box.contains(st.ed));
  }
  function showConfirm(st, proceed) {
    confirmEl?.remove();
    confirmEl = document.createElement('div'); confirmEl.className = 'confirm';
    confirmEl.setAttribute('data-carecheck-confirm', ''); confirmEl.setAttribute('role', 'alertdialog');
    confirmEl.innerHTML = '<p>This post could identify a service user.</p><button data-action="edit">Edit</button> <button data-action="post">Post anyway</button>';
    confirmEl.querySelector('[data-action=edit]').onclick = () => { confirmEl.remove(); confirmEl = null; st.ed.focus(); };
    confirmEl.querySelector('[data-action=post]').onclick = () => { confirmEl.remove(); confirmEl = null; bypass = true; try { proceed(); } finally { bypass = false; } };
    root.append(confirmEl);
    confirmEl.querySelector('[data-action=edit]').focus();
  }
  window.addEventListener('click', (e) => {
    if (bypass) return;
    const btn = e.target instanceof Element && e.target.closest(POST); if (!btn) return;
    const st = composerEditors(btn).find((s) => s.report?.risk === 'high'); if (!st) return;
    e.preventDefault(); e.stopImmediatePropagation();
    showConfirm(st, () => btn.click());
  }, true);
  window.addEventListener('keydown', (e) => {
    if (bypass || e.key !== 'Enter') return;
    const st = stFor(e.target); if (!st || st.report?.risk !== 'high') return;
    const isComment = /comment/i.test(st.ed.getAttribute('aria-label') || '');
    if (!(e.ctrlKey || e.metaKey || (isComment && !e.shiftKey))) return;
    e.preventDefault(); e.stopImmediatePropagation();
    const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey: e.ctrlKey, metaKey: e.metaKey, bubbles: true, cancelable: true };
    showConfirm(st, () => { st.ed.focus(); st.ed.dispatchEvent(new KeyboardEvent('keydown', init)); });
  }, true);
  const scan = () => document.querySelectorAll(EDITOR_SEL).forEach(watch);
  new MutationObserver(() => { scan(); for (const st of W.values()) if (!st.ed.isConnected) render(st); }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
  scan();
  setInterval(() => { for (const st of W.values()) render(st); }, 250);
})();
