import * as v from 'valibot';

/** Thrown by the FHIR reader's parts on anything a Cocreate bundle would not hold; caught once, at the top. */
export class Damaged extends Error {}

/** The value in the schema's shape, or Damaged. */
export function parse<T extends v.GenericSchema>(schema: T, value: unknown): v.InferOutput<T> {
  const result = v.safeParse(schema, value);
  if (!result.success) throw new Damaged();
  return result.output;
}
