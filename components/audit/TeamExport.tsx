import { useId, useState } from 'preact/hooks';
import type { AuditRow } from '../../lib/audit/audit-row';
import type { AuditFilter } from '../../lib/audit/filter';
import { buildTeamExport } from '../../lib/report/build-team-export';
import { CLINICIAN_ROLES, type ClinicianRole } from '../../lib/report/team-export';
import { LABEL } from '../../lib/report/team-export-schema';
import { downloadBlob } from '../options-page/download-blob';

interface Props {
  rows: readonly AuditRow[];
  filter: AuditFilter;
  /** This PC's source word (lib/report/export-source.ts). */
  source: () => string;
  /** The practice's shared folder, when the practice set one by policy. */
  folder: string;
}

/** The weekly figures of the period for the practice report (docs/practice-report.md). */
export function TeamExport({ rows, filter, source, folder }: Props) {
  const id = useId();
  const [role, setRole] = useState<ClinicianRole>('GP');
  const [label, setLabel] = useState('');
  const [error, setError] = useState('');
  const save = () => {
    const chosen = label.trim();
    if (chosen !== '' && !LABEL.test(chosen)) {
      setError("A label may hold only letters, spaces and . ' - (no numbers), up to 40 characters.");
      return;
    }
    setError('');
    const file = buildTeamExport(rows, filter, { role, label: chosen || null, source: source() });
    downloadBlob(
      document,
      new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' }),
      `cocreate-team-export-${file.period.from}-to-${file.period.to}.json`,
    );
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Team export for the practice report</h2>
      <p>
        Your figures for each whole week of the period above: counts only, collaboRATE as numbers of
        responses, your role rather than your name. No patient reference, no typed text, no day.
        {folder ? ` Save it in the practice's shared folder: ${folder}.` : ''}
      </p>
      <div class="field">
        <label for={`${id}-role`}>Your role</label>
        <select
          id={`${id}-role`}
          autocomplete="off"
          value={role}
          onChange={(e) => setRole(e.currentTarget.value as ClinicianRole)}
        >
          {CLINICIAN_ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-label`}>Name or label instead of your role (optional)</label>
        <input
          id={`${id}-label`}
          autocomplete="off"
          value={label}
          aria-describedby={`${id}-hint`}
          onInput={(e) => setLabel(e.currentTarget.value)}
          aria-invalid={error ? 'true' : undefined}
        />
        <p id={`${id}-hint`} class="field__hint">
          Leave empty to be shown by your role. Only if you choose to be named.
        </p>
      </div>
      {error ? <p role="alert">{error}</p> : null}
      <button type="button" onClick={save}>
        Download team export
      </button>
    </section>
  );
}
