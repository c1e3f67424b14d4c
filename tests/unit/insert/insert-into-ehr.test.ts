import { describe, expect, it } from 'vitest';
import {
  createInserter,
  findEhrTab,
  originPattern,
  type InsertBrowser,
  type TabLike,
} from '../../../lib/insert/insert-into-ehr';
import type { PageRequest, PageResult } from '../../../lib/insert/page-script';
import { insertMessage } from '../../../lib/insert/messages';

interface FakeOptions {
  tabs?: TabLike[];
  self?: TabLike;
  allowed?: boolean;
  grant?: boolean;
  page?: (request: PageRequest) => PageResult;
}

/** A browser with one EHR tab; injection works only once the site is allowed. */
function fakeBrowser(options: FakeOptions = {}) {
  const state = {
    allowed: options.allowed ?? true,
    requests: [] as string[][],
    injected: [] as PageRequest[],
  };
  const tabs = options.tabs ?? [{ id: 7, url: 'http://127.0.0.1:5177/', active: true }];
  const browser: InsertBrowser = {
    tabs: {
      query: ({ active }) => Promise.resolve(active ? tabs.filter((t) => t.active) : tabs),
      getCurrent: () => Promise.resolve(options.self),
    },
    scripting: {
      executeScript: ({ args: [request] }) => {
        if (!state.allowed) return Promise.reject(new Error('Cannot access contents of the page.'));
        state.injected.push(request);
        const page =
          options.page ??
          ((r: PageRequest): PageResult =>
            r.action === 'mark'
              ? { status: 'marked', token: r.token, kind: 'textarea', label: 'Free-text note' }
              : { status: 'inserted', kind: 'textarea', label: 'Free-text note' });
        return Promise.resolve([{ result: page(request) }]);
      },
    },
    permissions: {
      request: ({ origins }) => {
        state.requests.push(origins);
        state.allowed = options.grant ?? false;
        return Promise.resolve(state.allowed);
      },
    },
  };
  return { browser, state };
}

function inserter(fake: ReturnType<typeof fakeBrowser>) {
  const copied: string[] = [];
  let n = 0;
  const api = createInserter({
    browser: fake.browser,
    copyText: (text) => Promise.resolve(void copied.push(text)),
    newToken: () => `token-${(n += 1)}`,
  });
  return { api, copied };
}

describe('finding the EHR tab', () => {
  it('is the active tab when the sidebar sits beside it', async () => {
    expect(await findEhrTab(fakeBrowser().browser)).toMatchObject({ id: 7 });
  });

  it('is the most recently used web tab when the sidebar is itself the active tab', async () => {
    const { browser } = fakeBrowser({
      self: { id: 1 },
      tabs: [
        { id: 1, url: 'chrome-extension://abc/sidepanel.html', active: true, lastAccessed: 30 },
        { id: 2, url: 'http://127.0.0.1/old', lastAccessed: 10 },
        { id: 3, url: 'https://ehr.example.nhs.uk/', lastAccessed: 20 },
        { id: 4, lastAccessed: 25 },
      ],
    });
    expect(await findEhrTab(browser)).toMatchObject({ id: 3 });
  });

  it.each([
    ['http://127.0.0.1:5177/record?id=1', 'http://127.0.0.1/*'],
    ['https://ehr.example.nhs.uk/a/b', 'https://ehr.example.nhs.uk/*'],
    ['chrome://settings', null],
    [undefined, null],
  ])('asks for the site %s as %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });
});

describe('inserting', () => {
  it('writes into the field marked when the clinician turned to the sidebar', async () => {
    const fake = fakeBrowser();
    const { api } = inserter(fake);
    expect(await api.mark()).toMatchObject({ tabId: 7, token: 'token-1', label: 'Free-text note' });
    expect(await api.insert('Plan', '<p>Plan</p>')).toEqual({
      status: 'inserted',
      kind: 'textarea',
      label: 'Free-text note',
    });
    expect(fake.state.injected.at(-1)).toEqual({
      action: 'insert',
      token: 'token-1',
      text: 'Plan',
      html: '<p>Plan</p>',
    });
  });

  it('keeps the earlier choice when the sidebar is reached with no field focused', async () => {
    let focused = true;
    const fake = fakeBrowser({
      page: (r) =>
        r.action === 'mark'
          ? focused
            ? { status: 'marked', token: r.token, kind: 'quill', label: 'Examination' }
            : { status: 'no-field' }
          : { status: 'inserted', kind: 'quill', label: 'Examination' },
    });
    const { api } = inserter(fake);
    await api.mark();
    focused = false;
    await api.mark();
    expect(api.current()).toMatchObject({ token: 'token-1', kind: 'quill' });
  });

  it('writes nothing into another tab than the one the field was chosen in', async () => {
    const tabs: TabLike[] = [{ id: 7, url: 'http://127.0.0.1/', active: true }];
    const fake = fakeBrowser({ tabs });
    const { api } = inserter(fake);
    await api.mark();
    tabs[0] = { id: 8, url: 'http://127.0.0.1/other', active: true };
    fake.state.allowed = true;
    fake.state.injected.length = 0;
    expect(await api.insert('Plan', '')).toEqual({ status: 'page-changed' });
    expect(fake.state.injected).toEqual([]);
  });

  it('asks once for the site when injection is refused, then inserts when allowed', async () => {
    const fake = fakeBrowser({ allowed: false, grant: true });
    const { api, copied } = inserter(fake);
    expect(await api.insert('Plan', '')).toMatchObject({ status: 'inserted' });
    expect(fake.state.requests).toEqual([['http://127.0.0.1/*']]);
    expect(copied).toEqual([]);
  });

  it('copies instead, with the Ctrl+V message, when the site is not allowed — and asks only once', async () => {
    const fake = fakeBrowser({ allowed: false, grant: false });
    const { api, copied } = inserter(fake);
    const first = await api.insert('Plan one', '');
    const second = await api.insert('Plan two', '');
    expect([first, second]).toEqual([
      { status: 'copied', why: 'not-allowed' },
      { status: 'copied', why: 'not-allowed' },
    ]);
    expect(fake.state.requests).toHaveLength(1);
    expect(copied).toEqual(['Plan one', 'Plan two']);
    expect(insertMessage(first).text).toBe('Copied — click in the EHR note and press Ctrl+V.');
  });

  it.each([
    ['no-field', 'Nothing was written: no note field had the cursor'],
    ['page-changed', 'Nothing was written: the EHR page has changed'],
    ['field-gone', 'Nothing was written: the field you chose is no longer on the EHR page'],
  ] as const)('says plainly when nothing was written (%s)', async (status, words) => {
    const fake = fakeBrowser({ page: () => ({ status }) });
    const { api, copied } = inserter(fake);
    const outcome = await api.insert('Plan', '');
    expect(outcome).toEqual({ status });
    expect(insertMessage(outcome)).toMatchObject({ ok: false });
    expect(insertMessage(outcome).text).toContain(words);
    expect(copied).toEqual([]);
  });
});
