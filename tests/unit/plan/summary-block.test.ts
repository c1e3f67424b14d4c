import { describe, expect, it } from 'vitest';
import { readSummaryBlock } from '../../../lib/continuity/read-summary-block';
import { summaryBlockSection } from '../../../lib/plan/summary-block';
import { buildAgreedPlan } from '../../../lib/plan/build-agreed-plan';
import { planToPlainText } from '../../../lib/export/plain-text';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import { blank, complete, context, noTreatment } from '../plan/consultations';

const noteText = (c = complete()) => planToPlainText(buildClinicianNote(c, context()));

describe('the Cocreate summary block at the end of the clinician note', () => {
  it('ends the note with every value a review needs, in plain labelled lines', () => {
    const text = noteText();
    expect(text.endsWith('End of Cocreate summary')).toBe(true);
    const block = text.slice(text.indexOf('Cocreate summary (format 2)'));
    expect(block.split('\n')).toEqual([
      'Cocreate summary (format 2)',
      'Patient ref: AE 1961',
      'Status: agreed',
      'Date: 2026-11-23',
      'Goal: Walk to the allotment without stopping by the spring',
      'First step: Walk for 10 minutes after lunch',
      'Chosen option: More walking',
      'Option grid: raised-blood-pressure v1.2',
      'Own measure (How far I can walk): 4/10',
      'Clinical baseline (Blood pressure, mmHg): 152/94',
      'Confidence: 8/10',
      'Follow-up: 2027-01-18',
      expect.stringMatching(/^Check: [0-9a-f]{16}$/),
      'End of Cocreate summary',
    ]);
  });

  it('a draft names the patient and its status, and dates the day written, not an agreement, so a review never reads it as agreed', () => {
    const draft = { ...complete(), status: 'open' as const };
    const block = noteText(draft).split('Cocreate summary (format 2)')[1] ?? '';
    expect(block).toContain('Patient ref: AE 1961\nStatus: draft (not agreed)\nDate: 2026-11-23');
    expect(block).not.toContain('Agreed:');
    const read = readSummaryBlock(noteText(draft));
    expect(read.ok && read.summary.status).toBe('draft');
  });

  it('is left out when nothing was agreed', () => {
    expect(summaryBlockSection(buildAgreedPlan(blank(), context()))).toBeNull();
    expect(noteText(blank())).not.toContain('Cocreate summary');
  });

  it('reads back exactly what was written', () => {
    expect(readSummaryBlock(noteText())).toEqual({
      ok: true,
      summary: {
        source: 'note',
        formatVersion: '2',
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
      },
    });
  });

  it('says a plan not yet agreed is a draft, and reads back as one', () => {
    const c = complete();
    c.status = 'open';
    expect(noteText(c)).toContain('Status: draft (not agreed)');
    expect(readSummaryBlock(noteText(c))).toMatchObject({ ok: true, summary: { status: 'draft' } });
  });

  it('reads back an informed choice of no treatment', () => {
    const read = readSummaryBlock(noteText(noTreatment()));
    expect(read.ok && read.summary.noTreatment).toBe(true);
    expect(read.ok && read.summary.chosenOption).toBe('');
  });

  it('keeps "not recorded" values empty rather than guessing them', () => {
    const c = blank();
    c.agreement.goal = 'Sleep through the night';
    const read = readSummaryBlock(noteText(c));
    expect(read).toMatchObject({
      ok: true,
      summary: {
        goal: 'Sleep through the night',
        firstAction: '',
        grid: null,
        patientMeasure: null,
        confidence: null,
        clinicalValue: '',
        followUpDate: '',
      },
    });
  });

  it.each([
    ['a key word and colon inside the goal', { goal: 'Reach my goal: First step: walk. Confidence: high' }],
    ['labels with commas, brackets and colons', { label: 'BP, sitting (left arm): mean', unit: 'mm Hg' }],
    ['a clinical value without a label', { label: '', unit: 'mmol/mol' }],
    [
      'the words of the end line inside the first step',
      { firstAction: 'Read the End of Cocreate summary leaflet' },
    ],
  ])('survives %s', (_name, change) => {
    const c = complete();
    if ('goal' in change) c.agreement.goal = change.goal;
    if ('firstAction' in change) c.agreement.firstAction = change.firstAction;
    if ('label' in change)
      c.agreement.baseline = {
        ...c.agreement.baseline,
        clinicalLabel: change.label,
        clinicalUnit: change.unit,
      };
    const read = readSummaryBlock(noteText(c));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.summary.confidence).toBe(8);
    expect(read.summary.followUpDate).toBe('2027-01-18');
    expect(read.summary.clinicalValue).toBe('152/94');
    if ('label' in change) expect(read.summary.clinicalUnit).toBe(change.unit);
    if ('label' in change && change.label === '') expect(read.summary.clinicalLabel).toBe('');
  });

  it('a follow-up typed as words is written as typed and read back as no date', () => {
    const c = complete();
    c.agreement.followUpDate = 'in 6 weeks';
    expect(noteText(c)).toContain('Follow-up: in 6 weeks');
    const read = readSummaryBlock(noteText(c));
    expect(read.ok && read.summary.followUpDate).toBe('');
  });
});
