// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Consultation } from '../../../lib/domain/consultation';
import { planToHtmlFragment, plansToHtmlPage } from '../../../lib/export/html';
import { planToPlainText, plansToPlainText } from '../../../lib/export/plain-text';
import { buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import type { PlanContext } from '../../../lib/plan/plan-types';
import { measureReadability } from '../../../lib/readability/reading-ease';
import { SHORT_HOSTILE_STRINGS } from '../../fixtures/hostile-strings';
import { blank, complete, context, noTreatment } from './consultations';

/** Only a goal and a first step: the quickest plan a GP writes in a 10-minute slot. */
function minimal(): Consultation {
  const c = blank();
  return {
    ...c,
    agreement: { ...c.agreement, goal: 'Sleep through the night', firstAction: 'No tea after six' },
  };
}

/** Every free-text field holds markup or script. */
function hostile(value: string): Consultation {
  const c = complete();
  return {
    ...c,
    patientRef: value,
    agenda: { ...c.agenda, whatMatters: value, items: [{ id: 'h', text: value, owner: 'patient' }] },
    options: {
      ...c.options,
      problem: value,
      options: c.options.options.map((o) => ({ ...o, label: `${o.label} ${value}`, pros: value })),
    },
    agreement: { ...c.agreement, goal: value, rationale: value, firstAction: value, contact: value },
  };
}

const TABLE: readonly [string, Consultation, PlanContext['language'], string[]][] = [
  ['complete', complete(), 'en', ['Your goal', 'Your first step', 'Who to contact', 'About this plan']],
  ['minimal', minimal(), 'en', ['Your goal', 'Sleep through the night', 'No tea after six']],
  ['no-treatment choice', noTreatment(), 'en', ['not to start treatment now', 'we respect it']],
  ['Welsh', complete(), 'cy', ['Eich cynllun', 'Eich nod', 'Eich cam cyntaf']],
  ['both languages', complete(), 'both', ['Your plan', 'Eich cynllun', '* * *']],
];

describe('plans for a table of consultations', () => {
  it.each(TABLE)('%s: the patient version says what it should', (_name, c, language, expected) => {
    const text = plansToPlainText(buildPatientPlans(c, context(language)));
    for (const words of expected) expect(text).toContain(words);
  });

  it.each(TABLE.filter(([, , language]) => language === 'en'))(
    '%s: the English wording reads at reading age 11 or under (Flesch 60+)',
    (_name, c) => {
      const [doc] = buildPatientPlans(c, context('en'));
      const reading = measureReadability(planToPlainText(doc!));
      expect(reading.readingEase).toBeGreaterThanOrEqual(60);
      expect(reading.readingAge).toBeLessThanOrEqual(11);
    },
  );

  it.each(SHORT_HOSTILE_STRINGS.filter((s) => s.value.includes('<')).map((s) => [s.id, s.value] as const))(
    'hostile %s: stays text in every output',
    (_id, value) => {
      const c = hostile(value);
      const docs = buildPatientPlans(c, context('both'));
      const note = buildClinicianNote(c, context());
      const html = [
        ...docs.map((d) => planToHtmlFragment(d)),
        planToHtmlFragment(note),
        plansToHtmlPage(docs, { size: 'large', title: value }),
      ].join('');
      // No tag from the consultation survives as a tag: every "<" it typed is escaped.
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      expect(
        parsed.querySelectorAll('script, img, svg, iframe, object, embed, input, details, a'),
      ).toHaveLength(0);
      expect(parsed.body.textContent).toContain(value.trim());
      expect(planToPlainText(note)).toContain(value.trim());
    },
  );
});
