import type {
  CarePlan,
  CodeableConcept,
  Composition,
  Condition,
  DocumentReference,
  Goal,
  Narrative,
  Observation,
  ObservationComponent,
  Organization,
  Quantity,
} from '@medplum/fhirtypes';
import { narrative, type NarrativeBlock } from './fhir-narrative';

/**
 * Every resource's narrative, generated from the resource itself (never from the consultation
 * beside it), so what a receiving system shows is exactly what the resource says.
 */

const said = (c: CodeableConcept | undefined) => c?.text ?? c?.coding?.[0]?.display ?? '';
const amount = (q: Quantity | undefined) =>
  q ? [q.value, q.unit].filter((x) => x !== undefined).join(' ') : '';

type Valued = Pick<
  Observation,
  'valueString' | 'valueInteger' | 'valueQuantity' | 'valueBoolean' | 'valueCodeableConcept'
>;
function valueOf(o: Valued): string {
  if (o.valueString !== undefined) return o.valueString;
  if (o.valueInteger !== undefined) return String(o.valueInteger);
  if (o.valueBoolean !== undefined) return o.valueBoolean ? 'Yes' : 'No';
  return amount(o.valueQuantity) || said(o.valueCodeableConcept);
}
const component = (c: ObservationComponent): NarrativeBlock => ({ label: said(c.code), text: valueOf(c) });

function carePlan(p: CarePlan) {
  return narrative(p.title ?? 'Care plan', [
    { label: 'Status', text: p.status },
    { label: 'Patient', text: p.subject.display ?? '' },
    { label: 'About', text: p.description ?? '' },
    { label: 'Review by', text: p.period?.end ?? '' },
    {
      label: 'Activities',
      items: (p.activity ?? []).map((a) => {
        const d = a.detail;
        const when = d?.scheduledString ?? d?.scheduledPeriod?.start ?? d?.scheduledPeriod?.end ?? '';
        const what = [said(d?.code), d?.description].filter(Boolean).join(': ');
        const who = (d?.performer ?? []).map((p) => p.display ?? '').filter(Boolean);
        const by = who.length ? `who: ${who.join(', ')}` : '';
        return [what, a.outcomeCodeableConcept?.[0]?.text, by, when, d?.status].filter(Boolean).join(' — ');
      }),
    },
    { label: 'Notes', items: (p.note ?? []).map((n) => n.text) },
  ]);
}

function goal(g: Goal) {
  return narrative('Goal, in the patient’s words', [
    { text: said(g.description) },
    { label: 'Status', text: g.lifecycleStatus },
    { label: 'Progress', text: said(g.achievementStatus) },
    {
      label: 'Targets',
      items: (g.target ?? []).map((t) =>
        [said(t.measure), t.dueDate && `by ${t.dueDate}`].filter(Boolean).join(' '),
      ),
    },
  ]);
}

function observation(o: Observation) {
  return narrative(said(o.code) || 'Observation', [
    { text: valueOf(o) },
    ...(o.component ?? []).map(component),
    { label: 'Method', text: said(o.method) },
    { label: 'Date', text: o.effectiveDateTime ?? '' },
    { label: 'Notes', items: (o.note ?? []).map((n) => n.text) },
  ]);
}

const condition = (c: Condition) =>
  narrative('Problem', [{ text: said(c.code) }, { label: 'Status', text: said(c.clinicalStatus) }]);

const organization = (o: Organization) =>
  narrative('GP practice', [
    { text: o.name ?? '' },
    { label: 'Telephone', text: o.telecom?.[0]?.value ?? '' },
  ]);

const composition = (c: Composition) =>
  narrative(c.title, [
    { label: 'Status', text: c.status },
    { label: 'Date', text: c.date },
    { label: 'Written by', text: c.author.map((a) => a.display ?? '').join(', ') },
    { label: 'Sections', items: (c.section ?? []).map((s) => s.title ?? '') },
  ]);

const documentReference = (d: DocumentReference) =>
  narrative(d.description ?? 'Document', [
    { label: 'Type', text: said(d.type) },
    {
      label: 'Attached',
      items: d.content.map((c) =>
        [c.attachment.title, c.attachment.language, c.attachment.contentType].filter(Boolean).join(', '),
      ),
    },
  ]);

/** Every resource type the export writes. */
export type WrittenResource =
  CarePlan | Goal | Observation | Condition | Organization | Composition | DocumentReference;

function narrativeOf(r: WrittenResource): Narrative {
  switch (r.resourceType) {
    case 'CarePlan':
      return carePlan(r);
    case 'Goal':
      return goal(r);
    case 'Observation':
      return observation(r);
    case 'Condition':
      return condition(r);
    case 'Organization':
      return organization(r);
    case 'Composition':
      return composition(r);
    case 'DocumentReference':
      return documentReference(r);
  }
}

/** The resource with its generated narrative. */
export function withNarrative<T extends WrittenResource>(resource: T): T {
  const text = narrativeOf(resource);
  // The narrative goes after id and meta, where FHIR's JSON order puts it.
  const { resourceType, id, meta, ...rest } = resource as WrittenResource & Record<string, unknown>;
  return { resourceType, ...(id ? { id } : {}), ...(meta ? { meta } : {}), text, ...rest } as unknown as T;
}
