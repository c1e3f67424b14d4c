// Scans built extension bundles for addresses that could be fetched and for code
// built from strings (eval / new Function). Run: node scripts/scan-bundle.mjs [outDir]
// The e2e suite runs it on every build (tests/e2e/trust-leaks.test.ts); docs/privacy.md
// explains the allow-list to an information-governance lead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLED_GRIDS = resolve(dirname(fileURLToPath(import.meta.url)), '../lib/option-grids/bundled');
const BUILT_IN_SERVICES = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../lib/brief-interventions/built-in.ts',
);

/**
 * The source links cited by the option grids shipped with Cocreate. They are data shown to
 * the clinician (and opened only if the clinician follows one), never fetched by the extension.
 */
export function bundledCitations(dir = BUNDLED_GRIDS, services = BUILT_IN_SERVICES) {
  const urls = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const grid = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    for (const source of grid.sources ?? []) if (typeof source.url === 'string') urls.push(source.url);
  }
  // The page each built-in brief-intervention service was checked against (docs/brief-interventions.md):
  // a record for the practice, held as data beside the entry, never requested.
  for (const match of readFileSync(services, 'utf8').matchAll(/url: '(https:\/\/[^']+)'/g))
    urls.push(match[1]);
  return urls;
}

/**
 * Addresses allowed to appear in shipped code, each with the reason it can never be
 * fetched. Anything else fails the scan. Extension pages also carry
 * `connect-src 'none'`, so even these could not be requested from script.
 */
export const ALLOWED_URLS = [
  {
    pattern:
      /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/?)$/,
    reason: 'XML namespace names used by Preact to create SVG/MathML elements; never requested',
  },
  {
    pattern: /^https:\/\/tinyurl\.com\/y2uuvskb$/,
    reason: 'text inside a Dexie error message ("IndexedDB API missing"); never requested',
  },
  {
    pattern: /^http:\/\/bit\.ly\/2kdckMn$/,
    reason: 'text inside a Dexie error message ("Transaction committed too early"); never requested',
  },
  {
    pattern:
      /^https:\/\/(www\.)?(nice\.org\.uk|nhs\.uk|england\.nhs\.uk|gov\.uk|gov\.wales|bnf\.nice\.org\.uk|cks\.nice\.org\.uk)(\/[^\s]*)?$/,
    reason: 'citation of a clinical source in bundled option grids, shown as text for the clinician to read',
  },
  {
    pattern:
      /^https?:\/\/(www\.)?(hl7\.org\/fhir|snomed\.info\/sct|loinc\.org|unitsofmeasure\.org|fhir\.nhs\.uk|fhir\.hl7\.org\.uk|terminology\.hl7\.org)(\/[^\s]*)?$/,
    reason: 'FHIR code-system and profile identifiers in exported records; identifiers, never requested',
  },
  {
    pattern: /^https:\/\/(ehr\.example\.nhs\.uk)?$/,
    reason:
      'the example EHR address in the settings hint and policy schema ("https://…"); text, never requested',
  },
];

/** Code that compiles strings at run time; CSP blocks it too, but shipped code must not rely on it. */
const DYNAMIC_CODE = [
  { name: 'eval(', pattern: /(?<![\w$.])eval\s*\(/g },
  { name: 'new Function', pattern: /new\s+Function\s*\(/g },
  { name: 'setTimeout/setInterval with a string', pattern: /set(Timeout|Interval)\s*\(\s*["'`]/g },
];

const URL_PATTERN = /https?:\/\/[^\s"'`<>()\\{}|^]+/g;
const SCANNED = /\.(js|mjs|html|css|json)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (SCANNED.test(name)) yield path;
  }
}

const CITATION_REASON =
  'source cited by a bundled option grid or built-in service, kept as data the clinician may choose to follow; never requested by the extension';

/** Every finding in one built extension folder (e.g. .output/chrome-mv3). */
export function scanBundle(dir, citations = bundledCitations()) {
  const urls = [];
  const dynamicCode = [];
  const allowedUrls = [];
  for (const file of files(dir)) {
    const text = readFileSync(file, 'utf8');
    const where = relative(dir, file);
    // The manifest's host-permission patterns are checked by tests/e2e/manifest.test.ts.
    const scanned = where === 'manifest.json' ? '' : text;
    for (const match of scanned.matchAll(URL_PATTERN)) {
      const url = match[0].replace(/[.,;:]+$/, '');
      // A citation may be cut short where the scanner's pattern stops (at a bracket), so a prefix counts.
      const cited = citations.some(
        (c) => c === url || (c.startsWith(url) && /[()]/.test(c[url.length] ?? '')),
      );
      const allowed = cited
        ? { reason: CITATION_REASON }
        : ALLOWED_URLS.find((entry) => entry.pattern.test(url));
      (allowed ? allowedUrls : urls).push({
        file: where,
        url,
        ...(allowed ? { reason: allowed.reason } : {}),
      });
    }
    for (const { name, pattern } of DYNAMIC_CODE) {
      for (const match of scanned.matchAll(pattern)) {
        dynamicCode.push({
          file: where,
          kind: name,
          context: scanned.slice(Math.max(0, match.index - 60), match.index + 60),
        });
      }
    }
  }
  return { urls, dynamicCode, allowedUrls };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? process.env.COCREATE_OUT_DIR ?? '.output');
  let failed = false;
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    const dir = join(outDir, target);
    try {
      statSync(dir);
    } catch {
      continue;
    }
    const { urls, dynamicCode, allowedUrls } = scanBundle(dir);
    console.log(
      `${target}: ${urls.length} unexpected URLs, ${dynamicCode.length} dynamic-code uses, ${allowedUrls.length} allow-listed URLs`,
    );
    for (const finding of [...urls, ...dynamicCode]) console.log('  ', JSON.stringify(finding));
    failed ||= urls.length > 0 || dynamicCode.length > 0;
  }
  process.exitCode = failed ? 1 : 0;
}
