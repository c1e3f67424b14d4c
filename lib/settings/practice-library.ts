import type { CatalogueEntry } from '../option-grids/catalogue';
import { prepareImport, type ImportPlan } from '../option-grids/grid-import';
import type { ManagedArea } from './managed';

/**
 * The practice's shared grid library, set centrally (docs/deploying.md, "Option grid library"). The policy value
 * `practiceGridLibrary` holds the library bundle's JSON text itself: extension
 * pages may not fetch anything (connect-src 'none'), and a string is the one
 * policy type every route carries unchanged (Windows registry, Linux JSON,
 * Firefox policies.json). docs/deploying.md shows how to make the value.
 */
export const PRACTICE_LIBRARY_KEY = 'practiceGridLibrary';

/** The library text the policy holds, or '' when none is set (or the browser has no managed storage). */
export async function readManagedGridLibrary(area: ManagedArea | undefined): Promise<string> {
  if (!area) return '';
  try {
    const value = (await area.get())[PRACTICE_LIBRARY_KEY];
    return typeof value === 'string' ? value.trim() : '';
  } catch {
    return '';
  }
}

export type PracticeLibraryOffer =
  | { kind: 'none' }
  | { kind: 'invalid'; errors: string[] }
  | { kind: 'ready'; name: string; publisher: string; publishedAt: string; total: number; plan: ImportPlan };

/**
 * What bringing in the policy's library would change on this PC, checked in full
 * first (lib/option-grids/grid-import.ts). A single grid is refused: the policy is
 * for a practice library, whose grids stay apart from the clinician's own.
 */
export function offerPracticeLibrary(
  text: string,
  catalogue: readonly CatalogueEntry[],
): PracticeLibraryOffer {
  if (text === '') return { kind: 'none' };
  const prepared = prepareImport(text, catalogue);
  if (!prepared.ok) return { kind: 'invalid', errors: prepared.errors };
  if (prepared.plan.source !== 'practice')
    return { kind: 'invalid', errors: ['The policy holds a single grid, not a library bundle'] };
  const { plan } = prepared;
  const total = plan.added.length + plan.updated.length + plan.duplicates.length;
  return { kind: 'ready', ...libraryInfo(text), total, plan };
}

function libraryInfo(text: string): { name: string; publisher: string; publishedAt: string } {
  const json = JSON.parse(text) as Record<string, unknown>;
  const field = (key: string) => (typeof json[key] === 'string' ? json[key] : '');
  return { name: field('name'), publisher: field('publisher'), publishedAt: field('publishedAt') };
}
