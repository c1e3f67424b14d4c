// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ReadFhirFile } from '../../../components/continuity/ReadFhirFile';
import { ReviewStep } from '../../../components/steps/ReviewStep';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { FORMAT_VERSION } from '../../../lib/export/fhir-format';
import { fullConsultation } from '../../unit/export/full-consultation';
import { complete, context } from '../../unit/plan/consultations';
import { renderWithApp } from '../render-with-app';

const bundleFile = (text = JSON.stringify(buildFhirBundle(complete(), context()), null, 2)) =>
  new File([text], 'AE-1961.fhir.json', { type: 'application/fhir+json' });

async function choose(file: File, withReview = false, patientRef = 'AE 1961') {
  const app = await renderWithApp(
    withReview ? (
      <>
        <ReadFhirFile />
        <ReviewStep />
      </>
    ) : (
      <ReadFhirFile />
    ),
  );
  app.model.update((c) => ({ ...c, patientRef }));
  const before = structuredClone(app.model.consultation.value);
  fireEvent.change(screen.getByLabelText('Read a FHIR file'), { target: { files: [file] } });
  return { ...app, before };
}

describe('reading a FHIR file in the review step', () => {
  it('stops another patient’s file with both references on screen, and stores nothing until a deliberate tick', async () => {
    const { db, model } = await choose(bundleFile(), false, 'BB 1970');
    expect(await screen.findByText('Stopped: check the FHIR file')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('This plan is for AE 1961, not BB 1970.');
    expect(screen.getByText('Patient ref of this consultation').nextElementSibling?.textContent).toBe(
      'BB 1970',
    );
    expect(screen.getByText('Source').nextElementSibling?.textContent).toBe('AE-1961.fhir.json');
    const use = screen.getByRole('button', { name: 'Use as the baseline for this review' });
    expect((use as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(use);
    await model.flush();
    expect(await db.consultations.count()).toBe(1);
    fireEvent.click(screen.getByRole('checkbox', { name: /use it for BB 1970 all the same/ }));
    fireEvent.click(use);
    await waitFor(() => expect(model.consultation.value?.review.previousConsultationId).toBeTruthy());
    const earlier = await db.consultations.get(model.consultation.value!.review.previousConsultationId!);
    expect(earlier).toMatchObject({
      patientRef: 'BB 1970',
      importedFrom: { patientRef: 'AE 1961', otherPatient: true },
    });
  });

  it('keeps a draft a draft: shown as one, stored as one', async () => {
    const draft = complete();
    draft.status = 'open';
    const { db, model } = await choose(bundleFile(JSON.stringify(buildFhirBundle(draft, context()))));
    expect(await screen.findByText('Draft (not agreed)')).toBeTruthy();
    expect(screen.queryByText('Agreed on')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Use as the baseline for this review' }));
    await waitFor(() => expect(model.consultation.value?.review.previousConsultationId).toBeTruthy());
    const earlier = await db.consultations.get(model.consultation.value!.review.previousConsultationId!);
    expect(earlier?.status).toBe('open');
  });

  it('shows what it found, and on "Use" keeps it as an imported plan the review links to', async () => {
    const { db, model } = await choose(bundleFile());
    expect(await screen.findByText('Found in the FHIR file: check it')).toBeTruthy();
    expect(screen.getByText('Walk to the allotment without stopping by the spring')).toBeTruthy();
    expect(screen.getByText('raised-blood-pressure, version 1.2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use as the baseline for this review' }));
    await waitFor(() => expect(model.consultation.value?.review.previousConsultationId).toBeTruthy());
    const earlier = await db.consultations.get(model.consultation.value!.review.previousConsultationId!);
    expect(earlier).toMatchObject({
      status: 'agreed',
      importedFrom: { source: 'fhir', formatVersion: FORMAT_VERSION },
      agreement: { goal: 'Walk to the allotment without stopping by the spring', confidence: 8 },
    });
  });

  it.each([
    ['a note saved as a file', 'Goal: walk more', /not JSON/],
    [
      'another system’s bundle',
      '{"resourceType":"Bundle","type":"collection","entry":[]}',
      /not written by Cocreate/,
    ],
  ])('%s: says plainly why, stores nothing and changes nothing', async (_name, text, reason) => {
    const { db, model, before } = await choose(bundleFile(text));
    expect((await screen.findByRole('alert')).textContent).toMatch(reason);
    expect(screen.getByRole('alert').textContent).toMatch(/Nothing was changed\.$/);
    expect(screen.queryByRole('button', { name: /Use as the baseline/ })).toBeNull();
    await model.flush();
    expect(await db.consultations.count()).toBe(1);
    expect(model.consultation.value).toEqual(before);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByLabelText('Read a FHIR file')).toBeTruthy();
  });

  it('the review step then shows the baseline from the file', async () => {
    await choose(bundleFile(), true);
    fireEvent.click(await screen.findByRole('button', { name: 'Use as the baseline for this review' }));
    expect(await screen.findByText('The plan from 23 November 2026')).toBeTruthy();
    expect(await screen.findByLabelText(/Blood pressure now/)).toBeTruthy();
    expect(screen.getByText(/Last time: 4\./)).toBeTruthy();
  });

  it('shows the decision and each option before use, and the review shows them with the review date', async () => {
    await choose(bundleFile(), true);
    expect(await screen.findByText('Decision')).toBeTruthy();
    expect(screen.getByText('Decision').nextElementSibling?.textContent).toBe('Option chosen: More walking');
    expect(screen.getByText('Option 2').nextElementSibling?.textContent).toBe(
      'More walking (chosen). Benefits: Good for your knees and mood. Risks: Takes time each day',
    );
    expect(screen.getByText('What matters').nextElementSibling?.textContent).toBe(
      'Being able to walk to the allotment and look after my grandson',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Use as the baseline for this review' }));
    const earlier = await screen.findByRole('region', { name: 'The plan from 23 November 2026' });
    expect(earlier.textContent).toContain('Option chosen: More walking');
    expect(earlier.textContent).toContain('Review date18 January 2027');
    const options = screen.getByRole('list', { name: 'Options weighed' });
    expect([...options.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'TabletsBenefits: Lowers the chance of a strokeRisks: Some people get dizzy',
      'More walking (chosen)Benefits: Good for your knees and moodRisks: Takes time each day',
      'Wait and check againBenefits: No tablets for nowRisks: The risk stays the same',
    ]);
  });

  it('shows how to communicate, the information still needed and each brief intervention’s line before use, and keeps them', async () => {
    const { db, model } = await choose(
      bundleFile(JSON.stringify(buildFhirBundle(fullConsultation(), context()))),
    );
    expect(await screen.findByText('Plan language')).toBeTruthy();
    const row = (label: string) => screen.getByText(label).nextElementSibling?.textContent;
    expect(row('Plan language')).toBe('English and Welsh');
    expect(row('Communication needs')).toBe('Hard of hearing in the left ear');
    expect(row('Large print')).toBe('Yes');
    expect(row('Information still needed')).toBe('A blood test, who gets it: Practice nurse, by next week');
    expect(row('Brief intervention')).toBe(
      'Physical activity: Exercise referral, ask at reception. For the patient: We can refer you to an exercise scheme.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Use as the baseline for this review' }));
    await waitFor(() => expect(model.consultation.value?.review.previousConsultationId).toBeTruthy());
    const earlier = await db.consultations.get(model.consultation.value!.review.previousConsultationId!);
    expect(earlier).toMatchObject({
      preparation: {
        language: 'both',
        communicationNeeds: 'Hard of hearing in the left ear',
        largePrint: true,
      },
      information: { needed: [{ what: 'A blood test', who: 'Practice nurse', byWhen: 'next week' }] },
      implementation: { briefInterventions: [{ en: 'We can refer you to an exercise scheme.' }] },
    });
  });

  it('shows markup in an edited file as text, never as markup', async () => {
    const bundle = buildFhirBundle(complete(), context());
    const first = bundle.entry!.find(
      (e) => e.resource?.resourceType === 'Observation' && e.resource.code.text === 'Option discussed',
    )!.resource as { valueString: string };
    first.valueString = '<img src=x onerror="alert(1)">Tablets';
    const { container } = await choose(bundleFile(JSON.stringify(bundle)));
    expect(await screen.findByText('Option 1')).toBeTruthy();
    expect(screen.getByText('Option 1').nextElementSibling?.textContent).toMatch(/^Tablets\. Benefits:/);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('edited or is incomplete');
  });
});
