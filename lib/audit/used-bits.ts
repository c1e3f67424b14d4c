import type { ElementId } from '../domain/elements';

/**
 * Which bit of a stored audit row's `used` mask stands for which element: version 1, the order
 * ELEMENT_IDS had when rows were first stored. Stored rows keep their meaning only while this
 * mapping stays as it is, so it is written out rather than derived from ELEMENT_IDS: reordering
 * the elements changes nothing stored, and a new element takes the next free bit. Changing a bit
 * would need a version 2 and a migration of every stored row.
 */
export const USED_BITS_V1: Readonly<Record<ElementId, number>> = {
  preparation: 0,
  agenda: 1,
  information: 2,
  options: 3,
  agreement: 4,
  implementation: 5,
  review: 6,
};

/** The mapping rows are written and read with. */
export const USED_BITS = USED_BITS_V1;
