import { useState } from 'preact/hooks';
import type { PlanAsked } from '../../lib/app/hand-over';
import type { PlanVersion } from '../../lib/export/plan-outputs';
import type { PlanOutput } from '../../lib/outputs/plan-output';
import type { JargonEntry } from '../../lib/plan/jargon';
import { acceptPlainWord } from '../../lib/plan/plain-words';
import { useApp } from '../app-context';
import { ConfirmPatient } from './ConfirmPatient';
import { InsertTarget } from './InsertTarget';
import { JargonList } from './JargonList';
import { NotTranslated } from './NotTranslated';
import { OutputButtons } from './OutputButtons';
import { useOfferToPlanBar } from './plan-bar-actions';
import { PlanPreview } from './PlanPreview';
import { ReadingEase } from './ReadingEase';
import { useHandOver } from './use-hand-over';
import { usePlanDocument } from './use-plan-document';
import './plan.css';

/**
 * The agreed plan at the end of "agreeing the way forward" (docs/plan-truth.md): previews of the
 * patient version and the clinician note, readability and jargon, and every way out from the
 * output registry (lib/outputs/registry.ts), each one click or one key. What a way out does is the
 * hand-over model's (lib/app/hand-over.ts); this view shows it and asks.
 */
export function PlanPanel() {
  const { model, settings } = useApp();
  const consultation = model.consultation.value;
  const current = settings.value;
  const [version, setVersion] = useState<PlanVersion>('patient');
  const { preview, planOf } = usePlanDocument(consultation);
  const handOver = useHandOver(model);
  const offerToBar = useOfferToPlanBar();

  if (!consultation || !preview) return null;

  const asked: PlanAsked = { choice: { version }, planOf };
  const send = (output: PlanOutput) => void handOver.send(output, asked);
  offerToBar(send);
  const accept = (entry: JargonEntry) => model.apply(acceptPlainWord, entry);
  const status = handOver.status.value;
  const confirming = handOver.confirming.value;

  return (
    <section class="plan-panel" aria-labelledby="plan-panel-heading">
      <h3 id="plan-panel-heading">The agreed plan</h3>
      {current.practiceContact.trim() === '' ? (
        <p class="plan-message plan-message--warn" role="note">
          The plan has no practice phone number: add the practice contact line in Settings.
        </p>
      ) : null}
      <ReadingEase reading={preview.reading} />
      <JargonList found={preview.jargon} onAccept={accept} />
      <NotTranslated lines={preview.untranslated} />
      <InsertTarget
        state={handOver.target.value}
        patientRef={consultation.patientRef}
        ehrAddress={current.ehrAddress}
        onAllowed={() => void handOver.chooseField()}
      />
      {confirming ? (
        <ConfirmPatient
          bound={confirming.bound}
          now={confirming.now}
          onConfirm={() => void handOver.confirmPatient(asked)}
          onCancel={handOver.cancelConfirm}
        />
      ) : null}
      <OutputButtons
        plan={preview.plan}
        onAction={send}
        onTextMessageCopied={(as, text) => handOver.recordGiven(as, preview.plan, text)}
      />
      <p class={status?.ok === false ? 'plan-message plan-message--warn' : 'plan-message'} role="status">
        {status?.text ?? ''}
      </p>
      <PlanPreview preview={preview} version={version} onVersion={setVersion} />
    </section>
  );
}
