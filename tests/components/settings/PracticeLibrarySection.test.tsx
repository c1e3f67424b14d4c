// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PracticeLibrarySection } from '../../../components/options-page/PracticeLibrarySection';
import { createPracticeLibraryApp } from '../../../lib/app/practice-library-app';
import { toLibraryDocument } from '../../../lib/option-grids/parse-grid';
import { validGrid } from '../../fixtures/grids/valid-grid';
import { testDb } from '../../unit/test-db';

const LIBRARY = JSON.stringify(
  toLibraryDocument([validGrid(), validGrid({ id: 'hip-pain-test', title: 'Hip pain' })], {
    name: 'Riverside grids',
    publisher: 'Riverside Surgery',
    publishedAt: '2026-11-01',
  }),
);

function show(text: string) {
  const db = testDb(`library-${Math.random()}`);
  render(
    <PracticeLibrarySection
      library={createPracticeLibraryApp({
        db,
        now: () => new Date('2026-11-23T09:00:00Z'),
        loadLibraryText: () => Promise.resolve(text),
      })}
    />,
  );
  return db;
}

describe('practice grid library section', () => {
  it('says what the policy library would change, brings it in as practice grids, then has nothing to do', async () => {
    const db = show(LIBRARY);
    expect(await screen.findByText('On this PC: 2 grids new.')).toBeTruthy();
    expect(
      screen.getByText(/Your practice publishes Riverside grids from Riverside Surgery, dated 2026-11-01/),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Bring in the practice grids' }));

    expect(await screen.findByText('Done: 2 grids new.')).toBeTruthy();
    expect(await screen.findByText('All 2 grids are already on this PC.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Bring in the practice grids' })).toBeNull();
    expect((await db.grids.toArray()).map((row) => [row.id, row.source]).sort()).toEqual([
      ['hip-pain-test', 'practice'],
      ['knee-pain-test', 'practice'],
    ]);
  });

  it('keeps a grid the clinician edited as theirs', async () => {
    const db = testDb(`library-${Math.random()}`);
    const mine = validGrid({ version: '0.9' });
    await db.grids.put({
      id: mine.id,
      source: 'local',
      updatedAt: '2026-10-01T00:00:00Z',
      keywords: [...mine.keywords],
      grid: mine,
    });
    render(
      <PracticeLibrarySection
        library={createPracticeLibraryApp({
          db,
          now: () => new Date(),
          loadLibraryText: () => Promise.resolve(LIBRARY),
        })}
      />,
    );
    expect(
      await screen.findByText('On this PC: 1 grid new. 1 you edited yourself will be kept as yours.'),
    ).toBeTruthy();
  });

  it('tells the clinician to contact IT when the policy value is damaged, and offers nothing', async () => {
    show(LIBRARY.slice(0, 100));
    expect((await screen.findByRole('alert')).textContent).toContain('could not be read');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
