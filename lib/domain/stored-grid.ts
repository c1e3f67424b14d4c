/** A grid row as stored; `grid` is the validated grid document (grid.ts). */
export interface StoredGrid {
  id: string;
  source: 'bundled' | 'practice' | 'local';
  updatedAt: string;
  keywords: string[];
  grid: unknown;
}
