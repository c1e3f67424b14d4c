import { describe, expect, it } from 'vitest';
import { countSms, SMS_MAX_SEPTETS, toGsmLetters, toGsmPunctuation } from '../../../lib/sms/gsm';
import { buildTextMessage } from '../../../lib/sms/text-message';
import { buildAgreedPlan } from '../../../lib/plan/build-agreed-plan';
import type { Consultation } from '../../../lib/domain/consultation';
import type { PlanContext } from '../../../lib/plan/plan-types';
import type { Nation } from '../../../lib/settings/nation';
import { blank, complete, context } from '../plan/consultations';

const message = (c: Consultation, extra: Partial<PlanContext> = {}, nation: Nation = 'england') => {
  const ctx = context(extra.language ?? 'en', extra);
  return buildTextMessage(buildAgreedPlan(c, { ...ctx, settings: { ...ctx.settings, nation } }));
};

describe('counting a text message in GSM 03.38', () => {
  it.each<[string, string, number, number, string[]]>([
    ['empty', '', 0, 0, []],
    ['one plain segment', 'a'.repeat(160), 160, 1, []],
    ['two segments from 161', 'a'.repeat(161), 161, 2, []],
    ['four segments at 612', 'a'.repeat(612), 612, 4, []],
    ['five segments at 613', 'a'.repeat(613), 613, 5, []],
    ['extension characters count two', '€[]{}', 10, 1, []],
    ['GSM accented letters count one', 'éàüÑ£', 5, 1, []],
    ['a curly quote and an emoji are outside', 'I’ll walk 🙂 ’', 13, 1, ['’', '🙂']],
    ['Welsh ŵ and ŷ are outside', 'Dŵr a tŷ', 8, 1, ['ŵ', 'ŷ']],
  ])('%s', (_name, text, septets, segments, outside) => {
    const count = countSms(text);
    expect(count.septets).toBe(septets);
    expect(count.segments).toBe(segments);
    expect(count.outside).toEqual(outside);
    expect(count.fits).toBe(septets <= SMS_MAX_SEPTETS && outside.length === 0);
  });

  it('turns typographic punctuation into its GSM equivalent and nothing else', () => {
    expect(toGsmPunctuation('“I’ll walk” – daily…\u00a0ok ŵ')).toBe('"I\'ll walk" - daily... ok ŵ');
  });

  it('writes an accented practice name in GSM letters, keeping the GSM ones', () => {
    expect(toGsmLetters('Meddygfa Tŷ Gwyn, Pen-y-bont â’r Môr, café')).toBe(
      "Meddygfa Ty Gwyn, Pen-y-bont a'r Mor, café",
    );
  });
});

describe('the plan as a text message, from the agreed-plan document', () => {
  it('carries the decision, goal, first step, review, contact and urgent help', () => {
    expect(message(complete())).toBe(
      [
        'Your plan from Riverside Surgery.',
        'You chose: More walking.',
        'Goal: Walk to the allotment without stopping by the spring',
        'First step: Walk for 10 minutes after lunch',
        'When: Starting Monday, Five days a week',
        'Review: 18 January 2027',
        'Contact: Ring the surgery on 01234 567890',
        'If you feel very unwell or it is an emergency, call 999.',
        'If you need help fast but it is not an emergency, call NHS 111 for free, or go to 111.nhs.uk.',
        'For urgent help with your mental health, call 111 and choose the mental health option.',
      ].join('\n'),
    );
  });

  it('says DRAFT until the plan is agreed, with 999 and NHS 111 (England)', () => {
    const text = message({ ...complete(), status: 'open' });
    expect(text.split('\n')[0]).toBe('DRAFT: this plan is not agreed yet.');
    expect(text).toContain('call 999');
    expect(text).toContain('NHS 111');
  });

  it.each<[Nation, RegExp, RegExp | null]>([
    ['england', /NHS 111/, null],
    ['wales', /NHS 111 Wales/, null],
    ['scotland', /NHS 24 on 111/, /NHS 111/],
    ['northern-ireland', /GP Out of Hours/, /111/],
  ])('%s: 999 and the nation’s own urgent route, never another nation’s', (nation, route, never) => {
    const text = message(complete(), {}, nation);
    expect(text).toContain('999');
    expect(text).toMatch(route);
    if (never) expect(text).not.toMatch(never);
  });

  it('is in Welsh for a Welsh plan, and in GSM letters', () => {
    const text = message(complete(), { language: 'cy' }, 'wales');
    expect(text).toContain('Eich cynllun gan Riverside Surgery.');
    expect(text).toContain('Nod: Walk to the allotment');
    expect(text).toContain('Adolygu: 18 Ionawr 2027');
    expect(text).toContain('999');
    expect(text).not.toMatch(/Your plan|Goal:|Get help:/);
    expect(countSms(text).outside).toEqual([]);
  });

  it('is in Welsh and English for a plan in both', () => {
    const text = message(complete(), { language: 'both' }, 'wales');
    expect(text).toContain('Your plan from Riverside Surgery.');
    expect(text).toContain('Eich cynllun gan Riverside Surgery.');
    expect(countSms(text).septets).toBeLessThanOrEqual(SMS_MAX_SEPTETS);
  });

  it('never cuts the goal or first step: when too long it keeps them whole and points to the full plan', () => {
    const c = complete();
    c.agreement.goal =
      'Walk to the end of the road and back without stopping, then to the park gates by the spring, and tell my daughter how it went each Sunday when she rings.';
    c.agreement.firstAction =
      'Walk to the post box and back after lunch on Monday, Wednesday and Friday, with my stick, and write it on the calendar in the kitchen.';
    c.agreement.safetyNet =
      'Call us if your ankles swell.\nCall us if you feel dizzy when you stand.\nTell us if you get chest pain when walking, even if it goes away.';
    const text = message(c);
    expect(text).toContain(`Goal: ${c.agreement.goal}`);
    expect(text).toContain(`First step: ${c.agreement.firstAction}`);
    expect(text).toContain('Review: 18 January 2027');
    expect(text).toContain('call 999');
    // Cocreate gives no app: the text never claims the patient holds a copy they may not have.
    expect(text).toContain('Ask us for a copy of your full plan.');
    expect(text).not.toContain('...');
    expect(countSms(text).segments).toBeLessThanOrEqual(4);
  });

  it('stays within 612 GSM septets when the whole plan would not fit, nothing cut', () => {
    const c = complete();
    c.agreement.safetyNet = Array.from(
      { length: 8 },
      (_, i) => `Call us if sign number ${i + 1} comes back.`,
    ).join('\n');
    const text = message(c);
    expect(countSms(text).septets).toBeLessThanOrEqual(SMS_MAX_SEPTETS);
    expect(countSms(text).outside).toEqual([]);
    expect(text).toContain(`Goal: ${c.agreement.goal}`);
    expect(text).toContain('Emergency: call 999.');
  });

  it('a blank consultation still says how to get help, and that it is a draft', () => {
    const text = message(blank());
    expect(text).toContain('DRAFT');
    expect(text).toContain('call 999');
  });
});
