import type { OptionGrid } from './grid';

/**
 * Starting points for the grid editor (options page): a blank grid, or a copy
 * of an existing one that becomes the clinician's own (local) grid, so edits
 * never change a bundled or practice grid (docs/option-grids.md).
 */

/** "Knee pain (OA)!" → "knee-pain-oa"; '' when nothing usable is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const root = base || 'grid';
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) if (!taken.has(`${root}-${n}`)) return `${root}-${n}`;
}

function addYears(isoDate: string, years: number): string {
  const year = Number(isoDate.slice(0, 4)) + years;
  const rest = isoDate.slice(4) === '-02-29' ? '-02-28' : isoDate.slice(4);
  return `${year}${rest}`;
}

/** A blank grid with two options (one of them "wait and see") and one row, ready to fill in. */
export function blankGrid(today: string, taken: ReadonlySet<string>): OptionGrid {
  return {
    id: uniqueId('new-grid', taken),
    version: '1.0',
    language: 'en',
    title: '',
    decision: '',
    keywords: [],
    options: [
      { id: 'option-1', label: '', isDoNothing: false, mainBenefit: '', mainDownside: '' },
      { id: 'wait', label: 'Wait and see', isDoNothing: true, mainBenefit: '', mainDownside: '' },
    ],
    questions: [{ id: 'question-1', question: '', answers: { 'option-1': '', wait: '' }, sourceIds: [] }],
    sources: [{ id: 'source-1', citation: '', url: 'https://' }],
    author: '',
    organisation: '',
    // No lastReviewed: only a sign-off sets it (docs/option-grids.md).
    reviewDue: addYears(today, 2),
  };
}

/** A copy to edit as my own grid: new id, same content, and no sign-off (nobody has reviewed the copy). */
export function copyAsLocal(grid: OptionGrid, taken: ReadonlySet<string>): OptionGrid {
  const { signOff: _signOff, lastReviewed: _lastReviewed, ...content } = grid;
  return structuredClone({ ...content, id: uniqueId(`${grid.id}-copy`.slice(0, 80), taken) });
}

/** The next free id such as "option-3" among `existing`. */
export function nextPartId(prefix: string, existing: readonly { id: string }[]): string {
  return uniqueId(`${prefix}-${existing.length + 1}`, new Set(existing.map((part) => part.id)));
}
