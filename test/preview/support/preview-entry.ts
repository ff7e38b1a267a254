/**
 * Starts `rules-engine preview` the way the CLI will once main.ts registers
 * the command: node --import tsx test/preview/support/preview-entry.ts RULES DATA [zh|en]
 */
import { previewCommand } from '../../../src/cli/preview-command.js';
import { processOutput } from '../../../src/cli/output.js';

const [rules, data, lang = 'zh'] = process.argv.slice(2);
if (rules === undefined || data === undefined || (lang !== 'zh' && lang !== 'en')) {
  process.stderr.write('usage: preview-entry.ts RULES DATA [zh|en]\n');
  process.exit(64);
}
previewCommand({ rules, data, lang }, processOutput).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 70;
  },
);
