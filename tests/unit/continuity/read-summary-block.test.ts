import { describe, expect, it } from 'vitest';
import { MAX_PASTE_CHARS, readSummaryBlock } from '../../../lib/continuity/read-summary-block';
import { planToHtmlFragment } from '../../../lib/export/html';
import { planToPlainText } from '../../../lib/export/plain-text';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import { complete, context } from '../plan/consultations';

const note = () => buildClinicianNote(complete(), context());
const text = () => planToPlainText(note());
const html = () => planToHtmlFragment(note());
const block = () => text().slice(text().indexOf('Cocreate summary (format 2)'));

/** Re-wraps text at `width` columns, breaking only at spaces, as a narrow EHR note view does. */
function rewrap(source: string, width: number): string {
  const out: string[] = [];
  let lineText = '';
  for (const word of source.split(/\s+/)) {
    if (lineText && lineText.length + word.length + 1 > width) {
      out.push(lineText);
      lineText = word;
    } else lineText = lineText ? `${lineText} ${word}` : word;
  }
  return [...out, lineText].join('\n');
}

const expected = {
  source: 'note',
  formatVersion: '2',
  patientRef: 'AE 1961',
  status: 'agreed',
  integrity: 'intact',
  agreedOn: '2026-11-23',
  goal: 'Walk to the allotment without stopping by the spring',
  firstAction: 'Walk for 10 minutes after lunch',
  chosenOption: 'More walking',
  noTreatment: false,
  grid: { id: 'raised-blood-pressure', version: '1.2' },
  patientMeasureLabel: 'How far I can walk',
  patientMeasure: 4,
  clinicalLabel: 'Blood pressure',
  clinicalValue: '152/94',
  clinicalUnit: 'mmHg',
  confidence: 8,
  followUpDate: '2027-01-18',
};

describe('reading the summary block back after the EHR reformatted the note', () => {
  it.each<[string, () => string]>([
    ['as written', text],
    ['with Windows line ends', () => text().replace(/\n/g, '\r\n')],
    ['with old Mac line ends', () => text().replace(/\n/g, '\r')],
    ['with every line joined into one', () => text().replace(/\n+/g, ' ')],
    ['re-wrapped at 38 columns', () => rewrap(text(), 38)],
    ['re-wrapped at 12 columns, splitting the keys themselves', () => rewrap(text(), 12)],
    ['as the HTML source the rich editor holds', html],
    ['as HTML turned to text with paragraphs glued together', () => html().replace(/<[^>]+>/g, '')],
    [
      'as HTML turned to text with blank lines between paragraphs',
      () =>
        html()
          .replace(/<\/p>/g, '\n\n')
          .replace(/<[^>]+>/g, ''),
    ],
    [
      'with a timestamp and author before, and a signature after',
      () =>
        `23/11/2026 10:32  Dr Ann Jones (GP)  Consultation\n${text()}\n\nElectronically signed by Dr Ann Jones 23-Nov-2026 10:45`,
    ],
    [
      'with headings upper-cased',
      () =>
        text()
          .replace('Cocreate summary (format 2)', 'COCREATE SUMMARY (FORMAT 2)')
          .replace('End of Cocreate summary', 'END OF COCREATE SUMMARY'),
    ],
    [
      'with non-breaking, zero-width spaces and tabs',
      () => block().replace(/: /g, ':\u00a0\t').replace(/Goal/, 'Go\u200bal').replace(/ /g, '\u00a0'),
    ],
    [
      'converted to Markdown',
      () =>
        block()
          .replace(/^([^:\n]+):/gm, '**$1:**')
          .replace(/^Cocreate summary/m, '### Cocreate summary'),
    ],
    ['quoted in a reply ("> " before each line)', () => block().replace(/^/gm, '> ')],
    ['with a typographic hyphen in "Follow-up"', () => block().replace('Follow-up', 'Follow\u2011up')],
    [
      'with HTML entities left in the text',
      () => block().replace(/ /g, '&nbsp;').replace('More walking', 'More&#32;walking'),
    ],
    [
      'inside a longer record with other notes',
      () => `Seen for cough. Chest clear.\n\n${text()}\n\n24/11/2026 Phone call: results normal.`,
    ],
    ['pasted twice (the same note)', () => `${text()}\n\n${text()}`],
  ])('%s', (_name, pasted) => {
    expect(readSummaryBlock(pasted())).toEqual({ ok: true, summary: expected });
  });
});

