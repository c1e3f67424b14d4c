// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { Ruler } from '../../../components/fields/Ruler';

const QUESTION = 'How confident are you that you could walk every day?';

/** A ruler whose value lives in real state, as it does in a step; every change is recorded. */
function renderRuler(start: number | null = null) {
  const changes: (number | null)[] = [];
  function Harness() {
    const [value, setValue] = useState<number | null>(start);
    return (
      <Ruler
        question={QUESTION}
        value={value}
        onChange={(next) => {
          changes.push(next);
          setValue(next);
        }}
      />
    );
  }
  render(<Harness />);
  const group = screen.getByRole('radiogroup', { name: QUESTION });
  const checked = () => screen.queryByRole('radio', { checked: true })?.getAttribute('value') ?? null;
  return { group, changes, checked };
}

describe('<Ruler> 0–10', () => {
  it('is a group named by the question read to the patient, with eleven points 0 to 10', () => {
    renderRuler();
    expect(screen.getByText(QUESTION)).toBeTruthy();
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(screen.getByText('0 not at all')).toBeTruthy();
    expect(screen.getByText('10 very')).toBeTruthy();
  });

  it('starts unanswered, with one Tab stop on 0', () => {
    const { checked } = renderRuler();
    expect(checked()).toBeNull();
    const stops = screen.getAllByRole('radio').filter((r) => r.tabIndex === 0);
    expect(stops.map((r) => r.getAttribute('value'))).toEqual(['0']);
  });

  it.each([
    ['ArrowRight', 5, '6'],
    ['ArrowUp', 5, '6'],
    ['ArrowLeft', 5, '4'],
    ['ArrowDown', 5, '4'],
    ['Home', 5, '0'],
    ['End', 5, '10'],
    ['ArrowRight', 10, '10'],
    ['ArrowLeft', 0, '0'],
    ['7', null, '7'],
    ['ArrowRight', null, '0'],
  ] as const)('%s from %s selects %s', (key, start, expected) => {
    const { checked } = renderRuler(start);
    const focused = screen.getAllByRole('radio').find((r) => r.tabIndex === 0)!;
    focused.focus();
    fireEvent.keyDown(focused, { key });
    expect(checked()).toBe(expected);
  });

  it('moves focus and the single Tab stop with the selection', () => {
    renderRuler(3);
    const three = screen.getByRole('radio', { name: '3' });
    three.focus();
    fireEvent.keyDown(three, { key: 'End' });
    const ten = screen.getByRole('radio', { name: '10' });
    expect(document.activeElement).toBe(ten);
    expect(ten.tabIndex).toBe(0);
    expect(three.tabIndex).toBe(-1);
  });

  it('leaves other keys (Tab, letters) to the browser', () => {
    const { changes } = renderRuler(4);
    const four = screen.getByRole('radio', { name: '4' });
    fireEvent.keyDown(four, { key: 'Tab' });
    fireEvent.keyDown(four, { key: 'a' });
    expect(changes).toEqual([]);
  });

  it('takes a click on a point', () => {
    const { checked } = renderRuler();
    fireEvent.click(screen.getByRole('radio', { name: '8' }));
    expect(checked()).toBe('8');
  });

  it('can go back to "not asked yet"', () => {
    const { checked, changes } = renderRuler(6);
    fireEvent.click(screen.getByRole('button', { name: 'Clear answer' }));
    expect(checked()).toBeNull();
    expect(changes).toEqual([null]);
    expect(screen.queryByRole('button', { name: 'Clear answer' })).toBeNull();
  });

  it('reports each change once', () => {
    const onChange = vi.fn();
    render(<Ruler question={QUESTION} value={2} onChange={onChange} />);
    fireEvent.keyDown(screen.getByRole('radio', { name: '2' }), { key: 'ArrowRight' });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(3);
  });
});
