// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runIsolated } from '../../../lib/insert/isolated-script';

const NOTE = 'Agreed plan\n\nGoal: Walk to the allotment\nFirst action: Walk after lunch';
const BANNER = '[aria-label="Patient banner"]';

/** A fresh page body from trusted fixture markup (parsed, then moved in). */
function page(html: string) {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  delete (globalThis as Record<string, unknown>).__cocreateMark;
}

const mark = (token = 't1') => runIsolated({ action: 'mark', token, bannerSelector: BANNER });
const check = (token = 't1') => runIsolated({ action: 'check', token, bannerSelector: BANNER });
const write = (text = NOTE, token = 't1') => runIsolated({ action: 'write', token, text, settleMs: 0 });

describe('the isolated-world script (runs inside the EHR page, out of its scripts’ reach)', () => {
  beforeEach(() => {
    page('');
    // happy-dom lays nothing out: every element gets an ordinary on-screen box unless a test says otherwise.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const left = Number((this as HTMLElement).dataset?.left ?? 10);
      return {
        left,
        top: 10,
        right: left + 200,
        bottom: 60,
        width: 200,
        height: 50,
        x: left,
        y: 10,
      } as DOMRect;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('remembers the focused textarea with its label and what the page showed', async () => {
    page(
      '<header aria-label="Patient banner">EXAMPLE, Alex</header><label for="n">Free-text note</label><textarea id="n"></textarea>',
    );
    document.getElementById('n')!.focus();
    expect(await mark()).toEqual({
      status: 'marked',
      kind: 'textarea',
      label: 'Free-text note',
      url: location.href,
      title: document.title.replace(/\s+/g, ' ').trim(),
      banner: 'EXAMPLE, Alex',
    });
  });

  it('reports what the page shows with no field chosen, and remembers nothing', async () => {
    page('<header aria-label="Patient banner">EXAMPLE, Alex  Born 12-Mar-1961</header>');
    expect(await runIsolated({ action: 'facts', bannerSelector: BANNER })).toEqual({
      status: 'facts',
      url: location.href,
      title: document.title.replace(/\s+/g, ' ').trim(),
      banner: 'EXAMPLE, Alex Born 12-Mar-1961',
    });
    expect((globalThis as Record<string, unknown>).__cocreateMark).toBeUndefined();
  });

  it('checks without any plan text, then writes and reads the text back', async () => {
    page('<label for="n">Free-text note</label><textarea id="n">Seen today. </textarea>');
    const field = document.getElementById('n') as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
    await mark();
    expect(await check()).toMatchObject({ status: 'ready', kind: 'textarea', label: 'Free-text note' });
    let inputs = 0;
    field.addEventListener('input', () => (inputs += 1));
    expect(await write()).toEqual({ status: 'inserted' });
    expect(field.value).toBe(`Seen today. ${NOTE}`);
    expect(inputs).toBe(1);
  });

  it('says "not accepted" when the page undoes the write', async () => {
    page('<textarea id="n" aria-label="Note"></textarea>');
    const field = document.getElementById('n') as HTMLTextAreaElement;
    field.focus();
    await mark();
    field.addEventListener('input', () => (field.value = ''));
    expect(await write()).toEqual({ status: 'not-accepted' });
  });

  it.each([
    ['off-screen (a decoy parked left of the page)', '<textarea id="n" data-left="-5000"></textarea>'],
    ['aria-hidden', '<div aria-hidden="true"><textarea id="n"></textarea></div>'],
  ])('refuses a field that is %s', async (_why, html) => {
    page(html);
    document.getElementById('n')!.focus();
    expect(await mark()).toEqual({ status: 'hidden-field' });
  });

  it('refuses, at Insert, a chosen field the page has since made inert', async () => {
    page('<div id="wrap"><textarea id="n"></textarea></div>');
    document.getElementById('n')!.focus();
    await mark();
    document.getElementById('wrap')!.setAttribute('inert', '');
    expect(await check()).toEqual({ status: 'hidden-field' });
    expect(await write()).toEqual({ status: 'hidden-field' });
  });

  it('answers "page changed" to a token it never gave (a new document has none)', async () => {
    page('<textarea id="n"></textarea>');
    document.getElementById('n')!.focus();
    await mark('t1');
    expect(await check('other')).toEqual({ status: 'page-changed' });
    expect(await write(NOTE, 'other')).toEqual({ status: 'page-changed' });
  });

  it('answers "field gone" when the chosen field has left the page', async () => {
    page('<textarea id="n"></textarea>');
    document.getElementById('n')!.focus();
    await mark();
    document.getElementById('n')!.remove();
    expect(await check()).toEqual({ status: 'field-gone' });
  });

  it('reports a field inside a frame it cannot enter, and forgets the earlier choice', async () => {
    page('<textarea id="n"></textarea><iframe id="f"></iframe>');
    document.getElementById('n')!.focus();
    await mark();
    const frame = document.getElementById('f') as HTMLIFrameElement;
    Object.defineProperty(frame, 'contentDocument', { get: () => null });
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(frame);
    expect(await mark('t2')).toEqual({ status: 'cross-origin' });
    expect(await check('t1')).toEqual({ status: 'page-changed' });
  });

  it('joins nothing itself: a single-line input gets exactly the text it is sent', async () => {
    page('<input id="s" aria-label="Subject">');
    document.getElementById('s')!.focus();
    await mark();
    expect(await write('Agreed plan | Goal: Walk')).toEqual({ status: 'inserted' });
    expect((document.getElementById('s') as HTMLInputElement).value).toBe('Agreed plan | Goal: Walk');
  });

  it('recognises rich editors from the page’s markup alone', async () => {
    page(
      '<div class="ql-container" aria-label="Examination"><div class="ql-editor" contenteditable="true" id="q"></div></div>' +
        '<div id="src" aria-label="Plan"></div><div class="ck-editor"><div class="ck-editor__editable" contenteditable="true" id="c"></div></div>',
    );
    document.getElementById('q')!.focus();
    expect(await mark()).toMatchObject({ status: 'marked', kind: 'quill', label: 'Examination' });
    document.getElementById('c')!.focus();
    expect(await mark('t2')).toMatchObject({ status: 'marked', kind: 'ckeditor5' });
  });

  it('says the lines were joined, and takes its text back out, when the page flattens them', async () => {
    page('<textarea id="n" aria-label="Note">Seen today.</textarea>');
    const field = document.getElementById('n') as HTMLTextAreaElement;
    field.focus();
    await mark();
    // A page model that keeps one line only, as some EHR note boxes do.
    field.addEventListener('input', () => (field.value = field.value.replace(/\n+/g, ' ')));
    expect(await write()).toEqual({ status: 'lines-joined', undone: true });
    expect(field.value).toBe('Seen today.');
  });

  it('counts a line written twice as not written once', async () => {
    page('<textarea id="n" aria-label="Note"></textarea>');
    const field = document.getElementById('n') as HTMLTextAreaElement;
    field.focus();
    await mark();
    field.addEventListener('input', () => (field.value = `${field.value}\n${field.value}`), { once: true });
    expect(await write()).toMatchObject({ status: 'lines-joined' });
  });

  it('finds the focused field through open shadow roots, two deep, labelled inside its root', async () => {
    page('<div id="outer"></div>');
    const outer = document.getElementById('outer')!.attachShadow({ mode: 'open' });
    outer.append(Object.assign(document.createElement('div'), { id: 'inner' }));
    const inner = outer.getElementById('inner')!.attachShadow({ mode: 'open' });
    const label = Object.assign(document.createElement('label'), {
      htmlFor: 'n',
      textContent: 'Shadow note',
    });
    inner.append(label, Object.assign(document.createElement('textarea'), { id: 'n' }));
    const field = inner.getElementById('n') as HTMLTextAreaElement;
    field.focus();
    expect(await mark()).toMatchObject({ status: 'marked', kind: 'textarea', label: 'Shadow note' });
    expect(await write()).toEqual({ status: 'inserted' });
    expect(field.value).toBe(NOTE);
  });

  it('says so when the focus is inside a closed shadow root, and forgets the earlier choice', async () => {
    page('<textarea id="n"></textarea><closed-note id="c"></closed-note>');
    document.getElementById('n')!.focus();
    await mark();
    const host = document.getElementById('c')!;
    const root = host.attachShadow({ mode: 'closed' });
    root.append(document.createElement('textarea'));
    (globalThis as { chrome?: unknown }).chrome = {
      dom: { openOrClosedShadowRoot: (e: Element) => (e === host ? root : null) },
    };
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(host);
    try {
      expect(await mark('t2')).toEqual({ status: 'closed-shadow' });
      expect(await check('t1')).toEqual({ status: 'page-changed' });
    } finally {
      delete (globalThis as { chrome?: unknown }).chrome;
    }
  });

  it.each([
    [
      'Lexical',
      '<div data-lexical-editor="true" contenteditable="true" aria-label="Note" id="e"><p><br></p></div>',
      'lexical',
    ],
    [
      'Slate',
      '<div data-slate-editor="true" contenteditable="true" aria-label="Note" id="e"></div>',
      'slate',
    ],
    [
      'Draft.js',
      '<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" aria-label="Note" id="e"></div></div>',
      'draft',
    ],
    [
      'ProseMirror (TipTap)',
      '<div class="ProseMirror" contenteditable="true" aria-label="Note" id="e"></div>',
      'prosemirror',
    ],
  ])('recognises %s from its markup and hands it a paste of plain text', async (_name, html, kind) => {
    page(html);
    const editor = document.getElementById('e')!;
    editor.focus();
    expect(await mark()).toMatchObject({ status: 'marked', kind });
    let pasted = '';
    editor.addEventListener('paste', (event) => {
      pasted = event.clipboardData?.getData('text/plain') ?? '';
      event.preventDefault();
      // The editor makes its own blocks, one per line.
      editor.replaceChildren(
        ...pasted
          .split('\n')
          .map((line) => Object.assign(document.createElement('p'), { textContent: line })),
      );
    });
    expect(await write()).toEqual({ status: 'inserted' });
    expect(pasted).toBe(NOTE);
  });

  it('an editor that makes one block of the pasted lines is not "inserted"', async () => {
    page('<div class="ProseMirror" contenteditable="true" aria-label="Note" id="e"></div>');
    const editor = document.getElementById('e')!;
    editor.focus();
    await mark();
    editor.addEventListener('paste', (event) => {
      event.preventDefault();
      editor.textContent = event.clipboardData?.getData('text/plain').replace(/\n/g, ' ') ?? '';
    });
    expect(await write()).toMatchObject({ status: 'lines-joined' });
  });
});
