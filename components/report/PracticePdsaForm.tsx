import { useId, useState } from 'preact/hooks';
import { REPORT_MEASURES } from '../../lib/report/measures';
import type { PracticeCycleDraft } from '../../lib/state/report-model';
import { ISO_WEEK } from '../../lib/report/team-export-schema';
import { TextField } from '../fields/TextField';

interface Props {
  onSave: (draft: PracticeCycleDraft) => void;
}

/** A practice PDSA cycle: what the team will change, which figure of the report shows it, and when. */
export function PracticePdsaForm({ onSave }: Props) {
  const id = useId();
  const [aim, setAim] = useState('');
  const [change, setChange] = useState('');
  const [prediction, setPrediction] = useState('');
  const [measure, setMeasure] = useState(REPORT_MEASURES[1]!.id);
  const [startWeek, setStartWeek] = useState('');
  const [studyWeek, setStudyWeek] = useState('');
  const [error, setError] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    if (!ISO_WEEK.test(startWeek) || !ISO_WEEK.test(studyWeek)) {
      setError('Give the week the change starts and the week to study it up to, such as 2026-W14.');
      return;
    }
    if (studyWeek < startWeek) {
      setError('The week to study up to comes before the change starts.');
      return;
    }
    if (change.trim() === '') {
      setError('Say what the practice will change.');
      return;
    }
    setError('');
    onSave({ aim, change, prediction, practice: { measure, startWeek, studyWeek } });
  };
  return (
    <form autocomplete="off" class="pdsa-form" aria-label="Practice PDSA cycle" onSubmit={submit}>
      <TextField label="Aim" hint="What is the practice trying to improve?" value={aim} onChange={setAim} />
      <TextField label="Change" hint="What will the team try?" value={change} onChange={setChange} />
      <TextField label="Prediction" value={prediction} onChange={setPrediction} />
      <div class="field">
        <label for={`${id}-measure`}>Measure from this report</label>
        <select
          id={`${id}-measure`}
          autocomplete="off"
          value={measure}
          onChange={(e) => setMeasure(e.currentTarget.value)}
        >
          {REPORT_MEASURES.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-start`}>Week the change starts</label>
        <input
          id={`${id}-start`}
          type="week"
          autocomplete="off"
          placeholder="2026-W14"
          value={startWeek}
          onInput={(e) => setStartWeek(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-study`}>Study it up to the week</label>
        <input
          id={`${id}-study`}
          type="week"
          autocomplete="off"
          placeholder="2026-W26"
          value={studyWeek}
          onInput={(e) => setStudyWeek(e.currentTarget.value)}
        />
      </div>
      {error ? <p role="alert">{error}</p> : null}
      <button type="submit" data-variant="primary">
        Save practice cycle
      </button>
    </form>
  );
}
