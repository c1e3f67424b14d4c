import { useState } from 'preact/hooks';
import { countSms, SMS_MAX_SEPTETS } from '../../lib/sms/gsm';
import { buildTextMessage, type TextMessageInput } from '../../lib/sms/text-message';
import { copyText } from '../plan/clipboard';

/**
 * "Copy as text message" for telephone and video consultations: the plan's
 * essentials, editable, with a live count of characters and SMS segments and a
 * warning for anything outside the GSM alphabet (lib/sms).
 */
export function TextMessageBox(input: TextMessageInput) {
  const [text, setText] = useState(() => buildTextMessage(input));
  const [copied, setCopied] = useState('');
  const count = countSms(text);
  const copy = () =>
    void copyText(text).then(
      () => setCopied('Copied: paste it into the practice messaging tool.'),
      () => setCopied('Could not copy: select the text and copy it by hand.'),
    );
  return (
    <div class="text-message">
      <label class="field__label" for="text-message-box">
        Text message
      </label>
      <textarea
        id="text-message-box"
        autocomplete="off"
        rows={8}
        value={text}
        aria-describedby="text-message-count"
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <p id="text-message-count" class="field__hint" aria-live="polite">
        {count.characters} characters, {count.segments} of 4 text messages ({count.septets} of{' '}
        {SMS_MAX_SEPTETS})
      </p>
      {count.outside.length > 0 ? (
        <p class="text-message__warn" role="alert">
          Not in the text message alphabet: {count.outside.join(' ')}. Phones may show them wrongly, and the
          message would need more texts. Replace them.
        </p>
      ) : null}
      {count.septets > SMS_MAX_SEPTETS ? (
        <p class="text-message__warn" role="alert">
          Longer than four text messages: shorten it.
        </p>
      ) : null}
      <button type="button" onClick={copy}>
        Copy text message
      </button>
      <span role="status" class="field__hint">
        {copied}
      </span>
    </div>
  );
}
