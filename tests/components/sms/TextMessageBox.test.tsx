// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TextMessageBox } from '../../../components/sms/TextMessageBox';
import { complete } from '../../unit/plan/consultations';

const settings = { practiceName: 'Riverside Surgery', practiceContact: '01234 567890' };

describe('TextMessageBox', () => {
  it('counts characters and segments live, and warns about characters outside GSM', () => {
    render(<TextMessageBox consultation={complete()} settings={settings} />);
    const box = screen.getByLabelText<HTMLTextAreaElement>('Text message');
    expect(box.value).toContain('Goal: Walk to the allotment');
    expect(screen.getByText(/characters, 2 of 4 text messages/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.input(box, { target: { value: 'Dŵr – yes' } });
    expect(screen.getByText('9 characters, 1 of 4 text messages (9 of 612)')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('ŵ –');
    fireEvent.input(box, { target: { value: 'a'.repeat(613) } });
    expect(screen.getByRole('alert').textContent).toContain('Longer than four text messages');
  });
});
