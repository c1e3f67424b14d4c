/**
 * The few pieces of iCalendar (RFC 5545) a patient's calendar file needs: text escaped (§3.3.11),
 * lines folded at 75 octets without splitting a character (§3.1), CRLF line ends.
 */

/** TEXT value: backslash, semicolon and comma escaped, a line break as \n. */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** One content line folded: at most 75 octets a line, continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; a continuation holds 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Content lines joined with CRLF, each folded, ending with CRLF. */
export const icsLines = (lines: readonly string[]): string => `${lines.map(foldLine).join('\r\n')}\r\n`;

/** "20270118" from "2027-01-18", or '' for anything that is not a real day. */
export function icsDate(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return '';
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? '' : day.replace(/-/g, '');
}

/** The day after an ICS date (an all-day event ends the next day). */
export function icsNextDay(date: string): string {
  const d = new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8)) + 1),
  );
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}
