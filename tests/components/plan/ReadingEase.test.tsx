// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ReadingEase } from '../../../components/plan/ReadingEase';
import { buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import { assessPlanReadability } from '../../../lib/readability/plan-readability';
import { blank, complete, context } from '../../unit/plan/consultations';

/** The readability figure says what it cannot tell, so a good score is not read as understood (hazard H-37). */
describe('<ReadingEase>', () => {
  it('shows the figure with what a formula cannot tell', () => {
    render(<ReadingEase reading={assessPlanReadability(buildPatientPlans(complete(), context('en')))} />);
    expect(screen.getByText(/^Reading ease of the English wording/)).toBeTruthy();
    expect(
      screen.getByText(/it cannot tell whether this patient understands the plan\. Check with them\./),
    ).toBeTruthy();
  });

  it('says nothing about a figure it does not show', () => {
    const reading = assessPlanReadability(buildPatientPlans(blank(), context('en')));
    render(<ReadingEase reading={{ ...reading, overall: { ...reading.overall, words: 0 } }} />);
    expect(screen.queryByText(/cannot tell whether this patient understands/)).toBeNull();
  });
});
