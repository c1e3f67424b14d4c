import { chosenValues, type Chosen } from '../../lib/domain/choice-values';
import type { Choice } from './ChoiceGroup';

/**
 * A choice field's options: its values as the registry lists them (every value but ''), in that
 * order, each with its words in the panel's language (lib/i18n, `choices`).
 */
export function choicesOf<T extends string | number>(
  values: readonly T[],
  words: Readonly<Record<Chosen<T>, string>>,
): Choice<Chosen<T>>[] {
  return chosenValues(values).map((value) => ({ value, label: words[value] }));
}
