import { useState } from 'preact/hooks';
import { countSms, SMS_MAX_SEPTETS } from '../../lib/sms/gsm';
import { copyText } from '../plan/clipboard';

/**
 * The sheet as a text message for the practice's messaging tool: editable, with the live
 * count of characters and SMS segments and a warning for letters outside GSM (lib/sms).
 */
export function SheetTextMessage({ initial, onCopied }: { initial: string; onCopied?: () => void }) {
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
    <div class="prep-sms no-print">
      <label class="field__label" for="prep-sms-text">
        Text message · Neges destun
      </label>
      <textarea
        id="prep-sms-text"
        autocomplete="off"
        rows={10}
        value={text}
        aria-describedby="prep-sms-count"
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <p id="prep-sms-count" aria-live="polite">
        {count.characters} characters, {count.segments} of 4 text messages ({count.septets} of{' '}
        {SMS_MAX_SEPTETS})
      </p>
      {count.outside.length > 0 ? (
        <p class="prep-sms__warn" role="alert">
          Not in the text message alphabet: {count.outside.join(' ')}. Phones may show them wrongly, and the
          message would need more texts. Replace them.
        </p>
      ) : null}
      {count.septets > SMS_MAX_SEPTETS ? (
        <p class="prep-sms__warn" role="alert">
          Longer than four text messages: shorten it.
        </p>
      ) : null}
      <button type="button" onClick={copy}>
        Copy text message
      </button>
      <span role="status">{said}</span>
    </div>
  );
}
