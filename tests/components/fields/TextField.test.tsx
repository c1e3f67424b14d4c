// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TextField } from '../../../components/fields/TextField';

describe('<TextField>', () => {
  it('is a single-line box found by its label, reporting what is typed', () => {
    const onChange = vi.fn();
    render(<TextField label="First action" value="" onChange={onChange} />);
    const box = screen.getByLabelText('First action');
    expect(box.tagName).toBe('INPUT');
    fireEvent.input(box, { target: { value: 'Walk to the shop' } });
    expect(onChange).toHaveBeenCalledWith('Walk to the shop');
  });

  it('is a multi-line box when given rows, with its hint as the description, not the name', () => {
    render(<TextField label="Goal" hint="Specific and timed" value="Walk" rows={2} onChange={() => {}} />);
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Goal' });
    expect(box.tagName).toBe('TEXTAREA');
    expect(box.value).toBe('Walk');
    const hint = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Specific and timed');
  });

  it('takes a date for the follow-up', () => {
    render(<TextField label="Follow-up date" type="date" value="2026-12-21" onChange={() => {}} />);
    const box = screen.getByLabelText<HTMLInputElement>('Follow-up date');
    expect(box.type).toBe('date');
    expect(box.value).toBe('2026-12-21');
  });

  it('runs onEnter on Enter in a single-line box', () => {
    const onEnter = vi.fn();
    render(<TextField label="When" value="" onChange={() => {}} onEnter={onEnter} />);
    fireEvent.keyDown(screen.getByLabelText('When'), { key: 'Enter' });
    expect(onEnter).toHaveBeenCalledTimes(1);
  });
});
