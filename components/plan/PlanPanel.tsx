import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { plansToHtmlPage } from '../../lib/export/html';
import { newId } from '../../lib/ids/new-id';
import type { EhrContext } from '../../lib/insert/ehr-context';
import type { InsertOutcome } from '../../lib/insert/insert-into-ehr';
import { insertMessage } from '../../lib/insert/messages';
import { recordPlanGiven, type PlanGiven } from '../../lib/storage/plans-given';
import type { JargonEntry } from '../../lib/plan/jargon';
import type { DocumentLanguage } from '../../lib/plan/plan-types';
import { acceptPlainWord } from '../../lib/plan/plain-words';
import { neutraliseBidi } from '../../lib/plan/safe-text';
import { useApp } from '../app-context';
import { useEarlierPlan } from '../review/use-earlier-plan';
import { downloadBlob } from '../options-page/download-blob';
import { copyHtml, copyText } from '../ui/clipboard';
import { ehrInserter } from './ehr-inserter';
import { ConfirmPatient } from './ConfirmPatient';
import { InsertTarget } from './InsertTarget';
import { JargonList } from './JargonList';
import { NotTranslated } from './NotTranslated';
import { planCopyGiven } from './plan-copy-given';
import { PlanActions, type PlanAction } from './PlanActions';
import { planContextFor, printSize } from '../../lib/plan/plan-context';
import { fileStem, planOutputs, type PlanVersion } from '../../lib/export/plan-outputs';
import { PlanDocumentView } from './PlanDocumentView';
import { useGridUsed } from './use-grid-used';
import { useInsertTarget } from './use-insert-target';
import { useSettled } from './use-settled';
import { ReadingEase } from './ReadingEase';
import { TextMessageToggle } from '../sms/TextMessageToggle';
import './plan.css';

/**
 * The agreed plan at the end of "agreeing the way forward" (docs/plan-truth.md): previews of the
 * patient version and the clinician note, readability and jargon, and every way out
 * (insert, copy, print, download, FHIR), each one click or one key.
 */
/** How long typing must pause before the preview, reading ease and jargon list catch up. */
const PREVIEW_PAUSE_MS = 250;

