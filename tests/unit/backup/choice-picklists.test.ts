import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ROW_SCHEMAS } from '../../../lib/backup/row-schemas';
import { newConsultation } from '../../../lib/domain/new-consultation';
import { registryChoices, withValueAt } from '../domain/registry-choices';

interface Node {
  type: string;
  entries?: Record<string, Node>;
  item?: Node;
  items?: Node[];
  wrapped?: Node;
  options?: readonly unknown[];
}

/** Every picklist in a schema, by path ("options.careAims.*" for each item of a list). */
function picklists(node: Node, path = ''): [string, readonly unknown[]][] {
  const join = (key: string) => (path ? `${path}.${key}` : key);
  if (node.type === 'picklist') return [[path, node.options ?? []]];
  if (node.wrapped) return picklists(node.wrapped, path);
  if (node.item) return picklists(node.item, join('*'));
  if (node.entries)
    return Object.entries(node.entries).flatMap(([key, child]) => picklists(child, join(key)));
  return [];
}

const schema = ROW_SCHEMAS.get('consultations')!;
const found = picklists(schema);
const REGISTRY = registryChoices();
/** The registry's values for a picklist's path; a list of values is one field there ("options.careAims"). */
const registryValues = (path: string) => REGISTRY.get(path) ?? REGISTRY.get(path.replace(/\.\*$/, ''));

const row = newConsultation({ id: 'c1', now: new Date(0), path: 'full', plannedMinutes: 10 });
const accepts = (value: unknown) => v.safeParse(schema, value).success;

describe('the backup’s consultation row checks choices against the registry', () => {
  it('finds the choices it checks (path, element, status, plan language, owner, care aims, collaboRATE language)', () => {
    expect(found.map(([path]) => path).sort()).toEqual([
      'agenda.items.*.owner',
      'collaborate.language',
      'currentElement',
      'options.careAims.*',
      'path',
      'preparation.language',
      'status',
    ]);
  });

  it.each(found)('%s allows exactly the registry’s values', (path, options) => {
    expect(registryValues(path)).toBeDefined();
    expect([...options]).toEqual([...registryValues(path)!]);
  });

  it.each(found)('%s refuses a value the registry does not list, and takes each it does', (path) => {
    // collaboRATE is absent on a fresh record: give it a whole answer so only the language is tried.
    const base =
      path === 'collaborate.language'
        ? { ...row, collaborate: { answers: [1, 2, 3], language: 'en', answeredAt: '2026-01-01' } }
        : path === 'agenda.items.*.owner'
          ? withValueAt(row, 'agenda.items.*', { id: 'i1', text: 'sleep', owner: 'patient' })
          : row;
    expect(accepts(base)).toBe(true);
    expect(accepts(withValueAt(base, path, 'not-a-value'))).toBe(false);
    for (const value of registryValues(path)!) expect(accepts(withValueAt(base, path, value))).toBe(true);
  });
});
