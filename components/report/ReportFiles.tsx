import { useState } from 'preact/hooks';
import type { ReportFile } from '../../lib/state/report-model';
import { directoryPicker, readFiles, readFolder } from './read-files';

interface Props {
  onFiles: (files: ReportFile[]) => void;
  /** The practice's shared folder, when set by policy: named so people pick the right one. */
  folder: string;
}

/** Three ways in for team exports: pick files, drop them, or open the practice's shared folder. */
export function ReportFiles({ onFiles, folder }: Props) {
  const [over, setOver] = useState(false);
  const pick = directoryPicker(window);
  const take = (files: FileList | null | undefined) => {
    if (files && files.length > 0) void readFiles(files).then(onFiles);
  };
  return (
    <section aria-labelledby="files-title">
      <h2 id="files-title">Team exports</h2>
      <p>
        Each clinician downloads a team export from “My audit”
        {folder ? ` into the practice's shared folder, ${folder}` : ' into the practice’s shared folder'}.
        Read as many as you like at once; nothing in them is kept after this page closes.
      </p>
      <div
        class={`report-drop${over ? ' report-drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          take(event.dataTransfer?.files);
        }}
      >
        <label for="report-files">Choose team export files (or drop them here)</label>
        <input
          id="report-files"
          type="file"
          autocomplete="off"
          accept=".json,application/json"
          multiple
          onChange={(event) => {
            take(event.currentTarget.files);
            event.currentTarget.value = '';
          }}
        />
      </div>
      {pick ? (
        <button
          type="button"
          onClick={() =>
            void pick()
              .then(readFolder)
              .then(onFiles)
              .catch(() => undefined)
          }
        >
          Open the shared folder{folder ? ` (${folder})` : ''}
        </button>
      ) : null}
    </section>
  );
}
