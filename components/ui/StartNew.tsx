import { useState } from 'preact/hooks';
import { hasAnyContent } from '../../lib/domain/element-registry';
import type { Consultation } from '../../lib/domain/consultation';

interface StartNewProps {
  consultation: Consultation;
  /** The last save failed: the open consultation is not safely stored yet. */
  saveFailed?: boolean;
  onStart: () => Promise<void>;
}

/**
 * "Start new consultation" never discards: the current one is always
 * stored first. When it has content, we say so and ask once, so a stray click
 * does not move the clinician away from the patient in front of them. When the
 * last save failed, we say plainly that its unsaved text would be lost.
 */
export function StartNew({ consultation, saveFailed = false, onStart }: StartNewProps) {
  const [asking, setAsking] = useState(false);
  const start = () => {
    setAsking(false);
    void onStart();
  };
  if (asking) {
    return (
      <div class="confirm" role="group" aria-label="Start a new consultation?">
        {saveFailed ? (
          <p>
            The latest changes to this consultation could not be saved. Use “Copy my unsaved text” at the top
            first: starting a new one now loses them.
          </p>
        ) : (
          <p>
            This consultation is saved and stays under “Earlier consultations” for its patient reference.
            Start a new one?
          </p>
        )}
        <button type="button" data-variant="primary" onClick={start}>
          {saveFailed ? 'Start new and lose unsaved changes' : 'Yes, start new'}
        </button>{' '}
        <button type="button" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <button
      type="button"
      onClick={() => (saveFailed || hasAnyContent(consultation) ? setAsking(true) : start())}
    >
      Start new consultation
    </button>
  );
}
