import type { Responsibility } from '../../lib/domain/consultation';
import { removeItem, replaceItem } from '../../lib/domain/list-edit';
import { newId } from '../../lib/ids/new-id';
import type { TaskPerson } from '../../lib/domain/task-people';
import { SelectField } from './SelectField';
import { TaskAddBox } from './TaskAddBox';
import { TextField } from './TextField';

const WHO = [
  { value: 'patient', label: 'The patient' },
  { value: 'clinician', label: 'The clinician' },
  { value: 'other', label: 'Someone else' },
] as const;

/**
 * Who does what (framework.md §5): the patient first, because the plan is theirs. `people` are
 * those already named in this consultation (lib/domain/task-people.ts), one click each.
 */
export function ResponsibilityList(props: {
  items: readonly Responsibility[];
  people: readonly TaskPerson[];
  onChange: (items: Responsibility[]) => void;
}) {
  const { items, people, onChange } = props;
  return (
    <div>
      <TaskAddBox
        people={people}
        onAdd={(task, person) => onChange([...items, { id: newId(), ...person, task }])}
      />
      {items.map((item, index) => (
        <fieldset key={item.id} class="item-card">
          <legend>
            Task {index + 1}: {item.task}
          </legend>
          <TextField
            label="Task"
            value={item.task}
            onChange={(task) => onChange(replaceItem(items, item.id, { task }))}
          />
          <SelectField
            label="Who"
            choices={WHO}
            value={item.who}
            onChange={(who) => onChange(replaceItem(items, item.id, { who }))}
          />
          {item.who === 'other' ? (
            <TextField
              label="Who else (name or role)"
              value={item.otherName}
              onChange={(otherName) => onChange(replaceItem(items, item.id, { otherName }))}
            />
          ) : null}
          <button type="button" onClick={() => onChange(removeItem(items, item.id))}>
            Remove task
          </button>
        </fieldset>
      ))}
    </div>
  );
}
