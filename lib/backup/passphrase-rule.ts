/** Fewest characters a backup passphrase may have (docs/privacy.md, "Backups"). */
export const MIN_PASSPHRASE_LENGTH = 12;
/** Fewest words, or kinds of character (lower case, capitals, digits, others), a passphrase needs. */
const MIN_VARIETY = 3;

/**
 * The passphrase as it is turned into a key: Unicode NFC, so "é" typed as one character or as
 * "e" plus an accent (another keyboard, another PC) opens the same file.
 */
export const normalisePassphrase = (passphrase: string): string => passphrase.normalize('NFC');

/**
 * Why a new passphrase is too weak, in plain words, or '' when it will do: at least twelve
 * characters, not all spaces, with at least three words or three kinds of character.
 */
export function passphraseProblem(passphrase: string): string {
  const p = normalisePassphrase(passphrase);
  if (p.trim() === '')
    return `The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters that are not spaces.`;
  if ([...p].length < MIN_PASSPHRASE_LENGTH)
    return `The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  const words = p.split(/\s+/).filter(Boolean).length;
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{Ll}\p{Lu}\p{N}\s]/u].filter((kind) =>
    kind.test(p),
  ).length;
  if (words < MIN_VARIETY && kinds < MIN_VARIETY)
    return 'The passphrase is too easy to guess: use three or more words, or mix capitals, small letters, digits and symbols.';
  return '';
}
