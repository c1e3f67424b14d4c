import type { Consultation } from '../../lib/domain/consultation';
import { ELEMENTS } from '../../lib/domain/element-registry';
import { isElementUsed } from '../../lib/domain/element-used';
import type { ElementId } from '../../lib/domain/elements';
import type { Catalogue } from '../../lib/i18n/types';

interface NavigatorProps {
  consultation: Consultation;
  strings: Catalogue;
  onGo: (id: ElementId) => void;
}

/**
 * All seven elements in one numbered row (docs/quick-path.md, "One screen"):
 * the current one filled, a dot under each that has notes, the ones off the
 * quick path dashed, not hidden. Any element is one click or Alt+number away.
 * Numbers only, so the step's first field is above the fold at 360 × 800; the
 * name is each button's accessible name and tooltip, and the step's heading.
 */
export function ElementNavigator({ consultation, strings, onGo }: NavigatorProps) {
  return (
    <nav class="navigator" aria-label="Elements">
      <ol class="navigator__list">
        {ELEMENTS.map((element) => {
          const current = consultation.currentElement === element.id;
          const captured = isElementUsed(consultation, element.id);
          const offPath = consultation.path === 'quick' && !element.inQuickPath;
          const name = `${element.number}. ${strings.elements[element.id].name}`;
          const classes = [
            'navigator__item',
            current ? 'is-current' : '',
            offPath ? 'is-off-path' : '',
            captured ? 'is-captured' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <li key={element.id}>
              <button
                type="button"
                class={classes}
                title={name}
                aria-current={current ? 'step' : undefined}
                aria-keyshortcuts={`Alt+${element.number}`}
                onClick={() => onGo(element.id)}
              >
                <span class="navigator__number" aria-hidden="true">
                  {element.number}
                </span>
                <span class="visually-hidden">{name}</span>
                <span class="visually-hidden">{captured ? ', has notes' : ', nothing yet'}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
