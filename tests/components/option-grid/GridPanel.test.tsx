// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { GridPanel } from '../../../components/option-grid/GridPanel';
import { renderWithApp } from '../render-with-app';

async function openKneeGrid() {
  const app = await renderWithApp(<GridPanel />);
  const search = screen.getByLabelText(/Find an option grid/);
  fireEvent.focus(search);
  fireEvent.input(search, { target: { value: 'knee' } });
  fireEvent.click(await screen.findByRole('button', { name: /knee/i }, { timeout: 5000 }));
  await screen.findByRole('article', { name: /Option grid:/ });
  return app;
}

describe('<GridPanel>', () => {
  it('shows the patient’s three questions before any grid is open', async () => {
    await renderWithApp(<GridPanel />);
    expect(screen.getByText('What are my options?')).toBeTruthy();
    expect(screen.getByText('How likely are they to happen to me?')).toBeTruthy();
  });

  it('finds grids as the clinician types, and says when nothing matches', async () => {
    await renderWithApp(<GridPanel />);
    const search = screen.getByLabelText(/Find an option grid/);
    fireEvent.focus(search);
    fireEvent.input(search, { target: { value: 'zzzz' } });
    await screen.findByText('0 grids found', undefined, { timeout: 5000 });
    fireEvent.input(search, { target: { value: 'blood pres' } });
    await screen.findByRole('button', { name: /blood pressure/i }, { timeout: 5000 });
  });

  it('opens a grid into the consultation with its name, version and options', async () => {
    const { model } = await openKneeGrid();
    const options = model.consultation.value?.options;
    expect(options?.grid).toMatchObject({ id: 'knee-osteoarthritis' });
    expect(options?.grid?.version).toMatch(/^\d/);
    expect(options?.options.length).toBeGreaterThanOrEqual(2);
    expect(options?.options.every((o) => o.pros !== '' && o.cons !== '')).toBe(true);
  });

  it('records the questions that mattered and the option the patient leans to', async () => {
    const { model, db } = await openKneeGrid();
    const grid = model.consultation.value!.options;
    const firstOption = grid.options[0]!;
    const leaning = screen.getByRole('group', { name: 'Which option does the patient lean to?' });
    fireEvent.click(within(leaning).getByLabelText(firstOption.label));
    const firstQuestion = screen.getAllByLabelText('This question mattered to the patient')[0]!;
    fireEvent.click(firstQuestion);
    await model.flush();
    const stored = await db.consultations.get(model.consultation.value!.id);
    expect(stored?.options.leaning).toEqual([firstOption.id]);
    expect(stored?.options.questionsThatMattered).toHaveLength(1);
  });

  it('says what was chosen beside the choice, "We chose: …"', async () => {
    const { model } = await openKneeGrid();
    const firstOption = model.consultation.value!.options.options[0]!;
    const leaning = screen.getByRole('group', { name: 'Which option does the patient lean to?' });
    expect(leaning.parentElement?.querySelector('[role="status"]')?.textContent).toBe('');
    fireEvent.click(within(leaning).getByLabelText(firstOption.label));
    await waitFor(() =>
      expect(leaning.parentElement?.querySelector('[role="status"]')?.textContent).toBe(
        `We chose: ${firstOption.label}`,
      ),
    );
  });

  it('stops using the grid and takes its options away again', async () => {
    const { model } = await openKneeGrid();
    fireEvent.click(screen.getByRole('button', { name: 'Stop using this grid' }));
    await waitFor(() => expect(model.consultation.value?.options.grid).toBeNull());
    expect(model.consultation.value?.options.options).toEqual([]);
  });

  it('renders grid text as text, never as markup', async () => {
    await openKneeGrid();
    expect(document.querySelector('.grid-panel script, .grid-panel img')).toBeNull();
  });

  it('shows the sample label, who the grid is not for and when to get help', async () => {
    await openKneeGrid();
    const grid = screen.getByRole('article', { name: /Option grid:/ });
    expect(within(grid).getByText('Sample — not yet signed off by your practice')).toBeTruthy();
    const scope = within(grid).getByRole('region', { name: 'Who this is for' });
    expect(within(scope).getByText('This is not for you if:')).toBeTruthy();
    expect(within(scope).getByText('For the clinician — do not use if:')).toBeTruthy();
    const help = within(grid).getByRole('region', { name: 'When to get help' });
    expect(within(help).getByText(/hot, red and very swollen, or you have a fever/)).toBeTruthy();
    // A line that belongs to one option says so before anything is chosen.
    const nsaid = within(help)
      .getByText(/Stop anti-inflammatory tablets/)
      .closest('li');
    expect(nsaid?.textContent).toMatch(/^If you choose: Painkiller gel or tablets\. Stop anti-inflammatory/);
  });

  it.each([
    ['wales', /SilverCloud/],
    ['england', /NHS Talking Therapies \(England only\)/],
  ] as const)('names the %s services in a service row', async (nation, service) => {
    await renderWithApp(<GridPanel />, { nation });
    const search = screen.getByLabelText(/Find an option grid/);
    fireEvent.focus(search);
    fireEvent.input(search, { target: { value: 'less severe depression' } });
    fireEvent.click(await screen.findByRole('button', { name: /Less severe depression/ }, { timeout: 5000 }));
    const grid = await screen.findByRole('article', { name: /Option grid:/ });
    expect(within(grid).getAllByText(service).length).toBeGreaterThan(0);
  });
});
