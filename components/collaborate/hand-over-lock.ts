import { signal } from '@preact/signals';

/** Set when a hand-over window closed any way but the hold: the panel stays locked until held open. */
export const handOverEndedEarly = signal(false);
