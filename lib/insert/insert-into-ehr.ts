import { changesSince, originOf, type FieldMark, type PageChange } from './binding';
import { createBindings, type Bindings } from './consultation-binding';
import { contextOf, type ContextDifference, type EhrContext } from './ehr-context';
import { htmlWithLineBreaks, linesOfHtml, linesOfText, oneLine } from './line-breaks';
import type {
  EditorKind,
  EditorRequest,
  FieldKind,
  IsolatedRequest,
  IsolatedResult,
  PageFacts,
} from './page-types';

export type { FieldMark } from './binding';

/** Where a script runs: Chrome targets the exact document; Firefox the tab's top frame. */
export interface InjectTarget {
  tabId: number;
  documentIds?: string[];
  frameIds?: number[];
}

/** The few browser calls insertion needs, passed in (an adapter over WXT's `browser`, or a fake). */
export interface InsertBrowser {
  tabs: {
    query(query: { currentWindow: true; active?: boolean }): Promise<TabLike[]>;
    getCurrent(): Promise<TabLike | undefined>;
  };
  /** Runs `runIsolated` in the page's isolated world. */
  isolated(
    target: InjectTarget,
    request: IsolatedRequest,
  ): Promise<{ result: IsolatedResult; documentId?: string }>;
  /** Runs `runEditorWrite` in the page's MAIN world. */
  editor(target: InjectTarget, request: EditorRequest): Promise<unknown>;
}

export interface TabLike {
  id?: number;
  url?: string;
  title?: string;
  active?: boolean;
  lastAccessed?: number;
}

/** What the panel shows beside Insert and repeats after it: where the text goes. */
export interface InsertPlace {
  kind: FieldKind;
  label: string;
  title: string;
  origin: string;
  banner: string;
}

export type InsertOutcome =
  | { status: 'inserted'; place: InsertPlace }
  | { status: 'copied'; why: 'no-tab' | 'not-allowed' | 'closed-shadow' }
  | { status: 'no-field' | 'page-changed' | 'field-gone' | 'hidden-field' | 'cross-origin' | 'not-accepted' }
  | { status: 'patient-changed'; changes: PageChange[] }
  /** The page is not the one this consultation is bound to: nothing written until the clinician confirms. */
  | { status: 'confirm-patient'; bound: EhrContext; now: EhrContext; differences: ContextDifference[] }
  /** The text arrived with its lines joined or lost; `undone` when the field is back as it was. */
  | { status: 'lines-joined'; undone: boolean }
  | { status: 'failed'; reason: string };

/** Why there is no field to show: nothing focused, a refused field, or a tab Cocreate may not enter. */
export type MarkProblem =
  'no-access' | 'cross-origin' | 'closed-shadow' | 'hidden-field' | 'other-site' | null;

export interface MarkState {
  mark: FieldMark | null;
  problem: MarkProblem;
  /** The EHR tab's address when the browser shows it (after an icon click or a site grant). */
  tabUrl: string;
  /** What the EHR page shows now, read at the last check (null before one, or when it failed). */
  now: PageFacts | null;
  /** The EHR context the consultation is bound to (null before a field was chosen for it). */
  bound: EhrContext | null;
  /** Whether what the page shows now is the consultation's patient: its bound or a confirmed context. */
  samePatient: boolean;
}

/** Before any field is chosen: nothing marked, nothing read, nothing bound. */
export const NO_MARK: MarkState = {
  mark: null,
  problem: null,
  tabUrl: '',
  now: null,
  bound: null,
  samePatient: true,
};

/** Which consultation an insert is for, and the context the clinician confirmed is its patient. */
export interface InsertFor {
  consultationId: string;
  confirmed?: EhrContext;
}

export interface InserterDeps {
  browser: InsertBrowser;
  copyText: (text: string) => Promise<void>;
  newToken: () => string;
  /** The practice's settings that shape insertion, read at each call. */
  settings: () => { patientBannerSelectors: string; ehrAddress: string };
  /** Whether the browser can target one document by id (Chrome 106+; not Firefox). */
  documentIds: boolean;
  /** How long the page may take to undo a write before it is read back (ms). */
  settleMs?: number;
  /** Which patient each consultation is bound to (a fresh set per panel when not given). */
  bindings?: Bindings;
}

const PAGE_URL = /^(https?|file):/;
const EDITORS: readonly FieldKind[] = ['ckeditor5', 'tinymce', 'quill'];

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

/** The place a mark points at, for the panel (docs/architecture.md, "Writing into the EHR"). */
export function placeOf(mark: FieldMark): InsertPlace {
  return {
    kind: mark.kind,
    label: mark.label,
    title: mark.facts.title,
    origin: originOf(mark.facts.url),
    banner: mark.facts.banner,
  };
}

