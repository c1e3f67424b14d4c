import { signal, type ReadonlySignal } from '@preact/signals-core';
import type { Consultation, PlanCopyGiven } from '../domain/consultation';
import { restartClock, setPath } from '../domain/consultation-actions';
import type { ConsultationPath } from '../domain/elements';
import { dateAfter } from '../domain/follow-up';
import type { StoredGrid } from '../domain/stored-grid';
import type { CheckedEarlierPlan } from '../continuity/verify-earlier-plan';
import type { Inserter } from '../insert/insert-into-ehr';
import type { DocumentLanguage } from '../plan/plan-types';
import { findPlansDueForReview } from '../review/due-for-review';
import { findPlanToReview } from '../review/find-previous';
import type { Settings } from '../settings/settings';
import type { ConsultationModel } from '../state/consultation-model';
import { findEarlierConsultations, type EarlierConsultation } from '../state/earlier-consultations';
import { readPathPreference, writePathPreference } from '../state/path-preference';
import { consultationRepository } from '../storage/consultations';
import type { CocreateDb } from '../storage/db';
import { followReview } from './follow-review';
import type { PlanGiven } from '../storage/plans-given';

export interface SidePanelAppDeps {
  /** The consultation model (lib/state): saving, journal, undo, two-window sync. */
  model: ConsultationModel;
  /** Opened after the panel's first paint, so Dexie is not in its first payload (docs/performance.md). */
  db: Promise<CocreateDb>;
  settings: ReadonlySignal<Settings>;
  now: () => Date;
  newId: () => string;
  /** How many consultations are due for retention; null until known. */
  retentionDue?: ReadonlySignal<number | null>;
  /** The practice's signing key, set only by policy ('' when none). */
  signingKey?: ReadonlySignal<string>;
  /** The EHR inserter, loaded on first use so its code stays out of the panel's first load (docs/performance.md). */
  inserter: () => Promise<Inserter>;
}

/**
 * The side panel's application model: what its views read (read-only signals) and the named
 * commands they call. A change to the open consultation is a named action of the domain, applied
 * with `apply` (one undo entry each); everything that reaches another record, the path preference or
 * the clock is a command here. Views never write storage, never change the consultation with a
 * function of their own and never make a date: they show and ask (docs/architecture.md).
 */
export interface SidePanelApp {
  consultation: ConsultationModel['consultation'];
  saveStatus: ConsultationModel['saveStatus'];
  canUndo: ConsultationModel['canUndo'];
  settings: ReadonlySignal<Settings>;
  retentionDue?: ReadonlySignal<number | null>;
  signingKey?: ReadonlySignal<string>;
  /** The earlier consultation the open one reviews; null while loading or unlinked. */
  earlierPlan: ReadonlySignal<Consultation | null>;
  apply: ConsultationModel['apply'];
  undo: ConsultationModel['undo'];
  flush: ConsultationModel['flush'];
  /** Opens an earlier consultation of this computer. */
  open: ConsultationModel['open'];
  /** The clock the views show dates from (a grid's review date, today's follow-up). */
  today: () => Date;
  newId: () => string;
  /** Quick or full: for this consultation, and remembered for the next one this clinician starts. */
  choosePath: (path: ConsultationPath) => void;
  /** A fresh consultation on the path the clinician last chose (the practice default until they choose). */
  startNew: () => Promise<void>;
  /** A new review cycle: a fresh consultation for this patient seeded from the reviewed plan. */
  startNewCycle: (patientRef: string, seed: (fresh: Consultation) => Consultation) => Promise<void>;
  restartClock: () => void;
  /** The most recent agreed plan with this reference (not `excludeId`), to offer for review. */
  findPlanToReview: (patientRef: string, excludeId: string) => Promise<Consultation | null>;
  /** Plans whose follow-up falls about today (not `excludeId`). */
  plansDueForReview: (excludeId: string) => Promise<Consultation[]>;
  /** Earlier consultations with this reference (not `excludeId`), newest first. */
  earlierConsultations: (patientRef: string, excludeId: string) => Promise<EarlierConsultation[]>;
  /** Keeps a checked earlier plan (a note or a FHIR file) and links this consultation's review to it. */
  importEarlierPlan: (plan: CheckedEarlierPlan) => Promise<void>;
  /**
   * A copy of the patient version given (printed, downloaded, inserted): the note's "Copy of plan
   * given" line and a row for the earlier-consultations list (docs/plan-truth.md).
   */
  recordPlanGiven: (
    how: PlanCopyGiven['how'],
    languages: readonly DocumentLanguage[],
    row?: PlanGiven,
  ) => void;
  /** The grids stored on this computer (practice and local). */
  storedGrids: () => Promise<StoredGrid[]>;
  /** The panel's one EHR inserter (it holds the chosen field and the patient lock). */
  inserter: () => Promise<Inserter>;
}

// What writes or reads other records loads with the first view that needs it, not with the panel.
const loadRecords = () => import('./side-panel-records');

export function createSidePanelApp(deps: SidePanelAppDeps): SidePanelApp {
  const { model, db, now } = deps;
  const repository = () => db.then(consultationRepository);
  const earlierPlan = signal<Consultation | null>(null);
  followReview(model.consultation, repository, earlierPlan);

  return {
    consultation: model.consultation,
    saveStatus: model.saveStatus,
    canUndo: model.canUndo,
    settings: deps.settings,
    ...(deps.retentionDue ? { retentionDue: deps.retentionDue } : {}),
    ...(deps.signingKey ? { signingKey: deps.signingKey } : {}),
    earlierPlan,
    apply: model.apply,
    undo: model.undo,
    flush: model.flush,
    open: model.open,
    today: now,
    newId: deps.newId,

    choosePath(path) {
      model.apply(setPath, path);
      void db.then((opened) => writePathPreference(opened, path));
    },

    async startNew() {
      const path = await readPathPreference(await db);
      await model.startNew(
        undefined,
        path
          ? (fresh) => ({ ...fresh, path, currentElement: path === 'quick' ? 'agenda' : 'preparation' })
          : undefined,
      );
    },

    startNewCycle: model.startNew,

    restartClock() {
      model.apply(restartClock, now().getTime());
    },

    async findPlanToReview(patientRef, excludeId) {
      return findPlanToReview(await repository(), patientRef, excludeId);
    },

    async plansDueForReview(excludeId) {
      const today = dateAfter(now(), { count: 0, unit: 'weeks' });
      return findPlansDueForReview(await repository(), today, excludeId);
    },

    async earlierConsultations(patientRef, excludeId) {
      return findEarlierConsultations(await db, patientRef, excludeId);
    },

    async importEarlierPlan(plan) {
      if (!model.consultation.value) return;
      const [records, opened] = await Promise.all([loadRecords(), db]);
      await records.importEarlierPlan({ model, db: opened, now: now(), newId: deps.newId }, plan);
    },

    recordPlanGiven(how, languages, row) {
      // The note's line does not wait for the database; a plans row that cannot be written
      // loses nothing typed.
      const at = now();
      void loadRecords()
        .then(async (records) => {
          records.copyGiven(model, { how, languages: [...languages], at: at.toISOString() });
          if (row) await records.planGivenRow(await db, row, deps.newId(), at);
        })
        .catch(() => undefined);
    },

    inserter: deps.inserter,

    async storedGrids() {
      const [records, opened] = await Promise.all([loadRecords(), db]);
      return records.storedGrids(opened);
    },
  };
}
