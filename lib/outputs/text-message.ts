import type { PlanOutput } from './plan-output';

/**
 * The plan as a text message (English, Welsh or both), copied from an editable box into the
 * practice's messaging tool; a copy is recorded as sent. Its builder loads on first use.
 */
export const textMessage: PlanOutput = {
  id: 'text-message',
  label: 'Copy as text message',
  delivery: 'text-message',
  build: async (plan) => {
    const { buildTextMessage } = await import('../sms/text-message');
    return { audience: 'patient', text: buildTextMessage(plan), languages: plan.languages };
  },
  // A draft text still reached the patient: it says DRAFT, and the note says it was sent.
  record: () => ({ how: 'text message', format: 'text-message' }),
};
