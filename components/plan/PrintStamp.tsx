import { PLAN_WORDS } from '../../lib/plan/build-patient-plan';
import { formatPrintTime } from '../../lib/i18n/format-date';
import type { DocumentLanguage } from '../../lib/plan/plan-types';

/** "Printed on 29 November 2026 at 20:41": an older paper copy is recognisably older. */
export function PrintStamp({ at, language }: { at: Date; language: DocumentLanguage }) {
  return (
    <p class="patient-view__printed" data-printed-at={at.toISOString()}>
      {PLAN_WORDS[language].printedAt(formatPrintTime(at, language))}
    </p>
  );
}
