import type { PlanDocument } from '../../lib/plan/plan-types';

interface Props {
  doc: PlanDocument;
  /** The page's own heading level for the title; sections sit one below. */
  level?: 1 | 2 | 3;
}

/** A plan rendered as text nodes only: consultation words are never read as markup (docs/privacy.md). */
export function PlanDocumentView({ doc, level = 2 }: Props) {
  const Title = (['h1', 'h2', 'h3'] as const)[level - 1] ?? 'h2';
  const Heading = (['h2', 'h3', 'h4'] as const)[level - 1] ?? 'h3';
  return (
    <article class="plan-doc" lang={doc.language === 'cy' ? 'cy' : 'en-GB'}>
      <Title class="plan-doc__title">{doc.title}</Title>
      {doc.sections.map((section) => (
        <section key={section.id} class="plan-doc__section" data-section={section.id}>
          <Heading>{section.heading}</Heading>
          {section.lines.map((line, index) => (
            <p key={index}>
              {line.label ? <strong>{line.label}: </strong> : null}
              {line.quote ? `“${line.text}”` : line.text}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
