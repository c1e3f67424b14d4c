import type { ActivationLevel, CareAim } from '../domain/consultation';
import type { ElementId } from '../domain/elements';
import type { ThreadId } from '../domain/element-registry';

/** Languages the element names and prompts exist in (the issue asks for English and Welsh). */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the sidebar shows for one element: a name, a purpose, one-line prompts and "why this matters". */
export interface ElementStrings {
  name: string;
  purpose: string;
  /** Nudges to glance at, one line each (docs/framework.md, "Who it serves"). */
  prompts: readonly string[];
  why: string;
}

export interface ThreadStrings {
  name: string;
  purpose: string;
  prompts: readonly string[];
}

/** Everything in one language; `satisfies` on each catalogue makes a missing key a type error. */
export interface Catalogue {
  elements: Record<ElementId, ElementStrings>;
  threads: Record<ThreadId, ThreadStrings>;
  careAims: Record<CareAim, { name: string; description: string }>;
  activation: Record<ActivationLevel, string>;
}
