import { useCallback } from 'preact/hooks';
import { HandOverLocked } from './collaborate/HandOverLocked';
import { goToElement, setPlannedMinutes } from '../lib/domain/consultation-actions';
import { stepAlong } from '../lib/domain/element-registry';
import type { ElementId } from '../lib/domain/elements';
import { catalogue, panelLanguage } from '../lib/i18n/catalogue';
import type { ShortcutAction } from '../lib/state/shortcuts';
import { useApp } from './app-context';
import { AppointmentClock } from './clock/AppointmentClock';
import { ElementNavigator } from './navigator/ElementNavigator';
import { StepFooter } from './navigator/StepFooter';
import { STEP_COMPONENTS } from './steps/step-components';
import { HeaderLinks } from './ui/HeaderLinks';
import { PathChoice } from './ui/PathChoice';
import { PatientReference } from './ui/PatientReference';
import { RetentionNotice } from './ui/RetentionNotice';
import { SaveStatus } from './ui/SaveStatus';
import { BelowTheFold } from './ui/BelowTheFold';
import { ShortcutHelp } from './ui/ShortcutHelp';
import { StartNew } from './ui/StartNew';
import { useShortcuts } from './ui/use-shortcuts';
import './ui/sidebar.css';

/** The side panel: header, clock and patient, the element navigator, and the current element's step. */
export function SidebarApp() {
  const { model, settings } = useApp();
  const consultation = model.consultation.value;

  const go = useCallback(
    (element: ElementId) => {
      model.apply(goToElement, element);
      // Moving on is a natural pause: the coalesced save goes now (lib/state/consultation-model.ts).
      void model.flush();
      // Move focus to the new step's heading so keyboard users start reading there.
      requestAnimationFrame(() => document.getElementById(`step-${element}`)?.focus());
    },
    [model],
  );

  const act = useCallback(
    (action: ShortcutAction) => {
      const c = model.consultation.value;
      if (!c) return;
      if (action.kind === 'undo') model.undo();
      else if (action.kind === 'go') go(action.element);
      else {
        const target = stepAlong(c.path, c.currentElement, action.kind === 'next' ? 1 : -1);
        if (target) go(target);
      }
    },
    [model, go],
  );
  useShortcuts(act);
  const clockNow = useCallback(() => model.today().getTime(), [model]);

  if (!consultation) {
    const status = model.saveStatus.value;
    return status.kind === 'error' ? (
      <p class="loading" role="alert">
        {status.message}
      </p>
    ) : (
      <p class="loading">Loading…</p>
    );
  }
  const strings = catalogue(panelLanguage(settings.value));
  const Step = STEP_COMPONENTS[consultation.currentElement];

  return (
    // Leaving a field saves what it holds at once instead of at the next half-second turn.
    <main class="sidebar" onFocusOut={() => void model.flush()}>
      <HandOverLocked />
      <header class="sidebar__header">
        <h1 class="sidebar__title">Cocreate</h1>
        <SaveStatus status={model.saveStatus.value} />
        <HeaderLinks />
      </header>
      <div class="toolbar">
        <AppointmentClock
          startedAt={consultation.clockStartedAt}
          plannedMinutes={consultation.preparation.plannedMinutes}
          onPlannedMinutes={(plannedMinutes) => model.apply(setPlannedMinutes, plannedMinutes)}
          onRestart={model.restartClock}
          now={clockNow}
        />
        <PathChoice path={consultation.path} onChange={model.choosePath} />
        <button
          type="button"
          disabled={!model.canUndo.value}
          onClick={() => model.undo()}
          aria-keyshortcuts="Alt+Z"
        >
          Undo
        </button>
      </div>
      <PatientReference />
      <ElementNavigator consultation={consultation} strings={strings} onGo={go} />
      <Step key={consultation.currentElement} />
      <BelowTheFold>
        <StepFooter consultation={consultation} strings={strings} onGo={go} />
        <RetentionNotice />
        <footer class="sidebar__footer">
          <StartNew
            consultation={consultation}
            saveFailed={model.saveStatus.value.kind === 'error'}
            onStart={model.startNew}
          />
          <ShortcutHelp />
        </footer>
      </BelowTheFold>
    </main>
  );
}
