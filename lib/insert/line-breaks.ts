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
