import { describe, expect, it } from 'vitest';
import { htmlWithLineBreaks, linesOfHtml, linesOfText, oneLine } from '../../../lib/insert/line-breaks';
import { changesSince, sitePattern } from '../../../lib/insert/binding';

describe('line breaks a rich editor keeps', () => {
  it.each([
    ['<p><strong>Goal:</strong> Walk\nslowly</p>', '<p><strong>Goal:</strong> Walk<br>slowly</p>'],
    ['<p>one\r\ntwo\nthree</p>', '<p>one<br>two<br>three</p>'],
    ['<h2>Plan</h2>\n<p>one</p>', '<h2>Plan</h2>\n<p>one</p>'],
    ['<p>a &lt;b&gt;\nc</p>', '<p>a &lt;b&gt;<br>c</p>'],
  ])('%j becomes %j', (html, expected) => {
    expect(htmlWithLineBreaks(html)).toBe(expected);
  });

  it('joins lines with " | " for a single-line field', () => {
    expect(oneLine('Plan\n\n Goal: walk \nStep')).toBe('Plan | Goal: walk | Step');
  });
});

describe('binding an insertion to its page', () => {
  const chosen = { url: 'http://e/?p=1', title: 'A', banner: 'A 1961' };
  it('finds no change on the same page, and each change by name', () => {
    expect(changesSince(chosen, { ...chosen })).toEqual([]);
    expect(changesSince(chosen, { url: 'http://e/?p=2', title: 'B', banner: 'B 1948' })).toEqual([
      'address',
      'title',
      'banner',
    ]);
  });

  it.each([
    ['http://127.0.0.1:5177/record?id=1', true, 'http://127.0.0.1:5177/*'],
    ['http://127.0.0.1:5177/record?id=1', false, 'http://127.0.0.1/*'],
    ['https://ehr.example.nhs.uk/a/b', true, 'https://ehr.example.nhs.uk:443/*'],
    ['http://ehr.example.nhs.uk/', true, 'http://ehr.example.nhs.uk:80/*'],
    ['chrome://settings', true, null],
    [undefined, true, null],
  ])('asks for %s (port kept: %s) as %s', (url, withPort, pattern) => {
    expect(sitePattern(url, withPort)).toBe(pattern);
  });
});

describe('the lines a field must hold after a write', () => {
  it('are the text’s lines, tidied, blank ones not counted', () => {
    expect(linesOfText('Agreed plan\n\n  Goal:\u00a0Walk \nslowly\n')).toEqual([
      'Agreed plan',
      'Goal: Walk',
      'slowly',
    ]);
  });

  it('are the HTML’s blocks and <br> breaks, text unescaped', () => {
    expect(
      linesOfHtml(
        '<h2>Your plan</h2>\n<p><strong>Goal:</strong> Walk<br>slowly &amp; often</p><ul><li>One</li><li>Two</li></ul>',
      ),
    ).toEqual(['Your plan', 'Goal: Walk', 'slowly & often', 'One', 'Two']);
  });
});
