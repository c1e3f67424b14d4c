import type { OptionGrid } from '../../lib/option-grids/grid';
import { GRID_WORDS } from '../../lib/option-grids/grid-words';

/** Sources, authorship and review dates: links are shown as text, never fetched (extension CSP). */
export function GridSources({ grid }: { grid: OptionGrid }) {
  const words = GRID_WORDS[grid.language];
  return (
    <div class="grid-sources" lang={grid.language}>
      <p class="grid-sources__heading">{words.sources}</p>
      <ol>
        {grid.sources.map((source) => (
          <li key={source.id}>
            {source.citation} <span class="grid-sources__url">{source.url}</span>
          </li>
        ))}
      </ol>
      <p class="grid-sources__meta">
        {words.writtenBy}: {grid.author}, {grid.organisation}. {words.version} {grid.version}.{' '}
        {words.lastReviewed}: {grid.lastReviewed}. {words.reviewDue}: {grid.reviewDue}.
      </p>
    </div>
  );
}
