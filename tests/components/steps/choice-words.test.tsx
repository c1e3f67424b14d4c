// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AgendaStep } from '../../../components/steps/AgendaStep';
import { InformationStep } from '../../../components/steps/InformationStep';
import { PreparationStep } from '../../../components/steps/PreparationStep';
import { ReviewStep } from '../../../components/steps/ReviewStep';
import { CATALOGUES } from '../../../lib/i18n/catalogue';
import { LANGUAGES } from '../../../lib/i18n/types';
import { renderWithApp } from '../render-with-app';

/** The labels of a group of radio buttons or check boxes, in order. */
const labelsIn = (legend: string) =>
  [...screen.getByRole('group', { name: legend }).querySelectorAll('label')].map(
    (label) => label.textContent,
  );

/** The heading of each item in a list, in order. */
const headingsIn = (list: string) =>
  [...screen.getByRole('list', { name: list }).querySelectorAll('.field__label')].map((label) =>
    label.textContent?.trim(),
  );

function add(label: string, text: string) {
  const box = screen.getByRole('textbox', { name: label });
  fireEvent.input(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
}

describe('a step’s options are the registry’s values, in the panel’s words', { timeout: 30_000 }, () => {
  it.each(LANGUAGES)('review, in %s: how it went and the next step', async (panelLanguage) => {
    await renderWithApp(<ReviewStep />, { panelLanguage });
    const words = CATALOGUES[panelLanguage].choices;
    await waitFor(() => expect(labelsIn('How did it go')).toEqual(Object.values(words.attainment)));
    expect(labelsIn('Next step')).toEqual(Object.values(words.reviewNextStep));
  });

  it.each(LANGUAGES)('agenda, in %s: whose item each one in the list is', async (panelLanguage) => {
    await renderWithApp(<AgendaStep />, { panelLanguage });
    const words = CATALOGUES[panelLanguage].choices.agendaOwner;
    add("Patient's agenda item (their own words)", 'Sleep');
    add("Clinician's agenda item", 'Medicines');
    await waitFor(() =>
      expect(headingsIn('Agreed priority order')).toEqual([`1. ${words.patient}`, `2. ${words.clinician}`]),
    );
  });

  it.each(LANGUAGES)('information and preparation, in %s', async (panelLanguage) => {
    await renderWithApp(
      <>
        <PreparationStep />
        <InformationStep />
      </>,
      { panelLanguage },
    );
    const words = CATALOGUES[panelLanguage].choices;
    await waitFor(() => expect(labelsIn('Appointment type')).toEqual(Object.values(words.appointmentType)));
    expect(labelsIn('Who else is present')).toEqual(Object.values(words.present));
    expect(labelsIn('What next')).toEqual(Object.values(words.informationNextStep));
    const language = screen.getByRole('combobox', { name: 'Preferred language' });
    expect([...language.querySelectorAll('option')].map((o) => o.textContent)).toEqual(
      Object.values(words.planLanguage),
    );
  });
});
