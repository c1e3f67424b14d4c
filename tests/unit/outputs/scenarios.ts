import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Consultation, PlanLanguage } from '../../../lib/domain/consultation';
import type { OptionGrid } from '../../../lib/option-grids/grid';
import { gridOptionsDiscussed } from '../../../lib/option-grids/grid-in-consultation';
import { parseGridFile } from '../../../lib/option-grids/parse-grid';
import type { PlanContext } from '../../../lib/plan/plan-types';
import { NATIONS, type Nation } from '../../../lib/settings/nation';
import { blank } from '../plan/consultations';

/** The consultations every output is tried on (docs/plan-truth.md, "One document, every way out"). */

const DIR = join(import.meta.dirname, '../../../lib/option-grids/bundled');

function loadGrid(name: string): OptionGrid {
  const parsed = parseGridFile(readFileSync(join(DIR, name), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors.join('; ')}`);
  return parsed.grid;
}

/** Each bundled English grid with its Welsh twin. */
export const GRID_PAIRS: readonly { en: OptionGrid; cy: OptionGrid }[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && !f.endsWith('-cy.json'))
  .sort()
  .map((f) => ({ en: loadGrid(f), cy: loadGrid(f.replace(/\.json$/, '-cy.json')) }));

export type Status = 'draft' | 'agreed' | 'not-decided';
export const STATUSES: readonly Status[] = ['draft', 'agreed', 'not-decided'];
export const LANGUAGES: readonly PlanLanguage[] = ['en', 'cy', 'both'];
export { NATIONS };

export const GOAL = 'Walk to the allotment without stopping by the spring';
export const FIRST_STEP = 'Walk for 10 minutes after lunch';
export const REVIEW = '2027-01-18';
export const DECIDE_BY = '2026-12-07';

export interface Scenario {
  name: string;
  nation: Nation;
  language: PlanLanguage;
  status: Status;
  grid: { en: OptionGrid; cy: OptionGrid } | null;
  consultation: Consultation;
  context: PlanContext;
  /** The chosen option's label in each language ('' when nothing is chosen). */
  chosen: { en: string; cy: string };
  chosenId: string;
}

const HAND_OPTIONS = [
  {
    id: 'o1',
    label: 'Tablets',
    pros: 'Lowers the chance of a stroke',
    cons: 'Some get dizzy',
    isDoNothing: false,
  },
  { id: 'o2', label: 'More walking', pros: 'Good for your mood', cons: 'Takes time', isDoNothing: false },
];

/** The option a patient picks on each grid: its do-nothing or lifestyle option where it has one. */
const pick = (grid: OptionGrid): string => (grid.options.find((o) => o.isDoNothing) ?? grid.options[0])!.id;

export function scenario(
  nation: Nation,
  language: PlanLanguage,
  status: Status,
  grid: { en: OptionGrid; cy: OptionGrid } | null,
): Scenario {
  const c = blank();
  const options = grid ? gridOptionsDiscussed(grid.en) : HAND_OPTIONS;
  const chosenId = status === 'not-decided' ? '' : grid ? pick(grid.en) : 'o2';
  const label = (g: OptionGrid | undefined) => g?.options.find((o) => o.id === chosenId)?.label ?? '';
  const consultation: Consultation = {
    ...c,
    patientRef: 'AE 1961',
    status: status === 'draft' ? 'open' : 'agreed',
    preparation: { ...c.preparation, language },
    agenda: { ...c.agenda, whatMatters: 'Looking after my \u202Egrandson' },
    information: {
      ...c.information,
      needed: [{ id: 'n1', what: 'A blood test', who: 'Nurse', byWhen: '2026-12-01' }],
    },
    options: {
      ...c.options,
      grid: grid ? { id: grid.en.id, version: grid.en.version, title: grid.en.title } : null,
      options,
      leaning: chosenId ? [chosenId] : [],
    },
    agreement: {
      ...c.agreement,
      chosenOptionIds: chosenId ? [chosenId] : [],
      noTreatment: false,
      notDecided: status === 'not-decided',
      decideBy: status === 'not-decided' ? DECIDE_BY : '',
      goal: GOAL,
      firstAction: FIRST_STEP,
      when: 'After lunch',
      howOften: 'Five days a week',
      followUpDate: REVIEW,
      contact: 'Ring the surgery',
    },
  };
  const context: PlanContext = {
    settings: {
      clinicianName: 'Dr Ann Jones',
      clinicianRole: 'GP',
      practiceName: 'Meddygfa Glan-yr-Afon',
      practiceContact: '01234 567890',
      nation,
    },
    date: '2026-11-23T10:00:00Z',
    language,
    grid: grid?.en ?? null,
    gridTranslations: grid ? [grid.cy] : [],
  };
  return {
    name: `${nation} ${language} ${status} ${grid?.en.id ?? 'no grid'}`,
    nation,
    language,
    status,
    grid,
    consultation,
    context,
    chosen: grid
      ? { en: label(grid.en), cy: label(grid.cy) }
      : { en: chosenId ? 'More walking' : '', cy: chosenId ? 'More walking' : '' },
    chosenId,
  };
}

export function allScenarios(): Scenario[] {
  const grids = [null, ...GRID_PAIRS];
  return NATIONS.flatMap((nation) =>
    LANGUAGES.flatMap((language) =>
      STATUSES.flatMap((status) => grids.map((grid) => scenario(nation, language, status, grid))),
    ),
  );
}
