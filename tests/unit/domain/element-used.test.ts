import { describe, expect, it } from 'vitest';
import { elementsUsed, isElementUsed } from '../../../lib/domain/element-used';
import { planToPlainText } from '../../../lib/export/plain-text';
import type { Consultation } from '../../../lib/domain/consultation';
import type { ElementId } from '../../../lib/domain/elements';

import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import { blank, context } from '../plan/consultations';

/** The note's "Elements used" line, as the clinician reads it. */
const noteSays = (c: Consultation) =>
  /Elements used: (.*)/.exec(planToPlainText(buildClinicianNote(c, context())))?.[1] ?? '';

// One definition of "element used": the navigator's tick, the audit's count and the note agree.
describe('an element with only one field filled', () => {
  const c = blank();
  it.each([
    [
      'agreement',
      'Agreeing the way forward',
      { ...c, agreement: { ...c.agreement, rationale: 'I would rather walk' } },
    ],
    ['options', 'Discussing options', { ...c, options: { ...c.options, leaning: ['o1'] } }],
    ['preparation', 'Preparation', { ...c, preparation: { ...c.preparation, largePrint: true } }],
    [
      'agreement',
      'Agreeing the way forward',
      { ...c, agreement: { ...c.agreement, followUpDate: '2027-01-18' } },
    ],
  ] as [ElementId, string, Consultation][])(
    'marks %s used in the navigator, the audit and the note',
    (id, name, filled) => {
      expect(isElementUsed(filled, id)).toBe(true);
      expect(elementsUsed(filled)).toEqual([id]);
      expect(noteSays(filled)).toBe(name);
    },
  );
});
