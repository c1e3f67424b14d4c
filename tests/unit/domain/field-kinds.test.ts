import { describe, expect, it } from 'vitest';
import { ELEMENT_REGISTRY, RECORD_FIELDS } from '../../../lib/domain/element-registry';
import { ELEMENT_IDS, type ElementId } from '../../../lib/domain/elements';
import type { AnySpec, AnySpecs } from '../../../lib/domain/field-kinds';
import { collectText, FREE_TEXT_KINDS, PATIENT_WORDS_FIELDS } from '../../../lib/domain/text-fields';
import { unsavedText } from '../../../lib/domain/unsaved-text';
import { purgeFreeText } from '../../../lib/retention/purge-text';
import { complete } from '../plan/consultations';

const KINDS =
  "'free-text' | 'patient-words' | 'choice' | 'number' | 'date' | 'timestamp' | 'id' | 'clinical-value' | 'patient-ref'";

/** Where a field's kind goes, in words a helper adding a field can act on. */
function whereToAdd(path: string[]): string {
  const [top, ...rest] = path;
  if (ELEMENT_IDS.includes(top as ElementId)) {
    return (
      `Consultation field "${path.join('.')}" has no kind. Add \`${rest.join('.')}: <kind>\` to ` +
      `ELEMENT_REGISTRY.${top} in lib/domain/element-registry.ts (a list of records takes ` +
      `{ each: { … } }, a nested record { fields: { … } }), where <kind> is one of ${KINDS}. ` +
      `See docs/framework.md, "What the sidebar captures".`
    );
  }
  return `Consultation field "${path.join('.')}" has no kind. Add \`${path.join('.')}: <kind>\` to RECORD_FIELDS in lib/domain/element-registry.ts, where <kind> is one of ${KINDS}.`;
}

/** Every key path in a record that no spec covers. */
function unkinded(value: unknown, specs: AnySpecs, path: string[]): string[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => {
    const spec: AnySpec | undefined = specs[key];
    if (!spec) return [whereToAdd([...path, key])];
    if (typeof spec === 'string' || 'kind' in spec) return [];
    if ('each' in spec) {
      return Array.isArray(child) ? child.flatMap((item) => unkinded(item, spec.each, [...path, key])) : [];
    }
    return unkinded(child, spec.fields, [...path, key]);
  });
}

const ALL_SPECS: AnySpecs = {
  ...(RECORD_FIELDS as AnySpecs),
  ...Object.fromEntries(ELEMENT_IDS.map((id) => [id, { fields: ELEMENT_REGISTRY[id].kinds }])),
};

describe('the kind of every field of a consultation', () => {
  it('is in the registry for every field of a fully filled consultation', () => {
    expect(unkinded(complete(), ALL_SPECS, [])).toEqual([]);
  });

  it('names the field and where its kind goes when one is missing', () => {
    const extra = { ...complete(), agenda: { ...complete().agenda, newThing: 'x' } };
    expect(unkinded(extra, ALL_SPECS, [])).toEqual([whereToAdd(['agenda', 'newThing'])]);
    expect(whereToAdd(['agenda', 'newThing'])).toContain(
      'ELEMENT_REGISTRY.agenda in lib/domain/element-registry.ts',
    );
  });

  it('lists the patient’s own words, quoted back in the plan', () => {
    expect(PATIENT_WORDS_FIELDS).toEqual(
      expect.arrayContaining([
        'agenda.items.text',
        'agenda.whatMatters',
        'agreement.goal',
        'agreement.rationale',
      ]),
    );
    expect(PATIENT_WORDS_FIELDS).not.toContain('agreement.firstAction');
  });
});

describe('what follows from the kinds', () => {
  it('leaves no free text behind after a purge', () => {
    expect(
      collectText(purgeFreeText(complete(), '2027-01-01T00:00:00Z'), FREE_TEXT_KINDS).map((t) => t.text),
    ).toEqual(expect.not.arrayContaining([expect.not.stringMatching(/^\(removed\)$/)]));
  });

  it('copies typed dates but not choices or ids after a failed save', () => {
    const text = unsavedText(complete());
    expect(text).toContain('agreement › follow up date: 2027-01-18');
    expect(text).not.toContain('prevention');
    expect(text).not.toContain('o2\n');
  });
});
