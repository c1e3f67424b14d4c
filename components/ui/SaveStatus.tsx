import { useState } from 'preact/hooks';
import type { SaveStatus as Status } from '../../lib/state/consultation-model';
import { unsavedText } from '../../lib/domain/unsaved-text';
import { useModel } from '../app-context';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Always-visible save state. When a save fails the message stays on screen (no
 * auto-dismiss) with a button that copies every typed word, so nothing is lost
 * even if storage never recovers (docs/framework.md, "Nothing lost").
 */
export function SaveStatus({ status }: { status: Status }) {
  if (status.kind === 'error') return <SaveError message={status.message} />;
  const text = status.kind === 'saving' ? 'Saving…' : status.kind === 'saved' ? 'Saved' : '';
  return (
    <p class="save-status" aria-live="polite" data-save-status={status.kind}>
      {text}
    </p>
  );
}

function SaveError({ message }: { message: string }) {
  const model = useModel();
  const [copy, setCopy] = useState<CopyState>('idle');
  async function copyText() {
    try {
      await navigator.clipboard.writeText(unsavedText(model.consultation.value));
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }
  return (
    <div role="alert" class="save-status save-status--error" data-save-status="error">
      <p>{message}</p>
      <button type="button" onClick={() => void copyText()}>
        Copy my unsaved text
      </button>
      <p aria-live="polite">
        {copy === 'copied'
          ? 'Copied. Paste it somewhere safe.'
          : copy === 'failed'
            ? 'Could not copy. Select the text in each box and press Ctrl+C.'
            : ''}
      </p>
    </div>
  );
}
