import type { OptionGrid } from '../../lib/option-grids/grid';
import { signOffLine } from '../../lib/option-grids/grid-status';
import { GRID_WORDS } from '../../lib/option-grids/grid-words';

/** Sources, authorship and review dates: links are shown as text, never fetched (extension CSP). */
export function GridSources({ grid }: { grid: OptionGrid }) {
  const words = GRID_WORDS[grid.language];
  return (
    <div class="grid-sources" lang={grid.language}>
      <p class="grid-sources__heading">{words.sources}</p>
      {grid.figuresNote ? <p class="grid-sources__figures-note">{grid.figuresNote}</p> : null}
      <ol>
        {grid.sources.map((source) => (
          <li key={source.id}>
            {source.citation}
            {source.checked ? ` (${words.checked} ${source.checked})` : ''}{' '}
            <span class="grid-sources__url">{source.url}</span>
          </li>
        ))}
      </ol>
      <p class="grid-sources__meta">
        {words.writtenBy}: {grid.author}, {grid.organisation}. {words.version} {grid.version}.{' '}
        {grid.lastReviewed ? `${words.lastReviewed}: ${grid.lastReviewed}. ` : ''}
        {words.reviewDue}: {grid.reviewDue}. {signOffLine(grid)}
      </p>
      {grid.translationSignOffNeeded ? (
        <p class="grid-sources__meta">
          {words.signOffNeeded}: {grid.translationSignOffNeeded}
        </p>
      ) : null}
    </div>
  );
}
