import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_BRIEF_INTERVENTIONS } from '../../../lib/brief-interventions/built-in';
import { NEEDS_CONFIRMING, readConfirmations } from '../../../lib/brief-interventions/confirmations';
import { briefInterventionList } from '../../../lib/brief-interventions/practice-list';
import { NATIONS } from '../../../lib/settings/nation';

const DOC = readFileSync(join(import.meta.dirname, '../../../docs/brief-interventions.md'), 'utf8');

/** Names and numbers no public source confirmed (docs/brief-interventions.md, "What was checked"). */
const UNCONFIRMED = [
  '0800 085 2219',
  'Helpa Fi i Stopio',
  '0800 84 84 84',
  'Active 10',
  'Stop Smoking NI',
  'Physical Activity Referral Scheme',
];

const printed = (nation: string, confirmed = '') =>
  briefInterventionList(nation, '', confirmed)
    .flatMap((entry) => [entry.service, entry.en, entry.cy])
    .join('\n');

describe('service names and numbers no public source confirmed', () => {
  it.each(NATIONS)(
    '%s: none is printed, in the note or either language, until the practice confirms it',
    (nation) => {
      const text = printed(nation);
      for (const words of UNCONFIRMED) expect(text).not.toContain(words);
    },
  );

  it('each such entry says "ask us" instead, and tells the clinician what is left out', () => {
    const wales = briefInterventionList('wales', '').find((e) => e.id === 'wales-smoking')!;
    expect(wales.en).toContain('ask us for their phone number');
    expect(wales.cy).toContain('gofynnwch i ni am eu rhif ffôn');
    expect(wales.confirmation).toBe(
      'Not printed until your practice confirms Help Me Quit’s phone number and Welsh name (Settings).',
    );
  });

  it('confirmed by the practice (name and date), the full entry is printed and the panel says who confirmed it', () => {
    const confirmed =
      'wales-smoking | Bryn Surgery | 2026-12-01\nscotland-smoking | Loch Practice | 2026-11-02';
    const wales = briefInterventionList('wales', '', confirmed).find((e) => e.id === 'wales-smoking')!;
    expect(wales.en).toContain('Call 0800 085 2219');
    expect(wales.confirmation).toBe('Confirmed by Bryn Surgery on 2026-12-01.');
    expect(printed('scotland', confirmed)).toContain('0800 84 84 84');
    // Confirming one entry prints no other.
    expect(printed('england', confirmed)).not.toContain('Active 10');
  });

  it.each([
    [
      'wales-smokin | Bryn Surgery | 2026-12-01',
      'Line 1: “wales-smokin” is not one of the entries that need confirming.',
    ],
    ['wales-smoking | | 2026-12-01', 'Line 1: say who confirmed it (your practice’s name).'],
    ['wales-smoking | Bryn Surgery | 1/12/2026', 'Line 1: give the date it was checked as YYYY-MM-DD.'],
    ['\nwales-smoking | Bryn Surgery | 2026-02-30', 'Line 2: give the date it was checked as YYYY-MM-DD.'],
  ])('"%s" confirms nothing and says why', (line, problem) => {
    const { confirmed, problems } = readConfirmations(line);
    expect(confirmed.size).toBe(0);
    expect(problems).toEqual([problem]);
    expect(printed('wales', line)).not.toContain('0800 085 2219');
  });

  it('names exactly the five entries the clinical review could not confirm', () => {
    expect(NEEDS_CONFIRMING.map((e) => e.id).sort()).toEqual([
      'england-activity',
      'northern-ireland-activity',
      'northern-ireland-smoking',
      'scotland-smoking',
      'wales-smoking',
    ]);
  });
});

describe('where each built-in service was checked', () => {
  const all = Object.values(BUILT_IN_BRIEF_INTERVENTIONS).flat();

  it.each(all.map((e) => [e.id, e] as const))(
    '%s carries its source page and the date it was read, and the doc lists them',
    (_id, entry) => {
      if (entry.source === null) {
        expect(DOC).toMatch(new RegExp(`\\| ${entry.id} +\\|[^\\n]*\\| none found +\\|`));
        return;
      }
      expect(entry.source.url).toMatch(/^https:\/\//);
      expect(entry.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      expect(DOC).toContain(entry.source.url);
      expect(DOC).toMatch(new RegExp(`\\| ${entry.id} +\\|[^\\n]*${entry.source.checked}`));
    },
  );

  it('Welsh lines say "ysmygu", never "smygu"', () => {
    for (const entry of all)
      expect(entry.cy + (entry.untilConfirmed?.cy ?? '')).not.toMatch(/(^|[^yY])smygu/);
  });
});
