import type { OptionGrid } from '../../lib/option-grids/grid';
import {
  addSource,
  removeSource,
  setOptionalText,
  setSource,
  setSourceChecked,
} from '../../lib/option-grids/grid-edit';
import { GRID_LIMITS } from '../../lib/option-grids/limits';
import { TextField } from '../fields/TextField';

interface Props {
  grid: OptionGrid;
  onChange: (grid: OptionGrid) => void;
}

/** The public sources behind the figures: every figure cites one (docs/option-grids.md). */
export function EditorSources({ grid, onChange }: Props) {
  return (
    <section aria-labelledby="editor-sources">
      <h2 id="editor-sources">Sources</h2>
      {grid.sources.map((source, index) => (
        <fieldset class="item-card" key={source.id}>
          <legend>Source {index + 1}</legend>
          <TextField
            label={`Source ${index + 1} citation`}
            value={source.citation}
            onChange={(citation) => onChange(setSource(grid, source.id, { citation }))}
          />
          <TextField
            label={`Source ${index + 1} link`}
            hint="A public web address starting with https://"
            value={source.url}
            onChange={(url) => onChange(setSource(grid, source.id, { url }))}
          />
          <TextField
            label={`Source ${index + 1} date checked`}
            hint="When someone last checked the grid against this source (its version is in the citation)"
            type="date"
            value={source.checked ?? ''}
            onChange={(checked) => onChange(setSourceChecked(grid, source.id, checked))}
          />
          <button
            type="button"
            disabled={grid.sources.length <= GRID_LIMITS.sourcesMin}
            onClick={() => onChange(removeSource(grid, source.id))}
          >
            Remove source {index + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        disabled={grid.sources.length >= GRID_LIMITS.sourcesMax}
        onClick={() => onChange(addSource(grid))}
      >
        Add a source
      </button>
      <TextField
        label="Choices with no good figures in numbers"
        hint="For example: We do not have good figures in numbers for a back-up prescription."
        value={grid.figuresNote ?? ''}
        onChange={(note) => onChange(setOptionalText(grid, 'figuresNote', note))}
      />
    </section>
  );
}
