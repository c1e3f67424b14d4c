import type { PlanReadability } from '../../lib/readability/plan-readability';

const verdict = (ease: number) =>
  ease >= 70 ? 'easy to read' : ease >= 60 ? 'plain English' : 'hard to read';

/**
 * The readability of the patient version's English prose (headings and labels are not
 * scored), each line harder than the threshold with its own figure, and whether a Welsh
 * version is left unscored (docs/plan-truth.md, "Honest readability").
 */
export function ReadingEase({ reading }: { reading: PlanReadability }) {
  const { overall, hardLines, welshNotScored, threshold } = reading;
  return (
    <div class="plan-reading" data-reading-ease={overall.words ? overall.readingEase : ''}>
      {overall.words > 0 ? (
        <p>
          Reading ease of the English wording <strong>{Math.round(overall.readingEase)}</strong> (
          {verdict(overall.readingEase)}), reading age about <strong>{Math.round(overall.readingAge)}</strong>
          .
        </p>
      ) : null}
      {overall.words > 0 ? (
        <p class="field__hint">
          A formula counts the length of words and sentences; it cannot tell whether this patient understands
          the plan. Check with them.
        </p>
      ) : null}
      {welshNotScored ? (
        <p class="field__hint">The Welsh version is not scored: reading ease is measured for English only.</p>
      ) : null}
      {hardLines.length > 0 ? (
        <div class="plan-hard-lines">
          <p class="field__label" id="plan-hard-lines-label">
            Lines that are hard to read (reading ease below {threshold})
          </p>
          <ul aria-labelledby="plan-hard-lines-label">
            {hardLines.map((l, index) => (
              <li key={index} data-reading-ease={l.readingEase}>
                {l.label ? `${l.label}: ` : ''}“{l.text}” — reading ease {Math.round(l.readingEase)}, reading
                age about {Math.round(l.readingAge)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
