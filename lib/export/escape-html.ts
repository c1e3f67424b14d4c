import { neutraliseBidi } from '../domain/read-values';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for an HTML text node or quoted attribute: consultation text is data, never
 * markup, and bidirectional controls are dropped (lib/plan/safe-text.ts).
 */
export function escapeHtml(value: string): string {
  return neutraliseBidi(value).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
