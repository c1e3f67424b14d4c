import type { AgendaItem, AgendaSetting, Consultation } from '../domain/consultation';
import { clean, list } from '../domain/read-values';

/** What the patient brought back from the preparation sheet (docs/preparation.md). */
export interface PreparationAnswers {
  /** One topic a line. */
  talkAbout: string;
  whatMatters: string;
  alreadyDoing: string;
}

const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

// "1. …", "2) …", "- …": the numbering the sheet's text message invites, or a list.
const bullet = /^\s*(?:\d+[.)]|[-*•])\s*/;

function appendText(existing: string, added: string): string {
  const now = clean(existing);
  const extra = clean(added);
  if (!extra || key(now).includes(key(extra))) return existing;
  return now ? `${now}\n${extra}` : extra;
}

/**
 * The patient's answers laid into the agenda in one step: each line of "what would you like
 * to talk about" becomes one of the patient's agenda items (after theirs already there, never
 * twice), and what matters and what already helps are added to those fields, keeping what was
 * typed. Pure: the same answers twice change nothing the second time.
 */
export function answersIntoAgenda(
  agenda: AgendaSetting,
  answers: PreparationAnswers,
  newId: () => string,
): AgendaSetting {
  const items = [...list(agenda.items)];
  const seen = new Set(items.map((item) => key(clean(item.text))));
  const added: AgendaItem[] = [];
  for (const raw of clean(answers.talkAbout).split(/\r?\n/)) {
    const text = clean(raw.replace(bullet, ''));
    if (!text || seen.has(key(text))) continue;
    seen.add(key(text));
    added.push({ id: newId(), text, owner: 'patient' });
  }
  // The patient's items go after their own earlier ones and before the clinician's.
  const lastPatient = items.map((i) => i.owner).lastIndexOf('patient');
  items.splice(lastPatient + 1, 0, ...added);
  return {
    ...agenda,
    items,
    whatMatters: appendText(agenda.whatMatters, answers.whatMatters),
    alreadyDoing: appendText(agenda.alreadyDoing, answers.alreadyDoing),
  };
}

/** Whether the answers hold anything to add. */
export function hasAnswers(answers: PreparationAnswers): boolean {
  return [answers.talkAbout, answers.whatMatters, answers.alreadyDoing].some((text) => clean(text) !== '');
}

/**
 * A text-message reply split by its numbers ("1 … 2 … 3 …", as the sheet's message asks):
 * 1 is what to talk about, 2 what matters, 3 what helps. Without numbers, all of it is what
 * to talk about; nothing is guessed beyond that.
 */
export function splitReply(reply: string): PreparationAnswers {
  // "2 family" or "2 - family" at the start of a line reads as "2. family".
  const text = clean(reply).replace(/(^|\n)\s*([123])\s*[.):-]?\s+/g, '$1$2. ');
  const parts = text.split(/(?:^|\s)([123])\s*[.):-]\s*/);
  if (parts.length < 3) return { talkAbout: text, whatMatters: '', alreadyDoing: '' };
  const found: Record<string, string> = {};
  for (let i = 1; i < parts.length; i += 2) {
    const n = parts[i] ?? '';
    found[n] = [found[n], clean(parts[i + 1])].filter(Boolean).join('\n');
  }
  const before = clean(parts[0]);
  return {
    talkAbout: [before, found['1'] ?? ''].filter(Boolean).join('\n'),
    whatMatters: found['2'] ?? '',
    alreadyDoing: found['3'] ?? '',
  };
}

/** The named action: the patient's preparation answers into the open consultation's agenda (one undo). */
export function takePreparationAnswers(
  c: Consultation,
  answers: PreparationAnswers,
  newId: () => string,
): Consultation {
  return { ...c, agenda: answersIntoAgenda(c.agenda, answers, newId) };
}
