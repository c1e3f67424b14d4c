import type { PlanOutputs, PlanVersion as Version } from '../../lib/export/plan-outputs';
import { PlanDocumentView } from './PlanDocumentView';

interface Props {
  preview: PlanOutputs;
  version: Version;
  onVersion: (version: Version) => void;
}

/** The version chosen (patient version or clinician note), previewed as it will be copied. */
export function PlanPreview({ preview, version, onVersion }: Props) {
  const choice = (value: Version, label: string) => (
    <label class="choice">
      <input
        autocomplete="off"
        type="radio"
        name="plan-version"
        checked={version === value}
        onChange={() => onVersion(value)}
      />
      {label}
    </label>
  );
  return (
    <>
      <fieldset class="plan-version">
        <legend class="field__label">Preview and copy</legend>
        {choice('patient', 'Patient version')}
        {choice('note', 'Clinician note')}
      </fieldset>
      <div
        class="plan-preview"
        aria-label={version === 'patient' ? 'Patient version preview' : 'Clinician note preview'}
        role="region"
      >
        {version === 'patient' ? (
          <div class={preview.patient.length > 1 ? 'plan-preview__columns' : undefined}>
            {preview.patient.map((doc) => (
              <PlanDocumentView key={doc.language} doc={doc} level={3} />
            ))}
          </div>
        ) : (
          <pre class="plan-preview__note">{preview.text.note}</pre>
        )}
      </div>
    </>
  );
}
