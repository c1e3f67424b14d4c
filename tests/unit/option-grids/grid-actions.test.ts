import { describe, expect, it } from 'vitest';
import { markQuestionThatMattered, readGrid, stopGrid } from '../../../lib/option-grids/grid-actions';
import { validGrid } from '../../fixtures/grids/valid-grid';
import { blank } from '../plan/consultations';

describe('the grid’s named actions on a consultation', () => {
  const grid = validGrid();

  it('reads a grid together: its options join the hand-added ones, and the consultation names it', () => {
    const c = blank();
    const own = {
      ...c,
      options: {
        ...c.options,
        options: [{ id: 'own', label: 'Mine', pros: '', cons: '', isDoNothing: false }],
      },
    };
    const reading = readGrid(own, grid, undefined);
    expect(reading.options.grid).toEqual({ id: grid.id, version: grid.version, title: grid.title });
    expect(reading.options.options.map((o) => o.id)).toEqual([...grid.options.map((o) => o.id), 'own']);
  });

  it('ticks and unticks a question that mattered', () => {
    const reading = readGrid(blank(), grid, undefined);
    const question = grid.questions[0]!.id;
    const ticked = markQuestionThatMattered(reading, question, true);
    expect(ticked.options.questionsThatMattered).toEqual([question]);
    expect(markQuestionThatMattered(ticked, question, false).options.questionsThatMattered).toEqual([]);
  });

  it('stops using the grid: its options go, and nothing else changes', () => {
    const reading = readGrid(blank(), grid, undefined);
    const stopped = stopGrid(reading, grid);
    expect(stopped.options.grid).toBeNull();
    expect(stopped.options.options).toEqual([]);
    expect(stopped.agenda).toBe(reading.agenda);
  });
});
