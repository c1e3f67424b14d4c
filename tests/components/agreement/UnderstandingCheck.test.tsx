// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { UnderstandingCheck } from '../../../components/agreement/UnderstandingCheck';
import { newConsultation } from '../../../lib/domain/new-consultation';
import type { AgreeingWayForward } from '../../../lib/domain/consultation';
import { render } from '@testing-library/preact';

function setup(agreement: AgreeingWayForward) {
  const patches: Partial<AgreeingWayForward>[] = [];
  render(<UnderstandingCheck agreement={agreement} onChange={(p) => patches.push(p)} />);
  return patches;
}
const fresh = () =>
  newConsultation({ id: 'x', now: new Date('2026-11-23T09:00:00Z'), path: 'quick', plannedMinutes: 10 })
    .agreement;

describe('UnderstandingCheck', () => {
  it('is folded away until something is recorded', () => {
    setup(fresh());
    expect(screen.getByText('Understanding and commitment (optional)').closest('details')?.open).toBe(false);
  });

  it('records teach-back, the commitment and a SURE answer', () => {
    const patches = setup(fresh());
    fireEvent.click(screen.getByLabelText(/Teach-back: understanding checked/));
    fireEvent.input(screen.getByLabelText("Commitment, in the patient's own words"), {
      target: { value: 'I will walk' },
    });
    const group = screen.getByRole('group', { name: 'Do you know the benefits and risks of each option?' });
    fireEvent.click(group.querySelector('input[value="no"]')!);
    expect(patches).toEqual([
      { teachBack: true },
      { commitment: 'I will walk' },
      { sure: [null, false, null, null] },
    ]);
  });

  it('prompts a revisit on any "no" and shows the score once all four are answered', () => {
    setup({ ...fresh(), sure: [true, false, true, true] });
    expect(screen.getByRole('status').textContent).toMatch(/not settled/);
    expect(screen.getByText('SURE score 3 of 4 (goes into the note).')).toBeTruthy();
  });
});
