import { beforeEach, describe, expect, it } from 'vitest';
import { runInPage, type PageResult } from '../../../lib/insert/page-script';

const NOTE = 'Agreed plan\n\nGoal: Walk to the allotment\nFirst action: Walk after lunch';

/** A fresh page body from trusted fixture markup (parsed, then moved in). */
function page(html: string) {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  delete (window as unknown as Record<string, unknown>).__cocreateInsertTarget;
}

const mark = (token = 't1') => runInPage({ action: 'mark', token });
const insert = (token: string | null = 't1', text = NOTE, html = '<p>html</p>') =>
  runInPage({ action: 'insert', token, text, html });

describe('writing into the field the clinician chose (runs inside the EHR page)', () => {
  beforeEach(() => page(''));

  it('remembers the focused textarea with its label, then writes the text with its line breaks', () => {
    page('<label for="n">Free-text note</label><textarea id="n">Seen today. </textarea>');
    const field = document.getElementById('n') as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
    expect(mark()).toEqual({ status: 'marked', token: 't1', kind: 'textarea', label: 'Free-text note' });
    let inputs = 0;
    field.addEventListener('input', () => (inputs += 1));
    expect(insert()).toEqual({ status: 'inserted', kind: 'textarea', label: 'Free-text note' });
    expect(field.value).toBe(`Seen today. ${NOTE}`);
    expect(inputs).toBe(1);
  });

  it('joins lines with " | " in a single-line input', () => {
    page('<input id="s" aria-label="Subject">');
    const field = document.getElementById('s') as HTMLInputElement;
    field.focus();
    expect(insert(null)).toMatchObject({ status: 'inserted', kind: 'input', label: 'Subject' });
    expect(field.value).toBe('Agreed plan | Goal: Walk to the allotment | First action: Walk after lunch');
  });

  it.each([
    ['a button', '<button id="f">Save</button>'],
    ['a read-only textarea', '<textarea id="f" readonly></textarea>'],
    ['a checkbox', '<input id="f" type="checkbox">'],
  ])('writes nothing when the focus is on %s', (_name, html) => {
    page(html);
    (document.getElementById('f') as HTMLElement).focus();
    expect(mark()).toEqual({ status: 'no-field' });
    expect(insert(null)).toEqual({ status: 'no-field' });
  });

  it('writes nothing when nothing has the focus', () => {
    page('<textarea id="n"></textarea>');
    expect(insert(null)).toEqual({ status: 'no-field' });
    expect((document.getElementById('n') as HTMLTextAreaElement).value).toBe('');
  });

  it('writes nothing when the chosen field has been removed from the page', () => {
    page('<textarea id="n"></textarea><textarea id="other"></textarea>');
    (document.getElementById('n') as HTMLTextAreaElement).focus();
    mark();
    document.getElementById('n')!.remove();
    (document.getElementById('other') as HTMLTextAreaElement).focus();
    expect(insert()).toEqual({ status: 'field-gone' });
    expect((document.getElementById('other') as HTMLTextAreaElement).value).toBe('');
  });

  it('writes nothing when the page no longer holds the token (a new page, or another tab)', () => {
    page('<textarea id="n"></textarea>');
    (document.getElementById('n') as HTMLTextAreaElement).focus();
    mark('old');
    page('<textarea id="n"></textarea>');
    (document.getElementById('n') as HTMLTextAreaElement).focus();
    expect(insert('old')).toEqual({ status: 'page-changed' });
    expect((document.getElementById('n') as HTMLTextAreaElement).value).toBe('');
  });

  it('writes into the marked field even after focus has moved elsewhere on the page', () => {
    page('<textarea id="n"></textarea><input id="search">');
    (document.getElementById('n') as HTMLTextAreaElement).focus();
    mark();
    (document.getElementById('search') as HTMLInputElement).focus();
    expect(insert()).toMatchObject({ status: 'inserted', kind: 'textarea' });
    expect((document.getElementById('search') as HTMLInputElement).value).toBe('');
  });

  it('uses the editors’ own APIs: CKEditor 5, TinyMCE and Quill', () => {
    const calls: unknown[][] = [];
    page(`
      <div id="ck" class="ck-editor__editable" contenteditable="true"></div>
      <div id="tiny" contenteditable="true"></div>
      <div id="q" class="ql-container" aria-label="Examination"><div class="ql-editor" contenteditable="true"></div></div>`);
    const ck = document.getElementById('ck')!;
    Object.assign(ck, {
      ckeditorInstance: {
        data: { parse: (html: string) => ({ parsed: html }) },
        model: { insertContent: (fragment: unknown) => calls.push(['ck', fragment]) },
        sourceElement: Object.assign(document.createElement('div'), { id: 'plan-source' }),
      },
    });
    const tiny = document.getElementById('tiny')!;
    const w = window as unknown as Record<string, unknown>;
    w.tinymce = {
      get: () => [
        {
          getBody: () => tiny,
          getElement: () => null,
          insertContent: (html: string) => calls.push(['tinymce', html]),
        },
      ],
    };
    const quill = {
      getSelection: () => null,
      getLength: () => 1,
      insertText: (...args: unknown[]) => calls.push(['quill', ...args]),
    };
    w.Quill = { find: (node: Element) => (node.id === 'q' ? quill : null) };
    try {
      const results: PageResult[] = [];
      for (const id of ['ck', 'tiny']) {
        document.getElementById(id)!.focus();
        results.push(insert(null, NOTE, '<p>Goal</p>'));
      }
      (document.querySelector('.ql-editor') as HTMLElement).focus();
      results.push(insert(null));
      expect(results.map((r) => r.status === 'inserted' && r.kind)).toEqual([
        'ckeditor5',
        'tinymce',
        'quill',
      ]);
      expect(calls).toEqual([
        ['ck', { parsed: '<p>Goal</p>' }],
        ['tinymce', '<p>Goal</p>'],
        ['quill', 0, NOTE, 'user'],
      ]);
    } finally {
      delete w.tinymce;
      delete w.Quill;
    }
  });
});
