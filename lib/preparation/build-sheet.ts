import { answerFor } from '../option-grids/grid-nation';
import type { OptionGrid } from '../option-grids/grid';
import { finishDocument } from '../plan/finish-document';
import { clean } from '../domain/read-values';
import { line, section } from '../plan/lines';
import { urgentHelpFor } from '../plan/urgent-help';
import type { DocumentLanguage, PlanDocument, PlanLine, PlanSection } from '../plan/plan-types';
import type { Nation } from '../settings/nation';
import { SHEET_WORDS } from './sheet-words';

export interface SheetInput {
  language: DocumentLanguage;
  practiceName: string;
  practiceContact: string;
  /** The option grid sent with the sheet, in the sheet's language where it has a version in it. */
  grid?: OptionGrid | null;
  nation?: Nation;
}

/** The sections the patient writes an answer under (the printed sheet leaves room there). */
export const ANSWER_SECTIONS = ['talk-about', 'what-matters', 'already-doing'] as const;

/**
 * The preparation sheet sent before the appointment (docs/preparation.md; framework.md §1):
 * what to talk about, what matters most, what already helps, readings to bring, three
 * questions to ask, when one was chosen, the option grid's name, and the nation's urgent-help
 * lines. Pure and total.
 */
export function buildPreparationSheet(input: SheetInput): PlanDocument {
  const w = SHEET_WORDS[input.language];
  const practice = clean(input.practiceName);
  const contact = clean(input.practiceContact);
  const gridTitle = clean(input.grid?.title);
  const sections: (PlanSection | null)[] = [
    section('intro', w.introHeading, line(w.intro)),
    section('talk-about', w.talkAbout.heading, line(w.talkAbout.hint)),
    section('what-matters', w.whatMatters.heading, line(w.whatMatters.hint)),
    section('already-doing', w.alreadyDoing.heading, line(w.alreadyDoing.hint)),
    section('readings', w.readings.heading, line(w.readings.text)),
    section('three-questions', w.threeQuestions.heading, [
      ...w.threeQuestions.questions.map((text, index) => ({ text: `${index + 1}. ${text}` })),
      { text: w.threeQuestions.source, verbatim: true },
    ]),
    gridTitle ? section('grid', w.grid.heading, line(w.grid.text(gridTitle))) : null,
    // The nation's 999 and urgent route: the sheet reaches the patient days before they are seen.
    section(
      'urgent-help',
      w.urgentHeading,
      urgentHelpFor(input.nation).lines[input.language].map((text) => ({ text, verbatim: true })),
    ),
    section('contact', w.contact.heading, [
      ...(practice ? [{ text: w.contact.from(practice), verbatim: true }] : []),
      ...(contact ? [{ text: w.contact.questions(contact), verbatim: true }] : []),
    ]),
  ];
  return finishDocument({
    kind: 'patient',
    language: input.language,
    title: w.title,
    sections: sections.filter((s): s is PlanSection => s !== null),
  });
}

/**
 * The option grid as text, for the downloaded sheet: one line per question, each option's
 * answer for the practice's nation. The printed sheet shows the grid's own table instead.
 */
export function gridTextSection(grid: OptionGrid, nation?: Nation): PlanSection | null {
  const options = grid.options.filter((o) => clean(o.label));
  const lines: PlanLine[] = grid.questions.flatMap((question) =>
    line(
      options.map((o) => `${clean(o.label)}: ${clean(answerFor(question, o.id, nation)) || '—'}`).join(' | '),
      clean(question.question),
    ).map((l) => ({ ...l, verbatim: true })),
  );
  return section('grid-table', clean(grid.title) || 'Option grid', [
    ...line(grid.decision).map((l) => ({ ...l, verbatim: true })),
    ...lines,
  ]);
}
