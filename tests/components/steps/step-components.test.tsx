// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/preact';
import { options } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
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

  describe('when the clinician tabs on before the step has handed the focus over', () => {
    const { requestAnimationFrame: requestFrame } = options as {
      requestAnimationFrame?: (run: () => void) => void;
    };
    afterEach(() => {
      options.requestAnimationFrame = requestFrame;
    });

    it('leaves the focus where they took it', async () => {
      const Step = STEP_COMPONENTS.implementation;
      await renderWithApp(<Step />);
      // Preact runs effects a frame after the page changes; hold that frame, as a busy machine does.
      const frames: (() => void)[] = [];
      options.requestAnimationFrame = (callback) => void frames.push(callback);
      document.getElementById('step-implementation')?.focus();
      await screen.findByRole('heading', { name: /Implementation/ });
      // The placeholder left the page with the focus; Tab goes on to the step's first control.
      const firstControl = document.querySelector<HTMLElement>('.step summary');
      firstControl?.focus();
      for (const frame of frames.splice(0)) frame();
      await new Promise((settled) => setTimeout(settled, 50));
      expect(document.activeElement).toBe(firstControl);
    });
  });

  it('shows a step already loaded at once, without the placeholder', async () => {
    const Step = STEP_COMPONENTS.agenda;
    await renderWithApp(<Step />);
    expect(screen.getByLabelText('What matters to the patient')).toBeTruthy();
  });
});
