import { ELEMENT_IDS, type ElementId } from '../domain/elements';
import { EN } from './en';

/**
 * The elements' English names, for the clinician note and the audit: the same words the
 * sidebar shows, read from the one catalogue rather than restated.
 */
export const ELEMENT_NAMES = Object.fromEntries(
  ELEMENT_IDS.map((id) => [id, EN.elements[id].name]),
) as Record<ElementId, string>;
