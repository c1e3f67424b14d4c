/**
 * Lines a merge left behind: git's own markers, and the forms Prettier rewrites them into in
 * Markdown (`<<<<<<< HEAD` indented as a list item's continuation, `=======` escaped as `\=======`,
 * `>>>>>>> main` turned into a nested quote `> > > > > > > main`). The patterns are built from counts
 * so this file holds no marker itself.
 */
const MARKERS = [
  new RegExp(`^\\s*${'<'.repeat(7)}(\\s|$)`),
  new RegExp(`^\\s*${'>'.repeat(7)}(\\s|$)`),
  new RegExp(`^\\s*${'\\|'.repeat(7)}(\\s|$)`),
  new RegExp(`^\\s*\\\\?${'='.repeat(7)}\\s*$`),
  new RegExp(`^\\s*(> ){6}>(\\s|$)`),
];

/** The 1-based numbers of the lines in `text` that are merge-conflict markers. */
export function conflictMarkerLines(text: string): number[] {
  return text
    .split('\n')
    .flatMap((line, index) => (MARKERS.some((marker) => marker.test(line)) ? [index + 1] : []));
}
