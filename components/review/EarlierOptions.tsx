import type { EarlierOption } from '../../lib/continuity/earlier-decision';

/** The options discussed last time, each with its benefits and risks where they were given. */
export function EarlierOptions({ options }: { options: readonly EarlierOption[] }) {
  if (options.length === 0) return null;
  return (
    <ul class="earlier-plan__options" aria-label="Options weighed">
      {options.map((o, i) => (
        <li key={i}>
          <span class="earlier-plan__option">{o.label}</span>
          {o.chosen ? ' (chosen)' : ''}
          {o.benefits ? <span class="earlier-plan__weighed">Benefits: {o.benefits}</span> : null}
          {o.risks ? <span class="earlier-plan__weighed">Risks: {o.risks}</span> : null}
        </li>
      ))}
    </ul>
  );
}
