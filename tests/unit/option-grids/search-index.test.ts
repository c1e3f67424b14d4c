import { describe, expect, it } from 'vitest';
import type { OptionGrid } from '../../../lib/option-grids/grid';
import { buildGridIndex, searchGridIndex, searchWords } from '../../../lib/option-grids/search-index';
import { validGrid } from '../../fixtures/grids/valid-grid';

const grids: OptionGrid[] = [
  validGrid(),
  validGrid({
    id: 'bp',
    title: 'Raised blood pressure',
    keywords: ['hypertension', 'BP'],
    decision: 'Should I take tablets?',
  }),
  validGrid({
    id: 'statins',
    title: 'Statins for heart and stroke risk',
    keywords: ['cholesterol'],
    decision: 'Should I take a statin?',
  }),
  validGrid({
    id: 'iselder',
    title: 'Iselder ysgafn',
    keywords: ['depression', 'hwyliau'],
    decision: 'Beth allai fy helpu?',
    language: 'cy',
  }),
];
const index = buildGridIndex(grids);
const ids = (query: string) => searchGridIndex(index, query).map((position) => grids[position]?.id);

describe('grid search', () => {
  it.each([
    ['knee', ['knee-pain-test']],
    ['osteo', ['knee-pain-test']],
    ['Hypert', ['bp']],
    ['blood pres', ['bp']],
    ['cholesterol', ['statins']],
    ['stroke risk', ['statins']],
    ['depression', ['iselder']],
    ['hwyl', ['iselder']],
    ['', []],
    ['   ', []],
    ['zebra', []],
    ['knee zebra', []],
  ])('finds %j → %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('ranks a title match above a match in the options', () => {
    // Every grid has a "Pain tablets" option; only one has pain in its title. Ties go by title.
    expect(ids('pain')).toEqual(['knee-pain-test', 'iselder', 'bp', 'statins']);
  });

  it('folds case and accents', () => {
    expect(searchWords('Ŵyr a’r ÂLLAN')).toEqual(['wyr', 'a', 'r', 'allan']);
  });

  it('limits the number of results', () => {
    expect(searchGridIndex(index, 'wait', 2)).toHaveLength(2);
  });
});
