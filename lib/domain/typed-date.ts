/**
 * Dates typed the UK way (docs/quick-path.md, "Dates"): day first, whatever
 * the browser's locale. A browser's own date box follows its locale, so in a
 * browser set to mm/dd/yyyy "13042026" silently became 4 December 2026. This
 * parser is pure and total: it returns a calendar date (yyyy-mm-dd) or a
 * reason in plain words, never a guess.
 */
export type TypedDate = { ok: true; iso: string } | { ok: false; reason: string };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const SHAPE = 'Type the date as day/month/year, for example 13/04/2026.';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Two-digit years are this century: "26" is 2026. */
function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function check(day: number, month: number, year: number): TypedDate {
  if (month < 1 || month > 12) {
    return { ok: false, reason: `There is no month ${month}. ${SHAPE}` };
  }
  if (year < 1900 || year > 2199) return { ok: false, reason: `The year ${year} looks wrong. ${SHAPE}` };
  const last = daysIn(year, month);
  if (day < 1 || day > last) {
    return { ok: false, reason: `${MONTHS[month - 1]} ${year} has ${last} days, so there is no day ${day}.` };
  }
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` };
}

/**
 * Reads `text` as a date, day first: "13/04/2026", "13-4-26", "13.04.2026",
 * "13 04 2026", "13042026", "130426", or an ISO "2026-04-13". Digits run
 * together must be six or eight long (ddmmyy, ddmmyyyy); anything else could
 * be more than one date and is refused rather than guessed. '' is not a date.
 */
export function parseTypedDate(text: string): TypedDate {
  const t = text.trim();
  if (t === '') return { ok: false, reason: SHAPE };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return check(Number(iso[3]), Number(iso[2]), Number(iso[1]));
  const parts = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2}|\d{4})$/.exec(t);
  if (parts) return check(Number(parts[1]), Number(parts[2]), fullYear(parts[3] ?? ''));
  if (/^\d+$/.test(t)) {
    if (t.length === 8) return check(Number(t.slice(0, 2)), Number(t.slice(2, 4)), Number(t.slice(4)));
    if (t.length === 6) return check(Number(t.slice(0, 2)), Number(t.slice(2, 4)), fullYear(t.slice(4)));
    return {
      ok: false,
      reason: `“${t}” could be more than one date. Type it with slashes, for example 13/04/2026.`,
    };
  }
  if (/^\d{1,2}\s*[/.\-]\s*\d{1,2}$/.test(t)) return { ok: false, reason: `Add the year. ${SHAPE}` };
  return { ok: false, reason: SHAPE };
}

/** "Monday 13 April 2026" for a valid yyyy-mm-dd, '' for anything else (total, like every formatter). */
export function dateInWords(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!check(day, month, year).ok) return '';
  const weekday = DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
  return `${weekday} ${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** "13/04/2026" for a stored yyyy-mm-dd, so a saved date shows as the clinician would type it. */
export function dateAsTyped(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
