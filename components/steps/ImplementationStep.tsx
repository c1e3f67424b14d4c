import { BriefInterventionPicks } from '../brief-interventions/BriefInterventionPicks';
import { TextField } from '../fields/TextField';
import { StepFrame } from './StepFrame';
import { useSection } from '../ui/use-section';

/** Element 6 (framework.md §6): referrals, interventions, support and the way back in. */
export function ImplementationStep() {
  const [impl, set] = useSection('implementation');
  return (
    <StepFrame id="implementation">
      <TextField
        label="Referrals made"
        value={impl.referrals}
        onChange={(referrals) => set({ referrals })}
        rows={2}
      />
      <BriefInterventionPicks />
      <TextField
        label="Treatment or interventions booked"
        value={impl.interventions}
        onChange={(interventions) => set({ interventions })}
        rows={2}
      />
      <TextField
        label="Support offered (community, voluntary, peer)"
        value={impl.support}
        onChange={(support) => set({ support })}
        rows={2}
      />
      <TextField
        label="Who to contact and the way back in"
        value={impl.wayBackIn}
        onChange={(wayBackIn) => set({ wayBackIn })}
        rows={2}
      />
    </StepFrame>
  );
}
