import { useEffect, useRef } from 'preact/hooks';
import type { AgendaItem, AgendaOwner } from '../../lib/domain/consultation';
import { moveItem, removeItem, replaceItem } from '../../lib/domain/list-edit';
import { newId } from '../../lib/ids/new-id';
import { AddBox } from './AddBox';

interface AgendaItemsProps {
  items: readonly AgendaItem[];
  onChange: (items: AgendaItem[]) => void;
  /** The panel's words for whose item it is (lib/i18n, `choices.agendaOwner`). */
  owners: Record<AgendaOwner, string>;
}

/**
 * Both agendas in one list whose order is the agreed priority (framework.md §2).
 * Reorder with the Move buttons or Alt+↑ / Alt+↓ inside an item; focus stays on the moved item.
 */
export function AgendaItems({ items, onChange, owners }: AgendaItemsProps) {
  const list = useRef<HTMLOListElement>(null);
  const refocus = useRef<string | null>(null);

  useEffect(() => {
    if (!refocus.current) return;
    list.current?.querySelector<HTMLInputElement>(`[data-item="${refocus.current}"]`)?.focus();
    refocus.current = null;
  });

  function move(index: number, by: -1 | 1, focusId: string | null) {
    refocus.current = focusId;
    onChange(moveItem(items, index, by));
  }

  return (
    <div class="agenda-items">
      <AddBox
        label="Patient's agenda item (their own words)"
        onAdd={(text) => onChange([...items, { id: newId(), text, owner: 'patient' }])}
      />
      <AddBox
        label="Clinician's agenda item"
        onAdd={(text) => onChange([...items, { id: newId(), text, owner: 'clinician' }])}
      />
      {items.length > 0 ? (
        <ol class="item-list" ref={list} aria-label="Agreed priority order">
          {items.map((item, index) => (
            <li key={item.id} class="item-list__item">
              <label class="field">
                <span class="field__label">
                  {index + 1}. {owners[item.owner]}
                </span>
                <input
                  autocomplete="off"
                  data-item={item.id}
                  value={item.text}
                  onInput={(event) =>
                    onChange(replaceItem(items, item.id, { text: event.currentTarget.value }))
                  }
                  onKeyDown={(event) => {
                    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
                    event.preventDefault();
                    move(index, event.key === 'ArrowUp' ? -1 : 1, item.id);
                  }}
                />
              </label>
              <div class="item-list__actions">
                <button
                  type="button"
                  disabled={index === 0}
                  aria-label={`Move "${item.text}" up`}
                  onClick={() => move(index, -1, null)}
                >
                  ↑ Up
                </button>
                <button
                  type="button"
                  disabled={index === items.length - 1}
                  aria-label={`Move "${item.text}" down`}
                  onClick={() => move(index, 1, null)}
                >
                  ↓ Down
                </button>
                <button
                  type="button"
                  aria-label={`Remove "${item.text}"`}
                  onClick={() => onChange(removeItem(items, item.id))}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
