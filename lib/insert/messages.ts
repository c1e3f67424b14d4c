import type { InsertOutcome } from './insert-into-ehr';

const TRY_AGAIN = 'Click in the note field in the EHR, then choose Insert again.';

/** What the sidebar says after an insertion: plain words, and always whether anything was written. */
export function insertMessage(outcome: InsertOutcome): { text: string; ok: boolean } {
  switch (outcome.status) {
    case 'inserted':
      return { text: `Inserted into ${outcome.label || 'the note field'}.`, ok: true };
    case 'copied':
      return { text: 'Copied — click in the EHR note and press Ctrl+V.', ok: true };
    case 'no-field':
      return {
        text: `Nothing was written: no note field had the cursor in the EHR. ${TRY_AGAIN}`,
        ok: false,
      };
    case 'page-changed':
      return {
        text: `Nothing was written: the EHR page has changed since you chose the field. ${TRY_AGAIN}`,
        ok: false,
      };
    case 'field-gone':
      return {
        text: `Nothing was written: the field you chose is no longer on the EHR page. ${TRY_AGAIN}`,
        ok: false,
      };
    case 'failed':
      return { text: `Nothing was written: the field did not accept the text. Use Copy instead.`, ok: false };
  }
}
