/**
 * Shown when confidence in the first step is below 7 (framework.md §5): the cue
 * to problem-solve together or make the step smaller. The patient finds the solution.
 */
export function ConfidencePrompt({ confidence }: { confidence: number | null }) {
  if (confidence === null || confidence >= 7) return null;
  return (
    <p class="nudge" role="status">
      Confidence is {confidence}. Ask: “What would help get that to a 7?” Problem-solve together, or make the
      first step smaller.
    </p>
  );
}
