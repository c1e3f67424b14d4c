import { useCallback, useRef, useState } from 'preact/hooks';
import type { StoredGrid } from '../../lib/domain/stored-grid';
import type { LoadedCatalogue } from '../../lib/option-grids/load-catalogue';

/**
 * The grid catalogue, loaded on first use. The dynamic import keeps the grid
 * JSON, the parser and the search index out of the side panel's initial
 * payload (docs/performance.md: 60 KB gzip budget). `load()` again re-reads the
 * database, so a grid written in the library page shows up.
 */
export function useCatalogue(storedGrids: () => Promise<StoredGrid[]>) {
  const [catalogue, setCatalogue] = useState<LoadedCatalogue | null>(null);
  const [error, setError] = useState('');
  const loading = useRef<Promise<void> | null>(null);

  const load = useCallback(() => {
    loading.current ??= import('../../lib/option-grids/load-catalogue')
      .then(({ loadCatalogue }) => loadCatalogue(storedGrids))
      .then(
        (loaded) => {
          setCatalogue(loaded);
          setError('');
        },
        (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
      )
      .finally(() => {
        loading.current = null;
      });
    return loading.current;
  }, [storedGrids]);

  return { catalogue, error, load };
}
