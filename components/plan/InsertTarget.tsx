import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originOf, sitePattern } from '../../lib/insert/binding';
import { placeOf, type MarkState } from '../../lib/insert/insert-into-ehr';
import { contextOf } from '../../lib/insert/ehr-context';
import { describeContext, describePlace, markHint } from '../../lib/insert/messages';
import { LOCK_WORDS, patientLock } from '../../lib/insert/patient-lock';
import './insert-target.css';

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
 * Beside Insert, the patient lock: bound / changed since you chose the field / no field, where the
 * text will go (field label, tab title and site, patient banner as read, and Cocreate's own patient
 * reference, so a mismatch shows before anything is written) or why no field is chosen, what the
 * consultation is bound to when the page now differs; and a one-click "Always allow" for the site.
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

  const { mark, now, bound } = state;
  const lock = patientLock(state);
  return (
    <div class="insert-target" role="group" aria-label="Patient lock">
      <p class={`patient-lock patient-lock--${lock}`} data-patient-lock={lock}>
        {LOCK_WORDS[lock]}
      </p>
      <p class="field__hint" data-insert-target={mark?.kind ?? ''}>
        {mark ? `Insert goes into: ${describePlace(placeOf(mark), patientRef)}` : markHint(state.problem)}
      </p>
      {mark && now && !now.banner ? (
        <p class="field__hint" data-banner-missing>
          No patient banner recognised on this page: Cocreate goes by the address and title only. Say where
          this EHR shows it under “Where your EHR shows the patient banner” in Settings.
        </p>
      ) : null}
      {mark && now && bound && !state.samePatient ? (
        <p class="field__hint" data-bound-context>
          This consultation is bound to: {describeContext(bound)}. The page now shows:{' '}
          {describeContext(contextOf(now))}.
        </p>
      ) : null}
      {pattern && allowed === false ? (
        <button type="button" onClick={allow}>
          Always allow Cocreate to write into {site}
        </button>
      ) : null}
    </div>
  );
}
