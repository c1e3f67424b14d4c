// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { BarrierList } from '../../../components/fields/BarrierList';
import { ChipGroup } from '../../../components/fields/ChipGroup';
import { NeedsList } from '../../../components/fields/NeedsList';
import { OptionChoice } from '../../../components/fields/OptionChoice';
import type { Barrier, InformationNeed } from '../../../lib/domain/consultation';

function typeAndEnter(label: string, text: string) {
  const box = screen.getByRole('textbox', { name: label });
  fireEvent.input(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
}

describe('quick-path fields (docs/quick-path.md)', () => {
  it('care aims as chips: the description is the accessible description and shows on focus', () => {
    const onChange = vi.fn();
    render(
      <ChipGroup
        legend="Care aims"
        choices={[
          { value: 'comfort', label: 'Comfort', description: 'Less pain or discomfort' },
          { value: 'prevention', label: 'Prevention', description: 'Lower the risk of future harm' },
        ]}
        value={['prevention']}
        onChange={onChange}
      />,
    );
    const comfort = screen.getByRole('checkbox', { name: 'Comfort' });
    expect(comfort.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.focus(comfort);
    expect(screen.getAllByText('Less pain or discomfort').length).toBe(2);
    fireEvent.click(comfort);
    expect(onChange).toHaveBeenCalledWith(['comfort', 'prevention']);
  });

  it('a choice in the clinician’s own words is added and chosen with Enter', () => {
    const onAddChosen = vi.fn();
    const onChoose = vi.fn();
    render(
      <OptionChoice
        options={[{ id: 'o1', label: 'Tablets', pros: '', cons: '', isDoNothing: false }]}
        chosen={[]}
        onChoose={onChoose}
        onAddChosen={onAddChosen}
      />,
    );
    fireEvent.click(within(screen.getByRole('group', { name: 'Option chosen' })).getByLabelText('Tablets'));
    expect(onChoose).toHaveBeenCalledWith('o1', true);
    typeAndEnter('Or in your own words', 'Healthy changes first, with two weeks of home readings');
    expect(onAddChosen).toHaveBeenCalledWith('Healthy changes first, with two weeks of home readings');
  });

  it('Enter on a barrier puts the cursor in its way round, and Enter there goes back to add another', () => {
    function Harness() {
      const [barriers, setBarriers] = useState<Barrier[]>([]);
      return <BarrierList barriers={barriers} onChange={setBarriers} />;
    }
    render(<Harness />);
    typeAndEnter('What might get in the way', 'Mornings are a rush');
    const wayRound = screen.getByRole('textbox', { name: 'Way round it' });
    expect(document.activeElement).toBe(wayRound);
    fireEvent.keyDown(wayRound, { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'What might get in the way' }));
  });

  it('information still needed is added with Enter and removed in one click', () => {
    function Harness() {
      const [needed, setNeeded] = useState<InformationNeed[]>([]);
      return <NeedsList needed={needed} onChange={setNeeded} />;
    }
    render(<Harness />);
    typeAndEnter('Information still needed', 'Two weeks of home readings');
    expect(screen.getByRole('textbox', { name: 'Information needed' })).toHaveProperty(
      'value',
      'Two weeks of home readings',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove "Two weeks of home readings"' }));
    expect(screen.queryByRole('textbox', { name: 'Information needed' })).toBeNull();
  });
});
