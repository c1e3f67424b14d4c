// Control characters other than tab and new lines: FHIR strings may not hold them, and a paste
// from another system can bring them in.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * The value with every string inside it free of control characters; nothing else changes. Plain
 * loops, and a string is copied only when it holds one: this walks the whole document on every
 * export, the attached patient pages included (docs/performance.md, "Plan build").
 */
export function withoutControls<T>(value: T): T {
  if (typeof value === 'string') return (HAS_CONTROL.test(value) ? value.replace(CONTROL, '') : value) as T;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i += 1) out[i] = withoutControls(value[i] as unknown);
    return out as T;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      // defineProperty, not assignment, so a key named "__proto__" stays a plain key.
      Object.defineProperty(out, key, {
        value: withoutControls((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out as T;
  }
  return value;
}
