import type { Consultation } from '../domain/consultation';
import type { ConsultationAction } from '../domain/consultation-actions';
import { applyLeaves, diffLeaves } from '../domain/leaf-patch';
import type { SyncChannel } from '../state/sync-channel';
import { consultationRepository } from '../storage/consultations';
import type { CocreateDb } from '../storage/db';
import { recordPlanGiven, type PlanGiven } from '../storage/plans-given';

export interface FollowerAppDeps {
  db: CocreateDb;
  /** The consultation this page shows (its address's `?id=`). */
  id: string;
  /** The side panel's channel (lib/state/sync-channel.ts). */
  sync: SyncChannel;
  now: () => Date;
  newId: () => string;
}

/**
 * The application model of a page that shows one consultation beside the side panel: the patient
 * view and the preparation sheet. It follows each edit made in the panel while it is open; a change
 * made here (a copy printed, a grid sent) is a named action of the domain, saved in order (an older
 * copy never lands after a newer one) and sent to the panel field by field, so neither window
 * writes over the other. Views take their time from `now`, never from `new Date()`.
 */
export interface FollowerApp {
  load: () => Promise<Consultation | undefined>;
  /** Calls `onChange` with each edit another window makes to this consultation. */
  follow: (onChange: (change: (current: Consultation) => Consultation) => void) => void;
  /** Applies a named action to `current`, saves it and tells the other windows; returns the result. */
  change: <A extends unknown[]>(
    current: Consultation,
    action: ConsultationAction<A>,
    ...args: A
  ) => Consultation;
  /** A copy of the patient version given from this page, as a row of the plans table. */
  recordPlanGiven: (row: PlanGiven, at: Date) => void;
  now: () => Date;
  /** Resolves once every change so far is in IndexedDB (or has failed). */
  flushed: () => Promise<void>;
}

export function createFollowerApp(deps: FollowerAppDeps): FollowerApp {
  const repository = consultationRepository(deps.db);
  let writing: Promise<void> = Promise.resolve();
  return {
    load: () => repository.get(deps.id),
    follow(onChange) {
      deps.sync.listen((message) => {
        if (message.consultationId === deps.id) onChange((current) => applyLeaves(current, message.changes));
      });
    },
    change(current, action, ...args) {
      const next = { ...action(current, ...args), updatedAt: deps.now().toISOString() };
      // Chained, so the writes land in the order they were made.
      writing = writing.catch(() => undefined).then(() => repository.put(next));
      deps.sync.post({
        consultationId: deps.id,
        updatedAt: next.updatedAt,
        changes: diffLeaves(current, next),
      });
      return next;
    },
    recordPlanGiven(row, at) {
      void recordPlanGiven(deps.db, row, deps.newId(), at).catch(() => undefined);
    },
    now: deps.now,
    flushed: () => writing.catch(() => undefined),
  };
}
