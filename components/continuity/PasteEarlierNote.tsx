import { useState } from 'preact/hooks';
import type { ReadEarlierPlan } from '../../lib/continuity/earlier-plan-summary';
import { readSummaryBlock } from '../../lib/continuity/read-summary-block';
import { useApp } from '../app-context';
import { TextField } from '../fields/TextField';
import { ConfirmEarlierPlan } from './ConfirmEarlierPlan';

/**
 * "Paste the earlier note": the clinician copies the note Cocreate wrote on
 * another PC from the EHR and pastes it; what its summary block holds is shown
 * for confirmation (docs/continuity.md).
 */
export function PasteEarlierNote() {
  const signingKey = useApp().signingKey?.value ?? '';
  const [text, setText] = useState('');
  const [result, setResult] = useState<ReadEarlierPlan | null>(null);
  if (result) return <ConfirmEarlierPlan result={result} fileName="" onClose={() => setResult(null)} />;
  return (
    <div class="paste-earlier">
      <TextField
        label="Paste the earlier note"
        hint="Copy the note from the record, including the lines from “Cocreate summary” to “End of Cocreate summary”."
        value={text}
        onChange={setText}
        rows={4}
      />
      <button type="button" onClick={() => setResult(readSummaryBlock(text, signingKey))}>
        Read the note
      </button>
    </div>
  );
}
