import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { TextMessageInput } from '../../lib/sms/text-message';
import './sms.css';

/** The text message box, loaded on first use (the panel's initial payload budget, docs/performance.md). */
export function TextMessageToggle(input: TextMessageInput) {
  const [Box, setBox] = useState<ComponentType<TextMessageInput> | null>(null);
  const [failed, setFailed] = useState(false);
  const open = () =>
    void import('./TextMessageBox').then(
      (m) => setBox(() => m.TextMessageBox),
      () => setFailed(true),
    );
  if (Box) return <Box {...input} />;
  return (
    <p>
      <button type="button" onClick={open}>
        Copy as text message
      </button>
      {failed ? <span class="field__hint"> This could not load. Close and reopen Cocreate.</span> : null}
    </p>
  );
}
