// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PatientViewApp } from '../../../components/plan/PatientViewApp';
import type { GridUsed } from '../../../components/plan/grid-used';
import { newConsultation } from '../../../lib/domain/new-consultation';
import type { OptionGrid } from '../../../lib/option-grids/grid';
import { readGridTogether } from '../../../lib/option-grids/grid-in-consultation';
import { withoutSignOff } from '../../../lib/option-grids/grid-sign-off';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { validGrid } from '../../fixtures/grids/valid-grid';

/**
 * The patient view says, above the plan and on paper, when the grid its choices came from is
 * a sample or overdue for review, as the panel and the grid view do (docs/option-grids.md).
 */

const SAMPLE = 'Sample — not yet signed off by your practice';
const TODAY = new Date('2026-11-29T10:00:00Z');

const signed = validGrid(); // signed off, review due 2028-01-15
const sample = withoutSignOff(validGrid());
const welshSample: OptionGrid = {
  ...sample,
  id: 'knee-pain-test-cy',
  language: 'cy',
  translationOf: 'knee-pain-test',
  title: 'Poen pen-glin',
};

function renderView(grid: OptionGrid | null, translations: OptionGrid[] = [], today = TODAY) {
  const blank = newConsultation({ id: 'c1', now: TODAY, path: 'full', plannedMinutes: 10 });
  const consultation = grid ? { ...blank, options: readGridTogether(blank.options, grid) } : blank;
  const used: GridUsed = { grid, translations };
  render(
    <PatientViewApp
      load={() => Promise.resolve(consultation)}
      settings={signal(DEFAULT_SETTINGS)}
      loadGrid={() => Promise.resolve(used)}
      today={() => today}
    />,
  );
}

const note = (name: RegExp) => screen.findByRole('note', { name }, { timeout: 5000 });

describe('<PatientViewApp> names the grid’s status', () => {
  it('labels a plan from a sample grid, above the plan', async () => {
    renderView(sample);
    const found = await note(/^About the option grid used: Knee pain from osteoarthritis \(version 1\.0\)/);
    expect(found.textContent).toContain(SAMPLE);
    expect(found.textContent).not.toContain('Review overdue');
    // Above the plan's own title: read first, on screen and on paper (it is not hidden in print).
    const title = screen.getByRole('heading', { level: 1 });
    expect(found.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(found.closest('.no-print')).toBeNull();
  });

  it('says a signed-off grid is overdue once its review date has passed', async () => {
    renderView(signed, [], new Date('2028-02-01T10:00:00Z'));
    const found = await note(/^About the option grid used/);
    expect(found.textContent).toContain(
      'Review overdue: this grid was due to be checked again on 15 January 2028',
    );
    expect(found.textContent).not.toContain(SAMPLE);
  });

  it('says nothing for a signed-off grid within its review date, or with no grid', async () => {
    renderView(signed);
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    expect(screen.queryByRole('note')).toBeNull();
    renderView(null);
    await screen.findAllByRole('heading', { level: 1 }, { timeout: 5000 });
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('gives the Welsh plan the Welsh grid’s status in Welsh, beside the English one', async () => {
    renderView(signed, [welshSample], new Date('2028-02-01T10:00:00Z'));
    await note(/^About the option grid used/);
    fireEvent.click(screen.getByRole('radio', { name: /^Both side by side/ }));
    const welsh = await note(/^Am y grid opsiynau a ddefnyddiwyd: Poen pen-glin \(fersiwn 1\.0\)/);
    expect(welsh.textContent).toContain('Sampl — nid yw eich meddygfa wedi cymeradwyo’r grid hwn eto');
    expect(welsh.textContent).toContain('Adolygiad yn hwyr');
    const english = await note(/^About the option grid used: Knee pain/);
    expect(english.textContent).toContain('Review overdue');
    expect(english.textContent).not.toContain(SAMPLE);
  });
});
