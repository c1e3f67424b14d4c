import { useEffect } from 'preact/hooks';

export type PlanAction =
  | 'insert-note'
  | 'insert-patient'
  | 'copy-text'
  | 'copy-html'
  | 'patient-view'
  | 'download-html'
  | 'download-text'
  | 'fhir';

const ACTIONS: readonly { action: PlanAction; label: string; keys?: string; code?: string }[] = [
  { action: 'insert-note', label: 'Insert clinician note into the EHR', keys: 'Alt+I', code: 'KeyI' },
  { action: 'insert-patient', label: 'Insert patient version into the EHR' },
  { action: 'copy-text', label: 'Copy plain text', keys: 'Alt+T', code: 'KeyT' },
  { action: 'copy-html', label: 'Copy rich HTML' },
  { action: 'patient-view', label: 'Print / patient view', keys: 'Alt+V', code: 'KeyV' },
  { action: 'download-html', label: 'Download HTML' },
  { action: 'download-text', label: 'Download text' },
  { action: 'fhir', label: 'Export FHIR (JSON)' },
];

/** One button per way out; the three used most also have an Alt shortcut (one key). */
export function PlanActions({ onAction }: { onAction: (action: PlanAction) => void }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const hit = ACTIONS.find((a) => a.code === event.code);
      if (!hit) return;
      event.preventDefault();
      onAction(hit.action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onAction]);

  return (
    <div class="plan-actions" role="group" aria-label="Send the plan">
      {ACTIONS.map(({ action, label, keys }) => (
        <button key={action} type="button" aria-keyshortcuts={keys} onClick={() => onAction(action)}>
          {label}
          {keys ? <span class="plan-actions__keys"> ({keys})</span> : null}
        </button>
      ))}
    </div>
  );
}
