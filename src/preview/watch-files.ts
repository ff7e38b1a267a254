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
 * of one save are coalesced. chokidar follows a file that is replaced by a
 * rename, which a plain fs.watch on the file stops seeing, and reports a
 * file deleted and created again within its `atomic` window as one change.
 */
export function watchFiles(files: readonly string[], onChange: () => void, settleMs: number = SETTLE_MS): FileWatch {
  const watcher = watch([...files], { ignoreInitial: true, atomic: true, persistent: true });
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
