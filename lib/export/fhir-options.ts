import type { ObservationComponent } from '@medplum/fhirtypes';
import { figureSentences } from '../option-grids/grid-figures';
import type { AgreedPlan, PlanOption } from '../plan/agreed-plan';
import { list } from '../domain/read-values';
import { OBSERVATION_TEXT, OPTION_PART } from './fhir-format';
import { observationEntry, type ObservationEntry } from './fhir-observation-entry';
import { patientRef, writtenAt } from './fhir-parts';

/**
 * SDM "Options discussed": one Observation per option truly discussed (as the agreed-plan document
 * settles it), its name as the value, its pros as Benefit and its cons as Risk components, whether
 * it was chosen, and the grid's figures for it where the grid gives them. The option grid is the
 * Observation's method: the decision support tool, named with its id, version and source.
 */

/** The grid opened, read only when it is the grid the consultation used. */
function gridRead(plan: AgreedPlan) {
  const g = plan.context.grid;
  const used = plan.grid?.id;
  return g && used && (g.id === used || g.translationOf === used) ? g : null;
}

/** "Raised blood pressure (option grid raised-blood-pressure, version 1.2; source: …)". */
export function toolName(plan: AgreedPlan): string {
  const g = plan.grid;
  if (!g || !g.id) return '';
  const source = g.organisation ? `; source: ${g.organisation}` : '';
  return `${g.title || g.id} (option grid ${g.id}, version ${g.version || 'not given'}${source})`;
}

function figures(plan: AgreedPlan, option: PlanOption): ObservationComponent[] {
  return list(gridRead(plan)?.questions).flatMap((q) => {
    const figure = q.figures?.[option.id];
    if (!figure) return [];
    return [
      {
        code: { text: `${OPTION_PART.figure}: ${q.question}` },
        valueString: figureSentences(figure, 'en').join(' '),
      },
    ];
  });
}

const part = (text: string, value: string): ObservationComponent[] =>
  value ? [{ code: { text }, valueString: value }] : [];

export function optionObservations(plan: AgreedPlan): ObservationEntry[] {
  const tool = toolName(plan);
  return plan.decision.options
    .filter((o) => o.discussed)
    .map((o) => {
      return observationEntry(`option:${o.id}:${plan.consultationId}`, {
        code: { text: OBSERVATION_TEXT.option },
        subject: patientRef(plan.source),
        effectiveDateTime: writtenAt(plan.date),
        valueString: o.label.en,
        method: tool ? { text: tool } : undefined,
        component: [
          ...part(OPTION_PART.benefit, o.pros),
          ...part(OPTION_PART.risk, o.cons),
          { code: { text: OPTION_PART.chosen }, valueBoolean: o.chosen },
          // Doing nothing is a real choice on the grid, marked so a reader tells it from a treatment.
          { code: { text: OPTION_PART.doNothing }, valueBoolean: o.isDoNothing },
          ...figures(plan, o),
        ],
      });
    });
}
