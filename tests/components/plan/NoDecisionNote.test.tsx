// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NoDecisionNote } from '../../../components/plan/NoDecisionNote';
import type { Consultation } from '../../../lib/domain/consultation';
import { newConsultation } from '../../../lib/domain/new-consultation';

/** "Plan agreed" ticked over options with none chosen: the panel says, beside the tick, that nothing is chosen. */

const OPTIONS = [
  { id: 'o1', label: 'Tablets', pros: '', cons: '', isDoNothing: false },
  { id: 'o2', label: 'Wait and see', pros: '', cons: '', isDoNothing: true },
];

function consultation(
  status: Consultation['status'],
  agreement: Partial<Consultation['agreement']> = {},
): Consultation {
  const c = newConsultation({
    id: 'c1',
    now: new Date('2026-11-23T10:00:00Z'),
    path: 'full',
    plannedMinutes: 10,
  });
  return {
    ...c,
    status,
    options: { ...c.options, options: OPTIONS },
    agreement: { ...c.agreement, ...agreement },
  };
}

const NOTE = /No option is chosen yet, so the plan says “not decided”, not an agreed decision/;

describe('<NoDecisionNote>', () => {
  it('says plainly that no option is chosen when "Plan agreed" is ticked with none', () => {
    render(<NoDecisionNote consultation={consultation('agreed')} />);
    expect(screen.getByRole('status').textContent).toMatch(NOTE);
  });

  it('says nothing for a draft, a chosen option, "not decided yet" or an informed choice of no treatment', () => {
    for (const c of [
      consultation('open'),
      consultation('agreed', { chosenOptionIds: ['o1'] }),
      consultation('agreed', { notDecided: true, decideBy: '2026-12-07' }),
      consultation('agreed', { noTreatment: true }),
    ]) {
      const { unmount } = render(<NoDecisionNote consultation={c} />);
      expect(screen.queryByRole('status')).toBeNull();
      unmount();
    }
  });
});
