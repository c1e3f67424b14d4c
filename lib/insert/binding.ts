import type { FieldKind, PageFacts } from './page-types';

/**
 * The field the clinician chose, bound to the tab, the document and what that document showed
 * (address, title, patient banner). Kept in the side panel, out of the EHR page's reach.
 */
export interface FieldMark {
  tabId: number;
  /** Chrome's id of the exact document the field was chosen in; null where the browser has none (Firefox). */
  documentId: string | null;
  token: string;
  kind: FieldKind;
  label: string;
  facts: PageFacts;
}

/** What may differ between choosing the field and inserting: each one can mean another patient. */
export type PageChange = 'address' | 'title' | 'banner';

/** The ways the page now differs from the page the field was chosen in; empty when it is the same. */
export function changesSince(chosen: PageFacts, now: PageFacts): PageChange[] {
  const changes: PageChange[] = [];
  if (chosen.url !== now.url) changes.push('address');
  if (chosen.title !== now.title) changes.push('title');
  if (chosen.banner !== now.banner) changes.push('banner');
  return changes;
}

/** "http://127.0.0.1:5177" for a page address; '' when it is not a web address. */
export function originOf(url: string | undefined): string {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.origin : '';
  } catch {
    return '';
  }
}

/**
 * The host-permission pattern for a site, asked for through optional host permissions. Chrome's
 * patterns carry the port, always: a pattern without one means every port of the host, so the
 * default port is written out ("https://ehr.example:443/*", which Chromium matches against the
 * address's effective port). Firefox's patterns cannot carry a port, so there it is the host on
 * any port, and "Your EHR's web address" is what keeps Cocreate to the one site.
 */
export function sitePattern(url: string | undefined, withPort: boolean): string | null {
  const origin = originOf(url);
  if (!origin) return null;
  const { protocol, hostname, port } = new URL(origin);
  const exact = port || (protocol === 'https:' ? '443' : '80');
  return `${protocol}//${hostname}${withPort ? `:${exact}` : ''}/*`;
}
