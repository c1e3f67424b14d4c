import { describe, expect, it } from 'vitest';
import { NATIONS } from '../../../lib/domain/nation';
import type { OptionGrid } from '../../../lib/option-grids/grid';
import { answerFor } from '../../../lib/option-grids/grid-nation';
import { gridSafetyNetLines, safetyNetEntries } from '../../../lib/option-grids/grid-safety-net';
import { BUNDLED, bundled } from './bundled-grids';

/**
 * The content each bundled grid must carry (docs/option-grids.md, "Content and sources"):
 * one block per grid, each assertion a change a clinical safety officer asked for. Where a
 * check is about which lines reach a patient, it runs for the English and the Welsh twin.
 */

const twins = (id: string) => [bundled(id), bundled(`${id}-cy`)];
const linesIf = (grid: OptionGrid, ...chosenOptionIds: string[]) =>
  NATIONS.flatMap((nation) => gridSafetyNetLines(grid, { nation, chosenOptionIds }));
const everyone = (grid: OptionGrid) => safetyNetEntries(grid).filter((line) => !line.forOptions);
const owners = (grid: OptionGrid, pattern: RegExp) =>
  safetyNetEntries(grid)
    .filter((line) => pattern.test(line.text))
    .map((line) => line.forOptions ?? 'everyone');
const answer = (grid: OptionGrid, questionId: string, optionId: string) =>
  answerFor(
    grid.questions.find((q) => q.id === questionId)!,
    optionId,
    undefined,
  );
const cited = (grid: OptionGrid, questionId: string) =>
  grid.questions.find((q) => q.id === questionId)?.sourceIds ?? [];

describe('raised blood pressure', () => {
  const grid = bundled('raised-blood-pressure');

  it('sends chest pain to 999, for everyone, and not to a same-day appointment', () => {
    expect(everyone(grid).some((line) => /chest pain/.test(line.text) && /999/.test(line.text))).toBe(true);
    expect(linesIf(grid, 'tablets').filter((l) => /chest pain/.test(l) && /same day/.test(l))).toEqual([]);
  });

  it('offers tablets to no one the scope turns away (heart attack, stroke, kidney disease)', () => {
    expect(grid.scope?.notForYouIf.join(' ')).toMatch(/stroke or heart attack, or have kidney disease/);
    expect(answer(grid, 'who-for', 'tablets')).not.toMatch(/kidney|heart problems/);
  });

  it('gives the ACE inhibitor / ARB / water tablet sick-day line, and the pregnancy line, to tablet takers only', () => {
    expect(owners(grid, /ACE inhibitors, ARBs and water tablets/)).toEqual([['tablets']]);
    expect(owners(grid, /pregnan/)).toEqual([['tablets']]);
    for (const g of twins('raised-blood-pressure')) {
      expect(linesIf(g, 'lifestyle').join(' ')).not.toMatch(/ACE|pregnan|beichiog/);
    }
  });
});

describe('type 2 diabetes', () => {
  const grid = bundled('type-2-diabetes-next-step');

  it('offers an SGLT2 tablet on its own when metformin does not suit (NICE NG28 1.13.2)', () => {
    expect(grid.options.map((o) => o.id)).toContain('sglt2');
    expect(answer(grid, 'who-for', 'sglt2')).toMatch(/cannot take metformin/);
    expect(grid.sources.find((s) => s.id === 'nice-ng28')?.citation).toMatch(/February 2026/);
  });

  it('makes "healthy changes" a real choice with a programme, not "no treatment"', () => {
    const lifestyle = grid.options.find((o) => o.id === 'lifestyle');
    expect(lifestyle?.isDoNothing).toBe(false);
    expect(lifestyle?.label).toMatch(/programme/);
    expect(grid.noDoNothingReason).toMatch(/real choice/);
  });

  it('never tells someone on a lifestyle plan to stop a tablet', () => {
    for (const g of twins('type-2-diabetes-next-step')) {
      expect(linesIf(g, 'lifestyle').join(' ')).not.toMatch(/SGLT2|metformin|gliclazide/);
    }
  });

  it('gives the metformin sick-day rule beside the SGLT2 one, each to its takers', () => {
    expect(owners(grid, /stop your metformin/)).toEqual([['metformin-sglt2', 'metformin']]);
    expect(owners(grid, /stop your SGLT2 tablet/)).toEqual([['metformin-sglt2', 'sglt2']]);
    expect(linesIf(grid, 'metformin').join(' ')).not.toMatch(/SGLT2/);
  });

  it('names the route for ketoacidosis: 999 or A&E', () => {
    const dka = safetyNetEntries(grid).find((line) => /breathe fast/.test(line.text));
    expect(dka?.text).toMatch(/Call 999 or go to A&E/);
  });
});

