const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** Tags that end a line of text when HTML becomes plain text. */
const LINE_TAGS = /^(?:br|\/p|\/div|\/li|\/h\d|\/tr)$/i;
/** Longest entity read: "&#x10FFFF;" and the named ones above are all shorter. */
const MAX_ENTITY = 10;

const isLetter = (ch: string | undefined) => ch !== undefined && /[a-z]/i.test(ch);

function entity(body: string): string | null {
  if (body.startsWith('#x') || body.startsWith('#X')) {
    if (!/^[0-9a-f]+$/i.test(body.slice(2))) return null;
    const code = parseInt(body.slice(2), 16);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : null;
  }
  if (body.startsWith('#')) {
    if (!/^\d+$/.test(body.slice(1))) return null;
    const code = Number(body.slice(1));
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : null;
  }
  return ENTITIES[body.toLowerCase()] ?? null;
}

/**
 * HTML source pasted as text becomes the text it shows: tags become a space (a line end for those
 * that end a line), entities their character. One pass from left to right, each character looked
 * at a bounded number of times, so a crafted paste (thousands of "<a" with no ">") costs no more
 * than a plain one: the regular expressions this replaces rescanned the rest of the text from
 * every "<".
 */
export function stripMarkup(text: string): string {
  const out: string[] = [];
  let nextClose = -1;
  let copied = 0;
  const replace = (from: number, to: number, by: string) => {
    out.push(text.slice(copied, from), by);
    copied = to;
  };
  for (let i = 0; i < text.length; i = Math.max(i + 1, copied)) {
    const ch = text[i];
    if (ch === '<' && (isLetter(text[i + 1]) || (text[i + 1] === '/' && isLetter(text[i + 2])))) {
      // Where the next ">" is, found once and reused until passed: linear over the whole text.
      if (nextClose !== -2 && nextClose <= i) nextClose = text.indexOf('>', i + 1);
      if (nextClose === -1) nextClose = -2;
      if (nextClose > i) {
        const name = /^\/?[a-z0-9]*/i.exec(text.slice(i + 1, Math.min(nextClose, i + 12)))?.[0] ?? '';
        replace(i, nextClose + 1, LINE_TAGS.test(name) ? '\n' : ' ');
      }
    } else if (ch === '&') {
      const end = text.slice(i + 1, i + 1 + MAX_ENTITY).indexOf(';');
      const decoded = end > 0 ? entity(text.slice(i + 1, i + 1 + end)) : null;
      if (decoded !== null) replace(i, i + end + 2, decoded);
    }
  }
  out.push(text.slice(copied));
  return out.join('');
}
