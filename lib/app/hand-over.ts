import { signal, type ReadonlySignal } from '@preact/signals-core';
import type { Consultation } from '../domain/consultation';
import type { EhrContext } from '../insert/ehr-context';
import { NO_MARK, type MarkState } from '../insert/insert-into-ehr';
import { insertMessage } from '../insert/messages';
import type { HandedOverAs, OutputChoice, PlanOutput } from '../outputs/plan-output';
import type { AgreedPlan } from '../plan/agreed-plan';
import type { SidePanelApp } from './side-panel-app';

/** The plan panel's status line: what the last hand-over did, in plain words. */
export interface StatusLine {
  text: string;
  ok: boolean;
}

/** Where a plan goes outside the panel: the browser's tabs, clipboard and downloads, passed in. */
export interface PlanOutlets {
  openPatientView: (consultationId: string) => Promise<void>;
  copyText: (text: string) => Promise<void>;
  copyHtml: (html: string, text: string) => Promise<void>;
  download: (text: string, file: { name: string; type: string }) => void;
}

export interface HandOverDeps {
  app: Pick<SidePanelApp, 'consultation' | 'flush' | 'inserter' | 'recordPlanGiven'>;
  outlets: PlanOutlets;
}

/** How the panel builds the plan at the moment of a hand-over: the version previewed and the document. */
export interface PlanAsked {
  choice: OutputChoice;
  /** The agreed-plan document of a consultation, always the latest text (the preview may lag). */
  planOf: (consultation: Consultation) => AgreedPlan;
}

/** Asked when the EHR page may show another patient than the consultation's: nothing is written until answered. */
export interface PatientQuestion {
  output: PlanOutput;
  bound: EhrContext;
  now: EhrContext;
}

/**
 * The plan panel's hand-over (docs/architecture.md, "Views and their application model"): every
 * way out of the output registry (lib/outputs/registry.ts) run as a named command, the copy given
 * recorded, and what happened said in the status line. The view shows the signals and asks.
 */
export interface HandOver {
  status: ReadonlySignal<StatusLine | null>;
  /** The EHR field Insert writes into, with its patient lock. */
  target: ReadonlySignal<MarkState>;
  confirming: ReadonlySignal<PatientQuestion | null>;
  /** Hands the plan over by `output`; never rejects: a failure is said in the status line. */
  send: (output: PlanOutput, asked: PlanAsked) => Promise<void>;
  /** The clinician confirmed the EHR page shows this consultation's patient: insert there. */
  confirmPatient: (asked: PlanAsked) => Promise<void>;
  cancelConfirm: () => void;
  /** A copy that left by another view (the text-message box): the note's line and a plans row. */
  recordGiven: (as: HandedOverAs, plan: AgreedPlan, text: string) => void;
  /** The panel gained focus: the field with the cursor in the EHR becomes Insert's target. */
  chooseField: () => Promise<void>;
  /** The tab `tabId` changed address or title: read the target's page again (no plan text goes in). */
  followTab: (tabId: number) => Promise<void>;
}

const NO_FIELD: MarkState = NO_MARK;
const WRONG_PATIENT =
  'Nothing was written. Open the right patient in the EHR, click in the note field, then come back here.';

export function createHandOver({ app, outlets }: HandOverDeps): HandOver {
  const status = signal<StatusLine | null>(null);
  const target = signal<MarkState>(NO_FIELD);
  const confirming = signal<PatientQuestion | null>(null);
  const say = (text: string, ok = true) => void (status.value = { text, ok });
  const recordGiven = (as: HandedOverAs, plan: AgreedPlan, text: string) =>
    app.recordPlanGiven(as.how, plan.languages, {
      consultationId: plan.consultationId,
      format: as.format,
      language: plan.planLanguage,
      text,
    });

  async function deliver(output: PlanOutput, asked: PlanAsked, confirmed?: EhrContext): Promise<void> {
    const latest = app.consultation.value;
    if (!latest) return;
    if (output.delivery === 'patient-view') {
      // The patient view reads the stored consultation: make sure the last keystrokes are in it.
      await app.flush();
      await outlets.openPatientView(latest.id);
      return say('Opened the patient view in a new tab.');
    }
    const plan = asked.planOf(latest);
    const content = await output.build(plan, asked.choice);
    const handedOver = output.record(plan, asked.choice);
    switch (output.delivery) {
      case 'insert': {
        // An earlier "Inserted into …" must not stand beside a new attempt that has not finished.
        say('Inserting…');
        const inserter = await app.inserter();
        const outcome = await inserter.insert(content.text, content.html ?? content.text, {
          consultationId: latest.id,
          ...(confirmed ? { confirmed } : {}),
        });
        target.value = inserter.current();
        confirming.value =
          outcome.status === 'confirm-patient' ? { output, bound: outcome.bound, now: outcome.now } : null;
        if (handedOver && outcome.status === 'inserted') recordGiven(handedOver, plan, content.text);
        status.value = insertMessage(outcome, latest.patientRef);
        return;
      }
      case 'copy-text':
        await outlets.copyText(content.text);
        return say('Copied as plain text — click in the EHR note and press Ctrl+V.');
      case 'copy-html':
        await outlets.copyHtml(content.html ?? content.text, content.text);
        return say('Copied with formatting — click in the EHR note and press Ctrl+V.');
      case 'download': {
        const file = content.file ?? { name: 'cocreate-plan.txt', type: 'text/plain' };
        if (handedOver) recordGiven(handedOver, plan, content.text);
        outlets.download(content.text, file);
        return say(`Saved ${file.name} to your downloads.`);
      }
      case 'text-message':
        // Its own editable box copies it and calls recordGiven.
        return;
    }
  }

  const send = (output: PlanOutput, asked: PlanAsked, confirmed?: EhrContext) =>
    deliver(output, asked, confirmed).catch((error: unknown) =>
      say(`That did not work: ${error instanceof Error ? error.message : String(error)}`, false),
    );

  return {
    status,
    target,
    confirming,
    send: (output, asked) => send(output, asked),
    async confirmPatient(asked) {
      const question = confirming.value;
      if (question) await send(question.output, asked, question.now);
    },
    cancelConfirm() {
      confirming.value = null;
      say(WRONG_PATIENT, false);
    },
    recordGiven,
    async chooseField() {
      await app
        .inserter()
        .then((loaded) => loaded.mark(app.consultation.value?.id ?? ''))
        .then(
          (state) => void (target.value = state),
          () => undefined,
        );
    },
    async followTab(tabId) {
      await app
        .inserter()
        .then((loaded) => (tabId === loaded.current().mark?.tabId ? loaded.refresh() : null))
        .then(
          (state) => void (state && (target.value = state)),
          () => undefined,
        );
    },
  };
}
