/** Where this PC keeps its source word (the extension's own localStorage). */
export const SOURCE_KEY = 'cocreate-team-export-source';

/**
 * The random word that lines up one clinician's monthly team exports in the practice report.
 * Twelve lower-case letters from the platform's CSPRNG: it names nobody, carries no date, and
 * a new PC simply starts a new one.
 */
export function exportSource(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  fillRandom: (bytes: Uint8Array<ArrayBuffer>) => unknown,
): string {
  const kept = storage.getItem(SOURCE_KEY);
  if (kept && /^[a-z]{12}$/.test(kept)) return kept;
  const bytes = new Uint8Array(12);
  fillRandom(bytes);
  const word = [...bytes].map((b) => String.fromCharCode(97 + (b % 26))).join('');
  storage.setItem(SOURCE_KEY, word);
  return word;
}