describe('low back pain', () => {
  const grid = bundled('low-back-pain');
  const lines = linesIf(grid, 'self-care');

  it('sends back pain after cancer to same-day help, citing NICE NG234', () => {
    expect(lines.filter((l) => /had cancer/.test(l) && /same day/.test(l)).length).toBe(NATIONS.length);
    expect(grid.sources.find((s) => s.id === 'nice-ng234')?.url).toBe(
      'https://www.nice.org.uk/guidance/ng234',
    );
  });

  it('keeps night pain apart from "no better after 4 to 6 weeks"', () => {
    expect(lines.filter((l) => /night/.test(l) && /4 to 6 weeks/.test(l))).toEqual([]);
    expect(lines.some((l) => /night/.test(l))).toBe(true);
  });

  it('treats "keep active" as NICE’s treatment, not doing nothing', () => {
    expect(grid.options.find((o) => o.id === 'self-care')?.isDoNothing).toBe(false);
    expect(grid.noDoNothingReason).toMatch(/NG59/);
  });

  it('gives the anti-inflammatory line only to those who chose painkillers', () => {
    expect(owners(grid, /anti-inflammatory/)).toEqual([['painkillers']]);
  });
});

describe('depression', () => {
  it('words the 1-week review as NICE NG222 1.4.24 does (18 to 25, or at higher risk, or a dose increase)', () => {
    const grid = bundled('mild-moderate-depression');
    const text = answer(grid, 'how-soon', 'antidepressant');
    expect(text).toMatch(/18 to 25, or more at risk of harming yourself/);
    expect(text).toMatch(/after the dose goes up/);
    expect(text).not.toMatch(/under 25/);
    expect(grid.sources.find((s) => s.id === 'nice-ng222')?.citation).toMatch(/1\.4\.24/);
  });

  it('gives the antidepressant line only to those who chose one', () => {
    expect(owners(bundled('mild-moderate-depression'), /antidepressant/)).toEqual([['antidepressant']]);
  });
});

describe('statins', () => {
  const grid = bundled('statins-heart-stroke-risk');

  it('cites the "about 3 avoid one" row to the trialists’ meta-analysis only', () => {
    expect(answer(grid, 'how-well', 'statin')).toMatch(/about 3 of them avoid one/);
    expect(cited(grid, 'how-well')).toContain('ctt-2012');
    expect(grid.sources.map((s) => s.id)).not.toContain('nice-pda-statins');
  });

  it('never tells someone who declined a statin to stop it, and tells everyone about 999', () => {
    for (const g of twins('statins-heart-stroke-risk')) {
      const lines = linesIf(g, 'not-now');
      expect(lines.join(' ')).not.toMatch(/statin/i);
      expect(lines.every((l) => /999/.test(l))).toBe(true);
    }
  });
});

describe('stop smoking', () => {
  const grid = bundled('stop-smoking-aids');

  it('cites the Cochrane reviews by year and version', () => {
    const citation = (id: string) => grid.sources.find((s) => s.id === id)?.citation ?? '';
    expect(citation('cochrane-vapes')).toMatch(/2024, CD010216\.pub8/);
    expect(citation('cochrane-varenicline')).toMatch(/2023, CD006103\.pub8/);
  });

  it('says "still stopped at 6 months", not "over 6 months"', () => {
    const figures = Object.values(grid.questions.find((q) => q.id === 'how-well')?.figures ?? {});
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure.over).toBe('at 6 months or more');
      expect(figure.outcome).toMatch(/still/);
    }
  });

  it('never tells a patch user to stop bupropion or a tablet', () => {
    for (const g of twins('stop-smoking-aids')) {
      expect(linesIf(g, 'nrt').join(' ')).not.toMatch(/bupropion|tablet|dabled/i);
    }
  });
});

describe('every grid', () => {
  it.each(BUNDLED.map((grid) => ({ id: grid.id, grid })))(
    '$id keeps at least one help line for a patient who chose none of its options',
    ({ grid }) => {
      for (const nation of NATIONS) {
        expect(gridSafetyNetLines(grid, { nation, chosenOptionIds: [] }).length).toBeGreaterThan(0);
      }
    },
  );

  it.each(BUNDLED.map((grid) => ({ id: grid.id, grid })))(
    '$id says which choices have no good figures in numbers, when any has none',
    ({ grid }) => {
      const withFigure = new Set(grid.questions.flatMap((q) => Object.keys(q.figures ?? {})));
      const without = grid.options.filter((o) => !withFigure.has(o.id));
      expect(without.length > 0 ? grid.figuresNote : 'not needed').toMatch(
        /good figures in numbers|ffigurau da mewn rhifau|not needed/,
      );
    },
  );
});
