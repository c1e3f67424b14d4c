import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { PlanOutput } from '../../lib/outputs/plan-output';

/**
 * How the plan's outputs are run, offered by <PlanPanel> (which builds the plan and reports the
 * outcome) to the bar at the foot of step 5, so the bar's buttons do exactly what the panel's do.
 * null while no plan panel is on the page.
 */
export const planBarRun = signal<((output: PlanOutput) => void) | null>(null);

/**
 * Offers the plan's outputs to the bar while the calling component is on the page; the returned
 * function takes the latest way to run them (called on every render, after any early return).
 */
export function useOfferToPlanBar(): (run: (output: PlanOutput) => void) => void {
  const latest = useRef<((output: PlanOutput) => void) | null>(null);
  useEffect(() => {
    planBarRun.value = (output) => latest.current?.(output);
    return () => {
      planBarRun.value = null;
    };
  }, []);
  return (run) => {
    latest.current = run;
  };
}
