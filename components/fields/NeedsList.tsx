import type { InformationNeed } from '../../lib/domain/consultation';
import { removeItem, replaceItem } from '../../lib/domain/list-edit';
import { newId } from '../../lib/ids/new-id';
import { AddBox } from './AddBox';

interface NeedsListProps {
  needed: readonly InformationNeed[];
  onChange: (needed: InformationNeed[]) => void;
}

/**
 * "Information still needed" (framework.md §3) reachable from the agreed plan
 * without leaving it (docs/quick-path.md): one line each, added with Enter;
 * who gets it and by when are filled in on "Information gathering".
 */
export function NeedsList({ needed, onChange }: NeedsListProps) {
  return (
    <div class="needs-list">
      <AddBox
        label="Information still needed"
        hint="e.g. two weeks of home blood pressure readings"
        onAdd={(what) => onChange([...needed, { id: newId(), what, who: '', byWhen: '' }])}
      />
      {needed.length > 0 ? (
        <ul class="compact-list">
          {needed.map((need) => (
            <li key={need.id}>
              <input
                aria-label="Information needed"
                autocomplete="off"
                value={need.what}
                onInput={(event) =>
                  onChange(replaceItem(needed, need.id, { what: event.currentTarget.value }))
                }
              />
              <button
                type="button"
                aria-label={`Remove "${need.what}"`}
                onClick={() => onChange(removeItem(needed, need.id))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
