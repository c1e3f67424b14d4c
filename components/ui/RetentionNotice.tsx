import { browser } from 'wxt/browser';
import { useApp } from '../app-context';

const auditUrl = (): string => (browser.runtime.getURL as (p: string) => string)('/audit.html');

/** "N consultations due for removal", with the way to the audit page where it is done (docs/privacy.md). */
export function RetentionNotice() {
  const due = useApp().retentionDue?.value ?? 0;
  if (due === 0) return null;
  return (
    <p class="nudge" role="status">
      {due} {due === 1 ? 'consultation' : 'consultations'} due for removal.{' '}
      <button type="button" class="link-button" onClick={() => void browser.tabs.create({ url: auditUrl() })}>
        Review on My audit
      </button>
    </p>
  );
}
