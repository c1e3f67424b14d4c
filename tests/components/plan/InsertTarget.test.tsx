// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmPatient } from '../../../components/plan/ConfirmPatient';
import { InsertTarget } from '../../../components/plan/InsertTarget';
import { contextOf } from '../../../lib/insert/ehr-context';
import type { MarkState } from '../../../lib/insert/insert-into-ehr';

const alex = { url: 'https://ehr.example/patients/1', title: 'Alex — EHR', banner: 'EXAMPLE, Alex 1961' };
const bea = { url: 'https://ehr.example/patients/2', title: 'Bea — EHR', banner: '' };
const mark = { tabId: 1, documentId: 'd', token: 't', kind: 'textarea' as const, label: 'Note', facts: alex };
// No site known: the "Always allow" check never runs, so the browser is not needed.
const chosen: MarkState = {
  mark,
  problem: null,
  tabUrl: '',
  now: alex,
  bound: contextOf(alex),
  samePatient: true,
};

const show = (state: MarkState) =>
  render(<InsertTarget state={state} patientRef="AE 1961" ehrAddress="" onAllowed={() => undefined} />);

describe('the patient lock beside Insert', () => {
  it('says "bound" in words, with the field, the page and the banner as read', () => {
    show(chosen);
    const lock = screen.getByRole('group', { name: 'Patient lock' });
    expect(lock.textContent).toContain('Bound: this is the field and patient you chose');
    expect(lock.textContent).toContain('Note');
    expect(lock.textContent).toContain('EXAMPLE, Alex 1961');
  });

  it('says "changed", and what the consultation is bound to, when the page shows another patient', () => {
    show({ ...chosen, mark: { ...mark, facts: bea }, now: bea, samePatient: false });
    const lock = screen.getByRole('group', { name: 'Patient lock' });
    expect(lock.textContent).toContain('Changed since you chose the field');
    expect(lock.textContent).toContain('This consultation is bound to: banner “EXAMPLE, Alex 1961”');
    expect(lock.textContent).toContain('address names “patients/2”');
    // No banner recognised on this page: said, with where to set it.
    expect(lock.textContent).toContain('No patient banner recognised on this page');
  });

  it('says "no field chosen" before one is', () => {
    show({ ...chosen, mark: null, now: null });
    expect(screen.getByRole('group', { name: 'Patient lock' }).textContent).toContain('No field chosen');
  });
});

describe('the same-patient question', () => {
  it('shows both contexts and answers only on a click', () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(
      <ConfirmPatient
        bound={contextOf(alex)}
        now={contextOf(bea)}
        onConfirm={onConfirm}
        onCancel={onCancel}
      />,
    );
    const question = screen.getByRole('group', { name: 'Is this the same patient?' });
    expect(question.textContent).toContain('EXAMPLE, Alex 1961');
    expect(question.textContent).toContain('patients/2');
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Not the same patient: cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Same patient: insert here' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});
