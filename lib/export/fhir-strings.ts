// Control characters other than tab and new lines: FHIR strings may not hold them, and a paste
// from another system can bring them in.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// The same characters as JSON.stringify writes them (\b, \f, \u0000–\u001f; DEL is written as it
// is). A typed backslash also matches, which only costs the full walk below.
const CONTROL_IN_JSON = /\\[bfu]|\u007F/;

/**
 * The value with every string inside it free of control characters; nothing else changes. Almost
 * every document holds none, so one native JSON.stringify decides, and only a value that may hold
 * one is walked and copied: walking every export cost more than all its narratives
 * (docs/performance.md, "Plan build").
 */
export function withoutControls<T>(value: T): T {
  return mayHoldControls(JSON.stringify(value) ?? '') ? stripped(value) : value;
}

/** Whether JSON text may hold a control character (false means it holds none). */
export function mayHoldControls(json: string): boolean {
  return CONTROL_IN_JSON.test(json);
}

function stripped<T>(value: T): T {
  if (typeof value === 'string') return value.replace(CONTROL, '') as T;
  if (Array.isArray(value)) return value.map(stripped) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripped(v)])) as T;
  }
  return value;
}
