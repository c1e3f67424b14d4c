import type { PdsaEntry } from '../domain/pdsa-entry';
import { collaborateSentence, pilotEvaluation } from './pilot-evaluation';
import { readBackCycle } from './practice-cycle';
import type { MergedPractice } from './merge-exports';
import { section, type ReportDocument, type ReportSection } from './report-document';
import { byMonth, overTimeCharts } from './report-over-time';
import {
  cliniciansTable,
  gridsTable,
  outcomesTable,
  understandingTable,
  uptakeTable,
  type Columns,
} from './report-tables';
import { SUPPRESSED } from './suppress';
import { totalOf } from './week-figures-sum';

const WHOLE_PRACTICE = 'Whole practice';

/** The practice report of merged team exports and the practice's own PDSA cycles. */
export function buildPracticeReport(merged: MergedPractice, cycles: readonly PdsaEntry[]): ReportDocument {
  const perClinician = merged.clinicians.map((c) => totalOf(c.name, c.weeks.values()));
  const team = totalOf(WHOLE_PRACTICE, perClinician);
  const columns: Columns = {
    names: [WHOLE_PRACTICE, ...merged.clinicians.map((c) => c.name)],
    figures: [team, ...perClinician],
  };
  const months = byMonth(merged);
  const first = merged.weeks[0] ?? '';
  const last = merged.weeks.at(-1) ?? '';
  return {
    title: 'Practice report',
    subtitle: `${merged.clinicians.length} clinicians’ team exports, ${first} to ${last}. Figures from fewer than 5 consultations show as “${SUPPRESSED}”.`,
    sections: [
      section('evaluation', 'Pilot evaluation', { paragraphs: pilotEvaluation(merged, team) }),
      section('over-time', 'Over time', {
        paragraphs: [
          'Each chart shows the whole practice by month; the table beside it gives each clinician too.',
        ],
        charts: overTimeCharts(merged, months, cycles),
      }),
      section('clinicians', 'Each clinician', { tables: [cliniciansTable(columns)] }),
      section('uptake', 'Uptake per element', { tables: [uptakeTable(columns)] }),
      section('outcomes', 'Outcomes at review', { tables: [outcomesTable(columns)] }),
      section('understanding', 'Plans given, understanding and time', {
        paragraphs: [
          'Exports from before these were recorded show “not recorded”; a share of fewer than 5 patients asked or timed shows as “fewer than 5”.',
        ],
        tables: [understandingTable(columns)],
      }),
      section('collaborate', 'What patients said (collaboRATE)', {
        paragraphs: [
          collaborateSentence(team.collaborate),
          'Shown for the whole practice only, never for one clinician, and never a patient’s answers.',
        ],
      }),
      section('grids', 'Option grids used', { tables: [gridsTable(team)] }),
      pdsaSection(merged, cycles),
    ],
  };
}

function pdsaSection(merged: MergedPractice, cycles: readonly PdsaEntry[]): ReportSection {
  const practice = cycles.filter((entry) => entry.practice);
  if (practice.length === 0)
    return section('pdsa', 'Practice improvement cycles (PDSA)', {
      paragraphs: ['No practice cycles recorded yet.'],
    });
  return section('pdsa', 'Practice improvement cycles (PDSA)', {
    tables: [
      {
        caption: 'Each cycle’s measure, read back from these figures',
        rowHeading: 'Cycle',
        columns: ['Change', 'Measure', 'Before the change', 'From the change to the week studied'],
        rows: practice.map((entry) => {
          const cycle = entry.practice!;
          const back = readBackCycle(cycle, merged);
          return {
            head: entry.aim || 'No aim written',
            cells: [
              `${entry.change || '–'} (from ${cycle.startWeek}, studied to ${cycle.studyWeek})`,
              back.measure,
              back.before,
              back.since,
            ],
          };
        }),
      },
    ],
  });
}
