import type { Bundle, ElementDefinition, Resource, StructureDefinition } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { medplumIssues } from '../../support/fhir-validation/base-r4';
import { baseDefinition } from '../../support/fhir-validation/definitions';
import { generateSnapshot, SnapshotRefused } from '../../support/fhir-validation/snapshot-generate';
import { ukCoreProfiles } from '../../support/fhir-validation/uk-core-profiles';

/** A constraint profile on a base R4 type with these differential elements. */
const profile = (type: string, element: ElementDefinition[]): StructureDefinition => ({
  resourceType: 'StructureDefinition',
  url: `https://example.org/StructureDefinition/Test${type}`,
  name: `Test${type}`,
  status: 'draft',
  kind: 'resource',
  abstract: false,
  type,
  baseDefinition: `http://hl7.org/fhir/StructureDefinition/${type}`,
  derivation: 'constraint',
  differential: { element },
});

const el = (id: string, rest: Partial<ElementDefinition> = {}): ElementDefinition => ({
  id,
  path: id.replace(/:[^.]+/g, ''),
  ...rest,
});

const snapshot = (sd: StructureDefinition) =>
  generateSnapshot(sd, baseDefinition(sd.type)!).snapshot!.element;
const byId = (elements: ElementDefinition[], id: string) => elements.find((e) => e.id === id);
const ids = (elements: ElementDefinition[]) => elements.map((e) => e.id);

const refusal = (sd: StructureDefinition): string[] =>
  generateSnapshotOrReasons(sd, baseDefinition(sd.type)!);

function generateSnapshotOrReasons(sd: StructureDefinition, base: StructureDefinition): string[] {
  try {
    generateSnapshot(sd, base);
  } catch (error) {
    if (error instanceof SnapshotRefused) return error.reasons;
    throw error;
  }
  return [];
}

describe('a snapshot from a differential that narrows', () => {
  it('keeps every base element in order and narrows min and max where the differential says', () => {
    const elements = snapshot(
      profile('Patient', [el('Patient.gender', { min: 1 }), el('Patient.name', { max: '1' })]),
    );
    expect(ids(elements)).toEqual(ids(baseDefinition('Patient')!.snapshot!.element));
    expect(byId(elements, 'Patient.gender')).toMatchObject({ min: 1, max: '1' });
    expect(byId(elements, 'Patient.name')).toMatchObject({ min: 0, max: '1' });
    expect(byId(elements, 'Patient.birthDate')).toEqual(
      byId(baseDefinition('Patient')!.snapshot!.element, 'Patient.birthDate'),
    );
  });

  it('narrows an element inside a backbone element in place', () => {
    const elements = snapshot(profile('Bundle', [el('Bundle.entry.fullUrl', { min: 1 })]));
    expect(byId(elements, 'Bundle.entry.fullUrl')).toMatchObject({ min: 1, max: '1' });
  });

  it('adds a slice after the sliced element, its children unfolded from the data type, with the slicing carried', () => {
    const slicing = { discriminator: [{ type: 'value' as const, path: 'system' }], rules: 'open' as const };
    const elements = snapshot(
      profile('Patient', [
        el('Patient.identifier', { slicing }),
        el('Patient.identifier:nhs', { sliceName: 'nhs', max: '1' }),
        el('Patient.identifier:nhs.system', { min: 1, fixedUri: 'https://fhir.nhs.uk/Id/nhs-number' }),
        el('Patient.identifier:nhs.value', { min: 1 }),
      ]),
    );
    const at = ids(elements).indexOf('Patient.identifier');
    expect(ids(elements).slice(at, at + 10)).toEqual([
      'Patient.identifier',
      'Patient.identifier:nhs',
      'Patient.identifier:nhs.id',
      'Patient.identifier:nhs.extension',
      'Patient.identifier:nhs.use',
      'Patient.identifier:nhs.type',
      'Patient.identifier:nhs.system',
      'Patient.identifier:nhs.value',
      'Patient.identifier:nhs.period',
      'Patient.identifier:nhs.assigner',
    ]);
    expect(elements[at + 10]?.id).toBe('Patient.active');
    expect(byId(elements, 'Patient.identifier')?.slicing).toMatchObject(slicing);
    expect(byId(elements, 'Patient.identifier:nhs')).toMatchObject({
      sliceName: 'nhs',
      path: 'Patient.identifier',
      max: '1',
    });
    expect(byId(elements, 'Patient.identifier:nhs.system')).toMatchObject({
      path: 'Patient.identifier.system',
      min: 1,
      fixedUri: 'https://fhir.nhs.uk/Id/nhs-number',
    });
  });

  it('slices extensions by url, with the slice’s url fixed to its profile', () => {
    const url = 'https://example.org/StructureDefinition/Extension-Test';
    const elements = snapshot(
      profile('Composition', [
        el('Composition.extension:test', {
          sliceName: 'test',
          max: '1',
          type: [{ code: 'Extension', profile: [url] }],
        }),
      ]),
    );
    expect(byId(elements, 'Composition.extension')?.slicing).toMatchObject({
      discriminator: [{ type: 'value', path: 'url' }],
      rules: 'open',
    });
    expect(byId(elements, 'Composition.extension:test.url')).toMatchObject({ fixedUri: url });
  });

  it('fixes a value, and medplum then refuses an instance with another', () => {
    const sd = profile('Bundle', [el('Bundle.type', { fixedCode: 'collection' })]);
    const withSnapshot = generateSnapshot(sd, baseDefinition('Bundle')!);
    expect(byId(withSnapshot.snapshot!.element, 'Bundle.type')).toMatchObject({ fixedCode: 'collection' });
    const bundle = (type: Bundle['type']) => ({ resourceType: 'Bundle', type }) as Resource;
    expect(medplumIssues('uk-core-snapshot', bundle('collection'), withSnapshot)).toEqual([]);
    expect(medplumIssues('uk-core-snapshot', bundle('searchset'), withSnapshot)).toEqual([
      {
        check: 'uk-core-snapshot',
        path: 'Bundle.type',
        message: 'error: Value did not match expected pattern',
      },
    ]);
  });
});

