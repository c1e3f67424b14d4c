import type {
  Bundle,
  CarePlan,
  Coding,
  Composition,
  Condition,
  DocumentReference,
  Goal,
  Observation,
  Organization,
  Resource,
} from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import type { Consultation } from '../../../lib/domain/consultation';
import { SECTION_HEADING } from '../../../lib/export/codes/section-headings';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { patientHtmlPage } from '../../../lib/export/patient-html-page';
import { buildAgreedPlan } from '../../../lib/plan/build-agreed-plan';
import { patientPlansFrom } from '../../../lib/plan/build-patient-plan';
import { blank, complete, context } from '../plan/consultations';
import { gridConsultation, notDecidedYet } from './fhir-consultations';

const resources = (bundle: Bundle) => (bundle.entry ?? []).map((e) => e.resource as Resource);
const ofType = <T extends Resource>(bundle: Bundle, type: T['resourceType']) =>
  resources(bundle).filter((r): r is T => r.resourceType === type);
const carePlan = (bundle: Bundle) => ofType<CarePlan>(bundle, 'CarePlan')[0]!;
const observations = (bundle: Bundle, text: string) =>
  ofType<Observation>(bundle, 'Observation').filter((o) => o.code.text === text);
const part = (o: Observation, text: string) => o.component?.filter((c) => c.code.text === text) ?? [];

const grid = gridConsultation();
const gridBundle = () => buildFhirBundle(grid.consultation, grid.context);

/** Every Coding in a value, wherever it sits. */
function codings(value: unknown): Coding[] {
  const found: Coding[] = [];
  JSON.stringify(value, (key, v: unknown) => {
    if (key === 'coding' && Array.isArray(v)) found.push(...(v as Coding[]));
    return v;
  });
  return found;
}

const decode = (base64: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0)));

describe('options discussed, with their risks and benefits (a consultation with a grid)', () => {
  const bundle = gridBundle();
  const options = observations(bundle, 'Option discussed');

  it('exports every option discussed, its pros as Benefit and its cons as Risk, and which was chosen', () => {
    expect(
      options.map((o) => [
        o.valueString,
        part(o, 'Benefit')[0]?.valueString,
        part(o, 'Risk')[0]?.valueString,
        part(o, 'Chosen')[0]?.valueBoolean,
      ]),
    ).toEqual(grid.consultation.options.options.map((o) => [o.label, o.pros, o.cons, o.id === 'lifestyle']));
  });

  it('carries the grid’s figures for the options that have them, in words with both framings', () => {
    const figures = options.map((o) => part(o, 'Figure: How well does it work?').map((c) => c.valueString));
    expect(figures).toEqual([
      ['Over 10 years, 8 in 100 people have a heart attack or stroke. The other 92 in 100 do not.'],
      [],
      ['Over 10 years, 10 in 100 people have a heart attack or stroke. The other 90 in 100 do not.'],
    ]);
  });

  it('names the decision support tool: the grid’s title, id, version and source', () => {
    const g = grid.context.grid!;
    for (const o of options) {
      expect(o.method?.text).toBe(
        `${g.title} (option grid ${g.id}, version ${g.version}; source: ${g.organisation})`,
      );
    }
    expect(carePlan(bundle).activity?.[0]?.detail?.instantiatesUri).toEqual([
      `urn:cocreate:option-grid:${g.id}:${g.version}`,
    ]);
  });

  it('leaves out a grid option that was only shown, never discussed (as the agreed plan settles it)', () => {
    const c = grid.consultation;
    const shownOnly = {
      ...c,
      options: { ...c.options, questionsThatMattered: [], leaning: [] },
    };
    const shown = observations(buildFhirBundle(shownOnly, grid.context), 'Option discussed');
    expect(shown.map((o) => o.valueString)).toEqual(['Healthy changes first']);
  });

  it('codes the decision status with PRSB’s word beside the outcome', () => {
    const status = (c: Consultation) =>
      carePlan(buildFhirBundle(c, context())).activity?.[0]?.outcomeCodeableConcept?.[0];
    const system = 'urn:cocreate:codesystem:shared-decision-status';
    expect(carePlan(bundle).activity?.[0]?.outcomeCodeableConcept?.[0]).toEqual({
      coding: [{ system, code: 'valid', display: 'Valid' }],
      text: 'Option chosen',
    });
    expect(status(notDecidedYet('2026-12-07'))).toEqual({
      coding: [{ system, code: 'in-progress', display: 'In progress' }],
      text: 'Not decided yet',
    });
    const nothing = { ...complete(), agreement: { ...complete().agreement, chosenOptionIds: [] } };
    expect(status(nothing)).toEqual({ text: 'No decision recorded' });
  });
});

