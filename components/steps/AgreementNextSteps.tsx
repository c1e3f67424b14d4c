import { picksOf } from '../../lib/brief-interventions/picks';
import { taskPeople } from '../../lib/domain/task-people';
import { useApp } from '../app-context';
import { BriefInterventionPicks } from '../brief-interventions/BriefInterventionPicks';
import { NeedsList } from '../fields/NeedsList';
import { ResponsibilityList } from '../fields/ResponsibilityList';
import { TextField } from '../fields/TextField';
import { useSection, useStrings } from '../ui/use-section';

/**
 * Who does what, with the referral and the information still needed beside it
 * (docs/quick-path.md, "No detours"): on the quick path these used to be a
 * three-action trip to elements 3 and 6; they are the same fields, written to
 * those elements' sections, so the full path shows them there too.
 */
export function AgreementNextSteps() {
  const { model, settings } = useApp();
  const [agreement, setAgreement] = useSection('agreement');
  const [implementation, setImplementation] = useSection('implementation');
  const [information, setInformation] = useSection('information');
  const words = useStrings().choices;
  return (
    <section class="next-steps" aria-labelledby="next-steps-title">
      <h3 class="step__subtitle" id="next-steps-title">
        Next steps
      </h3>
      <ResponsibilityList
        items={agreement.responsibilities}
        people={
          model.consultation.value ? taskPeople(model.consultation.value, settings.value.clinicianName) : []
        }
        onChange={(responsibilities) => setAgreement({ responsibilities })}
        whoWords={words.responsible}
      />
      <TextField
        label="Referrals made"
        value={implementation.referrals}
        onChange={(referrals) => setImplementation({ referrals })}
      />
      {/* Folded: off the click path until used (docs/quick-path.md, "One screen"). */}
      <details class="step__more" open={picksOf(implementation).length > 0}>
        <summary>Brief interventions: smoking, moving more, weight, alcohol</summary>
        <BriefInterventionPicks />
      </details>
      <NeedsList needed={information.needed} onChange={(needed) => setInformation({ needed })} />
    </section>
  );
}
