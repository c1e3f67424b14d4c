import { describe, expect, it } from 'vitest';
import { DOWNLOAD_CSP, plansToHtmlPage } from '../../../lib/export/html';
import { buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import { complete, context } from '../plan/consultations';

describe('the downloaded HTML plan', () => {
  const page = plansToHtmlPage(buildPatientPlans(complete(), context()), {
    title: 'Your plan',
    size: 'large',
  });

  it('carries its own restrictive content security policy in the head', () => {
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toContain(`<meta http-equiv="Content-Security-Policy" content="${DOWNLOAD_CSP}">`);
    expect(DOWNLOAD_CSP).toContain("default-src 'none'");
    expect(DOWNLOAD_CSP).not.toMatch(/script-src|connect-src/);
  });
});
