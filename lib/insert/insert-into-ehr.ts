import { runInPage, type FieldKind, type PageRequest, type PageResult } from './page-script';

/** The few browser calls insertion needs, passed in (WXT's `browser`, or a fake in tests). */
export interface InsertBrowser {
  tabs: {
    query(query: { currentWindow: true; active?: boolean }): Promise<TabLike[]>;
    getCurrent(): Promise<TabLike | undefined>;
  };
  scripting: {
    executeScript(injection: {
      target: { tabId: number };
      world: 'MAIN';
      func: (request: PageRequest) => PageResult;
      args: [PageRequest];
    }): Promise<{ result?: unknown }[]>;
  };
  permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
}

export interface TabLike {
  id?: number;
  url?: string;
  active?: boolean;
  lastAccessed?: number;
}

/** The field the clinician chose, as remembered in the EHR page. */
export interface FieldMark {
  tabId: number;
  token: string;
  kind: FieldKind;
  label: string;
}

export type InsertOutcome =
  | { status: 'inserted'; kind: FieldKind; label: string }
  | { status: 'copied'; why: 'no-tab' | 'not-allowed' }
  | { status: 'no-field' | 'page-changed' | 'field-gone' }
  | { status: 'failed'; reason: string };

export interface InserterDeps {
  browser: InsertBrowser;
  copyText: (text: string) => Promise<void>;
  newToken: () => string;
}

const PAGE_URL = /^(https?|file):/;

/**
 * The EHR tab: the active tab of this window, or, when the sidebar itself is open
 * as a tab (tests, or a clinician who opened it full-size), the most recently used
 * web tab beside it.
 */
export async function findEhrTab(browser: InsertBrowser): Promise<TabLike | null> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const usable = (tab: TabLike) =>
    tab.id !== undefined && tab.id !== self?.id && (tab.url === undefined || PAGE_URL.test(tab.url));
  const [active] = await browser.tabs.query({ currentWindow: true, active: true });
  if (active && usable(active)) return active;
  const tabs = (await browser.tabs.query({ currentWindow: true })).filter(
    (tab) => usable(tab) && tab.url !== undefined,
  );
  tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return tabs[0] ?? null;
}

/** "http://127.0.0.1/*" for a tab's page, the pattern optional host permissions are asked for. */
export function originPattern(url: string | undefined): string | null {
  if (!url || !/^https?:/.test(url)) return null;
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/**
 * Insertion into the EHR (issue 5): remembers the field that had focus when the
 * clinician turned to the sidebar, and later writes only into that field. Where the
 * browser refuses to inject, asks once for that site's permission, and otherwise
 * copies the text so the clinician can paste it.
 */
export function createInserter({ browser, copyText, newToken }: InserterDeps) {
  let mark: FieldMark | null = null;
  // Marks and inserts run one at a time, in order: an insert never reads a token that a
  // mark still in flight is about to replace in the page.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
  const asked = new Set<string>();

  const run = async (tabId: number, request: PageRequest): Promise<PageResult> => {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      world: 'MAIN',
      func: runInPage,
      args: [request],
    });
    return (frame?.result as PageResult | undefined) ?? { status: 'failed', reason: 'no result' };
  };

  /** Remembers the focused field; a page with no focused field keeps the earlier choice. */
  async function markField(): Promise<FieldMark | null> {
    const tab = await findEhrTab(browser);
    if (tab?.id === undefined) return mark;
    const result = await run(tab.id, { action: 'mark', token: newToken() }).catch(() => null);
    if (result?.status === 'marked') {
      mark = { tabId: tab.id, token: result.token, kind: result.kind, label: result.label };
    }
    return mark;
  }

  async function insertNow(text: string, html: string): Promise<InsertOutcome> {
    const tab = await findEhrTab(browser);
    if (tab?.id === undefined) {
      await copyText(text);
      return { status: 'copied', why: 'no-tab' };
    }
    // A field chosen in another tab is not this tab's field: nothing is written there.
    if (mark && mark.tabId !== tab.id) return { status: 'page-changed' };
    const request: PageRequest = { action: 'insert', token: mark?.token ?? null, text, html };
    let result = await run(tab.id, request).catch(() => null);
    if (!result) {
      // Refused (no activeTab grant, or the grant lapsed on navigation): ask once for this site.
      const origin = originPattern(tab.url);
      let granted = false;
      if (origin && !asked.has(origin)) {
        asked.add(origin);
        granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
      }
      if (granted) result = await run(tab.id, request).catch(() => null);
      if (!result) {
        await copyText(text);
        return { status: 'copied', why: 'not-allowed' };
      }
    }
    if (result.status === 'marked') return { status: 'failed', reason: 'unexpected answer' };
    return result;
  }

  return {
    /** Called when the sidebar gains focus: the clinician has just left the EHR field. */
    mark: (): Promise<FieldMark | null> => inTurn(markField),
    insert: (text: string, html: string): Promise<InsertOutcome> => inTurn(() => insertNow(text, html)),
    current: (): FieldMark | null => mark,
  };
}

export type Inserter = ReturnType<typeof createInserter>;
