// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PasteEarlierNote } from '../../../components/continuity/PasteEarlierNote';
import { ReviewStep } from '../../../components/steps/ReviewStep';
import { planToPlainText } from '../../../lib/export/plain-text';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import { complete, context } from '../../unit/plan/consultations';
import { renderWithApp } from '../render-with-app';

const earlierNote = () => planToPlainText(buildClinicianNote(complete(), context())).replace(/\n/g, '\r\n');

async function paste(text: string, withReview = false, patientRef = 'AE 1961') {
  const app = await renderWithApp(
    withReview ? (
      <>
        <PasteEarlierNote />
        <ReviewStep />
      </>
    ) : (
      <PasteEarlierNote />
    ),
  );
  app.model.update((c) => ({ ...c, patientRef }));
  fireEvent.input(screen.getByLabelText('Paste the earlier note'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Read the note' }));
  return app;
}

describe('pasting the earlier note', () => {
  it('shows what it found, and on "Use" keeps it as an imported plan the review links to', async () => {
    const { db, model } = await paste(earlierNote());
    expect(screen.getByText('Walk to the allotment without stopping by the spring')).toBeTruthy();
    expect(screen.getByText('152/94 mmHg')).toBeTruthy();
    expect(await db.consultations.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Use as the baseline for this review' }));
    await waitFor(() => expect(model.consultation.value?.review.previousConsultationId).toBeTruthy());
    const earlier = await db.consultations.get(model.consultation.value!.review.previousConsultationId!);
    expect(earlier).toMatchObject({
      status: 'agreed',
      createdAt: '2026-11-23T12:00:00.000Z',
      importedFrom: { source: 'note', formatVersion: '2' },
      agreement: { goal: 'Walk to the allotment without stopping by the spring', confidence: 8 },
    });
    expect(model.consultation.value?.currentElement).toBe('review');
  });

  it('says plainly what is wrong and stores nothing when the note cannot be read', async () => {
    const { db, model } = await paste(
      earlierNote().replace('Confidence: 8/10\r\nFollow-up', 'Confidence: high\r\nFollow-up'),
    );
    expect(screen.getByRole('alert').textContent).toMatch(/“Confidence” should be a score/);
    expect(screen.queryByRole('button', { name: /Use as the baseline/ })).toBeNull();
    await model.flush();
    expect(await db.consultations.count()).toBe(1);
    expect(model.consultation.value?.review.previousConsultationId).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByLabelText('Paste the earlier note')).toBeTruthy();
  });

  it('stops another patient’s note with both references on screen; "Not this one" stores nothing', async () => {
    const { db, model } = await paste(earlierNote(), false, 'BB 1970');
    expect(screen.getByRole('alert').textContent).toContain('This plan is for AE 1961, not BB 1970.');
    expect(screen.getByText('Patient ref in the plan').nextElementSibling?.textContent).toBe('AE 1961');
    expect(screen.getByText('Source').nextElementSibling?.textContent).toBe('pasted note');
    fireEvent.click(screen.getByRole('button', { name: 'Not this one' }));
    await model.flush();
    expect(await db.consultations.count()).toBe(1);
  });

  it('says a block edited by hand was edited, and stores exactly what it showed once ticked', async () => {
    const edited = earlierNote().replace(
      'Clinical baseline (Blood pressure, mmHg): 152/94',
      'Clinical baseline (Blood pressure, mmHg): \u202E49/251',
    );
    const { db, model } = await paste(edited);
    expect(screen.getByRole('alert').textContent).toContain('This block was edited or is incomplete');
    const shown = screen.getByText('Blood pressure').nextElementSibling?.textContent;
    expect(shown).toBe('49/251 mmHg');
    fireEvent.click(screen.getByRole('checkbox', { name: /all the same/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Use as the baseline for this review' }));
    await waitFor(() => expect(model.consultation.value?.review.previousConsultationId).toBeTruthy());
    const earlier = await db.consultations.get(model.consultation.value!.review.previousConsultationId!);
    const b = earlier!.agreement.baseline;
    expect(`${b.clinicalValue} ${b.clinicalUnit}`).toBe(shown);
    expect(earlier?.importedFrom).toMatchObject({ integrity: 'edited', otherPatient: false });
  });

  it('"Not this one" goes back without storing anything', async () => {
    const { db } = await paste(earlierNote());
    fireEvent.click(screen.getByRole('button', { name: 'Not this one' }));
    expect(await db.consultations.count()).toBe(1);
  });

  it('the review step then shows the baseline and asks for the measures now', async () => {
    await paste(earlierNote(), true);
    fireEvent.click(screen.getByRole('button', { name: 'Use as the baseline for this review' }));
    expect(await screen.findByText('Read from the earlier note in the record.')).toBeTruthy();
    expect(screen.getByText('The plan from 23 November 2026')).toBeTruthy();
    expect(await screen.findByLabelText(/Blood pressure now \(mmHg\)/)).toBeTruthy();
    expect(screen.getByText(/Last time: 4\./)).toBeTruthy();
  });
});
