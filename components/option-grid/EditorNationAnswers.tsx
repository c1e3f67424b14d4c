import type { GridNation, GridQuestion } from '../../lib/option-grids/grid';
import { TextField } from '../fields/TextField';
import { NATION_LABELS as NATIONS } from './EditorSafetyLine';

interface Props {
  /** "Question 1, option 2": the start of every box's name. */
  name: string;
  question: GridQuestion;
  optionId: string;
  hintFor: (text: string) => string;
  onChange: (nation: GridNation, answer: string) => void;
}

/**
 * An answer that names a service (talking therapies, stop-smoking support) can differ
 * from nation to nation; the practice's nation setting picks one (docs/option-grids.md).
 * Folded away unless the row already has one, as most answers are the same everywhere.
 */
export function EditorNationAnswers({ name, question, optionId, hintFor, onChange }: Props) {
  const has = NATIONS.some(({ nation }) => question.byNation?.[nation]?.[optionId] !== undefined);
  return (
    <details class="grid-editor__nations" open={has}>
      <summary>{name}: different answer in a nation</summary>
      <p class="field__hint">
        Only for services that differ by nation. Leave a box empty to use the answer above there.
      </p>
      {NATIONS.map(({ nation, label }) => {
        const answer = question.byNation?.[nation]?.[optionId] ?? '';
        return (
          <TextField
            key={nation}
            label={`${name} answer in ${label}`}
            rows={2}
            value={answer}
            hint={hintFor(answer)}
            onChange={(text) => onChange(nation, text)}
          />
        );
      })}
    </details>
  );
}
