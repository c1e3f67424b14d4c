import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { Consultation } from '../domain/consultation';
import type { ConsultationAction } from '../domain/consultation-actions';
import type { ConsultationPath } from '../domain/elements';
import { newConsultation } from '../domain/new-consultation';
import { consultationRepository } from '../storage/consultations';
import type { DbSource } from '../storage/db';
import type { DraftJournal } from '../storage/draft-journal';
import { describeOpenError, describeSaveError } from '../storage/save-error';
import { readSettingValue, writeSettingValue } from '../storage/settings';
import type { SyncChannel } from './sync-channel';
import { applyLeaves, diffLeaves } from '../domain/leaf-patch';

export type SaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; message: string };

export interface ConsultationModelDeps {
  /** The database, or its promise: the side panel opens it after the first paint (docs/performance.md). */
  db: DbSource;
  journal: DraftJournal;
  now: () => Date;
  newId: () => string;
  defaults: () => { path: ConsultationPath; plannedMinutes: number };
  /** Live sync with other open windows; without it each window saves alone. */
  sync?: SyncChannel;
  /**
   * Least time between two IndexedDB writes of the open consultation while typing
   * (default SAVE_INTERVAL_MS). The journal still takes every keystroke at once.
   */
  saveIntervalMs?: number;
}

/**
 * Saves while typing are coalesced to one IndexedDB write per half second: each write
 * leaves another copy of the text in the browser's storage files until they are
 * compacted (docs/privacy.md, "What stays on disk"), and the synchronous journal
 * already keeps every keystroke safe meanwhile (lib/storage/draft-journal.ts).
 */
export const SAVE_INTERVAL_MS = 500;

/** Its methods are plain functions: `const { load, startNew } = model` works. */
export interface ConsultationModel {
  consultation: ReadonlySignal<Consultation | null>;
  saveStatus: ReadonlySignal<SaveStatus>;
  canUndo: ReadonlySignal<boolean>;
  /**
   * Shows at once, without waiting for anything, the journalled draft of the
   * consultation this PC showed last, if there is one (load() confirms it).
   */
  showJournalled: () => void;
  /** Loads the consultation that was open last time (recovering newer journal text). */
  load: () => Promise<void>;
  /**
   * Applies a named action (lib/domain/consultation-actions.ts) with its arguments; the UI
   * shows it at once, storage follows.
   */
  apply: <A extends unknown[]>(action: ConsultationAction<A>, ...args: A) => void;
  /** The lower-level form of apply(): any change to the whole consultation. */
  update: (change: (current: Consultation) => Consultation) => void;
  undo: () => void;
  /**
   * Starts a fresh consultation, keeping the current one stored. `seed` may copy
   * forward an earlier plan (a new review cycle) so nothing is retyped.
   */
  startNew: (patientRef?: string, seed?: (fresh: Consultation) => Consultation) => Promise<void>;
  open: (id: string) => Promise<void>;
  /**
   * Writes any change still waiting for its turn now, and resolves once every change
   * so far is in IndexedDB (or has failed). Called on blur, panel close and navigation.
   */
  flush: () => Promise<void>;
}

const CURRENT_KEY = 'currentConsultationId';
const UNDO_DEPTH = 50;

