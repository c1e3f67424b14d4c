// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { STEP_COMPONENTS } from '../../../components/steps/step-components';
import { renderWithApp } from '../render-with-app';

// Steps load their code when first shown (docs/performance.md: the side panel's initial payload).
describe('STEP_COMPONENTS', () => {
  it('shows a step once its code has loaded', async () => {
    const Step = STEP_COMPONENTS.agenda;
    await renderWithApp(<Step />);
    expect(await screen.findByLabelText('What matters to the patient')).toBeTruthy();
  });

  it('hands the focus from the loading placeholder to the step heading', async () => {
    const Step = STEP_COMPONENTS.information;
    await renderWithApp(<Step />);
    const placeholder = document.getElementById('step-information');
    expect(placeholder?.textContent).toBe('Loading…');
    placeholder?.focus();
    const heading = await screen.findByRole('heading', { name: /Information gathering/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('shows a step already loaded at once, without the placeholder', async () => {
    const Step = STEP_COMPONENTS.agenda;
    await renderWithApp(<Step />);
    expect(screen.getByLabelText('What matters to the patient')).toBeTruthy();
  });
});
