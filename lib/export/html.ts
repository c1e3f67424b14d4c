import type { PlanDocument, PlanLine } from '../plan/plan-types';
import { escapeHtml } from './escape-html';

function lineHtml(l: PlanLine): string {
  const text = escapeHtml(l.quote ? `“${l.text}”` : l.text);
  return `<p>${l.label ? `<strong>${escapeHtml(l.label)}:</strong> ` : ''}${text}</p>`;
}

/**
 * One document as an HTML fragment (headings and one paragraph per line), for
 * rich-text editors and the clipboard's text/html. Every piece of text is escaped.
 */
export function planToHtmlFragment(doc: PlanDocument, headingLevel: 1 | 2 | 3 = 2): string {
  const h = `h${headingLevel}`;
  const sub = `h${headingLevel + 1}`;
  const sections = doc.sections
    .map((s) => `<${sub}>${escapeHtml(s.heading)}</${sub}>${s.lines.map(lineHtml).join('')}`)
    .join('');
  return `<${h}>${escapeHtml(doc.title)}</${h}>${sections}`;
}

export interface HtmlPageOptions {
  /** Large print is the default for patients; extra-large on request (docs/framework.md, "Who it serves"). */
  size: 'large' | 'extra-large';
  title: string;
}

// A4, large clear type, no external resources: the file opens and prints offline.
const STYLE = `
@page { size: A4; margin: 15mm; }
body { overflow-wrap: anywhere; font-family: Arial, Helvetica, sans-serif; font-size: 16pt; line-height: 1.5; color: #000; background: #fff; margin: 0 auto; max-width: 60em; padding: 1em; }
body.extra-large { font-size: 22pt; }
h1 { font-size: 1.6em; margin: 0 0 0.5em; } h2 { font-size: 1.3em; margin: 1em 0 0.3em; } p { margin: 0 0 0.4em; }
.languages { display: grid; grid-template-columns: repeat(var(--columns), minmax(0, 1fr)); gap: 2em; }
section { break-inside: avoid; }`;

/** No script, no fetch, no form, no base: only the page's own inline styles and data images. */
export const DOWNLOAD_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** A complete, self-contained HTML page (download or print): one column per language. */
export function plansToHtmlPage(docs: readonly PlanDocument[], options: HtmlPageOptions): string {
  const columns = docs
    .map(
      (doc) =>
        `<article lang="${doc.language === 'cy' ? 'cy' : 'en-GB'}">${planToHtmlFragment(doc, 1)}</article>`,
    )
    .join('');
  return [
    '<!doctype html>',
    `<html lang="${docs[0]?.language === 'cy' ? 'cy' : 'en-GB'}">`,
    '<head><meta charset="utf-8">',
    // Opened from Downloads the page has no extension policy: its own allows its styles and nothing else.
    `<meta http-equiv="Content-Security-Policy" content="${DOWNLOAD_CSP}">`,
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${STYLE}</style></head>`,
    `<body class="${options.size}"><div class="languages" style="--columns: ${Math.max(1, docs.length)}">${columns}</div></body>`,
    '</html>',
  ].join('\n');
}
