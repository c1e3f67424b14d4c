import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evalFhirPath } from '@medplum/core';
import type { Bundle } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import type { Consultation } from '../../../lib/domain/consultation';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { LARGE_PRINT_YES, PLAN_LANGUAGE_WORDS } from '../../../lib/export/fhir-format';
import { buildAgreedPlan } from '../../../lib/plan/build-agreed-plan';
import { buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import { reasonableAdjustments } from '../../../lib/plan/note-words';
import { safetyNetLines } from '../../../lib/plan/safety-net';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import { clean, list } from '../../../lib/domain/read-values';
import { PRSB_MAPPING, mappedSectionIds, prsbGaps, type PrsbRow } from '../../../lib/standards/prsb-mapping';
import { prsbGapsMarkdown, prsbMappingMarkdown } from '../../../lib/standards/prsb-mapping-markdown';
import { elementKey, prsbElements } from '../../support/prsb-models';
import { complete, context } from '../plan/consultations';

const docs = readFileSync(resolve('docs/standards.md'), 'utf8');

/** Table cells, one row per line, whatever padding Prettier gives the Markdown. */
function cells(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((row) => row.trim().startsWith('|'))
    .map((row) =>
      row
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/^-+$/, '---')),
    );
}

const between = (name: string) =>
  new RegExp(`<!-- ${name}:start -->([\\s\\S]*?)<!-- ${name}:end -->`).exec(docs)?.[1] ?? '';

