import type { FieldKind, IsolatedRequest, IsolatedResult } from './page-types';

/**
 * Runs in the EHR tab's ISOLATED world (`scripting.executeScript` without `world`), where the page's
 * own scripts cannot see Cocreate's variables, wrap its DOM calls or read its arguments. Self-contained
 * on purpose: the browser sends this function's source text, so it may use nothing from outside.
 *
 * - `mark` remembers the field that has focus (following focus through open shadow roots and into
 *   same-origin frames, at any depth) under a one-off token, and reports what the page showed then.
 * - `check` (no plan text) says whether that same field is still there, shown and usable, and what
 *   the page shows now; the side panel compares (docs/architecture.md, "Writing into the EHR").
 * - `write` puts plain text into a native field (the native setter, then `input`), a modern editor
 *   (a paste of text/plain, which each turns into its own lines) or a contenteditable
 *   (insertText/insertParagraph), then reads it back line by line.
 * - `facts` reports what the page shows (address, title, banner) and touches nothing.
 * - `tag` / `read-back` bracket an editor API call made in the MAIN world (lib/insert/editor-script.ts).
 *
 * "Inserted" only when every line is there once more than before, in order, each its own line
 * (block boundaries and <br> count as breaks); otherwise the write is taken back where the field
 * allows and the answer is "lines-joined".
 *
 * A new document has a new isolated world, so its answer to everything but `mark` is "page-changed".
 */
