import type { ReadonlySignal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Consultation, PlanLanguage, PreparationSheetGiven } from '../../lib/domain/consultation';
import { plansToHtmlPage } from '../../lib/export/html';
import type { OptionGrid } from '../../lib/option-grids/grid';
import { gridInLanguage, gridTranslations } from '../../lib/option-grids/grid-language';
import { planLanguages } from '../../lib/plan/build-patient-plan';
import { planContextFor } from '../../lib/plan/plan-context';
import type { DocumentLanguage } from '../../lib/plan/plan-types';
import { buildPreparationSheet, gridTextSection } from '../../lib/preparation/build-sheet';
import type { FollowerApp } from '../../lib/app/follower-app';
import { sendGrid } from '../../lib/preparation/grids-sent';
import { withSheetGiven } from '../../lib/preparation/sheets-given';
import { buildPreparationText } from '../../lib/preparation/sheet-text-message';
import type { Settings } from '../../lib/settings/settings';
import { SheetGrid } from './SheetGrid';
import { SheetTextMessage } from './SheetTextMessage';
import { SheetView } from './SheetView';
import '../plan/patient-view.css';
import './preparation-sheet.css';

interface Props {
  load: () => Promise<Consultation | undefined>;
  settings: ReadonlySignal<Settings>;
  /** Every option grid on this PC (bundled and the practice's). */
  loadGrids: () => Promise<readonly OptionGrid[]>;
  /**
   * The page's application model (lib/app/follower-app.ts): follows the panel's edits, and saves a
   * change made here (a sheet given, the grid sent) and tells the other windows.
   */
  app: Pick<FollowerApp, 'follow' | 'change' | 'now'>;
  download: (html: string, fileName: string) => void;
}

// The patient may read these controls too: both languages, as on the patient view.
const LANGUAGES: readonly { value: PlanLanguage; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'cy', label: 'Cymraeg' },
  { value: 'both', label: 'Both · Y ddwy' },
];

/**
 * The preparation sheet sent before the appointment (docs/preparation.md): in the patient's
 * language, with an option grid if the clinician chooses one (recorded in "grids sent in
 * advance"), to print, download or copy as a text message.
 */
export function PreparationSheetApp({ load, settings, loadGrids, app, download }: Props) {
  const [consultation, setConsultation] = useState<Consultation | null | undefined>(undefined);
  const [grids, setGrids] = useState<readonly OptionGrid[]>([]);
  const [language, setLanguage] = useState<PlanLanguage | null>(null);
  const [gridId, setGridId] = useState<string | null | undefined>(undefined);
  const [sms, setSms] = useState(false);
  // What a print, a download or a copy records: the sheet as it is now (languages, grid).
  const give = useRef<(how: PreparationSheetGiven['how']) => void>(() => undefined);
  useEffect(() => {
    void load().then(
      (found) => setConsultation(found ?? null),
      () => setConsultation(null),
    );
    void loadGrids().then(setGrids, () => setGrids([]));
    app.follow((change) => setConsultation((current) => (current ? change(current) : current)));
  }, [load, loadGrids, app]);
  // Any print of the page (the button, Ctrl+P, the browser menu) is a sheet given, as on the patient view.
  useEffect(() => {
    const printed = () => give.current('printed');
    window.addEventListener('beforeprint', printed);
    return () => window.removeEventListener('beforeprint', printed);
  }, []);

  if (consultation === undefined) return <p role="status">Loading… · Wrthi’n llwytho…</p>;
  if (consultation === null) {
    return (
      <p role="alert">
        This consultation could not be found. · Nid oedd modd dod o hyd i’r ymgynghoriad hwn.
      </p>
    );
  }

  const s = settings.value;
  const chosenLanguage = language ?? planContextFor(consultation, s).language;
  const languages = planLanguages(chosenLanguage);
  // One entry per decision: a Welsh grid is its English original's translation.
  const roots = grids.filter((g) => !g.translationOf);
  const sent = consultation.preparation.gridsSentInAdvance ?? [];
  const selected =
    gridId === undefined
      ? ([...sent].reverse().find((id) => roots.some((g) => g.id === id)) ?? null)
      : gridId;
  const root = roots.find((g) => g.id === selected) ?? null;
  const gridFor = (l: DocumentLanguage) =>
    root ? (gridInLanguage(root, gridTranslations(grids, root), l) ?? root) : null;
  const docs = languages.map((l) =>
    buildPreparationSheet({
      language: l,
      practiceName: s.practiceName,
      practiceContact: s.practiceContact,
      grid: gridFor(l),
      nation: s.nation,
    }),
  );

  give.current = (how) =>
    setConsultation(
      app.change(consultation, withSheetGiven, {
        how,
        languages: [...languages],
        gridId: root?.id ?? '',
        gridTitle: root ? `${root.title} v${root.version}` : '',
        at: app.now().toISOString(),
      }),
    );
  const chooseGrid = (next: string | null) => {
    setGridId(next);
    setConsultation(app.change(consultation, sendGrid, selected, next));
  };
  const downloadSheet = () => {
    const withGrid = docs.map((doc) => {
      const grid = gridFor(doc.language);
      const table = grid ? gridTextSection(grid, s.nation) : null;
      return table ? { ...doc, sections: [...doc.sections, table] } : doc;
    });
    download(
      plansToHtmlPage(withGrid, { size: 'large', title: docs[0]?.title ?? '' }),
      'preparation-sheet.html',
    );
    give.current('downloaded');
  };
  const smsText = buildPreparationText({
    languages,
    practiceName: s.practiceName,
    gridTitles: Object.fromEntries(languages.map((l) => [l, gridFor(l)?.title ?? ''])),
    nation: s.nation,
  });

  return (
    <div class="patient-view patient-view--large prep-page">
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
        <label class="prep-page__grid-choice">
          Option grid to send with it · Grid opsiynau
          <select
            autocomplete="off"
            value={selected ?? ''}
            onChange={(event) => chooseGrid(event.currentTarget.value || null)}
          >
            <option value="">None · Dim</option>
            {roots.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => window.print()}>
          Print · Argraffu
        </button>
        <button type="button" onClick={downloadSheet}>
          Download · Lawrlwytho
        </button>
        <button type="button" aria-expanded={sms} onClick={() => setSms(!sms)}>
          Copy as text message
        </button>
      </header>
      {sms ? (
        <SheetTextMessage key={smsText} initial={smsText} onCopied={() => give.current('text message')} />
      ) : null}
      <main class={docs.length > 1 ? 'patient-view__columns' : 'patient-view__single'}>
        {docs.map((doc) => (
          <div key={doc.language}>
            <SheetView doc={doc} />
          </div>
        ))}
      </main>
      {languages.map((l) => {
        const grid = gridFor(l);
        // A grid with no version in the other language is printed once, not twice.
        if (!grid || (l !== languages[0] && grid === gridFor(languages[0] ?? 'en'))) return null;
        return <SheetGrid key={l} grid={grid} nation={s.nation} />;
      })}
    </div>
  );
}
