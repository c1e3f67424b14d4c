/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any -- the refused cases damage plain, untyped JSON on purpose */
import type { Bundle } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import type { EarlierPlanSummary } from '../../../lib/continuity/earlier-plan-summary';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { FHIR_READ_ERRORS, MAX_FHIR_FILE_CHARS, readFhirBundle } from '../../../lib/export/read-fhir-bundle';
import { blank, complete, context, noTreatment } from '../plan/consultations';
import { notDecidedYet } from './fhir-consultations';

const exported = (c = complete()) => JSON.stringify(buildFhirBundle(c, context()));
/** A fresh copy of the complete bundle as plain data, to damage in one place. */
const data = (): Record<string, any> => JSON.parse(exported()) as Record<string, any>;
const entryOf = (b: Record<string, any>, type: string) =>
  (b.entry as { resource: Record<string, any> }[]).find((e) => e.resource.resourceType === type)!.resource;
const edit = (change: (b: Record<string, any>) => void) => {
  const b = data();
  change(b);
  return JSON.stringify(b);
};

const COMPLETE: EarlierPlanSummary = {
  source: 'fhir',
  formatVersion: '3',
  patientRef: 'AE 1961',
  status: 'agreed',
  integrity: 'intact',
  agreedOn: '2026-11-23',
  goal: 'Walk to the allotment without stopping by the spring',
  firstAction: 'Walk for 10 minutes after lunch',
  chosenOption: 'More walking',
  noTreatment: false,
  grid: { id: 'raised-blood-pressure', version: '1.2' },
  patientMeasureLabel: 'How far I can walk',
  patientMeasure: 4,
  clinicalLabel: 'Blood pressure',
  clinicalValue: '152/94',
  clinicalUnit: 'mmHg',
  confidence: 8,
  followUpDate: '2027-01-18',
};

