import { useEffect, useState } from 'preact/hooks';
import { loadBundledGrids } from '../../lib/option-grids/bundled';
import { mergeCatalogue } from '../../lib/option-grids/catalogue';
import { describeImport } from '../../lib/option-grids/grid-import';
import { offerPracticeLibrary, type PracticeLibraryOffer } from '../../lib/settings/practice-library';
import type { CocreateDb } from '../../lib/storage/db';
import { applyImport, listStoredGrids } from '../../lib/storage/grids';

export interface PracticeLibrarySectionProps {
  db: CocreateDb;
  now: () => Date;
  /** The library text set by policy ('' for none); read lazily, as managed storage can be slow at start. */
  loadLibraryText: () => Promise<string>;
}

type Result = { kind: 'none' } | { kind: 'done'; message: string } | { kind: 'failed' };

/**
 * The practice's grid library named by policy (docs/deploying.md, "Option grid library"), offered on every PC:
 * what would change is shown first ("3 grids updated, 1 new"); grids the
 * clinician wrote or edited are never replaced by it.
 */
export function PracticeLibrarySection({ db, now, loadLibraryText }: PracticeLibrarySectionProps) {
  const [offer, setOffer] = useState<PracticeLibraryOffer | null>(null);
  const [result, setResult] = useState<Result>({ kind: 'none' });

  async function check() {
    const [text, bundled, stored] = await Promise.all([
      loadLibraryText(),
      loadBundledGrids(),
      listStoredGrids(db),
    ]);
    setOffer(offerPracticeLibrary(text, mergeCatalogue(bundled.grids, stored)));
  }

  useEffect(() => {
    void check();
  }, []);

  async function bringIn(ready: Extract<PracticeLibraryOffer, { kind: 'ready' }>) {
    try {
      const summary = await applyImport(db, ready.plan, new Set(), now());
      setResult({ kind: 'done', message: `Done: ${describeImport(summary)}.` });
      await check();
    } catch {
      setResult({ kind: 'failed' });
    }
  }

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
              onClick={() => void bringIn(offer)}
            >
              Bring in the practice grids
            </button>
          )}
        </>
      )}
      <p class={`save-status${result.kind === 'failed' ? ' save-status--error' : ''}`} role="status">
        {result.kind === 'done' && result.message}
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
