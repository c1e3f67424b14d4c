import { useEffect } from 'preact/hooks';
import type { PlanOutput } from '../../lib/outputs/plan-output';

interface Props {
  outputs: readonly PlanOutput[];
  onAction: (output: PlanOutput) => void;
}

/** One button per way out, from the registry (lib/outputs/registry.ts); the ones used most have an Alt key. */
export function PlanActions({ outputs, onAction }: Props) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const hit = outputs.find((o) => o.keys?.code === event.code);
      if (!hit) return;
      event.preventDefault();
      onAction(hit);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [outputs, onAction]);

  return (
    <div class="plan-actions" role="group" aria-label="Send the plan">
      {outputs.map((output) => (
        <button
          key={output.id}
          type="button"
          aria-keyshortcuts={output.keys?.label}
          onClick={() => onAction(output)}
        >
          {output.label}
          {output.keys ? <span class="plan-actions__keys"> ({output.keys.label})</span> : null}
        </button>
      ))}
    </div>
  );
}
