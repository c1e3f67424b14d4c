import type { Composition, CompositionSection, Reference } from '@medplum/fhirtypes';
import type { AgreedPlan } from '../plan/agreed-plan';
import { careAimName, reasonableAdjustments } from '../plan/note-words';
import { clean, list } from '../domain/read-values';
import { safetyNetLines } from '../plan/safety-net';
import { DECISION_STATUS_OF } from './codes/decision-status';
import { SECTION_HEADING } from './codes/section-headings';
import { CARE_PLAN as PLAN_TYPE } from './codes/snomed';
import type { SourcedCode } from './codes/sourced-code';
import { coded } from './fhir-coding';
import { narrative, type NarrativeBlock } from './fhir-narrative';
import { toolName } from './fhir-options';
import { compact, type DocumentParts } from './fhir-parts';
import { decisionKind } from './fhir-decision';
import { DECISION_OUTCOME } from './fhir-format';

/**
 * The plan as a FHIR document's Composition: one section per PCSP or SDM heading that has
 * something to say, titled with PRSB's heading, coded with UK Core's record standard heading, its
 * narrative written from the agreed-plan document and its entries the resources that carry it.
 */

/** Full URLs of the resources each section points at (absent ones are simply not there). */
export interface SectionEntries {
  carePlan: string;
  goal: string | null;
  condition: string | null;
  practice: string | null;
  about: string[];
  goalObservations: string[];
  options: string[];
  review: string[];
}

const refs = (urls: readonly (string | null)[]): Reference[] =>
  urls.filter((u): u is string => Boolean(u)).map((reference) => ({ reference }));

const hasText = (b: NarrativeBlock) =>
  'heading' in b ? false : 'items' in b ? b.items.some((i) => clean(i)) : clean(b.text) !== '';

function section(
  title: string,
  heading: SourcedCode,
  blocks: NarrativeBlock[],
  entries: Reference[],
): CompositionSection[] {
  if (!blocks.some(hasText)) return [];
  return [
    compact<CompositionSection>({
      title,
      code: coded(heading, heading.display),
      text: narrative(title, blocks),
      entry: entries,
    }),
  ];
}

/** "Label (chosen). Benefits: …. Risks: …": one sentence each, their own full stops kept once. */
function optionLines(plan: AgreedPlan): string[] {
  const sentence = (s: string) => s.replace(/[.\s]+$/, '');
  return plan.decision.options
    .filter((o) => o.discussed)
    .map(
      (o) =>
        [
          o.label.en + (o.chosen ? ' (chosen)' : ''),
          o.pros && `Benefits: ${sentence(o.pros)}`,
          o.cons && `Risks: ${sentence(o.cons)}`,
        ]
          .filter(Boolean)
          .join('. ') + '.',
    );
}

