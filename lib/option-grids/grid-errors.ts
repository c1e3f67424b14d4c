import type * as v from 'valibot';

/**
 * Turns valibot issues into plain words a practice lead can act on:
 * where (in the author's terms: "Option 3", "Question 2, answer for "wait"")
 * and what is wrong.
 */

const LIST_NAMES: Record<string, string> = {
  options: 'Option',
  questions: 'Question',
  sources: 'Source',
  keywords: 'Keyword',
  sourceIds: 'source id',
  grids: 'Grid',
};

/** A figure's fields in the editor's words (its boxes carry the same names). */
const FIGURE_FIELDS: Record<string, string> = {
  inHundred: 'people in 100',
  outcome: 'what happens to them',
  otherOutcome: 'what happens to the rest',
  over: 'over what time',
  iconArray: 'icon array',
};

const NATION_NAMES: Record<string, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

type PathItem = { key: unknown };

/** "Question 2 › answer for "wait"" from ["questions", 1, "answers", "wait"]. */
export function describePath(path: readonly PathItem[] | undefined): string {
  if (!path || path.length === 0) return 'The grid';
  const parts: string[] = [];
  path.forEach((item, index) => {
    const key = item.key;
    const parent = index > 0 ? path[index - 1]?.key : undefined;
    if (typeof key === 'number') {
      const name = typeof parent === 'string' ? LIST_NAMES[parent] : undefined;
      if (name) parts[parts.length - 1] = `${name} ${key + 1}`;
      else parts.push(`item ${key + 1}`);
    } else if (parent === 'answers') {
      parts[parts.length - 1] = `answer for option "${String(key)}"`;
    } else if (parent === 'figures') {
      parts[parts.length - 1] = `figure for option "${String(key)}"`;
    } else if (index >= 3 && path[index - 2]?.key === 'figures' && FIGURE_FIELDS[String(key)]) {
      parts.push(FIGURE_FIELDS[String(key)]!);
    } else if (index >= 2 && path[index - 2]?.key === 'byNation' && typeof parent === 'string') {
      // ["byNation", "wales", "tablets"] reads "Wales answer for option "tablets"".
      parts.splice(-2, 2, `${NATION_NAMES[parent] ?? parent} answer for option "${String(key)}"`);
    } else {
      parts.push(`"${String(key)}"`);
    }
  });
  return parts.join(' › ');
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object { … }',
  strict_object: 'an object { … }',
  record: 'an object { … }',
  number: 'a number',
};

function receivedWords(input: unknown): string {
  if (input === null) return 'nothing (null)';
  if (Array.isArray(input)) return 'a list';
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true/false',
    object: 'an object',
  };
  return words[typeof input] ?? typeof input;
}

/** One plain-words line for one valibot issue. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  // A line that is either text or an object (a safety-net line): name what is wrong inside
  // the shape it was written in, not "must be text or an object".
  if (issue.type === 'union' && issue.issues) {
    // The branches' issues carry paths from the union down; the one with a path (or a failed
    // check) is the branch the line was written in.
    const inner = issue.issues.find((sub) => sub.kind === 'validation' || (sub.path?.length ?? 0) > 0);
    if (inner)
      return describeIssue({
        ...inner,
        path: [...(issue.path ?? []), ...(inner.path ?? [])],
      } as typeof inner);
  }
  const where = describePath(issue.path);
  if (issue.kind === 'validation') return `${where}: ${issue.message}`;
  // Strict objects report a field they do not know as expecting "never".
  if (issue.expected === 'never') return `${where}: is not a field of a grid (check the spelling)`;
  if (issue.input === undefined) return `${where}: is missing`;
  if (issue.type === 'picklist' || issue.type === 'literal') return `${where}: ${issue.message}`;
  // Only the editor can hand over NaN (a box with no digits in it); JSON has no NaN.
  if (issue.type === 'number' && Number.isNaN(issue.input)) {
    return `${where}: must be a number written in digits, for example 7`;
  }
  const wanted = TYPE_WORDS[issue.type] ?? issue.expected ?? issue.type;
  return `${where}: must be ${wanted}, not ${receivedWords(issue.input)}`;
}
