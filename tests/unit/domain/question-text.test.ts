import { describe, expect, it } from 'vitest';
import { asClause } from '../../../lib/domain/question-text';

describe('asClause', () => {
  it.each([
    ['Walk to the park after lunch', 'walk to the park after lunch'],
    ['walk every day', 'walk every day'],
    ['  Check sugars.  ', 'check sugars'],
    ['Stop smoking?', 'stop smoking'],
    ['HbA1c test before June', 'HbA1c test before June'],
    ['BP checks at the pharmacy', 'BP checks at the pharmacy'],
    ['I will walk', 'I will walk'],
    ['Ymarfer bob dydd', 'ymarfer bob dydd'],
    ['Éat more fruit', 'éat more fruit'],
  ])('%j reads as %j', (typed, clause) => {
    expect(asClause(typed, '…')).toBe(clause);
  });

  it.each(['', '   ', '...'])('falls back for %j', (typed) => {
    expect(asClause(typed, 'do this')).toBe('do this');
  });
});