describe('the review date, with or without a goal', () => {
  it.each([
    ['with a goal', complete()],
    ['with no goal', { ...complete(), agreement: { ...complete().agreement, goal: '' } }],
  ])('%s: the plan runs until its review, and the review is a scheduled activity', (_name, c) => {
    const bundle = buildFhirBundle(c, context());
    const plan = carePlan(bundle);
    expect(plan.period).toEqual({ end: '2027-01-18' });
    expect(plan.activity?.at(-1)?.detail).toMatchObject({
      code: { text: 'Review of the plan' },
      scheduledPeriod: { start: '2027-01-18' },
    });
    expect(ofType<Goal>(bundle, 'Goal').length).toBe(c.agreement.goal ? 1 : 0);
  });

  it('no review date typed: no period is made up', () => {
    expect(carePlan(buildFhirBundle(blank(), context())).period).toBeUndefined();
  });
});

describe('the plan document', () => {
  const bundle = gridBundle();
  const composition = bundle.entry![0]!.resource as Composition;

  it('is a document Bundle with the Composition first, dated and identified', () => {
    expect(bundle.type).toBe('document');
    expect(composition.resourceType).toBe('Composition');
    expect(bundle.identifier?.value).toMatch(/^urn:uuid:/);
    expect(bundle.timestamp).toBe('2026-11-23T00:00:00Z');
    expect(composition).toMatchObject({
      status: 'final',
      type: { coding: [{ system: 'http://snomed.info/sct', code: '734163000' }] },
      title: 'Agreed plan (shared decision making)',
      author: [{ display: 'Dr Ann Jones, GP' }],
    });
  });

  it('has sections under PCSP and SDM headings, each coded, each with a narrative of its own', () => {
    const sections = composition.section ?? [];
    expect(sections.map((s) => s.title)).toEqual([
      'Contacts with professionals',
      'How I communicate and how to communicate with me',
      'What matters to me',
      'Problem list',
      'Options discussed',
      'Goals and hopes',
      'Actions and activities',
      'Planned review date/interval',
      'Contingency/safety plans',
      'Who should be contacted',
      'GP practice',
    ]);
    const headings = Object.values(SECTION_HEADING).map((h) => h.code);
    for (const s of sections) {
      expect(headings).toContain(s.code?.coding?.[0]?.code);
      expect(s.text?.status).toBe('generated');
      expect(s.text?.div).toContain(`<h3>${s.title!.replace(/&/g, '&amp;')}</h3>`);
    }
    const options = sections.find((s) => s.title === 'Options discussed')!.text!.div;
    expect(options).toContain(
      '<li>Healthy changes first (chosen). Benefits: Good for your whole body, with no tablet side effects. Risks: Takes effort and may not lower blood pressure enough.</li>',
    );
    expect(options).toContain('<b>Shared decision status:</b> Valid');
    // The key figures as the patient's plan gives them (the agreed-plan document settles which).
    const figures = buildAgreedPlan(grid.consultation, grid.context).figures.en!;
    expect(figures.items.length).toBeGreaterThan(0);
    for (const f of figures.items)
      expect(options).toContain(`<li>${f.option}: ${f.sentences.join(' ')}</li>`);
    expect(options).toContain(figures.source.replace(/&/g, '&amp;'));
  });

  it('points each section at resources that are in the bundle', () => {
    const urls = new Set((bundle.entry ?? []).map((e) => e.fullUrl));
    const refs = (composition.section ?? []).flatMap((s) => s.entry ?? []).map((r) => r.reference);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(urls).toContain(ref);
  });

  it('carries the patient’s plan as the downloaded HTML, one attachment per language, typed as UK Core’s care-plan example', () => {
    const [doc] = ofType<DocumentReference>(bundle, 'DocumentReference');
    expect(doc?.type?.coding).toEqual([
      { system: 'http://snomed.info/sct', code: '734163000', display: 'Care plan' },
    ]);
    expect(doc?.status).toBe('current');
    const plan = buildAgreedPlan(grid.consultation, grid.context);
    const pages = patientPlansFrom(plan).map((d) => patientHtmlPage(plan, [d]));
    expect(doc?.content.map((c) => [c.attachment.language, c.attachment.contentType])).toEqual([
      ['en-GB', 'text/html'],
      ['cy', 'text/html'],
    ]);
    expect(doc?.content.map((c) => decode(c.attachment.data!))).toEqual(pages);
    expect(decode(doc!.content[1]!.attachment.data!)).toContain('lang="cy"');
  });

  it('is preliminary while the plan is a draft, final once agreed', () => {
    const status = (c: Consultation) => {
      const b = buildFhirBundle(c, context());
      return [
        (b.entry![0]!.resource as Composition).status,
        ofType<DocumentReference>(b, 'DocumentReference')[0]?.docStatus,
      ];
    };
    expect(status({ ...complete(), status: 'open' })).toEqual(['preliminary', 'preliminary']);
    expect(status(complete())).toEqual(['final', 'final']);
  });

  it('carries one attachment when the plan is in English only', () => {
    const [doc] = ofType<DocumentReference>(buildFhirBundle(complete(), context()), 'DocumentReference');
    expect(doc?.content.map((c) => c.attachment.language)).toEqual(['en-GB']);
  });

  it('carries at least five distinct SNOMED CT and LOINC codes', () => {
    const codes = new Set(
      codings(bundle)
        .filter((c) => c.system === 'http://snomed.info/sct' || c.system === 'http://loinc.org')
        .map((c) => `${c.system}|${c.code}`),
    );
    expect(codes.size).toBeGreaterThanOrEqual(5);
  });

  it('gives every resource a generated narrative', () => {
    for (const r of resources(bundle)) {
      const text = (r as { text?: { status: string; div: string } }).text;
      expect(text?.status, r.resourceType).toBe('generated');
    }
  });

  it('shows in the plan’s narrative who each activity is for, information still needed included', () => {
    const div = carePlan(buildFhirBundle(complete(), context())).text?.div ?? '';
    expect(div).toContain('Information still needed: A blood test — who: Practice nurse — next week');
    expect(div).toContain('Who does what: Walk with you on Sundays — who: Your daughter');
  });
});

