/** Random ids from the platform's CSPRNG; no patient data goes into an id. */
export function newId(): string {
  return crypto.randomUUID();
}
