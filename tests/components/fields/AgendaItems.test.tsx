// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { AgendaItems } from '../../../components/fields/AgendaItems';
import type { AgendaItem } from '../../../lib/domain/consultation';
import { EN } from '../../../lib/i18n/en';

function renderItems(start: AgendaItem[] = []) {
  let latest = start;
  function Harness() {
    const [items, setItems] = useState(start);
    return (
      <AgendaItems
        items={items}
        onChange={(next) => {
          latest = next;
          setItems(next);
        }}
        owners={EN.choices.agendaOwner}
      />
    );
  }
  render(<Harness />);
  return { items: () => latest.map((i) => `${i.owner}: ${i.text}`) };
}

const THREE: AgendaItem[] = [
  { id: 'a', text: 'Blood pressure', owner: 'patient' },
  { id: 'b', text: 'Sleep', owner: 'patient' },
  { id: 'c', text: 'Smoking', owner: 'clinician' },
];

function add(label: string, text: string) {
  const box = screen.getByRole('textbox', { name: label });
  fireEvent.input(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
}

describe('<AgendaItems>', () => {
  it("adds the patient's items in their own words and the clinician's items, in one priority list", () => {
    const { items } = renderItems();
    add("Patient's agenda item (their own words)", 'My blood pressure readings');
    add("Clinician's agenda item", 'Review medicines');
    expect(items()).toEqual(['patient: My blood pressure readings', 'clinician: Review medicines']);
    const list = screen.getByRole('list', { name: 'Agreed priority order' });
    expect(within(list).getByText('1. Patient')).toBeTruthy();
    expect(within(list).getByText('2. Clinician')).toBeTruthy();
  });

  it('moves an item up the priority order with Alt+↑ and keeps focus on it', () => {
    const { items } = renderItems(THREE);
    const sleep = screen.getByDisplayValue('Sleep');
    sleep.focus();
    fireEvent.keyDown(sleep, { key: 'ArrowUp', altKey: true });
    expect(items()).toEqual(['patient: Sleep', 'patient: Blood pressure', 'clinician: Smoking']);
    expect(document.activeElement).toBe(screen.getByDisplayValue('Sleep'));
  });

  it('moves an item down with Alt+↓, and an arrow without Alt does nothing', () => {
    const { items } = renderItems(THREE);
    const first = screen.getByDisplayValue('Blood pressure');
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(items()).toEqual(THREE.map((i) => `${i.owner}: ${i.text}`));
    fireEvent.keyDown(first, { key: 'ArrowDown', altKey: true });
    expect(items()[1]).toBe('patient: Blood pressure');
  });

  it('reorders and removes with named buttons; the ends cannot move further', () => {
    const { items } = renderItems(THREE);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move "Blood pressure" up' }).disabled).toBe(
      true,
    );
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move "Smoking" down' }).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Move "Smoking" up' }));
    expect(items()[1]).toBe('clinician: Smoking');
    fireEvent.click(screen.getByRole('button', { name: 'Remove "Sleep"' }));
    expect(items()).toEqual(['patient: Blood pressure', 'clinician: Smoking']);
  });

  it('edits an item in place', () => {
    const { items } = renderItems(THREE);
    fireEvent.input(screen.getByDisplayValue('Sleep'), { target: { value: 'Sleeping badly' } });
    expect(items()[1]).toBe('patient: Sleeping badly');
  });
});
