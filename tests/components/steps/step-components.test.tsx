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

  describe('when the heading is focused after the code arrived but before the step is shown', () => {
    const debounce = options.debounceRendering;
    afterEach(() => {
      options.debounceRendering = debounce;
    });

    it('still hands the focus to the step heading', async () => {
      const Step = STEP_COMPONENTS.implementation;
      await renderWithApp(<Step />);
      // Hold Preact's next render back, as a busy page would, so the navigator's frame can come first.
      const held: (() => void)[] = [];
      options.debounceRendering = (render) => void held.push(render);
      await waitFor(() => expect(held.length).toBeGreaterThan(0));
      const placeholder = document.getElementById('step-implementation');
      expect(placeholder?.textContent).toBe('Loading…');
      placeholder?.focus();
      for (const render of held.splice(0)) render();
      const heading = await screen.findByRole('heading', { name: /Implementation/ });
      await waitFor(() => expect(document.activeElement).toBe(heading));
    });
  });

  it('shows a step already loaded at once, without the placeholder', async () => {
    const Step = STEP_COMPONENTS.agenda;
    await renderWithApp(<Step />);
    expect(screen.getByLabelText('What matters to the patient')).toBeTruthy();
  });
});
