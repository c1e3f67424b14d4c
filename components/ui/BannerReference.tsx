import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../app-context';
import type * as OfferModule from './BannerReferenceOffer';

let offer: typeof OfferModule | undefined;

/**
 * The patient reference from the EHR page's patient banner, read when the clinician turns to the
 * panel, as the insertion lock reads the banner (docs/privacy.md, "When Cocreate enters the EHR
 * page"), and only while the reference is empty. Its code (and the inserter's) loads on that
 * first read, not with the panel (docs/performance.md, payload).
 */
export function BannerReference({ empty }: { empty: boolean }) {
  const { model } = useApp();
  const [reference, setReference] = useState('');
  useEffect(() => {
    if (!empty) return;
    let live = true;
    const read = () =>
      void import('./BannerReferenceOffer')
        .then((loaded) => (offer = loaded).readBannerReference(model.inserter))
        .then(
          (found) => live && setReference(found),
          () => undefined,
        );
    // Opened from the toolbar icon or the shortcut, the panel starts focused and gets no focus event.
    if (document.hasFocus()) read();
    window.addEventListener('focus', read);
    return () => {
      live = false;
      window.removeEventListener('focus', read);
    };
  }, [empty]);
  return empty && reference && offer ? h(offer.BannerReferenceOffer, { reference }) : null;
}
