import { useComputed } from '@preact/signals';
import { useState } from 'preact/hooks';
import type { SettingKey } from '../../lib/settings/settings';
import type { SettingsStore } from '../../lib/state/settings-store';
import { SETTING_DESCRIPTORS } from './setting-descriptors';
import { SettingControl } from './SettingControl';
import { fromDraft, toDraft, type SettingsDraft } from './settings-form';

type Status =
  { kind: 'idle' } | { kind: 'saved' } | { kind: 'invalid' } | { kind: 'failed'; message: string };

/** The practice and clinician settings form (docs/deploying.md). Central values show locked and always win. */
export function SettingsSection({ store }: { store: SettingsStore }) {
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(store.local.value));
  const [errors, setErrors] = useState<Partial<Record<SettingKey, string>>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Central values can arrive seconds after the page opens (Chromium reads policy lazily):
  // reading them through @preact/signals re-renders the form the moment they do.
  const central = useComputed(() => pickLocked(toDraft(store.effective.value), store.locked.value));
  const locked = store.locked.value;
  const shown = { ...draft, ...central.value };

  async function save(event: Event) {
    event.preventDefault();
    const result = fromDraft(draft, store.local.value);
    for (const key of locked) delete result.errors[key];
    setErrors(result.errors);
    if (Object.keys(result.errors).length > 0) {
      setStatus({ kind: 'invalid' });
      return;
    }
    try {
      await store.save(result.settings);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section class="options-section" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Practice and clinician</h2>
      {locked.size > 0 && (
        <p class="options-note">
          Your practice has set some of these centrally. Ask your practice’s IT lead to change them.
        </p>
      )}
      <form autocomplete="off" onSubmit={(event) => void save(event)} noValidate>
        {SETTING_DESCRIPTORS.map((descriptor) => (
          <SettingControl
            key={descriptor.key}
            descriptor={descriptor}
            value={shown[descriptor.key]}
            locked={locked.has(descriptor.key)}
            error={errors[descriptor.key]}
            onChange={(value) => {
              setDraft({ ...draft, [descriptor.key]: value });
              setStatus({ kind: 'idle' });
            }}
          />
        ))}
        <button type="submit" data-variant="primary">
          Save settings
        </button>
        <p class="save-status" role="status">
          {status.kind === 'saved' && 'Settings saved.'}
          {status.kind === 'invalid' && 'Not saved: please check the settings marked above.'}
          {status.kind === 'failed' && `Not saved: ${status.message}`}
        </p>
      </form>
    </section>
  );
}

/** Locked settings always show the central value, whatever was typed before the policy arrived. */
function pickLocked(values: SettingsDraft, locked: ReadonlySet<SettingKey>): Partial<SettingsDraft> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => locked.has(key as SettingKey)));
}
