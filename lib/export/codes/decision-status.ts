/**
 * PRSB's shared decision status, in the SDM standard's own words (Shared decision point ›
 * Shared decision status, implementation guidance): "In progress", "Valid", "Cancelled". The
 * standard names no codes for them ("The SNOMED CT codes for this element are to be confirmed
 * with NHS England"), so they are exported as text, never as an invented code.
 */
export const PRSB_DECISION_STATUS = {
  inProgress: 'In progress',
  valid: 'Valid',
  cancelled: 'Cancelled',
} as const;

export type PrsbDecisionStatus = (typeof PRSB_DECISION_STATUS)[keyof typeof PRSB_DECISION_STATUS];

/**
 * Each Cocreate outcome as a PRSB status: a decision taken (an option, or informed no treatment)
 * is "Valid"; one left for the patient to think over is provisional, which PRSB says is
 * "In progress". Cocreate has no cancelled decision: a new consultation makes a new one.
 */
export const DECISION_STATUS_OF: Record<'chosen' | 'noTreatment' | 'notDecided', PrsbDecisionStatus> = {
  chosen: PRSB_DECISION_STATUS.valid,
  noTreatment: PRSB_DECISION_STATUS.valid,
  notDecided: PRSB_DECISION_STATUS.inProgress,
};

/**
 * The status as a Coding a receiving system can match on: PRSB publishes no code, so a local code
 * system (this URI, documented in docs/standards.md) carries PRSB's own word as the display.
 */
export const DECISION_STATUS_SYSTEM = 'urn:cocreate:codesystem:shared-decision-status';

export const DECISION_STATUS_CODING = {
  [PRSB_DECISION_STATUS.valid]: { system: DECISION_STATUS_SYSTEM, code: 'valid', display: 'Valid' },
  [PRSB_DECISION_STATUS.inProgress]: {
    system: DECISION_STATUS_SYSTEM,
    code: 'in-progress',
    display: 'In progress',
  },
  [PRSB_DECISION_STATUS.cancelled]: {
    system: DECISION_STATUS_SYSTEM,
    code: 'cancelled',
    display: 'Cancelled',
  },
} as const satisfies Record<PrsbDecisionStatus, { system: string; code: string; display: string }>;
