/**
 * Checks on free text inside a grid. Grid content is always rendered as text,
 * never markup (shared/style.md rule 5), so markup here cannot run; but a file
 * carrying `<script>` or `onerror=` is hostile or broken, and a practice
 * should hear about it at import rather than print it for a patient.
 */

// A tag opener such as `<b`, `</p`, `<!--`, `<?xml`. "BP < 140" (a digit) passes.
const MARKUP = /<\s*[a-z!/?]/i;
// An HTML event-handler attribute: onerror=, onclick = "…".
const EVENT_HANDLER = /\bon[a-z]{3,}\s*=/i;
// Controls other than tab and newline, and the bidirectional overrides that can
// make text read differently from how it is stored ("Trojan Source").

const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/** A plain-words reason the text is not allowed, or '' when it is fine. */
export function textProblem(text: string): string {
  if (MARKUP.test(text)) return 'must be plain text, not HTML or other markup (found a "<" tag)';
  if (EVENT_HANDLER.test(text)) return 'must be plain text (found something like an HTML "on…=" attribute)';
  if (INVISIBLE.test(text)) return 'contains invisible control characters';
  return '';
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks untrusted JSON before the schema sees it: refuses the keys that could
 * pollute object prototypes if anything later merged the data, and nesting
 * deeper than any grid needs. Returns plain-words problems (empty when safe).
 */
export function unsafeStructure(value: unknown, maxDepth: number): string[] {
  const problems: string[] = [];
  const walk = (node: unknown, path: string, depth: number): void => {
    if (problems.length >= 10 || node === null || typeof node !== 'object') return;
    if (depth > maxDepth) {
      problems.push(`${path || 'The file'}: is nested too deeply to be a grid`);
      return;
    }
    for (const key of Object.keys(node)) {
      const child = path ? `${path}.${key}` : key;
      if (UNSAFE_KEYS.has(key)) problems.push(`${child}: the name "${key}" is not allowed in a grid file`);
      else walk((node as Record<string, unknown>)[key], child, depth + 1);
    }
  };
  walk(value, '', 0);
  return problems;
}
