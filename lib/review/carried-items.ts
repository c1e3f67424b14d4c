import type { Consultation } from '../domain/consultation';
import { clean, list } from '../domain/read-values';

/**
 * A new cycle copies the earlier plan forward so nothing is retyped (carry-forward.ts), but old
 * clinical values and finished tasks must not sit silently beside new ones ("HbA1c has gone up
 * to 64" beside "HbA1c: 58"). Each item carried is listed for the clinician to keep or drop
 * (docs/plan-truth.md, "The review cycle"). Items are dotted paths: a text field
 * ("agreement.goal") or one list item by id ("agreement.barriers.b1").
 */
export interface CarriedItem {
  path: string;
  label: string;
  text: string;
}

const TEXT_FIELDS: readonly [string, string, string][] = [
  ['agenda', 'whatMatters', 'What matters'],
  ['agenda', 'alreadyDoing', 'Already doing'],
  ['information', 'dailyImpact', 'Daily impact'],
  ['options', 'problem', 'Problem'],
  ['options', 'whatMattered', 'What mattered'],
  ['agreement', 'rationale', 'Why'],
  ['agreement', 'goal', 'Goal'],
  ['agreement', 'firstAction', 'First action'],
  ['agreement', 'when', 'When'],
  ['agreement', 'howOften', 'How often'],
  ['agreement', 'contact', 'How to get back in touch'],
  ['agreement', 'safetyNet', 'When to get help'],
  ['implementation', 'referrals', 'Referrals'],
  ['implementation', 'interventions', 'Interventions'],
  ['implementation', 'support', 'Support'],
  ['implementation', 'wayBackIn', 'Way back in'],
];

type Section = Record<string, unknown>;
const sectionOf = (c: Consultation, name: string): Section =>
  (c as unknown as Record<string, Section | undefined>)[name] ?? {};

interface ListField {
  section: string;
  field: string;
  label: string;
  text: (item: Record<string, unknown>) => string;
}

const LIST_FIELDS: readonly ListField[] = [
  { section: 'agenda', field: 'items', label: 'Agenda item', text: (i) => clean(i.text) },
  { section: 'information', field: 'needed', label: 'Still needed', text: (i) => clean(i.what) },
  {
    section: 'agreement',
    field: 'barriers',
    label: 'Barrier',
    text: (i) => [clean(i.barrier), clean(i.wayRound)].filter(Boolean).join(' → '),
  },
  { section: 'agreement', field: 'responsibilities', label: 'Task', text: (i) => clean(i.task) },
];

function clinical(c: Consultation): string {
  const b = c.agreement.baseline;
  return clean(b.clinicalValue)
    ? `${clean(b.clinicalLabel) || 'Clinical value'}: ${clean(b.clinicalValue)} ${clean(b.clinicalUnit)}`.trim()
    : '';
}

/** Every item of `c` with content, as the new cycle would carry it. */
export function allItems(c: Consultation): CarriedItem[] {
  const texts = TEXT_FIELDS.flatMap(([section, field, label]) => {
    const text = clean(sectionOf(c, section)[field]);
    return text ? [{ path: `${section}.${field}`, label, text }] : [];
  });
  const items = LIST_FIELDS.flatMap(({ section, field, label, text }) =>
    list(sectionOf(c, section)[field] as Record<string, unknown>[] | undefined).flatMap((item) => {
      const words = text(item);
      return words && typeof item.id === 'string'
        ? [{ path: `${section}.${field}.${item.id}`, label, text: words }]
        : [];
    }),
  );
  const value = clinical(c);
  return [
    ...texts,
    ...items,
    ...(value ? [{ path: 'agreement.baseline.clinicalValue', label: 'Baseline', text: value }] : []),
  ];
}

/** The items carried forward that still wait for keep or drop. */
export function carriedItems(c: Consultation): CarriedItem[] {
  const waiting = new Set(list(c.carriedForward));
  if (waiting.size === 0) return [];
  return allItems(c).filter((item) => waiting.has(item.path));
}

const without = (c: Consultation, path: string) => list(c.carriedForward).filter((p) => p !== path);

/** Keeps a carried item as it is. */
export function keepCarried(c: Consultation, path: string): Consultation {
  return { ...c, carriedForward: without(c, path) };
}

/** Drops a carried item: the text is cleared, or the list item removed. */
export function dropCarried(c: Consultation, path: string): Consultation {
  const [section = '', field = '', id] = path.split('.');
  const carriedForward = without(c, path);
  if (path === 'agreement.baseline.clinicalValue') {
    const baseline = { ...c.agreement.baseline, clinicalValue: '' };
    return { ...c, carriedForward, agreement: { ...c.agreement, baseline } };
  }
  const current = sectionOf(c, section);
  const value =
    id === undefined
      ? ''
      : list(current[field] as { id?: unknown }[] | undefined).filter((item) => item.id !== id);
  return { ...c, carriedForward, [section]: { ...current, [field]: value } };
}
