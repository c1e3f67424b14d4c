import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SidebarApp } from '../../components/SidebarApp';
import { signal } from '@preact/signals';
import { AppContext } from '../../components/app-context';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { createConsultationModel } from '../../lib/state/consultation-model';
import { createDraftJournal } from '../../lib/storage/draft-journal';
import { testDb } from '../unit/test-db';

describe('<SidebarApp>', () => {
  it('renders the loaded consultation and saves what is typed', async () => {
    const db = testDb();
    let n = 0;
    const model = createConsultationModel({
      db,
      journal: createDraftJournal(localStorage),
      now: () => new Date(),
      newId: () => `id${++n}`,
      defaults: () => ({ path: 'quick', plannedMinutes: 10 }),
    });
    render(
      <AppContext.Provider value={{ model, db, settings: signal(DEFAULT_SETTINGS) }}>
        <SidebarApp />
      </AppContext.Provider>,
    );
    await model.load();
    const field = await screen.findByLabelText('Patient reference');
    fireEvent.input(field, { target: { value: 'JS 1970' } });
    await model.flush();
    expect((await db.consultations.get('id1'))?.patientRef).toBe('JS 1970');
  });
});
