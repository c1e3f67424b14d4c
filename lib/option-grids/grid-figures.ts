import type { GridFigure, GridLanguage } from './grid';

/**
 * Absolute figures in words, "N in 100 people, over T", with the other framing
 * (what happens to the rest) where the grid gives it: NICE NG197 §1.5 asks for
 * absolute numbers over a stated time, both positive and negative framing.
 */
export function figureSentences(figure: GridFigure, language: GridLanguage): string[] {
  const over = capitalise(figure.over.trim());
  const rest = 100 - figure.inHundred;
  if (language === 'cy') {
    return [
      `${over}, mae ${figure.inHundred} o bob 100 o bobl ${figure.outcome}.`,
      ...(figure.otherOutcome ? [`Mae’r ${rest} arall o bob 100 ${figure.otherOutcome}.`] : []),
    ];
  }
  return [
    `${over}, ${figure.inHundred} in 100 people ${figure.outcome}.`,
    ...(figure.otherOutcome ? [`The other ${rest} in 100 ${figure.otherOutcome}.`] : []),
  ];
}

/** The 100 cells of a 10×10 icon array, row by row: the first `inHundred` are marked. */
export function iconArrayCells(figure: GridFigure): { row: number; column: number; marked: boolean }[] {
  return Array.from({ length: 100 }, (_, index) => ({
    row: Math.floor(index / 10),
    column: index % 10,
    marked: index < figure.inHundred,
  }));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
