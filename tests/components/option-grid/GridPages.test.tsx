// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { GridLibraryApp } from '../../../components/option-grid/GridLibraryApp';
import { GridViewApp } from '../../../components/option-grid/GridViewApp';
import { saveLocalGrid } from '../../../lib/storage/grids';
import { validGrid } from '../../fixtures/grids/valid-grid';
import { testDb } from '../../unit/test-db';

const NOW = new Date('2026-11-23T09:00:00Z');

describe('<GridViewApp>', () => {
  it('shows one grid as a table with the three questions, and prints when asked', async () => {
    const print = vi.fn();
    render(<GridViewApp db={testDb(`view-${Math.random()}`)} id="low-back-pain" printOnOpen print={print} />);
    await screen.findByRole('heading', { level: 1, name: 'Low back pain: what can help' }, { timeout: 5000 });
    expect(screen.getAllByRole('columnheader').length).toBeGreaterThanOrEqual(3);
    expect(screen.getByText('What are my options?')).toBeTruthy();
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });

  it('says so when the grid is not on this computer', async () => {
    render(
      <GridViewApp
        db={testDb(`view-${Math.random()}`)}
        id="nothing-here"
        printOnOpen={false}
        print={vi.fn()}
      />,
    );
    expect((await screen.findByRole('alert', undefined, { timeout: 5000 })).textContent).toContain(
      'nothing-here',
    );
  });
});

const POLICY = { roles: ['GP partner'], people: [] };

describe('<GridLibraryApp>', () => {
  it('lists shipped and local grids apart, and opens a blank grid that is not yet valid', async () => {
    const db = testDb(`library-${Math.random()}`);
    await saveLocalGrid(db, validGrid(), NOW);
    render(
      <GridLibraryApp db={db} now={() => NOW} download={vi.fn()} openView={vi.fn()} signOffPolicy={POLICY} />,
    );
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
    render(
      <GridLibraryApp
        db={db}
        now={() => NOW}
        download={download}
        openView={vi.fn()}
        signOffPolicy={POLICY}
      />,
    );
    const mine = await screen.findByRole('article', { name: validGrid().title }, { timeout: 5000 });
    fireEvent.click(within(mine).getByRole('button', { name: 'Export' }));
    expect(download).toHaveBeenCalledWith(expect.objectContaining({ fileName: 'knee-pain-test-v1.0.json' }));
  });
});
