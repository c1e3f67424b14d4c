import { signal, type ReadonlySignal } from '@preact/signals-core';
import type { PdsaEntry } from '../domain/pdsa-entry';
import { newPdsaEntry } from '../pdsa/pdsa';
import type { CocreateDb } from '../storage/db';
import { deletePdsa, listPdsa, savePdsa } from '../storage/pdsa';

export interface PdsaLogDeps {
  db: CocreateDb;
  now: () => Date;
  newId: () => string;
}

/** The audit page's improvement log (framework.md, "Service improvement"): the clinician's own cycles. */
export interface PdsaLogApp {
  /** The clinician's own cycles, newest first. */
  entries: ReadonlySignal<readonly PdsaEntry[]>;
  load: () => Promise<void>;
  /** A blank cycle stamped with the model's clock, for the form; nothing is stored until `saveEntry`. */
  newEntry: () => PdsaEntry;
  saveEntry: (entry: PdsaEntry) => Promise<void>;
  deleteEntry: (id: string) => Promise<void>;
}

export function createPdsaLogApp({ db, now, newId }: PdsaLogDeps): PdsaLogApp {
  const entries = signal<readonly PdsaEntry[]>([]);
  const load = async () => {
    entries.value = await listPdsa(db);
  };
  return {
    entries,
    load,
    newEntry: () => newPdsaEntry(newId(), now()),
    async saveEntry(entry) {
      await savePdsa(db, entry);
      await load();
    },
    async deleteEntry(id) {
      await deletePdsa(db, id);
      await load();
    },
  };
}
