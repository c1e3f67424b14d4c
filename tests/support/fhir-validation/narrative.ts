import type { Resource } from '@medplum/fhirtypes';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isObject, issue, type Issue } from './issue';

/**
 * The XHTML rules of FHIR R4 narrative (Narrative.div; invariants txt-1 and txt-2): well-formed
 * XML, one root `div` in the XHTML namespace, only the basic HTML formatting elements and
 * attributes (HTML 4.0 chapters 7–11 without ins/del, and 15; `a` with name or href; images),
 * no script or other active content, no event attributes, no entities XML does not define,
 * and some non-whitespace content. The element and attribute lists are those the HL7 reference
 * validator applies.
 */

const XHTML = 'http://www.w3.org/1999/xhtml';

const ELEMENTS = new Set(
  (
    'p br div h1 h2 h3 h4 h5 h6 a span b em i strong small big tt dfn q var abbr acronym cite ' +
    'blockquote hr address bdo kbd sub sup ul ol li dl dt dd pre table caption colgroup col thead tr ' +
    'tfoot tbody th td code samp img map area'
  ).split(' '),
);

const ANY_ELEMENT_ATTRIBUTES = new Set(
  (
    'title style class id lang xml:lang dir accesskey tabindex ' +
    // table cells and columns
    'span width align valign char charoff abbr axis headers scope rowspan colspan'
  ).split(' '),
);

const ELEMENT_ATTRIBUTES = new Set(
  (
    'a.href a.name a.charset a.type a.hreflang a.rel a.rev a.shape a.coords img.src img.alt img.longdesc ' +
    'img.height img.width img.usemap img.ismap img.border map.name area.shape area.coords area.href ' +
    'area.nohref area.alt blockquote.cite q.cite table.summary table.width table.border table.frame ' +
    'table.rules table.cellspacing table.cellpadding pre.space ol.start ol.type ul.type li.value li.type'
  ).split(' '),
);

/** Entities XML itself defines; `&nbsp;` and the like are HTML's and break an XML reader. */
const UNDEFINED_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
});

type Node = Record<string, unknown>;

const ATTRIBUTES = ':@';

function nameOf(node: Node): string {
  return Object.keys(node).find((k) => k !== ATTRIBUTES) ?? '';
}

/** What is wrong with one Narrative.div, or nothing. */
export function xhtmlIssues(div: string, at: string): Issue[] {
  const problems: string[] = [];
  const valid = XMLValidator.validate(div);
  if (valid !== true) return [issue('narrative', at, `not well-formed XML: ${valid.err.msg}`)];
  if (UNDEFINED_ENTITY.test(div))
    problems.push('uses an entity XML does not define (write the character itself)');
  const roots = (parser.parse(div) as Node[]).filter(
    (n) => nameOf(n) !== '#text' || String(n['#text']).trim(),
  );
  const root = roots[0];
  if (roots.length !== 1 || !root || nameOf(root) !== 'div')
    problems.push('must be exactly one <div> element');
  else if (!isObject(root[ATTRIBUTES]) || root[ATTRIBUTES].xmlns !== XHTML) {
    problems.push(`the <div> must be in the XHTML namespace (xmlns="${XHTML}")`);
  }
  let text = '';
  let images = 0;
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      const name = nameOf(node);
      if (name === '#text') {
        text += String(node['#text']);
        continue;
      }
      if (name === '?xml' || name.startsWith('!')) continue;
      if (name === 'img') images += 1;
      if (name === 'script') problems.push('contains a <script>: no active content is allowed');
      else if (!ELEMENTS.has(name)) problems.push(`<${name}> is not an element FHIR narrative allows`);
      const attributes = isObject(node[ATTRIBUTES]) ? node[ATTRIBUTES] : {};
      for (const [attribute, value] of Object.entries(attributes)) {
        if (/^on/i.test(attribute)) problems.push(`<${name} ${attribute}>: event attributes are not allowed`);
        else if (attribute === 'xmlns') {
          if (value !== XHTML) problems.push(`<${name}> declares another namespace (${String(value)})`);
        } else if (
          !ANY_ELEMENT_ATTRIBUTES.has(attribute) &&
          !ELEMENT_ATTRIBUTES.has(`${name}.${attribute}`)
        ) {
          problems.push(`<${name} ${attribute}> is not an attribute FHIR narrative allows`);
        }
        if (
          (attribute === 'href' || attribute === 'src') &&
          /^\s*(javascript|vbscript):/i.test(String(value))
        ) {
          problems.push(`<${name} ${attribute}> runs script`);
        }
      }
      const children = node[name];
      if (Array.isArray(children)) visit(children as Node[]);
    }
  };
  visit(roots);
  if (!text.trim() && images === 0) problems.push('is empty: a narrative needs some non-whitespace content');
  return problems.map((p) => issue('narrative', at, p));
}

/** Resources that are not DomainResources carry no narrative. */
const NO_NARRATIVE = new Set(['Bundle', 'Binary', 'Parameters']);

/** Every Narrative inside a value (Composition.section.text…), with its path. */
function innerNarratives(value: unknown, at: string): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => innerNarratives(v, `${at}[${i}]`));
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([k, v]): [string, string][] =>
    k === 'text' && isObject(v) && typeof v.div === 'string'
      ? [[v.div, `${at}.text.div`], ...innerNarratives(v, `${at}.text`)]
      : innerNarratives(v, `${at}.${k}`),
  );
}

/**
 * The resource's narrative against the rules above, and every narrative inside it (a
 * Composition's sections); a missing resource narrative is its own issue.
 */
export function narrativeIssues(resource: Resource): Issue[] {
  if (NO_NARRATIVE.has(resource.resourceType)) return [];
  const type = resource.resourceType;
  const text = (resource as { text?: { div?: string } }).text;
  const inner = Object.entries(resource)
    .filter(([k]) => k !== 'text')
    .flatMap(([k, v]) => innerNarratives(v, `${type}.${k}`));
  return [
    ...(text?.div
      ? xhtmlIssues(text.div, `${type}.text.div`)
      : [issue('narrative', `${type}.text`, NARRATIVE_MISSING)]),
    ...inner.flatMap(([div, at]) => xhtmlIssues(div, at)),
  ];
}

export const NARRATIVE_MISSING = 'no narrative (text.div): a receiving system has nothing to show';
