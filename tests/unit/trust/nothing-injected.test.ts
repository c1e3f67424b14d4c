// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { neutraliseBidi } from '../../../lib/domain/read-values';
import { exportBackup } from '../../../lib/backup/export-backup';
import { checkBackup } from '../../../lib/backup/read-backup';
import { restoreBackup } from '../../../lib/backup/restore-backup';
import type { Consultation } from '../../../lib/domain/consultation';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { withoutControls } from '../../../lib/export/fhir-strings';
import { DOWNLOAD_CSP, planToHtmlFragment, plansToHtmlPage } from '../../../lib/export/html';
import { plansToPlainText } from '../../../lib/export/plain-text';
import { readGridTogether } from '../../../lib/option-grids/grid-in-consultation';
import { parseGridFile } from '../../../lib/option-grids/parse-grid';
import { buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import type { PlanContext } from '../../../lib/plan/plan-types';
import { readManagedSettings } from '../../../lib/settings/managed';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { validGrid } from '../../fixtures/grids/valid-grid';
import { HOSTILE_STRINGS, type HostileString } from '../../fixtures/hostile-strings';
import { complete, context } from '../plan/consultations';
import { testDb } from '../test-db';

/**
 * "Nothing injected" (docs/privacy.md), at the library boundary: every hostile string goes
 * in through each input path (typed, imported grid, restored backup, managed
 * settings) and out through each output (plain text for the EHR and clipboard,
 * the HTML page for print and download, the HTML fragment for clipboard rich
 * text and editor insertion, FHIR JSON). Each output must hold the string as
 * text: no element or attribute it did not put there itself, and the words intact.
 * tests/e2e/trust-injected.test.ts does the same in real Chromium with a script trap.
 */

/**
 * One hostile string in every free-text field a clinician types that reaches a plan.
 * A 100,000-character string goes into three fields only: one is proof enough, and
 * thirty copies would make a 3 MB page that only slows the suite.
 */
function typed(value: string): Consultation {
  const c = complete();
  if (value.length > 5_000) {
    return {
      ...c,
      agenda: { ...c.agenda, whatMatters: value },
      agreement: { ...c.agreement, goal: value, firstAction: value },
    };
  }
  return {
    ...c,
    patientRef: value,
    agenda: {
      ...c.agenda,
      whatMatters: value,
      alreadyDoing: value,
      items: [{ id: 'a1', text: value, owner: 'patient' }],
    },
    information: { ...c.information, needed: [{ id: 'n1', what: value, who: value, byWhen: value }] },
    options: {
      ...c.options,
      problem: value,
      options: [{ id: 'o1', label: value, pros: value, cons: value, isDoNothing: false }],
      whatMattered: value,
    },
    agreement: {
      ...c.agreement,
      chosenOptionIds: ['o1'],
      rationale: value,
      goal: value,
      firstAction: value,
      when: value,
      howOften: value,
      barriers: [{ id: 'b1', barrier: value, wayRound: value }],
      responsibilities: [{ id: 'r1', who: 'other', otherName: value, task: value }],
      contact: value,
    },
    implementation: { referrals: value, interventions: value, support: value, wayBackIn: value },
  };
}

interface Delivered {
  consultation: Consultation;
  ctx: PlanContext;
}

type InputPath = (h: HostileString) => Promise<Delivered | 'refused'>;

/** Each way text from outside reaches a plan. 'refused' means the path turned the string away whole. */
const INPUTS: Record<string, InputPath> = {
  'typed fields': (h) => Promise.resolve({ consultation: typed(h.value), ctx: context('both') }),

  'imported grid': (h) => {
    const grid = validGrid();
    grid.title = h.value;
    grid.options[0]!.label = h.value;
    grid.options[0]!.mainBenefit = h.value;
    grid.questions[0]!.question = h.value;
    const parsed = parseGridFile(JSON.stringify(grid));
    if (!parsed.ok) return Promise.resolve('refused');
    const c = complete();
    const options = readGridTogether(c.options, parsed.grid);
    const chosen = { ...c.agreement, chosenOptionIds: [parsed.grid.options[0]!.id] };
    return Promise.resolve({
      consultation: { ...c, options, agreement: chosen },
      ctx: { ...context('both'), grid: parsed.grid },
    });
  },

  'restored backup': async (h) => {
    const source = testDb(`inject-${h.id}`);
    await source.consultations.put(typed(h.value));
    const text = await (await exportBackup(source)).text();
    const check = checkBackup(text, { name: source.name, version: source.verno });
    if (!check.ok) return 'refused';
    const target = testDb(`inject-${h.id}`);
    await restoreBackup(target, check.backup);
    const restored = await target.consultations.get(complete().id);
    if (!restored) throw new Error('the backup restored no consultation');
    return { consultation: restored, ctx: context('both') };
  },

  'managed settings': async (h) => {
    const managed = await readManagedSettings({
      get: () =>
        Promise.resolve({
          clinicianName: h.value,
          clinicianRole: h.value,
          practiceName: h.value,
          practiceContact: h.value,
        }),
    });
    if (Object.keys(managed).length === 0) return 'refused';
    const settings = { ...DEFAULT_SETTINGS, ...managed };
    return { consultation: complete(), ctx: { ...context('both'), settings } };
  },
};

const ALLOWED_TAGS = new Set(
  'HTML HEAD BODY META TITLE STYLE DIV ARTICLE SECTION H1 H2 H3 H4 P STRONG EM UL OL LI BR'.split(' '),
);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'charset', 'class', 'style']);

/** The downloaded page's own content security policy, exactly as the exporter writes it. */
const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${DOWNLOAD_CSP}">`;

