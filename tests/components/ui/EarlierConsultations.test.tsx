// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AppContext } from '../../../components/app-context';
import { EarlierConsultations } from '../../../components/ui/EarlierConsultations';
import { newConsultation } from '../../../lib/domain/new-consultation';
import { renderWithApp } from '../render-with-app';

describe('<EarlierConsultations>', () => {
  it('lists earlier consultations for the reference, dated by the day in London, and opens one, keeping the current one', async () => {
    const app = await renderWithApp(<div />);
    const { db, model } = app;
    const earlier = newConsultation({
      id: 'earlier',
      // 00:30 on 1 July in London: the day the clinician saw it, whatever the PC's own time zone.
      now: new Date('2026-06-30T23:30:00Z'),
      path: 'quick',
      plannedMinutes: 10,
      patientRef: 'js 1970',
    });
    await db.consultations.put({
      ...earlier,
      status: 'agreed',
      agreement: { ...earlier.agreement, goal: 'Walk daily' },
    });
    await db.plans.put({
      id: 'given-1',
      consultationId: 'earlier',
      givenAt: '2026-06-30T23:45:00Z',
      format: 'print',
      language: 'en',
      text: 'You will walk daily.',
    });
    // Shown only once the earlier one is stored, as when the clinician types the reference.
    app.rerender(
      <AppContext.Provider value={app.services}>
        <EarlierConsultations patientRef="JS 1970" currentId="id1" />
      </AppContext.Provider>,
    );
    const summary = await screen.findByText('Earlier consultations for this reference (1)', undefined, {
      timeout: 5_000,
    });
    fireEvent.click(summary);
    // What the patient was given that day, from the plans table.
    expect(screen.getByText(/Plan given: printed 1 July 2026/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Open 1 July 2026 \(plan agreed\): Walk daily$/ }));
    await waitFor(() => expect(model.consultation.value?.id).toBe('earlier'), { timeout: 5_000 });
    expect(await db.consultations.get('id1')).toBeDefined();
  });
});
