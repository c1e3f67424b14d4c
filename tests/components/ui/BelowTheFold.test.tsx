// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { BelowTheFold } from '../../../components/ui/BelowTheFold';

describe('<BelowTheFold>', () => {
  it('leaves its part out of the first frame, shows it after, and shows later parts at once', async () => {
    render(
      <main>
        <p>Top of the step</p>
        <BelowTheFold>
          <p>Rulers</p>
        </BelowTheFold>
      </main>,
    );
    expect(screen.getByText('Top of the step')).toBeTruthy();
    expect(screen.queryByText('Rulers')).toBeNull();
    expect(await screen.findByText('Rulers')).toBeTruthy();

    // The page has painted: moving to another step shows it whole, with nothing a frame late.
    render(
      <BelowTheFold>
        <p>Next step's footer</p>
      </BelowTheFold>,
    );
    expect(screen.getByText("Next step's footer")).toBeTruthy();
  });
});
