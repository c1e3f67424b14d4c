import type { Consultation, Review } from '../../lib/domain/consultation';
import { Ruler } from '../fields/Ruler';
import { TextField } from '../fields/TextField';

interface Props {
  earlier: Consultation;
  review: Review;
  onChange: (patch: Partial<Review>) => void;
}

/** The same measures as at baseline, asked again now: the patient's own 0–10, confidence, the clinical value. */
export function ReviewMeasures({ earlier, review, onChange }: Props) {
  const baseline = earlier.agreement.baseline;
  const measureName = baseline.patientMeasureLabel ? ` (${baseline.patientMeasureLabel})` : '';
  const was = (value: number | null) => (value === null ? '' : ` Last time: ${value}.`);
  const clinicalName = baseline.clinicalLabel || 'Clinical value';
  return (
    <>
      <Ruler
        question={`Where would you put yourself now, 0–10${measureName}?${was(baseline.patientMeasure)}`}
        value={review.patientMeasureNow}
        onChange={(patientMeasureNow) => onChange({ patientMeasureNow })}
      />
      <Ruler
        question={`How confident are you now, 0–10?${was(earlier.agreement.confidence)}`}
        value={review.confidenceNow}
        onChange={(confidenceNow) => onChange({ confidenceNow })}
      />
      <TextField
        label={`${clinicalName} now${baseline.clinicalUnit ? ` (${baseline.clinicalUnit})` : ''}`}
        hint={
          baseline.clinicalValue
            ? `Baseline: ${baseline.clinicalValue} ${baseline.clinicalUnit}`.trim()
            : undefined
        }
        value={review.clinicalValueNow}
        onChange={(clinicalValueNow) => onChange({ clinicalValueNow })}
      />
    </>
  );
}
