import { clean } from '../domain/read-values';
import type { DocumentLanguage } from '../plan/plan-types';
import type { Nation } from '../domain/nation';
import { urgentHelpFor } from '../plan/urgent-help';
import { countSms, SMS_MAX_SEPTETS, toGsmPunctuation } from '../sms/gsm';
import { SHEET_WORDS } from './sheet-words';

export interface SheetTextInput {
  languages: readonly DocumentLanguage[];
  practiceName: string;
  /** The option grid's title in each language, when one goes with the sheet. */
  gridTitles?: Partial<Record<DocumentLanguage, string>>;
  /** The practice's nation, for 999 and its urgent route (England when not set). */
  nation?: Nation;
}

const oneLine = (value: unknown) => toGsmPunctuation(clean(value).replace(/\s+/g, ' '));

function compose(
  language: DocumentLanguage,
  practice: string,
  gridTitle: string,
  withAsk: boolean,
  nation: Nation | undefined,
): string {
  const w = SHEET_WORDS[language];
  return [
    w.sms.intro(practice),
    `1. ${w.talkAbout.heading}`,
    `2. ${w.whatMatters.heading}`,
    `3. ${w.alreadyDoing.heading}`,
    w.sms.reply,
    withAsk ? w.sms.ask : '',
    gridTitle ? w.sms.grid(gridTitle) : '',
    // 999 and the nation's urgent route, always whole (docs/urgent-help.md).
    ...urgentHelpFor(nation).short[language],
  ]
    .filter(Boolean)
    .map(toGsmPunctuation)
    .join('\n');
}

/**
 * The preparation sheet as a text message (docs/preparation.md): the three questions the
 * patient answers, readings to bring, and the three questions to ask us, in GSM 03.38 within
 * four segments (lib/sms). The Welsh is worded without letters outside GSM (ŵ, ŷ, â), so a
 * Welsh message costs no more than an English one. Two languages together drop "ask us" first,
 * then shorten the practice name and grid title, then leave the grid out, rather than go over;
 * 999 and the nation's urgent route are never cut.
 */
export function buildPreparationText({
  languages,
  practiceName,
  gridTitles = {},
  nation,
}: SheetTextInput): string {
  const langs: DocumentLanguage[] = languages.length ? [...languages] : ['en'];
  let practice = oneLine(practiceName);
  const titles = { en: oneLine(gridTitles.en), cy: oneLine(gridTitles.cy) };
  const build = (withAsk: boolean) =>
    langs.map((l) => compose(l, practice, titles[l], withAsk, nation)).join('\n\n');
  let message = build(true);
  if (countSms(message).septets <= SMS_MAX_SEPTETS) return message;
  message = build(false);
  // Long names: trim them a word at a time until the message fits.
  while (
    countSms(message).septets > SMS_MAX_SEPTETS &&
    (practice.length > 20 || titles.en.length > 20 || titles.cy.length > 20)
  ) {
    const cut = (s: string) => (s.length > 20 ? `${s.slice(0, s.length - 10).replace(/\s+\S*$/, '')}...` : s);
    practice = cut(practice);
    titles.en = cut(titles.en);
    titles.cy = cut(titles.cy);
    message = build(false);
  }
  // Two languages with 999 and the urgent route in each: the grid's name goes before they would.
  if (countSms(message).septets > SMS_MAX_SEPTETS) {
    titles.en = '';
    titles.cy = '';
    message = build(false);
  }
  return message;
}
