/**
 * What a team export must never carry, looked for in every key and value before the
 * shape is checked, so the reason given is the real one ("a patient reference"), not
 * "an unknown field".
 */
const PATIENT_KEY = /patient|nhs|chi\b|ref|name|birth|dob|address|postcode|phone|email/i;
const FREE_TEXT_KEY = /note|text|comment|goal|what|why|rationale|free/i;
/** A day, in any of the forms a record or spreadsheet writes one. */
const DAY =
  /\d{4}-\d{2}-\d{2}|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** An NHS or CHI number (ten digits, perhaps spaced 3 3 4), or any six digits in a row. */
const NUMBER_REFERENCE = /\d{3}[ -]?\d{3}[ -]?\d{4}|\d{6}/;
/** Longer than any field of the format: only typed text is this long. */
const LONGEST_FIELD = 80;

export type Identifiable =
  | { kind: 'patient-reference'; where: string }
  | { kind: 'day'; where: string; value: string }
  | { kind: 'free-text'; where: string };

/** The first thing in `value` that could identify a patient or a day, or null. Linear in its size. */
export function findIdentifiable(value: unknown, where = ''): Identifiable | null {
  if (typeof value === 'string') {
    const day = DAY.exec(value);
    if (day) return { kind: 'day', where, value: day[0] };
    if (NUMBER_REFERENCE.test(value)) return { kind: 'patient-reference', where };
    if (value.length > LONGEST_FIELD) return { kind: 'free-text', where };
    return null;
  }
  if (typeof value === 'number') {
    return Number.isInteger(value) && Math.abs(value) >= 100_000
      ? { kind: 'patient-reference', where }
      : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findIdentifiable(value[i], `${where}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const path = where ? `${where}.${key}` : key;
      if (PATIENT_KEY.test(key)) return { kind: 'patient-reference', where: path };
      if (FREE_TEXT_KEY.test(key)) return { kind: 'free-text', where: path };
      const found = findIdentifiable(key, path) ?? findIdentifiable(item, path);
      if (found) return found;
    }
  }
  return null;
}
