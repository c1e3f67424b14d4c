/**
 * Where common web EHRs show the patient banner (name, date of birth, number), as CSS selectors.
 * The practice edits this list in settings or sets it by policy (`patientBannerSelectors`, one
 * selector a line, first match wins). When one matches, an insertion is bound to the banner's
 * text: if it changes between choosing the field and Insert, nothing is written.
 */
export const BANNER_PRESETS: readonly { ehr: string; selector: string }[] = [
  {
    ehr: 'Pages that label their banner for screen readers (the demo EHR)',
    selector: '[aria-label="Patient banner"]',
  },
  { ehr: 'Pages that mark it with a data attribute', selector: '[data-patient-banner]' },
  { ehr: 'A banner by class name', selector: '.patient-banner' },
  { ehr: 'A banner by id', selector: '#patient-banner' },
];

export const DEFAULT_BANNER_SELECTORS = BANNER_PRESETS.map((preset) => preset.selector).join('\n');
