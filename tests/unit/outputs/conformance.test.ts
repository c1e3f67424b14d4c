import { describe, expect, it } from 'vitest';
import { formatDate, formatIsoDay, formatShortDate } from '../../../lib/i18n/format-date';
import { gridLabel } from '../../../lib/option-grids/grid-label';
import { figureSentences } from '../../../lib/option-grids/grid-figures';
import { SMS_WORDS } from '../../../lib/sms/sms-words';
import { toGsmLetters } from '../../../lib/sms/gsm';
import { PLAN_OUTPUTS } from '../../../lib/outputs/registry';
import type { OutputChoice, OutputContent } from '../../../lib/outputs/plan-output';
import { buildAgreedPlan } from '../../../lib/plan/build-agreed-plan';
import { plansToHtmlPage } from '../../../lib/export/html';
import { planToPlainText } from '../../../lib/export/plain-text';
import { planLanguages } from '../../../lib/plan/plan-languages';
import { urgentHelpFor } from '../../../lib/plan/urgent-help';
import { buildPreparationSheet, gridTextSection } from '../../../lib/preparation/build-sheet';
import { buildPreparationText } from '../../../lib/preparation/sheet-text-message';
import { toGsmPunctuation } from '../../../lib/sms/gsm';
import type { Nation } from '../../../lib/settings/nation';
import {
  allScenarios,
  DECIDE_BY,
  GOAL,
  GRID_PAIRS,
  LANGUAGES,
  NATIONS,
  REVIEW,
  type Scenario,
} from './scenarios';

/**
 * Every output × the four nations × English / Welsh / both × draft / agreed / not decided ×
 * each bundled grid and no grid (docs/plan-truth.md, "One document, every way out"). Each
 * invariant is stated once here, over every projection of the agreed-plan document.
 */

const ROUTE: Record<Nation, RegExp> = {
  england: /NHS 111/,
  wales: /111/,
  scotland: /NHS 24/,
  'northern-ireland': /Out of Hours|tu allan i oriau/i,
};
/** Services that do not exist in that nation. */
const NOT_HERE: Record<Nation, RegExp> = {
  england: /NHS 24|Lifeline|111\.wales/,
  wales: /NHS 24|Lifeline|111\.nhs\.uk/,
  scotland: /NHS 111|111\.nhs\.uk|111\.wales|Lifeline/,
  'northern-ireland': /\b111\b/,
};
const STATUS_WORDS = {
  draft: { en: /draft/i, cy: /drafft/i },
  'not-decided': { en: /not decided/i, cy: /heb benderfynu/i },
};
/** Safety-net lines that belong to one option (or its medicine) only, by grid, in both languages. */
const OPTION_LINES: Record<string, { option: string[]; line: RegExp }[]> = {
  'statins-heart-stroke-risk': [{ option: ['statin'], line: /Stop the statin|Stopiwch y statin/ }],
  'stop-smoking-aids': [{ option: ['bupropion'], line: /Stop bupropion|Stopiwch bupropion/ }],
  // The option names say "SGLT2" too: only the safety-net wording is checked.
  'type-2-diabetes-next-step': [
    {
      option: ['metformin-sglt2', 'sglt2'],
      line: /stop your SGLT2|stop the SGLT2|On an SGLT2 tablet|stopiwch eich tabled SGLT2|Ar dabled SGLT2|stopio'r dabled SGLT2/i,
    },
  ],
  'raised-blood-pressure': [{ option: ['tablets'], line: /pregnan|beichiog/i }],
};
/** The calendar file holds the first step, the review and when to get help: not the decision. */
const NO_DECISION = new Set(['calendar']);
/** The plan's own words for an informed choice of no treatment (grid text may say "no treatment" otherwise). */
const NO_TREATMENT_SAID =
  /not to start treatment|informed choice of no treatment|chose no treatment|No treatment: informed choice|peidio [aâ] dechrau triniaeth/i;
const GIVEN = /advice given|copy of plan given|sent as a text|was given|given to the patient/i;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;

