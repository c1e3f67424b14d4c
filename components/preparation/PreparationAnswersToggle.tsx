import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';

/** "Add the patient's preparation answers", loaded on first use (initial payload budget, docs/performance.md). */
export function PreparationAnswersToggle() {
  const [Form, setForm] = useState<ComponentType<{ onDone: () => void }> | null>(null);
  const [failed, setFailed] = useState(false);
  const open = () =>
    void import('./PreparationAnswers').then(
      (m) => setForm(() => m.PreparationAnswers),
      () => setFailed(true),
    );
  if (Form) return <Form onDone={() => setForm(null)} />;
  return (
    <p>
      <button type="button" class="link-button" onClick={open}>
        Add the patient’s preparation answers
      </button>
      {failed ? <span class="field__hint"> This could not load. Close and reopen Cocreate.</span> : null}
    </p>
  );
}
