import type { Consultation } from '../domain/consultation';
import { formatDate } from '../i18n/format-date';
import type { OptionGrid } from '../option-grids/grid';
import { gridSafetyNetLines } from '../option-grids/grid-safety-net';
import { clean, list } from '../plan/lines';
import type { PlanSettings } from '../plan/plan-types';
import { countSms, SMS_MAX_SEPTETS, toGsmPunctuation } from './gsm';

/** Said when neither the grid nor the practice says more (framework.md §6, "the way back in"). */
export const DEFAULT_GET_HELP = 'If you feel worse or are worried, contact us. In an emergency call 999.';

export interface TextMessageInput {
  consultation: Consultation;
  settings: Pick<PlanSettings, 'practiceName' | 'practiceContact' | 'nation'>;
  grid?: Pick<OptionGrid, 'safetyNet'> | null;
}

const oneLine = (value: unknown) => toGsmPunctuation(clean(value).replace(/\s+/g, ' '));

/** Shortens `text` to `max` characters at a word, marked with "...". */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 3));
  const atWord = cut.lastIndexOf(' ') > max / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return `${atWord.trimEnd()}...`;
}

/**
 * "Copy as text message" (telephone and video consultations): goal, first
 * step, review date, who to contact and when to get help, in GSM 03.38 and at
 * most four SMS segments (612 septets). The goal and first step are shortened,
 * longest first, only when the whole would not fit.
 */
export function buildTextMessage({ consultation: c, settings, grid }: TextMessageInput): string {
  const a = c.agreement;
  const practice = oneLine(settings.practiceName);
  const contact = oneLine(a.contact) || oneLine(settings.practiceContact);
  const review = formatDate(a.followUpDate, 'en');
  const choice = { nation: settings.nation, chosenOptionIds: list(a.chosenOptionIds) };
  const help = oneLine(gridSafetyNetLines(grid ?? {}, choice).join(' ')) || DEFAULT_GET_HELP;
  let goal = oneLine(a.goal);
  let first = oneLine(a.firstAction);
  const compose = () =>
    [
      practice ? `Your plan from ${practice}.` : 'Your plan.',
      goal && `Goal: ${goal}`,
      first && `First step: ${first}`,
      review && `Review: ${oneLine(review)}`,
      contact && `Contact: ${contact}`,
      `Get help: ${help}`,
    ]
      .filter(Boolean)
      .join('\n');
  let message = compose();
  while (countSms(message).septets > SMS_MAX_SEPTETS && (goal.length > 20 || first.length > 20)) {
    const over = countSms(message).septets - SMS_MAX_SEPTETS;
    // Never below the other's length in one go: the two shrink towards each other, then together.
    if (goal.length >= first.length)
      goal = shorten(goal, Math.min(goal.length - 1, Math.max(20, first.length, goal.length - over)));
    else first = shorten(first, Math.min(first.length - 1, Math.max(20, goal.length, first.length - over)));
    message = compose();
  }
  return message;
}
