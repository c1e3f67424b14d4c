import type { ActivationLevel } from '../../lib/domain/consultation';
import type { Catalogue } from '../../lib/i18n/types';
import { ChoiceGroup } from './ChoiceGroup';

const LEVELS: readonly ActivationLevel[] = [1, 2, 3, 4];

/**
 * The clinician's four-level estimate of activation (framework.md §2). Plain
 * descriptions of our own: the licensed Patient Activation Measure is never reproduced.
 */
export function ActivationChoice(props: {
  value: ActivationLevel | null;
  onChange: (value: ActivationLevel) => void;
  strings: Catalogue['activation'];
}) {
  return (
    <ChoiceGroup
      legend="Activation (your estimate)"
      choices={LEVELS.map((level) => ({
        value: level,
        label: `Level ${level}`,
        description: props.strings[level],
      }))}
      value={props.value}
      onChange={props.onChange}
    />
  );
}
