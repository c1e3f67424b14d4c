/**
 * The plan's HTML with every typed line break made visible to a rich editor: a `\n` inside a
 * paragraph's text becomes `<br>`. CKEditor 5 and TinyMCE read HTML as a browser does, where a
 * line break in text is only a space, so a two-line goal would otherwise arrive as one line.
 * Line breaks between tags (the markup's own layout) are left alone. The HTML is already
 * escaped text from lib/export/html.ts: no `<` or `>` occurs inside its text.
 */
export function htmlWithLineBreaks(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<') || !part.includes('\n') || part.trim() === '') return part;
      const lead = /^\s*/.exec(part)?.[0] ?? '';
      const trail = /\s*$/.exec(part)?.[0] ?? '';
      const body = part.slice(lead.length, part.length - trail.length);
      return lead + body.replace(/[ \t]*\r?\n[ \t]*/g, '<br>') + trail;
    })
    .join('');
}

/** A single-line field cannot hold line breaks: lines are joined with " | " (docs/architecture.md). */
export function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' | ');
}

const clean = (line: string) => line.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();

/** The lines a field must hold after a plain-text write: one per line of text, blank ones not counted. */
export function linesOfText(text: string): string[] {
  return text.split('\n').map(clean).filter(Boolean);
}

const BLOCK_TAG =
  /^<\/?(p|div|li|ul|ol|h[1-6]|blockquote|pre|table|tr|section|header|footer|dl|dt|dd|hr)\b[^>]*>$/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * The lines a rich editor must hold after taking this HTML: a block or a `<br>` ends a line, as
 * the editor shows them. The HTML is Cocreate's own escaped markup (lib/export/html.ts), so a tag
 * is always `<…>` and text holds entities only for the five escaped characters.
 */
export function linesOfHtml(html: string): string[] {
  const text = html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (!part.startsWith('<')) return part.replace(/\s+/g, ' ');
      return /^<br\b/i.test(part) || BLOCK_TAG.test(part) ? '\n' : '';
    })
    .join('')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
  return linesOfText(text);
}
