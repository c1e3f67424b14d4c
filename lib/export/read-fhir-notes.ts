import { Damaged } from './read-fhir-damage';

/** A note's text after its label, '' when no note has the label; Damaged when two have it. */
export function noteAfter(notes: readonly { text: string }[] | undefined, label: string): string {
  const found = (notes ?? []).filter((n) => n.text.startsWith(label));
  if (found.length > 1) throw new Damaged();
  return (found[0]?.text.slice(label.length) ?? '').trim();
}
