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
});
