import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { PdsaEntry, PracticeCycle } from '../domain/pdsa-entry';
import { buildPracticeReport } from '../report/build-practice-report';
import { mergeExports } from '../report/merge-exports';
import { readTeamExport } from '../report/read-team-export';
import type { ReportDocument } from '../report/report-document';
import type { TeamExport } from '../report/team-export';

/** A file as the page hands it over: its name and its text. */
export interface ReportFile {
  name: string;
  text: string;
}

export interface Refusal {
  name: string;
  reason: string;
}

export interface PracticeCycleDraft {
  aim: string;
  change: string;
  prediction: string;
  practice: PracticeCycle;
}

export interface ReportModelDeps {
  listCycles: () => Promise<PdsaEntry[]>;
  saveCycle: (entry: PdsaEntry) => Promise<void>;
  now: () => Date;
  newId: () => string;
}

export interface ReportModel {
  /** Files read and accepted, in the order they came. */
  accepted: ReadonlySignal<readonly { name: string; export: TeamExport }[]>;
  /** Files refused in the last reading, each with its plain reason; nothing of them is kept. */
  refused: ReadonlySignal<readonly Refusal[]>;
  cycles: ReadonlySignal<readonly PdsaEntry[]>;
  /** The report, once at least one file is accepted. */
  report: ReadonlySignal<ReportDocument | null>;
  /** How many weeks a later file gave again for the same clinician (taken from the later file). */
  replacedWeeks: ReadonlySignal<number>;
  addFiles(files: readonly ReportFile[]): void;
  removeFile(name: string): void;
  loadCycles(): Promise<void>;
  recordCycle(draft: PracticeCycleDraft): Promise<void>;
}

/**
 * The practice report page's model: reads files (verify, then show; the files themselves are
 * never stored), merges them and builds the report; records practice PDSA cycles.
 */
export function createReportModel(deps: ReportModelDeps): ReportModel {
  const accepted = signal<readonly { name: string; export: TeamExport }[]>([]);
  const refused = signal<readonly Refusal[]>([]);
  const cycles = signal<readonly PdsaEntry[]>([]);
  const merged = computed(() => mergeExports(accepted.value.map((file) => file.export)));
  const report = computed(() =>
    accepted.value.length === 0 ? null : buildPracticeReport(merged.value, cycles.value),
  );

  return {
    accepted,
    refused,
    cycles,
    report,
    replacedWeeks: computed(() => merged.value.replacedWeeks),
    addFiles(files) {
      const next = accepted.value.filter((kept) => !files.some((file) => file.name === kept.name));
      const refusals: Refusal[] = [];
      for (const file of files) {
        const result = readTeamExport(file.text);
        if (result.ok) next.push({ name: file.name, export: result.value });
        else refusals.push({ name: file.name, reason: result.reason });
      }
      accepted.value = next;
      refused.value = refusals;
    },
    removeFile(name) {
      accepted.value = accepted.value.filter((file) => file.name !== name);
    },
    async loadCycles() {
      cycles.value = await deps.listCycles();
    },
    async recordCycle(draft) {
      await deps.saveCycle({
        id: deps.newId(),
        createdAt: deps.now().toISOString(),
        aim: draft.aim,
        change: draft.change,
        prediction: draft.prediction,
        whatHappened: '',
        learned: '',
        nextCycle: '',
        practice: draft.practice,
      });
      cycles.value = await deps.listCycles();
    },
  };
}
