// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TimingSuggestions } from '../../../components/agreement/TimingSuggestions';

type Field = 'when' | 'howOften';

function setup(agreement: { goal: string; firstAction: string; when: string; howOften: string }) {
  const picks: [Field, string][] = [];
  const view = render(
    <TimingSuggestions
      agreement={agreement}
      language="en"
      onPick={(field, value) => picks.push([field, value])}
    />,
  );
  return { picks, view };
}

describe('TimingSuggestions', () => {
  it('fills "when" and "how often" with one click each, from words already typed first', () => {
    const { picks } = setup({
      goal: '',
      firstAction: 'Walk after lunch, 5 days a week',
      when: '',
      howOften: '',
    });
    fireEvent.click(screen.getByRole('button', { name: 'After lunch' }));
    fireEvent.click(screen.getByRole('button', { name: '5 days a week' }));
    expect(picks).toEqual([
      ['when', 'After lunch'],
      ['howOften', '5 days a week'],
    ]);
  });

  it("tells a screen reader which box each answer fills, without taking the boxes' labels", () => {
    setup({ goal: '', firstAction: '', when: '', howOften: '' });
    const button = screen.getByRole('button', { name: 'Every day' });
    const describedBy = document.getElementById(button.getAttribute('aria-describedby')!);
    expect(describedBy?.textContent).toBe('How often:');
    expect(screen.queryByLabelText(/how often/i)).toBeNull();
  });

  it('hides the row of a box that already has an answer, so nothing typed is overwritten', () => {
    setup({ goal: '', firstAction: '', when: 'Mondays', howOften: '' });
    expect(screen.queryByRole('button', { name: 'Starting tomorrow' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Every day' })).toBeTruthy();
  });

  it('shows nothing once both are answered', () => {
    const { view } = setup({ goal: '', firstAction: '', when: 'Mondays', howOften: 'Weekly' });
    expect(view.container.textContent).toBe('');
  });
});
