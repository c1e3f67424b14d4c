/**
 * Checks on the local patient reference the clinician types (docs/privacy.md, "What is stored, and where").
 * We suggest a local reference such as initials and year of birth, so that the
 * sidebar's store never holds a national identifier or a full name by accident.
 */
export type PatientRefWarning = 'nhs-number' | 'full-name';

/**
 * True for 10 digits (spaces or dashes allowed, as in "943 476 5919") whose
 * last digit is the NHS modulus-11 check digit. Weights 10..2 on the first nine
 * digits; 11 − (sum mod 11), where 11 means 0 and 10 means "not a valid number".
 */
export function isValidNhsNumber(text: string): boolean {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** Any run of ten digits (with optional separators) inside the reference that passes the checksum. */
export function containsNhsNumber(text: string): boolean {
  const candidates = text.match(/\d[\d\s-]{8,}\d/g) ?? [];
  return candidates.some((candidate) => isValidNhsNumber(candidate));
}

/**
 * Two or more words of letters, at least two of them longer than an initial
 * ("John Smith", "mary o'neil"), with no digits. "JS 1970" or "J.S." pass.
 */
export function looksLikeFullName(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || /\d/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length < 2) return false;
  if (!words.every((word) => /^\p{L}[\p{L}'’.-]*$/u.test(word))) return false;
  return words.filter((word) => word.replace(/[.'’-]/g, '').length >= 2).length >= 2;
}

/** The warnings to show for a reference, most serious first; empty when it looks like a local reference. */
export function patientRefWarnings(text: string): PatientRefWarning[] {
  const warnings: PatientRefWarning[] = [];
  if (containsNhsNumber(text)) warnings.push('nhs-number');
  if (looksLikeFullName(text)) warnings.push('full-name');
  return warnings;
}
