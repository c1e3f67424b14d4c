import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';

/**
 * Where an earlier plan made on another PC can come from, folded away and
 * loaded on first use (the panel's initial payload budget, docs/performance.md).
 * A reader of another source adds its control here beside the note's.
 */
export function EarlierPlanSources() {
  const [Paste, setPaste] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState(false);
  const open = () =>
    void import('./PasteEarlierNote').then(
      (m) => setPaste(() => m.PasteEarlierNote),
      () => setFailed(true),
    );
  if (Paste) return <Paste />;
  return (
    <div class="earlier-sources">
      <button type="button" onClick={open}>
        Paste the earlier note
      </button>
      <span class="field__hint">
        {failed
          ? 'This could not load. Close and reopen Cocreate.'
          : 'Plan made on another computer? Copy its note from the record.'}
      </span>
    </div>
  );
}
