import type { Language } from '../../lib/i18n/types';

const NAMES: Record<Language, string> = { en: 'English', cy: 'Cymraeg' };

/** English or Welsh for the patient's questions, each named in its own language. */
export function LanguageSwitch(props: {
  language: Language;
  label: string;
  onChange: (l: Language) => void;
}) {
  return (
    <div class="language-switch" role="group" aria-label={props.label}>
      {(Object.keys(NAMES) as Language[]).map((code) => (
        <button
          key={code}
          type="button"
          lang={code === 'cy' ? 'cy' : 'en-GB'}
          aria-pressed={props.language === code}
          onClick={() => props.onChange(code)}
        >
          {NAMES[code]}
        </button>
      ))}
    </div>
  );
}
