import type { Nation } from '../settings/nation';
import { BUILT_IN_BRIEF_INTERVENTIONS, type BriefIntervention } from './built-in';
import { asConfirmed, readConfirmations } from './confirmations';

/** Longest a topic or a line may be; longer text is cut (a practice list is typed by hand). */
const MAX_TOPIC = 60;
const MAX_LINE = 400;

const topicKey = (topic: string): string => topic.trim().toLowerCase().replace(/\s+/g, ' ');
const idFor = (topic: string): string =>
  `practice-${
    topicKey(topic)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'topic'
  }`;

/** One line of the practice's list: a pick, or a topic to hide ("Alcohol |"). */
type PracticeLine = { hide: string } | { pick: Omit<BriefIntervention, 'id'> };

/**
 * "Topic | service for the note | patient line in English | patient line in Welsh", one a line
 * (the setting `briefInterventions`). The English line defaults to the service, the Welsh to
 * nothing. Blank lines and lines without a topic are skipped; nothing here throws.
 */
export function parsePracticeLines(text: unknown): PracticeLine[] {
  if (typeof text !== 'string') return [];
  return text.split(/\r?\n/).flatMap((raw): PracticeLine[] => {
    const [topic = '', service = '', en = '', cy = ''] = raw.split('|').map((part) => part.trim());
    if (!topic) return [];
    if (!service && !en) return [{ hide: topicKey(topic) }];
    return [
      {
        pick: {
          topic: topic.slice(0, MAX_TOPIC),
          service: (service || en).slice(0, MAX_LINE),
          en: (en || service).slice(0, MAX_LINE),
          cy: cy.slice(0, MAX_LINE),
        },
      },
    ];
  });
}

/**
 * The quick picks offered: the nation's built-in list with the practice's lines laid over it.
 * A practice line whose topic matches a built-in topic (ignoring case) takes its place and its
 * id; "Topic |" alone hides it; any other topic is added at the end. An unknown nation reads
 * as England, as the urgent-help lines do. A built-in name or number no public source
 * confirmed is left out until the practice confirms it (`confirmedText`, confirmations.ts).
 */
export function briefInterventionList(
  nation: unknown,
  practiceText: unknown,
  confirmedText: unknown = '',
): BriefIntervention[] {
  const builtIn = BUILT_IN_BRIEF_INTERVENTIONS[nation as Nation] ?? BUILT_IN_BRIEF_INTERVENTIONS.england;
  const { confirmed } = readConfirmations(confirmedText);
  const list = builtIn.map((entry) => asConfirmed(entry, confirmed));
  for (const line of parsePracticeLines(practiceText)) {
    const key = 'hide' in line ? line.hide : topicKey(line.pick.topic);
    const at = list.findIndex((entry) => topicKey(entry.topic) === key);
    if ('hide' in line) {
      if (at >= 0) list.splice(at, 1);
    } else if (at >= 0) {
      list[at] = { id: list[at]?.id ?? idFor(line.pick.topic), ...line.pick };
    } else {
      list.push({ id: idFor(line.pick.topic), ...line.pick });
    }
  }
  return list;
}
