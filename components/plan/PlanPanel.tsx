import { useCallback, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Consultation } from '../../lib/domain/consultation';
import type { EhrContext } from '../../lib/insert/ehr-context';
import type { InsertOutcome } from '../../lib/insert/insert-into-ehr';
import { insertMessage } from '../../lib/insert/messages';
import type { JargonEntry } from '../../lib/plan/jargon';
import { acceptPlainWord } from '../../lib/plan/plain-words';
import { buildAgreedPlan } from '../../lib/plan/build-agreed-plan';
import type { AgreedPlan } from '../../lib/plan/agreed-plan';
import type { HandedOverAs, OutputChoice, PlanOutput } from '../../lib/outputs/plan-output';
import { PLAN_OUTPUTS } from '../../lib/outputs/registry';
import { useApp } from '../app-context';
import { useEarlierPlan } from '../review/use-earlier-plan';
import { downloadBlob } from '../options-page/download-blob';
import { copyHtml, copyText } from '../ui/clipboard';
import { ConfirmPatient } from './ConfirmPatient';
import { InsertTarget } from './InsertTarget';
import { JargonList } from './JargonList';
import { NotTranslated } from './NotTranslated';
import { PlanActions } from './PlanActions';
import { useOfferToPlanBar } from './plan-bar-actions';
import { planContextFor } from '../../lib/plan/plan-context';
import { planPreview, type PlanVersion } from '../../lib/export/plan-outputs';
import { PlanDocumentView } from './PlanDocumentView';
import { useGridUsed } from './use-grid-used';
import { useInsertTarget } from './use-insert-target';
import { useSettled } from './use-settled';
import { ReadingEase } from './ReadingEase';
import { TextMessageToggle } from '../sms/TextMessageToggle';
import './plan.css';

/**
 * The agreed plan at the end of "agreeing the way forward" (docs/plan-truth.md): previews of the
 * patient version and the clinician note, readability and jargon, and every way out from the
 * output registry (lib/outputs/registry.ts), each one click or one key.
 */
/** How long typing must pause before the preview, reading ease and jargon list catch up. */
const PREVIEW_PAUSE_MS = 250;
/** Buttons: every output but the text message, which has its own editable box. */
const BUTTONS = PLAN_OUTPUTS.filter((o) => o.delivery !== 'text-message');
const TEXT_MESSAGE = PLAN_OUTPUTS.find((o) => o.delivery === 'text-message');

