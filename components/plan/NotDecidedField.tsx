import { useSection } from '../ui/use-section';
import { CheckboxField } from '../fields/CheckboxField';
import { TextField } from '../fields/TextField';

/**
 * The third outcome (docs/plan-truth.md, "Only what happened"): not decided yet, to think
 * or talk it over with family, deciding by a date. It excludes a chosen option and an
 * informed choice of no treatment, and has its own plan and note wording.
 */
export function NotDecidedField() {
  const [agreement, set] = useSection('agreement');
  const on = agreement.notDecided === true;
  return (
    <div class="not-decided-field">
      <CheckboxField
        label="Not decided yet"
        hint="Wants time to think or to talk it over with family; the plan says so."
        checked={on}
        onChange={(notDecided) =>
          set(notDecided ? { notDecided, chosenOptionIds: [], noTreatment: false } : { notDecided })
        }
      />
      {on ? (
        <TextField
          label="Decide by"
          type="date"
          value={typeof agreement.decideBy === 'string' ? agreement.decideBy : ''}
          onChange={(decideBy) => set({ decideBy })}
        />
      ) : null}
    </div>
  );
}
