/**
 * Loads the CLI as bin.js does, runs `evaluate` and `check`, and prints the
 * CommonJS modules loaded (the ESM ones are recorded by record-loads.mjs).
 * With --preview, loads the preview's screen too (the check of the check).
 */
import { createRequire } from 'node:module';
import type { Output } from '../../../src/cli/output.js';

const rules = 'rules/2021-changsha-furong.yaml';
const data = 'examples/2021-07-furong.csv';
const quiet: Output = { out: () => {}, err: () => {} };

const { run } = await import('../../../src/cli/main.js');
// main.ts will import the preview command statically.
await import('../../../src/cli/preview-command.js');
const codes = [await run(['evaluate', '--rules', rules, data], quiet), await run(['check', rules], quiet)];
if (process.argv.includes('--preview')) await import('../../../src/preview/run-preview.js');
process.stdout.write(JSON.stringify({ codes, commonjs: Object.keys(createRequire(import.meta.url).cache) }));
