#!/usr/bin/env node
import { run } from './main.js';

// A reader that stops early (rules-engine … | head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // Only a defect in rules-engine gets here: user mistakes are diagnostics.
    const detail = e instanceof Error ? e.stack : String(e);
    process.stderr.write(`rules-engine 内部错误（请报告此问题）：\n${detail}\n`);
    process.exitCode = 70;
  },
);
