import type { PlanOutput } from './plan-output';
import { fileStem } from './projections';

/** The patient's calendar file: first step, review date and when to get help. Loads on first use. */
export const calendar: PlanOutput = {
  id: 'calendar',
  label: 'Download calendar file (.ics)',
  delivery: 'download',
  build: async (plan) => {
    const { buildCalendarFile } = await import('../export/calendar-file');
    return {
      audience: 'patient',
      text: buildCalendarFile(plan),
      file: { name: `${fileStem(plan)}.ics`, type: 'text/calendar' },
      languages: plan.languages,
    };
  },
  record: () => ({ how: 'downloaded', format: 'download-calendar' }),
};
