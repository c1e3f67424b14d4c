// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AgendaStep } from '../../../components/steps/AgendaStep';
import { AgreementStep } from '../../../components/steps/AgreementStep';
import { OptionsStep } from '../../../components/steps/OptionsStep';
import { PreparationStep } from '../../../components/steps/PreparationStep';
import { CATALOGUES } from '../../../lib/i18n/catalogue';
import { renderWithApp } from '../render-with-app';

describe('guide steps', { timeout: 30_000 }, () => {
  it('agenda: the rulers ask their questions about the change named', async () => {
    const { model } = await renderWithApp(<AgendaStep />);
    // Below the fold: on the page's first render the rulers come a frame later (components/ui/BelowTheFold.tsx).
    fireEvent.click(await screen.findByText('Importance and confidence rulers'));
    fireEvent.input(screen.getByRole('textbox', { name: 'The change the rulers are about' }), {
      target: { value: 'walk every day' },
    });
    const importance = screen.getByRole('radiogroup', {
      name: 'How important is it to you to walk every day?',
    });
    const confidence = screen.getByRole('radiogroup', {
      name: 'How confident are you that you could walk every day?',
    });
    fireEvent.keyDown(within(importance).getByRole('radio', { name: '0' }), { key: 'End' });
    fireEvent.keyDown(within(confidence).getByRole('radio', { name: '0' }), { key: '6' });
    expect(model.consultation.value?.agenda).toMatchObject({ importance: 10, confidence: 6 });
  });

  it('agenda: the prompts say how long there is', async () => {
    await renderWithApp(<AgendaStep />, { appointmentMinutes: 12 });
    const prompts = screen.getByRole('list', { name: 'Prompts' });
    expect(
      within(prompts).getByText('We have about 12 minutes — what would you like to cover today?'),
    ).toBeTruthy();
    expect(screen.getByText('Why this matters').closest('details')).not.toBeNull();
  });

  it('agreement: a confidence below 7 brings up the prompt to problem-solve or shrink the step', async () => {
    await renderWithApp(<AgreementStep />);
    fireEvent.input(screen.getByRole('textbox', { name: 'First action' }), {
      target: { value: 'walk after lunch' },
    });
    const ruler = screen.getByRole('radiogroup', {
      name: 'How confident are you that you will walk after lunch?',
    });
    fireEvent.click(within(ruler).getByRole('radio', { name: '5' }));
    expect(screen.getByText(/What would help get that to a 7\?/)).toBeTruthy();
    fireEvent.keyDown(within(ruler).getByRole('radio', { name: '5' }), { key: 'ArrowRight' });
    fireEvent.keyDown(within(ruler).getByRole('radio', { name: '6' }), { key: 'ArrowRight' });
    expect(screen.queryByText(/What would help get that to a 7\?/)).toBeNull();
  });

  it('options: offers the seven care aims and doing nothing as a real option', async () => {
    const { model } = await renderWithApp(<OptionsStep />);
    const aims = screen.getByRole('group', { name: 'Care aims' });
    expect(within(aims).getAllByRole('checkbox')).toHaveLength(7);
    fireEvent.click(within(aims).getByLabelText(/Comfort/));
    fireEvent.click(screen.getByRole('button', { name: 'Add “do nothing for now”' }));
    expect(model.consultation.value?.options.careAims).toEqual(['comfort']);
    expect(model.consultation.value?.options.options).toMatchObject([{ isDoNothing: true }]);
    expect(screen.queryByRole('button', { name: 'Add “do nothing for now”' })).toBeNull();
  });

  it('preparation: appointment type and who is present; the patient’s Welsh plan leaves the panel in the clinician’s language', async () => {
    const { model } = await renderWithApp(<PreparationStep />);
    fireEvent.click(screen.getByLabelText('Video'));
    fireEvent.click(screen.getByLabelText('Interpreter'));
    fireEvent.change(screen.getByLabelText('Preferred language'), { target: { value: 'cy' } });
    expect(model.consultation.value?.preparation).toMatchObject({
      appointmentType: 'video',
      present: ['interpreter'],
      language: 'cy',
    });
    // The patient's plan language and the clinician's panel language are separate choices.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      `1. ${CATALOGUES.en.elements.preparation.name}`,
    );
  });

  it('preparation: Welsh prompts when the clinician chose a Welsh panel', async () => {
    await renderWithApp(<PreparationStep />, { panelLanguage: 'cy' });
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
        `1. ${CATALOGUES.cy.elements.preparation.name}`,
      ),
    );
  });
});

describe('agreement: an informed choice of no treatment', { timeout: 30_000 }, () => {
  it('and a chosen option exclude each other, so the plan never says both', async () => {
    const { model } = await renderWithApp(<AgreementStep />);
    model.update((c) => ({
      ...c,
      options: {
        ...c.options,
        options: [{ id: 'o1', label: 'Statin tablet', pros: '', cons: '', isDoNothing: false }],
      },
    }));
    fireEvent.click(await screen.findByLabelText('Statin tablet'));
    expect(model.consultation.value?.agreement.chosenOptionIds).toEqual(['o1']);
    fireEvent.click(screen.getByLabelText(/Fully informed, the patient chooses no treatment/));
    expect(model.consultation.value?.agreement).toMatchObject({ noTreatment: true, chosenOptionIds: [] });
    fireEvent.click(screen.getByLabelText('Statin tablet'));
    expect(model.consultation.value?.agreement).toMatchObject({
      noTreatment: false,
      chosenOptionIds: ['o1'],
    });
  });
});
