import type { ConsultationAction } from '../domain/consultation-actions';

/** Logs a collaboRATE hand-over left without the hold, at `atIso`. */
export const recordHandOverEndedEarly: ConsultationAction<[atIso: string]> = (c, at) => ({
  ...c,
  handOversEndedEarly: [...(c.handOversEndedEarly ?? []), at],
});
