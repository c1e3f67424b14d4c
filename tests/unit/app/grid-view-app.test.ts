import { describe, expect, it } from 'vitest';
import { createGridViewApp } from '../../../lib/app/grid-view-app';
import { saveLocalGrid } from '../../../lib/storage/grids';
import { validGrid } from '../../fixtures/grids/valid-grid';
import { testDb } from '../test-db';

const NOW = new Date('2026-11-23T09:00:00Z');

function gridView(id: string) {
  const db = testDb(`grid-view-${Math.random()}`);
  let printed = 0;
  const app = createGridViewApp({ db, id, printOnOpen: true, print: () => void printed++, now: () => NOW });
  return { app, db, printed: () => printed };
}

describe('the grid view page’s model', () => {
  it.each([
    ['a shipped grid', 'low-back-pain', 'Low back pain: what can help'],
    ['a grid of this PC', 'knee-pain-test', validGrid().title],
  ])('reads %s by its id', async (_kind, id, title) => {
    const { app, db } = gridView(id);
    await saveLocalGrid(db, validGrid(), NOW);
    expect(app.grid.value).toBeUndefined();
    await app.load();
    expect(app.grid.value?.title).toBe(title);
  });

  it('says null for an id no grid on this PC has', async () => {
    const { app } = gridView('nothing-here');
    await app.load();
    expect(app.grid.value).toBeNull();
  });

  it('dates the review notices by its clock and prints through the page', () => {
    const { app, printed } = gridView('low-back-pain');
    expect(app.today()).toBe('2026-11-23');
    app.print();
    expect(printed()).toBe(1);
  });
});
