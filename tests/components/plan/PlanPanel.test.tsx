// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PlanPanel } from '../../../components/plan/PlanPanel';
import {
  NO_MARK,
  type InsertOutcome,
  type Inserter,
  type MarkState,
} from '../../../lib/insert/insert-into-ehr';
import { insertMessage } from '../../../lib/insert/messages';
import { renderWithApp } from '../render-with-app';

const UNMARKED: MarkState = NO_MARK;

/** An inserter that reaches no page: it answers with `outcome` and keeps what it was asked. */
function fakeInserter(outcome: InsertOutcome) {
  const insert = vi.fn((_text: string, _html: string, _for: { consultationId: string }) =>
    Promise.resolve(outcome),
  );
  const inserter = {
    mark: () => Promise.resolve(UNMARKED),
    refresh: () => Promise.resolve(UNMARKED),
    insert,
    page: () => Promise.resolve(null),
    current: () => UNMARKED,
  } satisfies Inserter;
  return { inserter, insert };
}

describe('<PlanPanel>', () => {
  it('previews the patient version as text, with the readability figure', async () => {
    const app = await renderWithApp(<PlanPanel />, { clinicianName: 'Dr Ann Jones' });
    app.model.update((c) => ({
      ...c,
      agreement: { ...c.agreement, goal: '<img src=x onerror="window.__pwned=true">Walk daily' },
    }));
    const preview = await screen.findByRole('region', { name: 'Patient version preview' });
    await waitFor(() =>
      expect(preview.textContent).toContain('<img src=x onerror="window.__pwned=true">Walk daily'),
    );
    expect(preview.querySelector('img')).toBeNull();
    expect(screen.getByText(/^Reading ease/).textContent).toMatch(/reading age about \d+/);
  });

  it('flags jargon and puts the plain words into the patient version with one key, leaving what was typed', async () => {
    const app = await renderWithApp(<PlanPanel />);
    app.model.update((c) => ({
      ...c,
      agreement: { ...c.agreement, firstAction: 'Take amlodipine 5 mg od for hypertension' },
    }));
    const accept = await screen.findByRole('button', {
      name: 'Use “high blood pressure” instead of “hypertension”',
    });
    fireEvent.click(accept);
    await waitFor(() => expect(app.model.consultation.value?.plainWords).toEqual(['hypertension']));
    // The note and FHIR keep the clinician's words: only the patient's rendering changes.
    expect(app.model.consultation.value?.agreement.firstAction).toBe(
      'Take amlodipine 5 mg od for hypertension',
    );
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Patient version preview' }).textContent).toContain(
        'Take amlodipine 5 mg od for high blood pressure',
      ),
    );
    expect(screen.getByRole('button', { name: 'Use “once a day” instead of “od”' })).toBeTruthy();
  });

  it('offers every way out as a labelled button, the main ones with a shortcut', async () => {
    await renderWithApp(<PlanPanel />);
    const group = await screen.findByRole('group', { name: 'Send the plan' });
    const names = [...group.querySelectorAll('button')].map((b) => b.textContent);
    expect(names).toEqual([
      'Insert clinician note into the EHR (Alt+I)',
      'Insert patient version into the EHR',
      'Copy plain text (Alt+T)',
      'Copy rich HTML',
      'Print / patient view (Alt+V)',
      'Download HTML',
      'Download text',
      'Export FHIR (JSON)',
      'Download calendar file (.ics)',
    ]);
  });

  it('inserts through the inserter the page was given, and says what happened', async () => {
    const outcome: InsertOutcome = { status: 'failed', reason: 'the fake page refused' };
    const { inserter, insert } = fakeInserter(outcome);
    const app = await renderWithApp(<PlanPanel />, {}, '', () => Promise.resolve(inserter));
    app.model.update((c) => ({ ...c, agreement: { ...c.agreement, goal: 'Walk daily' } }));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Insert clinician note into the EHR (Alt+I)' }),
    );
    await waitFor(() => expect(insert).toHaveBeenCalledTimes(1));
    const [text, , given] = insert.mock.calls[0]!;
    expect(text).toContain('Walk daily');
    expect(given.consultationId).toBe(app.model.consultation.value?.id);
    const said = insertMessage(outcome, app.model.consultation.value?.patientRef ?? '').text;
    await waitFor(() => expect(screen.getByText(said)).toBeTruthy());
  });
});
