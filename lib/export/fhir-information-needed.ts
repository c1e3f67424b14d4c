import type { CarePlanActivity } from '@medplum/fhirtypes';
import type { Consultation } from '../domain/consultation';
import { clean, list } from '../domain/read-values';
import { ACTIVITY } from './fhir-format';
import { compact } from './fhir-parts';

/**
 * The information still needed before deciding (framework element 3) as CarePlan activities not
 * started yet: what as the description, who gets it as the performer, by when as typed (a word
 * like "next week" as often as a date), so each reads back apart (read-fhir-information.ts).
 */
export function informationNeededActivities(c: Consultation): CarePlanActivity[] {
  return list(c.information.needed)
    .map((n) => ({ what: clean(n.what), who: clean(n.who), byWhen: clean(n.byWhen) }))
    .filter((n) => n.what || n.who || n.byWhen)
    .map((n) => ({
      detail: compact({
        code: { text: ACTIVITY.informationNeeded },
        status: 'not-started' as const,
        description: n.what || undefined,
        scheduledString: n.byWhen || undefined,
        performer: n.who ? [{ display: n.who }] : undefined,
      }),
    }));
}
