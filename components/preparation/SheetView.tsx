import { ANSWER_SECTIONS } from '../../lib/preparation/build-sheet';
import type { PlanDocument } from '../../lib/plan/plan-types';

/**
 * The preparation sheet as text nodes only (no markup from data), with ruled space to write
 * under each question the patient answers (docs/preparation.md).
 */
export function SheetView({ doc }: { doc: PlanDocument }) {
  return (
    <article class="plan-doc prep-sheet" lang={doc.language === 'cy' ? 'cy' : 'en-GB'}>
      <h1 class="plan-doc__title">{doc.title}</h1>
      {doc.sections.map((section) => (
        <section key={section.id} class="plan-doc__section" data-section={section.id}>
          <h2>{section.heading}</h2>
          {section.lines.map((line, index) => (
            <p key={index}>
              {line.label ? <strong>{line.label}: </strong> : null}
              {line.text}
            </p>
          ))}
          {(ANSWER_SECTIONS as readonly string[]).includes(section.id) ? (
            <div class="prep-sheet__write" aria-hidden="true" />
          ) : null}
        </section>
      ))}
    </article>
  );
}
