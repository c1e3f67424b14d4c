import { carriedItems, dropCarried, keepCarried } from '../../lib/review/carried-items';
import { useModel } from '../app-context';

/**
 * At a new cycle, each item copied from the earlier plan, to keep or drop before it reaches
 * the new plan (lib/review/carried-items.ts): old values and finished tasks never print beside
 * new ones unseen.
 */
export function CarriedItems() {
  const model = useModel();
  const consultation = model.consultation.value;
  const items = consultation ? carriedItems(consultation) : [];
  if (items.length === 0) return null;
  return (
    <section class="carried-items" aria-labelledby="carried-items-heading">
      <h3 id="carried-items-heading">From the last plan: keep or drop each ({items.length})</h3>
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <span>
              {item.label}: {item.text}
            </span>{' '}
            <button
              type="button"
              aria-label={`Keep ${item.label}: ${item.text}`}
              onClick={() => model.apply(keepCarried, item.path)}
            >
              Keep
            </button>{' '}
            <button
              type="button"
              aria-label={`Drop ${item.label}: ${item.text}`}
              onClick={() => model.apply(dropCarried, item.path)}
            >
              Drop
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
