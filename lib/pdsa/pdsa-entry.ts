// The row type lives in the domain so lib/storage needs nothing from this folder.
export type { PdsaEntry } from '../domain/pdsa-entry';
