// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ActivationChoice } from '../../../components/fields/ActivationChoice';
import { CheckboxField } from '../../../components/fields/CheckboxField';
import { CheckboxGroup } from '../../../components/fields/CheckboxGroup';
import { ChoiceGroup } from '../../../components/fields/ChoiceGroup';
import { SelectField } from '../../../components/fields/SelectField';
import { CATALOGUES } from '../../../lib/i18n/catalogue';

const TYPES = [
  { value: 'face-to-face', label: 'Face to face' },
  { value: 'telephone', label: 'Telephone' },
  { value: 'video', label: 'Video' },
] as const;

describe('<ChoiceGroup>', () => {
  it('is a named group of radio buttons reporting the one chosen', () => {
    const onChange = vi.fn();
    render(<ChoiceGroup legend="Appointment type" choices={TYPES} value="" onChange={onChange} />);
    const group = screen.getByRole('group', { name: 'Appointment type' });
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    fireEvent.click(screen.getByLabelText('Telephone'));
    expect(onChange).toHaveBeenCalledWith('telephone');
  });

  it('shows the stored choice as checked', () => {
    render(<ChoiceGroup legend="Appointment type" choices={TYPES} value="video" onChange={() => {}} />);
    expect(screen.getByLabelText<HTMLInputElement>('Video').checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Face to face').checked).toBe(false);
  });
});

describe('<CheckboxGroup>', () => {
  const PRESENT = [
    { value: 'carer', label: 'Carer' },
    { value: 'family', label: 'Family member' },
    { value: 'interpreter', label: 'Interpreter' },
  ] as const;

  it('keeps the order of the choices, not of the clicks', () => {
    const onChange = vi.fn();
    render(
      <CheckboxGroup
        legend="Who else is present"
        choices={PRESENT}
        value={['interpreter']}
        onChange={onChange}
      />,
    );
    fireEvent.click(screen.getByLabelText('Carer'));
    expect(onChange).toHaveBeenLastCalledWith(['carer', 'interpreter']);
  });

  it('unticks a choice', () => {
    const onChange = vi.fn();
    render(
      <CheckboxGroup
        legend="Who else is present"
        choices={PRESENT}
        value={['carer', 'family']}
        onChange={onChange}
      />,
    );
    fireEvent.click(screen.getByLabelText('Carer'));
    expect(onChange).toHaveBeenLastCalledWith(['family']);
  });
});

describe('<CheckboxField>', () => {
  it('is a labelled yes/no with its hint', () => {
    const onChange = vi.fn();
    render(
      <CheckboxField
        label="Large print plan"
        hint="For the patient's copy"
        checked={false}
        onChange={onChange}
      />,
    );
    fireEvent.click(screen.getByLabelText(/Large print plan/));
    expect(onChange).toHaveBeenCalledWith(true);
    expect(screen.getByText("For the patient's copy")).toBeTruthy();
  });
});

describe('<SelectField>', () => {
  it('reports the chosen value, not its label', () => {
    const onChange = vi.fn();
    const choices = [
      { value: 'en', label: 'English' },
      { value: 'cy', label: 'Cymraeg (Welsh)' },
    ] as const;
    render(<SelectField label="Preferred language" choices={choices} value="en" onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Preferred language'), { target: { value: 'cy' } });
    expect(onChange).toHaveBeenCalledWith('cy');
  });
});

describe('<ActivationChoice>', () => {
  it.each(['en', 'cy'] as const)('offers four levels with plain descriptions (%s)', (language) => {
    const strings = CATALOGUES[language].activation;
    render(<ActivationChoice value={null} onChange={() => {}} strings={strings} />);
    const group = screen.getByRole('group', { name: 'Activation (your estimate)' });
    expect(within(group).getAllByRole('radio')).toHaveLength(4);
    for (const level of [1, 2, 3, 4] as const) expect(within(group).getByText(strings[level])).toBeTruthy();
  });

  it('stores the level as a number', () => {
    const onChange = vi.fn();
    render(<ActivationChoice value={null} onChange={onChange} strings={CATALOGUES.en.activation} />);
    fireEvent.click(screen.getByLabelText(/Level 3/));
    expect(onChange).toHaveBeenCalledWith(3);
  });
});