describe('reading back a Cocreate FHIR bundle', () => {
  it.each([
    ['complete', complete(), COMPLETE],
    ['no treatment', noTreatment(), { ...COMPLETE, chosenOption: '', noTreatment: true }],
    // Not decided yet is not agreed: the plan stays a draft.
    ['not decided yet', notDecidedYet(), { ...COMPLETE, chosenOption: '', status: 'draft' as const }],
  ])('%s: gives the summary the review step shows', (_name, c, summary) => {
    // The details are compared field by field by the round trip (fhir-round-trip.test.ts).
    expect(readFhirBundle(exported(c))).toEqual({
      ok: true,
      summary: { ...summary, details: expect.any(Object) },
    });
  });

  it('a blank consultation reads as a plan with nothing in it, nothing guessed', () => {
    expect(readFhirBundle(exported(blank()))).toEqual({
      ok: true,
      summary: {
        ...COMPLETE,
        patientRef: '',
        status: 'draft',
        goal: '',
        firstAction: '',
        chosenOption: '',
        grid: null,
        patientMeasureLabel: '',
        patientMeasure: null,
        clinicalLabel: '',
        clinicalValue: '',
        clinicalUnit: '',
        confidence: null,
        followUpDate: '',
        details: {
          decision: 'none',
          decideBy: '',
          problem: '',
          careAims: [],
          options: [],
          whatMattered: '',
          rationale: '',
          whatMatters: '',
          importance: null,
          importanceAbout: '',
          agendaConfidence: null,
          confidenceAbout: '',
          firstStepWhen: '',
          howOften: '',
          safetyNet: [],
          appointmentType: '',
          present: [],
          presentNote: '',
          language: 'en',
          communicationNeeds: '',
          largePrint: false,
          informationNeeded: [],
          agenda: [],
          alreadyDoing: '',
          barriers: [],
          tasks: [],
          briefInterventions: [],
          gridTitle: '',
          referrals: '',
          interventions: '',
          support: '',
          contact: '',
          commitment: '',
          wayBackIn: '',
          review: null,
        },
      },
    });
  });

  it('names the patient the plan was written for, so another patient’s file can be stopped', () => {
    const c = complete();
    c.patientRef = 'AA 1961';
    expect(readFhirBundle(exported(c))).toMatchObject({ ok: true, summary: { patientRef: 'AA 1961' } });
  });

  it('keeps a plan exported before it was agreed a draft', () => {
    const c = complete();
    c.status = 'open';
    expect(readFhirBundle(exported(c))).toMatchObject({ ok: true, summary: { status: 'draft' } });
  });

  it.each([
    [
      'a goal edited by hand',
      (b: Record<string, any>) => (entryOf(b, 'Goal').description.text = 'Run a marathon'),
    ],
    [
      'a confidence edited by hand',
      (b: Record<string, any>) => {
        const confidence = (b.entry as { resource: Record<string, any> }[])
          .map((e) => e.resource)
          .find(
            (r) =>
              r.resourceType === 'Observation' && typeof r.valueInteger === 'number' && r.valueInteger === 8,
          )!;
        confidence.valueInteger = 9;
      },
    ],
    [
      'the patient reference changed',
      (b: Record<string, any>) => (entryOf(b, 'CarePlan').subject.identifier.value = 'BB 1970'),
    ],
  ])('recognises %s as edited (its check no longer matches)', (_name, change) => {
    expect(readFhirBundle(edit(change))).toMatchObject({ ok: true, summary: { integrity: 'edited' } });
  });

  it('reads a bundle written before bundles carried a check as unchecked', () => {
    const unchecked = edit((b) => delete b.meta.tag);
    expect(readFhirBundle(unchecked)).toMatchObject({ ok: true, summary: { integrity: 'unchecked' } });
  });

  it.each(['revoked', 'entered-in-error', 'on-hold', 'unknown'])(
    'refuses a plan whose status is %s',
    (status) => {
      expect(readFhirBundle(edit((b) => (entryOf(b, 'CarePlan').status = status)))).toEqual({
        ok: false,
        error: FHIR_READ_ERRORS.withdrawn,
      });
    },
  );

  it('when, how often and the clinician’s own lines on when to get help come back apart', () => {
    const c = complete();
    c.agreement.when = 'after lunch';
    c.agreement.howOften = 'every day';
    c.agreement.safetyNet = 'Ring us if the knee swells.\n\n  Come back if you cannot walk  ';
    const read = readFhirBundle(exported(c));
    expect(read.ok && read.summary.details).toMatchObject({
      firstStepWhen: 'after lunch',
      howOften: 'every day',
      // Only the clinician's lines: the nation's and the grid's are written in a note of their own.
      safetyNet: ['Ring us if the knee swells.', 'Come back if you cannot walk'],
    });
  });

  it('how the consultation was held and who took part come back as data (SDM)', () => {
    const c = complete();
    c.preparation.appointmentType = 'video';
    c.preparation.present = ['carer', 'interpreter'];
    c.preparation.presentNote = 'Her son joined by phone';
    const read = readFhirBundle(exported(c));
    expect(read.ok && read.summary.details).toMatchObject({
      appointmentType: 'video',
      present: ['carer', 'interpreter'],
      presentNote: 'Her son joined by phone',
    });
  });

  it('what the patient already does, their commitment and the way back in come back as typed', () => {
    const c = complete();
    c.agenda.alreadyDoing = 'Walks the dog: most days';
    c.agreement.commitment = 'I will walk: every morning';
    c.implementation.wayBackIn = 'Ring the surgery and ask for Dr Jones';
    const read = readFhirBundle(exported(c));
    expect(read.ok && read.summary.details).toMatchObject({
      alreadyDoing: 'Walks the dog: most days',
      commitment: 'I will walk: every morning',
      wayBackIn: 'Ring the surgery and ask for Dr Jones',
    });
  });

  it('the plan’s language, communication needs, large print and information still needed come back as typed', () => {
    const c = complete();
    c.preparation.language = 'cy';
    c.preparation.communicationNeeds = 'Lip-reads: face her when speaking';
    c.preparation.largePrint = true;
    c.information.needed = [
      { id: 'n1', what: 'Home readings: a week of them', who: 'Patient', byWhen: 'next Friday' },
      { id: 'n2', what: '', who: 'Practice nurse', byWhen: '' },
    ];
    const read = readFhirBundle(exported(c));
    expect(read.ok && read.summary.details).toMatchObject({
      language: 'cy',
      communicationNeeds: 'Lip-reads: face her when speaking',
      largePrint: true,
      informationNeeded: [
        { what: 'Home readings: a week of them', who: 'Patient', byWhen: 'next Friday' },
        { what: '', who: 'Practice nurse', byWhen: '' },
      ],
    });
  });

  it('each brief intervention comes back with its patient’s line, a pick without one included', () => {
    const c = complete();
    c.implementation.briefInterventions = [
      { id: 'smoking', topic: 'Smoking', service: 'Help Me Quit', en: '', cy: '' },
      { id: 'alcohol', topic: 'Alcohol', service: 'Drinkline', en: 'Drinkline: free and private.', cy: '' },
    ];
    const read = readFhirBundle(exported(c));
    expect(read.ok && read.summary.details?.briefInterventions).toEqual([
      { topic: 'Smoking', service: 'Help Me Quit', en: '' },
      { topic: 'Alcohol', service: 'Drinkline', en: 'Drinkline: free and private.' },
    ]);
    // The same line given twice cannot say which is meant: refused.
    const twice = JSON.parse(exported(c)) as Record<string, any>;
    const plan = entryOf(twice, 'CarePlan');
    plan.note = [...plan.note, { text: "Brief intervention 2, the patient's line: Something else" }];
    expect(readFhirBundle(JSON.stringify(twice))).toEqual({ ok: false, error: FHIR_READ_ERRORS.damaged });
  });

  it('an option offered as doing nothing comes back marked as doing nothing', () => {
    const read = readFhirBundle(exported(complete()));
    const options = read.ok ? (read.summary.details?.options ?? []) : [];
    expect(options.map((o) => [o.label, o.doNothing])).toEqual([
      ['Tablets', false],
      ['More walking', false],
      ['Wait and check again', true],
    ]);
  });

  it('the agenda comes back item by item, in the order raised, each with whose it is (SDM)', () => {
    const c = complete();
    c.agenda.items = [
      { id: 'a', text: 'Knee pain', owner: 'patient' },
      { id: 'b', text: 'Blood pressure', owner: 'clinician' },
      { id: 'c', text: 'Sleep: and tiredness', owner: 'patient' },
    ];
    const read = readFhirBundle(exported(c));
    expect(read.ok && read.summary.details?.agenda).toEqual([
      { owner: 'patient', text: 'Knee pain' },
      { owner: 'clinician', text: 'Blood pressure' },
      { owner: 'patient', text: 'Sleep: and tiredness' },
    ]);
  });

  it('a number with a unit comes back as value and unit', () => {
    const c = complete();
    c.agreement.baseline = {
      ...c.agreement.baseline,
      clinicalLabel: 'HbA1c',
      clinicalValue: '48',
      clinicalUnit: 'mmol/mol',
    };
    const read = readFhirBundle(exported(c));
    expect(read.ok && [read.summary.clinicalValue, read.summary.clinicalUnit]).toEqual(['48', 'mmol/mol']);
  });
});

