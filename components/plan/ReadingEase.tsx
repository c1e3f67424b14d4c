import type { Readability } from '../../lib/readability/reading-ease';

/** The readability figure of the English patient version (Flesch reading ease and reading age). */
export function ReadingEase({ reading }: { reading: Readability }) {
  const verdict =
    reading.readingEase >= 70 ? 'easy to read' : reading.readingEase >= 60 ? 'plain English' : 'hard to read';
  return (
    <p class="plan-reading" data-reading-ease={reading.readingEase}>
      Reading ease <strong>{Math.round(reading.readingEase)}</strong> ({verdict}), reading age about{' '}
      <strong>{Math.round(reading.readingAge)}</strong>.
    </p>
  );
}