/** Markdown lines with Prettier's wrapping undone, for a list compared item by item. */
const items = (markdown: string) =>
  markdown
    .replace(/\n(?!- )/g, ' ')
    .split('\n')
    .map((item) => item.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** A consultation with every field the export can carry filled, a brief intervention included. */
function everything(): Consultation {
  const c = complete();
  return {
    ...c,
    preparation: {
      ...c.preparation,
      present: ['family', 'interpreter'],
      language: 'both',
      communicationNeeds: 'Hard of hearing in the left ear',
      largePrint: true,
    },
    agreement: { ...c.agreement, commitment: 'I will walk to the shop every morning' },
    review: {
      ...c.review,
      attainment: 'partly',
      helped: 'Walking with my daughter',
      gotInTheWay: 'The rain in November',
      nextStep: 'continue',
    },
    implementation: {
      ...c.implementation,
      briefInterventions: [
        {
          id: 'smoking',
          topic: 'Smoking',
          service: 'Help Me Quit',
          en: 'Help Me Quit can help you stop smoking.',
          cy: 'Gall Helpa Fi i Stopio eich helpu i roi’r gorau i ysmygu.',
        },
      ],
    },
  };
}

/** For each exported row, what the consultation holds that the FHIR path must carry. */
const HELD: Record<string, (c: Consultation) => (string | number | null)[]> = {
  'contact-date': () => [String(context().date)],
  'seen-by': () => [context().settings.clinicianName, context().settings.clinicianRole],
  problem: (c) => [c.options.problem],
  'decision-status': () => ['Valid'],
  'consultation-method': (c) => [c.preparation.appointmentType],
  'person-accompanying': (c) => c.preparation.present.filter((p) => p === 'family'),
  interpreter: (c) => c.preparation.present.filter((p) => p === 'interpreter'),
  'people-involved': (c) => c.preparation.present,
  'patient-agenda': (c) => c.agenda.items.filter((i) => i.owner === 'patient').map((i) => i.text),
  'clinician-agenda': (c) => c.agenda.items.filter((i) => i.owner === 'clinician').map((i) => i.text),
  'option-risks': (c) => c.options.options.map((o) => o.cons),
  'option-benefits': (c) => c.options.options.map((o) => o.pros),
  'decision-tool-name': (c) => [c.options.grid!.title],
  'gp-practice': () => [context().settings.practiceName],
  'how-i-communicate': (c) => [reasonableAdjustments(c)],
  'plan-language': (c) => [c.preparation.language === 'both' ? PLAN_LANGUAGE_WORDS.both : ''],
  'communication-needs': (c) => [c.preparation.communicationNeeds],
  'large-print': (c) => [c.preparation.largePrint ? LARGE_PRINT_YES : ''],
  'information-needed': (c) => c.information.needed.flatMap((n) => [n.what, n.who, n.byWhen]),
  'brief-intervention-line': (c) => list(c.implementation.briefInterventions).map((b) => b.en),
  referrals: (c) => [c.implementation.referrals, c.implementation.interventions],
  'goal-status': () => ['partly achieved'],
  'goal-outcomes': (c) => [c.review.helped, c.review.gotInTheWay],
  'safety-netting': (c) => [
    ...safetyNetLines(buildAgreedPlan(c, context()), 'en'),
    c.implementation.wayBackIn,
  ],
  'what-matters': (c) => [c.agenda.whatMatters],
  'decision-tool-id': (c) => [c.options.grid!.id, c.options.grid!.version],
  decision: (c) =>
    c.options.options.filter((o) => c.agreement.chosenOptionIds.includes(o.id)).map((o) => o.label),
  'decision-review': (c) => [c.agreement.followUpDate],
  option: (c) => c.options.options.map((o) => o.label),
  'why-chosen': (c) => [c.agreement.rationale, c.options.whatMattered],
  'actions-for-professionals': (c) =>
    list(c.agreement.responsibilities)
      .filter((r) => r.who === 'clinician')
      .map((r) => r.task),
  'most-important': (c) => [c.agenda.whatMatters],
  need: (c) => [c.options.problem, ...c.options.careAims],
  goal: (c) => [c.agreement.goal],
  'goal-importance': (c) => [c.agenda.importance],
  'first-action': (c) => [c.agreement.firstAction],
  'first-action-when': (c) => [c.agreement.when],
  'first-action-how-often': (c) => [c.agreement.howOften],
  'who-does-what': (c) =>
    list(c.agreement.responsibilities)
      .filter((r) => r.who === 'other')
      .map((r) => r.otherName),
  'brief-intervention': (c) => list(c.implementation.briefInterventions).map((b) => b.service),
  'way-round': (c) => c.agreement.barriers.map((b) => b.wayRound),
  confidence: (c) => [c.agreement.confidence],
  'plan-review-date': (c) => [c.agreement.followUpDate],
  'plan-updated': () => [String(context().date)],
  'who-to-contact': (c) => [c.agreement.contact],
  commitment: (c) => [c.agreement.commitment ?? ''],
};

/**
 * For rows the export does not carry yet, what the consultation holds that is nowhere in the
 * bundle today: when the export starts to carry one, the row must say where.
 */
const NOT_YET: Record<string, (c: Consultation) => string[]> = {
  questions: (c) => c.options.questionsThatMattered,
  'daily-impact': (c) => [c.information.dailyImpact],
};

/** The values a row's FHIRPath finds: `CarePlan.x` is read from every CarePlan in the bundle. */
function found(bundle: Bundle, path: string): unknown[] {
  const [type, ...rest] = path.split('.');
  return evalFhirPath(`Bundle.entry.resource.ofType(${type}).${rest.join('.')}`, bundle);
}

const rows = (kind: PrsbRow['fhir']['kind']) => PRSB_MAPPING.filter((r) => r.fhir.kind === kind);

describe('PRSB mapping: names and conformance are the standards’ own', () => {
  const model = new Map(prsbElements().map((e) => [elementKey(e), e.conformance]));

  it('reads both PRSB models (there is something to check against)', () => {
    expect(model.size).toBeGreaterThan(300);
    expect(model.get('SDM › Shared decision point › Shared decision status')).toBe('M');
  });

  it.each(PRSB_MAPPING.filter((r) => r.prsb).map((r) => [r.id, r] as const))(
    '%s: the element path exists in PRSB’s model, with that conformance',
    (_id, r) => {
      const key = elementKey(r.prsb!);
      expect(model.has(key), `${key} is not an element of PRSB's model`).toBe(true);
      expect(model.get(key), key).toBe(r.prsb!.conformance);
    },
  );

  it('every mandatory PRSB element is mapped, or a mapped group holds it, or it is said why not', () => {
    const mapped = PRSB_MAPPING.flatMap((r) => (r.prsb ? [elementKey(r.prsb)] : []));
    const unmapped = prsbElements()
      .filter((e) => e.conformance === 'M')
      .map(elementKey)
      .filter(
        (key) => !mapped.some((m) => m === key || key.startsWith(`${m} › `) || m.startsWith(`${key} › `)),
      );
    expect(unmapped).toEqual([]);
  });
});

describe('PRSB mapping: the FHIR column is what the export writes', () => {
  const c = everything();
  const bundle = buildFhirBundle(c, context());

  it.each(rows('exported').map((r) => [r.id, r] as const))(
    '%s: the path finds the value the consultation holds',
    (id, r) => {
      const path = r.fhir.kind === 'exported' ? r.fhir.path : '';
      const held = HELD[id]?.(c).map((v) => clean(String(v ?? ''))) ?? [];
      expect(held.length, `no held value is named for "${id}" in this test`).toBeGreaterThan(0);
      const values = found(bundle, path).map((v) => JSON.stringify(v));
      expect(values.length, `${path} finds nothing in the bundle`).toBeGreaterThan(0);
      for (const value of held) {
        expect(value, `"${id}" holds an empty value in the test consultation`).not.toBe('');
        expect(values.join(' | '), `${path} does not carry "${value}"`).toContain(value);
      }
    },
  );

  it.each(Object.keys(NOT_YET))('%s: not in the bundle yet, as the row says', (id) => {
    const row = PRSB_MAPPING.find((r) => r.id === id);
    expect(row?.fhir.kind).toBe('not-exported');
    const text = JSON.stringify(bundle);
    for (const value of NOT_YET[id]!(c)) {
      expect(value.trim(), `"${id}" holds an empty value in the test consultation`).not.toBe('');
      expect(text, `the bundle now carries "${value}": say where in the row "${id}"`).not.toContain(value);
    }
  });

  it('names a held value only for rows the export carries', () => {
    expect(Object.keys(HELD).sort()).toEqual(
      rows('exported')
        .map((r) => r.id)
        .sort(),
    );
  });

  it('a mandatory or required element Cocreate captures but does not export says why, in plain words', () => {
    for (const r of rows('not-exported')) {
      if (r.fhir.kind !== 'not-exported') continue;
      expect(r.fhir.reason, r.id).toMatch(/^not (yet )?exported: \w.{10,}/);
    }
    for (const r of rows('not-captured')) {
      if (r.fhir.kind !== 'not-captured') continue;
      expect(r.fhir.reason, r.id).toMatch(
        /^(not captured|not captured apart|out of scope by design): \w.{10,}/,
      );
    }
  });

  it('exports every mandatory or required element Cocreate captures', () => {
    expect(
      prsbGaps()
        .filter((r) => r.fhir.kind === 'not-exported')
        .map((r) => r.id),
    ).toEqual([]);
  });

  it('states person demographics out of scope by design, and why', () => {
    const demographics = PRSB_MAPPING.find(
      (r) => r.prsb && elementKey(r.prsb) === 'PCSP › Person demographics',
    );
    expect(demographics?.fhir.kind).toBe('not-captured');
    expect(demographics?.fhir.kind === 'not-captured' && demographics.fhir.reason).toMatch(
      /^out of scope by design: .*NHS number/,
    );
  });
});

describe('PRSB mapping in docs/standards.md', () => {
  it('carries exactly the table in lib/standards/prsb-mapping.ts', () => {
    expect(cells(between('prsb-mapping'))).toEqual(cells(prsbMappingMarkdown()));
    expect(cells(between('prsb-mapping')).length).toBeGreaterThan(40);
  });

  it('lists under "Not done" every mandatory or required element the export leaves out', () => {
    expect(items(between('prsb-gaps'))).toEqual(items(prsbGapsMarkdown()));
    // Five are left (none of them captured but not exported): the extraction found them all.
    expect(items(between('prsb-gaps')).length).toBe(prsbGaps().length);
    expect(prsbGaps().length).toBeGreaterThan(0);
    expect(docs.indexOf('<!-- prsb-gaps:start -->')).toBeGreaterThan(docs.indexOf('## Not done'));
  });

  it('maps every section of the clinician note', () => {
    const note = buildClinicianNote(
      { ...complete(), review: { ...complete().review, helped: 'Walking with my daughter' } },
      context(),
    );
    const mapped = mappedSectionIds('note');
    for (const section of note.sections) expect(mapped, `note section "${section.id}"`).toContain(section.id);
  });

  it('maps every section of the patient plan', () => {
    const mapped = mappedSectionIds('plan');
    for (const doc of buildPatientPlans(complete(), { ...context(), previous: complete() })) {
      for (const section of doc.sections)
        expect(mapped, `plan section "${section.id}"`).toContain(section.id);
    }
  });
});
