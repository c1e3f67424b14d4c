import { describe, expect, it } from 'vitest';
import {
  createInserter,
  findEhrTab,
  type InjectTarget,
  type InsertBrowser,
  type TabLike,
} from '../../../lib/insert/insert-into-ehr';
import type {
  EditorRequest,
  FieldKind,
  IsolatedRequest,
  IsolatedResult,
  PageFacts,
} from '../../../lib/insert/page-types';

/** One EHR document as the fake browser sees it. */
interface FakePage {
  documentId: string;
  facts: PageFacts;
  kind: FieldKind | 'none' | 'cross-origin' | 'closed-shadow';
  /** Whether a write stays in the field when read back. */
  keeps: boolean;
}

/** A browser with one EHR tab; every call into the page is recorded with its target and request. */
function fakeBrowser(options: { tabs?: TabLike[]; allowed?: boolean; self?: TabLike } = {}) {
  const page: FakePage = {
    documentId: 'doc-1',
    facts: { url: 'http://127.0.0.1:5177/?patient=1', title: 'EXAMPLE, Alex', banner: 'EXAMPLE, Alex 1961' },
    kind: 'textarea',
    keeps: true,
  };
  const calls: {
    world: 'ISOLATED' | 'MAIN';
    target: InjectTarget;
    request: IsolatedRequest | EditorRequest;
  }[] = [];
  let marked = '';
  const state = { allowed: options.allowed ?? true, page, calls, joins: false };
  const tabs = options.tabs ?? [{ id: 7, url: page.facts.url, active: true }];
  const reach = (target: InjectTarget) => {
    if (!state.allowed) throw new Error('Cannot access contents of the page.');
    if (target.documentIds && !target.documentIds.includes(page.documentId))
      throw new Error('No document with id');
  };
  const browser: InsertBrowser = {
    tabs: {
      query: ({ active }) => Promise.resolve(active ? tabs.filter((t) => t.active) : tabs),
      getCurrent: () => Promise.resolve(options.self),
    },
    async isolated(target, request) {
      reach(target);
      calls.push({ world: 'ISOLATED', target, request });
      const answer = (result: IsolatedResult) => Promise.resolve({ result, documentId: page.documentId });
      if (request.action === 'mark') {
        if (page.kind === 'none') return answer({ status: 'no-field' });
        if (page.kind === 'cross-origin' || page.kind === 'closed-shadow')
          return answer({ status: page.kind });
        marked = request.token;
        return answer({ status: 'marked', kind: page.kind, label: 'Free-text note', ...page.facts });
      }
      if (request.action === 'facts') return answer({ status: 'facts', ...page.facts });
      if (request.token !== marked) return answer({ status: 'page-changed' });
      if (request.action === 'check')
        return answer({ status: 'ready', kind: 'textarea', label: 'Free-text note', ...page.facts });
      if (request.action === 'tag') return answer({ status: 'tagged' });
      if (state.joins) return answer({ status: 'lines-joined', undone: true });
      return answer({ status: page.keeps ? 'inserted' : 'not-accepted' });
    },
    async editor(target, request) {
      reach(target);
      calls.push({ world: 'MAIN', target, request });
      return Promise.resolve({ status: 'written' });
    },
  };
  return { browser, state };
}

function inserter(
  fake: ReturnType<typeof fakeBrowser>,
  settings = { patientBannerSelectors: '', ehrAddress: '' },
) {
  const copied: string[] = [];
  let n = 0;
  const api = createInserter({
    browser: fake.browser,
    copyText: (text) => Promise.resolve(void copied.push(text)),
    newToken: () => `token-${(n += 1)}`,
    settings: () => settings,
    documentIds: true,
  });
  return { api, copied };
}

/** Every piece of text that crossed into the page, in either world. */
const sentText = (fake: ReturnType<typeof fakeBrowser>) =>
  fake.state.calls.map(({ request }) => JSON.stringify(request)).filter((json) => json.includes('Walk'));

const PLAN = 'Goal: Walk to the allotment\nFirst step: Walk after lunch';
const FOR = { consultationId: 'c1' };

describe('finding the EHR tab', () => {
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
});

