import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readCollaborateResponse } from '../../lib/collaborate/read-response';
import { handOverLanguage } from '../../lib/collaborate/welsh-switch';
import { formatPrintTime } from '../../lib/i18n/format-date';
import { recordHandOverEndedEarly } from '../../lib/collaborate/hand-over-actions';
import { useApp } from '../app-context';
import { HAND_OVER_CHANNEL } from '../../lib/collaborate/hand-over-end';
import { handOverEndedEarly } from './hand-over-lock';
import { loadHoldToUnlock } from './HandOverLocked';
import { openHandOver } from './open-hand-over';
import { minimiseOthers, restoreWindows, watchHandOver, type WindowsApi } from './watch-hand-over';

const answeredOn = (iso: string) => {
  const when = iso ? formatPrintTime(new Date(iso), 'en') : '';
  return when ? ` on ${when}` : '';
};

/**
 * collaboRATE as its authors intend (docs/collaborate.md): the clinician hands the screen
 * over and the patient answers privately on a page of its own. The panel says only whether
 * the patient answered, never the answers: those are read in aggregate, in the audit.
 */
export function CollaborateHandOver() {
  const { model, settings } = useApp();
  const consultation = model.consultation.value;
  const [problem, setProblem] = useState('');
  if (!consultation) return null;
  const answered = readCollaborateResponse(consultation.collaborate);
  const wanted = consultation.preparation.language === 'cy' ? 'cy' : 'en';
  const language = handOverLanguage(wanted, settings.value.collaborateWelshAgreement);
  const handOver = async () => {
    setProblem('');
    // The panel may lock when the hand-over ends: its hold button is ready before the patient has the screen.
    // The hand-over page reads the stored record: make sure the last keystrokes are in it.
    await Promise.all([model.flush(), loadHoldToUnlock().catch(() => undefined)]);
    const channel = new BroadcastChannel(HAND_OVER_CHANNEL);
    const windows = browser.windows as unknown as WindowsApi;
    const windowId = await openHandOver(browser, consultation.id, language);
    if (windowId === undefined) return channel.close();
    // Watched from before anything else, so a window closed at once is still seen.
    const ended = watchHandOver(windows, channel, windowId, consultation.id);
    const minimised = await minimiseOthers(windows, windowId);
    const how = await ended;
    channel.close();
    await restoreWindows(windows, minimised);
    if (how === 'ended-early') {
      handOverEndedEarly.value = true;
      // Logged on the consultation: when a hand-over was left without the hold.
      model.apply(recordHandOverEndedEarly, model.today().toISOString());
    }
  };
  return (
    <section class="collaborate-hand-over" aria-labelledby="collaborate-hand-over-title">
      <h3 id="collaborate-hand-over-title">collaboRATE</h3>
      <p class="field__hint">
        Three questions the patient answers privately at the end, on a full screen of its own. To come back,
        press and hold the button at the bottom of their screen.
      </p>
      {wanted !== language ? (
        <p class="field__hint">
          In English only: the Welsh version waits for the collaboRATE authors’ agreement, which your practice
          records in Settings.
        </p>
      ) : null}
      <button
        type="button"
        onClick={() =>
          void handOver().catch((error: unknown) =>
            setProblem(
              `The screen could not open: ${error instanceof Error ? error.message : String(error)}`,
            ),
          )
        }
      >
        {answered ? 'Hand over again (a new response; the first is kept)' : 'Hand over to the patient'}
      </button>
      <p role="status" class={problem ? 'plan-message plan-message--warn' : 'field__hint'}>
        {problem ||
          (answered
            ? `The patient answered${answeredOn(answered.answeredAt)}. Their answers are not shown here; they count in your audit.`
            : 'Not answered yet.')}
      </p>
    </section>
  );
}
