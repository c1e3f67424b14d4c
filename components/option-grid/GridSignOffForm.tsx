import { useState } from 'preact/hooks';
import type { GridSignOff, OptionGrid } from '../../lib/option-grids/grid';
import { applySignOffDraft, EMPTY_SIGN_OFF } from '../../lib/option-grids/grid-sign-off';
import { parseGrid } from '../../lib/option-grids/parse-grid';
import type { SignOffPolicy } from '../../lib/option-grids/sign-off-policy';
import { SignOffFields } from './SignOffFields';

interface Props {
  grid: OptionGrid;
  /** Who the practice lets sign off a grid; the form refuses anyone else. */
  policy: SignOffPolicy;
  onSigned: (grid: OptionGrid) => Promise<void>;
  onCancel: () => void;
}

/**
 * Signs a grid off for this practice without changing its content: the signed copy
 * keeps the id and version, so it replaces the shipped sample on this computer.
 */
export function GridSignOffForm({ grid, policy, onSigned, onCancel }: Props) {
  const [draft, setDraft] = useState<GridSignOff>(grid.signOff ?? EMPTY_SIGN_OFF);
  const [problems, setProblems] = useState<string[]>([]);
  const submit = async (event: Event) => {
    event.preventDefault();
    const signed = applySignOffDraft(grid, draft, policy);
    const parsed = parseGrid(signed.grid, { legacy: true });
    const found = [...(signed.problem ? [signed.problem] : []), ...(parsed.ok ? [] : parsed.errors)];
    if (!signed.grid.signOff && found.length === 0) found.push('Fill in the sign-off first');
    setProblems(found);
    if (found.length === 0 && parsed.ok) await onSigned(parsed.grid);
  };
  return (
    <form class="grid-list__sign-off" aria-label={`Sign off ${grid.title}`} onSubmit={(e) => void submit(e)}>
      <SignOffFields value={draft} onChange={setDraft} />
      {problems.length > 0 ? (
        <ul role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <button type="submit" class="primary">
        Save sign-off
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
