import { list } from '../../lib/domain/read-values';
import { useModel } from '../app-context';
import { openExtensionTab } from '../option-grid/open-tab';

/**
 * Opens the preparation sheet for this patient in a tab (docs/preparation.md) and shows the
 * option grids recorded as sent in advance.
 */
export function PreparationSheetLink() {
  const model = useModel();
  const consultation = model.consultation.value;
  if (!consultation) return null;
  const sent = list(consultation.preparation.gridsSentInAdvance);
  // The sheet page reads the record from the database: save what is typed first.
  const open = () =>
    void model
      .flush()
      .then(() => openExtensionTab(`/preparation.html?id=${encodeURIComponent(consultation.id)}`));
  return (
    <div class="prep-link">
      <button type="button" onClick={open}>
        Preparation sheet for the patient
      </button>
      <p class="field__hint">
        To print, download or send as a text message before the appointment: what to talk about, what matters,
        readings to bring, three questions to ask, and an option grid if you choose one.
      </p>
      {sent.length > 0 ? (
        <p class="field__hint" data-grids-sent>
          Option grids sent in advance: {sent.join(', ')}
        </p>
      ) : null}
    </div>
  );
}
