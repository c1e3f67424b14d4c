import type { OptionGrid } from '../../lib/option-grids/grid';
import { gridStatus } from '../../lib/option-grids/grid-status';
import { GRID_WORDS } from '../../lib/option-grids/grid-words';

/**
 * What must be read before the grid itself: whether it is a sample or overdue for
 * review, and who it is not for ("This is not for you if…" with the patient, "Do not
 * use if…" for the clinician). Shown in the panel, the grid view and print.
 */
export function GridNotices({ grid, today }: { grid: OptionGrid; today: string }) {
  const words = GRID_WORDS[grid.language];
  const status = gridStatus(grid, today);
  const scope = grid.scope;
  return (
    <div class="grid-notices" lang={grid.language}>
      {status.labels.length > 0 ? (
        <div class="grid-notices__status" role="note" aria-label={words.statusHeading}>
          {status.labels.map((label) => (
            <p key={label} class="grid-notices__label">
              {label}
            </p>
          ))}
        </div>
      ) : null}
      {scope && (scope.notForYouIf.length > 0 || scope.doNotUseIf.length > 0) ? (
        <section class="grid-scope" aria-label={words.scopeHeading}>
          {scope.notForYouIf.length > 0 ? (
            <>
              <p class="grid-scope__heading">{words.notForYouIf}</p>
              <ul>
                {scope.notForYouIf.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
          {scope.doNotUseIf.length > 0 ? (
            <>
              <p class="grid-scope__heading grid-scope__clinician">{words.doNotUseIf}</p>
              <ul class="grid-scope__clinician">
                {scope.doNotUseIf.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
