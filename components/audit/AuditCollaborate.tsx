import type { CollaborateFigure } from '../../lib/collaborate/top-score';
import { COLLABORATE_MIN_FOR_AUDIT } from '../../lib/collaborate/response';
import { plural } from './labels';

/**
 * collaboRATE as its authors score it: the top-score percentage (all three answers 9),
 * and only from 25 complete responses in the period; below that, how many there are
 * (docs/collaborate.md, "In the audit").
 */
export function AuditCollaborate({ figure }: { figure: CollaborateFigure }) {
  const { responses, topScoreShare } = figure;
  const counted = plural(responses, 'complete response', 'complete responses');
  return (
    <section class="audit-collaborate" aria-labelledby="collaborate-title">
      <h3 id="collaborate-title">collaboRATE</h3>
      {topScoreShare === null ? (
        <p>
          {counted} in this period. The figure is not shown yet: it is shown from {COLLABORATE_MIN_FOR_AUDIT}{' '}
          responses.
        </p>
      ) : (
        <p>
          Top score: <strong>{Math.round(topScoreShare * 100)}%</strong> of {counted} had 9 on all three
          questions.
        </p>
      )}
      <p class="field__hint">
        Patients answer privately on the hand-over screen, in any consultation. A response counts when all
        three questions are answered; the authors advise reading the score only from{' '}
        {COLLABORATE_MIN_FOR_AUDIT} responses.
      </p>
    </section>
  );
}
