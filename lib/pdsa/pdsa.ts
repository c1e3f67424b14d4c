import type { PdsaEntry } from '../domain/pdsa-entry';

/** The six prompts of a Plan–Do–Study–Act cycle, in order, with plain labels. */
export const PDSA_FIELDS = [
  { key: 'aim', label: 'Aim', hint: 'What are we trying to improve?' },
  { key: 'change', label: 'Change', hint: 'What will we try?' },
  { key: 'prediction', label: 'Prediction', hint: 'What do we expect to happen?' },
  { key: 'whatHappened', label: 'What happened', hint: 'What did we see? Use the audit figures.' },
  { key: 'learned', label: 'What we learned', hint: 'How did it compare with the prediction?' },
  { key: 'nextCycle', label: 'Next cycle', hint: 'Adopt, adapt or abandon — and what next?' },
] as const satisfies readonly { key: keyof PdsaEntry; label: string; hint: string }[];

export function newPdsaEntry(id: string, now: Date): PdsaEntry {
  return {
    id,
    createdAt: now.toISOString(),
    aim: '',
    change: '',
    prediction: '',
    whatHappened: '',
    learned: '',
    nextCycle: '',
  };
}
