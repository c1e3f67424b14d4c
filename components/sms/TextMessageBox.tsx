import { buildTextMessage, type TextMessageInput } from '../../lib/sms/text-message';
import { SmsEditor } from './SmsEditor';

/**
 * "Copy as text message" for telephone and video consultations: the plan's
 * essentials, editable, with a live count of characters and SMS segments and a
 * warning for anything outside the GSM alphabet (lib/sms).
 */
export function TextMessageBox(input: TextMessageInput) {
  return (
    <SmsEditor
      initial={buildTextMessage(input)}
      label="Text message"
      rows={8}
      ids={{ text: 'text-message-box', count: 'text-message-count' }}
      className="text-message"
    />
  );
}
