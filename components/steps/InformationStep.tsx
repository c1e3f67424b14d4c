import { ELEMENT_REGISTRY } from '../../lib/domain/element-registry';
import { removeItem, replaceItem } from '../../lib/domain/list-edit';
import { newId } from '../../lib/ids/new-id';
import { AddBox } from '../fields/AddBox';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { choicesOf } from '../fields/choices-of';
import { TextField } from '../fields/TextField';
import { StepFrame } from './StepFrame';
import { useSection, useStrings } from '../ui/use-section';

const NEXT_STEPS = ELEMENT_REGISTRY.information.kinds.nextStep.values;

/** Element 3 (framework.md §3): what is still missing, who gets it, and whether to carry on. */
export function InformationStep() {
  const [info, set] = useSection('information');
  const words = useStrings().choices;
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
        choices={choicesOf(NEXT_STEPS, words.informationNextStep)}
        value={info.nextStep}
        onChange={(nextStep) => set({ nextStep })}
      />
    </StepFrame>
  );
}
