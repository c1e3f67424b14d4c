import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addAgendaItem } from '../../../lib/domain/consultation-actions';
import { chooseInGrid, openGridFromAgenda } from '../../../lib/domain/quick-moves';
import type { OptionGrid } from '../../../lib/option-grids/grid';
import { parseGridFile } from '../../../lib/option-grids/parse-grid';
import { blank } from '../plan/consultations';

function grid(name: string): OptionGrid {
  const file = join(import.meta.dirname, '../../../lib/option-grids/bundled', `${name}.json`);
  const parsed = parseGridFile(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.grid;
}

const withGrid = () => {
  const agenda = addAgendaItem(blank(), { id: 'a1', text: 'My blood pressure was high', owner: 'patient' });
  return openGridFromAgenda(agenda, grid('raised-blood-pressure'));
};

describe('moves that carry the quick path on', () => {
  it('opens a grid suggested on the agenda at discussing options, its options the options discussed', () => {
    const opened = withGrid();
    expect(opened.currentElement).toBe('options');
    expect(opened.options.grid?.id).toBe('raised-blood-pressure');
    expect(opened.options.options.map((o) => o.id)).toEqual(['tablets', 'lifestyle', 'wait']);
    expect(opened.agenda).toEqual(addAgendaItem(blank(), opened.agenda.items[0]!).agenda);
  });

  it('goes on to agreeing the way forward at the first choice, with the grid’s follow-up selected', () => {
    const chosen = chooseInGrid(withGrid(), 'lifestyle', true, '2026-12-21');
    expect(chosen.currentElement).toBe('agreement');
    expect(chosen.agreement.chosenOptionIds).toEqual(['lifestyle']);
    expect(chosen.options.leaning).toEqual(['lifestyle']);
    expect(chosen.agreement.followUpDate).toBe('2026-12-21');
  });

  it('keeps a follow-up date already set', () => {
    const c = withGrid();
    const set = { ...c, agreement: { ...c.agreement, followUpDate: '2027-03-01' } };
    expect(chooseInGrid(set, 'lifestyle', true, '2026-12-21').agreement.followUpDate).toBe('2027-03-01');
  });

  it('stays on the grid for a second option, or when a choice is taken back', () => {
    const first = {
      ...chooseInGrid(withGrid(), 'lifestyle', true, '2026-12-21'),
      currentElement: 'options' as const,
    };
    const second = chooseInGrid(first, 'tablets', true, '');
    expect(second.currentElement).toBe('options');
    expect(second.agreement.chosenOptionIds).toEqual(['tablets', 'lifestyle']);
    const back = chooseInGrid(first, 'lifestyle', false, '2026-12-21');
    expect(back.currentElement).toBe('options');
    expect(back.agreement.chosenOptionIds).toEqual([]);
  });

  it('leaves its input alone', () => {
    const before = withGrid();
    const copy = structuredClone(before);
    chooseInGrid(before, 'wait', true, '2026-12-21');
    expect(before).toEqual(copy);
  });
});
