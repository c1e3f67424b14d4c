import { RESPONSIBLE_PEOPLE } from '../../lib/domain/choice-values';
import type { Responsibility, ResponsiblePerson } from '../../lib/domain/consultation';
import { removeItem, replaceItem } from '../../lib/domain/list-edit';
import { newId } from '../../lib/ids/new-id';
import type { TaskPerson } from '../../lib/domain/task-people';
import { choicesOf } from './choices-of';
import { SelectField } from './SelectField';
import { TaskAddBox } from './TaskAddBox';
import { TextField } from './TextField';

/**
 * Who does what (framework.md §5): the patient first, because the plan is theirs. `people` are
 * those already named in this consultation (lib/domain/task-people.ts), one click each.
 */
export function ResponsibilityList(props: {
  items: readonly Responsibility[];
  people: readonly TaskPerson[];
  onChange: (items: Responsibility[]) => void;
  /** The panel's words for who does a task (lib/i18n, `choices.responsible`). */
  whoWords: Readonly<Record<ResponsiblePerson, string>>;
}) {
  const { items, people, onChange } = props;
  // The values the registry gives `agreement.responsibilities.*.who` (lib/domain/element-registry.ts).
  const who = choicesOf(RESPONSIBLE_PEOPLE, props.whoWords);
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
            choices={who}
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