/** Elements or attributes the exporter did not put there itself, as a browser would parse them. */
function foreignMarkup(doc: Document): string[] {
  return [...doc.querySelectorAll('*')]
    .filter((el) => !(el.tagName === 'META' && el.outerHTML === CSP_META))
    .filter(
      (el) =>
        !ALLOWED_TAGS.has(el.tagName) || [...el.attributes].some((a) => !ALLOWED_ATTRIBUTES.has(a.name)),
    )
    .map((el) => el.outerHTML.slice(0, 80));
}

/** The resource types the FHIR document holds. */
const FHIR_TYPES = new Set([
  'CarePlan',
  'Composition',
  'Condition',
  'DocumentReference',
  'Goal',
  'Observation',
  'Organization',
]);

/** A FHIR narrative's elements that the writer did not put there (it writes div, h3, p, b, ul, li). */
function narrativeMarkup(div: string): string[] {
  const doc = new DOMParser().parseFromString(div, 'text/html');
  const root = doc.body.firstElementChild;
  return [...doc.body.querySelectorAll('*')]
    .filter(
      (el) =>
        !['DIV', 'H3', 'P', 'B', 'UL', 'LI'].includes(el.tagName) ||
        [...el.attributes].some((a) => !(el === root && a.name === 'xmlns')),
    )
    .map((el) => el.outerHTML.slice(0, 80));
}

const fromBase64 = (data: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0)));

/**
 * Line breaks and NUL may be normalised by an HTML parser or split into lines, and bidirectional
 * controls are dropped on purpose (lib/plan/safe-text.ts); the words may not change.
 */
function words(value: string): string {
  return neutraliseBidi(value)
    .replace(/[\r\n\0\uFFFD]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each way a plan leaves Cocreate, and how to read back the text it carries. */
const OUTPUTS: Record<string, (d: Delivered) => { text: string; markup: string[] }> = {
  'plain text (EHR, clipboard)': ({ consultation, ctx }) => {
    const docs = [...buildPatientPlans(consultation, ctx), buildClinicianNote(consultation, ctx)];
    return { text: plansToPlainText(docs), markup: [] };
  },
  'HTML page (print, download)': ({ consultation, ctx }) => {
    const html = plansToHtmlPage(buildPatientPlans(consultation, ctx), { size: 'large', title: 'Plan' });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return { text: doc.body.textContent ?? '', markup: foreignMarkup(doc) };
  },
  'HTML fragment (clipboard rich text, insertion)': ({ consultation, ctx }) => {
    const html = planToHtmlFragment(buildClinicianNote(consultation, ctx));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return { text: doc.body.textContent ?? '', markup: foreignMarkup(doc) };
  },
  'FHIR JSON': ({ consultation, ctx }) => {
    const json = JSON.stringify(buildFhirBundle(consultation, ctx));
    const parsed = JSON.parse(json) as { entry: { resource: { resourceType: string } }[] };
    const types = parsed.entry.map((e) => e.resource.resourceType).sort();
    const strange = types.filter((t) => !FHIR_TYPES.has(t));
    // Every narrative holds only the writer's own elements; every attached page only the page's.
    const divs: string[] = [];
    const pages: string[] = [];
    JSON.stringify(parsed, (key, v: unknown) => {
      if (key === 'div' && typeof v === 'string') divs.push(v);
      if (key === 'data' && typeof v === 'string') pages.push(fromBase64(v));
      return v;
    });
    const markup = [
      ...strange,
      ...divs.flatMap(narrativeMarkup),
      ...pages.flatMap((page) => foreignMarkup(new DOMParser().parseFromString(page, 'text/html'))),
    ];
    return { text: collectStrings(parsed).join('\n'), markup };
  },
};

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}

/**
 * Managed settings reach the clinician note and the FHIR author as the clinician's name
 * (at most 200 characters, so longer strings are refused there), not the patient's page.
 */
function expectsText(input: string, output: string, h: HostileString): boolean {
  if (input !== 'managed settings') return true;
  return output !== 'HTML page (print, download)' && h.value.length <= 200;
}

const CASES = Object.keys(INPUTS).flatMap((input) => HOSTILE_STRINGS.map((h) => [input, h.id, h] as const));
const tally = { tried: 0, refused: 0, passed: 0 };

describe('nothing injected: hostile strings through every input path and out through every output', () => {
  it.each(CASES)('%s: %s', { timeout: 60_000 }, async (input, _id, h) => {
    const delivered = await INPUTS[input]!(h);
    tally.tried++;
    if (delivered === 'refused') {
      // Refusing is safe only for text that is not plain words: a grid or setting that holds markup or is too long.
      tally.refused++;
      expect(input).not.toBe('typed fields');
      return;
    }
    for (const [output, render] of Object.entries(OUTPUTS)) {
      const { text, markup } = render(delivered);
      expect(markup, `${output}: foreign markup`).toEqual([]);
      // FHIR strings may not hold control characters (R4 "string"): the bundle drops them, keeps the rest.
      const expected = words(output === 'FHIR JSON' ? withoutControls(h.value) : h.value);
      if (!h.lossy && expected && expectsText(input, output, h)) {
        expect(words(text).includes(expected), `${output} keeps the words of ${h.id}`).toBe(true);
      }
      tally.passed++;
    }
  });

  it('tried every string on every input path', () => {
    expect(tally.tried).toBe(HOSTILE_STRINGS.length * Object.keys(INPUTS).length);
    // The closing note's figure: strings × input paths, and how many reached all four outputs.
    console.info(
      `nothing injected (lib): ${HOSTILE_STRINGS.length} strings × ${Object.keys(INPUTS).length} inputs × ${Object.keys(OUTPUTS).length} outputs; ${tally.refused} refused at the input, ${tally.passed} string×output checks passed`,
    );
  });
});
