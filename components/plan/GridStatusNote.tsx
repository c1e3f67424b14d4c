import type { OptionGrid } from '../../lib/option-grids/grid';
import { gridInLanguage } from '../../lib/option-grids/grid-language';
import { gridStatus, gridUsedHeading } from '../../lib/option-grids/grid-status';
import type { DocumentLanguage } from '../../lib/plan/plan-types';

interface Props {
  grid: OptionGrid | null;
  translations: readonly OptionGrid[];
  language: DocumentLanguage;
  today: string;
}

/**
 * On the patient's plan, on screen and on paper: the option grid its choices came from is a
 * sample nobody at the practice has signed off, or is overdue for review, as the panel and the
 * grid view say (docs/option-grids.md "Sign-off"). The plan in Welsh takes its options from the
 * Welsh grid, so it is that grid's status that counts there.
 */
export function GridStatusNote({ grid, translations, language, today }: Props) {
  const shown = gridInLanguage(grid, translations, language) ?? grid;
  if (!shown) return null;
  const { labels } = gridStatus(shown, today, language);
  if (labels.length === 0) return null;
  const heading = gridUsedHeading(shown, language);
  return (
    <section class="patient-view__grid-status" role="note" aria-label={heading} lang={language}>
      <p class="patient-view__grid-status-heading">{heading}</p>
      {labels.map((label) => (
        <p key={label}>{label}</p>
      ))}
    </section>
  );
}
