/**
 * The local patient reference (initials and year of birth, docs/privacy.md) read from the EHR
 * page's patient banner, which the insertion lock already reads (lib/insert/isolated-script.ts).
 * Only the reference leaves this function: the banner's text is never stored. Returns '' when
 * the banner does not show both a name and a date of birth in a form read here, so nothing
 * doubtful is offered:
 * - the name as UK EHRs print it, "SURNAME, Forename (Title)", or after a title, "Mrs Jane Smith";
 * - the year of birth from a date after "Born", "DOB", "D.O.B." or "Date of birth":
 *   "12-Mar-1961", "12 March 1961", "12/03/1961", "1961-03-12".
 */
export function referenceFromBanner(banner: string): string {
  const initials = initialsOf(banner);
  const year = yearOfBirth(banner);
  return initials && year ? `${initials} ${year}` : '';
}

const LETTER = "\\p{Lu}[\\p{L}'’-]*";
/** "EXAMPLE, Alex": a surname in capitals (its last word), a comma, a forename. */
const SURNAME_FIRST = new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}[\\p{Lu}'’-]+),\\s*(${LETTER})`, 'u');
/** "Mrs Jane Smith": a title, a forename, a surname. */
const TITLE_FIRST = new RegExp(
  `\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+(${LETTER})\\s+(${LETTER}(?:[ -]${LETTER})*)`,
  'u',
);

function initialsOf(banner: string): string {
  const surnameFirst = SURNAME_FIRST.exec(banner);
  if (surnameFirst) return initial(surnameFirst[2]) + initial(surnameFirst[1]);
  const titleFirst = TITLE_FIRST.exec(banner);
  if (titleFirst) return initial(titleFirst[1]) + initial(titleFirst[2]);
  return '';
}

const initial = (word = ''): string => word.charAt(0).toUpperCase();

/** A birth date follows its label: the year is the date's four-digit year, 1900 to 2099. */
const BORN =
  /(?:\bborn\b|\bdob\b|\bd\.o\.b\.?|\bdate of birth\b)[:\s]*(?:(?:\d{1,2}[-/. ]\s*(?:\d{1,2}|[a-z]{3,9})[-/. ]\s*((?:19|20)\d{2}))|((?:19|20)\d{2})-\d{2}-\d{2})\b/i;

function yearOfBirth(banner: string): string {
  const found = BORN.exec(banner);
  return found?.[1] ?? found?.[2] ?? '';
}
