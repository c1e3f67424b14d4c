/**
 * Size limits for grid content. A grid is one printed page (docs/option-grids.md, "Print and screen"), so no
 * sensible field comes near these; they exist to refuse hostile or broken
 * files (a 5 MB "title", 200 options) before anything is stored or rendered.
 */
export const GRID_LIMITS = {
  id: 80,
  version: 20,
  title: 120,
  decision: 250,
  keyword: 60,
  keywords: 40,
  optionsMin: 2,
  optionsMax: 5,
  optionLabel: 80,
  optionLine: 250,
  questionsMin: 1,
  questionsMax: 20,
  question: 250,
  answer: 500,
  sourcesMin: 1,
  sourcesMax: 20,
  citation: 400,
  url: 500,
  person: 150,
  /** Lines in each scope list and in the safety net. */
  linesMax: 10,
  line: 300,
  figureText: 150,
  reason: 250,
  libraryName: 150,
  /** Grids in one library bundle. */
  libraryGrids: 1000,
  /** Characters in one file: a 1000-grid library is about 5 MB at most. */
  fileChars: 8_000_000,
  /** Nesting depth of JSON before we give up (a grid is only 4 deep). */
  depth: 12,
} as const;
