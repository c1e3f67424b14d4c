import type { Consultation } from '../domain/consultation';
import { clean, list } from '../domain/read-values';
import type { AgreedPlan } from '../plan/agreed-plan';
import { AGENDA_NOTE, PLAN_NOTE } from './fhir-format';

/**
 * What the record needs beside the activities: options discussed, when to get help. The
 * clinician's own "when to get help" lines are a note of their own, one line per line typed (PCSP
 * contingency plan), apart from the nation's and the grid's lines, so a receiving system (and
 * Cocreate reading the file back) can tell the clinician's advice from the standard wording.
 */
export function planNotes(plan: AgreedPlan): string[] {
  const options = plan.decision.options;
  const words = (list: typeof options) => list.map((o) => o.label.en).join(' / ');
  const discussed = options.filter((o) => o.discussed);
  const shown = options.filter((o) => !o.discussed);
  const net = plan.safetyNet.en;
  const standardHelp = [...net.urgent, ...net.grid];
  const own = clean(plan.source.agreement.safetyNet)
    .split(/\r?\n/)
    .map((l) => clean(l))
    .filter(Boolean);
  return [
    discussed.length ? `${PLAN_NOTE.optionsDiscussed}${words(discussed)}` : '',
    plan.gridNotice.en ? `Option grid used: ${plan.gridNotice.en.label}` : '',
    shown.length ? `${PLAN_NOTE.alsoOnGrid}${words(shown)}` : '',
    plan.decision.informedNoTreatment && plan.decision.kind === 'chosen'
      ? 'Informed choice of no treatment'
      : '',
    `When to get help, the nation's and the grid's lines (as given in the patient's plan): ${standardHelp.join(' ')}`,
    own.length ? `${PLAN_NOTE.ownSafetyNet}${own.join('\n')}` : '',
  ];
}

/**
 * How the consultation was held, who took part and what each side wanted to talk about (SDM
 * consultation method, people involved in making the decision, shared agenda setting), each a labelled note of its own so a receiving system shows it and the
 * reader takes it back: the method and the people as Cocreate's own words, the clinician's note apart.
 */
export function consultationNotes(c: Consultation): string[] {
  const p = c.preparation;
  const present = list(p.present);
  return [
    p.appointmentType ? `${PLAN_NOTE.consultationMethod}${p.appointmentType}` : '',
    present.length ? `${PLAN_NOTE.peopleInvolved}${present.join(', ')}` : '',
    clean(p.presentNote) ? `${PLAN_NOTE.peopleNote}${clean(p.presentNote)}` : '',
    // One note per agenda item, in the order raised, each saying whose it is (SDM shared agenda setting).
    ...list(c.agenda.items)
      .filter((i) => clean(i.text))
      .map((i) => `${AGENDA_NOTE[i.owner === 'clinician' ? 'clinician' : 'patient']}${clean(i.text)}`),
    // What the patient already does, their own words of commitment and the way back in (PCSP
    // actions and activities, contingency plans), each a note of its own, read back as typed.
    clean(c.agenda.alreadyDoing) ? `${PLAN_NOTE.alreadyDoing}${clean(c.agenda.alreadyDoing)}` : '',
    clean(c.agreement.commitment) ? `${PLAN_NOTE.commitment}${clean(c.agreement.commitment)}` : '',
    clean(c.implementation.wayBackIn) ? `${PLAN_NOTE.wayBackIn}${clean(c.implementation.wayBackIn)}` : '',
  ];
}
