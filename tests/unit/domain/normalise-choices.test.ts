import { describe, expect, it } from 'vitest';
import { ELEMENT_IDS, type ElementId } from '../../../lib/domain/elements';
import { newConsultation } from '../../../lib/domain/new-consultation';
import { normaliseConsultation } from '../../../lib/domain/normalise-consultation';
import { registryChoices, withValueAt } from './registry-choices';

const UNKNOWN = 'not-a-value-this-version-knows';
const fresh = newConsultation({ id: 'c1', now: new Date(0), path: 'full', plannedMinutes: 10 });

/** The value at a dotted path; "*" is a list's first item. */
function valueAt(record: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (at, key) => (at as Record<string, unknown> | undefined)?.[key === '*' ? 0 : key],
      record,
    );
}

// Normalising checks the seven sections and the record's own single fields (normalise-consultation.ts).
const checked = [...registryChoices()].filter(([path]) => {
  const top = path.split('.')[0]!;
  return ELEMENT_IDS.includes(top as ElementId) || !path.includes('.');
});

describe('normalising a stored choice against the registry’s values', () => {
  it('checks every choice field of the sections and of the record itself', () => {
    expect(checked.map(([path]) => path)).toEqual(
      expect.arrayContaining(['path', 'currentElement', 'status', 'review.nextStep', 'agenda.items.*.owner']),
    );
  });

  it.each(checked)('%s keeps every value the registry lists and no other', (path, values) => {
    if (Array.isArray(valueAt(fresh, path))) {
      const stored = withValueAt(fresh, path, [...values, UNKNOWN]);
      expect(valueAt(normaliseConsultation(stored), path)).toEqual([...values]);
      return;
    }
    for (const value of values) {
      expect(valueAt(normaliseConsultation(withValueAt(fresh, path, value)), path)).toBe(value);
    }
    // An unknown value reads as no value at all: the fresh default, never the unknown one.
    const unknown = valueAt(normaliseConsultation(withValueAt(fresh, path, UNKNOWN)), path);
    expect(unknown).toBe(valueAt(normaliseConsultation(withValueAt(fresh, path, undefined)), path));
    expect(unknown === null || values.includes(unknown)).toBe(true);
  });
});
