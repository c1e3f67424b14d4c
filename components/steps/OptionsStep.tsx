import { chooseOption } from '../../lib/domain/choice';
import { DO_NOTHING_OPTION } from '../../lib/plan/product-options';
import { CARE_AIMS, type OptionDiscussed } from '../../lib/domain/consultation';
import { removeOption } from '../../lib/domain/consultation-actions';
import { replaceItem } from '../../lib/domain/list-edit';
import { newId } from '../../lib/ids/new-id';
import { useModel } from '../app-context';
import { AddBox } from '../fields/AddBox';
import { ChipGroup } from '../fields/ChipGroup';
import { OptionCard } from '../fields/OptionCard';
import { TextField } from '../fields/TextField';
import { GridPanel } from '../option-grid/GridPanel';
import { StepFrame } from './StepFrame';
import { useSection, useStrings } from '../ui/use-section';
import './quick-path.css';

function newOption(label: string, isDoNothing = false): OptionDiscussed {
  return { id: newId(), label, pros: '', cons: '', isDoNothing };
}

/**
 * Element 4 (framework.md §4): the problem, the care aims as chips, the options
 * (from a grid via <GridPanel>, suggested from the agenda, or typed here)
 * including doing nothing, and the patient's choice, one click each
 * (docs/quick-path.md, "One click chooses").
 */
export function OptionsStep() {
  const model = useModel();
  const [options, set] = useSection('options');
  const strings = useStrings();
  const hasDoNothing = options.options.some((o) => o.isDoNothing);

  const remove = (id: string) => model.apply(removeOption, id);

  return (
    <StepFrame id="options">
      <TextField
        label="The problem, as we agree it"
        value={options.problem}
        onChange={(problem) => set({ problem })}
      />
      <ChipGroup
        legend="Care aims"
        choices={CARE_AIMS.map((aim) => ({
          value: aim,
          label: strings.careAims[aim].name,
          description: strings.careAims[aim].description,
        }))}
        value={options.careAims}
        onChange={(careAims) => set({ careAims })}
      />
      <GridPanel />
      <h3 class="step__subtitle">Options discussed</h3>
      <div class="options-add">
        <AddBox
          label="Add an option"
          onAdd={(label) => set({ options: [...options.options, newOption(label)] })}
        />
        {hasDoNothing ? null : (
          <button
            type="button"
            onClick={() => set({ options: [...options.options, newOption(DO_NOTHING_OPTION.en, true)] })}
          >
            Add “do nothing for now”
          </button>
        )}
      </div>
      {options.options.map((option, index) => (
        <OptionCard
          key={option.id}
          option={option}
          number={index + 1}
          leaning={options.leaning.includes(option.id)}
          onChange={(patch) => set({ options: replaceItem(options.options, option.id, patch) })}
          onLeaning={(on) => model.apply(chooseOption, option.id, on)}
          onRemove={() => remove(option.id)}
        />
      ))}
      <TextField
        label="What mattered to the patient in weighing the options"
        value={options.whatMattered}
        onChange={(whatMattered) => set({ whatMattered })}
        rows={2}
      />
    </StepFrame>
  );
}
