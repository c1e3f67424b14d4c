/** A saved snapshot of the agreed plan text, as the clinician last produced it. */
export interface StoredPlan {
  id: string;
  consultationId: string;
  createdAt: string;
  language: 'en' | 'cy' | 'both';
  patientText: string;
  clinicianText: string;
}
