// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { neutraliseBidi } from '../../../lib/domain/read-values';
import { DOWNLOAD_CSP, planToHtmlFragment, plansToHtmlPage } from '../../../lib/export/html';
import { plansToPlainText } from '../../../lib/export/plain-text';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import { buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import type { Consultation } from '../../../lib/domain/consultation';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings';
import { complete, context } from '../plan/consultations';

/** Puts one hostile string into every free-text field that reaches a plan. */
function hostile(value: string): Consultation {
  const c = complete();
  return {
    ...c,
    patientRef: value,
    agenda: { ...c.agenda, whatMatters: value, items: [{ id: 'x', text: value, owner: 'patient' }] },
    options: {
      ...c.options,
      problem: value,
      options: [{ id: 'o1', label: value, pros: value, cons: value, isDoNothing: false }],
    },
    agreement: {
      ...c.agreement,
      chosenOptionIds: ['o1'],
      rationale: value,
      goal: value,
      firstAction: value,
      barriers: [{ id: 'b', barrier: value, wayRound: value }],
      responsibilities: [{ id: 'r', who: 'other', otherName: value, task: value }],
      contact: value,
    },
  };
}

/** Parses HTML the way a browser would and reports any element or attribute it did not expect. */
const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${DOWNLOAD_CSP}">`;

function unexpectedMarkup(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const allowed = new Set([
    'HTML',
    'HEAD',
    'BODY',
    'META',
    'TITLE',
    'STYLE',
    'DIV',
    'ARTICLE',
    'H1',
    'H2',
    'H3',
    'P',
    'STRONG',
  ]);
  return (
    [...doc.querySelectorAll('*')]
      // The page's own content security policy, exactly as written, and no other use of those attributes.
      .filter((el) => !(el.tagName === 'META' && el.outerHTML === CSP_META))
      .filter(
        (el) =>
          !allowed.has(el.tagName) ||
          [...el.attributes].some((a) => !['lang', 'charset', 'class', 'style'].includes(a.name)),
      )
      .map((el) => el.outerHTML.slice(0, 80))
  );
}

describe('HTML output escapes everything from a consultation', () => {
  const texts = HOSTILE_STRINGS.filter((h) => h.value.length < 5000);

  it.each(texts.map((h) => [h.id, h.value] as const))('%s stays text in the patient page', (_id, value) => {
    const html = plansToHtmlPage(buildPatientPlans(hostile(value), context('both')), {
      size: 'large',
      title: value,
    });
    expect(unexpectedMarkup(html)).toEqual([]);
    expect(html).not.toMatch(/<(script|img|svg|iframe|math)/i);
  });

  it.each(texts.map((h) => [h.id, h.value, h.lossy] as const))(
    '%s survives as the same text (bidirectional controls dropped) in the clinician note fragment',
    (_id, value, lossy) => {
      const note = buildClinicianNote(hostile(value), context());
      const host = document.createElement('div');
      host.append(new DOMParser().parseFromString(planToHtmlFragment(note), 'text/html').body);
      expect(unexpectedMarkup(planToHtmlFragment(note))).toEqual([]);
      // Bidirectional controls are dropped from every output on purpose (lib/plan/safe-text.ts).
      const shown = neutraliseBidi(value);
      if (!lossy && shown.trim() === shown && shown.trim() !== '') expect(host.textContent).toContain(shown);
    },
  );

  it('keeps a 100k-character string whole in plain text', () => {
    const long = HOSTILE_STRINGS.find((h) => h.value.length > 50_000);
    expect(long).toBeDefined();
    const text = plansToPlainText(buildPatientPlans(hostile(long?.value ?? ''), context()));
    expect(text).toContain(long?.value.trim());
  });
});

describe('HTML page', () => {
  it('puts English and Welsh side by side, each with its lang', () => {
    const html = plansToHtmlPage(buildPatientPlans(complete(), context('both')), {
      size: 'extra-large',
      title: 'Plan',
    });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect([...doc.querySelectorAll('article')].map((a) => a.getAttribute('lang'))).toEqual(['en-GB', 'cy']);
    expect(doc.body.className).toBe('extra-large');
    expect(doc.querySelector('article[lang="cy"] h1')?.textContent).toBe('Eich cynllun');
  });
});
