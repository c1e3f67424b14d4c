import type { CarePlan, Composition, Organization, Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { ukCoreSnapshotIssues, ukCoreSnapshots } from '../../support/fhir-validation/uk-core-snapshot';
import { validateBundle, validateResourceFully } from '../../support/fhir-validation/validate';
import { complete, context } from '../plan/consultations';

/**
 * The UK Core snapshots generated from the differentials (snapshot-generate.ts), given to medplum's
 * validateResource. The exported bundles pass it in fhir-validation.test.ts; here, what it
 * catches, and what it leaves to the differential check.
 */

// Reading the R4 definitions and generating the snapshots takes seconds, once.
beforeAll(() => void validateBundle(buildFhirBundle(complete(), context())), 60_000);

const bundle = () => buildFhirBundle(complete(), context());
const entryOf = (type: string) => bundle().entry!.findIndex((e) => e.resource?.resourceType === type);
const exported = <T extends Resource>(type: string): T =>
  structuredClone(bundle().entry![entryOf(type)]!.resource as T);
const snapshotFindings = (resource: Resource) =>
  ukCoreSnapshotIssues(resource).map((i) => [i.path, i.message]);
const nhsNumber = (value?: string) => ({
  system: 'https://fhir.nhs.uk/Id/nhs-number',
  ...(value ? { value } : {}),
});
const ods = (value: string) => ({ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value });
const careSetting = {
  url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-CareSettingType',
  valueCodeableConcept: { text: 'General practice' },
};

describe('the UK Core snapshot check', () => {
  it('has a snapshot for every UK Core type, and checks each of them the export writes', () => {
    expect([...ukCoreSnapshots().keys()].sort()).toEqual([
      'Bundle',
      'CarePlan',
      'Composition',
      'DocumentReference',
      'Observation',
      'Organization',
      'Patient',
      'Practitioner',
    ]);
    const b = bundle();
    const written = new Set([b, ...b.entry!.map((e) => e.resource!)].map((r) => r.resourceType));
    expect([...written].filter((t) => ukCoreSnapshots().has(t)).sort()).toEqual([
      'Bundle',
      'CarePlan',
      'Composition',
      'DocumentReference',
      'Observation',
      'Organization',
    ]);
  });

  it('fails a second NHS number (slice nhsNumber, max 1)', () => {
    const patient = {
      resourceType: 'Patient',
      identifier: [nhsNumber('9000000009'), nhsNumber('9000000017')],
    };
    expect(snapshotFindings(patient as Resource)).toEqual([
      [
        'Patient.identifier',
        "error: Incorrect number of values provided for slice 'nhsNumber': expected 0..1, but found 2",
      ],
    ]);
    expect(snapshotFindings({ ...patient, identifier: [nhsNumber('9000000009')] } as Resource)).toEqual([]);
  });

  it('fails the exported practice with a second ODS organisation code, and names its entry in the bundle', () => {
    const b = bundle();
    const at = entryOf('Organization');
    const practice = b.entry![at]!.resource as Organization;
    practice.identifier = [ods('A12345'), ods('B23456')];
    const message =
      "error: Incorrect number of values provided for slice 'odsOrganisationCode': expected 0..1, but found 2";
    expect(snapshotFindings(practice)).toEqual([['Organization.identifier', message]]);
    expect(validateBundle(b).issues.filter((i) => i.check === 'uk-core-snapshot')).toEqual([
      { check: 'uk-core-snapshot', path: `entry[${at}].Organization.identifier`, message },
    ]);
  });

  it('fails the exported Composition with two care setting extensions (max 1)', () => {
    const composition = { ...exported<Composition>('Composition'), extension: [careSetting, careSetting] };
    expect(snapshotFindings(composition)).toEqual([
      [
        'Composition.extension',
        "error: Incorrect number of values provided for slice 'careSettingType': expected 0..1, but found 2",
      ],
    ]);
    expect(snapshotFindings({ ...composition, extension: [careSetting] })).toEqual([]);
  });

  it('reports once, as base R4, what base R4 already finds (a missing subject)', () => {
    const plan: Partial<CarePlan> = exported<CarePlan>('CarePlan');
    delete plan.subject;
    expect(snapshotFindings(plan as CarePlan).map(([path]) => path)).toEqual(['CarePlan.subject']);
    expect(validateResourceFully(plan as CarePlan).issues.map((i) => [i.check, i.path])).toEqual([
      ['base-r4', 'CarePlan.subject'],
    ]);
  });
});

describe('what the snapshot check leaves to the differential check', () => {
  it('an NHS number with no value: medplum checks a slice’s count, not its children', () => {
    const patient = { resourceType: 'Patient', identifier: [nhsNumber()] } as Resource;
    expect(snapshotFindings(patient)).toEqual([]);
    const found = validateResourceFully(patient).issues.filter((i) => i.check.startsWith('uk-core'));
    expect(found.map((i) => [i.check, i.path])).toEqual([['uk-core', 'Patient.identifier:nhsNumber.value']]);
  });

  it('a code outside a required value set: medplum checks no binding', () => {
    const plan = { ...exported<CarePlan>('CarePlan'), status: 'finished' as CarePlan['status'] };
    expect(snapshotFindings(plan)).toEqual([]);
    expect(validateResourceFully(plan).issues.map((i) => [i.check, i.path])).toEqual([
      ['required-binding', 'CarePlan.status'],
    ]);
  });

  it('a value that differs from one UK Core fixes: UK Core fixes values only to sort identifiers into slices', () => {
    const other = { system: 'https://fhir.nhs.uk/Id/ods-organisation-code', value: 'A12345' };
    const practice = { ...exported<Organization>('Organization'), identifier: [other, other] };
    // Open slicing: an identifier of another system is in no slice, and allowed.
    expect(snapshotFindings(practice)).toEqual([]);
  });
});
