// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PasteEarlierNote } from '../../../components/continuity/PasteEarlierNote';
import { planToPlainText } from '../../../lib/export/plain-text';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import { complete, context } from '../../unit/plan/consultations';
import { renderWithApp } from '../render-with-app';

const KEY = 'practice-key-0123456789-abcdefghij-KLMNOP';
const OTHER = 'other-practice-key-9876543210-zyxwvutsrq';
const noteSignedWith = (key?: string) =>
  planToPlainText(buildClinicianNote(complete(), { ...context(), signingKey: key }));

async function paste(text: string, signingKey: string) {
  const app = await renderWithApp(<PasteEarlierNote />, {}, signingKey);
  app.model.update((c) => ({ ...c, patientRef: 'AE 1961' }));
  fireEvent.input(screen.getByLabelText('Paste the earlier note'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Read the note' }));
  return app;
}

const useButton = () =>
  screen.getByRole<HTMLButtonElement>('button', { name: 'Use as the baseline for this review' });

describe('reading an earlier note where the practice set a signing key', () => {
  it('says "Signed by this practice" for its own block, and uses it without a tick', async () => {
    await paste(noteSignedWith(KEY), KEY);
    expect(screen.getByText('Signed by this practice.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useButton().disabled).toBe(false);
  });

  it.each([
    ['signed with another key', noteSignedWith(OTHER)],
    ['unsigned', noteSignedWith()],
  ])('stops a block %s until the clinician ticks, and records it', async (_name, text) => {
    const { db, model } = await paste(text, KEY);
    expect(screen.getByRole('alert').textContent).toContain(
      'This earlier note is not signed by this practice',
    );
    expect(screen.queryByText('Signed by this practice.')).toBeNull();
    expect(useButton().disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /all the same/ }));
    fireEvent.click(useButton());
    await waitFor(() => expect(model.consultation.value?.review.previousConsultationId).toBeTruthy());
    const earlier = await db.consultations.get(model.consultation.value!.review.previousConsultationId!);
    expect(earlier?.importedFrom).toMatchObject({ signature: 'not-this-practice', integrity: 'intact' });
  });

  it('without a key on this PC shows neither, and a signed block imports as before', async () => {
    await paste(noteSignedWith(KEY), '');
    expect(screen.queryByText('Signed by this practice.')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useButton().disabled).toBe(false);
  });
});
