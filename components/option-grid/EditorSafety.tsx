import type { OptionGrid } from '../../lib/option-grids/grid';
import {
  addSafetyNetLine,
  removeSafetyNetLine,
  setOptionalText,
  setSafetyNetLine,
} from '../../lib/option-grids/grid-edit';
import { asLine } from '../../lib/option-grids/grid-safety-net';
import { GRID_LIMITS } from '../../lib/option-grids/limits';
import { EditorSafetyLine } from './EditorSafetyLine';
import { TextField } from '../fields/TextField';
import { LinesField } from './LinesField';

interface Props {
  grid: OptionGrid;
  onChange: (grid: OptionGrid) => void;
}

/** Who the grid is not for, when to get help, and why there is no do-nothing option (if there is none). */
export function EditorSafety({ grid, onChange }: Props) {
  const scope = grid.scope ?? { notForYouIf: [], doNotUseIf: [] };
  return (
    <fieldset class="grid-editor__safety">
      <legend>Scope and safety</legend>
      <LinesField
        label="This is not for you if… (read with the patient)"
        hint="One line each"
        lines={scope.notForYouIf}
        onChange={(notForYouIf) => onChange({ ...grid, scope: { ...scope, notForYouIf } })}
      />
      <LinesField
        label="Do not use if… (for the clinician)"
        hint="One line each"
        lines={scope.doNotUseIf}
        onChange={(doNotUseIf) => onChange({ ...grid, scope: { ...scope, doNotUseIf } })}
      />
      <div role="group" aria-label="When to get help (goes into the patient's plan)">
        <p class="field__label">When to get help (goes into the patient&rsquo;s plan)</p>
        <p class="field__hint">One line each, in the grid&rsquo;s language.</p>
        {(grid.safetyNet ?? []).map((entry, index) => (
          <EditorSafetyLine
            key={index}
            number={index + 1}
            line={asLine(entry)}
            options={grid.options}
            onChange={(line) => onChange(setSafetyNetLine(grid, index, line))}
            onRemove={() => onChange(removeSafetyNetLine(grid, index))}
          />
        ))}
        <button
          type="button"
          disabled={(grid.safetyNet?.length ?? 0) >= GRID_LIMITS.linesMax}
          onClick={() => onChange(addSafetyNetLine(grid))}
        >
          Add a line
        </button>
      </div>
      <TextField
        label="Why there is no do-nothing option"
        hint="Leave empty when one option is doing nothing or carrying on as now"
        value={grid.noDoNothingReason ?? ''}
        onChange={(reason) => onChange(setOptionalText(grid, 'noDoNothingReason', reason))}
      />
    </fieldset>
  );
}
