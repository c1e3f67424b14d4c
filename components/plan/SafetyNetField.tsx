import { useId } from 'preact/hooks';
import { useSection } from '../ui/use-section';
import { useApp } from '../app-context';
import { useGridUsed } from './use-grid-used';
import { gridSafetyNetLines } from '../../lib/option-grids/grid-safety-net';

/**
 * The clinician's "when to get help" advice for this patient (docs/urgent-help.md): it prints
 * under the nation's urgent-help lines and the grid's own lines. The grid's lines are offered
 * as starting points, each one key (Enter) away, to adapt to this patient.
 */
export function SafetyNetField() {
  const id = useId();
  const [agreement, set] = useSection('agreement');
  const { model, settings } = useApp();
  const gridId = model.consultation.value?.options.grid?.id;
  const { grid } = useGridUsed(gridId);
  const value = typeof agreement.safetyNet === 'string' ? agreement.safetyNet : '';
  // Only the lines this patient's plan would carry: the nation's wording, the options chosen.
  const choice = { nation: settings.value.nation, chosenOptionIds: agreement.chosenOptionIds ?? [] };
  const suggestions = (grid ? gridSafetyNetLines(grid, choice) : []).filter((s) => !value.includes(s));
  const add = (line: string) => set({ safetyNet: value.trim() ? `${value.trimEnd()}\n${line}` : line });
  return (
    <div class="field safety-net-field">
      <label class="field__label" for={id}>
        When to get help (for this patient)
      </label>
      <span class="field__hint" id={`${id}-hint`}>
        One line each. The plan always adds 999, the urgent-help number for your nation and the practice’s
        number.
      </span>
      <textarea
        autocomplete="off"
        id={id}
        rows={3}
        value={value}
        aria-describedby={`${id}-hint`}
        onInput={(event) => set({ safetyNet: event.currentTarget.value })}
      />
      {suggestions.length > 0 ? (
        <div class="safety-net-field__suggestions" role="group" aria-label="Suggestions from the grid">
          {suggestions.map((s) => (
            <button key={s} type="button" onClick={() => add(s)}>
              Add: {s}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
