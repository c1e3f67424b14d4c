import type { UntranslatedLine } from '../../lib/plan/not-translated';

/** English lines in the Welsh version, for the clinician to translate (docs/plan-truth.md, "Two languages"). */
export function NotTranslated({ lines }: { lines: readonly UntranslatedLine[] }) {
  if (lines.length === 0) return null;
  return (
    <div class="plan-untranslated">
      <p class="field__label" id="plan-untranslated-label">
        Not translated: English in the Welsh version
      </p>
      <ul aria-labelledby="plan-untranslated-label">
        {lines.map((l, index) => (
          <li key={index}>
            {l.heading}
            {l.label ? ` · ${l.label}` : ''}: “{l.text}” (not translated)
          </li>
        ))}
      </ul>
    </div>
  );
}
