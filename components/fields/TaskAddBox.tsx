import { useId, useRef, useState } from 'preact/hooks';
import type { TaskPerson } from '../../lib/domain/task-people';
import { FieldLabel } from './FieldLabel';

interface TaskAddBoxProps {
  people: readonly TaskPerson[];
  onAdd: (task: string, person: Pick<TaskPerson, 'who' | 'otherName'>) => void;
}

/**
 * A task and its "who" in one action (docs/quick-path.md, "Who in one click"): type the task, then
 * one click on a person or service already named in this consultation adds it for them; Enter adds
 * it for the patient; a new name typed below adds it for that name, which is then a chip too.
 */
export function TaskAddBox({ people, onAdd }: TaskAddBoxProps) {
  const id = useId();
  const taskBox = useRef<HTMLInputElement>(null);
  const [task, setTask] = useState('');
  const [newName, setNewName] = useState('');
  const [missing, setMissing] = useState(false);

  function add(person: Pick<TaskPerson, 'who' | 'otherName'>) {
    const trimmed = task.trim();
    if (trimmed === '') {
      setMissing(true);
      taskBox.current?.focus();
      return;
    }
    onAdd(trimmed, person);
    setTask('');
    setNewName('');
    setMissing(false);
    // Back to the task box, so the next task is typed straight away.
    taskBox.current?.focus();
  }

  function addForNewName() {
    const name = newName.trim();
    if (name === '') return;
    add({ who: 'other', otherName: name });
  }

  return (
    <div class="task-add">
      <div class="field">
        <FieldLabel id={id} label="Who does what: add a task" hint="Enter adds it for the patient" />
        <input
          ref={taskBox}
          autocomplete="off"
          id={id}
          value={task}
          aria-describedby={missing ? `${id}-hint ${id}-missing` : `${id}-hint`}
          onInput={(event) => {
            setTask(event.currentTarget.value);
            setMissing(false);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            add({ who: 'patient', otherName: '' });
          }}
        />
      </div>
      <div class="task-add__who" role="group" aria-labelledby={`${id}-for`}>
        <span class="field__label" id={`${id}-for`}>
          Add it for
        </span>
        {people.map((person) => (
          <button
            key={`${person.who}:${person.otherName}`}
            type="button"
            class="task-add__person"
            onClick={() => add({ who: person.who, otherName: person.otherName })}
          >
            {person.label}
          </button>
        ))}
      </div>
      <div class="field task-add__new">
        <FieldLabel id={`${id}-new`} label="Or someone new (name or role), then Enter" />
        <input
          autocomplete="off"
          id={`${id}-new`}
          value={newName}
          onInput={(event) => setNewName(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            addForNewName();
          }}
        />
      </div>
      {missing ? (
        <p class="nudge nudge--warn" id={`${id}-missing`} role="status">
          Type the task first, then choose who does it.
        </p>
      ) : null}
    </div>
  );
}
