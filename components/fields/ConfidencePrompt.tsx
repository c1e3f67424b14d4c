/**
 * Shown when confidence in the first step is below 7 (framework.md §5): the cue
 * to problem-solve together or make the step smaller. The patient finds the solution.
 */
export function ConfidencePrompt({
  confidence,
  welsh,
}: {
  confidence: number | null;
  /** The question in Welsh, for a patient whose plan is in Welsh. */
  welsh?: string | null;
}) {
  if (confidence === null || confidence >= 7) return null;
  return (
    <p class="nudge" role="status">
      Confidence is {confidence}. Ask: “What would help get that to a 7?”
      {welsh ? <span lang="cy"> (“{welsh}”)</span> : null} Problem-solve together, or make the first step
      smaller.
    </p>
  );
}
