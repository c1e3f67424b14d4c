import type { GridNation, GridOption, GridSafetyNetLine } from '../../lib/option-grids/grid';
import { servicesAbsentIn } from '../../lib/option-grids/nation-services';
import { CheckboxField } from '../fields/CheckboxField';
import { TextField } from '../fields/TextField';

interface Props {
  /** 1-based, as the practice reads it: "line 2". */
  number: number;
  line: GridSafetyNetLine;
  options: readonly GridOption[];
  onChange: (line: GridSafetyNetLine) => void;
  onRemove: () => void;
}

export const NATION_LABELS: readonly { nation: GridNation; label: string }[] = [
  { nation: 'england', label: 'England' },
  { nation: 'wales', label: 'Wales' },
  { nation: 'scotland', label: 'Scotland' },
  { nation: 'northern-ireland', label: 'Northern Ireland' },
];

/**
 * One "when to get help" line: its words for every nation, the wording of a nation whose
 * route differs (NHS 111, NHS 24, GP Out of Hours), and the options it belongs to, so advice
 * about a medicine reaches only a patient who chose it (docs/option-grids.md, "When to get help").
 */
export function EditorSafetyLine({ number, line, options, onChange, onRemove }: Props) {
  const name = `When to get help, line ${number}`;
  const forOptions = line.forOptions ?? [];
  const hasNation = NATION_LABELS.some(({ nation }) => line.byNation?.[nation] !== undefined);
  // The general wording reaches every nation without its own: say where a service it names does not exist.
  const missing = NATION_LABELS.filter(({ nation }) => !line.byNation?.[nation]).flatMap(
    ({ nation, label }) =>
      servicesAbsentIn(line.text, nation).map((service) => `${service} does not exist in ${label}`),
  );
  const setNation = (nation: GridNation, text: string) => {
    const rest = Object.fromEntries(Object.entries(line.byNation ?? {}).filter(([n]) => n !== nation));
    onChange({ ...line, byNation: text.trim() ? { ...rest, [nation]: text } : rest });
  };
  const setOption = (id: string, on: boolean) => {
    const others = forOptions.filter((o) => o !== id);
    onChange({ ...line, forOptions: on ? [...others, id] : others });
  };
  return (
    <fieldset class="item-card">
      <legend>Line {number}</legend>
      <TextField
        label={name}
        hint={
          missing.length > 0
            ? `${missing.join('; ')}: word this line for those nations below`
            : 'Name no service that exists in only some nations here; word those below'
        }
        rows={2}
        value={line.text}
        onChange={(text) => onChange({ ...line, text })}
      />
      <fieldset>
        <legend>Only for patients who choose (none ticked: every patient)</legend>
        {options.map((option, index) => (
          <CheckboxField
            key={option.id}
            label={`${name}: only for option ${index + 1} (${option.label || 'no name yet'})`}
            checked={forOptions.includes(option.id)}
            onChange={(on) => setOption(option.id, on)}
          />
        ))}
      </fieldset>
      <details class="grid-editor__nations" open={hasNation}>
        <summary>{name}: different wording in a nation</summary>
        <p class="field__hint">Leave a box empty to use the line above there.</p>
        {NATION_LABELS.map(({ nation, label }) => (
          <TextField
            key={nation}
            label={`${name}, in ${label}`}
            rows={2}
            value={line.byNation?.[nation] ?? ''}
            onChange={(text) => setNation(nation, text)}
          />
        ))}
      </details>
      <button type="button" onClick={onRemove}>
        Remove line {number}
      </button>
    </fieldset>
  );
}
