import type { EarlierPlanDetails } from '../continuity/earlier-plan-details';
import type { CarePlanRead } from './fhir-bundle-schema';
import { ACTIVITY, BRIEF_INTERVENTION_LINE } from './fhir-format';
import { Damaged } from './read-fhir-damage';

/** Each patient's line by the place of the brief intervention it belongs to; Damaged when one is named twice. */
function linesByPlace(plan: CarePlanRead): Map<number, string> {
  const lines = new Map<number, string>();
  for (const n of plan.note ?? []) {
    const found = BRIEF_INTERVENTION_LINE.exec(n.text);
    if (!found) continue;
    const place = Number(found[1]);
    if (lines.has(place)) throw new Damaged();
    lines.set(place, n.text.slice(found[0].length).trim());
  }
  return lines;
}

/**
 * The brief interventions offered, as fhir-brief-interventions.ts writes them: topic and service
 * from the activity's "topic: service" line, the patient's line from the note naming its place.
 * Damaged when a line names a place no brief intervention has.
 */
export function readBriefInterventions(plan: CarePlanRead): EarlierPlanDetails['briefInterventions'] {
  const lines = linesByPlace(plan);
  const read = (plan.activity ?? [])
    .filter((a) => a.detail?.code?.text === ACTIVITY.briefIntervention)
    .map((a, i) => {
      const line = (a.detail?.description ?? '').trim();
      const at = line.indexOf(': ');
      const en = lines.get(i + 1) ?? '';
      return at < 0
        ? { topic: line, service: '', en }
        : { topic: line.slice(0, at).trim(), service: line.slice(at + 2).trim(), en };
    });
  if ([...lines.keys()].some((place) => place < 1 || place > read.length)) throw new Damaged();
  return read;
}