export async function runIsolated(request: IsolatedRequest): Promise<IsolatedResult> {
  const STORE = '__cocreateMark';
  const TAG = 'data-cocreate-write';
  type Target = { element: Element; kind: FieldKind; label: string };
  type Stored = Target & { token: string; before: string[]; beforeValue: string };
  const store = globalThis as unknown as Record<string, Stored | undefined>;

  const clean = (value: unknown): string =>
    typeof value === 'string' ? value.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim() : '';

  // A closed shadow root is invisible to pages; an extension can see that one is there.
  const closedRoot = (element: Element): boolean => {
    const api = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => unknown } } })
      .chrome?.dom;
    const firefox = (element as { openOrClosedShadowRoot?: () => unknown }).openOrClosedShadowRoot;
    try {
      if (typeof api?.openOrClosedShadowRoot === 'function') return !!api.openOrClosedShadowRoot(element);
      if (typeof firefox === 'function') return !!firefox.call(element);
    } catch {
      return false;
    }
    return false;
  };

  // Follows focus through open shadow roots and same-origin frames; reports what it cannot enter.
  const focused = (): Element | 'cross-origin' | 'closed-shadow' | null => {
    let scope: Document | ShadowRoot = document;
    for (let depth = 0; depth < 16; depth += 1) {
      const element: Element | null = scope.activeElement;
      if (!element) return null;
      if (element.shadowRoot?.activeElement) {
        scope = element.shadowRoot;
        continue;
      }
      if (element.tagName === 'IFRAME' || element.tagName === 'FRAME') {
        let inner: Document | null = null;
        try {
          inner = (element as HTMLIFrameElement).contentDocument;
        } catch {
          inner = null;
        }
        if (!inner) return 'cross-origin';
        scope = inner;
        continue;
      }
      if (!element.shadowRoot && closedRoot(element)) return 'closed-shadow';
      return element;
    }
    return null;
  };

  const labelOf = (element: Element): string => {
    const root = element.getRootNode() as Document | ShadowRoot;
    const byIds = clean(element.getAttribute('aria-labelledby'))
      .split(' ')
      .map((id) => clean(id ? root.getElementById(id)?.textContent : ''))
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
  const MODERN: [string, FieldKind][] = [
    ['[data-lexical-editor="true"]', 'lexical'],
    ['[data-slate-editor="true"]', 'slate'],
    ['.public-DraftEditor-content', 'draft'],
    ['.ProseMirror', 'prosemirror'],
  ];
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
    for (const [selector, kind] of MODERN) {
      const host = element.closest(selector);
      if (host && (host as HTMLElement).isContentEditable)
        return { element: host, kind, label: labelOf(host) };
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

  // The element's parent, stepping out of a shadow root to its host and out of a frame to its element.
  const up = (node: Element): Element | null => {
    if (node.parentElement) return node.parentElement;
    const host = (node.getRootNode() as Partial<ShadowRoot>).host;
    if (host) return host;
    return node.ownerDocument.defaultView?.frameElement ?? null;
  };

  // Rendered, visible, not inert, and not parked where no scrolling reaches (an off-screen decoy);
  // the same for every shadow host and frame it sits in.
  const shown = (start: Element): boolean => {
    let node: Element | null = start;
    let boxed = false;
    for (let depth = 0; node && depth < 1000; depth += 1) {
      const view: Window | null = node.ownerDocument.defaultView;
      if (!view || !node.isConnected) return false;
      if (node.hasAttribute('inert') || node.getAttribute('aria-hidden') === 'true') return false;
      if (!boxed || node.tagName === 'IFRAME' || node.tagName === 'FRAME') {
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
        boxed = true;
      }
      node = up(node);
    }
    return true;
  };

  // One selector a line; a line that starts with a site's address applies on that site only.
  const banner = (selectors: string): string => {
    for (const line of selectors.split('\n').map((one) => one.trim())) {
      const site = /^(https?:\/\/[^\s/]+)\/?\s+(.+)$/.exec(line);
      if (site && site[1] !== location.origin) continue;
      const selector = site ? (site[2] ?? '') : line;
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

  // The field's lines as the editor shows them: blocks and <br> are breaks, and so is a newline in
  // text the page lays out as written (white-space: pre*). Blank lines are not counted.
  const BLOCKS =
    /^(P|DIV|LI|UL|OL|H[1-6]|BLOCKQUOTE|PRE|TABLE|TR|SECTION|ARTICLE|HEADER|FOOTER|DL|DT|DD|HR)$/;
  const linesOf = (target: Target): string[] => {
    if (target.kind === 'textarea' || target.kind === 'input')
      return (target.element as HTMLInputElement).value.split('\n').map(clean).filter(Boolean);
    const host =
      target.kind === 'quill'
        ? (target.element.querySelector('.ql-editor') ?? target.element)
        : target.element;
    const lines: string[] = [''];
    const walk = (node: Node, pre: boolean) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const parts = pre ? (node.nodeValue ?? '').split('\n') : [node.nodeValue ?? ''];
        parts.forEach((part, n) => {
          if (n > 0) lines.push('');
          lines[lines.length - 1] += part;
        });
        return;
      }
      // By node type, not `instanceof`: a node in a frame belongs to that frame's window.
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const element = node as Element;
      if (element.getAttribute('data-mce-bogus') === 'all') return;
      if (element.tagName === 'BR') {
        lines.push('');
        return;
      }
      const block = BLOCKS.test(element.tagName);
      if (block) lines.push('');
      const style = element.ownerDocument.defaultView?.getComputedStyle(element).whiteSpace ?? '';
      const inner = style ? /^pre|break-spaces/.test(style) : pre;
      for (const child of Array.from(element.childNodes)) walk(child, inner);
      if (block) lines.push('');
    };
    walk(host, false);
    return lines.map(clean).filter(Boolean);
  };
  const valueOf = (target: Target): string =>
    target.kind === 'textarea' || target.kind === 'input' ? (target.element as HTMLInputElement).value : '';

  // How many times `wanted` stands as its own run of lines; the first may end a line already there
  // (text typed before the cursor) and the last may begin one.
  const runs = (lines: string[], wanted: string[]): number => {
    const n = wanted.length;
    if (n === 0) return 0;
    let found = 0;
    for (let at = 0; at + n <= lines.length; at += 1) {
      const line = (k: number) => lines[at + k] ?? '';
      const first = wanted[0] ?? '';
      const last = wanted[n - 1] ?? '';
      if (n === 1 ? !line(0).includes(first) : !line(0).endsWith(first)) continue;
      if (n > 1 && !line(n - 1).startsWith(last)) continue;
      let same = true;
      for (let k = 1; k < n - 1 && same; k += 1) same = line(k) === wanted[k];
      if (same) found += 1;
    }
    return found;
  };
  const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  if (request.action === 'mark') {
    const chosen = focused();
    if (chosen === 'cross-origin' || chosen === 'closed-shadow') {
      store[STORE] = undefined;
      return { status: chosen };
    }
    const target = chosen ? describe(chosen) : null;
    if (!target) return { status: 'no-field' };
    if (!shown(target.element)) {
      store[STORE] = undefined;
      return { status: 'hidden-field' };
    }
    store[STORE] = { ...target, token: request.token, before: [], beforeValue: '' };
    return { status: 'marked', kind: target.kind, label: target.label, ...facts(request.bannerSelector) };
  }

  if (request.action === 'facts') return { status: 'facts', ...facts(request.bannerSelector) };

  const stored = store[STORE];
  if (!stored || stored.token !== request.token) return { status: 'page-changed' };
  // A field removed from the page, or left behind in a frame that has since navigated.
  if (!stored.element.isConnected || !stored.element.ownerDocument.defaultView)
    return { status: 'field-gone' };
  if (!shown(stored.element)) return { status: 'hidden-field' };

  // The read-back: every line once more than before, in order; else take the write back if we can.
  const verdict = async (wanted: string[], settleMs: number, undo: () => void): Promise<IsolatedResult> => {
    await settle(settleMs);
    const after = linesOf(stored);
    if (runs(after, wanted) === runs(stored.before, wanted) + 1) return { status: 'inserted' };
    const squeeze = (lines: string[]) => lines.join('').replace(/\s+/g, '');
    // Nothing of it arrived: the field refused the text rather than breaking it.
    if (squeeze(after) === squeeze(stored.before)) return { status: 'not-accepted' };
    try {
      undo();
    } catch {
      // An editor without undo keeps what it has; the answer says so.
    }
    await settle(settleMs);
    return { status: 'lines-joined', undone: squeeze(linesOf(stored)) === squeeze(stored.before) };
  };

  switch (request.action) {
    case 'check':
      return { status: 'ready', kind: stored.kind, label: stored.label, ...facts(request.bannerSelector) };
    case 'tag':
      stored.before = linesOf(stored);
      stored.element.setAttribute(TAG, request.nonce);
      return { status: 'tagged' };
    case 'read-back':
      stored.element.removeAttribute(TAG);
      return verdict(request.lines, request.settleMs, () => undefined);
    case 'undone': {
      const squeeze = (lines: string[]) => lines.join('').replace(/\s+/g, '');
      return { status: 'lines-joined', undone: squeeze(linesOf(stored)) === squeeze(stored.before) };
    }
    case 'write': {
      if (stored.kind === 'ckeditor5' || stored.kind === 'tinymce' || stored.kind === 'quill') {
        return { status: 'failed', reason: 'an editor field needs its own API' };
      }
      stored.before = linesOf(stored);
      stored.beforeValue = valueOf(stored);
      const host = stored.element as HTMLElement;
      const doc = host.ownerDocument;
      const wanted = request.text.split('\n').map(clean).filter(Boolean);
      try {
        if (stored.kind === 'textarea' || stored.kind === 'input') {
          const field = host as HTMLTextAreaElement;
          let start = field.value.length;
          let end = start;
          try {
            start = field.selectionStart ?? start;
            end = field.selectionEnd ?? start;
          } catch {
            // Some input types have no selection; append instead.
          }
          // This world's setter is the browser's own, out of reach of the page's wrappers; the
          // `input` event is how React, Vue and Angular learn that the value changed.
          field.setRangeText(request.text, start, end, 'end');
          field.dispatchEvent(new Event('input', { bubbles: true }));
          field.dispatchEvent(new Event('change', { bubbles: true }));
        } else {
          // The caret where the clinician left it; at the end when it is not in this field.
          // Inside a shadow root, Chromium's document selection names the host; the root's names the node.
          const selection = doc.getSelection();
          const root = host.getRootNode() as { getSelection?: () => Selection | null };
          const inside = root.getSelection?.() ?? selection;
          if (!inside?.anchorNode || !host.contains(inside.anchorNode)) {
            const range = doc.createRange();
            range.selectNodeContents(host);
            range.collapse(false);
            selection?.removeAllRanges();
            selection?.addRange(range);
          }
          let pasted = false;
          if (stored.kind !== 'contenteditable') {
            // The way a clinician's paste arrives: the editor makes its own lines from text/plain.
            const data = new DataTransfer();
            data.setData('text/plain', request.text);
            const paste = new ClipboardEvent('paste', {
              clipboardData: data,
              bubbles: true,
              cancelable: true,
              composed: true,
            });
            host.dispatchEvent(paste);
            pasted = paste.defaultPrevented;
          }
          if (stored.kind === 'contenteditable') {
            // The page's own editing path: undo works and each \n becomes a new line.
            doc.execCommand('insertText', false, request.text);
          } else if (!pasted) {
            // An editor that ignored the paste: its own editing path, line by line.
            request.text.split('\n').forEach((line, n) => {
              if (n > 0) doc.execCommand('insertParagraph');
              if (line) doc.execCommand('insertText', false, line);
            });
          }
        }
      } catch (error) {
        return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
      }
      return verdict(wanted, request.settleMs, () => {
        if (stored.kind === 'textarea' || stored.kind === 'input') {
          const field = host as HTMLTextAreaElement;
          field.value = stored.beforeValue;
          field.dispatchEvent(new Event('input', { bubbles: true }));
          return;
        }
        // Each insertText/insertParagraph (or the editor's paste) is a step of the page's undo.
        const steps = request.text.split('\n').length * 2 + 1;
        const same = () => linesOf(stored).join('\n') === stored.before.join('\n');
        for (let step = 0; step < steps && !same(); step += 1) doc.execCommand('undo');
      });
    }
  }
}
