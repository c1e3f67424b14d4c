import { useCallback, useMemo } from 'preact/hooks';
import type { Consultation } from '../../lib/domain/consultation';
import { planPreview, type PlanOutputs } from '../../lib/export/plan-outputs';
import type { AgreedPlan } from '../../lib/plan/agreed-plan';
import { buildAgreedPlan } from '../../lib/plan/build-agreed-plan';
import { planContextFor } from '../../lib/plan/plan-context';
import { useApp } from '../app-context';
import { useEarlierPlan } from '../review/use-earlier-plan';
import { useGridUsed } from './use-grid-used';
import { useSettled } from './use-settled';

/** How long typing must pause before the preview, reading ease and jargon list catch up. */
const PREVIEW_PAUSE_MS = 250;

export interface PlanDocument {
  /** The previews of the settled consultation; null before there is one. */
  preview: PlanOutputs | null;
  /** The agreed-plan document of a consultation: the preview's when it is the one shown, else built now. */
  planOf: (consultation: Consultation) => AgreedPlan;
}

/**
 * The agreed-plan document (docs/plan-truth.md), built once per settled change; what leaves the
 * panel is always built from the latest text.
 */
export function usePlanDocument(consultation: Consultation | null): PlanDocument {
  const { settings, signingKey } = useApp();
  const current = settings.value;
  // A review's plan says what changed since the plan it reviews (docs/plan-truth.md, "The review cycle").
  const previous = useEarlierPlan();
  // The grid read together, so the note names the questions that mattered rather than their ids.
  const { grid, translations } = useGridUsed(consultation?.options.grid?.id);
  const shown = useSettled(consultation, PREVIEW_PAUSE_MS);
  const documentOf = useCallback(
    (c: Consultation): AgreedPlan =>
      buildAgreedPlan(c, {
        ...planContextFor(c, current),
        previous,
        grid,
        gridTranslations: translations,
        signingKey: signingKey?.value,
      }),
    [current, previous, grid, translations, signingKey?.value],
  );
  const preview = useMemo(() => (shown ? planPreview(documentOf(shown)) : null), [shown, documentOf]);
  const planOf = (c: Consultation) => (preview && c === shown ? preview.plan : documentOf(c));
  return { preview, planOf };
}
