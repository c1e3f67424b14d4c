import { describe, expect, it } from 'vitest';
import { planToPlainText } from '../../../lib/export/plain-text';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import { loadBundledGrids } from '../../../lib/option-grids/bundled';
import { blank, complete, context, noTreatment } from './consultations';

describe('clinician note', () => {
  it('records the elements used, care aim, grid and version, decision, goal, baseline, confidence and follow-up', () => {
    const text = planToPlainText(buildClinicianNote(complete(), context()));
    for (const expected of [
      'Elements used: Preparation, Agenda setting, Information gathering, Discussing options, Agreeing the way forward, Implementation',
      'Care aim: Prevention',
      'Benefits and harms discussed using Raised blood pressure v1.2 (raised-blood-pressure)',
      'Decision: More walking',
      'Rationale (patient): I would rather try walking first',
      'Goal: Walk to the allotment without stopping by the spring',
      'Baseline: How far I can walk 4/10; Blood pressure 152/94 mmHg',
      'Confidence: 8/10',
      'Your daughter: Walk with you on Sundays',
      'Review: 18 January 2027',
      'EHR recall to set: 18/01/2027',
    ])
      expect(text).toContain(expected);
  });

  it('records an informed choice of no treatment', () => {
    expect(planToPlainText(buildClinicianNote(noTreatment(), context()))).toContain(
      'Decision: Informed choice of no treatment at present',
    );
  });

  it('flags confidence below 7', () => {
    const c = complete();
    const text = planToPlainText(
      buildClinicianNote({ ...c, agreement: { ...c.agreement, confidence: 4 } }, context()),
    );
    expect(text).toContain('Confidence: 4/10 (below 7)');
  });

  it('a blank consultation is only its header', () => {
    expect(buildClinicianNote(blank(), context()).sections.map((s) => s.id)).toEqual(['summary']);
  });

  it('names the grid questions that mattered, not their ids, when the grid is known', async () => {
    const { grids } = await loadBundledGrids();
    const grid = grids.find((g) => g.id === 'raised-blood-pressure');
    const first = grid?.questions[0];
    if (!grid || !first) throw new Error('bundled raised blood pressure grid missing');
    const c = complete();
    c.options.questionsThatMattered = [first.id, 'A question in my own words'];
    const withGrid = planToPlainText(buildClinicianNote(c, { ...context(), grid }));
    expect(withGrid).toContain(`Questions that mattered: ${first.question}; A question in my own words`);
    const withoutGrid = planToPlainText(buildClinicianNote(c, context()));
    expect(withoutGrid).toContain(`Questions that mattered: ${first.id}; A question in my own words`);
  });
});
