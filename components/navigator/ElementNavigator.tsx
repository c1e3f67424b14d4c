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
 * All seven elements at once (issue 3): the current one marked, each showing
 * whether anything was captured. Any element is one click or Alt+number away;
 * on the quick path the others are shown lighter, not hidden.
 */
export function ElementNavigator({ consultation, strings, onGo }: NavigatorProps) {
  return (
    <nav class="navigator" aria-label="Elements">
      <ol class="navigator__list">
        {ELEMENTS.map((element) => {
          const current = consultation.currentElement === element.id;
          const captured = isElementUsed(consultation, element.id);
          const offPath = consultation.path === 'quick' && !element.inQuickPath;
          const classes = ['navigator__item', current ? 'is-current' : '', offPath ? 'is-off-path' : '']
            .filter(Boolean)
            .join(' ');
          return (
            <li key={element.id}>
              <button
                type="button"
                class={classes}
                aria-current={current ? 'step' : undefined}
                aria-keyshortcuts={`Alt+${element.number}`}
                onClick={() => onGo(element.id)}
              >
                <span class="navigator__mark" aria-hidden="true">
                  {captured ? '●' : '○'}
                </span>
                <span class="navigator__name">
                  {element.number}. {strings.elements[element.id].name}
                </span>
                <span class="visually-hidden">{captured ? ', has notes' : ', nothing yet'}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
