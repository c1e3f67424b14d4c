import type { OptionGrid } from '../../lib/option-grids/grid';
import { setOptionalText } from '../../lib/option-grids/grid-edit';
import { WELSH_NOT_REVIEWED, welshNotReviewed } from '../../lib/option-grids/grid-welsh-review';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';

interface Props {
  grid: OptionGrid;
  /** The other grids on this computer, any of which this one may translate. */
  others: readonly Pick<OptionGrid, 'id' | 'title'>[];
  onChange: (grid: OptionGrid) => void;
}

/**
 * A grid in another language names the grid it translates, so a Welsh plan takes its
 * option text from it (docs/option-grids.md "Per-language option text"), and says who
 * must sign the translation off when the clinical reviewer may not read it.
 */
export function EditorTranslation({ grid, others, onChange }: Props) {
  const current = grid.translationOf ?? '';
  const known = others.filter((other) => other.id !== grid.id);
  const choices = [
    { value: '', label: 'Not a translation' },
    ...known.map((other) => ({ value: other.id, label: `${other.title} (${other.id})` })),
    // An imported translation may name a grid this computer does not have: keep it, and say so.
    ...(current && !known.some((other) => other.id === current)
      ? [{ value: current, label: `${current} (not on this computer)` }]
      : []),
  ];
  return (
    <fieldset class="grid-editor__translation">
      <legend>Translation</legend>
      {welshNotReviewed(grid) ? (
        <p class="grid-editor__welsh" role="note">
          {WELSH_NOT_REVIEWED}
        </p>
      ) : null}
      <SelectField<string>
        label="This grid translates"
        choices={choices}
        value={current}
        onChange={(id) => onChange(setOptionalText(grid, 'translationOf', id))}
      />
      <TextField
        label="Who must sign off this translation"
        hint="For example: A first-language clinical Welsh speaker must sign off this translation."
        value={grid.translationSignOffNeeded ?? ''}
        onChange={(text) => onChange(setOptionalText(grid, 'translationSignOffNeeded', text))}
      />
    </fieldset>
  );
}
