import * as v from 'valibot';
import type { OptionGrid } from './grid';
import { gridConsistencyProblems, type ConsistencyOptions } from './grid-consistency';
import { describeIssue } from './grid-errors';
import { GridSchema, LIBRARY_FORMAT, LibrarySchema } from './grid-schema';
import { GRID_LIMITS } from './limits';
import { unsafeStructure } from './text-rules';

/**
 * Untrusted JSON in, a valid grid or plain-words errors out (docs/option-grids.md). Pure:
 * nothing here stores anything, so callers validate a whole file before one
 * write and an import never half-writes.
 */

export type GridParseResult = { ok: true; grid: OptionGrid } | { ok: false; errors: string[] };

export interface GridLibraryInfo {
  name: string;
  publisher: string;
  publishedAt: string;
}

export type GridFileResult =
  | { ok: true; kind: 'grid' | 'library'; grids: OptionGrid[]; library: GridLibraryInfo | null }
  | { ok: false; errors: string[] };

const MAX_ERRORS = 25;

/**
 * Validates one grid document (already parsed from JSON). `legacy` is only for rows
 * already stored on this PC (see grid-consistency.ts).
 */
export function parseGrid(json: unknown, options: ConsistencyOptions = {}): GridParseResult {
  const structural = unsafeStructure(json, GRID_LIMITS.depth);
  if (structural.length > 0) return { ok: false, errors: structural };
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, errors: ['The grid must be a JSON object { … }'] };
  }
  const result = v.safeParse(GridSchema, json);
  if (!result.success) return { ok: false, errors: cap(result.issues.map(describeIssue)) };
  const grid = result.output;
  const problems = gridConsistencyProblems(grid, options);
  return problems.length > 0 ? { ok: false, errors: cap(problems) } : { ok: true, grid };
}

/** A single-grid file (the text of a .json file). */
export function parseGridFile(text: string): GridParseResult {
  const file = parseAnyGridFile(text);
  if (!file.ok) return file;
  if (file.kind === 'library') {
    return { ok: false, errors: ['This is a library file with many grids; import it as a library'] };
  }
  const [grid] = file.grids;
  return grid ? { ok: true, grid } : { ok: false, errors: ['The file holds no grid'] };
}

/** Either a single grid or a library bundle; every grid must be valid or nothing is returned. */
export function parseAnyGridFile(text: string): GridFileResult {
  if (text.length > GRID_LIMITS.fileChars) {
    return {
      ok: false,
      errors: [
        `The file is too large to be a grid library (over ${GRID_LIMITS.fileChars / 1e6} million characters)`,
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return { ok: false, errors: [`The file is not valid JSON${detail}`] };
  }
  const isLibrary = json !== null && typeof json === 'object' && Object.hasOwn(json, 'format');
  if (!isLibrary) {
    const single = parseGrid(json);
    return single.ok ? { ok: true, kind: 'grid', grids: [single.grid], library: null } : single;
  }
  return parseLibrary(json);
}

/** A library bundle: `{ "format": "cocreate-option-grids", "version": 1, "grids": [...] }`. */
export function parseLibrary(json: unknown): GridFileResult {
  const structural = unsafeStructure(json, GRID_LIMITS.depth + 2);
  if (structural.length > 0) return { ok: false, errors: structural };
  const result = v.safeParse(LibrarySchema, json);
  if (!result.success) {
    return { ok: false, errors: cap(result.issues.map((issue) => `Library: ${describeIssue(issue)}`)) };
  }
  const errors: string[] = [];
  const grids: OptionGrid[] = [];
  const seen = new Set<string>();
  result.output.grids.forEach((raw, index) => {
    const parsed = parseGrid(raw);
    const label = `Grid ${index + 1}${gridIdOf(raw)}`;
    if (!parsed.ok) {
      errors.push(...parsed.errors.map((error) => `${label}: ${error}`));
      return;
    }
    if (seen.has(parsed.grid.id))
      errors.push(`${label}: the id "${parsed.grid.id}" appears twice in this library`);
    seen.add(parsed.grid.id);
    grids.push(parsed.grid);
  });
  if (errors.length > 0) return { ok: false, errors: cap(errors) };
  const { name = '', publisher = '', publishedAt = '' } = result.output;
  return { ok: true, kind: 'library', grids, library: { name, publisher, publishedAt } };
}

/** Builds a library bundle document ready for JSON.stringify. */
export function toLibraryDocument(grids: OptionGrid[], info: Partial<GridLibraryInfo> = {}) {
  return {
    format: LIBRARY_FORMAT,
    version: 1,
    ...(info.name ? { name: info.name } : {}),
    ...(info.publisher ? { publisher: info.publisher } : {}),
    ...(info.publishedAt ? { publishedAt: info.publishedAt } : {}),
    grids,
  };
}

function gridIdOf(raw: unknown): string {
  if (raw === null || typeof raw !== 'object') return '';
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' && id.length <= GRID_LIMITS.id ? ` ("${id}")` : '';
}

function cap(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), `…and ${errors.length - MAX_ERRORS} more problems`];
}
