import { setPatientRef } from '../../lib/domain/consultation-actions';
import { patientRefWarnings } from '../../lib/domain/patient-ref';
import { useModel } from '../app-context';
import { DueReviews } from '../review/DueReviews';
import { BannerReference } from './BannerReference';
import { ReviewOffer } from '../review/ReviewOffer';
import { EarlierConsultations } from './EarlierConsultations';

const WARNINGS = {
  'nhs-number': 'This looks like an NHS number.',
  'full-name': 'This looks like a full name.',
} as const;

/**
 * The local patient reference (docs/privacy.md, "What is stored, and where"). We warn rather than block:
 * the clinician decides, but a local reference keeps identifiers out of this
 * browser's store if the PC is shared or the data is exported.
 */
export function PatientReference() {
  const model = useModel();
  const consultation = model.consultation.value;
  if (!consultation) return null;
  const warnings = patientRefWarnings(consultation.patientRef);
  return (
    <div class="patient-ref">
      <div class="field">
        <label class="field__label" for="patient-ref">
          Patient reference
        </label>
        <span class="field__hint" id="patient-ref-hint">
          A local reference, e.g. initials and year of birth
        </span>
        <input
          autocomplete="off"
          id="patient-ref"
          value={consultation.patientRef}
          aria-describedby={warnings.length ? 'patient-ref-hint patient-ref-warning' : 'patient-ref-hint'}
          onInput={(event) => {
            const patientRef = event.currentTarget.value;
            model.apply(setPatientRef, patientRef);
          }}
        />
      </div>
      <BannerReference empty={consultation.patientRef.trim() === ''} />
      {warnings.length > 0 ? (
        <p class="nudge nudge--warn" id="patient-ref-warning" role="status">
          {warnings.map((w) => WARNINGS[w]).join(' ')} We suggest a local reference such as initials and year
          of birth: this sidebar keeps its notes in this browser, and a local reference means a shared PC or
          an exported file does not carry the patient's identity.
        </p>
      ) : null}
      <DueReviews />
      <ReviewOffer patientRef={consultation.patientRef} />
      <EarlierConsultations patientRef={consultation.patientRef} currentId={consultation.id} />
    </div>
  );
}
