import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { diagnostic, type Diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import type { Output } from './output.js';
import { formatDiagnostics } from './print-diagnostics.js';

/*
 * Writing a command's result to --out: refuse to overwrite an input, and
 * write the file whole or not at all.
 */

/**
 * Writes a file whole or not at all: a temporary file renamed into place
 * (write-file-atomic removes the temporary file when this fails). Returns
 * U704 for a file that cannot be written; anything else is thrown.
 */
export async function writeWhole(file: string, content: string | Buffer): Promise<Diagnostic | undefined> {
  try {
    await (typeof content === 'string' ? writeFileAtomic(file, content, 'utf8') : writeFileAtomic(file, content));
    return undefined;
  } catch (e) {
    const problem = errorCode(e);
    if (problem === undefined) throw e;
    return diagnostic('U704', { file, problem });
  }
}

/**
 * The output format: as given, else as the --out file's extension says, else
 * the default. A format that contradicts the extension (md into a .xlsx) is
 * refused with U717 rather than written under a misleading name.
 */
export function formatFor<F extends string>(
  given: F | undefined,
  out: string | undefined,
  byExtension: Readonly<Record<string, F>>,
  fallback: F,
): F | Diagnostic {
  const extension = out === undefined ? '' : extname(out).toLowerCase();
  const implied = byExtension[extension];
  if (given !== undefined && implied !== undefined && given !== implied) {
    return diagnostic('U717', { format: given, file: out! });
  }
  return given ?? implied ?? fallback;
}

/** U705 when `out` is one of the files being read (the run would replace its own input). */
export function overwritesInput(out: string, inputs: readonly string[]): Diagnostic | undefined {
  return inputs.some((input) => sameFile(out, input)) ? diagnostic('U705', { file: out }) : undefined;
}

export function printDiagnostics(output: Output, diagnostics: readonly Diagnostic[], lang: Lang): void {
  if (diagnostics.length > 0) output.err(formatDiagnostics(diagnostics, lang));
}

/** The errno code (ENOENT, EACCES, EISDIR, …) of a failed file operation. */
function errorCode(e: unknown): string | undefined {
  const code = e instanceof Error ? (e as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** Whether two paths name the same file, through symbolic links, `..` and the like. */
function sameFile(a: string, b: string): boolean {
  if (realPath(a) === realPath(b)) return true;
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.ino !== 0 && x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** The real path of a file, or of its folder joined with its name when the file does not exist yet. */
function realPath(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    try {
      return join(realpathSync.native(dirname(resolve(file))), basename(file));
    } catch {
      return resolve(file);
    }
  }
}
