import { useState } from 'preact/hooks';
import { PDSA_FIELDS } from '../../lib/pdsa/pdsa';
import type { PdsaEntry } from '../../lib/domain/pdsa-entry';
import { TextField } from '../fields/TextField';

interface Props {
  entry: PdsaEntry;
  onSave: (entry: PdsaEntry) => void;
  onCancel: () => void;
}

/** The six PDSA prompts for one cycle; saved only when the clinician says so. */
export function PdsaForm({ entry, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState(entry);
  return (
    <form
      autocomplete="off"
      class="pdsa-form"
      aria-label="PDSA cycle"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draft);
      }}
    >
      {PDSA_FIELDS.map((field) => (
        <TextField
          key={field.key}
          label={field.label}
          hint={field.hint}
          rows={2}
          value={draft[field.key]}
          onChange={(value) => setDraft({ ...draft, [field.key]: value })}
        />
      ))}
      <div class="button-row">
        <button type="submit" data-variant="primary">
          Save cycle
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