export function PlanPanel() {
  const { model, settings, signingKey } = useApp();
  const consultation = model.consultation.value;
  const current = settings.value;
  const [version, setVersion] = useState<PlanVersion>('patient');
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  // The EHR field Insert writes into, chosen when the panel gains focus (lib/insert).
  const [target, setTarget, chooseAgain] = useInsertTarget(
    model.inserter,
    () => model.consultation.value?.id ?? '',
  );
  // Asked when the EHR page is not this consultation's patient: nothing is written until answered.
  const [confirm, setConfirm] = useState<{
    output: PlanOutput;
    outcome: Extract<InsertOutcome, { status: 'confirm-patient' }>;
  } | null>(null);
  // A review's plan says what changed since the plan it reviews (docs/plan-truth.md, "The review cycle").
  const previous = useEarlierPlan();
  // The grid read together, so the note names the questions that mattered rather than their ids.
  const { grid, translations } = useGridUsed(consultation?.options.grid?.id);
  // The agreed-plan document, built once per settled change; what leaves the panel is always
  // built from the latest text.
  const shown = useSettled(consultation, PREVIEW_PAUSE_MS);
  const documentOf = useCallback(
    (c: Consultation): AgreedPlan =>
      buildAgreedPlan(c, {
        ...planContextFor(c, current),
        previous,
        grid,
        gridTranslations: translations,
        signingKey: signingKey?.value,
      }),
    [current, previous, grid, translations, signingKey?.value],
  );
  const outputs = useMemo(() => (shown ? planPreview(documentOf(shown)) : null), [shown, documentOf]);
  const offerToBar = useOfferToPlanBar();

  if (!consultation || !outputs) return null;
  const previewed = outputs;

  const say = (text: string, ok = true) => setMessage({ text, ok });

  // What the patient was given: the note's line and a row for the earlier-consultations list.
  const given = (as: HandedOverAs, plan: AgreedPlan, text: string) =>
    model.recordPlanGiven(as.how, plan.languages, {
      consultationId: plan.consultationId,
      format: as.format,
      language: plan.planLanguage,
      text,
    });

  async function act(output: PlanOutput, confirmed?: EhrContext): Promise<void> {
    const latest = model.consultation.value;
    if (!latest) return;
    const plan = latest === shown ? previewed.plan : documentOf(latest);
    const choice: OutputChoice = { version };
    if (output.delivery === 'patient-view') {
      // The patient view reads the stored consultation: make sure the last keystrokes are in it.
      await model.flush();
      await browser.tabs.create({
        url: `${browser.runtime.getURL('/patient-view.html')}?id=${encodeURIComponent(latest.id)}`,
      });
      return say('Opened the patient view in a new tab.');
    }
    const content = await output.build(plan, choice);
    const handedOver = output.record(plan, choice);
    switch (output.delivery) {
      case 'insert': {
        // An earlier "Inserted into …" must not stand beside a new attempt that has not finished.
        say('Inserting…');
        const inserter = await model.inserter();
        const outcome = await inserter.insert(content.text, content.html ?? content.text, {
          consultationId: latest.id,
          ...(confirmed ? { confirmed } : {}),
        });
        setTarget(inserter.current());
        setConfirm(outcome.status === 'confirm-patient' ? { output, outcome } : null);
        if (handedOver && outcome.status === 'inserted') given(handedOver, plan, content.text);
        return setMessage(insertMessage(outcome, latest.patientRef));
      }
      case 'copy-text':
        await copyText(content.text);
        return say('Copied as plain text — click in the EHR note and press Ctrl+V.');
      case 'copy-html':
        await copyHtml(content.html ?? content.text, content.text);
        return say('Copied with formatting — click in the EHR note and press Ctrl+V.');
      case 'download': {
        const file = content.file ?? { name: 'cocreate-plan.txt', type: 'text/plain' };
        if (handedOver) given(handedOver, plan, content.text);
        downloadBlob(document, new Blob([content.text], { type: file.type }), file.name);
        return say(`Saved ${file.name} to your downloads.`);
      }
      case 'text-message':
        return undefined;
    }
  }
  const run = (output: PlanOutput, confirmed?: EhrContext) =>
    void act(output, confirmed).catch((error: unknown) =>
      say(`That did not work: ${error instanceof Error ? error.message : String(error)}`, false),
    );
  offerToBar(run);
  const accept = (entry: JargonEntry) => model.apply(acceptPlainWord, entry);
  const noPracticeNumber = current.practiceContact.trim() === '';

  return (
    <section class="plan-panel" aria-labelledby="plan-panel-heading">
      <h3 id="plan-panel-heading">The agreed plan</h3>
      {noPracticeNumber ? (
        <p class="plan-message plan-message--warn" role="note">
          The plan has no practice phone number: add the practice contact line in Settings.
        </p>
      ) : null}
      <ReadingEase reading={outputs.reading} />
      <JargonList found={outputs.jargon} onAccept={accept} />
      <NotTranslated lines={outputs.untranslated} />
      <InsertTarget
        state={target}
        patientRef={consultation.patientRef}
        ehrAddress={current.ehrAddress}
        onAllowed={chooseAgain}
      />
      {confirm ? (
        <ConfirmPatient
          bound={confirm.outcome.bound}
          now={confirm.outcome.now}
          onConfirm={() => run(confirm.output, confirm.outcome.now)}
          onCancel={() => {
            setConfirm(null);
            say(
              'Nothing was written. Open the right patient in the EHR, click in the note field, then come back here.',
              false,
            );
          }}
        />
      ) : null}
      <PlanActions outputs={BUTTONS} onAction={(output) => run(output)} />
      {TEXT_MESSAGE ? (
        <TextMessageToggle
          output={TEXT_MESSAGE}
          plan={outputs.plan}
          onCopied={(as, text) => given(as, outputs.plan, text)}
        />
      ) : null}
      <p class={message?.ok === false ? 'plan-message plan-message--warn' : 'plan-message'} role="status">
        {message?.text ?? ''}
      </p>
      <fieldset class="plan-version">
        <legend class="field__label">Preview and copy</legend>
        <label class="choice">
          <input
            autocomplete="off"
            type="radio"
            name="plan-version"
            checked={version === 'patient'}
            onChange={() => setVersion('patient')}
          />
          Patient version
        </label>
        <label class="choice">
          <input
            autocomplete="off"
            type="radio"
            name="plan-version"
            checked={version === 'note'}
            onChange={() => setVersion('note')}
          />
          Clinician note
        </label>
      </fieldset>
      <div
        class="plan-preview"
        aria-label={version === 'patient' ? 'Patient version preview' : 'Clinician note preview'}
        role="region"
      >
        {version === 'patient' ? (
          <div class={outputs.patient.length > 1 ? 'plan-preview__columns' : undefined}>
            {outputs.patient.map((doc) => (
              <PlanDocumentView key={doc.language} doc={doc} level={3} />
            ))}
          </div>
        ) : (
          <pre class="plan-preview__note">{outputs.text.note}</pre>
        )}
      </div>
    </section>
  );
}
