import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';

/** Each source's control, loaded on first use. */
const SOURCES = {
  note: () => import('./PasteEarlierNote').then((m) => m.PasteEarlierNote),
  // The FHIR reader (and its schema) load only here, never with the panel (docs/standards.md).
  fhir: () => import('./ReadFhirFile').then((m) => m.ReadFhirFile),
} as const;

/**
 * Where an earlier plan made on another PC can come from, folded away and
 * loaded on first use (the panel's initial payload budget, docs/performance.md).
 * A reader of another source adds its control here beside the note's.
 */
export function EarlierPlanSources() {
  const [Source, setSource] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState(false);
  const open = (source: keyof typeof SOURCES) =>
    void SOURCES[source]().then(
      (component) => setSource(() => component),
      () => setFailed(true),
    );
  if (Source) return <Source />;
  return (
    <div class="earlier-sources">
      <button type="button" onClick={() => open('note')}>
        Paste the earlier note
      </button>
      <button type="button" onClick={() => open('fhir')}>
        Read a FHIR file
      </button>
      <span class="field__hint">
        {failed
          ? 'This could not load. Close and reopen Cocreate.'
          : 'Plan made on another computer? Copy its note from the record, or read the FHIR file it saved.'}
      </span>
    </div>
  );
}
