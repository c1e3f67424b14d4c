import { welshReviewLines } from '../../lib/i18n/welsh-review';

/**
 * What a practice must know before giving Welsh plans: which Welsh wording no first-language
 * Welsh clinical reviewer has signed (lib/i18n/welsh-review.ts).
 */
export function WelshReviewSection() {
  return (
    <section class="options-section" aria-labelledby="welsh-review-title">
      <h2 id="welsh-review-title">Welsh wording</h2>
      <p class="field__hint">
        Cocreate’s team drafted the Welsh. Have a first-language Welsh clinician check it before patients rely
        on it.
      </p>
      <ul>
        {welshReviewLines().map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
