import type { AgreeingWayForward, Consultation, SureAnswers } from '../domain/consultation';
import { clean } from '../domain/read-values';
import { line, section } from './lines';
import type { DocumentLanguage, PlanSection } from './plan-types';

/**
 * SURE (Légaré and colleagues, 2010; free to use with this citation): four
 * yes/no questions on decisional conflict, asked at agreement. Any "no"
 * suggests conflict: the cue to revisit options or information
 * (docs/framework.md §5, and "Free measures").
 */
export const SURE_ITEMS = [
  { key: 'Sure', question: 'Do you feel SURE about the best choice for you?' },
  { key: 'Understand', question: 'Do you know the benefits and risks of each option?' },
  { key: 'Risk–benefit', question: 'Are you clear about which benefits and risks matter most to you?' },
  { key: 'Encouragement', question: 'Do you have enough support and advice to make a choice?' },
] as const;
export const SURE_CITATION =
  'SURE test © Légaré F, O’Connor AM, 2008 (Légaré et al., Can Fam Physician 2010).';
export const TEACH_BACK_PROMPT = 'Can you tell me in your own words what you’re going to do and when?';

const NO_ANSWERS: SureAnswers = [null, null, null, null];

/** The SURE answers of a record, any missing or corrupt item read as "not asked". */
export function sureAnswers(a: Partial<AgreeingWayForward>): SureAnswers {
  const raw = Array.isArray(a.sure) ? a.sure : NO_ANSWERS;
  return [0, 1, 2, 3].map((i) => (typeof raw[i] === 'boolean' ? raw[i] : null)) as SureAnswers;
}

/** 0–4 (one point a "yes") once all four are answered, else null. */
export function sureScore(answers: SureAnswers): number | null {
  return answers.every((x) => x !== null) ? answers.filter((x) => x === true).length : null;
}

/** Any "no" so far: the clinician should revisit before finishing. */
export function sureNeedsRevisit(answers: SureAnswers): boolean {
  return answers.some((x) => x === false);
}

/** The clinician note's "Understanding" section: teach-back, commitment, SURE score; null when none. */
export function understandingNoteSection(c: Consultation): PlanSection | null {
  const a: Partial<AgreeingWayForward> = c.agreement ?? {};
  const answers = sureAnswers(a);
  const score = sureScore(answers);
  const noes = SURE_ITEMS.filter((_, i) => answers[i] === false).map((item) => item.key);
  const sure =
    score === null
      ? ''
      : `${score}/4${noes.length ? ` (no: ${noes.join(', ')}; possible decisional conflict, revisit)` : ''}`;
  return section('understanding', 'Understanding and commitment', [
    ...line(a.teachBack === true ? 'understanding checked, plan said back in own words' : '', 'Teach-back'),
    ...line(a.commitment, 'Commitment (patient)', true),
    ...line(sure, 'SURE'),
  ]);
}

const COMMITMENT_HEADING: Record<DocumentLanguage, string> = {
  en: 'What you said you will do',
  cy: 'Beth ddywedoch chi y byddwch yn ei wneud',
};

/** The patient plan's commitment, quoted in the patient's own words (Brief Action Planning). */
export function commitmentPlanSection(c: Consultation, language: DocumentLanguage): PlanSection | null {
  return section(
    'commitment',
    COMMITMENT_HEADING[language],
    line(clean(c.agreement?.commitment), undefined, true),
  );
}