export function PlanPanel() {
  const { model, settings, db } = useApp();
  const consultation = model.consultation.value;
  const current = settings.value;
  const [version, setVersion] = useState<PlanVersion>('patient');
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  // The EHR field Insert writes into, chosen when the panel gains focus (lib/insert).
  const [target, setTarget, chooseAgain] = useInsertTarget(
    () => settings.value,
    () => model.consultation.value?.id ?? '',
  );
  // Asked when the EHR page is not this consultation's patient: nothing is written until answered.
  const [confirm, setConfirm] = useState<{
    action: PlanAction;
    outcome: Extract<InsertOutcome, { status: 'confirm-patient' }>;
  } | null>(null);
  // A review's plan says what changed since the plan it reviews (docs/plan-truth.md, "The review cycle").
  const previous = useEarlierPlan();
  // The grid read together, so the note names the questions that mattered rather than their ids.
  const { grid, translations } = useGridUsed(consultation?.options.grid?.id);
  // The preview follows typing after a pause; what leaves the panel is always built from the latest text.
  const shown = useSettled(consultation, PREVIEW_PAUSE_MS);
  const outputs = useMemo(
    () =>
      shown
        ? planOutputs(shown, {
            ...planContextFor(shown, current),
            previous,
            grid,
            gridTranslations: translations,
          })
        : null,
    [shown, current, previous, grid, translations],
  );

  if (!consultation || !outputs) return null;
  const previewed = outputs;
  const stem = fileStem(consultation);

  const say = (text: string, ok = true) => setMessage({ text, ok });
  const download = (content: string, type: string, name: string) => {
    downloadBlob(document, new Blob([content], { type }), name);
    say(`Saved ${name} to your downloads.`);
  };

  // What the patient was given: the note's "Copy of plan given" line (planCopyGiven,
  // docs/plan-truth.md) and a row for the earlier-consultations list (lib/storage/plans-given.ts).
  const given = (format: PlanGiven['format'], text: string, languages: readonly DocumentLanguage[]) => {
    planCopyGiven(model, format === 'insert' ? 'inserted' : 'downloaded', languages);
    void db
      .then((opened) =>
        recordPlanGiven(
          opened,
          { consultationId: consultation.id, format, language: consultation.preparation.language, text },
          newId(),
          new Date(),
        ),
      )
      .catch(() => undefined);
  };

  async function act(action: PlanAction, confirmed?: EhrContext): Promise<void> {
    const consultation = model.consultation.value;
    if (!consultation) return;
    const outputs =
      consultation === shown && previewed
        ? previewed
        : planOutputs(consultation, {
            ...planContextFor(consultation, current),
            previous,
            grid,
            gridTranslations: translations,
          });
    const languages = outputs.patient.map((doc) => doc.language);
    switch (action) {
      case 'insert-note':
      case 'insert-patient': {
        const which: PlanVersion = action === 'insert-note' ? 'note' : 'patient';
        // An earlier "Inserted into …" must not stand beside a new attempt that has not finished.
        say('Inserting…');
        const inserter = ehrInserter(() => settings.value);
        const outcome = await inserter.insert(outputs.text[which], outputs.html[which], {
          consultationId: consultation.id,
          ...(confirmed ? { confirmed } : {}),
        });
        setTarget(inserter.current());
        setConfirm(outcome.status === 'confirm-patient' ? { action, outcome } : null);
        if (which === 'patient' && outcome.status === 'inserted')
          given('insert', outputs.text.patient, languages);
        return setMessage(insertMessage(outcome, consultation.patientRef));
      }
      case 'copy-text':
        await copyText(outputs.text[version]);
        return say('Copied as plain text — click in the EHR note and press Ctrl+V.');
      case 'copy-html':
        await copyHtml(outputs.html[version], outputs.text[version]);
        return say('Copied with formatting — click in the EHR note and press Ctrl+V.');
      case 'patient-view':
        // The patient view reads the stored consultation: make sure the last keystrokes are in it.
        await model.flush();
        await browser.tabs.create({
          url: `${browser.runtime.getURL('/patient-view.html')}?id=${encodeURIComponent(consultation.id)}`,
        });
        return say('Opened the patient view in a new tab.');
      case 'download-html':
        given('download-html', outputs.text.patient, languages);
        return download(
          plansToHtmlPage(outputs.patient, {
            size: printSize(consultation, current),
            title: outputs.patient[0]?.title ?? 'Your plan',
          }),
          'text/html',
          `${stem}.html`,
        );
      case 'download-text':
        given('download-text', outputs.text.patient, languages);
        return download(outputs.text.patient, 'text/plain', `${stem}.txt`);
      case 'fhir': {
        // Loaded on first use: the FHIR builder is not part of the sidebar's first payload.
        const { buildFhirBundle } = await import('../../lib/export/fhir');
        const bundle = buildFhirBundle(consultation, { ...planContextFor(consultation, current), grid });
        const json = neutraliseBidi(JSON.stringify(bundle, null, 2));
        return download(json, 'application/fhir+json', `${stem}.fhir.json`);
      }
    }
  }
  const run = (action: PlanAction, confirmed?: EhrContext) =>
    void act(action, confirmed).catch((error: unknown) =>
      say(`That did not work: ${error instanceof Error ? error.message : String(error)}`, false),
    );
  const accept = (entry: JargonEntry) => model.update((c) => acceptPlainWord(c, entry));
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
          onConfirm={() => run(confirm.action, confirm.outcome.now)}
          onCancel={() => {
            setConfirm(null);
            say(
              'Nothing was written. Open the right patient in the EHR, click in the note field, then come back here.',
              false,
            );
          }}
        />
      ) : null}
      <PlanActions onAction={(action) => run(action)} />
      <TextMessageToggle consultation={consultation} settings={current} grid={grid} />
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
