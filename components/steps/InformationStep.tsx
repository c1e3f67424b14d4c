import type { InformationGathering } from '../../lib/domain/consultation';
import { removeItem, replaceItem } from '../../lib/domain/list-edit';
import { newId } from '../../lib/ids/new-id';
import { AddBox } from '../fields/AddBox';
import { ChoiceGroup, type Choice } from '../fields/ChoiceGroup';
import { TextField } from '../fields/TextField';
import { StepFrame } from './StepFrame';
import { useSection } from '../ui/use-section';

const NEXT_STEPS: readonly Choice<Exclude<InformationGathering['nextStep'], ''>>[] = [
  { value: 'continue', label: 'Carry on and decide today' },
  { value: 'continue-later', label: 'Stop here and continue at another appointment' },
  { value: 'refer', label: 'Refer on' },
];

/** Element 3 (framework.md §3): what is still missing, who gets it, and whether to carry on. */
export function InformationStep() {
  const [info, set] = useSection('information');
  return (
    <StepFrame id="information">
      <AddBox
        label="Information still needed"
        hint="e.g. blood test, home readings, time to talk to family"
        onAdd={(what) => set({ needed: [...info.needed, { id: newId(), what, who: '', byWhen: '' }] })}
      />
      {info.needed.map((need, index) => (
        <fieldset key={need.id} class="item-card">
          <legend>
            Needed {index + 1}: {need.what}
          </legend>
          <TextField
            label="What"
            value={need.what}
            onChange={(what) => set({ needed: replaceItem(info.needed, need.id, { what }) })}
          />
          <TextField
            label="Who gets it"
            value={need.who}
            onChange={(who) => set({ needed: replaceItem(info.needed, need.id, { who }) })}
          />
          <TextField
            label="By when"
            value={need.byWhen}
            onChange={(byWhen) => set({ needed: replaceItem(info.needed, need.id, { byWhen }) })}
          />
          <button type="button" onClick={() => set({ needed: removeItem(info.needed, need.id) })}>
            Remove
          </button>
        </fieldset>
      ))}
      <TextField
        label="Effect on daily life"
        value={info.dailyImpact}
        onChange={(dailyImpact) => set({ dailyImpact })}
        rows={2}
      />
      <ChoiceGroup
        legend="What next"
        choices={NEXT_STEPS}
        value={info.nextStep}
        onChange={(nextStep) => set({ nextStep })}
      />
    </StepFrame>
  );
}
