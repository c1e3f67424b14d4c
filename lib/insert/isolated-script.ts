import type { FieldKind, IsolatedRequest, IsolatedResult } from './page-types';

/**
 * Runs in the EHR tab's ISOLATED world (`scripting.executeScript` without `world`), where the page's
 * own scripts cannot see Cocreate's variables, wrap its DOM calls or read its arguments. Self-contained
 * on purpose: the browser sends this function's source text, so it may use nothing from outside.
 *
 * - `mark` remembers the field that has focus (following focus into same-origin frames) under a
 *   one-off token, and reports what the page showed then (address, title, patient banner).
 * - `check` (no plan text) says whether that same field is still there, shown and usable, and what
 *   the page shows now; the side panel compares (docs/architecture.md, "Writing into the EHR").
 * - `write` puts plain text into a textarea, input or contenteditable and reads it back.
 * - `tag` / `read-back` bracket an editor API call made in the MAIN world (lib/insert/editor-script.ts).
 *
 * A new document has a new isolated world, so its answer to everything but `mark` is "page-changed".
 */
export async function runIsolated(request: IsolatedRequest): Promise<IsolatedResult> {
  const STORE = '__cocreateMark';
  const TAG = 'data-cocreate-write';
  type Target = { element: Element; kind: FieldKind; label: string };
  type Stored = Target & { token: string; before: string };
  const store = globalThis as unknown as Record<string, Stored | undefined>;

  const clean = (value: unknown): string =>
    typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';

  // Follows document.activeElement into same-origin frames; a frame Cocreate cannot enter is reported.
  const focused = (): Element | 'cross-origin' | null => {
    let doc: Document = document;
    for (let depth = 0; depth < 8; depth += 1) {
      const element: Element | null = doc.activeElement;
      if (!element) return null;
      if (element.tagName !== 'IFRAME' && element.tagName !== 'FRAME') return element;
      let inner: Document | null = null;
      try {
        inner = (element as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      if (!inner) return 'cross-origin';
      doc = inner;
    }
    return null;
  };

  const labelOf = (element: Element): string => {
    const doc = element.ownerDocument;
    const byIds = clean(element.getAttribute('aria-labelledby'))
      .split(' ')
      .map((id) => clean(doc.getElementById(id)?.textContent))
      .filter(Boolean)
      .join(' ');
    const labels = (element as HTMLInputElement).labels;
    const byLabel = labels && labels.length > 0 ? clean(labels[0]?.textContent) : '';
    return (
      byIds ||
      byLabel ||
      clean(element.getAttribute('aria-label')) ||
      clean(element.getAttribute('placeholder')) ||
      element.id ||
      ''
    );
  };

  // Recognised from the DOM alone: the editors' JavaScript objects live in the page's world, not this one.
  const describe = (element: Element): Target | null => {
    const ck = element.closest('.ck-editor__editable');
    if (ck) {
      const source = ck.closest('.ck-editor')?.previousElementSibling;
      return { element: ck, kind: 'ckeditor5', label: (source && labelOf(source)) || labelOf(ck) };
    }
    const quill = element.closest('.ql-container');
    if (quill?.querySelector('.ql-editor')) return { element: quill, kind: 'quill', label: labelOf(quill) };
    const mce = element.closest('.mce-content-body');
    if (mce) {
      const frame = mce.ownerDocument.defaultView?.frameElement;
      const source = frame?.id ? frame.ownerDocument.getElementById(frame.id.replace(/_ifr$/, '')) : null;
      return { element: mce, kind: 'tinymce', label: (source && labelOf(source)) || labelOf(mce) };
    }
    const field = element as HTMLInputElement;
    if (field.disabled || field.readOnly) return null;
    if (element.tagName === 'TEXTAREA') return { element, kind: 'textarea', label: labelOf(element) };
    if (element.tagName === 'INPUT' && /^(text|search|email|url|tel|)$/.test(field.type)) {
      return { element, kind: 'input', label: labelOf(element) };
    }
    if ((element as HTMLElement).isContentEditable) {
      const host = element.closest('[contenteditable="true"], [contenteditable=""]') ?? element;
      return { element: host, kind: 'contenteditable', label: labelOf(host) };
    }
    return null;
  };

  // Rendered, visible, not inert, and not parked where no scrolling reaches (an off-screen decoy);
  // the same for every frame it sits in.
  const shown = (start: Element): boolean => {
    let node: Element | null = start;
    for (let depth = 0; node && depth < 10; depth += 1) {
      const view: Window | null = node.ownerDocument.defaultView;
      if (!view || !node.isConnected || node.closest('[inert], [aria-hidden="true"]')) return false;
      const html = node as HTMLElement & { checkVisibility?: (options: object) => boolean };
      const options = {
        checkOpacity: true,
        checkVisibilityCSS: true,
        opacityProperty: true,
        visibilityProperty: true,
      };
      if (typeof html.checkVisibility === 'function' && !html.checkVisibility(options)) return false;
      const box = node.getBoundingClientRect();
      if (box.width < 4 || box.height < 4) return false;
      if (box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0) return false;
      node = view.frameElement;
    }
    return true;
  };

  const banner = (selectors: string): string => {
    for (const selector of selectors.split('\n').map((line) => line.trim())) {
      if (!selector) continue;
      try {
        const found = document.querySelector(selector);
        if (found) return clean(found.textContent).slice(0, 300);
      } catch {
        // A selector the browser cannot parse matches nothing.
      }
    }
    return '';
  };
  const facts = (selectors: string) => ({
    url: location.href,
    title: clean(document.title),
    banner: banner(selectors),
  });

  const contentOf = (target: Target): string => {
    if (target.kind === 'textarea' || target.kind === 'input')
      return (target.element as HTMLInputElement).value;
    const host =
      target.kind === 'quill'
        ? (target.element.querySelector('.ql-editor') ?? target.element)
        : target.element;
    return host.textContent ?? '';
  };
  const squeeze = (value: string) => value.replace(/[\s\u00a0\u200b\ufeff]+/g, '');
  const count = (haystack: string, needle: string): number => {
    if (!needle) return 0;
    let found = 0;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length))
      found += 1;
    return found;
  };
  const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  if (request.action === 'mark') {
    const chosen = focused();
    if (chosen === 'cross-origin') {
      store[STORE] = undefined;
      return { status: 'cross-origin' };
    }
    const target = chosen ? describe(chosen) : null;
    if (!target) return { status: 'no-field' };
    if (!shown(target.element)) {
      store[STORE] = undefined;
      return { status: 'hidden-field' };
    }
    store[STORE] = { ...target, token: request.token, before: '' };
    return { status: 'marked', kind: target.kind, label: target.label, ...facts(request.bannerSelector) };
  }

  const stored = store[STORE];
  if (!stored || stored.token !== request.token) return { status: 'page-changed' };
  // A field removed from the page, or left behind in a frame that has since navigated.
  if (!stored.element.isConnected || !stored.element.ownerDocument.defaultView)
    return { status: 'field-gone' };
  if (!shown(stored.element)) return { status: 'hidden-field' };

  switch (request.action) {
    case 'check':
      return { status: 'ready', kind: stored.kind, label: stored.label, ...facts(request.bannerSelector) };
    case 'tag':
      stored.before = contentOf(stored);
      stored.element.setAttribute(TAG, request.nonce);
      return { status: 'tagged' };
    case 'write': {
      if (stored.kind !== 'textarea' && stored.kind !== 'input' && stored.kind !== 'contenteditable') {
        return { status: 'failed', reason: 'an editor field needs its own API' };
      }
      const before = contentOf(stored);
      try {
        if (stored.kind === 'contenteditable') {
          const host = stored.element as HTMLElement;
          const doc = host.ownerDocument;
          const selection = doc.getSelection();
          if (!selection?.anchorNode || !host.contains(selection.anchorNode)) {
            const range = doc.createRange();
            range.selectNodeContents(host);
            range.collapse(false);
            selection?.removeAllRanges();
            selection?.addRange(range);
          }
          // The page's own editing path: undo works and each \n becomes a new line.
          doc.execCommand('insertText', false, request.text);
        } else {
          const field = stored.element as HTMLTextAreaElement;
          let start = field.value.length;
          let end = start;
          try {
            start = field.selectionStart ?? start;
            end = field.selectionEnd ?? start;
          } catch {
            // Some input types have no selection; append instead.
          }
          field.setRangeText(request.text, start, end, 'end');
          // Frameworks (React, Angular) learn of the change only from these events.
          field.dispatchEvent(new Event('input', { bubbles: true }));
          field.dispatchEvent(new Event('change', { bubbles: true }));
        }
      } catch (error) {
        return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
      }
      await settle(request.settleMs);
      const wanted = squeeze(request.text);
      return count(squeeze(contentOf(stored)), wanted) > count(squeeze(before), wanted)
        ? { status: 'inserted' }
        : { status: 'not-accepted' };
    }
    case 'read-back': {
      stored.element.removeAttribute(TAG);
      await settle(request.settleMs);
      const parsed = request.html
        ? new DOMParser().parseFromString(request.html, 'text/html').body.textContent
        : '';
      const wanted = squeeze(parsed || request.text);
      return count(squeeze(contentOf(stored)), wanted) > count(squeeze(stored.before), wanted)
        ? { status: 'inserted' }
        : { status: 'not-accepted' };
    }
  }
}
