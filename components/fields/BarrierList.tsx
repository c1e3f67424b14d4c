import type { Barrier } from '../../lib/domain/consultation';
import { removeItem, replaceItem } from '../../lib/domain/list-edit';
import { newId } from '../../lib/ids/new-id';
import { AddBox } from './AddBox';
import { TextField } from './TextField';

/** What might get in the way, each with the patient's own way round it (framework.md §5). */
export function BarrierList({
  barriers,
  onChange,
}: {
  barriers: readonly Barrier[];
  onChange: (b: Barrier[]) => void;
}) {
  return (
    <div>
      <AddBox
        label="What might get in the way"
        onAdd={(barrier) => onChange([...barriers, { id: newId(), barrier, wayRound: '' }])}
      />
      {barriers.map((item, index) => (
        <fieldset key={item.id} class="item-card">
          <legend>
            Barrier {index + 1}: {item.barrier}
          </legend>
          <TextField
            label="Barrier"
            value={item.barrier}
            onChange={(barrier) => onChange(replaceItem(barriers, item.id, { barrier }))}
          />
          <TextField
            label="Way round it"
            value={item.wayRound}
            onChange={(wayRound) => onChange(replaceItem(barriers, item.id, { wayRound }))}
          />
          <button type="button" onClick={() => onChange(removeItem(barriers, item.id))}>
            Remove barrier
          </button>
        </fieldset>
      ))}
    </div>
  );
}
