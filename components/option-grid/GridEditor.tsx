import { useMemo, useState } from 'preact/hooks';
import type { GridLanguage, OptionGrid } from '../../lib/option-grids/grid';
import { slugify, uniqueId } from '../../lib/option-grids/grid-draft';
import { keywordsFromText, setField } from '../../lib/option-grids/grid-edit';
import { applySignOffDraft, EMPTY_SIGN_OFF } from '../../lib/option-grids/grid-sign-off';
import type { SignOffPolicy } from '../../lib/option-grids/sign-off-policy';
import { parseGrid } from '../../lib/option-grids/parse-grid';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { EditorOptions } from './EditorOptions';
import { EditorQuestions } from './EditorQuestions';
import { EditorSafety } from './EditorSafety';
import { EditorSources } from './EditorSources';
import { EditorTranslation } from './EditorTranslation';
import { GridTable } from './GridTable';
import { SignOffFields } from './SignOffFields';

interface Props {
  initial: OptionGrid;
  /** A new grid takes its id from its title when saved; an edited grid keeps its id. */
  isNew: boolean;
  takenIds: ReadonlySet<string>;
  /** The other grids on this computer, for "This grid translates". */
  others?: readonly Pick<OptionGrid, 'id' | 'title'>[];
  /** Who the practice lets sign off a grid (Settings → Who may sign off option grids). */
  signOffPolicy: SignOffPolicy;
  onSave: (grid: OptionGrid) => Promise<void>;
  onCancel: () => void;
}

const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'cy', label: 'Cymraeg (Welsh)' },
] as const;

/**
 * Author or edit a grid (docs/option-grids.md): validated as you type by the same parser
 * that checks imports, with a live preview and a reading-ease figure per answer.
 */
export function GridEditor({
  initial,
  isNew,
  takenIds,
  others = [],
  signOffPolicy,
  onSave,
  onCancel,
}: Props) {
  const [draft, setDraft] = useState(initial);
  const [keywordText, setKeywordText] = useState(initial.keywords.join(', '));
  const [tried, setTried] = useState(false);
  const [signOff, setSignOff] = useState(initial.signOff ?? EMPTY_SIGN_OFF);
  const signed = useMemo(
    () => applySignOffDraft(draft, signOff, signOffPolicy),
    [draft, signOff, signOffPolicy],
  );
  const candidate = useMemo(
    () => (isNew ? { ...signed.grid, id: uniqueId(slugify(draft.title) || 'grid', takenIds) } : signed.grid),
    [signed, draft.title, isNew, takenIds],
  );
  const result = useMemo(() => parseGrid(candidate), [candidate]);
  const errors = [...(signed.problem ? [signed.problem] : []), ...(result.ok ? [] : result.errors)];
  const set =
    <K extends keyof OptionGrid>(key: K) =>
    (value: OptionGrid[K]) =>
      setDraft(setField(draft, key, value));

  const save = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (result.ok && !signed.problem) await onSave(result.grid);
  };

  return (
    <form
      autocomplete="off"
      class="grid-editor"
      onSubmit={(event) => void save(event)}
      aria-labelledby="grid-editor-title"
    >
      <h1 id="grid-editor-title">{isNew ? 'New option grid' : `Edit “${initial.title}”`}</h1>
      <div class="grid-editor__columns">
        <div class="grid-editor__form">
          <TextField label="Title" value={draft.title} onChange={set('title')} />
          {/* Translations and exported files name a grid by its id; a new grid's comes from its title. */}
          <p class="field__hint">Grid id: {candidate.id}</p>
          <TextField
            label="The decision in one question"
            hint="For example: Should I take a tablet for my blood pressure?"
            value={draft.decision}
            onChange={set('decision')}
          />
          <TextField
            label="Keywords"
            hint="Conditions and plain words to search by, separated by commas"
            value={keywordText}
            onChange={(text) => {
              setKeywordText(text);
              setDraft(setField(draft, 'keywords', keywordsFromText(text)));
            }}
          />
          <SelectField<GridLanguage>
            label="Language"
            choices={LANGUAGES}
            value={draft.language}
            onChange={set('language')}
          />
          <EditorTranslation grid={draft} others={others} onChange={setDraft} />
          <div class="field-row">
            <TextField
              label="Version"
              hint="For example 1.0"
              value={draft.version}
              onChange={set('version')}
            />
            {signOff.nextReviewDate ? null : (
              <TextField label="Review due" type="date" value={draft.reviewDue} onChange={set('reviewDue')} />
            )}
          </div>
          <fieldset>
            <legend>Clinical sign-off</legend>
            <p class="field__hint">
              Only a sign-off sets the date the grid was last reviewed. Until then it shows as a sample.
            </p>
            <SignOffFields value={signOff} onChange={setSignOff} />
          </fieldset>
          <div class="field-row">
            <TextField label="Author" value={draft.author} onChange={set('author')} />
            <TextField label="Organisation" value={draft.organisation} onChange={set('organisation')} />
          </div>
          <EditorOptions grid={draft} onChange={setDraft} />
          <EditorQuestions grid={draft} onChange={setDraft} />
          <EditorSafety grid={draft} onChange={setDraft} />
          <EditorSources grid={draft} onChange={setDraft} />
        </div>
        <div class="grid-editor__side">
          <section class="grid-editor__problems" aria-labelledby="grid-editor-problems">
            <h2 id="grid-editor-problems" aria-live="polite">
              {errors.length === 0
                ? 'Ready to save'
                : `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} to fix`}
            </h2>
            {errors.length > 0 ? (
              <ul role={tried ? 'alert' : undefined}>
                {errors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            ) : null}
          </section>
          <div class="toolbar">
            <button type="submit" class="primary">
              Save grid
            </button>
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          </div>
          <details open class="grid-editor__preview">
            <summary>Preview</summary>
            <h3>{draft.title || '(no title yet)'}</h3>
            <p>{draft.decision}</p>
            <GridTable grid={draft} />
          </details>
        </div>
      </div>
    </form>
  );
}
