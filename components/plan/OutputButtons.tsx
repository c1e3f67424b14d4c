import type { AgreedPlan } from '../../lib/plan/agreed-plan';
import type { HandedOverAs, PlanOutput } from '../../lib/outputs/plan-output';
import { PLAN_OUTPUTS } from '../../lib/outputs/registry';
import { TextMessageToggle } from '../sms/TextMessageToggle';
import { PlanActions } from './PlanActions';

/** Buttons: every output but the text message, which has its own editable box. */
const BUTTONS = PLAN_OUTPUTS.filter((o) => o.delivery !== 'text-message');
const TEXT_MESSAGE = PLAN_OUTPUTS.find((o) => o.delivery === 'text-message');

interface Props {
  plan: AgreedPlan;
  onAction: (output: PlanOutput) => void;
  onTextMessageCopied: (as: HandedOverAs, text: string) => void;
}

/** Every way out of the output registry (lib/outputs/registry.ts), in its order. */
export function OutputButtons({ plan, onAction, onTextMessageCopied }: Props) {
  return (
    <>
      <PlanActions outputs={BUTTONS} onAction={onAction} />
      {TEXT_MESSAGE ? (
        <TextMessageToggle output={TEXT_MESSAGE} plan={plan} onCopied={onTextMessageCopied} />
      ) : null}
    </>
  );
}
