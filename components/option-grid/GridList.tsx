import type { SignOffPolicy } from '../../lib/option-grids/sign-off-policy';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CatalogueEntry } from '../../lib/option-grids/catalogue';
import type { OptionGrid } from '../../lib/option-grids/grid';
import { SAMPLE_LABEL } from '../../lib/option-grids/grid-status';
import { WELSH_NOT_REVIEWED, welshNotReviewed } from '../../lib/option-grids/grid-welsh-review';
import { isOverdue } from '../../lib/option-grids/grid-words';
import { LANGUAGE_NAMES, SOURCE_LABELS } from '../../lib/option-grids/source-labels';
import { GridSignOffForm } from './GridSignOffForm';

interface Props {
  entries: readonly CatalogueEntry[];
  today: string;
  onView: (entry: CatalogueEntry) => void;
  onEdit: (entry: CatalogueEntry) => void;
  onExport: (entry: CatalogueEntry) => void;
  onDelete: (entry: CatalogueEntry) => Promise<void>;
  onSignOff: (grid: OptionGrid) => Promise<void>;
  /** Who the practice lets sign off a grid (Settings → Who may sign off option grids). */
  signOffPolicy: SignOffPolicy;
}

/** Every grid on this PC with where it came from and its review dates. */
export function GridList({
  entries,
  today,
  onView,
  onEdit,
  onExport,
  onDelete,
  onSignOff,
  signOffPolicy,
}: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [signing, setSigning] = useState<string | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  // Keyboard users land in the question, on the safe answer.
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);
  return (
    <ul class="grid-list">
      {entries.map((entry) => {
        const { grid, source } = entry;
        const overdue = isOverdue(grid.reviewDue, today);
        return (
          <li key={grid.id} class="grid-list__item">
            <article aria-label={grid.title}>
              <h3 lang={grid.language}>{grid.title}</h3>
              <p class="field__hint">
                {SOURCE_LABELS[source]} · {LANGUAGE_NAMES[grid.language]} · version {grid.version}
                {grid.signOff
                  ? ` · signed off by ${grid.signOff.reviewerName} on ${grid.signOff.date}`
                  : ` · ${SAMPLE_LABEL}`}{' '}
                · review due {grid.reviewDue}
                {overdue ? <strong class="grid-list__overdue"> · review overdue</strong> : null}
              </p>
              {welshNotReviewed(grid) ? <p class="grid-list__welsh">{WELSH_NOT_REVIEWED}</p> : null}
              <div class="toolbar">
                <button type="button" onClick={() => onView(entry)}>
                  View
                </button>
                <button type="button" onClick={() => onEdit(entry)}>
                  {source === 'local' ? 'Edit' : 'Edit a copy'}
                </button>
                <button type="button" onClick={() => setSigning(grid.id)}>
                  {grid.signOff ? 'Sign off again' : 'Sign off for my practice'}
                </button>
                <button type="button" onClick={() => onExport(entry)}>
                  Export
                </button>
                {source === 'bundled' ? null : (
                  <button type="button" onClick={() => setConfirming(grid.id)}>
                    Delete
                  </button>
                )}
              </div>
              {signing === grid.id ? (
                <GridSignOffForm
                  grid={grid}
                  policy={signOffPolicy}
                  onSigned={(signed) => onSignOff(signed).then(() => setSigning(null))}
                  onCancel={() => setSigning(null)}
                />
              ) : null}
              {confirming === grid.id ? (
                <div role="alertdialog" aria-label={`Delete ${grid.title}?`} class="grid-list__confirm">
                  <p>Delete “{grid.title}” from this computer? This cannot be undone.</p>
                  <button
                    type="button"
                    class="primary"
                    onClick={() => void onDelete(entry).then(() => setConfirming(null))}
                  >
                    Yes, delete
                  </button>
                  <button type="button" ref={keep} onClick={() => setConfirming(null)}>
                    Keep it
                  </button>
                </div>
              ) : null}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
