import type { ReportFile } from '../../lib/state/report-model';

/** The parts of the File System Access API the page uses (Chromium only; typed here, not in lib.dom). */
interface DirectoryHandle {
  values(): AsyncIterable<{ kind: 'file' | 'directory'; name: string; getFile?: () => Promise<File> }>;
}
type PickDirectory = () => Promise<DirectoryHandle>;

/** Reads chosen or dropped files as text, JSON files and anything else alike: the reader decides. */
export async function readFiles(files: Iterable<File>): Promise<ReportFile[]> {
  return Promise.all([...files].map(async (file) => ({ name: file.name, text: await file.text() })));
}

/** The directory picker when the browser has one (Chromium), else null and the page offers files instead. */
export function directoryPicker(win: Window): PickDirectory | null {
  const pick = (win as unknown as { showDirectoryPicker?: PickDirectory }).showDirectoryPicker;
  return typeof pick === 'function' ? () => pick.call(win) : null;
}

/** Every .json file directly in a folder the clinician picked; sub-folders are left alone. */
export async function readFolder(handle: DirectoryHandle): Promise<ReportFile[]> {
  const files: File[] = [];
  for await (const entry of handle.values())
    if (entry.kind === 'file' && entry.name.toLowerCase().endsWith('.json') && entry.getFile)
      files.push(await entry.getFile());
  return readFiles(files);
}
