import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FollowUpField } from '../../../components/fields/FollowUpField';

describe('<FollowUpField>', () => {
  const today = () => new Date(2026, 10, 23);

  it('sets the date in one click from today', () => {
    const onChange = vi.fn();
    render(<FollowUpField value="" onChange={onChange} today={today} />);
    fireEvent.click(screen.getByRole('button', { name: 'Follow-up in 3 months' }));
    expect(onChange).toHaveBeenCalledWith('2027-02-23');
    fireEvent.click(screen.getByRole('button', { name: 'Follow-up in 2 weeks' }));
    expect(onChange).toHaveBeenLastCalledWith('2026-12-07');
  });

  it('still takes a typed date, and shows the stored one', () => {
    const onChange = vi.fn();
    render(<FollowUpField value="2027-01-04" onChange={onChange} today={today} />);
    const box = screen.getByLabelText<HTMLInputElement>('Follow-up date');
    expect(box.value).toBe('2027-01-04');
    fireEvent.input(box, { target: { value: '2027-01-11' } });
    expect(onChange).toHaveBeenCalledWith('2027-01-11');
  });
});
