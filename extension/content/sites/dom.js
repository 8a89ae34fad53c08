// Small DOM helpers the site adapters share (selectors stay in the adapters).

// The nearest ancestor of `el` (not `el` itself) that contains a match for
// `selector`, looking at most `depth` levels up. Composers and their Post
// buttons are siblings deep in anonymous wrappers; their first common
// ancestor is "the compose box".
export function ancestorContaining(el, selector, depth = 30) {
  for (let a = el.parentElement; a && depth-- > 0; a = a.parentElement) {
    if (a.querySelector(selector)) return a;
  }
  return null;
}

// First match of any selector in the list: the list is ordered from the
// current markup to older fallbacks.
export function queryFirst(root, selectors) {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

export function queryAll(root, selectors) {
  return [...new Set(selectors.flatMap((s) => [...root.querySelectorAll(s)]))];
}

export function closestAny(el, selectors) {
  for (const s of selectors) {
    const m = el.closest(s);
    if (m) return m;
  }
  return null;
}

// Text nodes under root, with the editor's own text left out.
export function* textNodesOutside(root, exclude) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!exclude.contains(n)) yield n;
  }
}

export function isDisabled(el) {
  return el.disabled === true || el.getAttribute('aria-disabled') === 'true';
}

// Files picked in any file input under root (composers keep the picked files
// in the input until posting on some layouts).
export function pickedFiles(root) {
  let n = 0;
  for (const input of root.querySelectorAll('input[type="file"]')) n += input.files?.length ?? 0;
  return n;
}
