import type { GridSignOff } from './grid';

/**
 * The professional registers a grid's clinical reviewer may be on: doctors, nurses,
 * pharmacists (Great Britain, Northern Ireland), allied health professionals, dentists.
 */
export const REGISTRATION_BODIES = ['GMC', 'NMC', 'GPhC', 'PSNI', 'HCPC', 'GDC'] as const;

/** Who the practice lets sign off a grid: roles, and named people with their registration. */
export interface SignOffPolicy {
  roles: readonly string[];
  people: readonly { name: string; body: string; number: string }[];
}

const key = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The setting `gridSignOffPolicy`, one a line: "Role: GP partner", or a named person
 * "Dr A Jones | GMC | 1234567". Blank and unreadable lines are skipped; nothing here throws.
 */
export function readSignOffPolicy(text: unknown): SignOffPolicy {
  const roles: string[] = [];
  const people: { name: string; body: string; number: string }[] = [];
  if (typeof text !== 'string') return { roles, people };
  for (const raw of text.split(/\r?\n/)) {
    const role = /^\s*role\s*:(.*)$/i.exec(raw)?.[1]?.trim();
    if (role) {
      roles.push(role);
      continue;
    }
    const [name = '', body = '', number = ''] = raw.split('|').map((part) => part.trim());
    if (name && body && number) people.push({ name, body, number });
  }
  return { roles, people };
}

/**
 * Why this sign-off may not be saved, in plain words, or '' when it may. A sign-off must name
 * the reviewer's register and number, and the practice's policy must name their role or them.
 */
export function signOffRefusal(signOff: GridSignOff, policy: SignOffPolicy): string {
  const body = signOff.registrationBody?.trim() ?? '';
  const number = signOff.registrationNumber?.trim() ?? '';
  if (!REGISTRATION_BODIES.some((known) => key(known) === key(body)))
    return `Sign-off: give the reviewer’s professional register (${REGISTRATION_BODIES.join(', ')}).`;
  if (!/^[A-Za-z0-9-]{4,12}$/.test(number))
    return 'Sign-off: give the reviewer’s registration number as it appears on their register.';
  if (policy.roles.length === 0 && policy.people.length === 0)
    return 'Sign-off: your practice has not said who may sign off option grids (Settings → Who may sign off option grids).';
  const byRole = policy.roles.some((role) => key(role) === key(signOff.reviewerRole));
  const byName = policy.people.some(
    (person) =>
      key(person.name) === key(signOff.reviewerName) &&
      key(person.body) === key(body) &&
      key(person.number) === key(number),
  );
  if (byRole || byName) return '';
  return `Sign-off: your practice’s policy does not name ${signOff.reviewerName.trim() || 'this reviewer'} (${signOff.reviewerRole.trim() || 'no role'}) as someone who may sign off option grids.`;
}