const foreignCarePlan: Bundle = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: [
    {
      fullUrl: 'urn:uuid:1',
      resource: {
        resourceType: 'CarePlan',
        status: 'active',
        intent: 'plan',
        subject: { reference: 'Patient/1' },
      },
    },
  ],
};

/** Malformed, foreign or tampered files, each with the plain-words reason it is refused. */
const REFUSED: [string, unknown, string][] = [
  ['an empty file', '', FHIR_READ_ERRORS.empty],
  ['white space only', '   \n', FHIR_READ_ERRORS.empty],
  ['not text at all', 42, FHIR_READ_ERRORS.empty],
  ['a file too big to be a plan', `{"a":"${'x'.repeat(MAX_FHIR_FILE_CHARS)}"}`, FHIR_READ_ERRORS.tooBig],
  ['not JSON (a note pasted by mistake)', 'Goal: walk more', FHIR_READ_ERRORS.notJson],
  ['cut off half way', exported().slice(0, 300), FHIR_READ_ERRORS.notJson],
  ['JSON but a list', '[1,2,3]', FHIR_READ_ERRORS.notBundle],
  ['JSON null', 'null', FHIR_READ_ERRORS.notBundle],
  ['a single Patient resource', '{"resourceType":"Patient","id":"1"}', FHIR_READ_ERRORS.notBundle],
  ['a CarePlan on its own', JSON.stringify(entryOf(data(), 'CarePlan')), FHIR_READ_ERRORS.notBundle],
  ['another system’s care plan bundle', JSON.stringify(foreignCarePlan), FHIR_READ_ERRORS.foreign],
  [
    'a bundle from another source',
    edit((b) => (b.meta.source = 'https://ehr.example/fhir')),
    FHIR_READ_ERRORS.foreign,
  ],
  [
    'a future Cocreate format',
    edit((b) => (b.meta.source = 'urn:cocreate:fhir-export:9')),
    FHIR_READ_ERRORS.version,
  ],
  ['a search result, not a collection', edit((b) => (b.type = 'searchset')), FHIR_READ_ERRORS.damaged],
  ['no entries', edit((b) => (b.entry = [])), FHIR_READ_ERRORS.damaged],
  ['entries that are not objects', edit((b) => (b.entry = ['x'])), FHIR_READ_ERRORS.damaged],
  [
    'no CarePlan',
    edit((b) => (b.entry = b.entry.filter((e: any) => e.resource.resourceType !== 'CarePlan'))),
    FHIR_READ_ERRORS.noPlan,
  ],
  [
    'a CarePlan without the UK Core profile',
    edit(
      (b) =>
        (entryOf(b, 'CarePlan').meta.profile = [
          'http://hl7.org/fhir/us/core/StructureDefinition/us-core-careplan',
        ]),
    ),
    FHIR_READ_ERRORS.noPlan,
  ],
  [
    'two CarePlans',
    edit((b) => b.entry.push({ resource: entryOf(b, 'CarePlan'), fullUrl: 'urn:uuid:other' })),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'two entries with one address',
    edit((b) => (b.entry[1].fullUrl = b.entry[0].fullUrl)),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'a goal reference that leads nowhere',
    edit((b) => (entryOf(b, 'CarePlan').goal[0].reference = 'urn:uuid:missing')),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'a goal that is not text',
    edit((b) => (entryOf(b, 'Goal').description.text = { evil: true })),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'a goal with control characters',
    edit((b) => (entryOf(b, 'Goal').description.text = 'walk\u0000')),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'a goal longer than any plan',
    edit((b) => (entryOf(b, 'Goal').description.text = 'w'.repeat(5000))),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'a confidence of 11 out of 10',
    edit((b) => {
      for (const e of b.entry) if (e.resource.valueInteger === 8) e.resource.valueInteger = 11;
    }),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'a confidence that is text',
    edit((b) => {
      for (const e of b.entry) if (e.resource.valueInteger === 8) e.resource.valueInteger = '8';
    }),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'a review date that is not a date',
    edit((b) => (entryOf(b, 'Goal').target[0].dueDate = '2027-02-30')),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'a plan date that is not a date',
    edit((b) => (entryOf(b, 'CarePlan').created = 'yesterday')),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'no shared decision activity',
    edit((b) => (entryOf(b, 'CarePlan').activity = entryOf(b, 'CarePlan').activity.slice(1))),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'an unknown decision outcome',
    edit((b) => (entryOf(b, 'CarePlan').activity[0].outcomeCodeableConcept[0].text = 'Surgery')),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'a grid link to a web page',
    edit((b) => (entryOf(b, 'CarePlan').activity[0].detail.instantiatesUri = ['javascript:alert(1)'])),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'a grid id that is not a grid id',
    edit(
      (b) =>
        (entryOf(b, 'CarePlan').activity[0].detail.instantiatesUri = ['urn:cocreate:option-grid:..%2Fetc:1']),
    ),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'an intent other than plan',
    edit((b) => (entryOf(b, 'CarePlan').intent = 'proposal')),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'a status FHIR does not have',
    edit((b) => (entryOf(b, 'CarePlan').status = 'pending')),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'the patient’s reason written twice',
    edit((b) => {
      const plan = entryOf(b, 'CarePlan');
      plan.note = [...plan.note, { text: 'Why (patient): Because' }];
    }),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'the clinician’s own advice on when to get help written twice',
    edit((b) => {
      const plan = entryOf(b, 'CarePlan');
      const own = { text: "When to get help, the clinician's own advice: Ring us" };
      plan.note = [...plan.note, own, own];
    }),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'a consultation method Cocreate does not write',
    edit((b) => {
      const plan = entryOf(b, 'CarePlan');
      plan.note = [...plan.note, { text: 'Consultation method: carrier pigeon' }];
    }),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'a plan language Cocreate does not write',
    edit((b) => entryOf(b, 'CarePlan').note.push({ text: "Language of the patient's plan: Klingon" })),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'large print that is neither asked for nor left out',
    edit((b) => entryOf(b, 'CarePlan').note.push({ text: 'Large print: maybe' })),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'communication needs written twice',
    edit((b) => {
      const plan = entryOf(b, 'CarePlan');
      plan.note = [
        ...plan.note,
        { text: 'Communication needs: Deaf' },
        { text: 'Communication needs: Blind' },
      ];
    }),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'a patient’s line for a brief intervention the plan does not list',
    edit((b) =>
      entryOf(b, 'CarePlan').note.push({ text: "Brief intervention 1, the patient's line: Stop smoking" }),
    ),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'information still needed, given to two people',
    edit((b) => {
      const need = entryOf(b, 'CarePlan').activity.find(
        (a: any) => a.detail.code.text === 'Information still needed',
      );
      need.detail.performer = [{ display: 'Nurse' }, { display: 'Doctor' }];
    }),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'information still needed with nothing in it',
    edit((b) =>
      entryOf(b, 'CarePlan').activity.push({
        detail: { code: { text: 'Information still needed' }, status: 'not-started' },
      }),
    ),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'an importance of 12 out of 10',
    edit((b) => {
      for (const e of b.entry)
        if (e.resource.valueInteger === 8 && e.resource.note) e.resource.valueInteger = 12;
    }),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'a task that is not text',
    edit((b) => (entryOf(b, 'CarePlan').activity[2].detail.description = { evil: true })),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'two reviews of one plan',
    edit((b) => {
      const plan = entryOf(b, 'CarePlan');
      plan.activity = [...plan.activity, plan.activity.at(-1)];
    }),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'an option’s “doing nothing” that is neither yes nor no',
    edit((b) => {
      for (const e of b.entry)
        for (const part of e.resource.component ?? [])
          if (part.code.text === 'Doing nothing') part.valueBoolean = 'yes';
    }),
    FHIR_READ_ERRORS.damaged,
  ],
  [
    'supporting information that is not in the bundle',
    edit((b) => entryOf(b, 'CarePlan').supportingInfo.push({ reference: 'urn:uuid:nowhere' })),
    FHIR_READ_ERRORS.damaged,
  ],
];

describe('refusing what is not a readable Cocreate bundle', () => {
  it('has at least twenty cases', () => expect(REFUSED.length).toBeGreaterThanOrEqual(20));

  it.each(REFUSED)('refuses %s with a plain-words reason', (_name, input, error) => {
    expect(readFhirBundle(input)).toEqual({ ok: false, error });
  });

  it('every reason is a plain sentence that says nothing was changed', () => {
    for (const error of Object.values(FHIR_READ_ERRORS)) {
      expect(error).toMatch(/^[A-Z][^{}<>]*\. Nothing was changed\.$/);
    }
  });
});
