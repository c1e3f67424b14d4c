import { useState } from 'preact/hooks';
import { countSms, SMS_MAX_SEPTETS } from '../../lib/sms/gsm';
import { copyText } from '../ui/clipboard';

interface Props {
  initial: string;
  label: string;
  rows: number;
  /** Element ids of the text box and of its live count (tests and labels find them by these). */
  ids: { text: string; count: string };
  /** The wrapper's class; its warnings get `${className}__warn`. */
  className: string;
  /** Called once the text is on the clipboard (a copy given, for the record). */
  onCopied?: () => void;
}

/**
 * An editable text message for the practice's messaging tool, with a live count of characters
 * and SMS segments and a warning for letters outside the GSM alphabet (lib/sms/gsm.ts): the
 * plan's (TextMessageBox) and the preparation sheet's (SheetTextMessage).
 */
export function SmsEditor({ initial, label, rows, ids, className, onCopied }: Props) {
  const [text, setText] = useState(initial);
  const [said, setSaid] = useState('');
  const count = countSms(text);
  const copy = () =>
    void copyText(text).then(
      () => {
        setSaid('Copied: paste it into the practice messaging tool.');
        onCopied?.();
      },
      () => setSaid('Could not copy: select the text and copy it by hand.'),
    );
  return (
    <div class={className}>
      <label class="field__label" for={ids.text}>
        {label}
      </label>
      <textarea
        id={ids.text}
        autocomplete="off"
        rows={rows}
        value={text}
        aria-describedby={ids.count}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <p id={ids.count} class="field__hint" aria-live="polite">
        {count.characters} characters, {count.segments} of 4 text messages ({count.septets} of{' '}
        {SMS_MAX_SEPTETS})
      </p>
      {count.outside.length > 0 ? (
        <p class={`${className}__warn`} role="alert">
          Not in the text message alphabet: {count.outside.join(' ')}. Phones may show them wrongly, and the
          message would need more texts. Replace them.
        </p>
      ) : null}
      {count.septets > SMS_MAX_SEPTETS ? (
        <p class={`${className}__warn`} role="alert">
          Longer than four text messages: shorten it.
        </p>
      ) : null}
      <button type="button" onClick={copy}>
        Copy text message
      </button>
      <span role="status" class="field__hint">
        {said}
      </span>
    </div>
  );
}
