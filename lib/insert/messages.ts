import type { PageChange } from './binding';
import type { EhrContext } from './ehr-context';
import type { InsertOutcome, InsertPlace, MarkProblem } from './insert-into-ehr';

const TRY_AGAIN = 'Click in the note field in the EHR, then choose Insert again.';
const NOTHING = 'Nothing was written:';

const CHANGE_WORDS: Record<PageChange, string> = {
  address: 'the EHR tab’s address changed',
  title: 'the EHR tab’s title changed',
  banner: 'the patient banner changed',
};

/** "Free-text note · Demo EHR (http://127.0.0.1:5177) · banner “EXAMPLE, Alex” · Cocreate patient AE 1961". */
export function describePlace(place: InsertPlace, patientRef: string): string {
  return [
    place.label || 'the field you chose',
    place.title
      ? `in “${place.title}” (${place.origin || 'this tab'})`
      : `in ${place.origin || 'the EHR tab'}`,
    place.banner ? `patient banner “${place.banner}”` : '',
    `Cocreate patient ${patientRef.trim() ? `“${patientRef.trim()}”` : '(no reference typed)'}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** What the sidebar says after an insertion: plain words, and always whether anything was written. */
export function insertMessage(outcome: InsertOutcome, patientRef: string): { text: string; ok: boolean } {
  switch (outcome.status) {
    case 'inserted':
      return { text: `Inserted into ${describePlace(outcome.place, patientRef)}.`, ok: true };
    case 'copied':
      return {
        text:
          outcome.why === 'not-allowed'
            ? 'Cocreate may not write into this tab yet, so the plan was copied: click in the EHR note and press Ctrl+V. To insert directly, open Cocreate from its toolbar icon on the EHR page, or choose “Always allow”.'
            : outcome.why === 'closed-shadow'
              ? `${NOTHING} ${CLOSED_SHADOW} The note was copied instead: click in the field and press Ctrl+V.`
              : 'Copied — click in the EHR note and press Ctrl+V.',
        ok: outcome.why !== 'closed-shadow',
      };
    case 'confirm-patient':
      return {
        text: `${NOTHING} this EHR page may show another patient than the one this consultation is bound to. Compare the two below: confirm only if it is the same patient.`,
        ok: false,
      };
    case 'lines-joined':
      return {
        text: `Nothing was saved correctly: the EHR joined the lines — use Copy. ${
          outcome.undone
            ? 'Cocreate took its text back out of the field.'
            : 'Part of the text may still be in the field: check it and remove it.'
        }`,
        ok: false,
      };
    case 'no-field':
      return { text: `${NOTHING} no note field had the cursor in the EHR. ${TRY_AGAIN}`, ok: false };
    case 'page-changed':
      return {
        text: `${NOTHING} the EHR tab now shows a different page from the one where you chose the field (it may be another patient). ${TRY_AGAIN}`,
        ok: false,
      };
    case 'patient-changed':
      return {
        text: `${NOTHING} ${outcome.changes.map((change) => CHANGE_WORDS[change]).join(', and ')} since you chose the field — it may be another patient. ${TRY_AGAIN}`,
        ok: false,
      };
    case 'field-gone':
      return { text: `${NOTHING} the field you chose is no longer on the EHR page. ${TRY_AGAIN}`, ok: false };
    case 'hidden-field':
      return {
        text: `${NOTHING} the field with the cursor is hidden or cannot be used, so Cocreate will not write into it. ${TRY_AGAIN}`,
        ok: false,
      };
    case 'cross-origin':
      return { text: `${NOTHING} ${CROSS_ORIGIN}`, ok: false };
    case 'not-accepted':
      return {
        text: `${NOTHING} the EHR field did not keep the text (read back, it was not there). Use Copy instead.`,
        ok: false,
      };
    case 'failed':
      return {
        text: `${NOTHING} the field did not accept the text (${outcome.reason}). Use Copy instead.`,
        ok: false,
      };
  }
}

const CLOSED_SHADOW =
  'the field with the cursor is inside a closed part of the EHR page (a closed shadow root) that Cocreate cannot reach.';

const CROSS_ORIGIN =
  'the field with the cursor is in a part of the EHR page that Cocreate cannot reach (a frame from another site). Use Copy, then paste it in.';

/** What the panel says beside Insert when no field is chosen, by the reason. */
export function markHint(problem: MarkProblem): string {
  switch (problem) {
    case 'cross-origin':
      return `No field chosen: ${CROSS_ORIGIN}`;
    case 'closed-shadow':
      return `No field chosen: ${CLOSED_SHADOW} Use Copy, then paste it in (Insert copies it for you).`;
    case 'hidden-field':
      return 'No field chosen: the field with the cursor is hidden or cannot be used. Click in the note field in the EHR, then come back here.';
    case 'no-access':
      return 'Cocreate may not write into this tab yet. Open Cocreate from its toolbar icon (or its shortcut) while the EHR is showing, or choose “Always allow” below.';
    case 'other-site':
      return 'The tab beside Cocreate is not your EHR (see “Your EHR’s web address” in Settings): Cocreate does not enter it.';
    case null:
      return 'To insert, click in the note field in the EHR, then click here.';
  }
}

/** One EHR context in words, for the patient lock and the same-patient question. */
export function describeContext(context: EhrContext): string {
  return [
    context.banner ? `banner “${context.banner}”` : 'no patient banner recognised',
    context.title ? `page “${context.title}”` : 'page with no title',
    context.patientKey ? `address names “${context.patientKey}”` : 'address names no patient',
    context.site || 'this tab',
  ].join(' · ');
}
