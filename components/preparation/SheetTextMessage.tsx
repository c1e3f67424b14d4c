import { SmsEditor } from '../sms/SmsEditor';

/**
 * The sheet as a text message for the practice's messaging tool: editable, with the live
 * count of characters and SMS segments and a warning for letters outside GSM (lib/sms).
 */
export function SheetTextMessage({ initial, onCopied }: { initial: string; onCopied?: () => void }) {
  return (
    <div class="no-print">
      <SmsEditor
        initial={initial}
        label="Text message · Neges destun"
        rows={10}
        ids={{ text: 'prep-sms-text', count: 'prep-sms-count' }}
        className="prep-sms"
        onCopied={onCopied}
      />
    </div>
  );
}
