import { asClause } from '../../lib/domain/question-text';
import type { Baseline } from '../../lib/domain/consultation';
import { Ruler } from './Ruler';
import { TextField } from './TextField';

/** The baseline now, so review can compare (framework.md §5): a patient-defined 0–10 and a clinical measure. */
export function BaselineFields({
  baseline,
  onChange,
}: {
  baseline: Baseline;
  onChange: (b: Baseline) => void;
}) {
  const set = (patch: Partial<Baseline>) => onChange({ ...baseline, ...patch });
  return (
    <details class="step__more" open={baseline.patientMeasureLabel !== '' || baseline.clinicalLabel !== ''}>
      <summary>Baseline measures (for review)</summary>
      <TextField
        label="Patient's own measure"
        hint="e.g. how well I sleep, how far I can walk"
        value={baseline.patientMeasureLabel}
        onChange={(patientMeasureLabel) => set({ patientMeasureLabel })}
      />
      <Ruler
        question={`Where are you now on ${asClause(baseline.patientMeasureLabel, 'this')}, 0 to 10?`}
        value={baseline.patientMeasure}
        onChange={(patientMeasure) => set({ patientMeasure })}
      />
      <TextField
        label="Clinical measure"
        hint="e.g. blood pressure"
        value={baseline.clinicalLabel}
        onChange={(clinicalLabel) => set({ clinicalLabel })}
      />
      <div class="field-row">
        <TextField
          label="Value now"
          value={baseline.clinicalValue}
          onChange={(clinicalValue) => set({ clinicalValue })}
        />
        <TextField
          label="Unit"
          value={baseline.clinicalUnit}
          onChange={(clinicalUnit) => set({ clinicalUnit })}
        />
      </div>
    </details>
  );
}
