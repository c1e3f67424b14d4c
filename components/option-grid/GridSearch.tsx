import { useState } from 'preact/hooks';
import type { CatalogueEntry } from '../../lib/option-grids/catalogue';
import { LANGUAGE_NAMES, SOURCE_LABELS } from '../../lib/option-grids/source-labels';
import type { LoadedCatalogue } from '../../lib/option-grids/load-catalogue';

interface GridSearchProps {
  catalogue: LoadedCatalogue | null;
  /** Called when the box is first used, so the catalogue loads lazily. */
  onFirstUse: () => void;
  onOpen: (entry: CatalogueEntry) => void;
}

/** Search as you type by condition or keyword; results are buttons that open the grid. */
export function GridSearch({ catalogue, onFirstUse, onOpen }: GridSearchProps) {
  const [query, setQuery] = useState('');
  const results = catalogue ? catalogue.search(query, 10) : [];
  const typed = query.trim().length > 0;
  return (
    <div class="grid-search">
      <label class="field">
        <span class="field__label">Find an option grid</span>
        <span class="field__hint">Type a condition or keyword, for example “knee” or “blood pressure”.</span>
        <input
          autocomplete="off"
          type="search"
          value={query}
          onFocus={onFirstUse}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter opens the best match, as Enter adds to every list (docs/quick-path.md).
            const best = results[0];
            if (e.key !== 'Enter' || !best) return;
            e.preventDefault();
            setQuery('');
            onOpen(best);
          }}
        />
      </label>
      <p class="field__hint" aria-live="polite">
        {!typed
          ? ''
          : !catalogue
            ? 'Loading grids…'
            : `${results.length} ${results.length === 1 ? 'grid' : 'grids'} found`}
      </p>
      {typed && results.length > 0 ? (
        <ul class="grid-search__results">
          {results.map((entry) => (
            <li key={entry.grid.id}>
              <button
                type="button"
                class="link-button"
                onClick={() => {
                  setQuery('');
                  onOpen(entry);
                }}
              >
                {entry.grid.title}
              </button>
              <span class="field__hint">
                {LANGUAGE_NAMES[entry.grid.language]} · {SOURCE_LABELS[entry.source]} · version{' '}
                {entry.grid.version}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
