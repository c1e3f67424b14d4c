import type { StoredGrid } from './stored-grid';
import type { GridLanguage } from './grid';

/** Where a grid came from, in the words shown in lists. */
export const SOURCE_LABELS: Record<StoredGrid['source'], string> = {
  bundled: 'Shipped with Cocreate',
  practice: 'Practice library',
  local: 'My grid',
};

export const LANGUAGE_NAMES: Record<GridLanguage, string> = { en: 'English', cy: 'Cymraeg' };
