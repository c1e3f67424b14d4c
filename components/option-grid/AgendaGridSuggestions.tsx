import { useEffect } from 'preact/hooks';
import { openGridFromAgenda } from '../../lib/domain/quick-moves';
import { useApp } from '../app-context';
import { GridSuggestions } from './GridSuggestions';
import { useCatalogue } from './use-catalogue';
import './option-grid.css';

/**
 * The grids that fit the agenda, offered where the agenda is typed (docs/quick-path.md, "Grid
 * from the agenda"): one click opens the grid at discussing options, where it is read together,
 * so no step is spent moving there. Gone once a grid is in use.
 */
export function AgendaGridSuggestions() {
  const { model, db } = useApp();
  const { catalogue, load } = useCatalogue(db);
  const consultation = model.consultation.value;
  const said = consultation?.agenda.items.map((item) => item.text).join(' ') ?? '';
  const suggest = !!consultation && !consultation.options.grid && said.trim() !== '';
  useEffect(() => {
    if (suggest) void load();
  }, [suggest, load]);
  if (!suggest || !catalogue) return null;
  return (
    <GridSuggestions
      grids={catalogue.entries.map((entry) => entry.grid)}
      said={said}
      welsh={consultation.preparation.language !== 'en'}
      onOpen={(grid) => {
        model.apply(openGridFromAgenda, grid);
        void model.flush();
        // As a move between steps does: keyboard users start reading at the new step's heading.
        requestAnimationFrame(() => document.getElementById('step-options')?.focus());
      }}
    />
  );
}
