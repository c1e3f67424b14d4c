import type { ReadonlySignal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { Consultation, PlanLanguage } from '../../lib/domain/consultation';
import { plansToPlainText } from '../../lib/export/plain-text';
import { buildPatientPlans } from '../../lib/plan/build-patient-plan';
import type { Settings } from '../../lib/settings/settings';
import { planContextFor, printSize } from '../../lib/plan/plan-context';
import { PlanDocumentView } from './PlanDocumentView';
import './patient-view.css';

interface Props {
  load: () => Promise<Consultation | undefined>;
  settings: ReadonlySignal<Settings>;
  /** Records the copy printed (lib/storage/plans-given.ts). */
  onPrinted?: (consultation: Consultation, language: PlanLanguage, text: string) => void;
}

type Size = 'large' | 'extra-large';

// The patient reads these controls too, so they are in both languages (issue 5, "For the patient").
const LANGUAGES: readonly { value: PlanLanguage; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'cy', label: 'Cymraeg' },
  { value: 'both', label: 'Both side by side · Y ddwy ochr yn ochr' },
];
const SIZES: readonly { value: Size; label: string }[] = [
  { value: 'large', label: 'Large print · Print bras' },
  { value: 'extra-large', label: 'Extra-large print · Print bras iawn' },
];

/** The full-tab patient view: the plan in large type, English, Welsh or both, with an A4 print layout. */
export function PatientViewApp({ load, settings, onPrinted }: Props) {
  const [consultation, setConsultation] = useState<Consultation | null | undefined>(undefined);
  const [language, setLanguage] = useState<PlanLanguage | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  useEffect(() => {
    void load().then(
      (found) => setConsultation(found ?? null),
      () => setConsultation(null),
    );
  }, [load]);

  if (consultation === undefined) return <p role="status">Loading… · Wrthi’n llwytho…</p>;
  if (consultation === null) {
    return <p role="alert">This plan could not be found. · Nid oedd modd dod o hyd i’r cynllun hwn.</p>;
  }
  const context = planContextFor(consultation, settings.value);
  const chosenLanguage = language ?? context.language;
  const chosenSize = size ?? printSize(consultation, settings.value);
  const docs = buildPatientPlans(consultation, { ...context, language: chosenLanguage });

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
        <button
          type="button"
          onClick={() => {
            onPrinted?.(consultation, chosenLanguage, plansToPlainText(docs));
            window.print();
          }}
        >
          Print · Argraffu
        </button>
      </header>
      <main class={docs.length > 1 ? 'patient-view__columns' : 'patient-view__single'}>
        {docs.map((doc) => (
          <PlanDocumentView key={doc.language} doc={doc} level={1} />
        ))}
      </main>
    </div>
  );
}
