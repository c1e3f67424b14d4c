import type { Resource, StructureDefinition } from '@medplum/fhirtypes';
import { XMLParser } from 'fast-xml-parser';
import { baseDefinition, childElement, childrenPath } from './definitions';
import { isObject } from './issue';

/**
 * A FHIR XML resource as FHIR JSON, shaped by the base R4 definitions: an element that may
 * repeat becomes an array even when the XML has one, a primitive's `value` attribute becomes its
 * JSON value (a number or boolean where the type is one), a resource inside another keeps its
 * own type, and a narrative `div` stays the XHTML it is. Extensions on primitives (`_x`) and
 * comments are dropped: the UK Core files' examples use neither for content.
 */

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  stopNodes: ['*.div'],
});

const NUMBER_TYPES = new Set(['integer', 'decimal', 'positiveInt', 'unsignedInt']);

type Node = Record<string, unknown>;

function primitive(node: Node, type: string): unknown {
  const value = node.value;
  if (typeof value !== 'string') return undefined;
  if (type === 'boolean') return value === 'true';
  return NUMBER_TYPES.has(type) ? Number(value) : value;
}

function shape(node: Node, sd: StructureDefinition, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, content] of Object.entries(node)) {
    if (name === 'xmlns') continue;
    if (name === 'url' || name === 'id') {
      // Attributes in XML (Extension.url, Element.id), values in JSON.
      if (typeof content === 'string') out[name] = content;
      else if (Array.isArray(content) && isObject(content[0])) out[name] = content[0].value;
      continue;
    }
    const found = childElement(sd, path, name);
    if (!found) continue;
    const { element, type } = found;
    const items = (Array.isArray(content) ? content : [content]).filter(isObject).map((item): unknown => {
      if (type === 'xhtml') {
        const inner = typeof item['#text'] === 'string' ? item['#text'] : '';
        return `<div xmlns="${String(item.xmlns)}">${inner}</div>`;
      }
      if (type === 'Resource') return resourceFrom(item);
      if (type === 'BackboneElement' || type === 'Element') return shape(item, sd, childrenPath(element));
      const typeSd = baseDefinition(type);
      if (typeSd?.kind === 'complex-type') return shape(item, typeSd, type);
      return primitive(item, type);
    });
    const values = items.filter((v) => v !== undefined);
    if (!values.length) continue;
    out[name] = element.max === '1' ? values[0] : values;
  }
  return out;
}

function resourceFrom(wrapper: Node): Resource | undefined {
  const type = Object.keys(wrapper).find((k) => k !== 'xmlns');
  const sd = type ? baseDefinition(type) : undefined;
  const node = type ? (wrapper[type] as unknown[] | undefined)?.[0] : undefined;
  if (!type || !sd || !isObject(node)) return undefined;
  return { resourceType: type, ...shape(node, sd, type) } as Resource;
}

/** The resource in a FHIR XML document. */
export function resourceFromXml(xml: string): Resource {
  const resource = resourceFrom(parser.parse(xml) as Node);
  if (!resource) throw new Error('Not a FHIR resource in XML.');
  return resource;
}
