// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { BarrierList } from '../../../components/fields/BarrierList';
import { BaselineFields } from '../../../components/fields/BaselineFields';
import { OptionCard } from '../../../components/fields/OptionCard';
import { ResponsibilityList } from '../../../components/fields/ResponsibilityList';
import { EN } from '../../../lib/i18n/en';
import type { Barrier, Baseline, OptionDiscussed, Responsibility } from '../../../lib/domain/consultation';
import type { TaskPerson } from '../../../lib/domain/task-people';

/** Renders a list field over real state and returns the latest value it reported. */
function stateful<T>(start: T, view: (value: T, set: (next: T) => void) => preact.JSX.Element) {
  let latest = start;
  function Harness() {
    const [value, setValue] = useState(start);
    return view(value, (next) => {
      latest = next;
      setValue(next);
    });
  }
  render(<Harness />);
  return () => latest;
}

// `expect.any` is typed `any`; held as unknown it matches without an unsafe assignment.
const ANY_ID: unknown = expect.any(String);

function addTo(label: string, text: string) {
  const box = screen.getByRole('textbox', { name: label });
  fireEvent.input(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
}

describe('<OptionCard>', () => {
  const option: OptionDiscussed = {
    id: 'o1',
    label: 'Start a tablet',
    pros: '',
    cons: '',
    isDoNothing: false,
  };

  it('edits the name, pros and cons in plain words', () => {
    const onChange = vi.fn();
    render(
      <OptionCard
        option={option}
        number={1}
        leaning={false}
        onChange={onChange}
        onLeaning={() => {}}
        onRemove={() => {}}
      />,
    );
    expect(screen.getByRole('group', { name: 'Option 1: Start a tablet' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Pros'), { target: { value: 'Lowers stroke risk' } });
    expect(onChange).toHaveBeenLastCalledWith({ pros: 'Lowers stroke risk' });
    fireEvent.input(screen.getByLabelText('Cons'), { target: { value: 'A tablet every day' } });
    expect(onChange).toHaveBeenLastCalledWith({ cons: 'A tablet every day' });
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Tablet' } });
    expect(onChange).toHaveBeenLastCalledWith({ label: 'Tablet' });
  });

  it("marks doing nothing, the patient's leaning, and removes", () => {
    const onChange = vi.fn();
    const onLeaning = vi.fn();
    const onRemove = vi.fn();
    render(
      <OptionCard
        option={option}
        number={2}
        leaning={false}
        onChange={onChange}
        onLeaning={onLeaning}
        onRemove={onRemove}
      />,
    );
    fireEvent.click(screen.getByLabelText('This is doing nothing / waiting'));
    expect(onChange).toHaveBeenLastCalledWith({ isDoNothing: true });
    fireEvent.click(screen.getByLabelText('The patient leans to this (their choice)'));
    expect(onLeaning).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove option' }));
    expect(onRemove).toHaveBeenCalledTimes(1);
  });
});

describe('<BarrierList>', () => {
  it('adds what might get in the way, then the way round it, and removes', () => {
    const latest = stateful<Barrier[]>([], (barriers, set) => (
      <BarrierList barriers={barriers} onChange={set} />
    ));
    addTo('What might get in the way', 'Forgetting in the morning');
    expect(screen.getByRole('group', { name: 'Barrier 1: Forgetting in the morning' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Way round it'), { target: { value: 'Keep it by the kettle' } });
    expect(latest()).toEqual([
      { id: ANY_ID, barrier: 'Forgetting in the morning', wayRound: 'Keep it by the kettle' },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove barrier' }));
    expect(latest()).toEqual([]);
  });
});

describe('<ResponsibilityList>', () => {
  const people: TaskPerson[] = [
    { who: 'patient', otherName: '', label: 'The patient' },
    { who: 'clinician', otherName: '', label: 'Me (Dr Rhys)' },
    { who: 'other', otherName: 'Carer', label: 'Carer' },
  ];
  const task = () => screen.getByRole('textbox', { name: /^Who does what: add a task/ });

  it('adds a task for the patient by default and can hand it to someone else by name', () => {
    const latest = stateful<Responsibility[]>([], (items, set) => (
      <ResponsibilityList items={items} people={people} onChange={set} whoWords={EN.choices.responsible} />
    ));
    fireEvent.input(task(), { target: { value: 'Check blood pressure at the pharmacy' } });
    fireEvent.keyDown(task(), { key: 'Enter' });
    expect(latest()[0]).toMatchObject({ who: 'patient', task: 'Check blood pressure at the pharmacy' });
    expect(screen.queryByLabelText('Who else (name or role)')).toBeNull();
    fireEvent.change(screen.getByLabelText('Who'), { target: { value: 'other' } });
    fireEvent.input(screen.getByLabelText('Who else (name or role)'), { target: { value: 'Pharmacist' } });
    expect(latest()[0]).toMatchObject({ who: 'other', otherName: 'Pharmacist' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove task' }));
    expect(latest()).toEqual([]);
  });

  it('gives the typed task to a person already named with one click', () => {
    const latest = stateful<Responsibility[]>([], (items, set) => (
      <ResponsibilityList items={items} people={people} onChange={set} whoWords={EN.choices.responsible} />
    ));
    const forWhom = screen.getByRole('group', { name: 'Add it for' });
    fireEvent.input(task(), { target: { value: 'Send the bloods form' } });
    fireEvent.click(within(forWhom).getByRole('button', { name: 'Me (Dr Rhys)' }));
    fireEvent.input(task(), { target: { value: 'Collect the prescription' } });
    fireEvent.click(within(forWhom).getByRole('button', { name: 'Carer' }));
    expect(latest()).toEqual([
      { id: ANY_ID, who: 'clinician', otherName: '', task: 'Send the bloods form' },
      { id: ANY_ID, who: 'other', otherName: 'Carer', task: 'Collect the prescription' },
    ]);
    expect(task()).toHaveProperty('value', '');
    expect(document.activeElement).toBe(task());
  });

  it('adds the task for a new name typed below it, and says so when the task is missing', () => {
    const latest = stateful<Responsibility[]>([], (items, set) => (
      <ResponsibilityList items={items} people={people} onChange={set} whoWords={EN.choices.responsible} />
    ));
    const newName = screen.getByRole('textbox', { name: /^Or someone new/ });
    fireEvent.input(newName, { target: { value: 'Pharmacist' } });
    fireEvent.keyDown(newName, { key: 'Enter' });
    expect(latest()).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('Type the task first, then choose who does it.');
    expect(document.activeElement).toBe(task());
    fireEvent.input(task(), { target: { value: 'Check the inhaler technique' } });
    fireEvent.keyDown(newName, { key: 'Enter' });
    expect(latest()).toEqual([
      { id: ANY_ID, who: 'other', otherName: 'Pharmacist', task: 'Check the inhaler technique' },
    ]);
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('<BaselineFields>', () => {
  const empty: Baseline = {
    patientMeasureLabel: '',
    patientMeasure: null,
    clinicalLabel: '',
    clinicalValue: '',
    clinicalUnit: '',
  };

  it("records the patient's own 0–10 measure and a clinical value now, for review", () => {
    const latest = stateful<Baseline>(empty, (baseline, set) => (
      <BaselineFields baseline={baseline} onChange={set} />
    ));
    fireEvent.input(screen.getByLabelText(/Patient's own measure/), {
      target: { value: 'how far I can walk' },
    });
    const ruler = screen.getByRole('radiogroup', {
      name: 'Where are you now on how far I can walk, 0 to 10?',
    });
    fireEvent.keyDown(ruler.querySelector('input')!, { key: '4' });
    fireEvent.input(screen.getByLabelText(/Clinical measure/), { target: { value: 'Blood pressure' } });
    fireEvent.input(screen.getByLabelText('Value now'), { target: { value: '152/94' } });
    fireEvent.input(screen.getByLabelText('Unit'), { target: { value: 'mmHg' } });
    expect(latest()).toEqual({
      patientMeasureLabel: 'how far I can walk',
      patientMeasure: 4,
      clinicalLabel: 'Blood pressure',
      clinicalValue: '152/94',
      clinicalUnit: 'mmHg',
    });
  });
});
