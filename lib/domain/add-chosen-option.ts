import { chooseOption } from './choice';
import type { Consultation } from './consultation';

/** Adds an option the patient chose that was not on the list, and chooses it (one undo). */
export function addChosenOption(c: Consultation, id: string, label: string): Consultation {
  return chooseOption(
    {
      ...c,
      options: {
        ...c.options,
        options: [...c.options.options, { id, label, pros: '', cons: '', isDoNothing: false }],
      },
    },
    id,
    true,
  );
}
