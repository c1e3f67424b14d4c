import { useEffect } from 'preact/hooks';
import { suggestedReview } from '../../lib/agreement/suggested-review';
import { dateAfter } from '../../lib/domain/follow-up';
import { chooseInGrid, choiceMovesOn } from '../../lib/domain/quick-moves';
import type { OptionGrid } from '../../lib/option-grids/grid';
import { readGridTogether, stopUsingGrid, toggleQuestion } from '../../lib/option-grids/grid-in-consultation';
import { CHECK_BEFORE_USE } from '../../lib/option-grids/grid-words';
import { useApp } from '../app-context';
import { focusField } from '../ui/focus-field';
import { GridChoice } from './GridChoice';
import { GridCompact } from './GridCompact';
import { GridNotices } from './GridNotices';
import { GridSafetyNet } from './GridSafetyNet';
import { GridSearch } from './GridSearch';
import { GridSources } from './GridSources';
import { GridSuggestions } from './GridSuggestions';
import { gridViewPath, openExtensionTab } from './open-tab';
import { ThreeQuestions } from './ThreeQuestions';
import { useCatalogue } from './use-catalogue';
import './option-grid.css';

/**
 * Option grids inside "discussing options" (docs/framework.md, element 4; docs/option-grids.md): find a
 * grid, read it together, tick the questions that mattered and the option(s)
 * the patient leans to. Everything is written to the consultation, so the
 * plan and the note name the grid and its version.
 */
export function GridPanel({ today = () => new Date() }: { today?: () => Date }) {
  const { model, db, settings } = useApp();
  const { catalogue, error, load } = useCatalogue(db);
  const section = model.consultation.value?.options;
  const usedId = section?.grid?.id;
  const consultation = model.consultation.value;
  // What the patient said, for the grids that fit it (docs/quick-path.md, "Grid from the agenda").
  const said = consultation
    ? [...consultation.agenda.items.map((item) => item.text), consultation.options.problem].join(' ')
    : '';
  const suggest = !usedId && said.trim() !== '';

  // A consultation reopened with a grid already in use shows it straight away; one with an
  // agenda loads the grids to suggest those that fit it.
  useEffect(() => {
    if (usedId || suggest) void load();
  }, [usedId, suggest, load]);

  if (!section) return null;
  const entry = usedId ? catalogue?.byId(usedId) : undefined;

  const open = (grid: OptionGrid) =>
    model.update((c) => {
      const previous = c.options.grid ? catalogue?.byId(c.options.grid.id)?.grid : undefined;
      return { ...c, options: readGridTogether(c.options, grid, previous) };
    });
  // The first choice goes on to agreeing the way forward, the cursor in the box the plan needs next.
  const choose = (grid: OptionGrid, optionId: string, on: boolean) => {
    const review = suggestedReview(grid.id);
    model.apply(chooseInGrid, optionId, on, review ? dateAfter(today(), review) : '');
    const now = model.consultation.value;
    if (now?.currentElement !== 'agreement') return;
    void model.flush();
    focusField(now.agreement.noTreatment ? "Why (in the patient's words)" : 'Goal');
  };
  const close = () => model.update((c) => ({ ...c, options: stopUsingGrid(c.options, entry?.grid) }));

  return (
    <section class="grid-panel" aria-labelledby="grid-panel-title">
      <h3 class="step__subtitle" id="grid-panel-title">
        Option grid
      </h3>
      {suggest && catalogue ? (
        <GridSuggestions
          grids={catalogue.entries.map((entry) => entry.grid)}
          said={said}
          welsh={consultation?.preparation.language !== 'en'}
          onOpen={open}
        />
      ) : null}
      <GridSearch catalogue={catalogue} onFirstUse={() => void load()} onOpen={(found) => open(found.grid)} />
      {error ? <p role="alert">The option grids could not be loaded: {error}</p> : null}
      {section.grid && !entry ? (
        <p class="field__hint">
          {catalogue
            ? `“${section.grid.title}” (version ${section.grid.version}) is no longer in the grid library on this computer.`
            : `Loading “${section.grid.title}”…`}
        </p>
      ) : null}
      {entry ? (
        <article class="grid-panel__grid" aria-label={`Option grid: ${entry.grid.title}`}>
          <h4 class="grid-panel__title">{entry.grid.title}</h4>
          <GridNotices grid={entry.grid} today={today().toISOString().slice(0, 10)} />
          <p class="grid-panel__decision">{entry.grid.decision}</p>
          <GridChoice
            grid={entry.grid}
            leaning={section.leaning}
            movesOn={consultation ? choiceMovesOn(consultation) : false}
            // Leaning to an option is choosing it (docs/quick-path.md, "One click chooses").
            onLeaning={(id, on) => choose(entry.grid, id, on)}
          />
          {section.grid && section.grid.version !== entry.grid.version ? (
            <p class="field__hint">
              This consultation used version {section.grid.version}; the library now has version{' '}
              {entry.grid.version}.
            </p>
          ) : null}
          <div class="toolbar">
            <button type="button" onClick={() => openExtensionTab(gridViewPath(entry.grid.id))}>
              Show to patient
            </button>
            <button
              type="button"
              onClick={() => openExtensionTab(gridViewPath(entry.grid.id, { print: true }))}
            >
              Print
            </button>
            <button type="button" onClick={close}>
              Stop using this grid
            </button>
          </div>
          <ThreeQuestions language={entry.grid.language} />
          <GridCompact
            grid={entry.grid}
            nation={settings.value.nation}
            mattered={section.questionsThatMattered}
            onQuestion={(id, on) =>
              model.update((c) => ({ ...c, options: toggleQuestion(c.options, id, on) }))
            }
          />
          <GridSafetyNet grid={entry.grid} nation={settings.value.nation} />
          <details class="grid-panel__sources">
            <summary>Sources and review dates</summary>
            <GridSources grid={entry.grid} />
          </details>
          <p class="field__hint">{CHECK_BEFORE_USE}</p>
        </article>
      ) : (
        <ThreeQuestions />
      )}
    </section>
  );
}
