import type { AuditFigures } from '../../lib/audit/compute-audit';

/** The headline counts as a definition list the eye can scan. */
export function AuditHeadlines({ figures }: { figures: AuditFigures }) {
  const items: [string, number][] = [
    ['Consultations', figures.consultations],
    ['Quick path', figures.quick],
    ['Full path', figures.full],
    ['Plans agreed', figures.plansAgreed],
    ['Plans reviewed', figures.plansReviewed],
    ['No-treatment choices', figures.noTreatment],
  ];
  return (
    <dl class="audit-headlines" aria-label="Headline figures">
      {items.map(([label, value]) => (
        <div key={label} class="audit-headlines__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
