import { contextDifferences, type ContextDifference, type EhrContext } from './ehr-context';

/**
 * Which EHR patient each consultation is bound to: the context of the page where a field was
 * first chosen for it, plus any the clinician has since confirmed is the same patient. Choosing a
 * field again never changes it, so a note box left open while a single-page EHR moves to another
 * patient cannot carry the consultation with it. Held by the side panel for as long as it is
 * open, never stored: it holds the banner as read, and the database keeps no EHR identifiers.
 */
export type BindingVerdict =
  { status: 'same' } | { status: 'differs'; bound: EhrContext; differences: ContextDifference[] };

export function createBindings() {
  const accepted = new Map<string, EhrContext[]>();
  return {
    /** The context the consultation was first bound to, or null before any field was chosen for it. */
    boundTo: (consultationId: string): EhrContext | null => accepted.get(consultationId)?.[0] ?? null,
    /** Binds a consultation to the context of its first chosen field; later calls change nothing. */
    bindFirst(consultationId: string, context: EhrContext): void {
      if (!accepted.has(consultationId)) accepted.set(consultationId, [context]);
    },
    /** The clinician confirmed, seeing both, that this context shows the same patient. */
    accept(consultationId: string, context: EhrContext): void {
      accepted.set(consultationId, [...(accepted.get(consultationId) ?? []), context]);
    },
    verdict(consultationId: string, context: EhrContext): BindingVerdict {
      const known = accepted.get(consultationId) ?? [];
      const [bound] = known;
      if (!bound || known.some((one) => contextDifferences(one, context).length === 0))
        return { status: 'same' };
      return { status: 'differs', bound, differences: contextDifferences(bound, context) };
    },
  };
}

export type Bindings = ReturnType<typeof createBindings>;
