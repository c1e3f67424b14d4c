import { describe, expect, it } from 'vitest';
import { readManagedSettings } from '../../../lib/settings/managed';
import { mergeSettings, DEFAULT_SETTINGS } from '../../../lib/settings/settings';

describe('reading central (managed) settings', () => {
  it('treats a browser that rejects, as Firefox does with no policy, as nothing set', async () => {
    const area = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManagedSettings(area)).toEqual({});
  });

  it('treats a browser without managed storage as nothing set', async () => {
    expect(await readManagedSettings(undefined)).toEqual({});
  });

  it.each([
    ['an unknown key', { colour: 'blue' }],
    ['a wrongly typed value', { appointmentMinutes: '10' }],
    ['an out-of-range length', { appointmentMinutes: 2 }],
    ['a fractional retention', { retentionDays: 1.5 }],
    ['an unknown path', { defaultPath: 'scenic' }],
    ['an unknown language', { planLanguage: 'fr' }],
  ])('ignores %s', async (_name, values) => {
    expect(await readManagedSettings({ get: () => Promise.resolve(values) })).toEqual({});
  });

  it('keeps every valid value', async () => {
    const values = {
      clinicianName: 'Dr A Jones',
      clinicianRole: 'GP',
      practiceName: 'Riverside Surgery',
      practiceContact: '029 2000 0000',
      appointmentMinutes: 15,
      defaultPath: 'full',
      planLanguage: 'both',
      largePrint: true,
      retentionDays: 365,
    };
    expect(await readManagedSettings({ get: () => Promise.resolve(values) })).toEqual(values);
  });
});

describe('stored settings', () => {
  it('ignores stored values that break the rules and keeps the rest', () => {
    const merged = mergeSettings(DEFAULT_SETTINGS, { defaultPath: 'scenic', practiceName: 'Riverside' });
    expect(merged).toEqual({ ...DEFAULT_SETTINGS, practiceName: 'Riverside' });
  });
});
