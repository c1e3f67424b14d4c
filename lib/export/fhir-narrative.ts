import type { Narrative } from '@medplum/fhirtypes';
import { escapeHtml } from './escape-html';

/**
 * A FHIR narrative (Narrative.div) built from plain text only: every piece is escaped, characters
 * XML forbids are dropped, and only the formatting elements FHIR allows are written (h3, p, b,
 * ul, li), so no typed text can become markup or break the XML.
 */

/** One block of a narrative: a line with an optional bold label, or a list of lines. */
export type NarrativeBlock =
  { label?: string; text: string } | { label?: string; items: readonly string[] } | { heading: string };

const XHTML = 'http://www.w3.org/1999/xhtml';
// Control characters other than tab and new lines, and the two non-characters: not allowed in XML.
// DEL too, which XML allows but a FHIR string does not (fhir-strings.ts): so a narrative reads the
// same whether made before or after the document's strings are cleaned.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

const text = (value: string) => escapeHtml(value.replace(NOT_XML, '').trim());
const label = (value: string | undefined) => (value ? `<b>${text(value)}:</b> ` : '');

function block(b: NarrativeBlock): string {
  if ('heading' in b) return text(b.heading) ? `<h3>${text(b.heading)}</h3>` : '';
  if ('items' in b) {
    const items = b.items.map(text).filter(Boolean);
    if (!items.length) return '';
    return `${b.label ? `<p><b>${text(b.label)}:</b></p>` : ''}<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  }
  return text(b.text) ? `<p>${label(b.label)}${text(b.text)}</p>` : '';
}

/** The blocks as a generated narrative; a title keeps it from ever being empty. */
export function narrative(title: string, blocks: readonly NarrativeBlock[]): Narrative {
  const body = [block({ heading: title }), ...blocks.map(block)].join('');
  return { status: 'generated', div: `<div xmlns="${XHTML}">${body || '<p>(no content)</p>'}</div>` };
}
