import type { PdsaEntry } from '../domain/pdsa-entry';
import type { CocreateDb } from './db';

/** The `pdsa` table: Plan–Do–Study–Act cycles kept beside the audit (docs/framework.md). */

/** Newest first. */
export async function listPdsa(db: CocreateDb): Promise<PdsaEntry[]> {
  return db.pdsa.orderBy('createdAt').reverse().toArray();
}

export async function savePdsa(db: CocreateDb, entry: PdsaEntry): Promise<void> {
  await db.pdsa.put(entry);
}

export async function deletePdsa(db: CocreateDb, id: string): Promise<void> {
  await db.pdsa.delete(id);
}
