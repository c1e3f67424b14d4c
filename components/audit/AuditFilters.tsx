import { ANY_GRID, NO_GRID, type AuditFilter } from '../../lib/audit/filter';
import { lastDays, PERIOD_PRESETS } from '../../lib/audit/default-period';

interface Props {
  filter: AuditFilter;
  grids: readonly { id: string; title: string }[];
  onChange: (filter: AuditFilter) => void;
  now: () => Date;
}

/** Period (inclusive dates) and grid/condition. */
export function AuditFilters({ filter, grids, onChange, now }: Props) {
  return (
    <form autocomplete="off" class="audit-filters" onSubmit={(event) => event.preventDefault()}>
      <div class="button-row audit-filters__presets" role="group" aria-label="Period">
        {PERIOD_PRESETS.map(({ days, label }) => {
          const period = lastDays(now(), days);
          const on = period.from === filter.from && period.to === filter.to;
          return (
            <button
              key={days}
              type="button"
              aria-pressed={on}
              onClick={() => onChange({ ...filter, ...period })}
            >
              {label}
            </button>
          );
        })}
      </div>
      <label class="field">
        <span class="field__label">From</span>
        <input
          autocomplete="off"
          type="date"
          value={filter.from}
          max={filter.to}
          onChange={(event) =>
            event.currentTarget.value && onChange({ ...filter, from: event.currentTarget.value })
          }
        />
      </label>
      <label class="field">
        <span class="field__label">To</span>
        <input
          autocomplete="off"
          type="date"
          value={filter.to}
          min={filter.from}
          onChange={(event) =>
            event.currentTarget.value && onChange({ ...filter, to: event.currentTarget.value })
          }
        />
      </label>
      <label class="field">
        <span class="field__label">Option grid or condition</span>
        <select
          autocomplete="off"
          value={filter.grid}
          onChange={(event) => onChange({ ...filter, grid: event.currentTarget.value })}
        >
          <option value={ANY_GRID}>All consultations</option>
          <option value={NO_GRID}>No option grid used</option>
          {grids.map((grid) => (
            <option key={grid.id} value={grid.id}>
              {grid.title}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
