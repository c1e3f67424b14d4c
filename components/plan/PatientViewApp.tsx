import type { ReadonlySignal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { PLAN_LANGUAGES } from '../../lib/domain/choice-values';
import type { Consultation, PlanLanguage } from '../../lib/domain/consultation';
import { PLAN_LANGUAGE_PICKER } from '../../lib/i18n/patient-words';
import { plansToPlainText } from '../../lib/export/plain-text';
import { buildPatientPlans } from '../../lib/plan/build-patient-plan';
import type { Settings } from '../../lib/settings/settings';
import { NO_GRID, type GridUsed } from './grid-used';
import { planContextFor, printSize } from '../../lib/plan/plan-context';
import { GRID_STATUS_SECTION } from '../../lib/plan/patient-sections';
import type { FollowerApp } from '../../lib/app/follower-app';
import { withCopyGiven } from '../../lib/plan/copy-given';
import { PlanDocumentView } from './PlanDocumentView';
import { GridStatusNote } from './GridStatusNote';
import { PrintStamp } from './PrintStamp';
import './patient-view.css';

interface Props {
  load: () => Promise<Consultation | undefined>;
  settings: ReadonlySignal<Settings>;
  /** The grid the consultation used, for its "when to get help" lines. */
  loadGrid?: (gridId: string | undefined) => Promise<GridUsed>;
  /**
   * The page's application model (lib/app/follower-app.ts): follows the panel's edits, saves a copy
   * printed and records it. Without it (a test) nothing is saved.
   */
  app?: Pick<FollowerApp, 'follow' | 'change' | 'recordPlanGiven'>;
  /** Today: the grid's "review overdue" label and the time a copy is printed. */
  today: () => Date;
}

type Size = 'large' | 'extra-large';

// The patient reads these controls too, so they are in both languages (docs/plan-truth.md, "Two languages").
const LANGUAGES: readonly { value: PlanLanguage; label: string }[] = PLAN_LANGUAGES.map((value) => ({
  value,
  label: PLAN_LANGUAGE_PICKER[value],
}));
const SIZES: readonly { value: Size; label: string }[] = [
  { value: 'large', label: 'Large print · Print bras' },
  { value: 'extra-large', label: 'Extra-large print · Print bras iawn' },
];

/**
 * The full-tab patient view: the plan in large type, English, Welsh or both, with an A4 print
 * layout. It follows edits made in the panel while it is open, and a printed copy carries the
 * time it was printed and is recorded for the note (docs/plan-truth.md).
 */
export function PatientViewApp({ load, settings, loadGrid, app, today }: Props) {
  const [consultation, setConsultation] = useState<Consultation | null | undefined>(undefined);
  const [language, setLanguage] = useState<PlanLanguage | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  const [grid, setGrid] = useState<GridUsed>(NO_GRID);
  const [printedAt, setPrintedAt] = useState<Date | null>(null);
  useEffect(() => {
    void load().then(
      (found) => setConsultation(found ?? null),
      () => setConsultation(null),
    );
    app?.follow((change) => setConsultation((current) => (current ? change(current) : current)));
  }, [load, app]);
  const gridId = consultation?.options.grid?.id;
  useEffect(() => {
    if (!loadGrid) return;
    void loadGrid(gridId).then(setGrid, () => undefined);
  }, [loadGrid, gridId]);

  const context = consultation ? planContextFor(consultation, settings.value) : null;
  const chosenLanguage = language ?? context?.language ?? 'en';
  const docs =
    consultation && context
      ? buildPatientPlans(consultation, {
          ...context,
          language: chosenLanguage,
          grid: grid.grid,
          gridTranslations: grid.translations,
        })
      : [];

  // Ctrl+P counts as much as the Print button: stamp the copy and record it once per print.
  useEffect(() => {
    const before = () => {
      const now = today();
      setPrintedAt(now);
      if (!consultation || !app) return;
      const text = plansToPlainText(docs);
      app.recordPlanGiven(
        { consultationId: consultation.id, format: 'print', language: chosenLanguage, text },
        now,
      );
      // The note's "Copy of plan given" line (docs/plan-truth.md), saved and sent to the panel.
      setConsultation(
        app.change(consultation, withCopyGiven, {
          how: 'printed',
          languages: docs.map((d) => d.language),
          at: now.toISOString(),
        }),
      );
    };
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  });

  if (consultation === undefined) return <p role="status">Loading… · Wrthi’n llwytho…</p>;
  if (consultation === null) {
    return <p role="alert">This plan could not be found. · Nid oedd modd dod o hyd i’r cynllun hwn.</p>;
  }
  const chosenSize = size ?? printSize(consultation, settings.value);

  return (
    <div class={`patient-view patient-view--${chosenSize}`}>
      <header class="patient-view__controls no-print">
        <fieldset>
          <legend>Language · Iaith</legend>
          {LANGUAGES.map((l) => (
            <label key={l.value}>
              <input
                autocomplete="off"
                type="radio"
                name="language"
                checked={chosenLanguage === l.value}
                onChange={() => setLanguage(l.value)}
              />
              {l.label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Print size · Maint y print</legend>
          {SIZES.map((s) => (
            <label key={s.value}>
              <input
                autocomplete="off"
                type="radio"
                name="size"
                checked={chosenSize === s.value}
                onChange={() => setSize(s.value)}
              />
              {s.label}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={() => window.print()}>
          Print · Argraffu
        </button>
      </header>
      <main class={docs.length > 1 ? 'patient-view__columns' : 'patient-view__single'}>
        {docs.map((doc) => (
          <div key={doc.language}>
            <GridStatusNote
              grid={grid.grid}
              translations={grid.translations}
              language={doc.language}
              today={today().toISOString().slice(0, 10)}
            />
            {/* The note above says the grid's status as of today; the document's own line is for copies. */}
            <PlanDocumentView
              doc={{ ...doc, sections: doc.sections.filter((x) => x.id !== GRID_STATUS_SECTION) }}
              level={1}
            />
            {printedAt ? <PrintStamp at={printedAt} language={doc.language} /> : null}
          </div>
        ))}
      </main>
    </div>
  );
}
