// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { GridLibraryApp } from '../../../components/option-grid/GridLibraryApp';
import { GridViewApp } from '../../../components/option-grid/GridViewApp';
import { createGridLibraryApp } from '../../../lib/app/grid-library-app';
import { createGridViewApp, type GridViewAppDeps } from '../../../lib/app/grid-view-app';
import { WELSH_NOT_REVIEWED } from '../../../lib/option-grids/grid-welsh-review';
import type { CocreateDb } from '../../../lib/storage/db';
import { saveLocalGrid } from '../../../lib/storage/grids';
import { validGrid } from '../../fixtures/grids/valid-grid';
import { testDb } from '../../unit/test-db';

const NOW = new Date('2026-11-23T09:00:00Z');

type ViewProps = Omit<GridViewAppDeps, 'db' | 'now'>;
const viewApp = (props: ViewProps) =>
  createGridViewApp({ db: testDb(`view-${Math.random()}`), now: () => NOW, ...props });

describe('<GridViewApp>', () => {
  it('shows one grid as a table with the three questions, and prints when asked', async () => {
    const print = vi.fn();
    render(<GridViewApp app={viewApp({ id: 'low-back-pain', printOnOpen: true, print })} />);
    await screen.findByRole('heading', { level: 1, name: 'Low back pain: what can help' }, { timeout: 5000 });
    expect(screen.getAllByRole('columnheader').length).toBeGreaterThanOrEqual(3);
    expect(screen.getByText('What are my options?')).toBeTruthy();
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });

  it('shows every help line in the nation’s wording, each option’s line with the option it belongs to', async () => {
    render(
      <GridViewApp
        app={viewApp({ id: 'low-back-pain', printOnOpen: false, print: vi.fn(), nation: 'northern-ireland' })}
      />,
    );
    const help = await screen.findByRole('region', { name: 'When to get help' }, { timeout: 5000 });
    expect(help.textContent).toContain('or call GP Out of Hours if we are closed');
    expect(help.textContent).not.toMatch(/\b111\b/);
    expect(help.textContent).toContain('If you choose: Painkillers. Stop anti-inflammatory tablets');
  });

  it('says so when the grid is not on this computer', async () => {
    render(<GridViewApp app={viewApp({ id: 'nothing-here', printOnOpen: false, print: vi.fn() })} />);
    expect((await screen.findByRole('alert', undefined, { timeout: 5000 })).textContent).toContain(
      'nothing-here',
    );
  });
});

const POLICY = { roles: ['GP partner'], people: [] };

function libraryApp(db: CocreateDb, download = vi.fn()) {
  return createGridLibraryApp({ db, now: () => NOW, download, openView: vi.fn(), signOffPolicy: POLICY });
}

describe('<GridLibraryApp>', () => {
  it('lists shipped and local grids apart, and opens a blank grid that is not yet valid', async () => {
    const db = testDb(`library-${Math.random()}`);
    await saveLocalGrid(db, validGrid(), NOW);
    render(<GridLibraryApp app={libraryApp(db)} />);
    await screen.findByRole('heading', { name: 'Shipped with Cocreate (16)' }, { timeout: 5000 });
    expect(screen.getByRole('heading', { name: 'My grids (1)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New grid' }));
    expect(screen.getByRole('heading', { level: 1, name: 'New option grid' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /problems to fix/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('heading', { name: 'My grids (1)' });
  });

  it('exports one grid as its own JSON file', async () => {
    const db = testDb(`library-${Math.random()}`);
    await saveLocalGrid(db, validGrid(), NOW);
    const download = vi.fn();
    render(<GridLibraryApp app={libraryApp(db, download)} />);
    const mine = await screen.findByRole('article', { name: validGrid().title }, { timeout: 5000 });
    fireEvent.click(within(mine).getByRole('button', { name: 'Export' }));
    expect(download).toHaveBeenCalledWith(expect.objectContaining({ fileName: 'knee-pain-test-v1.0.json' }));
  });

  it('marks each Welsh grid no first-language clinical reviewer has signed, and no English one', async () => {
    const db = testDb(`library-${Math.random()}`);
    await saveLocalGrid(
      db,
      validGrid({ id: 'knee-pain-test-cy', language: 'cy', title: 'Poen pen-glin' }),
      NOW,
    );
    render(<GridLibraryApp app={libraryApp(db)} />);
    const shippedWelsh = await screen.findByRole(
      'article',
      { name: 'Poen yng ngwaelod y cefn: beth all helpu' },
      { timeout: 5000 },
    );
    expect(shippedWelsh.textContent).toContain(WELSH_NOT_REVIEWED);
    const english = screen.getByRole('article', { name: 'Low back pain: what can help' });
    expect(english.textContent).not.toContain(WELSH_NOT_REVIEWED);
    // A Welsh grid signed off (by the reviewer its translation note names) is no longer marked.
    expect(screen.getByRole('article', { name: 'Poen pen-glin' }).textContent).not.toContain(
      WELSH_NOT_REVIEWED,
    );
  });
});
