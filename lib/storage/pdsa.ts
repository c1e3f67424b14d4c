import type { PdsaEntry } from '../domain/pdsa-entry';
import type { CocreateDb } from './db';

/** The `pdsa` table: Plan–Do–Study–Act cycles kept beside the audit (docs/framework.md). */

/** The clinician's own cycles, newest first (practice cycles belong to the practice report). */
export async function listPdsa(db: CocreateDb): Promise<PdsaEntry[]> {
  return (await db.pdsa.orderBy('createdAt').reverse().toArray()).filter((entry) => !entry.practice);
}

export async function savePdsa(db: CocreateDb, entry: PdsaEntry): Promise<void> {
  await db.pdsa.put(entry);
}

export async function deletePdsa(db: CocreateDb, id: string): Promise<void> {
  await db.pdsa.delete(id);
}

/** Cycles recorded for the whole practice on the practice report page, newest first. */
export async function listPracticePdsa(db: CocreateDb): Promise<PdsaEntry[]> {
  return (await db.pdsa.orderBy('createdAt').reverse().toArray()).filter((entry) => entry.practice);
}
