import * as v from 'valibot';

/**
 * The shapes the FHIR reader accepts, as data: every field it reads is typed and bounded, every
 * other field is ignored (FHIR resources carry much more than Cocreate needs). Written for
 * read-fhir-bundle.ts; the format is the one fhir.ts writes (docs/standards.md, "Reading back").
 */

/** Most entries a Cocreate bundle can hold (the document, plan, goal, a few dozen observations). */
export const MAX_ENTRIES = 200;
const MAX_TEXT = 2000;

/** Plain text: bounded, and no control characters other than tab and new line. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const Text = v.pipe(
  v.string(),
  v.maxLength(MAX_TEXT),
  v.check((s) => !CONTROL.test(s)),
);

const Ref = v.looseObject({ reference: v.optional(Text) });
const Notes = v.optional(v.pipe(v.array(v.looseObject({ text: Text })), v.maxLength(50)));
const Person = v.looseObject({
  identifier: v.optional(v.looseObject({ system: v.optional(Text), value: v.optional(Text) })),
  display: v.optional(Text),
});
const Concept = v.looseObject({
  text: v.optional(Text),
  coding: v.optional(
    v.pipe(v.array(v.looseObject({ system: v.optional(Text), code: v.optional(Text) })), v.maxLength(20)),
  ),
});
const list = <T extends v.GenericSchema>(item: T, max = 50) =>
  v.optional(v.pipe(v.array(item), v.maxLength(max)));

export const BundleEnvelope = v.looseObject({
  resourceType: v.literal('Bundle'),
  type: v.literal('document'),
  meta: v.looseObject({
    source: Text,
    tag: list(v.looseObject({ system: v.optional(Text), code: v.optional(Text) }), 10),
  }),
  entry: v.pipe(
    v.array(v.looseObject({ fullUrl: Text, resource: v.looseObject({ resourceType: Text }) })),
    v.minLength(1),
    v.maxLength(MAX_ENTRIES),
  ),
});

export const CarePlanShape = v.looseObject({
  resourceType: v.literal('CarePlan'),
  meta: v.looseObject({ profile: v.pipe(v.array(Text), v.maxLength(10)) }),
  status: v.picklist(['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown']),
  intent: v.literal('plan'),
  title: v.optional(Text),
  description: v.optional(Text),
  subject: v.optional(Person),
  created: v.optional(Text),
  goal: list(Ref, 10),
  supportingInfo: list(Ref, 20),
  note: Notes,
  activity: list(
    v.looseObject({
      outcomeCodeableConcept: list(Concept, 10),
      detail: v.optional(
        v.looseObject({
          code: v.optional(Concept),
          description: v.optional(Text),
          instantiatesUri: list(Text, 10),
          scheduledPeriod: v.optional(v.looseObject({ start: v.optional(Text), end: v.optional(Text) })),
          scheduledString: v.optional(Text),
          performer: list(Person, 10),
        }),
      ),
    }),
  ),
});

export const GoalShape = v.looseObject({
  resourceType: v.literal('Goal'),
  description: v.looseObject({ text: Text }),
  target: list(v.looseObject({ measure: v.optional(Concept), dueDate: v.optional(Text) }), 10),
  addresses: list(Ref, 10),
});

export const ObservationShape = v.looseObject({
  resourceType: v.literal('Observation'),
  code: Concept,
  category: list(Concept, 10),
  focus: list(Ref, 10),
  valueInteger: v.optional(v.pipe(v.number(), v.integer())),
  valueQuantity: v.optional(v.looseObject({ value: v.optional(v.number()), unit: v.optional(Text) })),
  valueString: v.optional(Text),
  valueBoolean: v.optional(v.boolean()),
  valueCodeableConcept: v.optional(Concept),
  method: v.optional(Concept),
  note: Notes,
  component: list(
    v.looseObject({
      code: Concept,
      valueQuantity: v.optional(v.looseObject({ value: v.optional(v.number()), unit: v.optional(Text) })),
      valueString: v.optional(Text),
      valueBoolean: v.optional(v.boolean()),
      valueInteger: v.optional(v.pipe(v.number(), v.integer())),
    }),
    20,
  ),
});

export type CarePlanRead = v.InferOutput<typeof CarePlanShape>;
export type GoalRead = v.InferOutput<typeof GoalShape>;
export type ObservationRead = v.InferOutput<typeof ObservationShape>;