describe('inserting into the field chosen, in the document and for the patient it was chosen in', () => {
  it('checks first with no plan text, targets the chosen document, writes, and says where', async () => {
    const fake = fakeBrowser();
    const { api } = inserter(fake);
    expect((await api.mark('c1')).mark).toMatchObject({ tabId: 7, documentId: 'doc-1', kind: 'textarea' });
    expect(await api.insert(PLAN, '<p>Plan</p>', FOR)).toEqual({
      status: 'inserted',
      place: {
        kind: 'textarea',
        label: 'Free-text note',
        title: 'EXAMPLE, Alex',
        origin: 'http://127.0.0.1:5177',
        banner: 'EXAMPLE, Alex 1961',
      },
    });
    const [, checked, written] = fake.state.calls;
    expect(checked?.request).toEqual({ action: 'check', token: 'token-1', bannerSelector: '' });
    expect(checked?.target).toEqual({ tabId: 7, documentIds: ['doc-1'] });
    expect(written?.request).toMatchObject({ action: 'write', text: PLAN });
    expect(written?.target).toEqual({ tabId: 7, documentIds: ['doc-1'] });
  });

  it.each([
    ['address', { url: 'http://127.0.0.1:5177/?patient=2' }, ['address']],
    ['title', { title: 'SAMPLE, Bea' }, ['title']],
    ['banner', { banner: 'SAMPLE, Bea 1948' }, ['banner']],
    [
      'all three',
      { url: 'http://127.0.0.1:5177/?patient=2', title: 'SAMPLE, Bea', banner: 'SAMPLE, Bea 1948' },
      ['address', 'title', 'banner'],
    ],
  ])(
    'refuses, sending no plan text, when the %s changed in the same document',
    async (_what, change, changes) => {
      const fake = fakeBrowser();
      const { api } = inserter(fake);
      await api.mark('c1');
      Object.assign(fake.state.page.facts, change);
      expect(await api.insert(PLAN, '<p>Plan</p>', FOR)).toEqual({ status: 'patient-changed', changes });
      expect(sentText(fake)).toEqual([]);
      expect(api.current().mark).toBeNull();
    },
  );

  it('refuses, sending no plan text, when the tab holds a new document (the browser refuses the id)', async () => {
    const fake = fakeBrowser();
    const { api } = inserter(fake);
    await api.mark('c1');
    fake.state.page.documentId = 'doc-2';
    expect(await api.insert(PLAN, '', FOR)).toEqual({ status: 'page-changed' });
    expect(sentText(fake)).toEqual([]);
  });

  it('says nothing was inserted when the page does not keep the text', async () => {
    const fake = fakeBrowser();
    const { api } = inserter(fake);
    await api.mark('c1');
    fake.state.page.keeps = false;
    expect(await api.insert(PLAN, '', FOR)).toEqual({ status: 'not-accepted' });
  });

  it('with no field chosen, injects nothing and says so (no null token is ever sent)', async () => {
    const fake = fakeBrowser();
    const { api } = inserter(fake);
    expect(await api.insert(PLAN, '', FOR)).toEqual({ status: 'no-field' });
    expect(fake.state.calls).toEqual([]);
  });

  it('forgets the earlier choice when the focus is in a frame Cocreate cannot reach', async () => {
    const fake = fakeBrowser();
    const { api } = inserter(fake);
    await api.mark('c1');
    fake.state.page.kind = 'cross-origin';
    expect(await api.mark('c1')).toMatchObject({
      mark: null,
      problem: 'cross-origin',
      tabUrl: 'http://127.0.0.1:5177/?patient=1',
    });
    expect(await api.insert(PLAN, '', FOR)).toEqual({ status: 'cross-origin' });
  });

  it('sends an editor only its own format: HTML with line breaks to CKEditor, in the MAIN world', async () => {
    const fake = fakeBrowser();
    fake.state.page.kind = 'ckeditor5';
    const { api } = inserter(fake);
    await api.mark('c1');
    await api.insert(PLAN, '<p><strong>Goal:</strong> Walk\nslowly</p>', FOR);
    const main = fake.state.calls.filter((call) => call.world === 'MAIN');
    expect(main.map((call) => call.request)).toEqual([
      { nonce: 'token-2', kind: 'ckeditor5', content: '<p><strong>Goal:</strong> Walk<br>slowly</p>' },
    ]);
    // Read back as the editor's lines: the block and the <br> each end one.
    const readBack = fake.state.calls.find(
      (call) => (call.request as IsolatedRequest).action === 'read-back',
    );
    expect(readBack?.request).toMatchObject({ lines: ['Goal: Walk', 'slowly'] });
  });

  it('copies instead when Cocreate may not enter the tab', async () => {
    const fake = fakeBrowser({ allowed: false });
    const { api, copied } = inserter(fake);
    expect((await api.mark('c1')).problem).toBe('no-access');
    expect(await api.insert(PLAN, '', FOR)).toEqual({ status: 'copied', why: 'not-allowed' });
    expect(copied).toEqual([PLAN]);
  });

  it('with the EHR’s address set, never enters a page of another site', async () => {
    const fake = fakeBrowser({ tabs: [{ id: 7, url: 'https://news.example.com/', active: true }] });
    const { api } = inserter(fake, { patientBannerSelectors: '', ehrAddress: 'http://127.0.0.1:5177' });
    expect((await api.mark('c1')).problem).toBe('other-site');
    expect(fake.state.calls).toEqual([]);
  });

  it('reads what the page shows with no field chosen, and sends nothing else into it', async () => {
    const fake = fakeBrowser();
    fake.state.page.kind = 'none';
    const { api } = inserter(fake);
    expect(await api.page()).toEqual(fake.state.page.facts);
    expect(fake.state.calls.map(({ request }) => request)).toEqual([{ action: 'facts', bannerSelector: '' }]);
  });

  it('with the EHR’s address set, never reads a page of another site', async () => {
    const fake = fakeBrowser({ tabs: [{ id: 7, url: 'https://news.example.com/', active: true }] });
    const { api } = inserter(fake, { patientBannerSelectors: '', ehrAddress: 'http://127.0.0.1:5177' });
    expect(await api.page()).toBeNull();
    expect(fake.state.calls).toEqual([]);
  });

  it('with the EHR’s address set, never enters another port of the same host (Firefox grants cover every port)', async () => {
    const fake = fakeBrowser({ tabs: [{ id: 7, url: 'http://127.0.0.1:9000/', active: true }] });
    const { api } = inserter(fake, { patientBannerSelectors: '', ehrAddress: 'http://127.0.0.1:5177' });
    expect((await api.mark('c1')).problem).toBe('other-site');
    expect(fake.state.calls).toEqual([]);
  });

  it('writes nothing into another tab than the one the field was chosen in', async () => {
    const tabs: TabLike[] = [{ id: 7, url: 'http://127.0.0.1:5177/', active: true }];
    const fake = fakeBrowser({ tabs });
    const { api } = inserter(fake);
    await api.mark('c1');
    tabs[0] = { id: 8, url: 'http://127.0.0.1:5177/other', active: true };
    expect(await api.insert(PLAN, '', FOR)).toEqual({ status: 'page-changed' });
    expect(sentText(fake)).toEqual([]);
  });

  it('the consultation stays bound to its first patient: a field re-chosen on another patient’s page is not written without a confirmation', async () => {
    const fake = fakeBrowser();
    const { api } = inserter(fake);
    await api.mark('c1');
    // The single-page EHR moves to patient 2; the note box stays open and is chosen again on focus.
    Object.assign(fake.state.page.facts, {
      url: 'http://127.0.0.1:5177/?patient=2',
      title: 'SAMPLE, Bea',
      banner: 'SAMPLE, Bea 1948',
    });
    expect(await api.insert(PLAN, '', FOR)).toMatchObject({ status: 'patient-changed' });
    const again = await api.mark('c1');
    expect(again).toMatchObject({ samePatient: false, bound: { patientKey: 'patient=1' } });
    const asked = await api.insert(PLAN, '', FOR);
    expect(asked).toMatchObject({
      status: 'confirm-patient',
      bound: { patientKey: 'patient=1', banner: 'EXAMPLE, Alex 1961' },
      now: { patientKey: 'patient=2', banner: 'SAMPLE, Bea 1948' },
      differences: ['patient-key', 'title', 'banner'],
    });
    expect(sentText(fake)).toEqual([]);
    // Asked again, still nothing: only the clinician's confirmation of exactly this page lets it through.
    expect(await api.insert(PLAN, '', FOR)).toMatchObject({ status: 'confirm-patient' });
    expect(sentText(fake)).toEqual([]);
    if (asked.status !== 'confirm-patient') throw new Error('not asked');
    expect(await api.insert(PLAN, '', { consultationId: 'c1', confirmed: asked.now })).toMatchObject({
      status: 'inserted',
    });
  });

  it('a confirmation given for one page does not pass another', async () => {
    const fake = fakeBrowser();
    const { api } = inserter(fake);
    await api.mark('c1');
    fake.state.page.facts.url = 'http://127.0.0.1:5177/?patient=2';
    await api.insert(PLAN, '', FOR);
    await api.mark('c1');
    const asked = await api.insert(PLAN, '', FOR);
    if (asked.status !== 'confirm-patient') throw new Error('not asked');
    fake.state.page.facts.url = 'http://127.0.0.1:5177/?patient=3';
    await api.mark('c1');
    expect(await api.insert(PLAN, '', { consultationId: 'c1', confirmed: asked.now })).toMatchObject({
      status: 'confirm-patient',
    });
    expect(sentText(fake)).toEqual([]);
  });

  it('another consultation binds afresh to the page it first chose a field in', async () => {
    const fake = fakeBrowser();
    const { api } = inserter(fake);
    await api.mark('c1');
    fake.state.page.facts.url = 'http://127.0.0.1:5177/?patient=2';
    await api.insert(PLAN, '', FOR);
    await api.mark('c2');
    expect(await api.insert(PLAN, '', { consultationId: 'c2' })).toMatchObject({ status: 'inserted' });
  });

  it('says the lines were joined, not "inserted", when the read-back finds them broken', async () => {
    const fake = fakeBrowser();
    const { api } = inserter(fake);
    await api.mark('c1');
    fake.state.joins = true;
    expect(await api.insert(PLAN, '', FOR)).toEqual({ status: 'lines-joined', undone: true });
  });

  it('a closed shadow root: nothing written, the note copied instead', async () => {
    const fake = fakeBrowser();
    fake.state.page.kind = 'closed-shadow';
    const { api, copied } = inserter(fake);
    expect((await api.mark('c1')).problem).toBe('closed-shadow');
    expect(await api.insert(PLAN, '', FOR)).toEqual({ status: 'copied', why: 'closed-shadow' });
    expect(copied).toEqual([PLAN]);
    expect(sentText(fake)).toEqual([]);
  });
});
