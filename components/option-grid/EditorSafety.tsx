import type { OptionGrid } from '../../lib/option-grids/grid';
import { setOptionalText } from '../../lib/option-grids/grid-edit';
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
      <LinesField
        label="When to get help (goes into the patient's plan)"
        hint="One line each, in the grid's language"
        lines={grid.safetyNet ?? []}
        onChange={(safetyNet) => onChange({ ...grid, safetyNet })}
      />
      <TextField
        label="Why there is no do-nothing option"
        hint="Leave empty when one option is doing nothing or carrying on as now"
        value={grid.noDoNothingReason ?? ''}
        onChange={(reason) => onChange(setOptionalText(grid, 'noDoNothingReason', reason))}
      />
    </fieldset>
  );
}
