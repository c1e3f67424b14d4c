import type { AgreeingWayForward, SureAnswers } from '../../lib/domain/consultation';
import {
  SURE_CITATION,
  SURE_ITEMS,
  sureAnswers,
  sureNeedsRevisit,
  sureScore,
  TEACH_BACK_PROMPT,
} from '../../lib/plan/understanding';
import { CheckboxField } from '../fields/CheckboxField';
import { ChoiceGroup, type Choice } from '../fields/ChoiceGroup';
import { TextField } from '../fields/TextField';
import './understanding.css';

const YES_NO: readonly Choice<'yes' | 'no'>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

interface Props {
  agreement: AgreeingWayForward;
  onChange: (patch: Partial<AgreeingWayForward>) => void;
}

/**
 * Understanding and commitment (framework.md §5): teach-back, the commitment
 * in the patient's own words, and SURE. Optional and folded away, so the
 * quick path's clicks do not change; open once anything is recorded.
 */
export function UnderstandingCheck({ agreement, onChange }: Props) {
  const answers = sureAnswers(agreement);
  const score = sureScore(answers);
  const commitment = agreement.commitment ?? '';
  const used = agreement.teachBack === true || commitment !== '' || answers.some((x) => x !== null);
  const answer = (index: number, yes: boolean) => {
    const next = [...answers] as SureAnswers;
    next[index] = yes;
    onChange({ sure: next });
  };
  return (
    <details class="understanding" open={used}>
      <summary>Understanding and commitment (optional)</summary>
      <CheckboxField
        label="Teach-back: understanding checked"
        hint={`“${TEACH_BACK_PROMPT}”`}
        checked={agreement.teachBack === true}
        onChange={(teachBack) => onChange({ teachBack })}
      />
      <TextField
        label="Commitment, in the patient's own words"
        hint="For example: “I will walk for 10 minutes after lunch on weekdays.”"
        value={commitment}
        onChange={(value) => onChange({ commitment: value })}
        rows={2}
      />
      <fieldset class="sure">
        <legend class="field__label">SURE: is the decision settled for the patient?</legend>
        {SURE_ITEMS.map((item, index) => (
          <ChoiceGroup
            key={item.key}
            legend={item.question}
            choices={YES_NO}
            inline
            value={answers[index] === null ? '' : answers[index] ? 'yes' : 'no'}
            onChange={(value) => answer(index, value === 'yes')}
          />
        ))}
        {sureNeedsRevisit(answers) ? (
          <p class="sure__revisit" role="status">
            A “no” suggests the decision is not settled: go back over the options or the information the
            patient needs before finishing.
          </p>
        ) : null}
        {score !== null ? <p class="field__hint">SURE score {score} of 4 (goes into the note).</p> : null}
        <p class="field__hint">{SURE_CITATION}</p>
      </fieldset>
    </details>
  );
}
