/** One settings row: a key and its value, read through settings.ts. */
export interface StoredSetting {
  key: string;
  value: unknown;
}