const asText = (content: OutputContent): string =>
  content.html
    ? content.html
        .replace(/<[^>]+>/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
    : content.text;
/** The note's machine-read block writes dates as 2027-01-18 on purpose (docs/continuity.md). */
const humanPart = (text: string) => text.split(/Cocreate summary \(format/)[0] ?? text;
/** Calendar text unfolds (RFC 5545 §3.1) and unescapes before it is read. */
const unfoldIcs = (text: string) =>
  text
    .replace(/\r\n[ \t]/g, '')
    .replace(/\\n/gi, '\n')
    .replace(/\\([,;\\])/g, '$1');

/** The grid's "sample / review overdue" label in `language` on the plan's day, '' when none is due. */
const labelOf = (s: Scenario, language: 'en' | 'cy'): string =>
  s.grid ? gridLabel(s.grid[language], formatIsoDay(s.context.date), language) : '';

/** Figures are for groups like the patient, not their own risk; or there are no good figures. */
const FOR_PEOPLE_LIKE_YOU = { en: /groups of people like you/, cy: /grwpiau o bobl fel chi/ };
const NO_GOOD_FIGURES = {
  en: /do not have good figures in numbers for this choice/,
  cy: /ddim ffigurau da mewn rhifau ar gyfer y dewis hwn/,
};

/**
 * The chosen option's key figure as the grid words it (read here from the grid file, not from the
 * plan): its sentences, its time frame and the citation of its row; null with no figure for it.
 */
function chosenFigure(s: Scenario, language: 'en' | 'cy') {
  const grid = s.grid?.[language];
  const row = grid?.questions.find((q) => q.figures?.[s.chosenId]);
  const figure = row?.figures?.[s.chosenId];
  if (!grid || !row || !figure) return null;
  return {
    sentences: figureSentences(figure, language),
    over: figure.over,
    source: grid.sources.find((source) => source.id === row.sourceIds[0])!.citation,
  };
}

const figureInText = (text: string) =>
  [SMS_WORDS.en.figuresCaveat, SMS_WORDS.cy.figuresCaveat].some((c) => text.includes(c)) ||
  Object.values(NO_GOOD_FIGURES).some((re) => re.test(text));

/** What a patient-facing output must say about the chosen option's figures, in each language. */
function figureProblems(s: Scenario, id: string, content: OutputContent, text: string): string[] {
  if (!s.grid || !s.chosenId || content.audience !== 'patient' || NO_DECISION.has(id)) return [];
  const sms = id === 'text-message';
  // The text message carries the figure when it fits in four segments; a message without it is
  // the short one, which points to the full plan (and the test below counts those that carry it).
  if (sms && !figureInText(text) && content.languages.some((l) => text.includes(SMS_WORDS[l].fullPlan)))
    return [];
  const out: string[] = [];
  const written = (t: string) => (sms ? toGsmLetters(t) : t);
  for (const l of content.languages) {
    const figure = chosenFigure(s, l);
    if (!figure) {
      if (!NO_GOOD_FIGURES[l].test(text)) out.push(`no "no good figures" sentence in ${l}`);
      continue;
    }
    // The text message keeps the first framing and a short caveat; the citation stays on paper.
    for (const sentence of sms ? figure.sentences.slice(0, 1) : figure.sentences)
      if (!text.includes(written(sentence))) out.push(`figure missing in ${l}: ${sentence}`);
    if (!text.toLowerCase().includes(written(figure.over).toLowerCase()))
      out.push(`time frame "${figure.over}" missing in ${l}`);
    const caveat = sms ? text.includes(SMS_WORDS[l].figuresCaveat) : FOR_PEOPLE_LIKE_YOU[l].test(text);
    if (!caveat) out.push(`no "figures for people like you" line in ${l}`);
    if (!sms && !text.includes(figure.source)) out.push(`figure source missing in ${l}`);
  }
  return out.map((what) => `${id} (${content.audience}): ${what}`);
}

function problems(s: Scenario, id: string, content: OutputContent): string[] {
  const raw = id === 'calendar' ? unfoldIcs(content.text) : asText(content);
  const text = raw.replace(/\s+/g, ' ');
  const out: string[] = [];
  const fail = (what: string) => out.push(`${id} (${content.audience}): ${what}`);
  const machine = id === 'fhir' || id === 'calendar';
  if (BIDI.test(content.text) || BIDI.test(content.html ?? '')) fail('bidirectional control left in');
  if (!/\b999\b/.test(text)) fail('no 999');
  if (!ROUTE[s.nation].test(text)) fail(`no ${s.nation} urgent route`);
  const wrong = NOT_HERE[s.nation].exec(text);
  if (wrong) fail(`names "${wrong[0]}", which ${s.nation} does not have`);
  if (s.status !== 'agreed') {
    const words = STATUS_WORDS[s.status];
    const langs = content.audience === 'record' ? (['en'] as const) : content.languages;
    for (const l of langs) if (!words[l].test(text)) fail(`status ${s.status} not stated in ${l}`);
  } else if (/\bdraft\b|drafft/i.test(text)) fail('an agreed plan called a draft');
  if (id !== 'calendar' && !text.includes(GOAL)) fail('goal not verbatim');
  // A sample or overdue grid is labelled in every patient-facing output, and in FHIR's notes.
  if (content.audience === 'patient' || id === 'fhir') {
    const langs = content.audience === 'record' ? (['en'] as const) : content.languages;
    for (const l of langs) {
      const label = labelOf(s, l);
      const written = id === 'text-message' ? toGsmLetters(label) : label;
      if (written && !text.includes(written)) fail(`grid not labelled "${label}" in ${l}`);
    }
  }
  // What the patient takes away may reach the wrong person: it names no patient.
  if (content.audience === 'patient' && text.includes(s.consultation.patientRef))
    fail('patient reference in a patient copy');
  if (s.chosenId && !NO_DECISION.has(id)) {
    const langs = content.audience === 'record' ? (['en'] as const) : content.languages;
    for (const l of langs) if (!text.includes(s.chosen[l])) fail(`chosen option "${s.chosen[l]}" not named`);
  }
  if (NO_TREATMENT_SAID.test(text))
    fail('informed no-treatment said though an option was chosen or nothing decided');
  if (content.audience === 'record' && GIVEN.test(humanPart(text)))
    fail('"given" before anything was handed over');
  if (!machine && ISO_DAY.test(humanPart(text)))
    fail(`a date not through the formatter: ${ISO_DAY.exec(humanPart(text))?.[0]}`);
  const reviewShown =
    id === 'fhir'
      ? [REVIEW]
      : id === 'calendar'
        ? [REVIEW.replace(/-/g, '')]
        : content.audience === 'record'
          ? [formatShortDate(REVIEW), formatDate(REVIEW, 'en')]
          : content.languages.map((l) => formatDate(REVIEW, l));
  const reviewRaw = id === 'calendar' ? content.text : text;
  if (
    content.audience === 'record'
      ? !reviewShown.some((d) => reviewRaw.includes(d))
      : !reviewShown.every((d) => reviewRaw.includes(d))
  )
    fail('review date missing');
  if (s.status === 'not-decided' && !machine) {
    const by =
      content.audience === 'record'
        ? [formatShortDate(DECIDE_BY)]
        : content.languages.map((l) => formatDate(DECIDE_BY, l));
    if (id !== 'text-message' && !by.every((d) => text.includes(d))) fail('decide-by date missing');
  }
  out.push(...figureProblems(s, id, content, text));
  for (const rule of OPTION_LINES[s.grid?.en.id ?? ''] ?? [])
    if (!rule.option.includes(s.chosenId) && rule.line.test(text))
      fail(`safety-net line for an option not chosen: ${rule.line}`);
  return out;
}

const CHOICES: readonly OutputChoice[] = [{ version: 'patient' }, { version: 'note' }];

describe('every way out of Cocreate tells the same truth', () => {
  const scenarios = allScenarios();

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    const plan = buildAgreedPlan(s.consultation, s.context);
    const found: string[] = [];
    for (const output of PLAN_OUTPUTS)
      for (const choice of CHOICES) found.push(...problems(s, output.id, await output.build(plan, choice)));
    expect([...new Set(found)].join('\n')).toBe('');
  });

  it('scenarios choose options with a figure and without one, so both figure invariants are exercised', () => {
    const chosen = scenarios.filter((s) => s.grid && s.chosenId);
    expect(chosen.filter((s) => chosenFigure(s, 'en') && chosenFigure(s, 'cy')).length).toBeGreaterThan(0);
    expect(chosen.filter((s) => !chosenFigure(s, 'en')).length).toBeGreaterThan(0);
  });

  it('the text message carries the chosen option’s figure in English and Welsh where it fits', async () => {
    const sms = PLAN_OUTPUTS.find((o) => o.id === 'text-message')!;
    const carried = { en: 0, cy: 0 };
    for (const s of scenarios.filter((x) => x.grid && x.chosenId && x.language !== 'both')) {
      const { text } = await sms.build(buildAgreedPlan(s.consultation, s.context), { version: 'patient' });
      const l = s.language as 'en' | 'cy';
      if (chosenFigure(s, l) && text.includes(SMS_WORDS[l].figuresCaveat)) carried[l] += 1;
    }
    expect(carried.en).toBeGreaterThan(0);
    expect(carried.cy).toBeGreaterThan(0);
  });

  it('a sample grid is among the scenarios, so the grid-label invariant is exercised', () => {
    const labelled = scenarios.filter((s) => labelOf(s, 'en') && labelOf(s, 'cy'));
    expect(labelled.length).toBeGreaterThan(0);
  });

  it('a draft note never says it was agreed, and names the patient and the status', async () => {
    const draft = scenarios.find((s) => s.status === 'draft' && s.grid === null && s.language === 'en')!;
    const note = PLAN_OUTPUTS.find((o) => o.id === 'insert-note')!;
    const content = await note.build(buildAgreedPlan(draft.consultation, draft.context), { version: 'note' });
    expect(content.text).not.toMatch(/Agreed: \d/);
    expect(content.text).toContain('Patient ref: AE 1961');
    expect(content.text).toContain('Status: draft');
  });
});

