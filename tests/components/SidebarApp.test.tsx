// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SidebarApp } from '../../components/SidebarApp';
import { renderWithApp } from './render-with-app';

/** Fake IndexedDB and first-time step loading can be slow on a busy machine. */
const SLOW = { timeout: 5_000 };

/** Steps load their code on first show (components/steps/step-components.ts), so allow time. */
const findStep = (name: string) => screen.findByRole('heading', { level: 2, name }, { timeout: 10_000 });

async function renderSidebar() {
  const app = await renderWithApp(<SidebarApp />);
  await findStep('2. Agenda setting');
  return app;
}

const whatMatters = () =>
  screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'What matters to the patient' });

// Each test loads step code on first show; on a busy two-core machine that can take seconds.
describe('<SidebarApp>', { timeout: 30_000 }, () => {
  it('saves what is typed', async () => {
    const { model, db } = await renderSidebar();
    fireEvent.input(screen.getByLabelText('Patient reference'), { target: { value: 'JS 1970' } });
    await model.flush();
    expect((await db.consultations.get('id1'))?.patientRef).toBe('JS 1970');
  });

  it('shows all seven elements, the current one marked, and which have notes', async () => {
    const { model } = await renderSidebar();
    const nav = screen.getByRole('navigation', { name: 'Elements' });
    expect(within(nav).getAllByRole('button')).toHaveLength(7);
    expect(within(nav).getByRole('button', { current: 'step' }).textContent).toContain('2. Agenda setting');
    expect(within(nav).queryAllByText(', has notes')).toHaveLength(0);
    fireEvent.input(whatMatters(), { target: { value: 'Walking the dog' } });
    await model.flush();
    const agenda = within(nav).getByRole('button', { name: /Agenda setting/ });
    expect(agenda.textContent).toContain('has notes');
  });

  it('moves between elements with Alt+number, Alt+N and Alt+P, in any order', async () => {
    const { model } = await renderSidebar();
    fireEvent.keyDown(document, { altKey: true, code: 'Digit6', key: '6' });
    await findStep('6. Implementation');
    // Off the quick path, Alt+P goes back to the nearest element on it.
    fireEvent.keyDown(document, { altKey: true, code: 'KeyP', key: 'p' });
    await findStep('5. Agreeing the way forward');
    fireEvent.keyDown(document, { altKey: true, code: 'KeyP', key: 'p' });
    await findStep('4. Discussing options');
    fireEvent.keyDown(document, { altKey: true, code: 'KeyN', key: 'n' });
    await findStep('5. Agreeing the way forward');
    expect(model.consultation.value?.currentElement).toBe('agreement');
  });

  it('undoes the last change with the Undo button and with Alt+Z', async () => {
    await renderSidebar();
    const undo = screen.getByRole<HTMLButtonElement>('button', { name: 'Undo' });
    expect(undo.disabled).toBe(true);
    fireEvent.input(whatMatters(), { target: { value: 'Walking' } });
    fireEvent.input(whatMatters(), { target: { value: 'Walking the dog' } });
    fireEvent.click(undo);
    await waitFor(() => expect(whatMatters().value).toBe('Walking'), SLOW);
    fireEvent.keyDown(document, { altKey: true, code: 'KeyZ', key: 'z' });
    await waitFor(() => expect(whatMatters().value).toBe(''), SLOW);
  });

  it('starts a new consultation only after asking, and keeps the old one stored', async () => {
    const { model, db } = await renderSidebar();
    fireEvent.input(whatMatters(), { target: { value: 'Sleeping better' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start new consultation' }));
    const confirm = screen.getByRole('group', { name: 'Start a new consultation?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(whatMatters().value).toBe('Sleeping better');

    fireEvent.click(screen.getByRole('button', { name: 'Start new consultation' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, start new' }));
    await waitFor(() => expect(model.consultation.value?.id).toBe('id2'), SLOW);
    await waitFor(() => expect(whatMatters().value).toBe(''), SLOW);
    expect((await db.consultations.get('id1'))?.agenda.whatMatters).toBe('Sleeping better');
  });

  it('starts at once when nothing has been typed (nothing to lose)', async () => {
    const { model } = await renderSidebar();
    fireEvent.click(screen.getByRole('button', { name: 'Start new consultation' }));
    await waitFor(() => expect(model.consultation.value?.id).toBe('id2'), SLOW);
    expect(screen.queryByRole('group', { name: 'Start a new consultation?' })).toBeNull();
  });

  it('remembers the chosen path for the next consultation', async () => {
    const { model } = await renderSidebar();
    fireEvent.click(screen.getByLabelText('Full path'));
    expect(model.consultation.value?.path).toBe('full');
    // Choosing a path is not content, so nothing needs confirming.
    fireEvent.click(screen.getByRole('button', { name: 'Start new consultation' }));
    await waitFor(() => expect(model.consultation.value?.id).toBe('id2'), SLOW);
    expect(model.consultation.value?.path).toBe('full');
    await findStep('1. Preparation');
  });

  it('warns, without blocking, when the reference looks like an NHS number', async () => {
    const { model } = await renderSidebar();
    fireEvent.input(screen.getByLabelText('Patient reference'), { target: { value: '943 476 5919' } });
    expect(screen.getByText(/This looks like an NHS number/)).toBeTruthy();
    expect(model.consultation.value?.patientRef).toBe('943 476 5919');
  });
});
