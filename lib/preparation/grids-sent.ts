import type { Consultation, Preparation } from '../domain/consultation';
import { list } from '../domain/read-values';

/**
 * The grid chosen for the preparation sheet, recorded in "grids sent in advance"
 * (docs/preparation.md): `previous` (this sheet's earlier choice) gives way to `next`;
 * null takes the sheet's grid off. Grids recorded another way are kept.
 */
export function withGridSent(
  preparation: Preparation,
  previous: string | null,
  next: string | null,
): Preparation {
  const ids = list(preparation.gridsSentInAdvance).filter((id) => id !== previous && id !== next);
  return { ...preparation, gridsSentInAdvance: next ? [...ids, next] : ids };
}

/** The named action: the sheet's grid, `previous` giving way to `next`, on the consultation. */
export function sendGrid(c: Consultation, previous: string | null, next: string | null): Consultation {
  return { ...c, preparation: withGridSent(c.preparation, previous, next) };
}
