import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originOf, sitePattern } from '../../lib/insert/binding';
import { placeOf, type MarkState } from '../../lib/insert/insert-into-ehr';
import { describePlace, markHint } from '../../lib/insert/messages';

/** Firefox's match patterns cannot carry a port; Chrome's can, so the grant is for that one site. */
const WITH_PORT = !import.meta.env.FIREFOX;

interface Props {
  state: MarkState;
  patientRef: string;
  ehrAddress: string;
  /** Called after the site was allowed: the field is chosen again, now that Cocreate may enter. */
  onAllowed: () => void;
}

/**
 * Beside Insert: where the text will go (field label, tab title and site, patient banner, and
 * Cocreate's own patient reference, so a mismatch shows before anything is written), or why no
 * field is chosen; and a one-click "Always allow" for the EHR's site.
 */
export function InsertTarget({ state, patientRef, ehrAddress, onAllowed }: Props) {
  const site = originOf(ehrAddress) || originOf(state.tabUrl);
  const pattern = sitePattern(site, WITH_PORT);
  const [allowed, setAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    setAllowed(null);
    if (pattern)
      void browser.permissions.contains({ origins: [pattern] }).then(
        (held) => live && setAllowed(held),
        () => live && setAllowed(false),
      );
    return () => {
      live = false;
    };
  }, [pattern]);

  const allow = () => {
    if (!pattern) return;
    // Asked straight from the click: the browser shows its prompt only for a user gesture.
    void browser.permissions.request({ origins: [pattern] }).then((granted) => {
      setAllowed(granted);
      if (granted) onAllowed();
    });
  };

  const { mark } = state;
  return (
    <div class="insert-target">
      <p class="field__hint" data-insert-target={mark?.kind ?? ''}>
        {mark ? `Insert goes into: ${describePlace(placeOf(mark), patientRef)}` : markHint(state.problem)}
      </p>
      {pattern && allowed === false ? (
        <button type="button" onClick={allow}>
          Always allow Cocreate to write into {site}
        </button>
      ) : null}
    </div>
  );
}
