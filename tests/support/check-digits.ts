/**
 * Check digits of the two code systems that carry one: SNOMED CT identifiers (Verhoeff, with the
 * partition identifier of a concept) and LOINC codes (mod 10 over the part before the hyphen).
 * A mistyped digit fails both; neither proves a code exists.
 */

const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

export function verhoeffValid(digits: string): boolean {
  let c = 0;
  [...digits].reverse().forEach((d, i) => {
    c = D[c]![P[i % 8]![Number(d)]!]!;
  });
  return c === 0;
}

/** A SNOMED CT concept id: 6–18 digits, no leading zero, concept partition (00 or 10), Verhoeff. */
export const isSnomedConceptId = (id: string) =>
  /^[1-9]\d{5,17}$/.test(id) && ['00', '10'].includes(id.slice(-3, -1)) && verhoeffValid(id);

/** A LOINC code: digits, a hyphen, and the mod 10 check digit of those digits. */
export function isLoincCode(code: string): boolean {
  const match = /^(\d{1,7})-(\d)$/.exec(code);
  if (!match) return false;
  const sum = [...match[1]!].reverse().reduce((total, d, i) => {
    const n = i % 2 === 0 ? Number(d) * 2 : Number(d);
    return total + (n > 9 ? n - 9 : n);
  }, 0);
  return (10 - (sum % 10)) % 10 === Number(match[2]);
}
