/**
 * Reads the hazard log (docs/clinical-safety/hazard-log.md) and lists what makes it unfit to cite as
 * evidence: a hazard with no control, a rating that does not follow the DCB0129 matrix, or a test file
 * that does not exist. The rules are those of docs/clinical-safety/clinical-risk-management-plan.md.
 */

export const SEVERITIES = ['Minor', 'Significant', 'Considerable', 'Major', 'Catastrophic'] as const;
export const LIKELIHOODS = ['Very low', 'Low', 'Medium', 'High', 'Very high'] as const;

/** DCB0129 risk matrix: RISK_MATRIX[likelihood][severity], indexes as in the two lists above. */
const RISK_MATRIX: readonly (readonly number[])[] = [
  [1, 1, 2, 2, 3],
  [1, 2, 2, 3, 4],
  [2, 2, 3, 3, 4],
  [2, 3, 3, 4, 5],
  [3, 4, 4, 5, 5],
];

export function riskRating(severity: string, likelihood: string): number | null {
  const s = SEVERITIES.indexOf(severity as (typeof SEVERITIES)[number]);
  const l = LIKELIHOODS.indexOf(likelihood as (typeof LIKELIHOODS)[number]);
  return s === -1 || l === -1 ? null : (RISK_MATRIX[l]?.[s] ?? null);
}

export const COLUMNS = [
  'Id',
  'Hazard',
  'Cause → effect',
  'Initial severity',
  'Initial likelihood',
  'Initial risk',
  'Controls',
  'Residual severity',
  'Residual likelihood',
  'Residual risk',
  'Verified by',
  'Status',
] as const;
type Column = (typeof COLUMNS)[number];
export type HazardRow = Record<Column, string>;

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** The rows of the first table whose header is exactly COLUMNS. */
export function parseHazardTable(markdown: string): { rows: HazardRow[]; errors: string[] } {
  const lines = markdown.split(/\r?\n/);
  const headerAt = lines.findIndex((line) => line.trim().startsWith('|') && cells(line)[0] === 'Id');
  if (headerAt === -1) return { rows: [], errors: ['No hazard table: no row starting "| Id |".'] };
  const header = cells(lines[headerAt] ?? '');
  if (header.join('|') !== COLUMNS.join('|')) {
    return { rows: [], errors: [`The hazard table's columns must be: ${COLUMNS.join(' | ')}.`] };
  }
  const rows: HazardRow[] = [];
  const errors: string[] = [];
  for (const line of lines.slice(headerAt + 2)) {
    if (!line.trim().startsWith('|')) break;
    const values = cells(line);
    if (values.length !== COLUMNS.length) {
      errors.push(`Row "${values[0] ?? line}" has ${values.length} cells, not ${COLUMNS.length}.`);
      continue;
    }
    rows.push(Object.fromEntries(COLUMNS.map((column, i) => [column, values[i] ?? ''])) as HazardRow);
  }
  return { rows, errors };
}

/** Backticked repository paths in a cell, e.g. `tests/e2e/plan-insert.test.ts`. */
export function citedPaths(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '').filter(Boolean);
}

/**
 * The test cases a cell names: a backticked test file followed by the words of one of its
 * tests in double quotes, e.g. `tests/unit/sms/text-message.test.ts` "stays within 612 GSM septets".
 */
export function citedCases(cell: string): { path: string; words: string }[] {
  return [...cell.matchAll(/`([^`]+)`\s*"([^"]+)"/g)].map((match) => ({
    path: match[1] ?? '',
    words: match[2] ?? '',
  }));
}

/** A hazard whose control is not built yet says so first: "not done: …". */
const notDone = (controls: string): boolean => /^not done\b/i.test(controls.trim());

/**
 * Every problem with the log, in plain words; an empty list means it can be cited. A hazard
 * with controls must name at least one test case that fails without them, by file and by the
 * words of the test, and the file must hold those words. A hazard whose control is "not done"
 * may claim no reduction in risk.
 */
export function checkHazardLog(
  markdown: string,
  fileExists: (path: string) => boolean,
  readFile: (path: string) => string = () => '',
): string[] {
  const { rows, errors } = parseHazardTable(markdown);
  const seen = new Set<string>();
  if (rows.length === 0 && errors.length === 0) errors.push('The hazard table has no rows.');
  for (const row of rows) {
    const id = row.Id;
    if (!/^H-\d{2,3}$/.test(id)) errors.push(`"${id}" is not a hazard id like H-01.`);
    if (seen.has(id)) errors.push(`${id} is used twice.`);
    seen.add(id);
    if (!row.Hazard || !row['Cause → effect']) errors.push(`${id} has no hazard or no cause and effect.`);
    const initial = riskRating(row['Initial severity'], row['Initial likelihood']);
    const residual = riskRating(row['Residual severity'], row['Residual likelihood']);
    if (initial === null)
      errors.push(`${id}: initial severity or likelihood is not one of the matrix's words.`);
    else if (String(initial) !== row['Initial risk'])
      errors.push(
        `${id}: initial risk should be ${initial} by the DCB0129 matrix, not "${row['Initial risk']}".`,
      );
    if (residual === null)
      errors.push(`${id}: residual severity or likelihood is not one of the matrix's words.`);
    else if (String(residual) !== row['Residual risk'])
      errors.push(
        `${id}: residual risk should be ${residual} by the DCB0129 matrix, not "${row['Residual risk']}".`,
      );
    if (initial !== null && residual !== null && residual > initial)
      errors.push(`${id}: residual risk is higher than the initial risk.`);
    if (residual !== null && residual >= 4) errors.push(`${id}: residual risk ${residual} blocks a release.`);
    const paths = citedPaths(row['Verified by']);
    for (const path of paths) {
      if (!/^tests\/.+\.test\.tsx?$/.test(path))
        errors.push(`${id}: "${path}" is not a test file under tests/.`);
      else if (!fileExists(path)) errors.push(`${id}: the test file ${path} does not exist.`);
    }
    if (notDone(row.Controls)) {
      if (initial !== null && residual !== null && residual < initial)
        errors.push(`${id}: its control is not done, so its residual risk must stay at ${initial}.`);
      if (row['Residual likelihood'] === 'Very low')
        errors.push(`${id}: a residual "Very low" needs a tested control, and this one is not done.`);
    } else {
      const controls = row.Controls.split(/<br\s*\/?>|;/)
        .map((c) => c.trim())
        .filter(Boolean);
      if (controls.length === 0) errors.push(`${id} has no control.`);
      else if (!controls.some((c) => /^(D|T):/.test(c)))
        errors.push(`${id} has no design (D:) or test (T:) control; training alone is not enough.`);
      if (paths.length === 0) errors.push(`${id} names no test that verifies its controls.`);
      const cases = citedCases(row['Verified by']);
      if (paths.length > 0 && cases.length === 0)
        errors.push(
          `${id} names no test case that fails without its control: after a test file, quote the words of its test ("…").`,
        );
      for (const { path, words } of cases) {
        if (fileExists(path) && !readFile(path).includes(words))
          errors.push(`${id}: ${path} has no test with the words "${words}".`);
      }
    }
    if (!['Open', 'Closed', 'Transferred'].includes(row.Status))
      errors.push(`${id}: status must be Open, Closed or Transferred.`);
  }
  return errors;
}
