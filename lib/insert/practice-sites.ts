import { sitePattern } from './binding';

/**
 * The EHR sites a practice build may enter from install, without the clinician's "Always allow":
 * `COCREATE_EHR_SITES` at build time, origins separated by spaces or commas (docs/deploying.md,
 * "A practice build that may write into the EHR"). A browser installs such a build with these
 * host permissions already granted when policy force-installs it.
 *
 * Each entry must be a bare web origin ("https://ehr.example.nhs.uk", "http://10.0.0.5:8080"):
 * a path, a wildcard or another scheme stops the build, so a typo never widens what is granted.
 * Chrome's patterns keep the port (that one site); Firefox's cannot, so they cover the host.
 */
export function practiceHostPermissions(value: string | undefined, withPort: boolean): string[] {
  const entries = (value ?? '').split(/[\s,]+/).filter(Boolean);
  return entries.map((entry) => {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      url = null;
    }
    const bare =
      url !== null &&
      /^https?:$/.test(url.protocol) &&
      !entry.includes('*') &&
      url.username === '' &&
      url.password === '' &&
      url.pathname === '/' &&
      url.search === '' &&
      url.hash === '';
    const pattern = bare ? sitePattern(entry, withPort) : null;
    if (!pattern)
      throw new Error(
        `COCREATE_EHR_SITES: "${entry}" is not a web site's address. Write each as https://host or http://host:port, nothing after it.`,
      );
    return pattern;
  });
}
