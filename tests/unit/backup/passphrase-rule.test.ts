import { describe, expect, it } from 'vitest';
import { decryptBackup, encryptBackup } from '../../../lib/backup/encrypted-backup';
import { passphraseProblem } from '../../../lib/backup/passphrase-rule';

describe('a backup passphrase', () => {
  it.each<[string, string, RegExp | '']>([
    ['twelve spaces', ' '.repeat(12), /not spaces/],
    ['eleven characters', 'Ab1!Ab1!Ab1', /at least 12 characters/],
    ['twelve small letters', 'abcdefghijkl', /too easy to guess/],
    ['two words', 'allotment spring', /too easy to guess/],
    ['three words', 'walk the allotment', ''],
    ['capitals, small letters and digits', 'Allotment2026', ''],
    ['Welsh words with accents', 'mae’r tŷ yn glyd', ''],
  ])('%s: %s', (_name, passphrase, problem) => {
    if (problem === '') expect(passphraseProblem(passphrase)).toBe('');
    else expect(passphraseProblem(passphrase)).toMatch(problem);
  });

  it('opens its own file when typed in another Unicode normalisation form', async () => {
    const composed = 'café près du tŷ'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const sealed = await encryptBackup('{"a":1}', composed, crypto, 100_000);
    expect(await decryptBackup(sealed, decomposed, crypto)).toEqual({ ok: true, text: '{"a":1}' });
  });
});
