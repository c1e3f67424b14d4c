import type { Consultation, PlanCopyGiven, PreparationSheetGiven } from '../domain/consultation';
import { EN } from '../i18n/en';
import { NOTE_WORDS } from '../i18n/record-words';
import { clean, list } from '../domain/read-values';

/**
 * The clinician note's wording for coded values: words, never ids, from the note's own list of
 * words (lib/i18n/record-words.ts). Looked up by whatever value a record holds, so a value this
 * version does not know finds nothing rather than a wrong word.
 */
export const SUPPORT_NEEDED: Readonly<Record<number, string>> = NOTE_WORDS.supportNeeded;
export const NEXT_STEP_WORDS: Readonly<Record<string, string>> = NOTE_WORDS.reviewNextStep;
export const ATTAINMENT_WORDS: Readonly<Record<string, string>> = NOTE_WORDS.attainment;

export const careAimName = (aim: string): string =>
  (EN.careAims as Record<string, { name: string } | undefined>)[aim]?.name ?? clean(aim);

const LANGUAGE_WORDS = { en: 'English', cy: 'Welsh' } as const;

/** "Reasonable adjustments": language, large print, interpreter, carer and their role, needs. */
export function reasonableAdjustments(c: Consultation): string {
  const p = c.preparation;
  const present = list(p.present);
  const note = clean(p.presentNote);
  return [
    p.language === 'cy' ? 'plan in Welsh' : p.language === 'both' ? 'plan in English and Welsh' : '',
    p.largePrint === true ? 'large print' : '',
    present.includes('interpreter') ? 'interpreter present' : '',
    present.includes('carer') ? `carer present${note ? ` (${note})` : ''}` : '',
    present.includes('family')
      ? `family present${note && !present.includes('carer') ? ` (${note})` : ''}`
      : '',
    present.includes('other') && !present.includes('carer') && !present.includes('family') && note
      ? `also present: ${note}`
      : '',
    clean(p.communicationNeeds) ? `communication needs: ${clean(p.communicationNeeds)}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * "downloaded, text message; English / Welsh; with option grid statins-cvd", or '' when no
 * preparation sheet was given.
 */
export function sheetsGivenWords(sheets: readonly PreparationSheetGiven[] | undefined): string {
  const all = list(sheets);
  if (all.length === 0) return '';
  const how = [...new Set(all.map((s) => s.how))];
  const languages = [...new Set(all.flatMap((s) => list(s.languages)))].map((l) => LANGUAGE_WORDS[l]);
  // Named as the clinician saw it; an older record has only the grid's id.
  const grids = [...new Set(all.map((s) => clean(s.gridTitle) || s.gridId).filter(Boolean))];
  return [how.join(', '), languages.join(' / '), grids.length ? `with option grid ${grids.join(', ')}` : '']
    .filter(Boolean)
    .join('; ');
}

const HOW_WORDS: Readonly<Record<PlanCopyGiven['how'], string>> = NOTE_WORDS.copyWay;

/** "printed, sent as a text message; English / Welsh", or '' when no copy was given. */
export function copiesGivenWords(copies: readonly PlanCopyGiven[] | undefined): string {
  const all = list(copies);
  if (all.length === 0) return '';
  const how = [...new Set(all.map((c) => HOW_WORDS[c.how] ?? clean(c.how)))];
  const languages = [...new Set(all.flatMap((c) => list(c.languages)))].map((l) => LANGUAGE_WORDS[l]);
  return `${how.join(', ')}${languages.length ? `; ${languages.join(' / ')}` : ''}`;
}
