// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AppContext } from '../../../components/app-context';
import { DueReviews } from '../../../components/review/DueReviews';
import { dateAfter } from '../../../lib/domain/follow-up';
import { newConsultation } from '../../../lib/domain/new-consultation';
import { renderWithApp } from '../render-with-app';

async function withPlanDueToday() {
  const app = await renderWithApp(<div />);
  const earlier = newConsultation({
    id: 'earlier',
    now: new Date('2026-09-01T10:00:00Z'),
    path: 'quick',
    plannedMinutes: 10,
    patientRef: 'JS 1970',
  });
  await app.db.consultations.put({
    ...earlier,
    status: 'agreed',
    agreement: {
      ...earlier.agreement,
      goal: 'Walk to the shop daily',
      followUpDate: dateAfter(new Date(), { count: 0, unit: 'weeks' }),
    },
  });
  app.rerender(
    <AppContext.Provider value={app.services}>
      <DueReviews />
    </AppContext.Provider>,
  );
  return app;
}

describe('<DueReviews>: the reference in one action at a review', () => {
  it('carries the reference and links the plan with one click', async () => {
    const app = await withPlanDueToday();
    const button = await screen.findByRole(
      'button',
      { name: /^Review JS 1970: Walk to the shop daily, due / },
      { timeout: 5_000 },
    );
    expect(app.model.consultation.value?.patientRef).toBe('');
    fireEvent.click(button);
    await waitFor(() => expect(app.model.consultation.value?.patientRef).toBe('JS 1970'));
    expect(app.model.consultation.value?.review.previousConsultationId).toBe('earlier');
    expect(app.model.consultation.value?.currentElement).toBe('review');
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Reviews due about now' })).toBeNull());
  });

  it('offers nothing once a reference is typed', async () => {
    const app = await withPlanDueToday();
    await screen.findByRole('group', { name: 'Reviews due about now' }, { timeout: 5_000 });
    app.model.update((c) => ({ ...c, patientRef: 'AB 1980' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Reviews due about now' })).toBeNull());
  });
});
