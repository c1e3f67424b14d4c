import { useId } from 'preact/hooks';
import type { BriefIntervention } from '../../lib/brief-interventions/built-in';
import { isPicked, picksOf, pickNoteLine, samePick, togglePick } from '../../lib/brief-interventions/picks';
import { briefInterventionList } from '../../lib/brief-interventions/practice-list';
import { useApp } from '../app-context';
import { useSection } from '../ui/use-section';
import './brief-interventions.css';

/**
 * Brief intervention quick picks (docs/brief-interventions.md): smoking, moving more, weight
 * and alcohol, naming the services of the practice's nation, or the practice's own list. A
 * tick writes the service into implementation, the patient's plan (both languages) and the note.
 */
export function BriefInterventionPicks() {
  const { settings } = useApp();
  const [implementation, set] = useSection('implementation');
  const id = useId();
  const { nation, briefInterventions, confirmedServices } = settings.value;
  const offered = briefInterventionList(nation, briefInterventions, confirmedServices);
  // A pick made from an older list (or another nation) stays shown, so it can be taken away.
  const older: BriefIntervention[] = picksOf(implementation)
    .filter((pick) => !offered.some((entry) => samePick(pick, entry)))
    .map((pick) => ({ ...pick }));
  const toggle = (entry: BriefIntervention) => set(togglePick(implementation, entry));
  return (
    <fieldset class="brief-picks" aria-describedby={`${id}-hint`}>
      <legend class="field__label">Brief interventions</legend>
      <p id={`${id}-hint`} class="field__hint">
        Tick what you offered. The service goes into the plan (English and Welsh) and your note.
      </p>
      <ul class="brief-picks__list">
        {[...offered, ...older].map((entry) => (
          <li key={`${entry.id} ${entry.service}`}>
            <label class="choice brief-picks__item">
              <input
                type="checkbox"
                autocomplete="off"
                checked={isPicked(implementation, entry)}
                onChange={() => toggle(entry)}
              />
              <span>
                <strong>{entry.topic}</strong>
                <span class="brief-picks__service">{pickNoteLine({ ...entry, topic: '' })}</span>
                {entry.confirmation ? (
                  <span class="brief-picks__service field__hint">{entry.confirmation}</span>
                ) : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
