// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PatientViewApp } from '../../../components/plan/PatientViewApp';
import { SETTING_DESCRIPTORS } from '../../../components/settings/setting-descriptors';
import { PLAN_LANGUAGES } from '../../../lib/domain/choice-values';
import { newConsultation } from '../../../lib/domain/new-consultation';
import { PLAN_LANGUAGE_PICKER } from '../../../lib/i18n/patient-words';
import { SETTINGS_WORDS } from '../../../lib/i18n/settings-words';
import { LANGUAGES } from '../../../lib/i18n/types';
import type { SettingKey } from '../../../lib/settings/settings';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

/** A choice setting's options, as the settings page lists them. */
function choicesOf(key: SettingKey) {
  const found = SETTING_DESCRIPTORS.find((d) => d.key === key);
  return found?.kind === 'choice' ? found.choices : [];
}

describe('language pickers list the registry’s values in lib/i18n’s words', () => {
  it('the settings page: plan language and panel language, worded as before', () => {
    expect(choicesOf('planLanguage')).toEqual(
      PLAN_LANGUAGES.map((value) => ({ value, label: SETTINGS_WORDS.planLanguage[value] })),
    );
    expect(choicesOf('panelLanguage')).toEqual(
      LANGUAGES.map((value) => ({ value, label: SETTINGS_WORDS.panelLanguage[value] })),
    );
    expect(choicesOf('planLanguage').map((c) => c.label)).toEqual([
      'English',
      'Welsh (Cymraeg)',
      'English and Welsh',
    ]);
  });

  it('the patient view: each plan language, in both languages at once', async () => {
    const consultation = newConsultation({
      id: 'c1',
      now: new Date('2026-11-29T10:00:00Z'),
      path: 'full',
      plannedMinutes: 10,
    });
    render(
      <PatientViewApp
        load={() => Promise.resolve(consultation)}
        settings={signal(DEFAULT_SETTINGS)}
        today={() => new Date('2026-11-29T10:00:00Z')}
      />,
    );
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    const labels = screen
      .getAllByRole('radio')
      .filter((radio) => radio.getAttribute('name') === 'language')
      .map((radio) => radio.closest('label')?.textContent?.trim());
    expect(labels).toEqual(PLAN_LANGUAGES.map((value) => PLAN_LANGUAGE_PICKER[value]));
    expect(labels).toEqual(['English', 'Cymraeg', 'Both side by side · Y ddwy ochr yn ochr']);
  });
});