export function createConsultationModel(deps: ConsultationModelDeps): ConsultationModel {
  const consultation = signal<Consultation | null>(null);
  const db = Promise.resolve(deps.db);
  const repository = db.then(consultationRepository);
  // A rejected database (its code failed to load) is handled where it is awaited: the save status says so.
  repository.catch(() => undefined);
  const saveStatus = signal<SaveStatus>({ kind: 'idle' });
  const undoStack = signal<Consultation[]>([]);
  let writing: Promise<void> = Promise.resolve();
  let pending: Consultation | null = null;
  const interval = deps.saveIntervalMs ?? SAVE_INTERVAL_MS;
  let lastWriteAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function persist(next: Consultation): void {
    deps.journal.write(next);
    pending = next;
    saveStatus.value = { kind: 'saving' };
    if (timer !== null) return;
    const wait = lastWriteAt + interval - Date.now();
    if (wait <= 0) writePending();
    else timer = setTimeout(writePending, wait);
  }

  function writePending(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    lastWriteAt = Date.now();
    // Chain writes so an older snapshot never lands after a newer one.
    writing = writing.then(async () => {
      const toWrite = pending;
      if (!toWrite) return;
      pending = null;
      try {
        await (await repository).put(toWrite);
        if (!pending) saveStatus.value = { kind: 'saved', at: toWrite.updatedAt };
      } catch (error) {
        saveStatus.value = { kind: 'error', message: describeSaveError(error) };
      }
    });
  }

  /** Tells other windows what this edit changed, field by field, so two windows on one consultation keep each other's edits. */
  function share(before: Consultation, after: Consultation): void {
    deps.sync?.post({
      consultationId: after.id,
      updatedAt: after.updatedAt,
      changes: diffLeaves(before, after),
    });
  }

  // Another window edited the consultation shown here: take its fields, keep ours,
  // and save the merged copy so neither window later writes over the other's text.
  deps.sync?.listen((message) => {
    const current = consultation.value;
    if (current?.id !== message.consultationId) return;
    const merged = applyLeaves(current, message.changes);
    const updatedAt = merged.updatedAt > current.updatedAt ? merged.updatedAt : current.updatedAt;
    consultation.value = { ...merged, updatedAt };
    undoStack.value = undoStack.value.map((snapshot) => applyLeaves(snapshot, message.changes));
    persist(consultation.value);
  });

  async function show(next: Consultation): Promise<void> {
    consultation.value = next;
    undoStack.value = [];
    deps.journal.markShown(next.id);
    await writeSettingValue(await db, CURRENT_KEY, next.id);
  }

  // Methods call each other through `model`, not `this`, so `const { load } = model` works.
  const model: ConsultationModel = {
    consultation,
    saveStatus,
    canUndo: computed(() => undoStack.value.length > 0),

    showJournalled() {
      // Before IndexedDB opens (most of panel-open time). Only the consultation shown last, so no
      // other record ever flashes up; load() then confirms it or replaces it with a newer stored
      // copy, and text typed meanwhile is in the journal, which load() reads last.
      const early = deps.journal.read();
      if (early && !consultation.value && early.id === deps.journal.shownId()) consultation.value = early;
    },

    async load() {
      model.showJournalled();
      let stored: Consultation | undefined;
      try {
        const currentId = await readSettingValue(await db, CURRENT_KEY);
        stored = typeof currentId === 'string' ? await (await repository).get(currentId) : undefined;
      } catch (error) {
        // The database did not open (its code failed to load, or the browser refused it). Say so;
        // a journalled draft stays on screen and every keystroke still goes to the journal.
        saveStatus.value = { kind: 'error', message: describeOpenError(error) };
        return;
      }
      const journalled = deps.journal.read();
      if (
        journalled &&
        (!stored || (journalled.id === stored.id && journalled.updatedAt > stored.updatedAt))
      ) {
        // The panel closed before IndexedDB finished: the journal holds newer text.
        await show(journalled);
        persist(journalled);
        return;
      }
      if (stored) {
        await show(stored);
        return;
      }
      await model.startNew();
    },

    apply(action, ...args) {
      model.update((current) => action(current, ...args));
    },

    update(change) {
      const current = consultation.value;
      if (!current) return;
      const next = { ...change(current), updatedAt: deps.now().toISOString() };
      undoStack.value = [...undoStack.value.slice(-(UNDO_DEPTH - 1)), current];
      consultation.value = next;
      persist(next);
      share(current, next);
    },

    undo() {
      const stack = undoStack.value;
      const previous = stack[stack.length - 1];
      if (!previous) return;
      undoStack.value = stack.slice(0, -1);
      const restored = { ...previous, updatedAt: deps.now().toISOString() };
      const before = consultation.value;
      consultation.value = restored;
      persist(restored);
      if (before) share(before, restored);
    },

    async startNew(patientRef, seed) {
      await model.flush();
      const defaults = deps.defaults();
      const blank = newConsultation({
        id: deps.newId(),
        now: deps.now(),
        ...defaults,
        ...(patientRef ? { patientRef } : {}),
      });
      const fresh = seed ? seed(blank) : blank;
      await (await repository).put(fresh);
      await show(fresh);
      deps.journal.write(fresh);
    },

    async open(id) {
      await model.flush();
      const found = await (await repository).get(id);
      if (found) await show(found);
    },

    flush() {
      writePending();
      return writing;
    },
  };
  return model;
}
