import type { Nation } from '../domain/nation';
import type { GridSafetyNetEntry, GridSafetyNetLine, OptionGrid } from './grid';
import { gridNation } from './grid-nation';

/** What decides which of a grid's "when to get help" lines reach a patient's plan. */
export interface SafetyNetChoice {
  /** The practice's nation: a line with a nation variant gives that variant. */
  nation: Nation | undefined;
  /** The grid options the patient chose: option-specific lines belong only to these. */
  chosenOptionIds: readonly string[];
}

/**
 * The grid's own "when to get help" lines for one patient (docs/urgent-help.md): the
 * general lines, in the nation's variant, and only those option-specific lines that belong
 * to an option the patient chose. The grid passed is already the one in the plan's language.
 */
export function gridSafetyNetLines(grid: Pick<OptionGrid, 'safetyNet'>, choice: SafetyNetChoice): string[] {
  const chosen = new Set(choice.chosenOptionIds);
  return safetyNetEntries(grid)
    .filter((line) => !line.forOptions || line.forOptions.some((id) => chosen.has(id)))
    .map((line) => lineForNation(line, choice.nation))
    .filter(Boolean);
}

/** Every line in its full form: a plain string is a general line with no variants. */
export function safetyNetEntries(grid: Pick<OptionGrid, 'safetyNet'>): GridSafetyNetLine[] {
  const entries: readonly unknown[] = Array.isArray(grid.safetyNet) ? grid.safetyNet : [];
  return entries.flatMap((entry) => {
    const line = toLine(entry);
    return line ? [line] : [];
  });
}

/** A stored entry in its full form, for the editor (an empty line stays, to be typed into). */
export function asLine(entry: GridSafetyNetEntry): GridSafetyNetLine {
  return typeof entry === 'string' ? { text: entry } : entry;
}

/** One line's words for `nation` (its own variant, else the general wording), trimmed. */
export function lineForNation(line: GridSafetyNetLine, nation: Nation | undefined): string {
  const variant = gridNation(nation);
  const worded = variant ? line.byNation?.[variant] : undefined;
  return (typeof worded === 'string' && worded.trim() ? worded : line.text).trim();
}

/** The compact stored form: a line with no variants and no options is written as plain text. */
export function toEntry(line: GridSafetyNetLine): GridSafetyNetEntry {
  const byNation = Object.fromEntries(
    Object.entries(line.byNation ?? {}).filter(([, text]) => typeof text === 'string' && text.trim()),
  );
  const forOptions = line.forOptions?.filter(Boolean) ?? [];
  if (Object.keys(byNation).length === 0 && forOptions.length === 0) return line.text;
  return {
    text: line.text,
    ...(Object.keys(byNation).length > 0 ? { byNation } : {}),
    ...(forOptions.length > 0 ? { forOptions } : {}),
  };
}

// A stored grid from an older version, or a corrupt record, may hold anything: only text counts.
function toLine(entry: unknown): GridSafetyNetLine | null {
  if (typeof entry === 'string') return entry.trim() ? { text: entry } : null;
  if (entry === null || typeof entry !== 'object') return null;
  const { text, byNation, forOptions } = entry as Partial<GridSafetyNetLine>;
  if (typeof text !== 'string' || !text.trim()) return null;
  return {
    text,
    ...(byNation && typeof byNation === 'object' ? { byNation } : {}),
    ...(Array.isArray(forOptions) ? { forOptions: forOptions.filter((id) => typeof id === 'string') } : {}),
  };
}

/** One line as a grid view shows it before anything is chosen: its words and who it is for. */
export interface ShownSafetyNetLine {
  text: string;
  /** The labels of the options it belongs to; empty for a line for everyone. */
  forOptionLabels: string[];
}

/** Every line of the grid in the nation's wording, each with the options it belongs to. */
export function gridSafetyNetShown(
  grid: Pick<OptionGrid, 'safetyNet' | 'options'>,
  nation: Nation | undefined,
): ShownSafetyNetLine[] {
  const labels = new Map(grid.options.map((option) => [option.id, option.label]));
  return safetyNetEntries(grid)
    .map((line) => ({
      text: lineForNation(line, nation),
      forOptionLabels: (line.forOptions ?? []).flatMap((id) => {
        const label = labels.get(id);
        return label ? [label] : [];
      }),
    }))
    .filter((line) => line.text);
}