describe('a pattern, enforced by medplum', () => {
  it('passes a value that holds the pattern and more, fails one that does not', () => {
    const loinc = (code: string) => ({ coding: [{ system: 'http://loinc.org', code }] });
    const sd = profile('Observation', [el('Observation.code', { patternCodeableConcept: loinc('8867-4') })]);
    const withSnapshot = generateSnapshot(sd, baseDefinition('Observation')!);
    const observation = (code: object) =>
      ({ resourceType: 'Observation', status: 'final', code }) as Resource;
    const heartRate = { ...loinc('8867-4'), text: 'Heart rate' };
    expect(medplumIssues('uk-core-snapshot', observation(heartRate), withSnapshot)).toEqual([]);
    expect(medplumIssues('uk-core-snapshot', observation(loinc('8480-6')), withSnapshot)).toEqual([
      {
        check: 'uk-core-snapshot',
        path: 'Observation.code',
        message: 'error: Value did not match expected pattern',
      },
    ]);
  });
});

describe('a differential that would widen its base is refused, with every reason', () => {
  it.each([
    [
      'a min below the base’s',
      'Bundle',
      el('Bundle.type', { min: 0 }),
      "Bundle.type: min 0 is below the base's 1",
    ],
    [
      'a max above the base’s',
      'Patient',
      el('Patient.gender', { max: '*' }),
      "Patient.gender: max * is above the base's 1",
    ],
    [
      'a min above its max',
      'Patient',
      el('Patient.name', { min: 2, max: '1' }),
      'Patient.name: min 2 is above max 1',
    ],
    [
      'a type the base does not allow',
      'Patient',
      el('Patient.birthDate', { type: [{ code: 'string' }] }),
      "Patient.birthDate: type string is not one of the base's (date)",
    ],
    [
      'a fixed value of another type',
      'Patient',
      el('Patient.gender', { fixedString: 'female' }),
      'Patient.gender: fixedString is not of a type the element has (code)',
    ],
    [
      'a weaker binding',
      'Patient',
      el('Patient.gender', { binding: { strength: 'preferred' } }),
      "Patient.gender: binding preferred is weaker than the base's required",
    ],
    [
      'another value set for a required binding',
      'Patient',
      el('Patient.gender', {
        binding: { strength: 'required', valueSet: 'https://example.org/ValueSet/sex' },
      }),
      "Patient.gender: binding replaces the base's required value set http://hl7.org/fhir/ValueSet/administrative-gender|4.0.1",
    ],
    [
      'a changed isModifier',
      'Patient',
      el('Patient.active', { isModifier: false }),
      'Patient.active: isModifier cannot change (base true)',
    ],
    [
      'a property the generator does not apply',
      'Patient',
      el('Patient.active', { defaultValueBoolean: true }),
      'Patient.active: defaultValueBoolean not applied by this generator',
    ],
    [
      'a property a snapshot would need but the generator does not apply',
      'Patient',
      el('Patient.birthDate', { minValueDate: '1900-01-01' }),
      'Patient.birthDate: minValueDate not applied by this generator',
    ],
    [
      'a reference target the base does not list (a narrower profile cannot be shown narrower here)',
      'CarePlan',
      el('CarePlan.subject', {
        type: [
          {
            code: 'Reference',
            targetProfile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient'],
          },
        ],
      }),
      "CarePlan.subject: target https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient is not one of the base's",
    ],
    [
      'an element base R4 does not have',
      'Patient',
      el('Patient.nickname'),
      'Patient.nickname: no such element in Patient',
    ],
    [
      'a slice of an element nothing slices',
      'Patient',
      el('Patient.name:usual', { sliceName: 'usual' }),
      'Patient.name:usual slices Patient.name, which neither the base nor the differential slices',
    ],
  ])('%s', (_name, type, diff, reason) => {
    expect(refusal(profile(type, [diff]))).toContain(reason);
  });

  it('a slice allowing more than the element it slices', () => {
    const slicing = { discriminator: [{ type: 'value' as const, path: 'system' }], rules: 'open' as const };
    const sd = profile('Patient', [
      el('Patient.identifier', { slicing, max: '1' }),
      el('Patient.identifier:nhs', { sliceName: 'nhs', max: '2' }),
    ]);
    expect(refusal(sd)).toEqual(["Patient.identifier:nhs: slice max 2 is above the sliced element's 1"]);
  });

  it('every reason at once, not the first', () => {
    const sd = profile('Patient', [el('Patient.gender', { max: '*' }), el('Patient.nickname')]);
    expect(refusal(sd)).toEqual([
      "Patient.gender: max * is above the base's 1",
      'Patient.nickname: no such element in Patient',
    ]);
  });

  it('on a profile: must-support turned off, closed slicing opened, ordered slicing unordered', () => {
    const slicing = {
      discriminator: [{ type: 'value' as const, path: 'system' }],
      rules: 'closed' as const,
      ordered: true,
    };
    const parent = generateSnapshot(
      profile('Patient', [el('Patient.identifier', { slicing, mustSupport: true })]),
      baseDefinition('Patient')!,
    );
    const child = {
      ...profile('Patient', [
        el('Patient.identifier', {
          mustSupport: false,
          slicing: { ...slicing, rules: 'open', ordered: false },
        }),
      ]),
      baseDefinition: parent.url,
    };
    expect(generateSnapshotOrReasons(child, parent)).toEqual([
      'Patient.identifier: mustSupport true cannot become false',
      "Patient.identifier: slicing rules open open the base's closed slicing",
      'Patient.identifier: slicing cannot stop being ordered',
    ]);
  });

  it('a UK Core profile altered to weaken a binding', () => {
    const practitioner = structuredClone(ukCoreProfiles().find((p) => p.type === 'Practitioner')!);
    const communication = practitioner.differential!.element.find(
      (e) => e.id === 'Practitioner.communication',
    )!;
    communication.binding = { ...communication.binding!, strength: 'example' };
    expect(refusal(practitioner)).toEqual([
      "Practitioner.communication: binding example is weaker than the base's preferred",
    ]);
  });
});

describe('the UK Core profiles in shared/standards', () => {
  it.each(ukCoreProfiles().map((p) => [p.name, p] as const))(
    '%s: a snapshot with every base element and every differential constraint',
    (_name, p) => {
      const elements = snapshot(p);
      const all = ids(elements);
      for (const id of ids(baseDefinition(p.type)!.snapshot!.element)) expect(all, id).toContain(id);
      for (const diff of p.differential!.element) {
        const { short: _s, definition: _d, binding, type, slicing, ...constraints } = diff;
        const found = byId(elements, diff.id!);
        expect(found, diff.id).toMatchObject(constraints);
        if (binding) expect(found?.binding, diff.id).toMatchObject(binding);
        if (type) expect(found?.type, diff.id).toMatchObject(type);
        if (slicing) expect(found?.slicing, diff.id).toMatchObject(slicing);
      }
    },
  );
});