describe('the GP practice and the problem', () => {
  it('exports the practice in Settings as an Organization the document names as custodian', () => {
    const bundle = buildFhirBundle(complete(), context());
    const [practice] = ofType<Organization>(bundle, 'Organization');
    expect(practice).toMatchObject({
      name: 'Riverside Surgery',
      telecom: [{ system: 'phone', value: '01234 567890' }],
    });
    const composition = bundle.entry![0]!.resource as Composition;
    expect(composition.custodian?.reference).toBe(`urn:uuid:${practice!.id}`);
  });

  it('gives a practice contact that is not a number as other, not as a phone', () => {
    const ctx = context('en', { settings: { ...context().settings, practiceContact: 'Use the NHS App' } });
    const [practice] = ofType<Organization>(buildFhirBundle(complete(), ctx), 'Organization');
    expect(practice?.telecom).toEqual([{ system: 'other', value: 'Use the NHS App' }]);
  });

  it('leaves the practice out when Settings name none', () => {
    const ctx = context('en', { settings: { ...context().settings, practiceName: '' } });
    expect(ofType(buildFhirBundle(complete(), ctx), 'Organization')).toEqual([]);
  });

  it('records the problem as a problem-list Condition the plan addresses, in the clinician’s words', () => {
    const bundle = buildFhirBundle(complete(), context());
    const [problem] = ofType<Condition>(bundle, 'Condition');
    expect(problem?.code).toEqual({ text: 'Blood pressure is a bit high' });
    expect(problem?.category?.[0]?.coding?.[0]?.code).toBe('problem-list-item');
    expect(carePlan(bundle).addresses).toEqual([{ reference: `urn:uuid:${problem!.id}` }]);
  });
});

