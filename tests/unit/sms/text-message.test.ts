import { describe, expect, it } from 'vitest';
import { countSms, SMS_MAX_SEPTETS, toGsmPunctuation } from '../../../lib/sms/gsm';
import { buildTextMessage, DEFAULT_GET_HELP } from '../../../lib/sms/text-message';
import { blank, complete } from '../plan/consultations';

const settings = { practiceName: 'Riverside Surgery', practiceContact: '01234 567890' };

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
});

describe('the plan as a text message', () => {
  it('carries the goal, first step, review date, who to contact and when to get help', () => {
    expect(buildTextMessage({ consultation: complete(), settings })).toBe(
      [
        'Your plan from Riverside Surgery.',
        'Goal: Walk to the allotment without stopping by the spring',
        'First step: Walk for 10 minutes after lunch',
        'Review: 18 January 2027',
        'Contact: Ring the surgery on 01234 567890',
        `Get help: ${DEFAULT_GET_HELP}`,
      ].join('\n'),
    );
  });

  it('uses the grid safety net and the practice contact when the plan names none', () => {
    const c = complete();
    c.agreement.contact = '';
    const text = buildTextMessage({
      consultation: c,
      settings,
      grid: { safetyNet: ['Chest pain: call 999.'] },
    });
    expect(text).toContain('Contact: 01234 567890');
    expect(text).toContain('Get help: Chest pain: call 999.');
  });

  it('stays within 612 GSM septets, shortening the longest of goal and first step', () => {
    const c = complete();
    c.agreement.goal = 'Walk further every week '.repeat(30);
    c.agreement.firstAction = '“Walk” – round the block each morning… '.repeat(10);
    const text = buildTextMessage({ consultation: c, settings });
    const count = countSms(text);
    expect(count.septets).toBeLessThanOrEqual(612);
    expect(count.segments).toBeLessThanOrEqual(4);
    expect(count.outside).toEqual([]);
    expect(text).toMatch(/Goal: Walk further every week.*\.\.\./);
    expect(text).toContain('Get help:');
  });

  it('ends when goal and first step are equally long', () => {
    const c = complete();
    c.agreement.goal = 'x'.repeat(400);
    c.agreement.firstAction = 'y'.repeat(400);
    expect(countSms(buildTextMessage({ consultation: c, settings })).septets).toBeLessThanOrEqual(612);
  });

  it('a blank consultation still says how to get help', () => {
    expect(
      buildTextMessage({ consultation: blank(), settings: { practiceName: '', practiceContact: '' } }),
    ).toBe(`Your plan.\nGet help: ${DEFAULT_GET_HELP}`);
  });
});