/**
 * Insertion into the EHR: remembers, when the side panel gains focus, the field that had focus in
 * the EHR tab, bound to that document and what it showed, and binds the consultation to the first
 * page it chose a field in; at Insert, re-checks without sending any plan text, writes only into
 * that field, reads it back line by line, and says "inserted" only when every line is there.
 * Anything that changed is refused in plain words (docs/architecture.md, "Writing into the EHR").
 */
export function createInserter(deps: InserterDeps) {
  const { browser, copyText, newToken, settings, documentIds } = deps;
  const settleMs = deps.settleMs ?? 30;
  const bindings = deps.bindings ?? createBindings();
  let state: MarkState = NO_MARK;
  // The consultation the panel shows: the binding the patient lock compares against.
  let consultationId = '';
  /** The state with the consultation's binding, compared with what the page shows now. */
  const judged = (next: Omit<MarkState, 'bound' | 'samePatient'>): MarkState => {
    const now = next.now;
    const samePatient = !now || bindings.verdict(consultationId, contextOf(now)).status === 'same';
    return { ...next, bound: bindings.boundTo(consultationId), samePatient };
  };
  // Marks and inserts run one at a time, in order: an insert never reads a mark still being made.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const targetOf = (mark: FieldMark): InjectTarget =>
    documentIds && mark.documentId
      ? { tabId: mark.tabId, documentIds: [mark.documentId] }
      : { tabId: mark.tabId, frameIds: [0] };

  /** Remembers the focused field; a page with no focused field keeps the earlier choice. */
  async function markField(forConsultation: string): Promise<MarkState> {
    consultationId = forConsultation;
    const tab = await findEhrTab(browser);
    if (tab?.id === undefined) return (state = judged(state));
    const tabUrl = tab.url ?? '';
    // With the EHR's address set, Cocreate enters no other site's page: others cannot even tell it is there.
    const ehr = originOf(settings().ehrAddress);
    if (ehr && tabUrl && originOf(tabUrl) !== ehr) {
      state = judged({ ...state, problem: 'other-site', tabUrl });
      return state;
    }
    const token = newToken();
    const request: IsolatedRequest = {
      action: 'mark',
      token,
      bannerSelector: settings().patientBannerSelectors,
    };
    const answer = await browser.isolated({ tabId: tab.id, frameIds: [0] }, request).catch(() => null);
    const none = { mark: null, now: null, tabUrl };
    if (!answer) return (state = judged({ ...none, problem: 'no-access' }));
    const { result, documentId } = answer;
    if (result.status === 'marked') {
      const { kind, label, url, title, banner } = result;
      const facts = { url, title, banner };
      const mark = { tabId: tab.id, documentId: documentId ?? null, token, kind, label, facts };
      // The first field chosen for a consultation binds it; a later choice never moves the binding.
      bindings.bindFirst(consultationId, contextOf(facts));
      state = judged({ mark, problem: null, tabUrl: url, now: facts });
    } else if (
      result.status === 'cross-origin' ||
      result.status === 'hidden-field' ||
      result.status === 'closed-shadow'
    ) {
      // A field Cocreate cannot reach or see is never kept, nor is the earlier choice.
      state = judged({ ...none, problem: result.status });
    } else if (state.mark && state.mark.tabId !== tab.id) {
      // A field chosen in a tab the clinician has left is not kept: Insert goes only where they are.
      state = judged({ ...none, problem: null });
    } else {
      const problem = state.mark ? null : state.problem;
      state = judged({ ...state, problem, tabUrl: tabUrl || state.tabUrl });
    }
    return state;
  }

  /** Reads what the EHR page shows now (no plan text), so the panel's patient lock follows it. */
  async function refresh(): Promise<MarkState> {
    const mark = state.mark;
    if (!mark) return state;
    const checked = await browser
      .isolated(targetOf(mark), {
        action: 'check',
        token: mark.token,
        bannerSelector: settings().patientBannerSelectors,
      })
      .catch(() => null);
    const result = checked?.result;
    const now =
      result?.status === 'ready' ? { url: result.url, title: result.title, banner: result.banner } : null;
    state = judged({ ...state, now });
    return state;
  }

  /** What the EHR tab shows now (address, title, banner) with no field chosen; null when unreadable. */
  async function readPage(): Promise<PageFacts | null> {
    const tab = await findEhrTab(browser);
    if (tab?.id === undefined) return null;
    const ehr = originOf(settings().ehrAddress);
    if (ehr && tab.url && originOf(tab.url) !== ehr) return null;
    const request: IsolatedRequest = { action: 'facts', bannerSelector: settings().patientBannerSelectors };
    const answer = await browser.isolated({ tabId: tab.id, frameIds: [0] }, request).catch(() => null);
    const result = answer?.result;
    return result?.status === 'facts'
      ? { url: result.url, title: result.title, banner: result.banner }
      : null;
  }

  const forget = <T>(outcome: T): T => {
    state = judged({ ...state, mark: null, now: null });
    return outcome;
  };

  async function writeEditor(mark: FieldMark, text: string, html: string): Promise<IsolatedResult> {
    const target = targetOf(mark);
    const nonce = newToken();
    const tagged = await browser.isolated(target, { action: 'tag', token: mark.token, nonce });
    if (tagged.result.status !== 'tagged') return tagged.result;
    const kind = mark.kind as EditorKind;
    // Only the format this editor needs crosses into the page's world.
    const content = kind === 'quill' ? text : htmlWithLineBreaks(html);
    const written = (await browser.editor(target, { nonce, kind, content })) as {
      status?: string;
      reason?: string;
    };
    const lines = kind === 'quill' ? linesOfText(text) : linesOfHtml(content);
    const back = await browser.isolated(target, { action: 'read-back', token: mark.token, lines, settleMs });
    if (back.result.status === 'lines-joined' && !back.result.undone) {
      // The editor's own undo takes its change back; the field is then read again.
      const again = await browser
        .isolated(target, { action: 'tag', token: mark.token, nonce })
        .catch(() => null);
      if (again?.result.status === 'tagged') {
        await browser.editor(target, { nonce, kind, content: '', undo: true }).catch(() => null);
        const undone = await browser.isolated(target, { action: 'undone', token: mark.token });
        return undone.result;
      }
    }
    if (back.result.status !== 'not-accepted' || written.status === 'written') return back.result;
    return { status: 'failed', reason: written.reason ?? 'the editor refused the text' };
  }

  async function insertNow(text: string, html: string, consultation: InsertFor): Promise<InsertOutcome> {
    const mark = state.mark;
    if (!mark) {
      if (state.problem === 'no-access' || state.problem === 'closed-shadow') {
        await copyText(text);
        return { status: 'copied', why: state.problem === 'no-access' ? 'not-allowed' : 'closed-shadow' };
      }
      if (state.problem === 'cross-origin' || state.problem === 'hidden-field')
        return { status: state.problem };
      return { status: 'no-field' };
    }
    // A field chosen in another tab is not this tab's field: nothing is written there.
    const tab = await findEhrTab(browser);
    if (tab?.id !== mark.tabId) return forget({ status: 'page-changed' });
    const target = targetOf(mark);
    // First call: no plan text. The browser itself refuses if the document is no longer the one chosen.
    const checked = await browser
      .isolated(target, {
        action: 'check',
        token: mark.token,
        bannerSelector: settings().patientBannerSelectors,
      })
      .catch(() => null);
    if (!checked) return forget({ status: 'page-changed' });
    const now = checked.result;
    if (now.status !== 'ready') {
      if (now.status === 'page-changed' || now.status === 'field-gone' || now.status === 'hidden-field') {
        return forget({ status: now.status });
      }
      return { status: 'failed', reason: now.status };
    }
    const facts = { url: now.url, title: now.title, banner: now.banner };
    consultationId = consultation.consultationId;
    const changes = changesSince(mark.facts, facts);
    if (changes.length > 0) return forget({ status: 'patient-changed', changes });
    // The consultation's patient: the page must be the one it was bound to, or one the clinician
    // has just confirmed, seeing both, is the same patient (and the page still shows exactly that).
    const context = contextOf(facts);
    const { confirmed } = consultation;
    if (confirmed && JSON.stringify(confirmed) === JSON.stringify(context))
      bindings.accept(consultationId, context);
    state = judged({ ...state, now: facts });
    const verdict = bindings.verdict(consultationId, context);
    if (verdict.status === 'differs')
      return {
        status: 'confirm-patient',
        bound: verdict.bound,
        now: context,
        differences: verdict.differences,
      };

    let written: IsolatedResult;
    try {
      written = EDITORS.includes(mark.kind)
        ? await writeEditor(mark, text, html)
        : (
            await browser.isolated(target, {
              action: 'write',
              token: mark.token,
              text: mark.kind === 'input' ? oneLine(text) : text,
              settleMs,
            })
          ).result;
    } catch {
      return forget({ status: 'page-changed' });
    }
    if (written.status === 'inserted') return { status: 'inserted', place: placeOf(mark) };
    if (written.status === 'not-accepted') return { status: 'not-accepted' };
    if (written.status === 'lines-joined') return written;
    if (written.status === 'failed') return written;
    return forget({ status: written.status === 'field-gone' ? 'field-gone' : 'page-changed' });
  }

  return {
    /** Called when the side panel gains focus: the clinician has just left the EHR field. */
    mark: (consultationId: string): Promise<MarkState> => inTurn(() => markField(consultationId)),
    /** Called when the EHR tab's address or title changes: reads what it shows, writes nothing. */
    refresh: (): Promise<MarkState> => inTurn(refresh),
    insert: (text: string, html: string, consultation: InsertFor): Promise<InsertOutcome> =>
      inTurn(() => insertNow(text, html, consultation)),
    /** What the EHR page shows, for the patient reference offered from its banner; writes nothing. */
    page: (): Promise<PageFacts | null> => inTurn(readPage),
    current: (): MarkState => state,
  };
}

export type Inserter = ReturnType<typeof createInserter>;
