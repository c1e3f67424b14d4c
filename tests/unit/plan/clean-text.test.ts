import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../lib/audit/csv';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { plansToHtmlPage } from '../../../lib/export/html';
import { planOutputs } from '../../../lib/export/plan-outputs';
import { hasBidiControls, joinSentences, tidyStops } from '../../../lib/plan/safe-text';
import { complete, context } from './consultations';

// U+202A–U+202E and U+2066–U+2069: each one alone can reverse or reorder what follows it.
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

function hostile() {
  const c = complete();
  c.patientRef = 'AE\u202E1961';
  c.agreement.goal = 'Walk \u202Eeht ot\u202C the allotment';
  c.agreement.firstAction = `Walk ${BIDI.join('')}daily`;
  c.agenda.items = [{ id: 'a1', text: '\u2067My tablets\u2069', owner: 'patient' }];
  c.options.options = c.options.options.map((o) => ({ ...o, label: `\u202D${o.label}` }));
  return c;
}

describe('clean text in every output', () => {
  it('no bidirectional control reaches the plan, the note, HTML, plain text (copied or inserted) or FHIR', () => {
    const out = planOutputs(hostile(), context('both'));
    const fhir = JSON.stringify(buildFhirBundle(hostile(), context()));
    const page = plansToHtmlPage(out.patient, { size: 'large', title: 'Your plan' });
    for (const [name, text] of Object.entries({
      patientText: out.text.patient,
      noteText: out.text.note,
      patientHtml: out.html.patient,
      noteHtml: out.html.note,
      page,
      fhir,
    })) {
      expect(hasBidiControls(text), name).toBe(false);
    }
    expect(out.text.patient).toContain('Walk eht ot the allotment');
  });

  it('no bidirectional control reaches a CSV cell', () => {
    expect(hasBidiControls(csvCell('grid\u202Eid'))).toBe(false);
  });

  it('no double full stop where grid text meets the plan’s punctuation', () => {
    const c = complete();
    c.options.options = c.options.options.map((o) => ({ ...o, pros: `${o.pros}.`, cons: `${o.cons}.` }));
    c.agreement.safetyNet = 'Ring us if it gets worse.';
    const out = planOutputs(c, {
      ...context(),
      settings: { ...context().settings, practiceName: 'Riverside Surgery Ltd.' },
    });
    expect(out.text.patient).not.toMatch(/(?<!\.)\.\.(?!\.)/);
    expect(out.text.note).not.toMatch(/(?<!\.)\.\.(?!\.)/);
    expect(out.text.patient).toContain(
      'Good points: Lowers the chance of a stroke. Downsides: Some people get dizzy.',
    );
  });

  it('keeps an ellipsis and the patient’s own punctuation', () => {
    expect(tidyStops('Wait... and see.. then')).toBe('Wait... and see. then');
    expect(joinSentences(['Good: fewer strokes.', 'Bad: dizzy', 'Really?'])).toBe(
      'Good: fewer strokes. Bad: dizzy. Really?',
    );
  });
});
