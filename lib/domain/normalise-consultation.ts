import type { Consultation } from './consultation';
import { CARE_AIMS } from './consultation';
import { ELEMENT_IDS } from './elements';
import { newConsultation } from './new-consultation';
import { readCollaborateResponse } from './collaborate-response';

/**
 * A stored or restored record laid over a fresh consultation: every field a
 * renderer, the audit or retention reads is present and of its type, whatever
 * an older version or a hand-edited backup left out or got wrong (docs/data-model.md,
 * "Reading old records"). A value of the wrong type, or an enum value this version
 * does not know, gives way to the fresh default. Fields this version does not know
 * are kept as they are, so retention (lib/retention/purge-text.ts) still sees them.
 * Pure and total.
 */
export function normaliseConsultation(raw: unknown): Consultation {
  const row = isRecord(raw) ? raw : {};
  const template = newConsultation({
    id: typeof row.id === 'string' ? row.id : '',
    now: new Date(0),
    path: 'full',
    plannedMinutes: 10,
  });
  return overlay(template, row, '') as Consultation;
}

/** Allowed values of the enum fields, by path ('*' for each item of a list). */
export const ENUMS: Record<string, readonly unknown[]> = {
  path: ['quick', 'full'],
  currentElement: ELEMENT_IDS,
  status: ['open', 'agreed', 'closed'],
  'preparation.appointmentType': ['face-to-face', 'telephone', 'video', ''],
  'preparation.language': ['en', 'cy', 'both'],
  'preparation.present.*': ['carer', 'family', 'interpreter', 'other'],
  'agenda.items.*.owner': ['patient', 'clinician'],
  'agenda.activation': [1, 2, 3, 4, null],
  'information.nextStep': ['continue', 'continue-later', 'refer', ''],
  'options.careAims.*': CARE_AIMS,
  'agreement.responsibilities.*.who': ['patient', 'clinician', 'other'],
  'review.attainment': ['achieved', 'partly', 'not-yet', 'changed', ''],
  'review.nextStep': ['continue', 'new-cycle', 'discharge', 'refer', ''],
};

/** What one item of each list of records looks like when fresh. */
export const LIST_ITEMS: Record<string, Record<string, unknown>> = {
  'agenda.items': { id: '', text: '', owner: 'patient' },
  'information.needed': { id: '', what: '', who: '', byWhen: '' },
  'options.options': { id: '', label: '', pros: '', cons: '', isDoNothing: false },
  'agreement.barriers': { id: '', barrier: '', wayRound: '' },
  'agreement.responsibilities': { id: '', who: 'patient', otherName: '', task: '' },
  'implementation.briefInterventions': { id: '', topic: '', service: '', en: '', cy: '' },
};

/** Fields that are either null or a value of their own shape. */
const NULLABLE: Record<string, (value: unknown) => boolean> = {
  purgedAt: (value) => typeof value === 'string',
  'options.grid': isRecord,
  'review.previousConsultationId': (value) => typeof value === 'string',
  // Kept, not nulled: a restored earlier plan stays a baseline, not a consultation (docs/continuity.md).
  importedFrom: isRecord,
  collaborate: (value) => readCollaborateResponse(value) !== null,
};
const GRID_TEMPLATE = { id: '', version: '', title: '' };

function overlay(template: unknown, value: unknown, path: string): unknown {
  const allowed = ENUMS[path];
  if (allowed) return allowed.includes(value) ? value : template;
  if (typeof template === 'string') return typeof value === 'string' ? value : template;
  if (typeof template === 'number') return isFiniteNumber(value) ? value : template;
  if (typeof template === 'boolean') return typeof value === 'boolean' ? value : template;
  if (template === null) {
    if (value === null) return null;
    if (path === 'options.grid') return isRecord(value) ? overlay(GRID_TEMPLATE, value, path) : null;
    const accepts = NULLABLE[path] ?? isFiniteNumber;
    return accepts(value) ? value : null;
  }
  if (Array.isArray(template)) return overlayList(template, value, path);
  if (isRecord(template)) {
    const source = isRecord(value) ? value : {};
    const out: Record<string, unknown> = {};
    for (const [key, fresh] of Object.entries(template)) {
      out[key] = overlay(fresh, source[key], path ? `${path}.${key}` : key);
    }
    // Fields this version does not know stay, so a purge can still reach their text.
    for (const [key, extra] of Object.entries(source)) if (!Object.hasOwn(out, key)) out[key] = extra;
    return out;
  }
  return template;
}

function overlayList(template: unknown[], value: unknown, path: string): unknown[] {
  const items = Array.isArray(value) ? value : [];
  // A fixed-length answer list (collaboRATE, SURE): one slot per question, null when unanswered.
  if (template.length > 0) return template.map((fresh, index) => slot(fresh, items[index]));
  const item = LIST_ITEMS[path];
  if (item) return items.filter(isRecord).map((entry) => overlay(item, entry, `${path}.*`));
  const allowed = ENUMS[`${path}.*`];
  if (allowed) return items.filter((entry) => allowed.includes(entry));
  // A list this version does not describe: kept as it is (a purge still reaches its text).
  return items.filter((entry) => entry !== undefined);
}

function slot(fresh: unknown, value: unknown): unknown {
  if (value === null || isFiniteNumber(value) || typeof value === 'boolean' || typeof value === 'string')
    return value;
  return fresh;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
