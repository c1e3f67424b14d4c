import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OptionGrid } from '../../../lib/option-grids/grid';
import { parseGrid } from '../../../lib/option-grids/parse-grid';
import { planToPlainText } from '../../../lib/export/plain-text';
import { buildPreparationSheet, gridTextSection } from '../../../lib/preparation/build-sheet';
import { buildPreparationText } from '../../../lib/preparation/sheet-text-message';
import { withGridSent } from '../../../lib/preparation/grids-sent';
import { looksEnglish, untranslatedLines } from '../../../lib/plan/not-translated';
import { assessPlanReadability } from '../../../lib/readability/plan-readability';
import { countSms, SMS_MAX_SEPTETS } from '../../../lib/sms/gsm';
import { blank } from '../plan/consultations';

function bundled(name: string): OptionGrid {
  const parsed = parseGrid(JSON.parse(readFileSync(`lib/option-grids/bundled/${name}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.grid;
}
const knee = bundled('knee-osteoarthritis');
const kneeCy = bundled('knee-osteoarthritis-cy');
const practice = { practiceName: 'Riverside Surgery', practiceContact: '01234 567890' };

describe('the preparation sheet', () => {
  it('asks the three things, asks for readings, gives the Ask 3 Questions and who it is from', () => {
    const text = planToPlainText(buildPreparationSheet({ language: 'en', ...practice }));
    for (const expected of [
      'Getting ready for your appointment',
      'What would you like to talk about?',
      'What matters most to you?',
      'What are you already doing that helps?',
      'Bring your readings',
      '1. What are my options?',
      '2. What are the possible benefits and risks?',
      '3. How can I get support to help me make a decision that is right for me?',
      'From Riverside Surgery.',
      'If you have questions before your appointment, contact us: 01234 567890.',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('option grid');
  });

  it('names the option grid when one goes with it, in the sheet’s language', () => {
    const en = planToPlainText(buildPreparationSheet({ language: 'en', ...practice, grid: knee }));
    expect(en).toContain(`We have added an option grid about ${knee.title}.`);
    const cy = buildPreparationSheet({ language: 'cy', ...practice, grid: kneeCy });
    expect(planToPlainText(cy)).toContain(`Rydyn ni wedi ychwanegu grid opsiynau am ${kneeCy.title}.`);
    expect(planToPlainText(cy)).toContain('Am beth hoffech chi siarad?');
  });

  it('reads at about age 9 to 11: no English line is hard, and the Welsh has no English left in it', () => {
    const en = buildPreparationSheet({ language: 'en', ...practice, grid: knee });
    expect(assessPlanReadability([en]).hardLines).toEqual([]);
    expect(assessPlanReadability([en]).overall.readingEase).toBeGreaterThanOrEqual(70);
    const cy = buildPreparationSheet({ language: 'cy', practiceName: '', practiceContact: '', grid: kneeCy });
    expect(untranslatedLines([cy])).toEqual([]);
    expect(cy.sections.flatMap((s) => s.lines).filter((l) => looksEnglish(l.text))).toEqual([]);
  });

  it('is total: no practice details and no grid give a sheet without those parts', () => {
    const doc = buildPreparationSheet({ language: 'en', practiceName: '', practiceContact: '' });
    expect(doc.sections.map((s) => s.id)).toEqual([
      'intro',
      'talk-about',
      'what-matters',
      'already-doing',
      'readings',
      'three-questions',
      // 999 and the nation's urgent route, whatever else is missing (England when no nation is set).
      'urgent-help',
    ]);
  });

  it('gives the grid as text for the download: each question with every option’s answer', () => {
    const grid = gridTextSection(knee, 'wales');
    expect(grid?.heading).toBe(knee.title);
    const first = knee.questions[0]!;
    const line = grid?.lines.find((l) => l.label === first.question);
    for (const option of knee.options) expect(line?.text).toContain(`${option.label}: `);
  });
});

describe('the preparation sheet as a text message', () => {
  it.each([
    [['en'] as const, 'What matters most to you?'],
    [['cy'] as const, 'Beth sydd bwysicaf i chi?'],
    [['en', 'cy'] as const, 'Beth sydd bwysicaf i chi?'],
  ])('%j fits four SMS segments in the GSM alphabet', (languages, expected) => {
    const text = buildPreparationText({
      languages,
      practiceName: 'Riverside Surgery',
      gridTitles: { en: knee.title, cy: kneeCy.title },
    });
    const count = countSms(text);
    expect(text).toContain(expected);
    expect(count.outside).toEqual([]);
    expect(count.septets).toBeLessThanOrEqual(SMS_MAX_SEPTETS);
  });

  it('keeps the Ask 3 Questions when it fits, numbers the three answers, and names the grid', () => {
    const text = buildPreparationText({
      languages: ['en'],
      practiceName: 'Riverside Surgery',
      gridTitles: { en: 'Knee pain' },
    });
    expect(text).toContain('1. What would you like to talk about?');
    expect(text).toContain('How can I get support to help me make a decision that is right for me?');
    expect(text).toContain('Ask us for the table of your choices about Knee pain.');
    expect(text.startsWith('Riverside Surgery: before your appointment')).toBe(true);
  });

  it('a very long practice name is shortened rather than going over four texts', () => {
    const text = buildPreparationText({
      languages: ['en', 'cy'],
      practiceName:
        'The Very Long Named Health Centre and Community Wellbeing Hub of the Upper Valley '.repeat(3),
      gridTitles: { en: 'A long grid title about a decision '.repeat(3), cy: 'Teitl hir iawn '.repeat(6) },
    });
    expect(countSms(text).septets).toBeLessThanOrEqual(SMS_MAX_SEPTETS);
  });
});

describe('the grid chosen for the sheet is recorded in "grids sent in advance"', () => {
  it('adds it, replaces the sheet’s earlier choice, keeps others, and can take it off', () => {
    const prep = { ...blank().preparation, gridsSentInAdvance: ['low-back-pain'] };
    const one = withGridSent(prep, null, 'knee-osteoarthritis');
    expect(one.gridsSentInAdvance).toEqual(['low-back-pain', 'knee-osteoarthritis']);
    const two = withGridSent(one, 'knee-osteoarthritis', 'raised-blood-pressure');
    expect(two.gridsSentInAdvance).toEqual(['low-back-pain', 'raised-blood-pressure']);
    expect(withGridSent(two, 'raised-blood-pressure', null).gridsSentInAdvance).toEqual(['low-back-pain']);
    expect(withGridSent(one, null, 'knee-osteoarthritis').gridsSentInAdvance).toEqual(one.gridsSentInAdvance);
  });
});
