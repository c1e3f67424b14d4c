// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ConfidencePrompt } from '../../../components/fields/ConfidencePrompt';

describe('<ConfidencePrompt>', () => {
  it.each([0, 3, 6])('asks to problem-solve or shrink the step when confidence is %i', (confidence) => {
    render(<ConfidencePrompt confidence={confidence} />);
    expect(screen.getByRole('status').textContent).toMatch(/make the first step smaller/);
    expect(screen.getByRole('status').textContent).toContain(`Confidence is ${confidence}`);
  });

  it.each([7, 10, null])('stays quiet when confidence is %s', (confidence) => {
    render(<ConfidencePrompt confidence={confidence} />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
