// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { DateField } from '../../../components/fields/DateField';

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A store that echoes each change back a little later, as the consultation model does under load. */
function SlowStore({ echoMs, stored }: { echoMs: number; stored: string[] }) {
  const [value, setValue] = useState('');
  return (
    <DateField
      label="Follow-up date"
      value={value}
      onChange={(iso) => {
        stored.push(iso);
        setTimeout(() => setValue(iso), echoMs);
      }}
    />
  );
}

describe('<DateField>', () => {
  it('never rewrites a date still being typed when the store answers late (10 ms a key)', async () => {
    const stored: string[] = [];
    render(<SlowStore echoMs={15} stored={stored} />);
    const box = screen.getByLabelText<HTMLInputElement>('Follow-up date');
    const seen: string[] = [];
    let typed = '';
    for (const key of '18/01/2027') {
      typed += key;
      await act(async () => {
        fireEvent.input(box, { target: { value: typed } });
        await pause(10);
      });
      seen.push(box.value);
    }
    await act(() => pause(60));
    // After every key the box holds exactly what was typed so far.
    expect(seen).toEqual([...'18/01/2027'].map((_, n) => '18/01/2027'.slice(0, n + 1)));
    expect(box.value).toBe('18/01/2027');
    expect(stored.at(-1)).toBe('2027-01-18');
  });

  it('still shows a date set elsewhere (a one-click choice) as it would be typed', async () => {
    function Harness() {
      const [value, setValue] = useState('2027-01-04');
      return (
        <>
          <DateField label="Follow-up date" value={value} onChange={setValue} />
          <button type="button" onClick={() => setValue('2027-03-01')}>
            In March
          </button>
        </>
      );
    }
    render(<Harness />);
    const box = screen.getByLabelText<HTMLInputElement>('Follow-up date');
    fireEvent.input(box, { target: { value: '18/01/20' } });
    await act(() => pause(0));
    fireEvent.click(screen.getByRole('button', { name: 'In March' }));
    await act(() => pause(0));
    expect(box.value).toBe('01/03/2027');
  });
});
