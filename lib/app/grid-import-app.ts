import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { CatalogueEntry } from '../option-grids/catalogue';
import { describeImport, prepareImport, type ImportPlan } from '../option-grids/grid-import';
import { importSummary, type ImportSummary } from '../option-grids/import-rows';
import type { CocreateDb } from '../storage/db';
import { applyImport } from '../storage/grids';

/** A file as the page hands it over (a `File` is one): its name, and its text on demand. */
export interface GridFile {
  name: string;
  text: () => Promise<string>;
}

export interface GridImportDeps {
  db: CocreateDb;
  now: () => Date;
  /** The grids on this PC now, which the import is planned against. */
  catalogue: () => readonly CatalogueEntry[];
  /** After the write, with the file's name and what it did. */
  onImported: (file: string, summary: ImportSummary) => Promise<void>;
}

/**
 * Importing one grid or a library bundle (docs/option-grids.md): the whole file is checked first;
 * the clinician sees what will change and chooses for each duplicate before anything is written,
 * all in one go (readers verify, then show, then store).
 */
export interface GridImportApp {
  /** The last file refused, with its problems; nothing of it was kept. */
  refusal: ReadonlySignal<{ file: string; lines: readonly string[] } | null>;
  /** The file checked and waiting for the clinician's confirmation. */
  pending: ReadonlySignal<{ file: string; plan: ImportPlan } | null>;
  /** Duplicates the clinician chose to replace. */
  replacing: ReadonlySignal<ReadonlySet<string>>;
  /** What confirming would do now ("1 grid updated, 2 new"); '' with nothing pending. */
  preview: ReadonlySignal<string>;
  readFile: (file: GridFile) => Promise<void>;
  chooseReplace: (id: string, replace: boolean) => void;
  confirmImport: () => Promise<void>;
  cancelImport: () => void;
}

export function createGridImportApp(deps: GridImportDeps): GridImportApp {
  const refusal = signal<{ file: string; lines: readonly string[] } | null>(null);
  const pending = signal<{ file: string; plan: ImportPlan } | null>(null);
  const replacing = signal<ReadonlySet<string>>(new Set());

  return {
    refusal,
    pending,
    replacing,
    preview: computed(() =>
      pending.value ? describeImport(importSummary(pending.value.plan, replacing.value)) : '',
    ),
    async readFile(file) {
      pending.value = null;
      refusal.value = null;
      const prepared = prepareImport(await file.text(), deps.catalogue());
      if (!prepared.ok) refusal.value = { file: file.name, lines: prepared.errors };
      else {
        replacing.value = new Set();
        pending.value = { file: file.name, plan: prepared.plan };
      }
    },
    chooseReplace(id, replace) {
      const next = new Set(replacing.value);
      if (replace) next.add(id);
      else next.delete(id);
      replacing.value = next;
    },
    async confirmImport() {
      const waiting = pending.value;
      if (!waiting) return;
      const summary = await applyImport(deps.db, waiting.plan, replacing.value, deps.now());
      pending.value = null;
      await deps.onImported(waiting.file, summary);
    },
    cancelImport() {
      pending.value = null;
    },
  };
}