function sections(plan: AgreedPlan, e: SectionEntries): CompositionSection[] {
  const c = plan.source;
  const kind = decisionKind(plan);
  const agenda = list(c.agenda.items);
  const contact = [clean(c.preparation.appointmentType), ...list(c.preparation.present)].filter(Boolean);
  const impl = c.implementation;
  const review = c.review;
  return [
    ...section(
      'Contacts with professionals',
      SECTION_HEADING.contactWithProfessionals,
      [{ label: 'Consultation method and people involved', text: contact.join(', ') }],
      [],
    ),
    ...section(
      'How I communicate and how to communicate with me',
      SECTION_HEADING.adjustments,
      [{ text: reasonableAdjustments(c) }],
      [],
    ),
    ...section(
      'What matters to me',
      SECTION_HEADING.whatMatters,
      [
        { label: 'What matters to me', text: clean(c.agenda.whatMatters) },
        { label: 'Already doing', text: clean(c.agenda.alreadyDoing) },
        { label: 'Patient agenda', items: agenda.filter((i) => i.owner === 'patient').map((i) => i.text) },
        {
          label: 'Clinician agenda',
          items: agenda.filter((i) => i.owner === 'clinician').map((i) => i.text),
        },
      ],
      refs(e.about),
    ),
    ...section(
      'Problem list',
      SECTION_HEADING.problems,
      [
        { label: 'Problem', text: clean(c.options.problem) },
        { label: 'Care aim', text: list(c.options.careAims).map(careAimName).join(', ') },
      ],
      refs([e.condition]),
    ),
    ...section(
      'Options discussed',
      SECTION_HEADING.informationGiven,
      [
        { label: 'Options, with their benefits and risks', items: optionLines(plan) },
        { label: 'Decision support tool', text: toolName(plan) },
        // The key figures exactly as the patient's plan gives them, with their source.
        {
          label: plan.figures.en?.heading ?? '',
          items: (plan.figures.en?.items ?? []).map((f) => `${f.option}: ${f.sentences.join(' ')}`),
        },
        { label: plan.figures.en?.sourceLabel, text: plan.figures.en?.source ?? '' },
        { label: 'Decision', text: [DECISION_OUTCOME[kind], ...plan.decision.chosen].join(': ') },
        { label: 'Shared decision status', text: kind === 'none' ? '' : DECISION_STATUS_OF[kind] },
        { label: 'Why (patient)', text: plan.decision.rationale },
      ],
      refs(e.options),
    ),
    ...section(
      'Goals and hopes',
      SECTION_HEADING.goal,
      [{ label: 'Goal', text: plan.goal }],
      refs([e.goal, ...e.goalObservations]),
    ),
    ...section(
      'Actions and activities',
      SECTION_HEADING.actions,
      [
        { label: 'First step', text: [plan.firstStep, plan.when, plan.howOften].filter(Boolean).join(', ') },
        {
          label: 'Who does what',
          items: plan.responsibilities.map((r) => clean(r.task)),
        },
        { label: 'Referrals', text: clean(impl.referrals) },
        { label: 'Interventions', text: clean(impl.interventions) },
        { label: 'Support', text: clean(impl.support) },
      ],
      refs([e.carePlan]),
    ),
    ...section(
      'Planned review date/interval',
      SECTION_HEADING.review,
      [{ label: 'Review', text: plan.reviewDate }],
      refs([e.carePlan]),
    ),
    ...section(
      'Contingency/safety plans',
      SECTION_HEADING.safetyNet,
      [{ label: 'When to get help', items: safetyNetLines(plan, 'en') }],
      refs([e.carePlan]),
    ),
    ...section(
      'Outcomes',
      SECTION_HEADING.outcome,
      [
        { label: 'Earlier goal', text: clean(plan.context.previous?.agreement.goal) },
        { label: 'What helped', text: e.review.length ? clean(review?.helped) : '' },
        { label: 'What got in the way', text: e.review.length ? clean(review?.gotInTheWay) : '' },
      ].filter(() => e.review.length > 0),
      refs(e.review),
    ),
    ...section(
      'Who should be contacted',
      SECTION_HEADING.contact,
      [
        { label: 'Contact', text: plan.contact.own },
        { label: 'Practice', text: plan.contact.practiceContact },
      ],
      [],
    ),
    ...section(
      'GP practice',
      SECTION_HEADING.gpPractice,
      [{ text: plan.contact.practiceName }],
      refs([e.practice]),
    ),
  ];
}

export interface CompositionParts extends DocumentParts {
  id: string;
  title: string;
  date: string;
}

/** A document's Composition: final once "Plan agreed" is ticked (agreed or not decided), else preliminary. */
export function compositionResource(
  plan: AgreedPlan,
  parts: CompositionParts,
  e: SectionEntries,
): Composition {
  return compact<Composition>({
    resourceType: 'Composition',
    id: parts.id,
    status: plan.status === 'draft' ? 'preliminary' : 'final',
    type: coded(PLAN_TYPE, 'Personalised care and support plan'),
    subject: parts.subject,
    date: parts.date,
    author: [parts.author],
    title: parts.title,
    custodian: parts.custodian,
    section: sections(plan, e),
  });
}
