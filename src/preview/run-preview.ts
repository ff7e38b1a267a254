import { render } from 'ink';
import { createElement } from 'react';
import { ExitCode, type Output } from '../cli/output.js';
import type { PreviewStreams } from '../cli/preview-command.js';
import { PreviewApp } from './PreviewApp.js';
import { isUsageProblem, PreviewSession, type PreviewRequest } from './preview-session.js';

/** The alternate screen: what was on the terminal before comes back on quitting. */
const enterAlternateScreen = '\u001b[?1049h';
const leaveAlternateScreen = '\u001b[?1049l';

/**
 * Runs the preview until q or Ctrl-C: watches the files, draws the screen,
 * restores the terminal. Loaded only by `rules-engine preview` (through a
 * dynamic import), so the other commands never load Ink or React.
 */
export async function runPreview(request: PreviewRequest, output: Output, terminal: PreviewStreams): Promise<number> {
  const session = new PreviewSession(request);
  await session.startWatching();
  await session.reload();
  const first = session.getState().problem;
  if (first && isUsageProblem(first)) {
    // A wrong option (--sheet for a CSV file …) is not fixed by saving a file.
    await session.close();
    output.err(first.text);
    return ExitCode.usage;
  }

  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    terminal.stdout.write(leaveAlternateScreen);
  };
  terminal.stdout.write(enterAlternateScreen);
  process.once('exit', restore);
  const app = render(createElement(PreviewApp, { session, lang: request.lang }), {
    stdout: terminal.stdout,
    stdin: terminal.stdin,
    stderr: terminal.stderr,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const stop = () => app.unmount();
  process.once('SIGTERM', stop);
  process.once('SIGHUP', stop);
  try {
    await app.waitUntilExit();
  } finally {
    process.off('SIGTERM', stop);
    process.off('SIGHUP', stop);
    await session.close();
    restore();
    process.off('exit', restore);
  }
  return ExitCode.ok;
}
