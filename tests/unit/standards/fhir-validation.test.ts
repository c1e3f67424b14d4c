import type { CarePlan, DocumentReference, Observation, Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { baseR4Issues } from '../../support/fhir-validation/base-r4';
import { xhtmlIssues } from '../../support/fhir-validation/narrative';
import { ukCoreProfiles } from '../../support/fhir-validation/uk-core-profiles';
import {
  NARRATIVE_MISSING,
  validateBundle,
  validateResourceFully,
} from '../../support/fhir-validation/validate';
import { gridConsultation, notDecidedYet } from '../export/fhir-consultations';
import { fullConsultation } from '../export/full-consultation';
import { blank, complete, context, noTreatment } from '../plan/consultations';

// Reading the R4 definitions and value sets takes seconds, once.
beforeAll(() => void validateBundle(buildFhirBundle(blank(), context())), 60_000);

const CONSULTATIONS = [
  ['complete', complete()],
  ['no treatment', noTreatment()],
  ['not decided yet', notDecidedYet()],
  ['not decided yet, with a date to decide by', notDecidedYet('2026-12-07')],
  ['blank', blank()],
  ['with a grid, in English and Welsh', gridConsultation().consultation, gridConsultation().context],
  ['every field filled (a brief intervention, communication needs, large print)', fullConsultation()],
] as const;

describe('the FHIR export of five consultations validates', () => {
  it.each(CONSULTATIONS)(
    '%s: base R4, UK Core (differentials and generated snapshots), required bindings and narrative rules, every resource with its narrative',
    (_name, c, ctx = context()) => {
      const bundle = buildFhirBundle(c, ctx);
      const report = validateBundle(bundle);
      expect(report.issues).toEqual([]);
      expect(report.unchecked).toEqual([]);
      // Something to check: the document, the plan and its narratives, not an empty bundle.
      expect(bundle.type).toBe('document');
      for (const entry of bundle.entry ?? []) {
        expect((entry.resource as { text?: { div?: string } }).text?.div, entry.fullUrl).toMatch(
          /^<div xmlns=/,
        );
      }
    },
  );
});

const bundle = () => buildFhirBundle(complete(), context());
const ofType = (type: string): Resource =>
  structuredClone(bundle().entry!.find((e) => e.resource?.resourceType === type)!.resource!);
const carePlan = (): CarePlan => ofType('CarePlan') as CarePlan;
const observation = (): Observation =>
  structuredClone(
    bundle().entry!.find((e) => e.resource?.resourceType === 'Observation')!.resource as Observation,
  );
const found = (resource: Resource, check: string) =>
  validateResourceFully(resource).issues.filter((i) => i.check === check);
const NARRATIVE = (div: string) => ({ status: 'generated' as const, div });

describe('planted faults fail', () => {
  it('a CarePlan status that is no CarePlan status: medplum alone lets it pass, the binding check does not', () => {
    const plan = { ...carePlan(), status: 'finished' as CarePlan['status'] };
    expect(baseR4Issues(plan)).toEqual([]);
    expect(found(plan, 'required-binding').map((i) => [i.path, i.message])).toEqual([
      [
        'CarePlan.status',
        'finished is not in the required value set http://hl7.org/fhir/ValueSet/request-status',
      ],
    ]);
  });

  it('a wrong intent (a request intent a CarePlan may not have)', () => {
    const plan = { ...carePlan(), intent: 'directive' as CarePlan['intent'] };
    expect(found(plan, 'required-binding').map((i) => i.path)).toEqual(['CarePlan.intent']);
  });

  it('a bad activity status deep inside the plan, and a bad comparator inside a data type', () => {
    const plan = carePlan();
    plan.activity![1]!.detail!.status = 'done' as 'completed';
    const obs = { ...observation(), valueQuantity: { value: 4, comparator: '~' as '<' } };
    delete obs.valueInteger;
    expect(found(plan, 'required-binding').map((i) => i.path)).toEqual([
      'CarePlan.activity[1].detail.status',
    ]);
    expect(found(obs, 'required-binding').map((i) => i.path)).toEqual([
      'Observation.valueQuantity.comparator',
    ]);
  });

  it('a bad Observation status', () => {
    const obs = { ...observation(), status: 'done' as Observation['status'] };
    expect(found(obs, 'required-binding').map((i) => i.path)).toEqual(['Observation.status']);
  });

  it('a missing subject', () => {
    const plan: Partial<CarePlan> = carePlan();
    delete plan.subject;
    const issues = found(plan as CarePlan, 'base-r4');
    expect(issues.map((i) => i.path)).toEqual(['CarePlan.subject']);
    expect(issues[0]?.message).toMatch(/^error: /);
  });

  it('a script in the narrative', () => {
    const plan = {
      ...carePlan(),
      text: NARRATIVE(
        '<div xmlns="http://www.w3.org/1999/xhtml"><p>Walk daily</p><script>alert(1)</script></div>',
      ),
    };
    expect(found(plan, 'narrative')).toEqual([
      {
        check: 'narrative',
        path: 'CarePlan.text.div',
        message: 'contains a <script>: no active content is allowed',
      },
    ]);
  });

  it('a bundle carrying a faulty resource names the entry', () => {
    const b = bundle();
    (b.entry![1]!.resource as CarePlan).intent = 'directive' as CarePlan['intent'];
    expect(validateBundle(b).issues.map((i) => i.path)).toEqual(['entry[1].CarePlan.intent']);
  });
});

describe('planted faults in the document fail', () => {
  it('a document whose first entry is not the Composition', () => {
    const b = bundle();
    b.entry = [...b.entry!.slice(1), b.entry![0]!];
    expect(validateBundle(b).issues.map((i) => [i.check, i.path])).toEqual([['base-r4', 'Bundle']]);
  });

  it('a resource with no narrative', () => {
    const b = bundle();
    delete (b.entry![2]!.resource as { text?: unknown }).text;
    expect(validateBundle(b).issues).toEqual([
      {
        check: 'narrative',
        path: `entry[2].${b.entry![2]!.resource!.resourceType}.text`,
        message: NARRATIVE_MISSING,
      },
    ]);
  });

  it('an attachment whose content type is not a MIME type', () => {
    const b = bundle();
    const doc = b.entry!.find((e) => e.resource?.resourceType === 'DocumentReference')!
      .resource as DocumentReference;
    doc.content[0]!.attachment.contentType = 'web page';
    expect(validateBundle(b).issues.map((i) => i.check)).toEqual(['required-binding']);
  });
});

describe('typed text cannot become markup in any narrative', () => {
  it('script, entities and XML-forbidden characters typed into the consultation still validate, as text', () => {
    const c = complete();
    const hostile = '<script>alert(1)</script> & "quotes" \u0001 &nbsp; <b onclick="x">';
    const typed = {
      ...c,
      patientRef: hostile,
      agenda: { ...c.agenda, whatMatters: hostile },
      options: {
        ...c.options,
        problem: hostile,
        options: c.options.options.map((o) => ({ ...o, pros: hostile })),
      },
      agreement: { ...c.agreement, goal: hostile },
    };
    const b = buildFhirBundle(typed, context());
    expect(validateBundle(b).issues).toEqual([]);
    const divs = JSON.stringify(b).match(/"div":"[^"\\]*(?:\\.[^"\\]*)*"/g) ?? [];
    expect(divs.length).toBeGreaterThan(10);
    expect(divs.join('')).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
  });
});

describe('typed text in the fields carried as notes and activities stays text', () => {
  it('communication needs, information still needed and a brief intervention’s line validate, as text', () => {
    const c = fullConsultation();
    const hostile = '<script>alert(1)</script> & "quotes" \u0001 &nbsp;';
    const typed = {
      ...c,
      preparation: { ...c.preparation, communicationNeeds: hostile },
      information: { ...c.information, needed: [{ id: 'n', what: hostile, who: hostile, byWhen: hostile }] },
      implementation: {
        ...c.implementation,
        briefInterventions: (c.implementation.briefInterventions ?? []).map((b) => ({ ...b, en: hostile })),
      },
    };
    const b = buildFhirBundle(typed, context());
    expect(validateBundle(b).issues).toEqual([]);
    expect(JSON.stringify(b)).not.toContain('\\u0001');
  });
});

describe('narrative XHTML rules', () => {
  const at = 'CarePlan.text.div';
  const div = (inner: string) => `<div xmlns="http://www.w3.org/1999/xhtml">${inner}</div>`;

  it('passes plain formatting: paragraphs, lists, tables, links by name, language', () => {
    expect(
      xhtmlIssues(
        div(
          '<h2>Your plan</h2><p lang="cy">Cerdded <b>bob dydd</b></p><ul><li>One</li></ul><table><tr><th scope="col">A</th><td>B</td></tr></table><a name="x">x</a>',
        ),
        at,
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'an event attribute',
      div('<p onclick="steal()">Hi</p>'),
      '<p onclick>: event attributes are not allowed',
    ],
    ['a javascript link', div('<a href="javascript:steal()">Hi</a>'), '<a href> runs script'],
    ['an iframe', div('<iframe src="x"></iframe>Hi'), '<iframe> is not an element FHIR narrative allows'],
    ['a form control', div('<p>Hi<input value="x"/></p>'), '<input> is not an element FHIR narrative allows'],
    [
      'an attribute HTML 4 formatting has not',
      div('<p data-x="1">Hi</p>'),
      '<p data-x> is not an attribute FHIR narrative allows',
    ],
    [
      'no XHTML namespace',
      '<div><p>Hi</p></div>',
      'the <div> must be in the XHTML namespace (xmlns="http://www.w3.org/1999/xhtml")',
    ],
    [
      'a root that is not a div',
      '<p xmlns="http://www.w3.org/1999/xhtml">Hi</p>',
      'must be exactly one <div> element',
    ],
    ['nothing to read', div('<p> </p>'), 'is empty: a narrative needs some non-whitespace content'],
    [
      'an HTML entity',
      div('<p>A&nbsp;B</p>'),
      'uses an entity XML does not define (write the character itself)',
    ],
  ])('fails %s', (_name, xhtml, message) => {
    expect(xhtmlIssues(xhtml, at)).toContainEqual({ check: 'narrative', path: at, message });
  });

  it('fails XML that is not well formed', () => {
    expect(xhtmlIssues(div('<p>Hi'), at)[0]?.message).toMatch(/^not well-formed XML: /);
  });
});

describe('UK Core differentials, applied', () => {
  const uk = (type: string) => `https://fhir.hl7.org.uk/StructureDefinition/UKCore-${type}`;
  const ukCore = (resource: Resource) => found(resource, 'uk-core').map((i) => [i.path, i.message]);
  const nhsNumber = (value?: string) => ({
    system: 'https://fhir.nhs.uk/Id/nhs-number',
    ...(value ? { value } : {}),
  });

  it('passes a UK Core Patient with one NHS number', () => {
    const patient = {
      resourceType: 'Patient',
      meta: { profile: [uk('Patient')] },
      identifier: [nhsNumber('9000000009')],
    } as Resource;
    expect(ukCore(patient)).toEqual([]);
  });

  it('fails a second NHS number (slice max 1) and an NHS number with no value (min 1)', () => {
    const two = {
      resourceType: 'Patient',
      identifier: [nhsNumber('9000000009'), nhsNumber('9000000017')],
    } as Resource;
    const empty = { resourceType: 'Patient', identifier: [nhsNumber()] } as Resource;
    expect(ukCore(two)).toEqual([
      ['Patient.identifier:nhsNumber', 'UKCorePatient: at most 1 allowed, found 2'],
    ]);
    expect(ukCore(empty)).toEqual([
      ['Patient.identifier:nhsNumber.value', 'UKCorePatient: at least 1 required, found 0'],
    ]);
  });

  it('fails a second ODS organisation code', () => {
    const ods = (value: string) => ({ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value });
    const org = { resourceType: 'Organization', identifier: [ods('A12345'), ods('B23456')] } as Resource;
    expect(ukCore(org)).toEqual([
      ['Organization.identifier:odsOrganisationCode', 'UKCoreOrganization: at most 1 allowed, found 2'],
    ]);
  });

  it('fails a Composition with two care setting extensions (max 1)', () => {
    const setting = {
      url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-CareSettingType',
      valueCodeableConcept: { text: 'General practice' },
    };
    const composition = { resourceType: 'Composition', extension: [setting, setting] } as Resource;
    expect(ukCore(composition)).toEqual([
      ['Composition.extension:careSettingType', 'UKCoreComposition: at most 1 allowed, found 2'],
    ]);
  });

  it('fails a claim to a UK Core profile that is not in shared/standards', () => {
    const goal = { ...ofType('Goal'), meta: { profile: [uk('Goal')] } };
    expect(ukCore(goal)).toEqual([
      ['Goal.meta.profile', `claims ${uk('Goal')}, which is not in shared/standards/uk-core`],
    ]);
  });

  it('UK Core CarePlan, Observation and Bundle constrain nothing an instance can break (must-support and preferred bindings only)', () => {
    for (const type of ['CarePlan', 'Observation', 'Bundle']) {
      const elements = ukCoreProfiles().find((p) => p.type === type)?.differential?.element ?? [];
      expect(elements.length, type).toBeGreaterThan(1);
      for (const e of elements) {
        const constraining = Object.keys(e).filter(
          (k) => k === 'min' || /^(fixed|pattern)/.test(k) || (k === 'max' && e.max !== '*'),
        );
        expect(constraining, e.id).toEqual([]);
        expect(e.binding?.strength ?? 'preferred', e.id).toBe('preferred');
      }
    }
  });

  it('says which required value sets it cannot expand instead of passing them', () => {
    const patient = {
      resourceType: 'Patient',
      communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'cy' }] } }],
    } as Resource;
    expect(validateResourceFully(patient).unchecked).toEqual(['http://hl7.org/fhir/ValueSet/all-languages']);
  });
});
