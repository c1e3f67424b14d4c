/** The UK nations a practice can be in; each has its own urgent-help numbers and local services. */
export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];
