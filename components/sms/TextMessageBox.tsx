import { useEffect, useState } from 'preact/hooks';
import type { AgreedPlan } from '../../lib/plan/agreed-plan';
import type { HandedOverAs, PlanOutput } from '../../lib/outputs/plan-output';
import { SmsEditor } from './SmsEditor';

export interface TextMessageBoxProps {
  /** The text-message output of the registry (lib/outputs/text-message.ts). */
  output: PlanOutput;
  /** The agreed-plan document as it stands now: the box follows later edits. */
  plan: AgreedPlan;
  /** Called once the text is on the clipboard: a copy sent to the patient, for the note. */
  onCopied: (as: HandedOverAs, text: string) => void;
}

/**
 * "Copy as text message" for telephone and video consultations: the plan's essentials in the
 * patient's language, editable, with a live count of characters and SMS segments and a warning
 * for anything outside the GSM alphabet (lib/sms).
 */
export function TextMessageBox({ output, plan, onCopied }: TextMessageBoxProps) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.resolve(output.build(plan, { version: 'patient' })).then((content) => {
      if (live) setText(content.text);
    });
    return () => {
      live = false;
    };
  }, [output, plan]);
  if (text === null) return null;
  return (
    <SmsEditor
      initial={text}
      label="Text message"
      rows={8}
      ids={{ text: 'text-message-box', count: 'text-message-count' }}
      className="text-message"
      onCopied={(sent) => {
        const as = output.record(plan, { version: 'patient' });
        if (as) onCopied(as, sent);
      }}
    />
  );
}
