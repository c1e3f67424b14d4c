// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TextMessageBox } from '../../../components/sms/TextMessageBox';
import { textMessage } from '../../../lib/outputs/text-message';
import { buildAgreedPlan } from '../../../lib/plan/build-agreed-plan';
import { complete, context } from '../../unit/plan/consultations';

const plan = (goal: string) => {
  const c = complete();
  c.agreement.goal = goal;
  return buildAgreedPlan(c, context());
};

describe('TextMessageBox', () => {
  it('counts characters and segments live, and warns about characters outside GSM', async () => {
    render(
      <TextMessageBox output={textMessage} plan={plan('Walk to the allotment')} onCopied={() => undefined} />,
    );
    const box = await screen.findByLabelText<HTMLTextAreaElement>('Text message');
    expect(box.value).toContain('Goal: Walk to the allotment');
    expect(screen.getByText(/characters, [1-4] of 4 text messages/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.input(box, { target: { value: 'Dŵr – yes' } });
    expect(screen.getByText('9 characters, 1 of 4 text messages (9 of 612)')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('ŵ –');
    fireEvent.input(box, { target: { value: 'a'.repeat(613) } });
    expect(screen.getByRole('alert').textContent).toContain('Longer than four text messages');
  });

  it('follows later edits of the plan until the clinician edits the text', async () => {
    const onCopied = vi.fn();
    const view = render(
      <TextMessageBox output={textMessage} plan={plan('Walk to the shop')} onCopied={onCopied} />,
    );
    const box = await screen.findByLabelText<HTMLTextAreaElement>('Text message');
    view.rerender(<TextMessageBox output={textMessage} plan={plan('Swim on Fridays')} onCopied={onCopied} />);
    await waitFor(() => expect(box.value).toContain('Goal: Swim on Fridays'));
    fireEvent.input(box, { target: { value: 'My own words' } });
    view.rerender(<TextMessageBox output={textMessage} plan={plan('Cycle')} onCopied={onCopied} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(box.value).toBe('My own words');
  });
});
