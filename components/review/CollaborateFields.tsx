import type { Review } from '../../lib/domain/consultation';
import { COLLABORATE_ITEMS, COLLABORATE_MIN_FOR_AUDIT } from '../../lib/review/collaborate';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

interface Props {
  value: Review['collaborate'];
  onChange: (value: Review['collaborate']) => void;
}

/** collaboRATE, optional and entered with the patient (about ten seconds); folded away by default. */
export function CollaborateFields({ value, onChange }: Props) {
  const answered = value.some((item) => item !== null);
  return (
    <details class="collaborate" open={answered}>
      <summary>collaboRATE (optional, with the patient)</summary>
      <p class="field__hint">
        Three questions the patient answers from 0 (no effort was made) to 9 (every effort was made). Kept on
        this computer. Only meaningful added up over about {COLLABORATE_MIN_FOR_AUDIT} consultations per
        clinician.
      </p>
      {COLLABORATE_ITEMS.map((question, index) => (
        <label class="field" key={question}>
          <span>{question}</span>
          <select
            autocomplete="off"
            value={value[index] === null ? '' : String(value[index])}
            onChange={(event) => {
              const raw = event.currentTarget.value;
              const next = [...value] as Review['collaborate'];
              next[index] = raw === '' ? null : Number(raw);
              onChange(next);
            }}
          >
            <option value="">Not asked</option>
            {SCORES.map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </label>
      ))}
    </details>
  );
}
