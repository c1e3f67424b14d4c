import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MarkState } from '../../lib/insert/insert-into-ehr';
import type { Inserter } from '../../lib/insert/insert-into-ehr';

const NONE: MarkState = { mark: null, problem: null, tabUrl: '', now: null, bound: null, samePatient: true };

/**
 * The EHR field Insert will write into. It is chosen only when the side panel gains focus — the moment
 * the clinician turns from the EHR field to Cocreate — never on hover or visibility, so a page is not
 * entered until the clinician comes to the panel (docs/privacy.md, "When Cocreate enters the EHR page").
 * Once chosen, the patient lock follows the EHR tab: when its address or title changes, the page is
 * read again (no plan text goes in) so a move to another patient shows before Insert is pressed.
 */
export function useInsertTarget(
  inserter: () => Promise<Inserter>,
  consultationId: () => string,
): [MarkState, (state: MarkState) => void, () => void] {
  const [state, setState] = useState<MarkState>(NONE);
  const remember = () =>
    void inserter()
      .then((loaded) => loaded.mark(consultationId()))
      .then(setState, () => undefined);
  useEffect(() => {
    // Opened from the toolbar icon or the shortcut, the panel starts focused and gets no focus event.
    if (document.hasFocus()) remember();
    window.addEventListener('focus', remember);
    const follow = (tabId: number, change: { url?: string; title?: string; status?: string }) => {
      if (change.url === undefined && change.title === undefined && change.status !== 'complete') return;
      void inserter()
        .then((loaded) => (tabId === loaded.current().mark?.tabId ? loaded.refresh() : null))
        .then(
          (state) => state && setState(state),
          () => undefined,
        );
    };
    // Absent where the panel runs outside the extension (component tests).
    const updates = (browser as Partial<typeof browser> | undefined)?.tabs?.onUpdated;
    updates?.addListener(follow);
    return () => {
      window.removeEventListener('focus', remember);
      updates?.removeListener(follow);
    };
  }, []);
  return [state, setState, remember];
}
