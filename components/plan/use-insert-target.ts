import { useEffect, useState } from 'preact/hooks';
import type { MarkState } from '../../lib/insert/insert-into-ehr';
import type { Settings } from '../../lib/settings/settings';
import { ehrInserter } from './ehr-inserter';

const NONE: MarkState = { mark: null, problem: null, tabUrl: '' };

/**
 * The EHR field Insert will write into. It is chosen only when the side panel gains focus — the moment
 * the clinician turns from the EHR field to Cocreate — never on hover or visibility, so a page is not
 * entered until the clinician comes to the panel (docs/privacy.md, "When Cocreate enters the EHR page").
 */
export function useInsertTarget(
  settings: () => Settings,
): [MarkState, (state: MarkState) => void, () => void] {
  const [state, setState] = useState<MarkState>(NONE);
  const remember = () =>
    void ehrInserter(settings)
      .mark()
      .then(setState, () => undefined);
  useEffect(() => {
    // Opened from the toolbar icon or the shortcut, the panel starts focused and gets no focus event.
    if (document.hasFocus()) remember();
    window.addEventListener('focus', remember);
    return () => window.removeEventListener('focus', remember);
  }, []);
  return [state, setState, remember];
}
