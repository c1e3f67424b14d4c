import { describe, expect, it } from 'vitest';
import { fromDraft, toDraft } from '../../../components/settings/settings-form';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

describe('saving the settings form', () => {
  it('refuses a confirmed-services line it cannot read, keeps the old value and says why', () => {
    const base = { ...DEFAULT_SETTINGS, confirmedServices: 'wales-smoking | Bryn Surgery | 2026-12-01' };
    const draft = { ...toDraft(base), confirmedServices: 'wales-smoking | Bryn Surgery | 12/1/2026' };
    const { settings, errors } = fromDraft(draft, base);
    expect(settings.confirmedServices).toBe('wales-smoking | Bryn Surgery | 2026-12-01');
    expect(errors.confirmedServices).toBe('Line 1: give the date it was checked as YYYY-MM-DD.');
  });

  it('saves a line it can read', () => {
    const draft = {
      ...toDraft(DEFAULT_SETTINGS),
      confirmedServices: 'scotland-smoking | Loch Practice | 2026-11-02',
    };
    const { settings, errors } = fromDraft(draft, DEFAULT_SETTINGS);
    expect(settings.confirmedServices).toBe('scotland-smoking | Loch Practice | 2026-11-02');
    expect(errors).toEqual({});
  });
});
