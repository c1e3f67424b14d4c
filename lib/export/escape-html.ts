import { neutraliseBidi } from '../domain/read-values';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const MARKUP = /[&<>"']/;
const MARKUP_ALL = /[&<>"']/g;

/**
 * Escapes text for an HTML text node or quoted attribute: consultation text is data, never
 * markup, and bidirectional controls are dropped (lib/plan/safe-text.ts).
 */
export function escapeHtml(value: string): string {
  const text = neutraliseBidi(value);
  // Tested before replaced: most text holds nothing to escape, and every narrative and page line
  // comes through here (docs/performance.md, "Plan build").
  return MARKUP.test(text) ? text.replace(MARKUP_ALL, (ch) => ENTITIES[ch] ?? ch) : text;
}
