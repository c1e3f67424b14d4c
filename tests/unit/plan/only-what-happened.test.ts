import { describe, expect, it } from 'vitest';
import { planToPlainText } from '../../../lib/export/plain-text';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { buildPatientPlan, PLAN_WORDS } from '../../../lib/plan/build-patient-plan';
import { buildClinicianNote, summaryLine } from '../../../lib/plan/clinician-note';
import { withCopyGiven } from '../../../lib/plan/copy-given';
import { withSheetGiven } from '../../../lib/preparation/sheets-given';
import type { Consultation } from '../../../lib/domain/consultation';
import { blank, complete, context, noTreatment } from './consultations';

const plan = (c: Consultation, language: 'en' | 'cy' = 'en') =>
  planToPlainText(buildPatientPlan(c, context(language), language));
const note = (c: Consultation) => planToPlainText(buildClinicianNote(c, context()));

/** The stop-smoking plan: no do-nothing option was ever on the table. */
function withoutDoNothing(): Consultation {
  const c = complete();
  return { ...c, options: { ...c.options, options: c.options.options.filter((o) => !o.isDoNothing) } };
}

function notDecided(decideBy = '2026-12-07'): Consultation {
  const c = complete();
  return {
    ...c,
    agreement: {
      ...c.agreement,
      chosenOptionIds: [],
      notDecided: true,
      decideBy,
      rationale: 'I want to talk to my wife first',
    },
  };
}

describe('the plan and the note say only what happened', () => {
  it('says doing nothing was a real choice only when a do-nothing option was discussed', () => {
    expect(plan(complete())).toContain(PLAN_WORDS.en.doingNothingIsAChoice);
    expect(plan(withoutDoNothing())).not.toContain(PLAN_WORDS.en.doingNothingIsAChoice);
    expect(plan(withoutDoNothing(), 'cy')).not.toContain(PLAN_WORDS.cy.doingNothingIsAChoice);
  });

  it.each([
    [
      'open',
      'DRAFT: your plan (not agreed yet)',
      'DRAFT: shared decision making (plan not agreed yet)',
      'draft',
    ],
    ['agreed', 'Your plan', 'Agreed plan (shared decision making)', 'active'],
  ] as const)('status %s: plan "%s", note "%s", FHIR %s', (status, planTitle, noteTitle, fhirStatus) => {
    const c = { ...complete(), status };
    expect(buildPatientPlan(c, context()).title).toBe(planTitle);
    expect(buildClinicianNote(c, context()).title).toBe(noteTitle);
    // The export is a FHIR document: the Composition comes first, the CarePlan among its entries.
    const carePlan = buildFhirBundle(c, context()).entry?.find((e) => e.resource?.resourceType === 'CarePlan')
      ?.resource as { status?: string; title?: string };
    expect(carePlan.status).toBe(fhirStatus);
    expect(carePlan.title).toBe(noteTitle);
  });

  it('a Welsh draft says DRAFFT', () => {
    expect(buildPatientPlan(blank(), context('cy'), 'cy').title).toBe(
      'DRAFFT: eich cynllun (heb ei gytuno eto)',
    );
  });

  it('"not decided yet" has its own plan and note wording, with the date to decide by', () => {
    const c = notDecided();
    const text = plan(c);
    expect(text).toContain('You have not decided yet, and that is fine.');
    expect(text).toContain('Please let us know what you decide by 7 December 2026.');
    expect(text).not.toContain('You chose');
    expect(plan(c, 'cy')).toContain('Dydych chi ddim wedi penderfynu eto');
    const record = note(c);
    expect(record).toContain(
      'Decision: Not decided yet: wants time to think or talk it over; to decide by 07/12/2026',
    );
    expect(buildClinicianNote(c, context()).title).toBe('Shared decision making: not decided yet');
    expect(summaryLine(c, context())).toContain('not decided yet, to decide by 07/12/2026');
  });

  it('"not decided yet" without a date still tells the patient to let us know', () => {
    expect(plan(notDecided(''))).toContain('Please let us know when you have decided.');
  });

  it('records each copy given: how, and in which languages', () => {
    let c = complete();
    expect(note(c)).not.toContain('Copy of plan given');
    c = withCopyGiven(c, { how: 'printed', languages: ['en'], at: '2026-11-23T10:00:00Z' });
    c = withCopyGiven(c, { how: 'inserted', languages: ['en', 'cy'], at: '2026-11-23T10:01:00Z' });
    expect(note(c)).toContain('Copy of plan given: printed, inserted; English / Welsh');
  });

  it('says a preparation sheet was given only when one left Cocreate: how, languages, grid', () => {
    let c = complete();
    expect(note(c)).not.toContain('Preparation sheet given');
    c = withSheetGiven(c, {
      how: 'printed',
      languages: ['en', 'cy'],
      gridId: 'knee-osteoarthritis',
      gridTitle: 'Knee osteoarthritis: what are my options? v1.0',
      at: '2026-11-20T10:00:00Z',
    });
    c = withSheetGiven(c, { how: 'text message', languages: ['en'], gridId: '', at: '2026-11-20T10:02:00Z' });
    expect(note(c)).toContain(
      'Preparation sheet given: printed, text message; English / Welsh; with option grid Knee osteoarthritis: what are my options? v1.0',
    );
    // Never in the patient's own plan: it is about the appointment, not the plan agreed.
    expect(plan(c)).not.toContain('Preparation sheet');
  });

  it('names the grid of a sheet recorded before titles were kept by its id', () => {
    const c = withSheetGiven(complete(), {
      how: 'downloaded',
      languages: ['en'],
      gridId: 'knee-osteoarthritis',
      at: '2026-11-20T10:00:00Z',
    });
    expect(note(c)).toContain(
      'Preparation sheet given: downloaded; English; with option grid knee-osteoarthritis',
    );
  });

  it('puts the patient’s own agenda items as theirs, apart from the clinician’s', () => {
    const text = plan(complete());
    expect(text).toContain('You asked about: “My blood pressure reading”');
    expect(text).toContain('We also talked about: Check on your tablets');
  });

  it('brings "what helped" and "what got in the way" into the patient plan', () => {
    const c = complete();
    c.review = { ...c.review, helped: 'Walking with my daughter', gotInTheWay: 'The rain in October' };
    const text = plan(c);
    // The registry marks both as the patient's own words: quoted, never reworded.
    expect(text).toContain('What helped: “Walking with my daughter”');
    expect(text).toContain('What got in the way: “The rain in October”');
  });
});

