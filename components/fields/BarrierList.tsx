import { useEffect, useRef } from 'preact/hooks';
import type { Barrier } from '../../lib/domain/consultation';
import { removeItem, replaceItem } from '../../lib/domain/list-edit';
import { newId } from '../../lib/ids/new-id';
import { AddBox } from './AddBox';
import { TextField } from './TextField';

/**
 * What might get in the way, each with the patient's own way round it
 * (framework.md §5). Enter on a barrier adds it and puts the cursor in its
 * "way round it"; Enter there goes back to add the next one, so problem-solving
 * a low confidence takes no clicks beyond the first (docs/quick-path.md).
 */
export function BarrierList({
  barriers,
  onChange,
}: {
  barriers: readonly Barrier[];
  onChange: (b: Barrier[]) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    box.current?.querySelector<HTMLElement>(`[data-way-round="${focusNext.current}"] input`)?.focus();
    focusNext.current = null;
  });
  return (
    <div ref={box}>
      <AddBox
        label="What might get in the way"
        onAdd={(barrier) => {
          const id = newId();
          focusNext.current = id;
          onChange([...barriers, { id, barrier, wayRound: '' }]);
        }}
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
          <div data-way-round={item.id}>
            <TextField
              label="Way round it"
              value={item.wayRound}
              onChange={(wayRound) => onChange(replaceItem(barriers, item.id, { wayRound }))}
              onEnter={() => box.current?.querySelector<HTMLElement>('.add-box input')?.focus()}
            />
          </div>
          <button type="button" onClick={() => onChange(removeItem(barriers, item.id))}>
            Remove barrier
          </button>
        </fieldset>
      ))}
    </div>
  );
}
