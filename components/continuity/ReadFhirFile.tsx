import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ReadEarlierPlan } from '../../lib/continuity/earlier-plan-summary';
import { FHIR_READ_ERRORS, MAX_FHIR_FILE_CHARS, readFhirBundle } from '../../lib/export/read-fhir-bundle';
import { useApp } from '../app-context';
import { FieldLabel } from '../fields/FieldLabel';
import { ConfirmEarlierPlan } from './ConfirmEarlierPlan';

/**
 * "Read a FHIR file": the bundle Cocreate exported on another PC is read as data
 * (docs/standards.md, "Reading back") and shown for confirmation, the same path as a
 * pasted note. A file that is not a readable Cocreate bundle shows why, and changes nothing.
 */
export function ReadFhirFile() {
  const id = useId();
  const signingKey = useApp().signingKey?.value ?? '';
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<ReadEarlierPlan | null>(null);
  const [fileName, setFileName] = useState('');
  // Opened by a click on "Read a FHIR file": the file box is where the keyboard goes next.
  useEffect(() => input.current?.focus(), []);

  const read = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    // Bytes ≥ characters for UTF-8 text: a file over the limit in bytes may still fit, so only
    // refuse outright what is clearly too big (four bytes a character at most).
    if (file.size > MAX_FHIR_FILE_CHARS * 4) return setResult({ ok: false, error: FHIR_READ_ERRORS.tooBig });
    try {
      setResult(readFhirBundle(await file.text(), signingKey));
    } catch {
      setResult({ ok: false, error: FHIR_READ_ERRORS.notJson });
    }
  };

  if (result)
    return <ConfirmEarlierPlan result={result} fileName={fileName} onClose={() => setResult(null)} />;
  return (
    <div class="field read-fhir">
      <FieldLabel
        id={id}
        label="Read a FHIR file"
        hint="The .fhir.json file Cocreate saved on the other computer."
      />
      <input
        ref={input}
        id={id}
        type="file"
        autocomplete="off"
        accept=".json,application/json,application/fhir+json"
        aria-describedby={`${id}-hint`}
        onChange={(event) => void read(event.currentTarget.files?.[0])}
      />
    </div>
  );
}
