import type { Bundle } from '@medplum/fhirtypes';
import { sealBundle } from './fhir-integrity';
import { mayHoldControls, withoutControls } from './fhir-strings';

/**
 * The document free of control characters (FHIR strings may not hold them; narratives drop them
 * too, so they read the same either way) and sealed. One JSON text serves both the check for them
 * and the seal: the document is written once, not once per resource and again for the seal
 * (docs/performance.md, "Plan build").
 */
export function sealed(draft: Bundle, signingKey: string | undefined): { bundle: Bundle; json: string } {
  const json = JSON.stringify(draft);
  if (mayHoldControls(json)) {
    const bundle = sealBundle(withoutControls(draft), signingKey);
    return { bundle, json: JSON.stringify(bundle) };
  }
  const bundle = sealBundle(draft, signingKey, json);
  return { bundle, json: withMetaOf(bundle, draft, json) };
}

/** The sealed bundle's JSON from its draft's: only `meta`, written second, differs. */
function withMetaOf(bundle: Bundle, draft: Bundle, json: string): string {
  const head = `{"resourceType":"Bundle","meta":${JSON.stringify(draft.meta)}`;
  return json.startsWith(head)
    ? `{"resourceType":"Bundle","meta":${JSON.stringify(bundle.meta)}${json.slice(head.length)}`
    : JSON.stringify(bundle);
}
