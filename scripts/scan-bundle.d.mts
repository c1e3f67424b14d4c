export interface UrlFinding {
  file: string;
  url: string;
  reason?: string;
}
export interface DynamicCodeFinding {
  file: string;
  kind: string;
  context: string;
}
export const ALLOWED_URLS: { pattern: RegExp; reason: string }[];
export function bundledCitations(dir?: string): string[];
export function scanBundle(
  dir: string,
  citations?: readonly string[],
): {
  urls: UrlFinding[];
  dynamicCode: DynamicCodeFinding[];
  allowedUrls: UrlFinding[];
};
