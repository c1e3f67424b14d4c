import { describe, expect, it } from 'vitest';
import { buildCalendarFile } from '../../../lib/export/calendar-file';
import { foldLine, icsText } from '../../../lib/export/ics';
import { buildAgreedPlan } from '../../../lib/plan/build-agreed-plan';
import { complete, context } from '../plan/consultations';

const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('the patient’s calendar file (RFC 5545)', () => {
  it('escapes text: backslash, semicolon, comma and line breaks', () => {
    expect(icsText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });

  it('folds at 75 octets without splitting a Welsh letter', () => {
    const line = `DESCRIPTION:${'ŵ'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.every((l) => octets(l) <= 75)).toBe(true);
    expect(unfold(foldLine(line))).toBe(line);
  });

  it('holds the first step and the review date with when to get help, CRLF and folded', () => {
    const ics = buildCalendarFile(buildAgreedPlan(complete(), context()));
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    expect(ics.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    const text = unfold(ics);
    expect(text).toContain('DTSTART;VALUE=DATE:20270118');
    expect(text).toContain('DTSTART;VALUE=DATE:20261123');
    expect(text).toContain('SUMMARY:Your first step: Walk for 10 minutes after lunch');
    expect(text).toContain('call 999');
    expect(text).toContain('18 January 2027');
    expect(text).not.toMatch(/https?:/);
  });

  it('is in Welsh for a Welsh plan', () => {
    const text = unfold(buildCalendarFile(buildAgreedPlan(complete(), context('cy'))));
    expect(text).toContain('SUMMARY:Eich cam cyntaf: Walk for 10 minutes after lunch');
    expect(text).toContain('18 Ionawr 2027');
    expect(text).not.toContain('Your first step');
  });
});
