import { describe, expect, it } from 'vitest';
import { BRIEF_TOPICS, BUILT_IN_BRIEF_INTERVENTIONS } from '../../../lib/brief-interventions/built-in';
import {
  briefInterventionNoteLines,
  briefInterventionPlanLines,
  isPicked,
  togglePick,
} from '../../../lib/brief-interventions/picks';
import { briefInterventionList, parsePracticeLines } from '../../../lib/brief-interventions/practice-list';
import type { Consultation } from '../../../lib/domain/consultation';
import { normaliseConsultation } from '../../../lib/domain/normalise-consultation';
import { planToPlainText } from '../../../lib/export/plain-text';
import { buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import { looksEnglish, untranslatedLines } from '../../../lib/plan/not-translated';
import { assessPlanReadability } from '../../../lib/readability/plan-readability';
import { NATIONS } from '../../../lib/settings/nation';
import { blank, context } from '../plan/consultations';

function picked(nation: string, ...ids: string[]): Consultation {
  const c = { ...blank(), status: 'agreed' as const };
  const list = briefInterventionList(nation, '');
  for (const id of ids) {
    const entry = list.find((e) => e.id === `${nation}-${id}`);
    if (!entry) throw new Error(`no ${id}`);
    c.implementation = togglePick(c.implementation, entry);
  }
  return c;
}

describe('the built-in brief intervention lists', () => {
  it.each(NATIONS)('%s has smoking, moving more, weight and alcohol, each in English and Welsh', (nation) => {
    const list = BUILT_IN_BRIEF_INTERVENTIONS[nation];
    expect(list.map((e) => e.id)).toEqual(BRIEF_TOPICS.map((topic) => `${nation}-${topic}`));
    for (const entry of list) {
      expect(entry.service).not.toBe('');
      expect(entry.en).not.toBe('');
      expect(entry.cy).not.toBe('');
      expect(looksEnglish(entry.cy)).toBe(false);
    }
  });

  it('names the nation’s own services: Help Me Quit and NERS in Wales, NHS Stop Smoking Services in England', () => {
    const wales = briefInterventionList('wales', '');
    expect(wales.find((e) => e.id === 'wales-smoking')?.service).toContain('Help Me Quit');
    expect(wales.find((e) => e.id === 'wales-activity')?.service).toContain(
      'National Exercise Referral Scheme (NERS)',
    );
    expect(wales.find((e) => e.id === 'wales-alcohol')?.en).toContain('0808 808 2234');
    const england = briefInterventionList('england', '');
    expect(england.find((e) => e.id === 'england-smoking')?.service).toContain('NHS Stop Smoking Service');
    expect(england.find((e) => e.id === 'england-weight')?.service).toContain(
      'NHS Digital Weight Management Programme',
    );
    expect(briefInterventionList('scotland', '')[0]?.service).toContain('Quit Your Way Scotland');
  });

  it('reads an unknown nation as England rather than offering nothing', () => {
    expect(briefInterventionList('atlantis', '')).toEqual(briefInterventionList('england', ''));
  });

  it.each(NATIONS)('%s: every English patient line reads at about age 9 to 11 (no hard line)', (nation) => {
    const c = picked(nation, ...BRIEF_TOPICS);
    const reading = assessPlanReadability(buildPatientPlans(c, context('en')));
    const hard = reading.hardLines.filter((l) => l.label === 'Help to make a change');
    expect(hard).toEqual([]);
  });
});

describe('the practice’s own list (setting and policy)', () => {
  it('parses "Topic | service | English | Welsh", defaulting the English to the service', () => {
    expect(parsePracticeLines('Gambling | GamCare 0808 8020 133\n\n | no topic\nAlcohol |')).toEqual([
      { pick: { topic: 'Gambling', service: 'GamCare 0808 8020 133', en: 'GamCare 0808 8020 133', cy: '' } },
      { hide: 'alcohol' },
    ]);
    expect(parsePracticeLines(42)).toEqual([]);
  });

  it('replaces a built-in topic of the same name (keeping its id), hides one, and adds new ones at the end', () => {
    const list = briefInterventionList(
      'wales',
      'weight | Dewis Weight Group, Tuesdays | Our weight group meets on Tuesdays. | Mae ein grŵp pwysau yn cwrdd ar ddydd Mawrth.\nALCOHOL |\nGambling | GamCare',
    );
    expect(list.map((e) => e.topic)).toEqual(['Smoking', 'Moving more', 'weight', 'Gambling']);
    expect(list[2]).toEqual({
      id: 'wales-weight',
      topic: 'weight',
      service: 'Dewis Weight Group, Tuesdays',
      en: 'Our weight group meets on Tuesdays.',
      cy: 'Mae ein grŵp pwysau yn cwrdd ar ddydd Mawrth.',
    });
    expect(list[3]?.id).toBe('practice-gambling');
  });
});

describe('a pick in the record, the plan and the note', () => {
  it('picking twice takes it away again; the record keeps a copy of the entry', () => {
    const c = picked('wales', 'smoking');
    const entry = briefInterventionList('wales', '')[0]!;
    expect(isPicked(c.implementation, entry)).toBe(true);
    expect(c.implementation.briefInterventions?.[0]?.topic).toBe('Smoking');
    expect(c.implementation.briefInterventions?.[0]?.service).toContain('Help Me Quit');
    expect(isPicked(togglePick(c.implementation, entry), entry)).toBe(false);
    // The same topic in England's list, or the practice's edited text, is another entry: the pick stays apart.
    expect(isPicked(c.implementation, briefInterventionList('england', '')[0]!)).toBe(false);
    const edited = briefInterventionList('wales', 'Smoking | Help Me Quit, our own clinic on Mondays')[0]!;
    expect(edited.id).toBe('wales-smoking');
    expect(isPicked(c.implementation, edited)).toBe(false);
  });

  it('goes into the note under "Plan review and contacts" and into both languages of the plan', () => {
    const c = picked('wales', 'smoking', 'alcohol');
    const note = buildClinicianNote(c, context('both'));
    const followUp = note.sections.find((s) => s.id === 'follow-up');
    expect(followUp?.lines.filter((l) => l.label === 'Brief intervention').map((l) => l.text)).toEqual([
      'Smoking: Help Me Quit (helpmequit.wales)',
      'Alcohol: DAN 24/7, 0808 808 2234 (text DAN to 81066); local substance misuse service',
    ]);
    const [en, cy] = buildPatientPlans(c, context('both'));
    expect(planToPlainText(en!)).toContain(
      'Help to make a change: Help Me Quit gives free NHS help to stop smoking. Go to helpmequit.wales, or ask us for their phone number.',
    );
    expect(planToPlainText(cy!)).toContain('Help i wneud newid: Mae Help Me Quit yn rhoi help am ddim');
    expect(untranslatedLines([cy!])).toEqual([]);
  });

  it('England names its own services in the plan', () => {
    const [en] = buildPatientPlans(picked('england', 'smoking'), context('en'));
    expect(planToPlainText(en!)).toContain(
      'Your local NHS Stop Smoking Service gives free help to stop smoking.',
    );
    expect(briefInterventionNoteLines(picked('england', 'weight'))).toEqual([
      'Weight: NHS Digital Weight Management Programme, or local weight management service',
    ]);
  });

  it('a practice pick with no Welsh shows its English in the Welsh plan, flagged as not translated', () => {
    const c = { ...blank(), status: 'agreed' as const };
    const entry = briefInterventionList(
      'wales',
      'Gambling | GamCare | Call GamCare for free help with gambling.',
    )[4]!;
    c.implementation = togglePick(c.implementation, entry);
    expect(briefInterventionPlanLines(c, 'cy')).toEqual(['Call GamCare for free help with gambling.']);
    expect(untranslatedLines(buildPatientPlans(c, context('cy'))).map((l) => l.text)).toContain(
      'Call GamCare for free help with gambling.',
    );
  });

  it('a record saved before brief interventions existed renders, and normalises to an empty list', () => {
    const old = blank() as unknown as { implementation: Record<string, unknown> };
    delete old.implementation.briefInterventions;
    const c = old as unknown as Consultation;
    expect(briefInterventionNoteLines(c)).toEqual([]);
    expect(() => buildPatientPlans(c, context('both'))).not.toThrow();
    expect(normaliseConsultation(old).implementation.briefInterventions).toEqual([]);
    const odd = normaliseConsultation({
      implementation: { briefInterventions: [{ id: 'x', topic: 3 }, 'junk'] },
    });
    expect(odd.implementation.briefInterventions).toEqual([
      { id: 'x', topic: '', service: '', en: '', cy: '' },
    ]);
  });
});
