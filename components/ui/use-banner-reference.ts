import { useEffect, useState } from 'preact/hooks';
import { referenceFromBanner } from '../../lib/domain/banner-reference';
import type { Settings } from '../../lib/settings/settings';

/**
 * The reference (initials and year of birth) the EHR page's patient banner shows, read when the
 * clinician turns to the panel, as the insertion lock reads it (docs/privacy.md, "When Cocreate
 * enters the EHR page"), and only while the reference is empty. The banner's text stays inside
 * this function: only the reference is kept, and only on screen until it is used.
 * The inserter's code loads on that first read, not with the panel.
 */
export function useBannerReference(settings: () => Settings, wanted: boolean): string {
  const [reference, setReference] = useState('');
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const read = () =>
      void import('../plan/ehr-inserter')
        .then(({ ehrInserter }) => ehrInserter(settings).page())
        .then(
          (facts) => live && setReference(referenceFromBanner(facts?.banner ?? '')),
          () => undefined,
        );
    // Opened from the toolbar icon or the shortcut, the panel starts focused and gets no focus event.
    if (document.hasFocus()) read();
    window.addEventListener('focus', read);
    return () => {
      live = false;
      window.removeEventListener('focus', read);
    };
  }, [wanted]);
  return wanted ? reference : '';
}
