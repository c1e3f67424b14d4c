import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { ReadEarlierPlan } from '../../lib/continuity/earlier-plan-summary';
import { verifyEarlierPlan, type CheckedEarlierPlan } from '../../lib/continuity/verify-earlier-plan';
import { useApp } from '../app-context';
import { earlierPlanRows } from './earlier-plan-rows';
import './continuity.css';

interface Props {
  /** What a reader (summary block in a note, or a FHIR bundle) made of the source. */
  result: ReadEarlierPlan;
  /** The file's name, or '' for a pasted note. */
  fileName: string;
  /** Called after the plan is in use, and on "Try again". */
  onClose: () => void;
}

/** Why the clinician must tick before using this plan, in plain words; empty when nothing is amiss. */
function warnings(plan: CheckedEarlierPlan, source: string): string[] {
  const { summary: s, currentRef } = plan;
  return [
    ...(plan.sameRef
      ? []
      : [
          s.patientRef
            ? `This plan is for ${s.patientRef}, not ${currentRef || 'this consultation (no patient reference typed)'}.`
            : `This plan does not name its patient; this consultation is ${currentRef || 'unnamed'}.`,
        ]),
    ...(s.integrity === 'edited'
      ? ['This block was edited or is incomplete: check every value against the record.']
      : []),
    ...(s.signature === 'not-this-practice'
      ? [`This ${source} is not signed by this practice: check every value against the record.`]
      : []),
  ];
}

/**
 * Shows what was read from an earlier note or bundle, after every check, for the clinician to
 * confirm, and on "Use" keeps it as the baseline of this review (docs/continuity.md, "Using it").
 * Another patient's reference, or an edited block, stops here: going on needs a deliberate tick,
 * and the stored plan records it. A failed read or check shows only its reason: nothing is stored.
 */
export function ConfirmEarlierPlan({ result, fileName, onClose }: Props) {
  const { model } = useApp();
  const [failed, setFailed] = useState('');
  const [chosen, setChosen] = useState(false);
  const currentRef = model.consultation.value?.patientRef ?? '';
  const verified = useMemo(
    () => verifyEarlierPlan(result, { patientRef: currentRef, fileName, today: model.today() }),
    [result, currentRef, fileName, model],
  );
  if (!verified.ok) {
    return (
      <div class="confirm-earlier">
        <p role="alert" class="confirm-earlier__error">
          {verified.error}
        </p>
        <button type="button" onClick={onClose}>
          Try again
        </button>
      </div>
    );
  }
  const plan = verified.plan;
  const source = plan.summary.source === 'fhir' ? 'FHIR file' : 'earlier note';
  const stops = warnings(plan, source);
  const use = async () => {
    if (!model.consultation.value) return;
    try {
      await model.importEarlierPlan(plan);
      onClose();
    } catch {
      setFailed(
        'The earlier plan could not be kept on this computer. Try again; if it fails again, restart Cocreate.',
      );
    }
  };
  return (
    <section class="confirm-earlier earlier-plan" aria-labelledby="confirm-earlier-title">
      <h3 id="confirm-earlier-title">
        {stops.length ? `Stopped: check the ${source}` : `Found in the ${source}: check it`}
      </h3>
      {stops.length ? (
        <div role="alert" class="confirm-earlier__error">
          {stops.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
      {plan.summary.status === 'draft' ? (
        <p class="field__hint">This plan was not agreed: it is kept as a draft.</p>
      ) : null}
      {plan.summary.signature === 'this-practice' ? (
        <p class="field__hint">Signed by this practice.</p>
      ) : null}
      {plan.summary.integrity === 'unchecked' ? (
        <p class="field__hint">This {source} carries no check (written by an earlier Cocreate).</p>
      ) : null}
      <dl>
        {earlierPlanRows(plan).map(([term, value]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {stops.length ? (
        <label class="confirm-earlier__choice">
          <input type="checkbox" checked={chosen} onChange={(e) => setChosen(e.currentTarget.checked)} />I
          have checked: use it for {plan.currentRef || 'this consultation'} all the same (this is recorded)
        </label>
      ) : null}
      {failed ? <p role="alert">{failed}</p> : null}
      <div class="confirm-earlier__actions">
        <button
          type="button"
          data-variant="primary"
          disabled={stops.length > 0 && !chosen}
          onClick={() => void use()}
        >
          Use as the baseline for this review
        </button>
        <button type="button" onClick={onClose}>
          Not this one
        </button>
      </div>
    </section>
  );
}
