import { describe, expect, it } from 'vitest';
import {
  COLLABORATE_MIN_FOR_AUDIT,
  collaborateResponse,
  isCollaborateTopScore,
  isCompleteResponse,
} from '../../../lib/collaborate/response';
import { readCollaborateResponse } from '../../../lib/collaborate/read-response';
import { CollaborateCount } from '../../../lib/collaborate/top-score';

describe('collaboRATE responses and the top score', () => {
  it.each([
    [[9, 9, 9], true, true],
    [[9, 8, 9], true, false],
    [[0, 0, 0], true, false],
    [[9, null, 9], false, false],
    [[9, 9, 10], false, false],
    [[9, 9, 8.5], false, false],
  ] as const)('%j is complete: %s, top score: %s', (answers, complete, top) => {
    expect(isCompleteResponse(answers)).toBe(complete);
    expect(isCollaborateTopScore(answers)).toBe(top);
  });

  it('reads a stored response, and nothing from a damaged one', () => {
    const saved = collaborateResponse([9, 7, 8], 'cy', new Date('2026-11-29T10:00:00Z'));
    expect(readCollaborateResponse(saved)).toEqual({
      answers: [9, 7, 8],
      language: 'cy',
      answeredAt: '2026-11-29T10:00:00.000Z',
    });
    for (const damaged of [
      null,
      'nine',
      {},
      { answers: [9, 9] },
      { answers: [9, 9, '9'] },
      { answers: [-1, 0, 0] },
    ])
      expect(readCollaborateResponse(damaged)).toBeNull();
  });
});

describe('CollaborateCount', () => {
  const count = (responses: (readonly (number | null)[])[]) => {
    const counter = new CollaborateCount();
    for (const answers of responses) counter.add(answers as [number | null, number | null, number | null]);
    return counter.result();
  };
  const tops = (n: number) => Array.from({ length: n }, () => [9, 9, 9]);

  it('shows no figure from 24 complete responses', () => {
    expect(count(tops(24))).toEqual({ responses: 24, topScoreShare: null });
  });

  it(`shows the top-score share from ${COLLABORATE_MIN_FOR_AUDIT} complete responses`, () => {
    expect(count([...tops(20), ...Array.from({ length: 5 }, () => [9, 9, 8])])).toEqual({
      responses: 25,
      topScoreShare: 0.8,
    });
  });

  it('leaves partial responses out: 24 complete and one partial are still 24', () => {
    expect(count([...tops(24), [9, 9, null]])).toEqual({ responses: 24, topScoreShare: null });
  });

  it('counts a response as top only when all three answers are 9', () => {
    const figure = count([...tops(10), ...Array.from({ length: 15 }, (_, i) => [9, 9, i % 9])]);
    // i % 9 is 0–8: never a 9, so none of those 15 is a top score.
    expect(figure).toEqual({ responses: 25, topScoreShare: 10 / 25 });
  });
});
