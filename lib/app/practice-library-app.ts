import { signal, type ReadonlySignal } from '@preact/signals-core';
import { loadBundledGrids } from '../option-grids/bundled';
import { mergeCatalogue } from '../option-grids/catalogue';
import type { ImportSummary } from '../option-grids/import-rows';
import { offerPracticeLibrary, type PracticeLibraryOffer } from '../settings/practice-library';
import type { CocreateDb } from '../storage/db';
import { applyImport, listStoredGrids } from '../storage/grids';

export interface PracticeLibraryAppDeps {
  db: CocreateDb;
  now: () => Date;
  /** The library text set by policy ('' for none); read lazily, as managed storage can be slow at start. */
  loadLibraryText: () => Promise<string>;
}

/** What the last "bring in" did. */
export type PracticeLibraryResult =
  { kind: 'none' } | { kind: 'done'; summary: ImportSummary } | { kind: 'failed' };

/**
 * The options page's practice grid library, named by policy (docs/deploying.md, "Option grid
 * library"): what would change is read and shown first; grids the clinician wrote or edited are
 * never replaced by it. Views read these signals and call the commands (docs/architecture.md).
 */
export interface PracticeLibraryApp {
  /** Null until checked. */
  offer: ReadonlySignal<PracticeLibraryOffer | null>;
  result: ReadonlySignal<PracticeLibraryResult>;
  /** Reads the policy's library and compares it with the grids on this PC. */
  check: () => Promise<void>;
  /** Writes the offered grids, all or nothing, then checks again. */
  bringIn: () => Promise<void>;
}

export function createPracticeLibraryApp(deps: PracticeLibraryAppDeps): PracticeLibraryApp {
  const offer = signal<PracticeLibraryOffer | null>(null);
  const result = signal<PracticeLibraryResult>({ kind: 'none' });

  const check = async () => {
    const [text, bundled, stored] = await Promise.all([
      deps.loadLibraryText(),
      loadBundledGrids(),
      listStoredGrids(deps.db),
    ]);
    offer.value = offerPracticeLibrary(text, mergeCatalogue(bundled.grids, stored));
  };

  return {
    offer,
    result,
    check,
    async bringIn() {
      const ready = offer.value;
      if (ready?.kind !== 'ready') return;
      try {
        const summary = await applyImport(deps.db, ready.plan, new Set(), deps.now());
        result.value = { kind: 'done', summary };
        await check();
      } catch {
        result.value = { kind: 'failed' };
      }
    },
  };
}
