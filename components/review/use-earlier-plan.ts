import type { Consultation } from '../../lib/domain/consultation';
import { useModel } from '../app-context';

/** The earlier consultation the open one reviews, read once per link; null while loading or unlinked. */
export function useEarlierPlan(): Consultation | null {
  return useModel().earlierPlan.value;
}
