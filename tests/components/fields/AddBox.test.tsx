// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { AddBox } from '../../../components/fields/AddBox';

function setup() {
  const onAdd = vi.fn();
  render(<AddBox label="Add an option" onAdd={onAdd} />);
  const box = screen.getByLabelText<HTMLInputElement>('Add an option');
  return { onAdd, box };
}

describe('<AddBox>', () => {
  it('adds the trimmed text on Enter, then clears and keeps focus for the next item', () => {
    const { onAdd, box } = setup();
    box.focus();
    fireEvent.input(box, { target: { value: '  Start a tablet ' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onAdd).toHaveBeenCalledWith('Start a tablet');
    expect(box.value).toBe('');
    expect(document.activeElement).toBe(box);
  });

  it('adds with its button, which names what it adds', () => {
    const { onAdd, box } = setup();
    fireEvent.input(box, { target: { value: 'Wait and see' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add: Add an option' }));
    expect(onAdd).toHaveBeenCalledWith('Wait and see');
  });

  it('names the box by its label alone and describes it with the hint', () => {
    render(<AddBox label="Information still needed" hint="e.g. blood test" onAdd={() => {}} />);
    const box = screen.getByRole('textbox', { name: 'Information still needed' });
    expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'e.g. blood test',
    );
  });

  it('ignores an empty or blank entry', () => {
    const { onAdd, box } = setup();
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.input(box, { target: { value: '   ' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onAdd).not.toHaveBeenCalled();
  });
});
