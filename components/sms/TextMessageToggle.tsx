import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { TextMessageBoxProps } from './TextMessageBox';
import './sms.css';

/** The text message box, loaded on first use (the panel's initial payload budget, docs/performance.md). */
export function TextMessageToggle(props: TextMessageBoxProps) {
  const [Box, setBox] = useState<ComponentType<TextMessageBoxProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const open = () =>
    void import('./TextMessageBox').then(
      (m) => setBox(() => m.TextMessageBox),
      () => setFailed(true),
    );
  if (Box) return <Box {...props} />;
  return (
    <p>
      <button type="button" onClick={open}>
        {props.output.label}
      </button>
      {failed ? <span class="field__hint"> This could not load. Close and reopen Cocreate.</span> : null}
    </p>
  );
}
