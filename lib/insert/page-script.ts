/** The kinds of field the sidebar can write into (issue 5, "Insert into the EHR"). */
export type FieldKind = 'textarea' | 'input' | 'contenteditable' | 'ckeditor5' | 'tinymce' | 'quill';

export type PageRequest =
  { action: 'mark'; token: string } | { action: 'insert'; token: string | null; text: string; html: string };

export type PageResult =
  | { status: 'marked'; token: string; kind: FieldKind; label: string }
  | { status: 'inserted'; kind: FieldKind; label: string }
  | { status: 'no-field' }
  | { status: 'page-changed' }
  | { status: 'field-gone' }
  | { status: 'failed'; reason: string };

/**
 * Runs inside the EHR tab (injected by `scripting.executeScript`, world MAIN so the
 * editors' own objects are visible). Self-contained on purpose: the browser sends
 * this function's source text, so it may use nothing from outside its own body.
 *
 * "mark" remembers the field that has focus (following focus down through
 * same-origin frames) under a one-off token in this document; "insert" writes
 * only into the field stored under that token. A new page has no token, and a
 * removed field is no longer connected: in both cases nothing is written
 * (issue 5, "Never write into a field the clinician did not choose").
 */
export function runInPage(request: PageRequest, root: Window = window): PageResult {
  const STORE = '__cocreateInsertTarget';
  type Editor = Record<string, unknown>;
  type Target = { element: Element; kind: FieldKind; label: string; editor: Editor | null };
  const store = root as unknown as Record<string, { token: string; element: Element } | undefined>;

  // Follows document.activeElement into same-origin iframes (an EHR's note or TinyMCE's own frame).
  const focused = (): Element | null => {
    let doc: Document = root.document;
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
      if (!inner) return null;
      doc = inner;
    }
    return null;
  };

  // The windows from the element's own up to the top: editors live in the window that loaded them.
  const windowsUp = (element: Element): Window[] => {
    const found: Window[] = [];
    let win: Window | null = element.ownerDocument.defaultView;
    while (win && found.length < 10) {
      found.push(win);
      if (win === win.parent) break;
      try {
        void win.parent.document;
        win = win.parent;
      } catch {
        break;
      }
    }
    return found;
  };

  const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
  const labelOf = (element: Element): string => {
    const doc = element.ownerDocument;
    const aria = text(element.getAttribute('aria-label'));
    const ids = text(element.getAttribute('aria-labelledby'));
    const byIds = ids
      .split(/\s+/)
      .map((id) => text(doc.getElementById(id)?.textContent))
      .filter(Boolean)
      .join(' ');
    const labels = (element as HTMLInputElement).labels;
    const byLabel = labels && labels.length > 0 ? text(labels[0]?.textContent) : '';
    return byIds || byLabel || aria || text(element.getAttribute('placeholder')) || element.id || '';
  };

  const describe = (element: Element): Target | null => {
    for (const win of windowsUp(element)) {
      const tinymce = (win as unknown as { tinymce?: { get?: () => Editor[] } }).tinymce;
      const editors = typeof tinymce?.get === 'function' ? tinymce.get() : [];
      for (const editor of Array.isArray(editors) ? editors : []) {
        const body = (editor.getBody as (() => Element | null) | undefined)?.call(editor);
        if (body && (body === element || body.contains(element))) {
          const source = (editor.getElement as (() => Element | null) | undefined)?.call(editor);
          return { element: body, kind: 'tinymce', label: source ? labelOf(source) : '', editor };
        }
      }
    }
    const ck = element.closest('.ck-editor__editable');
    const ckEditor = (ck as unknown as { ckeditorInstance?: Editor } | null)?.ckeditorInstance;
    if (ck && ckEditor) {
      const source = ckEditor.sourceElement as Element | undefined;
      return {
        element: ck,
        kind: 'ckeditor5',
        label: (source && labelOf(source)) || labelOf(ck),
        editor: ckEditor,
      };
    }
    const container = element.closest('.ql-container');
    if (container) {
      for (const win of windowsUp(element)) {
        const quill = (win as unknown as { Quill?: { find?: (node: Element) => unknown } }).Quill;
        const editor = quill?.find?.(container);
        if (editor && typeof editor === 'object' && 'insertText' in editor) {
          return { element: container, kind: 'quill', label: labelOf(container), editor };
        }
      }
    }
    const field = element as HTMLInputElement;
    if (field.disabled || field.readOnly) return null;
    if (element.tagName === 'TEXTAREA')
      return { element, kind: 'textarea', label: labelOf(element), editor: null };
    if (element.tagName === 'INPUT' && /^(text|search|email|url|tel|)$/.test(field.type)) {
      return { element, kind: 'input', label: labelOf(element), editor: null };
    }
    if ((element as HTMLElement).isContentEditable) {
      const host = element.closest('[contenteditable="true"], [contenteditable=""]') ?? element;
      return { element: host, kind: 'contenteditable', label: labelOf(host), editor: null };
    }
    return null;
  };

  const call = (editor: Editor, path: string[], args: unknown[]): unknown => {
    let owner: unknown = editor;
    for (const key of path.slice(0, -1)) owner = (owner as Record<string, unknown>)[key];
    const fn = (owner as Record<string, unknown>)[path[path.length - 1] ?? ''];
    if (typeof fn !== 'function') throw new Error(`no ${path.join('.')}`);
    return (fn as (...a: unknown[]) => unknown).apply(owner, args);
  };

  const writePlainField = (field: HTMLTextAreaElement | HTMLInputElement, value: string) => {
    let start = field.value.length;
    let end = start;
    try {
      start = field.selectionStart ?? start;
      end = field.selectionEnd ?? start;
    } catch {
      // Some input types have no selection; append instead.
    }
    field.setRangeText(value, start, end, 'end');
    // Frameworks (React, Angular) learn of the change only from these events.
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  };

  const writeEditable = (host: HTMLElement, value: string) => {
    const doc = host.ownerDocument;
    const selection = doc.getSelection();
    if (!selection || !selection.anchorNode || !host.contains(selection.anchorNode)) {
      const range = doc.createRange();
      range.selectNodeContents(host);
      range.collapse(false);
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    // insertText goes through the page's own editing (undo, input events); each \n becomes a line break.
    if (doc.execCommand('insertText', false, value)) return;
    const range = selection?.getRangeAt(0);
    if (!range) throw new Error('no selection');
    const fragment = doc.createDocumentFragment();
    value.split('\n').forEach((line, index) => {
      if (index > 0) fragment.append(doc.createElement('br'));
      fragment.append(doc.createTextNode(line));
    });
    range.deleteContents();
    range.insertNode(fragment);
    host.dispatchEvent(new Event('input', { bubbles: true }));
  };

  const write = (target: Target, plain: string, html: string) => {
    const editor = target.editor;
    switch (target.kind) {
      case 'textarea':
        return writePlainField(target.element as HTMLTextAreaElement, plain);
      case 'input':
        // A single-line field cannot hold line breaks: lines are joined with " | ".
        return writePlainField(
          target.element as HTMLInputElement,
          plain
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)
            .join(' | '),
        );
      case 'contenteditable':
        return writeEditable(target.element as HTMLElement, plain);
      case 'ckeditor5':
        // The editor's own data pipeline turns the (already escaped) HTML into its model.
        return call(editor!, ['model', 'insertContent'], [call(editor!, ['data', 'parse'], [html])]);
      case 'tinymce':
        return call(editor!, ['insertContent'], [html]);
      case 'quill': {
        const selection = call(editor!, ['getSelection'], []) as { index: number } | null;
        const length = call(editor!, ['getLength'], []) as number;
        return call(editor!, ['insertText'], [selection?.index ?? Math.max(0, length - 1), plain, 'user']);
      }
    }
  };

  const chosen = focused();
  if (request.action === 'mark') {
    const target = chosen ? describe(chosen) : null;
    if (!target) return { status: 'no-field' };
    store[STORE] = { token: request.token, element: target.element };
    return { status: 'marked', token: request.token, kind: target.kind, label: target.label };
  }

  let element: Element | null = chosen;
  if (request.token !== null) {
    const stored = store[STORE];
    if (!stored || stored.token !== request.token) return { status: 'page-changed' };
    // A field removed from the page, or left behind in a frame that has since navigated.
    if (!stored.element.isConnected || !stored.element.ownerDocument.defaultView) {
      return { status: 'field-gone' };
    }
    element = stored.element;
  }
  const target = element ? describe(element) : null;
  if (!target) return { status: 'no-field' };
  try {
    write(target, request.text, request.html);
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
  return { status: 'inserted', kind: target.kind, label: target.label };
}
