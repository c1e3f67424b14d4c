import type { GridFigure } from '../../lib/option-grids/grid';
import { iconArrayCells } from '../../lib/option-grids/grid-figures';

/**
 * A 10×10 icon array: one mark per person in 100, the affected ones filled. The
 * picture is labelled with the same sentence shown beside it (role="img" with
 * aria-label), so a screen reader hears the figure rather than 100 shapes; filled
 * marks also differ in shape, not only colour, so it reads in black-and-white print.
 */
export function IconArray({ figure, label }: { figure: GridFigure; label: string }) {
  return (
    <svg class="icon-array" viewBox="0 0 100 100" role="img" aria-label={label} focusable="false">
      {iconArrayCells(figure).map(({ row, column, marked }) =>
        marked ? (
          <rect
            key={`${row}-${column}`}
            class="icon-array__marked"
            x={column * 10 + 1.5}
            y={row * 10 + 1.5}
            width="7"
            height="7"
          />
        ) : (
          <circle
            key={`${row}-${column}`}
            class="icon-array__other"
            cx={column * 10 + 5}
            cy={row * 10 + 5}
            r="3"
          />
        ),
      )}
    </svg>
  );
}
