// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AppContext } from '../../../components/app-context';
import { ReviewOffer } from '../../../components/review/ReviewOffer';
import { newConsultation } from '../../../lib/domain/new-consultation';
import { renderWithApp } from '../render-with-app';

async function withEarlierPlan() {
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
    agreement: { ...earlier.agreement, goal: 'Walk to the shop daily' },
  });
  app.rerender(
    <AppContext.Provider value={app.services}>
      <ReviewOffer patientRef="js1970" />
    </AppContext.Provider>,
  );
  const offer = await screen.findByRole('group', { name: /Is this the same person\?/ }, { timeout: 5_000 });
  return { app, offer };
}

describe('<ReviewOffer>: a matching reference is only a candidate', () => {
  it('asks "Is this the same person?" with the date, goal and reference, linking nothing yet', async () => {
    const { app, offer } = await withEarlierPlan();
    expect(offer.textContent).toContain('1 September 2026');
    expect(offer.textContent).toContain('Walk to the shop daily');
    expect(offer.textContent).toContain('JS 1970');
    expect(app.model.consultation.value?.review.previousConsultationId ?? null).toBeNull();
  });

  it('links the earlier plan only on "Yes, same person"', async () => {
    const { app } = await withEarlierPlan();
    fireEvent.click(screen.getByRole('button', { name: /^Yes, same person/ }));
    await waitFor(() => expect(app.model.consultation.value?.review.previousConsultationId).toBe('earlier'));
  });

  it('links nothing and hides the offer on "No, a different person"', async () => {
    const { app } = await withEarlierPlan();
    fireEvent.click(screen.getByRole('button', { name: 'No, a different person' }));
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: /Is this the same person\?/ })).toBeNull(),
    );
    expect(app.model.consultation.value?.review.previousConsultationId ?? null).toBeNull();
  });
});
