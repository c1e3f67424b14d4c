import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Conformance, PrsbStandard } from '../../lib/standards/prsb-mapping';

/**
 * PRSB's own JSON models, as published (../shared/standards/prsb beside the repo, read-only in CI):
 * every element of `dataset[0].concept`, with its path of names from the top section down and its
 * conformance (`mro`; null in the file is 'none').
 */

export const STANDARDS_DIR = resolve('..', 'shared', 'standards');

const FILES: Record<PrsbStandard, string> = {
  PCSP: 'PersonalisedCSP.json',
  SDM: 'SharedDecisionMaking.json',
};

interface Concept {
  name: string;
  mro: string | null;
  concept?: Concept[];
}

export interface ModelElement {
  standard: PrsbStandard;
  path: string[];
  conformance: Conformance;
}

const CONFORMANCE: Record<string, Conformance> = { M: 'M', R: 'R', O: 'O' };

function walk(standard: PrsbStandard, concepts: Concept[], above: string[], out: ModelElement[]) {
  for (const c of concepts) {
    const path = [...above, c.name];
    out.push({ standard, path, conformance: (c.mro && CONFORMANCE[c.mro]) || 'none' });
    walk(standard, c.concept ?? [], path, out);
  }
}

/** Every element of both models, in the files' order. */
export function prsbElements(): ModelElement[] {
  const out: ModelElement[] = [];
  for (const [standard, file] of Object.entries(FILES) as [PrsbStandard, string][]) {
    const model = JSON.parse(readFileSync(resolve(STANDARDS_DIR, 'prsb', file), 'utf8')) as {
      dataset: { concept: Concept[] }[];
    };
    walk(standard, model.dataset[0]!.concept, [], out);
  }
  return out;
}

/** One key per element: the standard and its path. PRSB reuses names, never whole paths. */
export const elementKey = (e: { standard: PrsbStandard; path: readonly string[] }) =>
  `${e.standard} › ${e.path.join(' › ')}`;
