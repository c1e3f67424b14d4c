import type { ConsultationPath } from '../../lib/domain/elements';

interface PathChoiceProps {
  path: ConsultationPath;
  onChange: (path: ConsultationPath) => void;
}

/** Quick (agenda → options → agreed plan) or Full (all seven); docs/quick-path.md. */
export function PathChoice({ path, onChange }: PathChoiceProps) {
  return (
    <fieldset class="path-choice">
      <legend class="visually-hidden">Path</legend>
      {(['quick', 'full'] as const).map((value) => (
        <label key={value} class={`path-choice__option${path === value ? ' is-on' : ''}`}>
          <input
            autocomplete="off"
            type="radio"
            class="visually-hidden"
            name="path"
            value={value}
            checked={path === value}
            onChange={() => onChange(value)}
          />
          {value === 'quick' ? 'Quick path' : 'Full path'}
        </label>
      ))}
    </fieldset>
  );
}
