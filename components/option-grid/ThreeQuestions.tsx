import type { GridLanguage } from '../../lib/option-grids/grid';
import { GRID_WORDS } from '../../lib/option-grids/grid-words';

/** The patient's three questions, shown beside any grid as a prompt (docs/framework.md, "Tools and measures"), with their source. */
export function ThreeQuestions({ language = 'en' }: { language?: GridLanguage }) {
  const words = GRID_WORDS[language];
  return (
    <aside class="three-questions" aria-label={words.threeQuestionsHeading} lang={language}>
      <p class="three-questions__heading">{words.threeQuestionsHeading}</p>
      <ol>
        {words.threeQuestions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ol>
      <p class="three-questions__source">{words.threeQuestionsSource}</p>
    </aside>
  );
}
