import { describe, expect, it } from 'vitest';
import type { DiscussingOptions } from '../../../lib/domain/consultation';
import {
  questionsInWords,
  readGridTogether,
  stopUsingGrid,
  toggleLeaning,
  toggleQuestion,
} from '../../../lib/option-grids/grid-in-consultation';
import { validGrid } from '../../fixtures/grids/valid-grid';

const empty: DiscussingOptions = {
  problem: '',
  careAims: [],
  grid: null,
  options: [{ id: 'own', label: 'Physio group', pros: '', cons: '', isDoNothing: false }],
  questionsThatMattered: [],
  leaning: [],
  whatMattered: '',
};

describe('reading a grid together', () => {
  it('copies the grid options into the options discussed, keeping hand-added ones', () => {
    const section = readGridTogether(empty, validGrid());
    expect(section.grid).toEqual({
      id: 'knee-pain-test',
      version: '1.0',
      title: 'Knee pain from osteoarthritis',
    });
    expect(section.options.map((o) => o.id)).toEqual(['exercise', 'tablets', 'wait', 'own']);
    expect(section.options[2]).toEqual({
      id: 'wait',
      label: 'Wait and see',
      pros: 'No side effects.',
      cons: 'Pain may stay the same.',
      isDoNothing: true,
    });
  });

  it('records the questions that mattered and the leaning, and clears them when the grid is put away', () => {
    let section = readGridTogether(empty, validGrid());
    section = toggleQuestion(section, 'does-it-help', true);
    section = toggleLeaning(section, 'exercise', true);
    section = toggleLeaning(section, 'wait', true);
    section = toggleLeaning(section, 'wait', false);
    expect(section.questionsThatMattered).toEqual(['does-it-help']);
    expect(section.leaning).toEqual(['exercise']);

    const after = stopUsingGrid(section, validGrid());
    expect(after.grid).toBeNull();
    expect(after.options.map((o) => o.id)).toEqual(['own']);
    expect(after.leaning).toEqual([]);
  });
});

describe('questionsInWords', () => {
  it('puts a grid row in its own words and keeps free text as typed', () => {
    expect(questionsInWords(validGrid(), ['does-it-help', 'Can I still garden?'])).toEqual([
      'Will it ease my pain?',
      'Can I still garden?',
    ]);
  });

  it('keeps the recorded ids when the grid is not available', () => {
    expect(questionsInWords(null, ['does-it-help'])).toEqual(['does-it-help']);
  });
});