describe('the note a GP wants in the record', () => {
  it('starts with a one-line summary', () => {
    const first = buildClinicianNote(complete(), { ...context() }).sections[0]?.lines[0]?.text;
    expect(first).toBe(
      'SDM: options Tablets / More walking / Wait and check again discussed using Raised blood pressure v1.2; chose More walking; review 18/01/2027',
    );
  });

  it('names the grid’s source in the summary when the grid is loaded', () => {
    const grid = { id: 'raised-blood-pressure', organisation: 'NHS Wales sample' } as never;
    expect(summaryLine(complete(), { ...context(), grid })).toContain(
      'discussed using Raised blood pressure v1.2 (NHS Wales sample)',
    );
  });

  it.each([
    [noTreatment(), 'chose no treatment (informed choice)'],
    [blank(), 'SDM: no options recorded; no decision recorded'],
  ])('summary of other outcomes', (c, expected) => {
    expect(summaryLine(c, context())).toContain(expected);
  });

  it('records reasonable adjustments: language, large print, interpreter, carer and their role', () => {
    const c = complete();
    c.preparation = {
      ...c.preparation,
      language: 'cy',
      largePrint: true,
      present: ['interpreter', 'carer'],
      presentNote: 'daughter, helps with tablets',
      communicationNeeds: 'hard of hearing',
    };
    expect(note(c)).toContain(
      'Reasonable adjustments: plan in Welsh; large print; interpreter present; carer present (daughter, helps with tablets); communication needs: hard of hearing',
    );
  });

  it('writes care aims, next steps and support needed in words, never ids or licensed wording', () => {
    const c = complete();
    c.options.careAims = ['prevention', 'participation'];
    c.review = { ...c.review, nextStep: 'new-cycle', attainment: 'partly' };
    const text = note(c);
    expect(text).toContain('Care aim: Prevention, Participation');
    expect(text).toContain('Next step: new plan (another cycle)');
    expect(text).toContain('Support needed to self-manage: some');
    expect(text).not.toMatch(/new-cycle|passive|Activation/);
  });

  it.each([
    [1, 'a lot'],
    [2, 'some'],
    [3, 'a little'],
    [4, 'keeps going under stress'],
  ] as const)('activation level %i reads "Support needed to self-manage: %s"', (level, words) => {
    const c = complete();
    c.agenda.activation = level;
    expect(note(c)).toContain(`Support needed to self-manage: ${words}`);
  });

  it('asks for an EHR recall only when there is a follow-up date', () => {
    expect(note(complete())).toContain('EHR recall to set: 18/01/2027');
    const c = complete();
    c.agreement.followUpDate = '';
    expect(note(c)).not.toContain('EHR recall');
  });
});
