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

/**
 * A choice among named values (lib/domain/choice-values.ts), for a field or each item of a list.
 * `values` is exactly the field's type: `exact` is never set, but it makes a list that leaves a
 * value out (or adds one) a type error where the registry names the field.
 */
export interface ChoiceSpec<V> {
  readonly kind: 'choice';
  readonly values: readonly V[];
  readonly presetBy?: string;
  readonly exact?: (value: V) => V;
}

/** The field's choice spec made from its list of values (and what presets it, if anything does). */
export function choice<const T extends readonly (string | number)[]>(
  values: T,
  presetBy?: string,
): ChoiceSpec<T[number]> {
  return presetBy === undefined ? { kind: 'choice', values } : { kind: 'choice', values, presetBy };
}

/** Every field of `T` has a spec: a field added to the type without one is a type error here. */
export type FieldSpecs<T> = { readonly [K in keyof T]-?: FieldSpec<T[K]> };

/** A field's one value, or the item of a list of values. */
type ValueOf<V> = NonNullable<V> extends readonly (infer U)[] ? U : NonNullable<V>;
/** The named values of a field whose type is a union of literals ('a' | 'b', 1 | 2), else never. */
type NamedValues<V> = V extends string | number
  ? string extends V
    ? never
    : number extends V
      ? never
      : V
  : never;

/**
 * A field whose type names its values must carry them (`choice(VALUES)`); any other field has a
 * kind, or spells out its own fields: a list of records (`{ each }`) or a nested record (`{ fields }`).
 */
export type FieldSpec<V> = [NamedValues<ValueOf<V>>] extends [never]
  ? | LeafSpec
    | (NonNullable<V> extends readonly (infer U)[]
        ? U extends object
          ? { readonly each: FieldSpecs<U> }
          : never
        : NonNullable<V> extends object
          ? { readonly fields: FieldSpecs<NonNullable<V>> }
          : never)
  : ChoiceSpec<NamedValues<ValueOf<V>>>;

/** The spec of a field once its type is forgotten, for walking records. */
export type AnySpec = LeafSpec | AnyChoiceSpec | { readonly each: AnySpecs } | { readonly fields: AnySpecs };
export type AnySpecs = Readonly<Record<string, AnySpec>>;
export interface AnyChoiceSpec {
  readonly kind: 'choice';
  readonly values: readonly unknown[];
  readonly presetBy?: string;
}

export function leafKind(spec: AnySpec): FieldKind | null {
  if (typeof spec === 'string') return spec;
  return 'kind' in spec ? spec.kind : null;
}

/** The values a choice field allows, or null for a field that does not name them. */
export function choiceValues(spec: AnySpec | undefined): readonly unknown[] | null {
  return typeof spec === 'object' && 'values' in spec ? spec.values : null;
}

export function isPreset(spec: AnySpec): boolean {
  return typeof spec === 'object' && 'presetBy' in spec;
}