describe('clinical measures: LOINC and UCUM where the typed measure is one of them', () => {
  const measure = (clinicalLabel: string, clinicalValue: string, clinicalUnit: string) => {
    const c = complete();
    const bundle = buildFhirBundle(
      {
        ...c,
        agreement: {
          ...c.agreement,
          baseline: { ...c.agreement.baseline, clinicalLabel, clinicalValue, clinicalUnit },
        },
      },
      context(),
    );
    return observations(bundle, clinicalLabel)[0]!;
  };
  const loinc = (o: Observation) => o.code.coding?.map((c) => c.code);
  const category = (o: Observation) => o.category?.map((c) => c.coding?.[0]?.code);

  it('blood pressure "152/94" is the panel 85354-9, systolic 8480-6 and diastolic 8462-4 in mm[Hg]', () => {
    const bp = measure('Blood pressure', '152/94', 'mmHg');
    expect(loinc(bp)).toEqual(['85354-9']);
    expect(category(bp)).toEqual(['vital-signs']);
    expect(bp.valueString).toBeUndefined();
    expect(bp.component?.map((c) => [c.code.coding?.[0]?.code, c.valueQuantity])).toEqual([
      ['8480-6', { value: 152, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' }],
      ['8462-4', { value: 94, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' }],
    ]);
  });

  it.each([
    ['HbA1c', '53', 'mmol/mol', '59261-8', 'laboratory', 'mmol/mol'],
    ['Weight', '82.5', 'kg', '29463-7', 'vital-signs', 'kg'],
    ['BMI', '31.2', '', '39156-5', 'vital-signs', 'kg/m2'],
  ])('%s %s %s is LOINC %s, category %s, in UCUM %s', (label, value, unit, code, cat, ucum) => {
    const o = measure(label, value, unit);
    expect(loinc(o)).toEqual([code]);
    expect(category(o)).toEqual([cat]);
    expect(o.valueQuantity).toMatchObject({
      value: Number(value),
      system: 'http://unitsofmeasure.org',
      code: ucum,
    });
  });

  it.each([
    ['Steps a day', '4000', ''],
    ['HbA1c', '7.1', '%'],
    ['Blood pressure', 'high', ''],
  ])('%s %s %s stays the clinician’s words, with no code and no category', (label, value, unit) => {
    const o = measure(label, value, unit);
    expect(o.code).toEqual({ text: label });
    expect(o.category).toBeUndefined();
  });
});

describe('goal attainment at review', () => {
  const reviewed = (attainment: Consultation['review']['attainment']) => {
    const c = complete();
    const previous = { ...complete(), agreement: { ...complete().agreement, goal: 'Walk to the shop' } };
    const bundle = buildFhirBundle(
      { ...c, review: { ...c.review, attainment, patientMeasureNow: 6, helped: 'My daughter' } },
      context('en', { previous }),
    );
    return observations(bundle, 'Goal attainment at review')[0];
  };

  it('exports how far the earlier goal was reached, coded where R4 has a code, with what the patient said', () => {
    const o = reviewed('partly')!;
    expect(o.valueCodeableConcept).toEqual({
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
          code: 'in-progress',
          display: 'In Progress',
        },
      ],
      text: 'partly achieved',
    });
    expect(o.focus).toEqual([{ display: 'Walk to the shop' }]);
    expect(o.component?.map((c) => [c.code.text, c.valueInteger ?? c.valueString])).toEqual([
      ['Patient measure now', 6],
      ['What helped', 'My daughter'],
    ]);
  });

  it('a changed goal is said in words only; no review, no observation', () => {
    expect(reviewed('changed')?.valueCodeableConcept).toEqual({ text: 'goal changed' });
    expect(reviewed('')).toBeUndefined();
  });
});
