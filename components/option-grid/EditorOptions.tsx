import type { OptionGrid } from '../../lib/option-grids/grid';
import { addOption, removeOption, setOption } from '../../lib/option-grids/grid-edit';
import { GRID_LIMITS } from '../../lib/option-grids/limits';
import { CheckboxField } from '../fields/CheckboxField';
import { TextField } from '../fields/TextField';

interface Props {
  grid: OptionGrid;
  onChange: (grid: OptionGrid) => void;
}

/** The grid's 2–5 options (columns), one of them "wait / do nothing" where that is a real choice. */
export function EditorOptions({ grid, onChange }: Props) {
  return (
    <section aria-labelledby="editor-options">
      <h2 id="editor-options">Options (columns)</h2>
      {grid.options.map((option, index) => (
        <fieldset class="item-card" key={option.id}>
          <legend>Option {index + 1}</legend>
          <TextField
            label={`Option ${index + 1} name`}
            value={option.label}
            onChange={(label) => onChange(setOption(grid, option.id, { label }))}
          />
          <TextField
            label={`Option ${index + 1} main benefit`}
            value={option.mainBenefit}
            onChange={(mainBenefit) => onChange(setOption(grid, option.id, { mainBenefit }))}
          />
          <TextField
            label={`Option ${index + 1} main downside`}
            value={option.mainDownside}
            onChange={(mainDownside) => onChange(setOption(grid, option.id, { mainDownside }))}
          />
          <CheckboxField
            label={`Option ${index + 1} is waiting / doing nothing`}
            checked={option.isDoNothing}
            onChange={(isDoNothing) => onChange(setOption(grid, option.id, { isDoNothing }))}
          />
          <button
            type="button"
            disabled={grid.options.length <= GRID_LIMITS.optionsMin}
            onClick={() => onChange(removeOption(grid, option.id))}
          >
            Remove option {index + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        disabled={grid.options.length >= GRID_LIMITS.optionsMax}
        onClick={() => onChange(addOption(grid))}
      >
        Add an option
      </button>
      {grid.options.some((o) => o.isDoNothing) ? null : (
        <p class="field__hint">
          No option is marked “doing nothing”: include one where waiting is a real choice.
        </p>
      )}
    </section>
  );
}
