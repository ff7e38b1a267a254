import { dirname, resolve } from 'node:path';
import { watch } from 'chokidar';

export interface FileWatch {
  /** Resolves once the files are being watched. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/** How long the files must rest after a change before it counts (editors save in steps). */
export const SETTLE_MS = 150;

/**
 * Calls `onChange` once the watched files rest after a change. Editors save
 * in several steps (truncate then write; write a temporary file and rename
 * it over the old one; move the old one to a backup first), so the events
 * of one save are coalesced. Watching the folders sees a file replaced by a
 * rename, or deleted and put back, which a watch on the file itself stops
 * seeing; chokidar's `atomic` reports a quick delete-and-create as one change.
 */
export function watchFiles(files: readonly string[], onChange: () => void, settleMs: number = SETTLE_MS): FileWatch {
  // The folders are watched, not the files: a watch on a file ends when the
  // file is deleted, and would miss it being put back.
  const targets = new Set(files.map((f) => resolve(f)));
  const folders = [...new Set([...targets].map((f) => dirname(f)))];
  const watcher = watch(folders, {
    ignoreInitial: true,
    atomic: true,
    persistent: true,
    depth: 0,
    ignored: (path) => !targets.has(resolve(path)) && !folders.includes(resolve(path)),
  });
  let timer: NodeJS.Timeout | undefined;
  const changed = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, settleMs);
  };
  watcher.on('add', changed).on('change', changed).on('unlink', changed);
  // A watch that fails (the folder is gone, too many watches) leaves the last
  // result on screen; `r` still reads the files again.
  watcher.on('error', () => {});
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    close: async () => {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
