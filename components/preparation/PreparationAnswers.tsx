import { useState } from 'preact/hooks';
import {
  takePreparationAnswers,
  hasAnswers,
  splitReply,
  type PreparationAnswers as Answers,
} from '../../lib/preparation/answers-into-agenda';
import { useModel } from '../app-context';
import { TextField } from '../fields/TextField';

const EMPTY: Answers = { talkAbout: '', whatMatters: '', alreadyDoing: '' };

/**
 * The answers the patient brought back from the preparation sheet (docs/preparation.md),
 * typed or pasted from their text reply, and put into the agenda with one action (one undo).
 */
export function PreparationAnswers({ onDone }: { onDone: () => void }) {
  const model = useModel();
  const [answers, setAnswers] = useState<Answers>(EMPTY);
  const [reply, setReply] = useState('');
  const [said, setSaid] = useState('');
  const set = (patch: Partial<Answers>) => setAnswers({ ...answers, ...patch });
  const add = () => {
    if (!hasAnswers(answers)) {
      setSaid('Nothing to add yet: type or paste the patient’s answers first.');
      return;
    }
    model.apply(takePreparationAnswers, answers, model.newId);
    setAnswers(EMPTY);
    setReply('');
    onDone();
  };
  return (
    <section class="prep-answers" aria-labelledby="prep-answers-title">
      <h3 class="step__subtitle" id="prep-answers-title">
        The patient’s preparation answers
      </h3>
      <TextField
        label="Paste their text message reply (optional)"
        hint="Numbered 1, 2, 3 as the sheet asks: it fills the three boxes below."
        value={reply}
        onChange={(text) => {
          setReply(text);
          setAnswers(splitReply(text));
        }}
        rows={2}
      />
      <TextField
        label="What they would like to talk about (one a line)"
        value={answers.talkAbout}
        onChange={(talkAbout) => set({ talkAbout })}
        rows={3}
      />
      <TextField
        label="What matters most to them"
        value={answers.whatMatters}
        onChange={(whatMatters) => set({ whatMatters })}
        rows={2}
      />
      <TextField
        label="What they are already doing that helps"
        value={answers.alreadyDoing}
        onChange={(alreadyDoing) => set({ alreadyDoing })}
        rows={2}
      />
      <p>
        <button type="button" onClick={add}>
          Add to the agenda
        </button>{' '}
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </p>
      <p role="status" class="field__hint">
        {said}
      </p>
    </section>
  );
}
