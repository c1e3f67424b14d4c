// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
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

  it('says which follow-up the grid suggests, the selected button showing it', () => {
    render(
      <FollowUpField
        value="2026-12-21"
        onChange={vi.fn()}
        today={today}
        suggested={{ count: 4, unit: 'weeks' }}
      />,
    );
    expect(screen.getByText(/^Follow-up in 4 weeks is what the grid suggests/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Follow-up in 4 weeks' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('says nothing of a suggestion when no grid suggests one', () => {
    render(<FollowUpField value="" onChange={vi.fn()} today={today} suggested={null} />);
    expect(screen.queryByText(/what the grid suggests/)).toBeNull();
  });

  it('shows the stored date day first, and reads a typed one day first whatever the locale', () => {
    const onChange = vi.fn();
    render(<FollowUpField value="2027-01-04" onChange={onChange} today={today} />);
    const box = screen.getByLabelText<HTMLInputElement>('Follow-up date');
    expect(box.value).toBe('04/01/2027');
    expect(screen.getByText('Monday 4 January 2027')).toBeTruthy();
    fireEvent.input(box, { target: { value: '13042027' } });
    expect(onChange).toHaveBeenLastCalledWith('2027-04-13');
    expect(screen.getByText('Tuesday 13 April 2027')).toBeTruthy();
  });

  it('refuses an impossible date in plain words and stores nothing for it', () => {
    const onChange = vi.fn();
    render(<FollowUpField value="2027-01-04" onChange={onChange} today={today} />);
    fireEvent.input(screen.getByLabelText('Follow-up date'), { target: { value: '31/02/2027' } });
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(screen.getByText('February 2027 has 28 days, so there is no day 31.')).toBeTruthy();
    expect(screen.getByLabelText('Follow-up date').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a one-click date in the box as it would be typed', () => {
    function Harness() {
      const [value, setValue] = useState('');
      return <FollowUpField value={value} onChange={setValue} today={today} />;
    }
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Follow-up in 3 months' }));
    expect(screen.getByLabelText<HTMLInputElement>('Follow-up date').value).toBe('23/02/2027');
    expect(screen.getByRole('button', { name: 'Follow-up in 3 months' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });
});