/**
 * The preparation sheet is sent days before the visit, in print, as a downloaded page and as a
 * text message: each form carries 999 and the nation's urgent route in each of its languages,
 * and names no service the nation does not have. It is built before any plan exists, from the
 * settings and the grid sent, so it is not a projection of the agreed plan and not in the registry.
 */
describe('the preparation sheet carries the nation’s urgent help in every form', () => {
  const cases = NATIONS.flatMap((nation) =>
    LANGUAGES.flatMap((language) =>
      [null, GRID_PAIRS[0]!].map(
        (grid) => [`${nation} ${language} ${grid?.en.id ?? 'no grid'}`, nation, language, grid] as const,
      ),
    ),
  );

  it.each(cases)('%s', (_name, nation, language, grid) => {
    const languages = planLanguages(language);
    const gridIn = (l: 'en' | 'cy') => (grid ? grid[l] : null);
    const docs = languages.map((l) =>
      buildPreparationSheet({
        language: l,
        practiceName: 'Meddygfa Glan-yr-Afon',
        practiceContact: '01234 567890',
        grid: gridIn(l),
        nation,
      }),
    );
    const downloaded = docs.map((doc) => {
      const table = gridIn(doc.language) ? gridTextSection(gridIn(doc.language)!, nation) : null;
      return table ? { ...doc, sections: [...doc.sections, table] } : doc;
    });
    const forms = {
      print: docs.map((d) => planToPlainText(d)).join('\n'),
      download: asText({
        audience: 'patient',
        text: '',
        html: plansToHtmlPage(downloaded, { size: 'large', title: 'x' }),
        languages,
      }),
      'text message': buildPreparationText({
        languages,
        practiceName: 'Meddygfa Glan-yr-Afon',
        gridTitles: Object.fromEntries(languages.map((l) => [l, gridIn(l)?.title ?? ''])),
        nation,
      }),
    };
    const found: string[] = [];
    for (const [form, raw] of Object.entries(forms)) {
      const text = raw.replace(/\s+/g, ' ');
      if (!/\b999\b/.test(text)) found.push(`${form}: no 999`);
      if (!ROUTE[nation].test(text)) found.push(`${form}: no ${nation} urgent route`);
      const wrong = NOT_HERE[nation].exec(text);
      if (wrong) found.push(`${form}: names "${wrong[0]}", which ${nation} does not have`);
      const help = urgentHelpFor(nation);
      for (const l of languages) {
        const lines = form === 'text message' ? help.short[l].map(toGsmPunctuation) : help.lines[l];
        for (const expected of lines)
          if (!text.includes(expected)) found.push(`${form}: urgent line missing in ${l}: ${expected}`);
      }
    }
    expect(found.join('\n')).toBe('');
  });
});
