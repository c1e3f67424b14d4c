/**
 * The GSM 03.38 default alphabet (3GPP TS 23.038): what an SMS carries at 7 bits
 * a character. The extension table's characters take two (an escape first).
 */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENDED = '\f^{}\\[~]|€';
const BASIC_SET = new Set(BASIC);
const EXTENDED_SET = new Set(EXTENDED);

/** Four concatenated segments of 153 septets: the most the practice's messaging tool sends. */
export const SMS_MAX_SEPTETS = 612;

export interface SmsCount {
  /** Characters as a person counts them. */
  characters: number;
  /** 7-bit units (an extension-table character counts two). */
  septets: number;
  segments: number;
  /** Characters outside GSM 03.38, each once, in order of appearance. */
  outside: string[];
  /** Within four segments and all GSM (a non-GSM character turns the whole message into UCS-2). */
  fits: boolean;
}

/** Counts a text as an SMS: 160 septets in one segment, 153 each when concatenated. */
export function countSms(text: string): SmsCount {
  let septets = 0;
  const outside: string[] = [];
  const chars = [...text];
  for (const ch of chars) {
    if (BASIC_SET.has(ch)) septets += 1;
    else if (EXTENDED_SET.has(ch)) septets += 2;
    else {
      septets += 1;
      if (!outside.includes(ch)) outside.push(ch);
    }
  }
  const segments = septets === 0 ? 0 : septets <= 160 ? 1 : Math.ceil(septets / 153);
  return {
    characters: chars.length,
    septets,
    segments,
    outside,
    fits: septets <= SMS_MAX_SEPTETS && outside.length === 0,
  };
}

const TYPOGRAPHIC: [RegExp, string][] = [
  [/[‘’‚‛′]/g, "'"],
  [/[“”„‟″]/g, '"'],
  [/[‐‑‒–—―−]/g, '-'],
  [/…/g, '...'],
  [/[\u00a0\u2000-\u200a\u202f]/g, ' '],
  [/[\u200b-\u200d\u2060\ufeff]/g, ''],
];

/** Typographic quotes, dashes, ellipses and odd spaces as their GSM equivalents; nothing else changes. */
export function toGsmPunctuation(text: string): string {
  return TYPOGRAPHIC.reduce((out, [pattern, plain]) => out.replace(pattern, plain), text);
}

/**
 * Fixed text and the practice's name in GSM letters: a letter outside the alphabet that is an
 * accented GSM letter (ŵ, ŷ, â, ô) loses its accent, so one circumflex does not turn the whole
 * message into UCS-2 (70 characters a text instead of 160). The patient's own words never go
 * through this: they are sent as typed, and the editor warns.
 */
export function toGsmLetters(text: string): string {
  return [...toGsmPunctuation(text)]
    .map((ch) => {
      if (BASIC_SET.has(ch) || EXTENDED_SET.has(ch)) return ch;
      const bare = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return [...bare].every((c) => BASIC_SET.has(c)) ? bare : ch;
    })
    .join('');
}
