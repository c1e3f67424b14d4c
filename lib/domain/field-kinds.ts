/**
 * What kind of value each field of a consultation holds (docs/framework.md, "What the sidebar
 * captures"). The element registry gives every field a kind; from the kinds follow which fields
 * are free text (purged by retention, copied after a failed save), which are the patient's own
 * words (never rewritten into plain words), and which count towards "element used".
 */
export type FieldKind =
  /** Words the clinician typed. */
  | 'free-text'
  /** Words the patient said, quoted back to them: never reworded. */
  | 'patient-words'
  /** One of a fixed set (an enum, a tick, a chosen grid). */
  | 'choice'
  | 'number'
  /** A date the clinician entered (may be typed text such as "in 6 weeks"). */
  | 'date'
  /** A record's own time stamp, set by the software. */
  | 'timestamp'
  /** A reference to another record or option. */
  | 'id'
  /** A clinical measurement or its label or unit, as typed. */
  | 'clinical-value'
  /** The local patient reference (initials and year of birth, not an NHS number). */
  | 'patient-ref';

/**
 * A field whose value is preset (from settings, or by the review offer) rather than captured in
 * the conversation: it does not make its element "used".
 */
export interface PresetField {
  kind: FieldKind;
  presetBy: string;
}

/** A leaf field: its kind applies to every string or number in it (a list of choices is a 'choice'). */
export type LeafSpec = FieldKind | PresetField;

/** Every field of `T` has a spec: a field added to the type without one is a type error here. */
export type FieldSpecs<T> = { readonly [K in keyof T]-?: FieldSpec<T[K]> };

/** A list of records (`{ each }`) or a nested record (`{ fields }`) spells out its own fields. */
export type FieldSpec<V> =
  | LeafSpec
  | (NonNullable<V> extends readonly (infer U)[]
      ? U extends object
        ? { readonly each: FieldSpecs<U> }
        : never
      : NonNullable<V> extends object
        ? { readonly fields: FieldSpecs<NonNullable<V>> }
        : never);

/** The spec of a field once its type is forgotten, for walking records. */
export type AnySpec = LeafSpec | { readonly each: AnySpecs } | { readonly fields: AnySpecs };
export type AnySpecs = Readonly<Record<string, AnySpec>>;

export function leafKind(spec: AnySpec): FieldKind | null {
  if (typeof spec === 'string') return spec;
  return 'kind' in spec ? spec.kind : null;
}

export function isPreset(spec: AnySpec): boolean {
  return typeof spec === 'object' && 'presetBy' in spec;
}
