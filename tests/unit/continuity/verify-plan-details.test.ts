import { describe, expect, it } from 'vitest';
import type { EarlierPlanDetails } from '../../../lib/continuity/earlier-plan-details';
import { verifyEarlierPlan } from '../../../lib/continuity/verify-earlier-plan';
import {
  DETAIL_LIST_LIMIT,
  DETAIL_TEXT_LIMIT,
  verifyPlanDetails,
} from '../../../lib/continuity/verify-plan-details';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { readFhirBundle } from '../../../lib/export/read-fhir-bundle';
import { complete, context } from '../plan/consultations';

const read = () => {
  const result = readFhirBundle(JSON.stringify(buildFhirBundle(complete(), context())));
  if (!result.ok || !result.summary.details) throw new Error('the complete bundle must read');
  return result;
};
const details = (): EarlierPlanDetails => read().summary.details!;
const option = (label: string) => ({ label, benefits: '', risks: '', chosen: false, doNothing: false });

describe('the details of a plan read from FHIR are checked like its summary', () => {
  it('keeps a plan’s details exactly as read when nothing is amiss', () => {
    expect(verifyPlanDetails(details())).toEqual({ ok: true, details: details() });
  });

  it('shows markup in any detail as its text, never as markup', () => {
    const d = details();
    d.options = [{ ...option('<b>Tablets</b>'), risks: '<img src=x onerror="alert(1)">Dizzy' }];
    d.tasks = [{ who: 'other', otherName: '<script>alert(1)</script>Sian', task: 'Walk &amp; talk' }];
    const checked = verifyPlanDetails(d);
    expect(checked).toMatchObject({
      ok: true,
      details: {
        options: [{ label: 'Tablets', risks: 'Dizzy' }],
        tasks: [{ otherName: 'alert(1) Sian', task: 'Walk & talk' }],
      },
    });
  });

  it.each([
    [
      'a text longer than is kept',
      (d: EarlierPlanDetails) => (d.whatMatters = 'x'.repeat(DETAIL_TEXT_LIMIT + 1)),
      /what matters is longer than Cocreate keeps/,
    ],
    [
      'more options than are kept',
      (d: EarlierPlanDetails) =>
        (d.options = Array.from({ length: DETAIL_LIST_LIMIT + 1 }, (_, i) => option(`O${i}`))),
      /more options than Cocreate keeps/,
    ],
    ['a score outside 0 to 10', (d: EarlierPlanDetails) => (d.importance = 11), /score is outside 0 to 10/],
    ['a decide-by day that is not a date', (d: EarlierPlanDetails) => (d.decideBy = 'soon'), /not a date/],
    [
      'a plan language Cocreate does not write',
      (d: EarlierPlanDetails) => (d.language = 'fr' as EarlierPlanDetails['language']),
      /language is not one Cocreate writes/,
    ],
    [
      'more items of information still needed than are kept',
      (d: EarlierPlanDetails) =>
        (d.informationNeeded = Array.from({ length: DETAIL_LIST_LIMIT + 1 }, (_, i) => ({
          what: `Test ${i}`,
          who: '',
          byWhen: '',
        }))),
      /more items of information still needed than Cocreate keeps/,
    ],
    [
      'text still changing after cleaning',
      (d: EarlierPlanDetails) => (d.rationale = '&amp;amp;amp;amp;amp;lt;b>'),
      /hidden formatting/,
    ],
  ])('refuses %s in plain words, and nothing is kept', (_name, damage, reason) => {
    const d = details();
    damage(d);
    const refused = verifyPlanDetails(d);
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(reason) as unknown });
    const whole = read();
    whole.summary.details = d;
    const verified = verifyEarlierPlan(whole, {
      patientRef: 'AE 1961',
      fileName: 'f.json',
      today: new Date('2026-12-01'),
    });
    expect(verified).toEqual({ ok: false, error: expect.stringMatching(/Nothing was kept\.$/) as unknown });
  });
});
