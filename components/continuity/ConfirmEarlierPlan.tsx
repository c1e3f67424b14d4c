import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { EarlierPlanSummary, ReadEarlierPlan } from '../../lib/continuity/earlier-plan-summary';
import { consultationFromSummary } from '../../lib/continuity/import-earlier-plan';
import { consultationRepository } from '../../lib/storage/consultations';
import { newId } from '../../lib/ids/new-id';
import { formatLongDate } from '../../lib/i18n/format-date';
import { useApp } from '../app-context';
import './continuity.css';

interface Props {
  /** What a reader (summary block in a note, or a FHIR bundle) made of the source. */
  result: ReadEarlierPlan;
  /** Called after the plan is in use, and on "Try again". */
  onClose: () => void;
}

const outOf10 = (value: number | null) => (value === null ? 'not recorded' : `${value} out of 10`);

function rows(s: EarlierPlanSummary): [string, string][] {
  const clinical = [s.clinicalValue, s.clinicalUnit].filter(Boolean).join(' ');
  return [
    ['Agreed on', s.agreedOn ? formatLongDate(s.agreedOn) : 'not recorded'],
    ['Goal', s.goal || 'not recorded'],
    ['First step', s.firstAction || 'not recorded'],
    ['Chosen', s.noTreatment ? 'No treatment (informed choice)' : s.chosenOption || 'not recorded'],
    ['Option grid', s.grid ? `${s.grid.id}, version ${s.grid.version}` : 'none'],
    [s.patientMeasureLabel ? `Own score (${s.patientMeasureLabel})` : 'Own score', outOf10(s.patientMeasure)],
    [s.clinicalLabel || 'Clinical value', clinical || 'not recorded'],
    ['Confidence then', outOf10(s.confidence)],
    ['Follow-up', s.followUpDate ? formatLongDate(s.followUpDate) : 'not recorded'],
  ];
}

/**
 * Shows what was read from an earlier note or bundle for the clinician to
 * check, and on "Use" keeps it as the baseline of this review
 * (docs/continuity.md, "Using it"). A failed read shows only its reason:
 * nothing is stored and nothing changes.
 */
export function ConfirmEarlierPlan({ result, onClose }: Props) {
  const { db, model } = useApp();
  const [failed, setFailed] = useState('');
  if (!result.ok) {
    return (
      <div class="confirm-earlier">
        <p role="alert" class="confirm-earlier__error">
          {result.error}
        </p>
        <button type="button" onClick={onClose}>
          Try again
        </button>
      </div>
    );
  }
  const use = async () => {
    const current = model.consultation.value;
    if (!current) return;
    try {
      const plan = consultationFromSummary(result.summary, {
        id: newId(),
        now: new Date(),
        patientRef: current.patientRef,
      });
      // The caller links the open consultation's review to the stored plan.
      await consultationRepository(await db).put(plan);
      const id = plan.id;
      model.update((c) => ({
        ...c,
        currentElement: 'review',
        review: { ...c.review, previousConsultationId: id },
      }));
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
        Found in the {result.summary.source === 'fhir' ? 'FHIR file' : 'earlier note'}: check it
      </h3>
      <dl>
        {rows(result.summary).map(([term, value]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {failed ? <p role="alert">{failed}</p> : null}
      <div class="confirm-earlier__actions">
        <button type="button" data-variant="primary" onClick={() => void use()}>
          Use as the baseline for this review
        </button>
        <button type="button" onClick={onClose}>
          Not this one
        </button>
      </div>
    </section>
  );
}