const withLine = (key: string, replacement: string) =>
  block().replace(new RegExp(`^${key}:.*$`, 'm'), replacement);

describe('anything it cannot read gives a plain-words reason and nothing else', () => {
  it.each<[string, unknown, RegExp]>([
    ['nothing', '', /Nothing was pasted/],
    ['only spaces', '   \n\t ', /Nothing was pasted/],
    ['not text at all', null, /Nothing was pasted/],
    ['a number', 42, /Nothing was pasted/],
    [
      'a note without a summary',
      'Seen for cough. Chest clear. Review 2 weeks.',
      /No Cocreate summary was found/,
    ],
    [
      'a summary cut short',
      block().slice(0, block().indexOf('Confidence')),
      /end of the Cocreate summary is missing/,
    ],
    [
      'a summary without its first line',
      block().replace('Cocreate summary (format 2)', ''),
      /start of the Cocreate summary is missing/,
    ],
    ['a newer format', block().replace('(format 2)', '(format 3)'), /newer Cocreate \(format 3\)/],
    [
      'an unknown format',
      block().replace('(format 2)', '(format beta)'),
      /format “beta” is not one this version reads/,
    ],
    ['no goal line', withLine('Goal', ''), /“Goal” is missing/],
    ['no confidence line', withLine('Confidence', ''), /“Confidence” is missing/],
    ['no follow-up line', withLine('Follow-up', ''), /“Follow-up” is missing/],
    [
      'the goal and first step lines swapped',
      block().replace(/^(Goal:.*)\n(First step:.*)$/m, '$2\n$1'),
      /“First step” is missing/,
    ],
    ['an agreed date in words', withLine('Date', 'Date: yesterday'), /“Date” should be a date/],
    ['an agreed date that does not exist', withLine('Date', 'Date: 2026-02-30'), /“Date” should be a date/],
    [
      'an own measure above 10',
      withLine('Own measure \\(How far I can walk\\)', 'Own measure (walking): 11/10'),
      /“Own measure” should be a score/,
    ],
    [
      'an own measure in words',
      withLine('Own measure \\(How far I can walk\\)', 'Own measure: four'),
      /“Own measure” should be a score/,
    ],
    ['a confidence without "/10"', withLine('Confidence', 'Confidence: 7'), /“Confidence” should be a score/],
    ['a negative confidence', withLine('Confidence', 'Confidence: -1/10'), /“Confidence” should be a score/],
    [
      'an option grid without its version',
      withLine('Option grid', 'Option grid: raised blood pressure'),
      /“Option grid” should read like/,
    ],
    [
      'every line not recorded',
      [
        'Cocreate summary (format 1)',
        'Agreed: 2026-11-23',
        'Goal: not recorded',
        'First step: not recorded',
        'Chosen option: not recorded',
        'Option grid: none',
        'Own measure: not recorded',
        'Clinical baseline: not recorded',
        'Confidence: not recorded',
        'Follow-up: not recorded',
        'End of Cocreate summary',
      ].join('\n'),
      /nothing to review against/,
    ],
    [
      'two different summaries',
      `${block()}\n${block().replace('Confidence: 8/10', 'Confidence: 5/10')}`,
      /2 different Cocreate summaries/,
    ],
    ['far more than a note', 'x'.repeat(MAX_PASTE_CHARS + 1), /far longer than a note/],
    [
      'a summary whose end belongs to nothing (start missing, end present)',
      'Goal: walk\nEnd of Cocreate summary',
      /start of the Cocreate summary is missing/,
    ],
  ])('%s', (_name, pasted, message) => {
    const read = readSummaryBlock(pasted);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toMatch(message);
    expect(read.error).not.toMatch(/undefined|NaN|null|Error|\[object/);
    expect(read).toEqual({ ok: false, error: read.error });
  });
});
