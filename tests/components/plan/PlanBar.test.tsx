// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanBar } from '../../../components/plan/PlanBar';
import { planBarRun } from '../../../components/plan/plan-bar-actions';
import { insertNote } from '../../../lib/outputs/insert-note';
import { patientView } from '../../../lib/outputs/patient-view';

describe('<PlanBar>', () => {
  afterEach(() => {
    planBarRun.value = null;
  });

  it('agrees the plan from its checkbox', () => {
    const onAgreed = vi.fn();
    render(<PlanBar agreed={false} onAgreed={onAgreed} />);
    fireEvent.click(screen.getByLabelText('Plan agreed with the patient'));
    expect(onAgreed).toHaveBeenCalledWith(true);
  });

  it('runs the plan panel’s own insert and print outputs', () => {
    const run = vi.fn();
    planBarRun.value = run;
    render(<PlanBar agreed onAgreed={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Insert note' }));
    fireEvent.click(screen.getByRole('button', { name: 'Print the plan' }));
    expect(run.mock.calls).toEqual([[insertNote], [patientView]]);
  });

  it('offers no output while there is no plan panel to run it', () => {
    render(<PlanBar agreed={false} onAgreed={vi.fn()} />);
    for (const name of ['Insert note', 'Print the plan', 'Text message…'])
      expect(screen.getByRole('button', { name }).hasAttribute('disabled')).toBe(true);
  });
});
