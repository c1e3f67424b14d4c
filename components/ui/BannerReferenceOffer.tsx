import { referenceFromBanner } from '../../lib/domain/banner-reference';
import { setPatientRef } from '../../lib/domain/consultation-actions';
import type { Inserter } from '../../lib/insert/insert-into-ehr';
import { useModel } from '../app-context';
import { focusField } from './focus-field';

/**
 * The reference the EHR page's patient banner shows, '' when none can be read. The banner's text
 * goes no further than this function: only initials and year of birth come out of it.
 */
export async function readBannerReference(inserter: () => Promise<Inserter>): Promise<string> {
  const facts = await (await inserter()).page();
  return referenceFromBanner(facts?.banner ?? '');
}

/**
 * The reference offered in one click; using it puts the cursor in the patient's agenda box,
 * the next thing the quick path needs (docs/quick-path.md, "The reference in one click").
 */
export function BannerReferenceOffer({ reference }: { reference: string }) {
  const model = useModel();
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
