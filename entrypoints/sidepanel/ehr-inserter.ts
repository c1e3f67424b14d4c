import { browser, type Browser } from 'wxt/browser';
import {
  createInserter,
  type InjectTarget,
  type Inserter,
  type InsertBrowser,
} from '../../lib/insert/insert-into-ehr';
import { runEditorWrite } from '../../lib/insert/editor-script';
import { runIsolated } from '../../lib/insert/isolated-script';
import type { EditorRequest, IsolatedRequest, IsolatedResult } from '../../lib/insert/page-types';
import { newId } from '../../lib/ids/new-id';
import type { Settings } from '../../lib/settings/settings';
import { copyText } from '../../components/ui/clipboard';

/** Firefox cannot target a document by id; Chrome refuses a changed document itself. */
const DOCUMENT_IDS = !import.meta.env.FIREFOX;

/** Chrome's target type is a union (document ids or frame ids, never both); ours is built to match. */
const asTarget = (target: InjectTarget) => target as Browser.scripting.InjectionTarget;

/** WXT's `browser` as the inserter needs it: one isolated-world call, one MAIN-world call. */
export const insertBrowser: InsertBrowser = {
  tabs: {
    query: (query) => browser.tabs.query(query),
    getCurrent: () => browser.tabs.getCurrent(),
  },
  async isolated(target: InjectTarget, request: IsolatedRequest) {
    const [frame] = await browser.scripting.executeScript({
      target: asTarget(target),
      func: runIsolated,
      args: [request],
    });
    if (!frame) throw new Error('no frame answered');
    const result: IsolatedResult = frame.result ?? { status: 'failed', reason: 'no result' };
    return { result, documentId: (frame as { documentId?: string }).documentId };
  },
  async editor(target: InjectTarget, request: EditorRequest) {
    const [frame] = await browser.scripting.executeScript({
      target: asTarget(target),
      world: 'MAIN',
      func: runEditorWrite,
      args: [request],
    });
    return frame?.result;
  },
};

/**
 * The side panel's inserter, made by its entry point and given to the page's application model,
 * so views ask the model and tests give a fake. One per panel: it holds the chosen EHR field.
 */
export function createEhrInserter(settings: () => Settings): Inserter {
  return createInserter({
    browser: insertBrowser,
    copyText,
    newToken: newId,
    settings,
    documentIds: DOCUMENT_IDS,
  });
}
