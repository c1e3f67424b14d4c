import type { DocumentLanguage } from './plan-types';

/**
 * The options the product itself adds, in every language a plan is written in: a Welsh plan
 * never prints Cocreate's own English words. Options typed by the clinician are theirs, as typed.
 */
export const DO_NOTHING_OPTION: Record<DocumentLanguage, string> = {
  en: 'Do nothing for now / wait and see',
  cy: 'Peidio â gwneud dim am y tro / aros i weld',
};

const PRODUCT_OPTIONS: readonly Record<DocumentLanguage, string>[] = [DO_NOTHING_OPTION];

/** An option's label in `language`: the product's own wording translated, anything else as it is. */
export function optionLabelIn(label: string, language: DocumentLanguage): string {
  return PRODUCT_OPTIONS.find((words) => words.en === label.trim())?.[language] ?? label;
}
