// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ReportApp } from '../../../components/report/ReportApp';
import type { PdsaEntry } from '../../../lib/domain/pdsa-entry';
import { createReportModel } from '../../../lib/state/report-model';
import { teamExport, week } from '../../unit/report/fixtures';

function renderReport() {
  const saved: PdsaEntry[] = [];
  const model = createReportModel({
    listCycles: () => Promise.resolve([...saved]),
    saveCycle: (entry) => Promise.resolve(void saved.push(entry)),
    now: () => new Date('2026-06-01T09:00:00Z'),
    newId: () => `cycle-${saved.length}`,
  });
  render(<ReportApp model={model} folder="Cocreate pilot exports" />);
  return { model, saved };
}

const good = JSON.stringify(teamExport('aaaaaaaaaaaa', [week('2026-W10', 8)], { role: 'Pharmacist' }));

describe('practice report page', () => {
  it('names the shared folder the practice set; without a directory picker it offers files only', () => {
    renderReport();
    const files = screen.getByRole('region', { name: 'Team exports' });
    expect(files.textContent).toContain("into the practice's shared folder, Cocreate pilot exports");
    // happy-dom, like Firefox, has no showDirectoryPicker.
    expect(screen.queryByRole('button', { name: /^Open the shared folder/ })).toBeNull();
    expect(screen.getByLabelText(/^Choose team export files/)).toBeTruthy();
  });

  it('shows the report from an accepted file, and says why another was refused, keeping nothing of it', async () => {
    const { model } = renderReport();
    model.addFiles([
      { name: 'pharmacist.json', text: good },
      { name: 'notes.json', text: JSON.stringify({ ...JSON.parse(good), notes: 'Mrs B, 12 Acacia Road' }) },
    ]);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('notes.json: it carries typed text'),
    );
    expect(model.accepted.value.map((file) => file.name)).toEqual(['pharmacist.json']);
    expect(screen.getByRole('article', { name: 'Practice report' }).textContent).not.toContain('Acacia');
    expect(
      screen.getByRole('table', { name: /^The whole practice and each clinician/ }).textContent,
    ).toContain('Pharmacist');
  });

  it('refuses a practice cycle without its weeks, in plain words, and saves one with them', async () => {
    const { saved } = renderReport();
    const form = screen.getByRole('form', { name: 'Practice PDSA cycle' });
    fireEvent.input(screen.getByLabelText('Change'), { target: { value: 'Agenda card at reception' } });
    fireEvent.submit(form);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/Give the week the change starts/),
    );
    fireEvent.input(screen.getByLabelText('Week the change starts'), { target: { value: '2026-W14' } });
    fireEvent.input(screen.getByLabelText('Study it up to the week'), { target: { value: '2026-W26' } });
    fireEvent.submit(form);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.practice).toEqual({
      measure: 'plans-agreed',
      startWeek: '2026-W14',
      studyWeek: '2026-W26',
    });
  });
});
