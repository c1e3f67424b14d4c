import '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { PracticeLibraryApp } from '../../lib/app/practice-library-app';
import { describeImport } from '../../lib/option-grids/grid-import';
import type { PracticeLibraryOffer } from '../../lib/settings/practice-library';

/**
 * The practice's grid library named by policy (docs/deploying.md, "Option grid library"), offered on every PC:
 * what would change is shown first ("3 grids updated, 1 new"); grids the
 * clinician wrote or edited are never replaced by it.
 */
export function PracticeLibrarySection({ library }: { library: PracticeLibraryApp }) {
  useEffect(() => void library.check(), [library]);
  const offer = library.offer.value;
  const result = library.result.value;

  if (!offer || offer.kind === 'none') return null;
  return (
    <section class="options-section" aria-labelledby="practice-library-heading">
      <h2 id="practice-library-heading">Practice option grids</h2>
      {offer.kind === 'invalid' ? (
        <div role="alert">
          <p>
            Your practice’s grid library, set centrally, could not be read, so nothing was brought in. Please
            tell your practice’s IT lead:
          </p>
          <ul>
            {offer.errors.slice(0, 5).map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <p>
            Your practice publishes {offer.name || 'a grid library'}
            {offer.publisher && ` from ${offer.publisher}`}
            {offer.publishedAt && `, dated ${offer.publishedAt}`}: {offer.total}{' '}
            {offer.total === 1 ? 'grid' : 'grids'}.
          </p>
          <p id="practice-library-changes">{changes(offer)}</p>
          {offer.plan.added.length + offer.plan.updated.length > 0 && (
            <button
              type="button"
              data-variant="primary"
              aria-describedby="practice-library-changes"
              onClick={() => void library.bringIn()}
            >
              Bring in the practice grids
            </button>
          )}
        </>
      )}
      <p class={`save-status${result.kind === 'failed' ? ' save-status--error' : ''}`} role="status">
        {result.kind === 'done' && `Done: ${describeImport(result.summary)}.`}
        {result.kind === 'failed' && 'The grids could not be saved, so nothing was changed. Try again.'}
      </p>
    </section>
  );
}

function changes({ plan, total }: Extract<PracticeLibraryOffer, { kind: 'ready' }>): string {
  const waiting = plan.added.length + plan.updated.length;
  if (waiting === 0)
    return total === 1 ? 'It is already on this PC.' : `All ${total} grids are already on this PC.`;
  const summary = describeImport({ added: plan.added.length, updated: plan.updated.length, kept: 0 });
  const yours = plan.duplicates.filter((d) => d.existing.source === 'local').length;
  return `On this PC: ${summary}.${yours > 0 ? ` ${yours} you edited yourself will be kept as yours.` : ''}`;
}
