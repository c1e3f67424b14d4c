// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ConfidencePrompt } from '../../../components/fields/ConfidencePrompt';
import { Ruler } from '../../../components/fields/Ruler';
import { looksEnglish } from '../../../lib/plan/not-translated';
import { patientPrompts, WELSH_PATIENT_PROMPTS } from '../../../lib/i18n/patient-prompts';

/** When the screen is turned to a patient whose plan is in Welsh, the rulers and the question are in Welsh too. */
describe('the rulers and the confidence question for a Welsh-speaking patient', () => {
  it.each([
    ['cy', true],
    ['both', true],
    ['en', false],
  ] as const)('a plan in %s gives Welsh prompts: %s', (language, welsh) => {
    expect(patientPrompts(language) !== null).toBe(welsh);
  });

  it('the Welsh prompts read as Welsh', () => {
    for (const text of Object.values(WELSH_PATIENT_PROMPTS) as string[])
      expect(looksEnglish(text)).toBe(false);
  });

  it('a ruler shows the Welsh question and ends beside the English, marked as Welsh', () => {
    const welsh = WELSH_PATIENT_PROMPTS;
    render(
      <Ruler
        question="How important is it to you to walk every day?"
        value={null}
        onChange={() => undefined}
        welsh={{ ...welsh, question: welsh.importance }}
      />,
    );
    const group = screen.getByRole('radiogroup');
    expect(group.textContent).toContain('How important is it to you to walk every day?');
    expect(screen.getByText(welsh.importance).getAttribute('lang')).toBe('cy');
    expect(group.textContent).toContain('0 dim o gwbl');
    expect(group.textContent).toContain('10 yn fawr iawn');
  });

  it('an English plan’s ruler has no Welsh', () => {
    render(<Ruler question="How important is it?" value={null} onChange={() => undefined} />);
    expect(document.querySelector('[lang="cy"]')).toBeNull();
  });

  it('the confidence question below 7 is asked in Welsh too', () => {
    render(<ConfidencePrompt confidence={5} welsh={WELSH_PATIENT_PROMPTS.toSeven} />);
    expect(screen.getByRole('status').textContent).toContain('Beth fyddai’n helpu i gyrraedd 7?');
  });
});
