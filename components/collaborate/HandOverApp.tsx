import { useEffect, useRef, useState } from 'preact/hooks';
import { COLLABORATE_TEXT } from '../../lib/collaborate/instrument';
import {
  collaborateResponse,
  isCompleteResponse,
  type CollaborateAnswers,
} from '../../lib/collaborate/response';
import type { CollaborateResponse } from '../../lib/domain/consultation';
import type { Language } from '../../lib/i18n/types';
import { HoldToUnlock } from './HoldToUnlock';
import { LanguageSwitch } from './LanguageSwitch';
import { ScaleQuestion } from './ScaleQuestion';
import './hand-over.css';

interface Props {
  /** The consultation the answers belong to; empty when the page was opened bare. */
  consultationId: string;
  language: Language;
  /** The languages the patient may choose from; English only until Welsh is agreed (welsh-switch.ts). */
  languages?: readonly Language[];
  save: (response: CollaborateResponse) => Promise<void>;
  onUnlock: () => void;
  now: () => Date;
}

type Phase = 'asking' | 'saving' | 'done' | 'failed';

/**
 * The screen the patient completes privately (docs/collaborate.md): the three collaboRATE
 * questions one at a time, large buttons, English or Welsh, and nothing of the record — no
 * patient reference, no plan, no clinician's panel. The clinician returns by holding a button.
 */
export function HandOverApp({
  consultationId,
  language: requested,
  languages = ['en'],
  save,
  onUnlock,
  now,
}: Props) {
  const [language, setLanguage] = useState<Language>(languages.includes(requested) ? requested : 'en');
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<CollaborateAnswers>([null, null, null]);
  const [phase, setPhase] = useState<Phase>('asking');
  const [nudge, setNudge] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const text = COLLABORATE_TEXT[language];
  const total = text.items.length;

  useEffect(() => {
    document.documentElement.lang = language === 'cy' ? 'cy' : 'en-GB';
  }, [language]);
  // Each new question (and the thank-you) is announced by moving focus to its heading.
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [index, phase]);

  const answer = (value: number) => {
    const next = [...answers] as [number | null, number | null, number | null];
    next[index] = value;
    setAnswers(next);
    setNudge(false);
  };
  const forward = (event: Event) => {
    event.preventDefault();
    if (answers[index] === null) return setNudge(true);
    if (index < total - 1) return setIndex(index + 1);
    if (!isCompleteResponse(answers)) return setNudge(true);
    setPhase('saving');
    save(collaborateResponse(answers, language, now())).then(
      () => setPhase('done'),
      () => setPhase('failed'),
    );
  };

  let body;
  if (!consultationId) {
    body = <p role="alert">{text.notOpened}</p>;
  } else if (phase === 'done' || phase === 'failed') {
    body = (
      <div class="hand-over__end">
        <h2 ref={heading} tabIndex={-1}>
          {phase === 'done' ? text.thanks : text.notSaved}
        </h2>
        {phase === 'done' ? <p>{text.handBack}</p> : null}
      </div>
    );
  } else {
    body = (
      <form class="hand-over__form" autocomplete="off" onSubmit={forward}>
        <p class="hand-over__intro">{text.intro}</p>
        <p class="hand-over__privacy">{text.privacy}</p>
        <h2 ref={heading} tabIndex={-1} class="hand-over__progress">
          {text.questionOf(index + 1, total)}
        </h2>
        <ScaleQuestion
          key={index}
          question={text.items[index]!}
          lowAnchor={text.lowAnchor}
          highAnchor={text.highAnchor}
          value={answers[index] ?? null}
          onChange={answer}
        />
        <p class="hand-over__nudge" role="alert">
          {nudge ? text.chooseFirst : ''}
        </p>
        <div class="hand-over__nav">
          {index > 0 ? (
            <button type="button" class="big-button big-button--quiet" onClick={() => setIndex(index - 1)}>
              {text.back}
            </button>
          ) : null}
          <button type="submit" class="big-button" disabled={phase === 'saving'}>
            {index < total - 1 ? text.next : text.finish}
          </button>
        </div>
        {phase === 'saving' ? <p role="status">{text.saving}</p> : null}
      </form>
    );
  }

  return (
    <div class="hand-over" lang={language === 'cy' ? 'cy' : 'en-GB'}>
      <header class="hand-over__top">
        <h1>{text.title}</h1>
        {phase === 'asking' && languages.length > 1 ? (
          <LanguageSwitch language={language} label={text.languageLabel} onChange={setLanguage} />
        ) : null}
      </header>
      <main class="hand-over__main">{body}</main>
      <footer class="hand-over__foot">
        <HoldToUnlock onUnlock={onUnlock} />
      </footer>
    </div>
  );
}
