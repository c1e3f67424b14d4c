import type { EditorRequest, EditorResult } from './page-types';

/**
 * The only code Cocreate runs in the EHR page's MAIN world: one call to a rich editor's own API
 * (CKEditor 5, TinyMCE, Quill) to write or to undo a write, whose objects are invisible from the isolated world. It runs only
 * after the isolated world has checked the chosen field and tagged it, carries only the format that
 * editor needs, and is strict so a page script cannot reach its arguments through `caller`.
 * Self-contained: the browser sends this function's source text.
 *
 * Strict by construction: the work is a static method of a class, and class bodies are always
 * strict code. A `'use strict'` directive alone is not enough, because the bundler drops it from
 * functions in an ES module (already strict there) and the browser re-evaluates only this
 * function's text, as sloppy code (tests/e2e/insert-hostile.test.ts has a page try `caller`).
 */
export function runEditorWrite(request: EditorRequest): EditorResult {
  'use strict';
  return class {
    static run(request: EditorRequest): EditorResult {
      type Editor = Record<string, unknown>;
      const TAG = 'data-cocreate-write';

      // The tagged element, in this document, an open shadow root or a same-origin frame below it.
      const find = (scope: Document | ShadowRoot, depth: number): Element | null => {
        const hit = scope.querySelector(`[${TAG}="${CSS.escape(request.nonce)}"]`);
        if (hit || depth > 12) return hit;
        for (const element of Array.from(scope.querySelectorAll('*'))) {
          let inner: Document | ShadowRoot | null = element.shadowRoot;
          if (!inner && (element.tagName === 'IFRAME' || element.tagName === 'FRAME')) {
            try {
              inner = (element as HTMLIFrameElement).contentDocument;
            } catch {
              inner = null;
            }
          }
          const found = inner ? find(inner, depth + 1) : null;
          if (found) return found;
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

      const call = (owner: unknown, name: string, args: unknown[]): unknown => {
        const fn = (owner as Record<string, unknown> | null)?.[name];
        if (typeof fn !== 'function') throw new Error(`no ${name}`);
        return (fn as (...a: unknown[]) => unknown).apply(owner, args);
      };

      const element = find(document, 0);
      if (!element) return { status: 'failed', reason: 'the chosen field is no longer tagged' };
      element.removeAttribute(TAG);
      try {
        if (request.kind === 'ckeditor5') {
          const editor = (element as unknown as { ckeditorInstance?: Editor }).ckeditorInstance;
          if (!editor) throw new Error('no CKEditor instance');
          if (request.undo) {
            call(editor, 'execute', ['undo']);
            return { status: 'written' };
          }
          // The editor's own data pipeline turns the (already escaped) HTML into its model.
          call(editor.model, 'insertContent', [call(editor.data, 'parse', [request.content])]);
          return { status: 'written' };
        }
        for (const win of windowsUp(element)) {
          if (request.kind === 'tinymce') {
            // TinyMCE's own frame has <body id="tinymce">, so `window.tinymce` there is that element.
            const tinymce = (win as unknown as { tinymce?: { get?: unknown } }).tinymce;
            const editors = typeof tinymce?.get === 'function' ? call(tinymce, 'get', []) : [];
            for (const editor of Array.isArray(editors) ? (editors as Editor[]) : []) {
              if (call(editor, 'getBody', []) === element) {
                if (request.undo) call(editor.undoManager, 'undo', []);
                else call(editor, 'insertContent', [request.content]);
                return { status: 'written' };
              }
            }
          } else {
            const quill = (win as unknown as { Quill?: { find?: unknown } }).Quill;
            const editor = typeof quill?.find === 'function' ? call(quill, 'find', [element]) : null;
            if (editor && typeof editor === 'object') {
              if (request.undo) {
                call((editor as Editor).history, 'undo', []);
                return { status: 'written' };
              }
              const selection = call(editor, 'getSelection', []) as { index: number } | null;
              const length = call(editor, 'getLength', []) as number;
              call(editor, 'insertText', [
                selection?.index ?? Math.max(0, length - 1),
                request.content,
                'user',
              ]);
              return { status: 'written' };
            }
          }
        }
        return { status: 'failed', reason: `no ${request.kind} editor owns the chosen field` };
      } catch (error) {
        return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
      }
    }
  }.run(request);
}
