import { setPatientRef } from '../../lib/domain/consultation-actions';
import { useApp } from '../app-context';
import { focusField } from './focus-field';
import { useBannerReference } from './use-banner-reference';

/**
 * The patient reference in one click from the EHR page's patient banner (docs/quick-path.md,
 * "The reference in one click"), offered while the reference is empty. Using it puts the
 * cursor in the patient's agenda box, the next thing the quick path needs.
 */
export function BannerReference({ empty }: { empty: boolean }) {
  const { model, settings } = useApp();
  const reference = useBannerReference(() => settings.value, empty);
  if (!reference) return null;
  return (
    <p class="patient-ref__banner">
      <button
        type="button"
        aria-label={`Use ${reference} from the EHR's patient banner`}
        onClick={() => {
          model.apply(setPatientRef, reference);
          focusField("Patient's agenda item (their own words)");
        }}
      >
        Use {reference}
      </button>{' '}
      <span class="field__hint">from the EHR’s patient banner (initials and year of birth only)</span>
    </p>
  );
}
